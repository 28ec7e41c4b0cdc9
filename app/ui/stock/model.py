"""The Stock list's table model: pages of plain rows from app.services.stock.listing, fetched as the view scrolls.

Low (available at or under the reorder point) and out-of-stock rows are tinted; the SQL does filtering,
searching and sorting, so the model never holds more than the pages the user scrolled through. Every read goes
through the context's background reader (LazyTableModel), so typing in the search never waits for the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.stock import listing as stock_list
from app.services.stock.listing import StockRow
from app.ui.kit.table_model import LazyTableModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The category comes last: a header state saved before it existed still fits the columns before it.
SKU, EAN, NAME, LOCATION, ON_HAND, RESERVED, AVAILABLE, REORDER_POINT, COVER, CATEGORY = range(10)
COLUMN_COUNT = 10
SORT_KEYS = ("sku", "ean", "name", "location", "on_hand", "reserved", "available", "reorder_point", None, "category")
NUMERIC = (ON_HAND, RESERVED, AVAILABLE, REORDER_POINT, COVER)
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2  # "out" | "low" | "ok": what the tint means, for tests and delegates
PAGE_SIZE = 256
OUT_BRUSH = QBrush(QColor("#f8d0cd"))
LOW_BRUSH = QBrush(QColor("#fdedc4"))
ARCHIVED_BRUSH = QBrush(QColor("#8a8a8a"))


# Marked for pyside6-lupdate here, translated when shown (so a change of language shows at once).
HEADERS = (QT_TRANSLATE_NOOP("StockModel", "SKU"), QT_TRANSLATE_NOOP("StockModel", "EAN"),
           QT_TRANSLATE_NOOP("StockModel", "Name"), QT_TRANSLATE_NOOP("StockModel", "Location"),
           QT_TRANSLATE_NOOP("StockModel", "On hand"), QT_TRANSLATE_NOOP("StockModel", "Reserved"),
           QT_TRANSLATE_NOOP("StockModel", "Available"), QT_TRANSLATE_NOOP("StockModel", "Reorder point"),
           QT_TRANSLATE_NOOP("StockModel", "Days of cover"), QT_TRANSLATE_NOOP("StockModel", "Category"))


def _t(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("StockModel", ...) above, in the user's language."""
    return QCoreApplication.translate("StockModel", text)


def level(row: StockRow) -> str:
    if row.available <= 0:
        return "out"
    if row.available <= row.reorder_point:
        return "low"
    return "ok"


@dataclass(frozen=True)
class StockQuery:
    """What the list shows; each read captures the query it was asked for, so a late page of an older one is
    recognised and dropped."""

    filter_key: str = "active"
    search: str = ""
    sort_key: str = "sku"
    descending: bool = False


class StockModel(LazyTableModel):
    """Set `reader` (the context's `read`) before the first reload."""

    page_size = PAGE_SIZE
    headers = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.query: StockQuery = StockQuery()
        self.rows: list[StockRow]

    # --- loading -------------------------------------------------------------------------------------------
    def set_query(self, filter_key: str, search: str, then: Callable[[], None] | None = None) -> None:
        self.query = replace(self.query, filter_key=filter_key, search=search)
        self.reload(then)

    def query_first(self, session: Session, query: StockQuery) -> tuple[list[StockRow], int]:
        return stock_list.stock_first(session, query.filter_key, query.search, limit=self.page_size,
                                      sort=query.sort_key, descending=query.descending)

    def query_page(self, session: Session, query: StockQuery, offset: int, limit: int) -> list[StockRow]:
        return stock_list.stock_page(session, query.filter_key, query.search, offset=offset, limit=limit,
                                     sort=query.sort_key, descending=query.descending)

    def query_rows(self, session: Session, ids: list[int]) -> dict[int, StockRow]:
        return {r.id: r for r in stock_list.rows_by_id(session, ids)}

    def product_id(self, row: int) -> int:
        return self.rows[row].id

    # --- Qt model API --------------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == COVER:
            return QCoreApplication.translate(
                "StockModel", "Available stock divided by the daily sales (the faster of the last 30 and 90 days)")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column]
        if key is None:  # days of cover is computed per page; the reorder view sorts by it
            return
        self.query = replace(self.query, sort_key=key, descending=order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == LEVEL_ROLE:
            return level(r)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not r.active:
            return ARCHIVED_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        return super().data(index, role)

    def background(self, row: StockRow) -> QBrush | None:
        if not row.active:
            return None
        lv = level(row)
        return OUT_BRUSH if lv == "out" else LOW_BRUSH if lv == "low" else None

    @staticmethod
    def _tooltip(r: StockRow) -> str | None:
        if not r.active:
            return QCoreApplication.translate("StockModel", "Archived")
        lv = level(r)
        if lv == "out":
            return QCoreApplication.translate("StockModel", "Out of stock: nothing available to sell")
        if lv == "low":
            return QCoreApplication.translate("StockModel", "Low stock: available is at or below the reorder point")
        return None

    def cell(self, r: StockRow, col: int) -> str:
        if col == SKU:
            return r.sku
        if col == EAN:
            return r.ean or ""
        if col == NAME:
            return r.name
        if col == LOCATION:
            return r.location
        if col == ON_HAND:
            return str(r.on_hand)
        if col == RESERVED:
            return str(r.reserved) if r.reserved else ""
        if col == AVAILABLE:
            return str(r.available)
        if col == REORDER_POINT:
            return str(r.reorder_point) if r.reorder_point else ""
        if col == CATEGORY:
            return r.category
        return cover_text(r.days_of_cover)


def cover_text(cover: float | None) -> str:
    """Days of cover as the Stock list and the reorder suggestions show them: whole days by the one rule of
    app.services.stock.listing.whole_days, so both say the same for the same product."""
    days = stock_list.whole_days(cover)
    if days is None:
        return "—"
    if days == 0 and cover is not None and cover > 0:
        return QCoreApplication.translate("StockModel", "< 1 d")
    if days >= 1000:
        return QCoreApplication.translate("StockModel", "999+ d")
    return QCoreApplication.translate("StockModel", "{0} d").format(days)
