"""The orders list's table model: pages of plain rows from order_list, fetched as the view scrolls.

Rows are fetched by offset in pages (canFetchMore/fetchMore); a new query resets the model; orders that a
use case changed are re-read and updated in place (dataChanged), so a batch action does not lose the
user's scroll position and selection.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.core.money import format_money
from app.ui.kit.domain_text import domain_text
from app.ui.kit.table_model import PagedModel

if TYPE_CHECKING:  # the database layer (SQLAlchemy) is imported when a database is attached, not before
    from app.db import Database
    from app.services.orders.listing import OrderQuery, OrderRow

NUMBER, DATE, CUSTOMER, ITEMS, TOTAL, PAYMENT, STATUS, SHIPPING, TRACKING, PROBLEMS = range(10)
COLUMN_COUNT = 10
# Column -> order_list sort key.
SORT_KEYS = ("number", "created_at", "customer_name", "items_count", "total", "payment_status", "status",
             "shipping_method", "tracking_number", "problems")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value a column sorts by (the SQL does the sorting)
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
PAGE_SIZE = 256
BLOCKED_BRUSH = QBrush(QColor("#fde2e1"))


def status_text(status: str) -> str:
    """Translated status label (the English ones live in lifecycle._LABELS)."""
    translate = QCoreApplication.translate
    labels = {
        "new": translate("OrdersModel", "New"),
        "awaiting_payment": translate("OrdersModel", "Awaiting payment"),
        "ready": translate("OrdersModel", "Ready to pack"),
        "packing": translate("OrdersModel", "Packing"),
        "packed": translate("OrdersModel", "Packed"),
        "shipped": translate("OrdersModel", "Shipped"),
        "delivered": translate("OrdersModel", "Delivered"),
        "on_hold": translate("OrdersModel", "On hold"),
        "cancelled": translate("OrdersModel", "Cancelled"),
        "returned": translate("OrdersModel", "Returned"),
    }
    return labels.get(status, status)


def payment_method_text(method: str) -> str:
    translate = QCoreApplication.translate
    return {"prepaid": translate("OrdersModel", "Prepaid"), "transfer": translate("OrdersModel", "Bank transfer"),
            "cod": translate("OrdersModel", "Cash on delivery")}.get(method, method)


def payment_status_text(status: str) -> str:
    translate = QCoreApplication.translate
    return {"unpaid": translate("OrdersModel", "Unpaid"), "paid": translate("OrdersModel", "Paid"),
            "refunded": translate("OrdersModel", "Refunded"),
            "partially_refunded": translate("OrdersModel", "Partially refunded")}.get(status, status)


def _counts_key(q: OrderQuery) -> OrderQuery:
    """The part of a query the counts per filter depend on (dates and search, not the filter or the sort)."""
    return replace(q, filter="all", sort="created_at", descending=True)


class OrdersModel(PagedModel):
    """Without a database (db None, at start-up before the database layer is imported) it is an empty list with
    its headers; attach(db) gives it one, and the first set_query fills it."""

    page_size = PAGE_SIZE
    column_count = COLUMN_COUNT

    def __init__(self, db: Database | None, tz: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self.db, self.tz = None, tz
        self.query: OrderQuery | None = None  # every order, newest first, once there is a database
        self.rows: list[OrderRow]
        self.counts: dict[str, int] = {}  # orders per filter for the same dates and search
        self._counts_key: OrderQuery | None = None  # the query (filter aside) the counts belong to
        self._headers = (self.tr("Number"), self.tr("Date"), self.tr("Customer"), self.tr("Items"), self.tr("Total"),
                         self.tr("Payment"), self.tr("Status"), self.tr("Shipping"), self.tr("Tracking number"),
                         self.tr("Problems"))
        if db is not None:
            self.attach(db)

    # --- loading -------------------------------------------------------------------------------------------
    def attach(self, db: Database) -> None:
        from app.services.orders.listing import OrderQuery

        self.db = db
        if self.query is None:
            self.query = OrderQuery(tz=str(self.tz))

    def set_query(self, query: OrderQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Count and the first page for the current query; the view asks for more as it scrolls."""
        from app.services.orders import listing as order_list

        self.beginResetModel()
        counts_key = _counts_key(self.query)
        with self.db.session() as s:
            if counts_key == self._counts_key:
                # Only the filter or the sort changed: the counts per filter still hold.
                total = self.counts[self.query.filter]
                rows = order_list.page(s, self.query, 0, self.page_size, total=total)
            else:
                ov = order_list.overview(s, self.query, self.page_size)
                total, rows, self.counts = ov.total, ov.rows, ov.counts
        self._counts_key = counts_key
        self._set_rows(rows, total)
        self.endResetModel()

    def _page(self, offset: int, limit: int) -> list[OrderRow]:
        from app.services.orders import listing as order_list

        with self.db.session() as s:
            return order_list.page(s, self.query, offset, limit, total=self.total)

    def _rows_by_id(self, ids: list[int]) -> dict[int, OrderRow]:
        from app.services.orders import listing as order_list

        with self.db.session() as s:
            return order_list.rows_by_id(s, ids)

    def recount(self) -> None:
        """Counts per filter again (after orders changed status in place); the loaded rows stay."""
        from app.services.orders import listing as order_list

        with self.db.session() as s:
            self.counts = order_list.status_counts(s, self.query)
        self._counts_key = _counts_key(self.query)

    def forget_counts(self) -> None:
        """The data changed: the next reload counts again."""
        self._counts_key = None

    # --- Qt model API --------------------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.query is None:
            return
        self.set_query(replace(self.query, sort=SORT_KEYS[column],
                               descending=order == Qt.SortOrder.DescendingOrder))

    def order_id(self, row: int) -> int:
        return self.rows[row].id

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            return getattr(r, SORT_KEYS[col]) if col != PROBLEMS else "\n".join(r.problems)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (TOTAL, ITEMS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and r.problems:
            return BLOCKED_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.problems:
                return self.tr("Cannot go to packing:") + "\n• " + "\n• ".join(map(domain_text, r.problems))
            if col == PAYMENT:
                return payment_method_text(r.payment_method)
        return None

    def _display(self, r: OrderRow, col: int) -> str:
        if col == NUMBER:
            return r.number
        if col == DATE:
            return r.created_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M")
        if col == CUSTOMER:
            return r.customer_name
        if col == ITEMS:
            return str(r.items_count)
        if col == TOTAL:
            return format_money(r.total, r.currency)
        if col == PAYMENT:
            if r.payment_method == "cod" and r.payment_status == "unpaid":
                return QCoreApplication.translate("OrdersModel", "Cash on delivery")
            return payment_status_text(r.payment_status)
        if col == STATUS:
            return status_text(r.status)
        if col == SHIPPING:
            return r.shipping_method
        if col == TRACKING:
            return r.tracking_number
        return "; ".join(map(domain_text, r.problems))
