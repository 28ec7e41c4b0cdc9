"""The orders list's table model: pages of plain rows from order_list, fetched as the view scrolls.

Rows are fetched by offset in pages (canFetchMore/fetchMore); a new query resets the model; orders that a
use case changed are re-read and updated in place (dataChanged), so a batch action does not lose the
user's scroll position and selection.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.ui.domain_text import domain_text

if TYPE_CHECKING:  # the database layer (SQLAlchemy) is imported when a database is attached, not before
    from app.db import Database
    from app.services.order_list import OrderQuery, OrderRow

NUMBER, DATE, CUSTOMER, ITEMS, TOTAL, PAYMENT, STATUS, SHIPPING, TRACKING, PROBLEMS = range(10)
COLUMN_COUNT = 10
# Column -> order_list sort key.
SORT_KEYS = ("number", "created_at", "customer_name", "items_count", "total", "payment_status", "status",
             "shipping_method", "tracking_number", "problems")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value a column sorts by (the SQL does the sorting)
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
PAGE_SIZE = 256
_ROOT = QModelIndex()  # the invisible root: default parent of the model API
BLOCKED_BRUSH = QBrush(QColor("#fde2e1"))
CURRENCY_SYMBOLS = {"PLN": "zł", "EUR": "€", "USD": "$", "GBP": "£"}


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


def format_money(value: Decimal, currency: str = "PLN") -> str:
    """Polish style: non-breaking space between thousands, decimal comma, symbol after: 1 234,50 zł."""
    text = f"{value:,.2f}".replace(",", "\u00a0").replace(".", ",")
    return f"{text}\u00a0{CURRENCY_SYMBOLS.get(currency, currency)}"


def _counts_key(q: OrderQuery) -> OrderQuery:
    """The part of a query the counts per filter depend on (dates and search, not the filter or the sort)."""
    return replace(q, filter="all", sort="created_at", descending=True)


class OrdersModel(QAbstractTableModel):
    """Without a database (db None, at start-up before the database layer is imported) it is an empty list with
    its headers; attach(db) gives it one, and the first set_query fills it."""

    def __init__(self, db: Database | None, tz: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self.db, self.tz = None, tz
        self.query: OrderQuery | None = None  # every order, newest first, once there is a database
        self.rows: list[OrderRow] = []
        self.total = 0
        self.counts: dict[str, int] = {}  # orders per filter for the same dates and search
        self._counts_key: OrderQuery | None = None  # the query (filter aside) the counts belong to
        self._row_of: dict[int, int] = {}
        self._headers = (self.tr("Number"), self.tr("Date"), self.tr("Customer"), self.tr("Items"), self.tr("Total"),
                         self.tr("Payment"), self.tr("Status"), self.tr("Shipping"), self.tr("Tracking number"),
                         self.tr("Problems"))
        if db is not None:
            self.attach(db)

    # --- loading -------------------------------------------------------------------------------------------
    def attach(self, db: Database) -> None:
        from app.services.order_list import OrderQuery

        self.db = db
        if self.query is None:
            self.query = OrderQuery(tz=str(self.tz))

    def set_query(self, query: OrderQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Count and the first page for the current query; the view asks for more as it scrolls."""
        from app.services import order_list

        self.beginResetModel()
        counts_key = _counts_key(self.query)
        with self.db.session() as s:
            if counts_key == self._counts_key:
                # Only the filter or the sort changed: the counts per filter still hold.
                self.total = self.counts[self.query.filter]
                self.rows = order_list.page(s, self.query, 0, PAGE_SIZE, total=self.total)
            else:
                ov = order_list.overview(s, self.query, PAGE_SIZE)
                self.total, self.rows, self.counts = ov.total, ov.rows, ov.counts
        self._counts_key = counts_key
        self._row_of = {r.id: i for i, r in enumerate(self.rows)}
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if parent.isValid():
            return
        self._fetch(PAGE_SIZE)

    def fetch_up_to(self, limit: int) -> None:
        """Load the list's rows up to `limit` in one query (select all must select what the list holds, not just
        what has been scrolled into view)."""
        if len(self.rows) < min(self.total, limit):
            self._fetch(min(self.total, limit) - len(self.rows))

    def _fetch(self, count: int) -> None:
        from app.services import order_list

        with self.db.session() as s:
            more = order_list.page(s, self.query, len(self.rows), count, total=self.total)
        if not more:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.rows.extend(more)
        for i, r in enumerate(more, start=first):
            self._row_of[r.id] = i
        self.endInsertRows()

    def refresh_orders(self, ids: frozenset[int] | set[int]) -> bool:
        """Re-read changed orders that are on screen and update them in place. False if none were loaded."""
        loaded = [i for i in ids if i in self._row_of]
        if not loaded:
            return False
        from app.services import order_list

        with self.db.session() as s:
            fresh = order_list.rows_by_id(s, loaded)
        for oid in loaded:
            row = self._row_of[oid]
            if oid in fresh:
                self.rows[row] = fresh[oid]
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        return True

    def recount(self) -> None:
        """Counts per filter again (after orders changed status in place); the loaded rows stay."""
        from app.services import order_list

        with self.db.session() as s:
            self.counts = order_list.status_counts(s, self.query)
        self._counts_key = _counts_key(self.query)

    def forget_counts(self) -> None:
        """The data changed: the next reload counts again."""
        self._counts_key = None

    def is_loaded(self, order_id: int) -> bool:
        return order_id in self._row_of

    def row_of(self, order_id: int) -> int | None:
        return self._row_of.get(order_id)

    # --- Qt model API --------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

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
