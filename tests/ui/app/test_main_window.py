from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from app.ui.main_window import MainWindow, _LazyTab


def test_tabs_other_than_orders_are_built_when_first_opened(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:4] == ["Today", "Orders", "Stock", "Printing"]
    assert "TodayTab" in window.tab_widgets and "OrdersTab" in window.tab_widgets  # the File menu is the Orders'
    assert isinstance(window.tabs.widget(2), _LazyTab)
    window.tabs.setCurrentIndex(2)
    assert not isinstance(window.tabs.widget(2), _LazyTab)
    assert window.tabs.currentIndex() == 2 and window.tabs.tabText(2) == "Stock"
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


def test_tabs_by_ctrl_and_a_number_and_ctrl_tab_from_a_table(qtbot, ctx):
    from PySide6.QtWidgets import QTableView

    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.windowHandle().requestActivate()  # shortcuts work in the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1 and window.tabs.tabText(1) == "Orders"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0 and window.tabs.tabText(0) == "Today"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    table = window.tab("OrdersTab").findChild(QTableView)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentIndex() == 1


def test_each_tab_says_its_own_status(qtbot, ctx):
    """The Orders tab's '1 order' in the status bar does not stay when the Stock tab is opened."""
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    orders = window.tab("OrdersTab")
    window.tabs.setCurrentIndex(1)
    assert orders.count_label.isVisible()
    window.statusBar().showMessage("3 orders", 10000)
    window.tabs.setCurrentIndex(2)
    assert window.statusBar().currentMessage() != "3 orders"
    assert not orders.count_label.isVisible()  # the Orders tab's count is not the Stock tab's
    window.tabs.setCurrentIndex(3)
    assert not orders.count_label.isVisible()
    window.tabs.setCurrentIndex(0)
    assert not orders.count_label.isVisible()  # nor the Today tab's
    window.tabs.setCurrentIndex(1)
    assert orders.count_label.isVisible()


def test_the_tests_run_on_a_1366x768_screen_and_the_main_window_fits_it(qtbot, ctx, qapp):
    """The commonest laptop screen: the main window opens within it, menus and status bar on screen."""
    from app.ui.main_window import MainWindow

    room = qapp.primaryScreen().availableGeometry()
    assert (room.width(), room.height()) == (1366, 768)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert room.contains(window.frameGeometry()), (window.frameGeometry(), room)
    bar = window.statusBar()
    assert room.contains(bar.mapToGlobal(bar.rect().bottomRight()))
