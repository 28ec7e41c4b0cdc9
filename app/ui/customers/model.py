"""The Customers list's table model: pages of plain CustomerRows from app.services.customers.search, fetched as the
view scrolls (a LazyTableModel: every read in a worker through the context's reader).

Tags show in the user's language, the value of a customer's orders in the Polish money format (1 234,50 zł), the
last order as the shop's day; an anonymised customer's row is greyed, since nothing in it is theirs any more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.config import SHOP_TZ_DEFAULT
from app.core.money import format_money
from app.ui.kit.domain_text import domain_text
from app.ui.kit.table_model import LazyTableModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.customers.data import CustomerRow

NAME, COMPANY, EMAIL, PHONE, NIP, TAGS, ORDERS, LAST_ORDER, VALUE = range(9)
COLUMNS = 9
NUMERIC = (ORDERS, VALUE)
GREY = QBrush(QColor("#8a8a8a"))
PAGE_SIZE = 200


@dataclass(frozen=True)
class CustomerQuery:
    """What the tab asks of the list: a view of data.VIEWS, the search text, and the shop's day (the follow-ups
    view counts from it)."""

    view: str = "all"
    search: str = ""
    today: date = date.min


def tags_text(tags: tuple[str, ...] | list[str]) -> str:
    """The tags in the user's language, as the list and the card show them: 'VIP, Hurt'."""
    if not tags:
        return ""
    from app.services.customers.labels import label

    return ", ".join(domain_text(label("tag", t)) for t in tags)


class CustomersModel(LazyTableModel):
    """`query` is a CustomerQuery (set by the tab); `tz` the shop's time zone the last order's day is shown in."""

    page_size = PAGE_SIZE

    def __init__(self, parent=None, tz: ZoneInfo | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CustomerRow]
        self.query = CustomerQuery()
        self.tz = tz or ZoneInfo(SHOP_TZ_DEFAULT)
        self.headers = (self.tr("Name"), self.tr("Company"), self.tr("E-mail"), self.tr("Phone"), self.tr("NIP"),
                        self.tr("Tags"), self.tr("Orders"), self.tr("Last order"), self.tr("Value"))

    # --- reads (in a worker) ---------------------------------------------------------------------------------
    def query_first(self, session: Session, query: CustomerQuery) -> tuple[list[CustomerRow], int | None]:
        from app.services.customers.search import list_customers

        found = list_customers(session, search=query.search, view=query.view, limit=self.page_size,
                               today=query.today)
        return list(found.rows), found.total

    def query_page(self, session: Session, query: CustomerQuery, offset: int, limit: int) -> list[CustomerRow]:
        from app.services.customers.search import list_customers

        return list(list_customers(session, search=query.search, view=query.view, limit=limit, offset=offset,
                                   today=query.today).rows)

    # --- what a row says -----------------------------------------------------------------------------------
    def row(self, index: int) -> CustomerRow:
        return self.rows[index]

    def cell(self, r: CustomerRow, col: int) -> str:
        if col == NAME:
            return r.name
        if col == COMPANY:
            return r.company or ""
        if col == EMAIL:
            return r.email or ""
        if col == PHONE:
            return r.phone or ""
        if col == NIP:
            return r.nip or ""
        if col == TAGS:
            return tags_text(r.tags)
        if col == ORDERS:
            return str(r.orders)
        if col == LAST_ORDER:
            return r.last_order_at.astimezone(self.tz).date().isoformat() if r.last_order_at else ""
        return format_money(r.value) if r.orders else ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ForegroundRole and r.anonymised:
            return GREY
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and r.anonymised:
            return self.tr("Anonymised: the personal data was erased")
        if role == Qt.ItemDataRole.FontRole and r.anonymised:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)
