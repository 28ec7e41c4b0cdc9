from __future__ import annotations

from PySide6.QtCore import QSettings

from app.ui.main_window import MainWindow, _LazyTab


def test_tabs_other_than_orders_are_built_when_first_opened(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:3] == ["Orders", "Stock", "Printing"]
    assert "OrdersTab" in window.tab_widgets
    assert isinstance(window.tabs.widget(1), _LazyTab)
    window.tabs.setCurrentIndex(1)
    assert not isinstance(window.tabs.widget(1), _LazyTab)
    assert window.tabs.currentIndex() == 1 and window.tabs.tabText(1) == "Stock"
    assert "StockTab" in window.tab_widgets


def test_window_remembers_size_and_tab(qtbot, ctx):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.resize(720, 520)
    first.tabs.setCurrentIndex(2)
    first.close()
    assert QSettings().value("main/tab", type=int) == 2
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 2
    assert not isinstance(second.tabs.widget(2), _LazyTab)
    assert (second.width(), second.height()) == (720, 520)
