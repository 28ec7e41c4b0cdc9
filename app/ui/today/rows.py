"""The Today tab's parts: a number that is a link (a flat button: Tab reaches it, Enter or a click opens its list),
and a section of calm "label — number" rows that keeps its widgets while the same rows come back (a refresh every
minute leaves the focus where it was)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

NORMAL, ZERO, ATTENTION = "normal", "zero", "attention"
_COLOURS = {ZERO: "#8a8a8a", ATTENTION: "#a40000", NORMAL: "palette(link)"}
LATE_PER_LINE = 8  # late order numbers side by side


@dataclass(frozen=True)
class Row:
    """One line of a section. key: stable between reads (the focus stays on it); value: the number as shown;
    open: what Enter or a click does (None: the value is plain text, not a link); numbers: a row of links of its
    own (the late orders), each (text, open)."""

    key: str
    label: str
    value: str = ""
    tone: str = NORMAL
    open: Callable[[], None] | None = None
    indent: bool = False
    numbers: tuple[tuple[str, Callable[[], None]], ...] = ()


class LinkButton(QPushButton):
    """A number that opens the list it counts: flat, link-coloured, in the Tab order; Enter opens it as Space does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today_link")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.action: Callable[[], None] | None = None
        self.clicked.connect(lambda: self.action() if self.action is not None else None)

    def set_tone(self, tone: str) -> None:
        colour = _COLOURS[tone]
        weight = "bold" if tone == ATTENTION else "normal"
        self.setStyleSheet(f"QPushButton {{ border: 1px solid transparent; padding: 1px 6px; text-align: left; "
                           f"color: {colour}; font-weight: {weight}; }}"
                           f"QPushButton:hover {{ text-decoration: underline; }}"
                           f"QPushButton:focus {{ border: 1px dotted {colour}; }}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class Section(QGroupBox):
    """A titled block of rows: the label on the left, the number beside it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.keys: tuple[str, ...] = ()
        self.labels: dict[str, QLabel] = {}
        self.links: dict[str, QWidget] = {}  # the value of each row (a LinkButton, or a QLabel when not a link)
        self.number_links: dict[str, list[LinkButton]] = {}

    def show_rows(self, rows: list[Row]) -> None:
        """The same rows as before (by key and kind): texts updated in place; else built anew."""
        shape = tuple(f"{r.key}|{r.open is not None}|{len(r.numbers)}" for r in rows)
        if shape != self.keys:
            self._rebuild(rows)
            self.keys = shape
        for row in rows:
            label = self.labels[row.key]
            label.setText(row.label)
            value = self.links[row.key]
            if isinstance(value, LinkButton):
                value.setText(row.value)
                value.action = row.open
                value.set_tone(row.tone)
                value.setAccessibleName(f"{row.label} {row.value}")
            elif isinstance(value, QLabel):
                value.setText(row.value)
                value.setStyleSheet(f"color: {_COLOURS[row.tone]};" if row.tone != NORMAL else "")
            for button, (text, action) in zip(self.number_links.get(row.key, []), row.numbers, strict=False):
                button.setText(text)
                button.action = action
                button.set_tone(ATTENTION)

    def _rebuild(self, rows: list[Row]) -> None:
        focused = next((k for k, w in self.links.items() if w.hasFocus()), None)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.labels, self.links, self.number_links = {}, {}, {}
        line = 0
        for row in rows:
            label = QLabel(self)
            label.setContentsMargins(18 if row.indent else 0, 0, 0, 0)
            self.grid.addWidget(label, line, 0)
            self.labels[row.key] = label
            value: QWidget = LinkButton(self) if row.open is not None else QLabel(self)
            if isinstance(value, QLabel):
                value.setContentsMargins(7, 0, 0, 0)  # in line with the numbers' text (their padding and border)
            self.grid.addWidget(value, line, 1)
            self.links[row.key] = value
            line += 1
            if row.numbers:
                holder = QWidget(self)
                numbers = QGridLayout(holder)
                numbers.setContentsMargins(18, 0, 0, 0)
                buttons = []
                for n, _number in enumerate(row.numbers):
                    button = LinkButton(holder)
                    numbers.addWidget(button, n // LATE_PER_LINE, n % LATE_PER_LINE)
                    buttons.append(button)
                numbers.setColumnStretch(LATE_PER_LINE, 1)
                self.number_links[row.key] = buttons
                self.grid.addWidget(holder, line, 0, 1, 3)
                line += 1
        for n in range(self.grid.count()):  # at once, not on the next turn of the event loop (the focus below)
            widget = self.grid.itemAt(n).widget()
            if widget is not None:
                widget.show()
        if focused in self.links:
            self.links[focused].setFocus()

    def link(self, key: str) -> QWidget | None:
        """The value shown on the row with that key (tests and the keyboard reach the numbers by it)."""
        return self.links.get(key)
