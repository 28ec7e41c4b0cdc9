"""The orders list's table model: pages of plain rows from the listing service, fetched as the view scrolls.

A LazyTableModel: every read goes through the context's reader, in a worker. A new query reads the counts per
filter, the total and the first page in one go (listing.overview); a click on another filter, or another sort,
keeps the counts of the same dates and search and reads only its page. Orders that a use case changed are
re-read and updated in place (dataChanged), so a batch action does not lose the user's scroll position and
selection.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.core.money import format_money
from app.ui.kit.domain_text import domain_text
from app.ui.kit.table_model import LazyTableModel, Reader

if TYPE_CHECKING:  # the database layer (SQLAlchemy) is imported when a database is attached, not before
    from sqlalchemy.orm import Session

    from app.services.orders.listing import OrderQuery, OrderRow

NUMBER, DATE, CUSTOMER, ITEMS, TOTAL, PAYMENT, STATUS, SHIPPING, TRACKING, PROBLEMS = range(10)
# Column -> order_list sort key.
SORT_KEYS = ("number", "created_at", "customer_name", "items_count", "total", "payment_status", "status",
             "shipping_method", "tracking_number", "problems")
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value a column sorts by (the SQL does the sorting)
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


@dataclass(frozen=True)
class _FirstPage:
    """What the first read of a query brings back: its rows, and the counts per filter when it counted them
    (None: the counts of the same dates and search were still known)."""

    rows: list[OrderRow]
    counted: tuple[OrderQuery, dict[str, int]] | None


class OrdersModel(LazyTableModel):
    """Without a reader (at start-up, before the database layer is imported) it is an empty list with its
    headers; attach(reader) gives it one, and the first set_query fills it.

    The counts and the total a later read may reuse are held as tuples replaced whole, never changed in place,
    each with the query it belongs to: a read in a worker takes them as they are when it runs and uses them
    only for that same query."""

    page_size = PAGE_SIZE

    def __init__(self, tz: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.query: OrderQuery | None = None  # every order, newest first, once there is a database
        self.rows: list[OrderRow]
        self.headers = (self.tr("Number"), self.tr("Date"), self.tr("Customer"), self.tr("Items"), self.tr("Total"),
                        self.tr("Payment"), self.tr("Status"), self.tr("Shipping"), self.tr("Tracking number"),
                        self.tr("Problems"))
        # Orders per filter for the same dates and search, and that query (filter and sort aside).
        self._counted: tuple[OrderQuery | None, dict[str, int]] = (None, {})
        self._recounts = 0  # recounts asked for (and data changes): only the answer to the last one is kept
        # The total of the query now listed: it picks the faster plan for the pages that follow.
        self._listed: tuple[OrderQuery | None, int | None] = (None, None)

    @property
    def counts(self) -> dict[str, int]:
        return self._counted[1]

    # --- loading -------------------------------------------------------------------------------------------
    def attach(self, reader: Reader) -> None:
        from app.services.orders.listing import OrderQuery

        self.reader = reader
        if self.query is None:
            self.query = OrderQuery(tz=str(self.tz))

    def set_query(self, query: OrderQuery, then=None) -> None:
        """List this query; `then` runs when its first rows (and counts) are in."""
        self.query = query
        self.reload(then)

    def query_first(self, session: Session, query: OrderQuery) -> tuple[_FirstPage, int]:
        from app.services.orders import listing

        key = _counts_key(query)
        counted_for, counts = self._counted
        if counted_for == key:  # only the filter or the sort changed: the counts per filter still hold
            total = counts[query.filter]
            return _FirstPage(listing.page(session, query, 0, self.page_size, total=total), None), total
        ov = listing.overview(session, query, self.page_size)
        return _FirstPage(ov.rows, (key, ov.counts)), ov.total

    def _set_rows(self, first: _FirstPage, total: int | None) -> None:  # type: ignore[override]
        """The base hands over what query_first returned: the rows, and the counts to keep with them."""
        if first.counted is not None:
            self._counted = first.counted
        super()._set_rows(first.rows, total)
        self._listed = (self.query, total)

    def query_page(self, session: Session, query: OrderQuery, offset: int, limit: int) -> list[OrderRow]:
        from app.services.orders import listing

        listed, total = self._listed
        return listing.page(session, query, offset, limit, total=total if listed == query else None)

    def query_rows(self, session: Session, ids: list[int]) -> dict[int, OrderRow]:
        from app.services.orders import listing

        return listing.rows_by_id(session, ids)

    def recount(self, then=None) -> None:
        """Counts per filter again (after orders changed status in place); the loaded rows stay. `then` runs
        when they are in, unless the user asked for other dates or another search meanwhile."""
        from app.services.orders import listing

        if self.reader is None or self.query is None:
            return
        self._recounts += 1
        query, key, asked = self.query, _counts_key(self.query), self._recounts

        def done(counts: dict[str, int]) -> None:
            if asked != self._recounts or self.query is None or _counts_key(self.query) != key:
                return
            self._counted = (key, counts)
            if then is not None:
                then()

        self.reader(lambda session: listing.status_counts(session, query), on_done=done, on_error=self._failed)

    def forget_counts(self) -> None:
        """The data changed: the next reload counts again (the counts shown stay until then), and a recount
        asked for before is no longer kept."""
        self._recounts += 1
        self._counted = (None, self._counted[1])

    # --- Qt model API --------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.query is None:
            return
        self.set_query(replace(self.query, sort=SORT_KEYS[column],
                               descending=order == Qt.SortOrder.DescendingOrder))

    def order_id(self, row: int) -> int:
        return self.rows[row].id

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The base's text, row and tint, and the list's own: the sort value, alignment, the reasons as a tip."""
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role == SORT_ROLE:
            return getattr(r, SORT_KEYS[col]) if col != PROBLEMS else "\n".join(r.problems)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (TOTAL, ITEMS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.problems:
                return self.tr("Cannot go to packing:") + "\n• " + "\n• ".join(map(domain_text, r.problems))
            if col == PAYMENT:
                return payment_method_text(r.payment_method)
            return None
        return super().data(index, role)

    def background(self, row: OrderRow) -> QBrush | None:
        return BLOCKED_BRUSH if row.problems else None

    def cell(self, r: OrderRow, col: int) -> str:
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
