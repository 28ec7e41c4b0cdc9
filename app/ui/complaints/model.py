"""The Complaints list's table model: pages of plain CaseRows from app.services.complaints.listing, fetched as the
view scrolls (a LazyTableModel: every read in a worker through the context's reader).

What a user looks at first is how long a case has left: the Due column says it in words ("in 3 days", "today",
"2 days overdue"; a dash once decided or closed, when the deadline no longer runs) and the row is tinted by it:
overdue red, today and tomorrow orange, two or three days yellow. A case flagged out of time (a withdrawal after
its 14 days, a claim after the liability period: flagged, not refused) carries a warning icon with a tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from app.services.complaints.data import CaseRow
from app.services.complaints.labels import DECISION, KIND, STATUS, label
from app.ui.kit.domain_text import domain_text
from app.ui.kit.table_model import LazyTableModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

NUMBER, KIND_COL, CUSTOMER, ORDER, PRODUCTS, RECEIVED, DUE, STATUS_COL, DECISION_COL = range(9)
COLUMNS = 9
# Column -> listing.SORT_COLUMNS key; None: the list cannot be sorted by it.
SORT_KEYS: tuple[str | None, ...] = ("number", "kind", "customer", None, None, "received", "due", "status",
                                     "decision")
OVERDUE_BRUSH = QBrush(QColor("#f8d0cd"))
URGENT_BRUSH = QBrush(QColor("#ffdcaa"))  # due today or tomorrow
SOON_BRUSH = QBrush(QColor("#fff3b0"))  # due in 2 or 3 days
PAGE_SIZE = 200


@dataclass(frozen=True)
class CaseQuery:
    """What the tab asks of the list: a view of listing.VIEWS, the search text, a column sort (None: the view's
    own order), and the shop's day the days left are counted from."""

    view: str = "open"
    search: str = ""
    sort: str | None = None
    descending: bool = False
    today: date = date.min


def due_text(days_left: int | None) -> str:
    """'in 3 days', 'tomorrow', 'today', '1 day overdue', '2 days overdue', or a dash when the deadline no longer
    runs. Polish has one form for every count but 1 ('dni'), so two strings do without plural forms."""
    translate = QCoreApplication.translate
    if days_left is None:
        return "—"
    if days_left == 0:
        return translate("ComplaintsModel", "today")
    if days_left == 1:
        return translate("ComplaintsModel", "tomorrow")
    if days_left > 1:
        return translate("ComplaintsModel", "in {0} days").format(days_left)
    if days_left == -1:
        return translate("ComplaintsModel", "1 day overdue")
    return translate("ComplaintsModel", "{0} days overdue").format(-days_left)


def due_brush(days_left: int | None) -> QBrush | None:
    if days_left is None or days_left > 3:
        return None
    if days_left < 0:
        return OVERDUE_BRUSH
    return URGENT_BRUSH if days_left <= 1 else SOON_BRUSH


def out_of_time_tip() -> str:
    return QCoreApplication.translate(
        "ComplaintsModel", "Out of time: a withdrawal after its 14 days or a claim after the liability period. "
        "Flagged, not refused: the owner decides.")


class ComplaintsModel(LazyTableModel):
    """`query` is a CaseQuery (set by the tab)."""

    page_size = PAGE_SIZE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[CaseRow]
        self.query = CaseQuery()
        self.headers = (self.tr("Number"), self.tr("Kind"), self.tr("Customer"), self.tr("Order"),
                        self.tr("Products"), self.tr("Received"), self.tr("Due"), self.tr("Status"),
                        self.tr("Decision"))

    # --- reads (in a worker) ---------------------------------------------------------------------------------
    def query_first(self, session: Session, query: CaseQuery) -> tuple[list[CaseRow], int | None]:
        from app.services.complaints.listing import list_cases

        found = list_cases(session, view=query.view, search=query.search, today=query.today, limit=self.page_size,
                           sort=query.sort, descending=query.descending)
        return list(found.rows), found.total

    def query_page(self, session: Session, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
        from app.services.complaints.listing import list_cases

        return list(list_cases(session, view=query.view, search=query.search, today=query.today, limit=limit,
                               offset=offset, sort=query.sort, descending=query.descending).rows)

    def query_rows(self, session: Session, ids: list[int]) -> dict[int, CaseRow]:
        from app.services.complaints.listing import case_rows

        return case_rows(session, ids, today=self.query.today)

    # --- what a row says -----------------------------------------------------------------------------------
    def row(self, index: int) -> CaseRow:
        return self.rows[index]

    def cell(self, r: CaseRow, col: int) -> str:
        if col == NUMBER:
            return r.number
        if col == KIND_COL:
            return domain_text(label(KIND, r.kind))
        if col == CUSTOMER:
            return r.customer_name
        if col == ORDER:
            return r.order_number or ""
        if col == PRODUCTS:
            return r.products
        if col == RECEIVED:
            return r.received_on.isoformat()
        if col == DUE:
            return due_text(r.days_left)
        if col == STATUS_COL:
            return domain_text(label(STATUS, r.status))
        return domain_text(label(DECISION, r.decision)) if r.decision else ""

    def background(self, row: CaseRow) -> QBrush | None:
        return due_brush(row.days_left)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DecorationRole and col == NUMBER and r.out_of_time:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ForegroundRole and col == DUE and r.days_left is not None and r.days_left < 0:
            return QBrush(QColor("#8b0000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == NUMBER and r.out_of_time:
                return out_of_time_tip()
            if col == DUE:
                if r.days_left is None:
                    answered = r.answered_on.isoformat() if r.answered_on else "—"
                    return self.tr("Was due {0}; answered {1}").format(r.due_on.isoformat(), answered)
                return self.tr("Due {0}").format(r.due_on.isoformat())
            if col == PRODUCTS and r.products:
                return r.products
            return None
        return super().data(index, role)
