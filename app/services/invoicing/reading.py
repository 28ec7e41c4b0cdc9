"""Reading issued invoices: one invoice as the documents are made from it (InvoiceDoc), the register's list (a
first page and a count, filters, search), and the month's rows for the accountant's register.

Plain data only, each read in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, aliased

from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import Invoice, InvoiceLine, InvoiceRate, InvoiceSeries, Order
from app.services.invoicing.amounts import RATES, cents
from app.services.invoicing.data import (
    KOR,
    Annotations,
    Correction,
    DocLine,
    DocRate,
    InvoiceDoc,
    Party,
)
from app.services.invoicing.settings import read_settings

_RATE_ORDER = {rate: i for i, rate in enumerate(RATES)}


def _rates(rows: Sequence[InvoiceRate]) -> list[InvoiceRate]:
    return sorted(rows, key=lambda r: _RATE_ORDER.get(r.rate, len(RATES)))


def invoice_doc(session: Session, invoice_id: int) -> InvoiceDoc:
    """Everything the XML and the PDF state about one invoice or correction, read in one transaction."""
    with session.begin():
        inv = session.get(Invoice, invoice_id)
        if inv is None:
            raise NotFound(msg("Invoice {id} does not exist.", id=invoice_id))
        lines = session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                                .order_by(InvoiceLine.before.desc(), InvoiceLine.position, InvoiceLine.id)).all()
        rates = _rates(session.scalars(select(InvoiceRate).where(InvoiceRate.invoice_id == inv.id)).all())
        order_number = session.scalar(select(Order.number).where(Order.id == inv.order_id)) \
            if inv.order_id is not None else None
        correction = None
        if inv.kind == KOR and inv.corrected_invoice_id is not None:
            corrected = session.get(Invoice, inv.corrected_invoice_id)
            correction = Correction(inv.correction_reason, inv.correction_kind or 1, corrected.number,
                                    corrected.issue_date, corrected.ksef_number)
        environment = read_settings(session).ksef_environment
        return InvoiceDoc(
            id=inv.id, kind=inv.kind, number=inv.number, issue_date=inv.issue_date, place_of_issue=inv.place,
            sale_date=inv.sale_date, currency=inv.currency, exchange_rate=inv.exchange_rate,
            exchange_rate_date=inv.exchange_rate_date, exchange_table=inv.exchange_table,
            seller=Party(inv.seller_name, inv.seller_nip or None, inv.seller_street, inv.seller_postal_code,
                         inv.seller_city, inv.seller_country),
            seller_bank_account=inv.seller_bank_account, seller_bank_name=inv.seller_bank_name,
            buyer=Party(inv.buyer_name, inv.buyer_nip or None, inv.buyer_street, inv.buyer_postal_code,
                        inv.buyer_city, inv.buyer_country),
            method=inv.method,
            lines=tuple(DocLine(ln.position, ln.name, ln.sku, ln.unit, ln.quantity, ln.unit_net, ln.unit_gross,
                                ln.rate, ln.net, ln.vat, ln.gross, ln.before) for ln in lines),
            rates=tuple(DocRate(r.rate, r.net, r.vat, r.gross, r.vat_pln) for r in rates),
            net=inv.net, vat=inv.vat, gross=inv.gross, vat_pln=inv.vat_pln, payment_form=inv.payment_form,
            due_date=inv.due_date, paid=inv.paid, paid_date=inv.paid_date,
            annotations=Annotations(cash_accounting=inv.cash_accounting, split_payment=inv.split_payment,
                                    exemption_basis=inv.exemption_basis),
            correction=correction, order_number=order_number or "", issued_by=inv.who, created_at=inv.created_at,
            ksef_number=inv.ksef_number, ksef_environment=environment)


def order_invoices(session: Session, order_id: int) -> list[tuple[int, str, str]]:
    """(id, number, kind) of an order's invoice and its corrections, oldest first."""
    with session.begin():
        return [(r[0], r[1], r[2]) for r in session.execute(
            select(Invoice.id, Invoice.number, Invoice.kind).where(Invoice.order_id == order_id)
            .order_by(Invoice.id))]


# --- the register's list -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class InvoiceQuery:
    """What the register asks for; dates are issue dates, inclusive. None: no filter on that."""

    date_from: date | None = None
    date_to: date | None = None
    series: str | None = None  # a series code
    kind: str | None = None  # VAT | KOR
    paid: bool | None = None
    search: str = ""  # number, buyer, NIP, order number: every word must appear
    ksef_sent: bool | None = None  # has a KSeF number
    ksef_status: str | None = None
    sort: str = "issue_date"
    descending: bool = True


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    kind: str
    issue_date: date
    sale_date: date
    buyer_name: str
    buyer_nip: str | None
    currency: str
    net: Decimal
    vat: Decimal
    gross: Decimal
    paid: bool
    paid_date: date | None
    due_date: date | None
    order_id: int | None
    order_number: str
    corrected_number: str  # a correction's corrected document; "" for an invoice
    ksef_number: str | None
    ksef_status: str


@dataclass(frozen=True)
class InvoicePage:
    rows: list[InvoiceRow]
    total: int  # how many invoices the query finds in all


_Corrected = aliased(Invoice)
SORT_COLUMNS: dict[str, ColumnElement] = {
    "issue_date": Invoice.issue_date, "number": Invoice.number, "buyer_name": Invoice.buyer_name,
    "gross": Invoice.gross, "paid": Invoice.paid, "due_date": Invoice.due_date, "kind": Invoice.kind,
    "ksef_status": Invoice.ksef_status,
}
_ROW_COLUMNS = (Invoice.id, Invoice.number, Invoice.kind, Invoice.issue_date, Invoice.sale_date, Invoice.buyer_name,
                Invoice.buyer_nip, Invoice.currency, Invoice.net, Invoice.vat, Invoice.gross, Invoice.paid,
                Invoice.paid_date, Invoice.due_date, Invoice.order_id, Order.number, _Corrected.number,
                Invoice.ksef_number, Invoice.ksef_status)


def _conditions(session: Session, q: InvoiceQuery) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if q.date_from is not None:
        conds.append(Invoice.issue_date >= q.date_from)
    if q.date_to is not None:
        conds.append(Invoice.issue_date <= q.date_to)
    if q.series:
        conds.append(Invoice.series_id.in_(select(InvoiceSeries.id).where(InvoiceSeries.code == q.series)))
    if q.kind:
        conds.append(Invoice.kind == q.kind)
    if q.paid is not None:
        conds.append(Invoice.paid.is_(q.paid))
    if q.ksef_sent is not None:
        conds.append(Invoice.ksef_number.is_not(None) if q.ksef_sent else Invoice.ksef_number.is_(None))
    if q.ksef_status is not None:
        conds.append(Invoice.ksef_status == q.ksef_status)
    for word in q.search.casefold().split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conds.append(Invoice.search_text.like(f"%{escaped}%", escape="\\"))
    return conds


def _select(session: Session, q: InvoiceQuery) -> Select:
    col = SORT_COLUMNS.get(q.sort)
    if col is None:
        raise DomainError(msg("The register cannot be sorted by '{column}'.", column=q.sort))
    stmt = (select(*_ROW_COLUMNS).outerjoin(Order, Order.id == Invoice.order_id)
            .outerjoin(_Corrected, _Corrected.id == Invoice.corrected_invoice_id)
            .where(*_conditions(session, q)))
    return stmt.order_by(col.desc(), Invoice.id.desc()) if q.descending else stmt.order_by(col.asc(),
                                                                                          Invoice.id.asc())


def _row(r) -> InvoiceRow:
    return InvoiceRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], bool(r[11]), r[12], r[13],
                      r[14], r[15] or "", r[16] or "", r[17], r[18] or "")


def invoice_page(session: Session, q: InvoiceQuery, offset: int, limit: int) -> list[InvoiceRow]:
    """One page of the register's list (the view fetches more as it scrolls)."""
    with session.begin():
        return [_row(r) for r in session.execute(_select(session, q).offset(offset).limit(limit))]


def invoice_count(session: Session, q: InvoiceQuery) -> int:
    with session.begin():
        return session.scalar(select(func.count()).select_from(Invoice).where(*_conditions(session, q))) or 0


def invoice_list(session: Session, q: InvoiceQuery, limit: int = 200) -> InvoicePage:
    """A new query's first page and how many invoices it finds, in one transaction."""
    with session.begin():
        total = session.scalar(select(func.count()).select_from(Invoice).where(*_conditions(session, q))) or 0
        rows = [_row(r) for r in session.execute(_select(session, q).limit(limit))]
    return InvoicePage(rows, total)


def rows_by_id(session: Session, ids: Sequence[int]) -> dict[int, InvoiceRow]:
    """Fresh rows for invoices that changed (paid, sent), for the list to update in place."""
    if not ids:
        return {}
    with session.begin():
        return {r[0]: _row(r) for r in session.execute(
            select(*_ROW_COLUMNS).outerjoin(Order, Order.id == Invoice.order_id)
            .outerjoin(_Corrected, _Corrected.id == Invoice.corrected_invoice_id).where(Invoice.id.in_(list(ids))))}


# --- the month's register for the accountant ------------------------------------------------------------------

@dataclass(frozen=True)
class RegisterRate:
    """One rate of one register row, in the invoice's currency and in PLN (a correction's: its differences)."""

    net: Decimal
    vat: Decimal
    gross: Decimal
    net_pln: Decimal  # the tax base in PLN: net x the exchange rate, to the grosz (= net for PLN)
    vat_pln: Decimal  # the VAT in PLN as the invoice states it (= vat for PLN)


@dataclass(frozen=True)
class RegisterRow:
    id: int
    number: str
    kind: str  # VAT | KOR
    issue_date: date
    sale_date: date
    buyer_name: str
    buyer_nip: str | None
    buyer_country: str
    currency: str
    exchange_rate: Decimal | None
    corrected_number: str  # a correction's corrected document
    correction_reason: str
    rates: dict[str, RegisterRate]  # in RATES order: only the rates the invoice has
    net: Decimal
    vat: Decimal
    gross: Decimal
    net_pln: Decimal
    vat_pln: Decimal
    paid: bool
    ksef_number: str | None


def register_rows(session: Session, year: int, month: int) -> list[RegisterRow]:
    """One row per invoice and correction issued in the month, by issue date and number; net, VAT and gross per
    rate (a correction's differences, negative where it lowers the sale)."""
    if not 1 <= month <= 12:
        raise DomainError(msg("There is no month {month}.", month=month))
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    with session.begin():
        invoices = session.execute(
            select(Invoice, _Corrected.number).outerjoin(_Corrected, _Corrected.id == Invoice.corrected_invoice_id)
            .where(Invoice.issue_date >= start, Invoice.issue_date < end)
            .order_by(Invoice.issue_date, Invoice.id)).all()
        ids = [inv.id for inv, _ in invoices]
        per_invoice: dict[int, list[InvoiceRate]] = {}
        for r in session.scalars(select(InvoiceRate).where(InvoiceRate.invoice_id.in_(ids))) if ids else ():
            per_invoice.setdefault(r.invoice_id, []).append(r)
        rows = []
        for inv, corrected_number in invoices:
            rate = inv.exchange_rate
            rates = {}
            for r in _rates(per_invoice.get(inv.id, [])):
                net_pln = cents(r.net * rate) if rate is not None else r.net
                vat_pln = r.vat_pln if rate is not None and r.vat_pln is not None else r.vat
                rates[r.rate] = RegisterRate(r.net, r.vat, r.gross, net_pln, vat_pln)
            rows.append(RegisterRow(
                inv.id, inv.number, inv.kind, inv.issue_date, inv.sale_date, inv.buyer_name, inv.buyer_nip,
                inv.buyer_country, inv.currency, rate, corrected_number or "", inv.correction_reason, rates,
                inv.net, inv.vat, inv.gross, sum((x.net_pln for x in rates.values()), Decimal("0.00")),
                sum((x.vat_pln for x in rates.values()), Decimal("0.00")), inv.paid, inv.ksef_number))
        return rows
