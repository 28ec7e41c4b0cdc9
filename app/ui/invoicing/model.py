"""The invoice register's table model: pages of plain rows from app.services.invoicing.reading, fetched as the view
scrolls (a LazyTableModel: every read in a worker through the context's reader).

A new query reads its first page and how many invoices it finds in one read (invoice_list); rows a use case
changed (marked paid, sent to KSeF) are re-read in place (rows_by_id), keeping the scroll position and selection.
Amounts are shown in the invoice's currency, without its symbol (the Currency column says it), grouped as Polish
writes them; a correction's are its differences, negative where it lowers the sale.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.config import SHOP_TZ_DEFAULT
from app.services.invoicing.ksef.ui_support import KsefFacts, ksef_facts
from app.services.invoicing.reading import InvoiceRow
from app.ui.kit.domain_text import domain_text
from app.ui.kit.table_model import LazyTableModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.invoicing.reading import InvoiceQuery

NUMBER, KIND, ISSUED, BUYER, NIP, NET, VAT, GROSS, CURRENCY, PAID, KSEF, ORDER = range(12)
# Column -> the register's sort key (app.services.invoicing.reading.SORT_COLUMNS); None: the list cannot be
# sorted by it (the header keeps the sort it had).
SORT_KEYS: tuple[str | None, ...] = ("number", "kind", "issue_date", "buyer_name", None, None, None, "gross", None,
                                     "paid", "ksef_status", None)
NUMERIC = (NET, VAT, GROSS)
OVERDUE_BRUSH = QBrush(QColor("#fde2e1"))
PAGE_SIZE = 200


def amount(value: Decimal) -> str:
    """1234.5 -> '1 234,50' (non-breaking space), as the invoices themselves print amounts."""
    return f"{value:,.2f}".replace(",", "\u00a0").replace(".", ",")


@dataclass(frozen=True)
class Row(InvoiceRow):
    """A register row with its KSeF facts (queued since, the deadline, a rejection's reason), read with it."""

    ksef: KsefFacts | None = None


def with_ksef(session: Session, rows: list[InvoiceRow]) -> list[Row]:
    """The rows with their KSeF facts, in one more read of the worker's session."""
    facts = ksef_facts(session, [r.id for r in rows])
    return [Row(**{f.name: getattr(r, f.name) for f in fields(InvoiceRow)}, ksef=facts.get(r.id)) for r in rows]


def ksef_state_text(facts: KsefFacts | None, number: str | None = None, status: str = "") -> str:
    """What the KSeF column and the details pane say of an invoice's state, in the user's language."""
    translate = QCoreApplication.translate
    state = facts.state if facts is not None else status
    if facts is None:
        return translate("InvoicesModel", "Accepted: {0}").format(number) if number else \
            domain_text(status) if status else translate("InvoicesModel", "Not sent")
    if state == "queued":
        since = facts.queued_at.astimezone(ZoneInfo(SHOP_TZ_DEFAULT)).strftime("%Y-%m-%d %H:%M") if facts.queued_at else ""
        text = translate("InvoicesModel", "Queued since {0}").format(since)
        if facts.offline and facts.deadline:
            text += translate("InvoicesModel", " (offline, send by {0})").format(facts.deadline.isoformat())
        return text
    if state == "sent":
        return translate("InvoicesModel", "Sent, awaiting KSeF")
    if state == "accepted":
        return translate("InvoicesModel", "Accepted: {0}").format(facts.number or "")
    if state == "rejected":
        reason = " ".join(x for x in (str(facts.error_code or ""), facts.error) if x)
        return translate("InvoicesModel", "Rejected: {0}").format(reason)
    return translate("InvoicesModel", "Not sent")


def kind_text(kind: str) -> str:
    translate = QCoreApplication.translate
    return {"VAT": translate("InvoicesModel", "Invoice"),
            "KOR": translate("InvoicesModel", "Correction")}.get(kind, kind)


class InvoicesModel(LazyTableModel):
    """`query` is an InvoiceQuery (set by the tab); `today` decides what is overdue."""

    page_size = PAGE_SIZE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[InvoiceRow]
        self.today = date.today()
        self.headers = (self.tr("Number"), self.tr("Kind"), self.tr("Issued"), self.tr("Buyer"), self.tr("NIP"),
                        self.tr("Net"), self.tr("VAT"), self.tr("Gross"), self.tr("Currency"), self.tr("Payment"),
                        self.tr("KSeF"), self.tr("Order"))

    # --- reads (in a worker) ---------------------------------------------------------------------------------
    def query_first(self, session: Session, query: InvoiceQuery) -> tuple[list[InvoiceRow], int | None]:
        from app.services.invoicing.reading import invoice_list

        page = invoice_list(session, query, self.page_size)
        return with_ksef(session, page.rows), page.total

    def query_page(self, session: Session, query: InvoiceQuery, offset: int, limit: int) -> list[InvoiceRow]:
        from app.services.invoicing.reading import invoice_page

        return with_ksef(session, invoice_page(session, query, offset, limit))

    def query_rows(self, session: Session, ids: list[int]) -> dict[int, InvoiceRow]:
        from app.services.invoicing.reading import rows_by_id

        rows = rows_by_id(session, ids)
        return {r.id: r for r in with_ksef(session, list(rows.values()))}

    # --- what a row says -----------------------------------------------------------------------------------
    def row(self, index: int) -> InvoiceRow:
        return self.rows[index]

    def overdue(self, r: InvoiceRow) -> bool:
        return not r.paid and r.due_date is not None and r.due_date < self.today

    def payment_text(self, r: InvoiceRow) -> str:
        refund = r.kind == "KOR" and r.gross < 0  # a correction that lowers the sale: the shop pays back
        if r.paid:
            day = r.paid_date.isoformat() if r.paid_date else ""
            return (self.tr("Refunded {0}") if refund else self.tr("Paid {0}")).format(day).strip()
        if refund:
            return self.tr("To refund")
        if r.due_date is None:
            return self.tr("Unpaid")
        if self.overdue(r):
            return self.tr("Overdue since {0}").format(r.due_date.isoformat())
        return self.tr("Due {0}").format(r.due_date.isoformat())

    def ksef_text(self, r: InvoiceRow) -> str:
        return ksef_state_text(getattr(r, "ksef", None), r.ksef_number, r.ksef_status)

    def cell(self, r: InvoiceRow, col: int) -> str:
        if col == NUMBER:
            return r.number
        if col == KIND:
            return kind_text(r.kind)
        if col == ISSUED:
            return r.issue_date.isoformat()
        if col == BUYER:
            return r.buyer_name
        if col == NIP:
            return r.buyer_nip or ""
        if col == NET:
            return amount(r.net)
        if col == VAT:
            return amount(r.vat)
        if col == GROSS:
            return amount(r.gross)
        if col == CURRENCY:
            return r.currency
        if col == PAID:
            return self.payment_text(r)
        if col == KSEF:
            return self.ksef_text(r)
        return r.order_number

    def background(self, row: InvoiceRow) -> QBrush | None:
        return OVERDUE_BRUSH if self.overdue(row) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (NUMBER, KIND) and r.corrected_number:
                return self.tr("Corrects {0}").format(r.corrected_number)
            facts = getattr(r, "ksef", None)
            if col == KSEF and facts is not None and facts.state == "rejected" and facts.details:
                return "\n".join(facts.details)
            if col == KSEF and r.ksef_number:
                return self.tr("KSeF number: {0}").format(r.ksef_number)
            if col == BUYER and not r.buyer_nip:
                return self.tr("A consumer (no NIP)")
            return None
        return super().data(index, role)
