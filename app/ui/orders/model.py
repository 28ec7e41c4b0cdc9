"""The orders list's table model: pages of plain rows from the listing service, fetched as the view scrolls.

A LazyTableModel: every read goes through the context's reader, in a worker. A new search or date range reads its
first page first (listing.first_page), shown at once, then the counts per filter and the total (a huge result set
takes longer to count than to show); a click on another filter, or another sort, keeps the counts of the same
dates and search and reads only its page. Orders that a use case changed are
re-read and updated in place (dataChanged), so a batch action does not lose the user's scroll position and
selection.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
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
PRIORITY_MARK = "★ "  # before the status of an order to pack first (as the packing station marks it)


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
    """What the first read of a query brings back: its rows, and the total the pages that follow plan with (the
    total itself, or WALK_FROM when the matches were counted only that far: many)."""

    rows: list[OrderRow]
    plan_total: int


class OrdersModel(LazyTableModel):
    """Without a reader (at start-up, before the database layer is imported) it is an empty list with its
    headers; attach(reader) gives it one, and the first set_query fills it.

    A new search or date range is read in two steps: the first page at once (its total when the matches are few,
    None when they are many), then the counts per filter, which bring the total and emit `counted`; an answer
    for dates and a search the user has left meanwhile is dropped. A click on another filter, or another sort,
    keeps the counts of the same dates and search and reads only its page.

    The counts and the total a later read may reuse are held as tuples replaced whole, never changed in place,
    each with the query it belongs to: a read in a worker takes them as they are when it runs and uses them
    only for that same query."""

    page_size = PAGE_SIZE
    counted = Signal()  # the counts per filter (and with them the total) of the listed query are in

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
        self._recounts = 0  # counts asked for (and data changes): only the answer to the last one is kept
        self._counting: OrderQuery | None = None  # the dates and search whose counts are on their way
        # The total of the query now listed (or WALK_FROM while it is being counted): it picks the faster plan
        # for the pages that follow.
        self._listed: tuple[OrderQuery | None, int | None] = (None, None)
        self._reloading = False  # a new query's first page is on its way
        self._after_count: list[Callable[[], None]] = []  # waiting for the total of the listed query

    @property
    def counts(self) -> dict[str, int]:
        return self._counted[1]

    def counts_current(self) -> bool:
        """Whether the counts held are those of the dates and search listed (else they are on their way)."""
        return self.query is not None and self._counted[0] == _counts_key(self.query)

    # --- loading -------------------------------------------------------------------------------------------
    def attach(self, reader: Reader) -> None:
        from app.services.orders.listing import OrderQuery

        self.reader = reader
        if self.query is None:
            self.query = OrderQuery(tz=str(self.tz))

    def set_query(self, query: OrderQuery, then=None) -> None:
        """List this query; `then` runs when its first rows are in (its total may follow: `counted`)."""
        self.query = query
        self.reload(then)

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """The first page first; the counts per filter of its dates and search follow when they are not known."""
        if self.reader is None:
            return
        self._reloading = True
        self._after_count = []

        def first_in() -> None:
            self._reloading = False
            current = self.counts_current()
            if current and self.total is None and self.query is not None:  # they came while the page did
                self.total = self.counts[self.query.filter]
                self._listed = (self.query, self.total)
            if then is not None:
                then()
            if not current and self.query is not None and self._counting != _counts_key(self.query):
                self._count(self.query)

        super().reload(first_in)

    def query_first(self, session: Session, query: OrderQuery) -> tuple[_FirstPage, int | None]:
        from app.services.orders import listing

        counted_for, counts = self._counted
        if counted_for == _counts_key(query):  # only the filter or the sort changed: the counts still hold
            total = counts[query.filter]
            return _FirstPage(listing.page(session, query, 0, self.page_size, total=total), total), total
        first = listing.first_page(session, query, self.page_size)
        return _FirstPage(first.rows, listing.WALK_FROM if first.total is None else first.total), first.total

    def _set_rows(self, first: _FirstPage, total: int | None) -> None:  # type: ignore[override]
        """The base hands over what query_first returned: the rows, and the total to plan the next pages with."""
        super()._set_rows(first.rows, total)
        self._listed = (self.query, first.plan_total)

    def query_page(self, session: Session, query: OrderQuery, offset: int, limit: int) -> list[OrderRow]:
        from app.services.orders import listing

        listed, total = self._listed
        return listing.page(session, query, offset, limit, total=total if listed == query else None)

    def query_rows(self, session: Session, ids: list[int]) -> dict[int, OrderRow]:
        from app.services.orders import listing

        return listing.rows_by_id(session, ids)

    def _count(self, query: OrderQuery, then: Callable[[], None] | None = None) -> None:
        """Counts per filter of the query's dates and search, in a read of their own. Kept only while the list
        shows the same dates and search and no later count (or data change) was asked for; then the total of the
        listed query comes from them, `counted` is emitted and `then` runs."""
        from app.services.orders import listing

        self._recounts += 1
        key, asked = _counts_key(query), self._recounts
        self._counting = key

        def done(counts: dict[str, int]) -> None:
            if asked != self._recounts:
                return
            self._counting = None
            if self.query is None or _counts_key(self.query) != key:
                return
            self._counted = (key, counts)
            if not self._reloading:  # else the page on its way takes them when it is in
                self._take_counts()
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if asked == self._recounts:
                self._counting = None
            from app.ui.kit.errors import show_error

            show_error(None, exc)

        self.reader(lambda session: listing.status_counts(session, query), on_done=done, on_error=failed)

    def _take_counts(self) -> None:
        """The counts of the listed dates and search are in: the listed query's total when it was not known yet,
        and `counted` for the filter list and the status line."""
        if self.total is None and self.query is not None:
            self.total = self.counts[self.query.filter]
            self._listed = (self.query, self.total)
        self.counted.emit()
        waiting, self._after_count = self._after_count, []
        for request in waiting:
            request()

    def when_counted(self, fn: Callable[[], None]) -> None:
        """Run fn once the listed query's total is known (at once when it is); dropped if the query changes."""
        if self.total is not None:
            fn()
        else:
            self._after_count.append(fn)

    def recount(self, then=None) -> None:
        """Counts per filter again (after orders changed status in place); the loaded rows stay. `then` runs
        when they are in, unless the user asked for other dates or another search meanwhile."""
        if self.reader is None or self.query is None:
            return
        self._count(self.query, then)

    def forget_counts(self) -> None:
        """The data changed: the next reload counts again (the counts shown stay until then), and counts asked
        for before are no longer kept."""
        self._recounts += 1
        self._counting = None
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
            if col == STATUS and r.priority:
                return self.tr("Pack first: the packing station takes this order before older ones.")
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
            return (PRIORITY_MARK if r.priority else "") + status_text(r.status)
        if col == SHIPPING:
            return r.shipping_method
        if col == TRACKING:
            return r.tracking_number
        return "; ".join(map(domain_text, r.problems))
