"""A small read-only table model over a list of rows already in memory (a product's movements, a preview).

For short lists only (hundreds of rows); the big lists have their own lazy models over SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.ui.kit.table_model import RowsModel

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


class SimpleTableModel(RowsModel):
    """Rows of display strings; `payloads` keeps what each row stands for; `brush(row)` may tint a row."""

    def __init__(self, headers: Sequence[str], parent=None, *, numeric: Sequence[int] = (),
                 brush: Callable[[int], QBrush | None] | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Sequence[str]] = []
        self.payloads: list[Any] = []
        self.numeric = set(numeric)
        self.brush = brush

    def set_rows(self, rows: list[Sequence[str]], payloads: list[Any] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.payloads = payloads if payloads is not None else [None] * len(rows)
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == PAYLOAD_ROLE:
            return self.payloads[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.brush is not None:
            return self.brush(index.row())
        return None


class ElideMiddle(QStyledItemDelegate):
    """Long texts whose end matters (tracking numbers, SKUs, manifest numbers) lose their middle, not their end:
    'INP-123…7890', 'KUB-CER-…-GRA-350'."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def make_table(model: QAbstractTableModel, parent: QWidget, widths: Sequence[int] = (), *,
               one_line_rows: bool = False) -> QTableView:
    """A read-only, row-selecting table view in the house style.

    one_line_rows: rows one line of text high (the style's default is taller), so a long list shows more of itself.
    """
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    if one_line_rows:
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    set_widths(view, enumerate(widths))
    return view


def set_widths(view: QTableView, widths: Iterable[tuple[int, int]]) -> None:
    """Column widths as designed, but never narrower than the header's own text: Polish titles are longer than the
    English ones the widths were chosen for ("Zarezerwowane" was cut to "rezerwowa")."""
    header = view.horizontalHeader()
    header.ensurePolished()  # the style's header font, not the default one, measures the titles
    shown = header.isSortIndicatorShown()
    header.setSortIndicatorShown(True)  # room for the sort arrow, which sortable lists show next to the title
    for col, width in widths:
        view.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
    header.setSortIndicatorShown(shown)
