"""The open order's lines at the station: large, each with scanned of ordered, green when complete.

A scan changes one line: `refresh_line` repaints that row only, so the feedback after a scan is one row's repaint
whatever the size of the order (the benchmark measures this path).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.packing.scan import PackLine, PackState
from app.ui.kit.table_model import RowsModel

NAME, SKU, EAN, LOCATION, COUNT = range(5)
DONE = QColor("#c8f0c8")
STARTED = QColor("#fff2b3")
LAST = QColor("#8fd98f")


class LinesModel(RowsModel):
    def __init__(self, font: QFont, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Item"), self.tr("SKU"), self.tr("EAN"), self.tr("Shelf"), self.tr("Packed")]
        self.rows: list[PackLine] = []
        self.order: list[int] = []  # view row -> index of the line in the pack state
        self.last_line: int | None = None
        self.font = font
        self.count_font = QFont(font)
        self.count_font.setPointSizeF(font.pointSizeF() * 1.35)
        self.count_font.setBold(True)

    def set_state(self, state: PackState | None, by_location: bool = False) -> None:
        self.beginResetModel()
        self.rows = list(state.lines) if state else []
        indexes = list(range(len(self.rows)))
        if by_location:
            indexes.sort(key=lambda i: (self.rows[i].location == "", self.rows[i].location.casefold(), i))
        self.order = indexes
        self.last_line = None
        self.endResetModel()

    def row_of(self, line: int) -> int:
        return self.order.index(line)

    def refresh_line(self, state: PackState, line: int | None) -> None:
        """The state after a scan or an undo: the lines it touched (and the one marked last) repaint."""
        touched = {i for i, (old, new) in enumerate(zip(self.rows, state.lines)) if old != new}
        previous = self.last_line
        self.rows = list(state.lines)
        self.last_line = line
        for i in touched | {x for x in (previous, line) if x is not None}:
            row = self.row_of(i)
            self.dataChanged.emit(self.index(row, 0), self.index(row, COUNT))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i = self.order[index.row()]
        line = self.rows[i]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return line.name
            if column == SKU:
                return line.sku
            if column == EAN:
                return line.ean or ""
            if column == LOCATION:
                return line.location
            return self.tr("{0} of {1}").format(line.scanned, line.ordered)
        if role == Qt.ItemDataRole.BackgroundRole:
            if i == self.last_line and line.scanned:
                return QBrush(LAST)
            if line.complete:
                return QBrush(DONE)
            if line.scanned:
                return QBrush(STARTED)
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self.count_font if column == COUNT else self.font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return line.name
        return None
