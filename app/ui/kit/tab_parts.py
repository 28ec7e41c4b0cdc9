"""Parts every list tab builds the same way: its shortcuts (alive while the tab has the focus), its count in
the main window's status bar, and a row of view buttons of which one is checked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStatusBar,
    QWidget,
)


def tab_action(tab: QWidget, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable,
               tip: str = "") -> QAction:
    """An action of the tab: its shortcut works while the focus is anywhere in the tab (so Ctrl+E of one tab and
    another's never clash), added to the tab for its buttons and menus."""
    action = QAction(text, tab)
    action.setShortcut(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    if tip:
        action.setToolTip(tip)
    tab.addAction(action)
    return action


def tab_status_bar(tab: QWidget, layout: QBoxLayout) -> tuple[QStatusBar, QLabel]:
    """The status bar the tab speaks in (the main window's, which shows the tab's count label only while the tab
    is open; a bar of its own when the tab stands alone, as in tests) and that count label."""
    count_label = QLabel(tab)
    window = tab.parent()
    if isinstance(window, QMainWindow):
        status_bar = window.statusBar()
    else:
        status_bar = QStatusBar(tab)
        layout.addWidget(status_bar)
    status_bar.addPermanentWidget(count_label)
    return status_bar, count_label


def view_buttons(tab: QWidget, views: tuple[str, ...], name_of: Callable[[str], str],
                 checked: str) -> tuple[QButtonGroup, dict[str, QPushButton], QHBoxLayout]:
    """The tab's views as checkable buttons in a row, one checked at a time (each button's "view" property is its
    code); the caller connects the group's buttonClicked."""
    group = QButtonGroup(tab)
    group.setExclusive(True)
    buttons: dict[str, QPushButton] = {}
    row = QHBoxLayout()
    for view in views:
        button = QPushButton(name_of(view), tab)
        button.setCheckable(True)
        button.setProperty("view", view)
        group.addButton(button)
        buttons[view] = button
        row.addWidget(button)
    buttons[checked].setChecked(True)
    return group, buttons, row
