"""`zaplecze export complaints`: the complaints register as XLSX, for the owner, an accountant or an inspector.

Sheets: every case received in the period ("Sprawy": number, kind, status, the three dates the law looks at,
decision and remedy, customer, order, products, money refunded, the correction invoice, on time yes/no), then the
figures of app.services.complaints.figures for the same period (a summary, by reason, by product, by supplier, the
returns rate). Dates are date cells and money number cells, so the sheet sorts, filters and sums.

Headers and sheet names are Polish by default (`lang='en'` for English, as the other exports offer); the names of
codes (kind, status, reason, ...) are the English names of labels.py passed through `translate` (the window its
domain_text, the command line its own translator), so they read in the same words as the Complaints tab.

"On time" per case: yes when answered on or before its due day; no when answered later, or not answered and past
its due day on `today`; empty while its deadline still runs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.core.shop_time import shop_day
from app.core.xlsx import append_row, new_sheet, save
from app.models import Invoice, Order
from app.models.base import utcnow
from app.models.complaint import Complaint, ComplaintLine, Refund
from app.services.complaints import labels
from app.services.complaints.figures import Figures, complaint_figures

DATE_FORMAT = "yyyy-mm-dd"
PERCENT_FORMAT = "0.0"

_WORDS = {
    "pl": {
        "cases": "Sprawy", "summary": "Podsumowanie", "reasons": "Wg przyczyn", "products": "Wg produktów",
        "suppliers": "Wg dostawców", "returns": "Zwroty wg produktów",
        "case_header": ["Numer", "Rodzaj", "Stan", "Data otrzymania", "Termin sklepu", "Data odpowiedzi", "Decyzja",
                        "Sposób załatwienia", "Klient", "Zamówienie", "Produkty", "Zwrócone kwoty", "Numer korekty",
                        "W terminie"],
        "reason_header": ["Przyczyna", "Sprawy", "Sztuki"],
        "product_header": ["SKU", "Produkt", "Reklamacje", "Sztuki"],
        "supplier_header": ["Dostawca", "Reklamacje", "Sztuki"],
        "returns_header": ["SKU", "Produkt", "Sztuki zwrócone", "Sztuki sprzedane", "Wskaźnik zwrotów (%)"],
        "summary_header": ["Miara", "Wartość"],
        "from": "Okres od", "to": "Okres do", "all": "Sprawy otrzymane w okresie", "kind": "w tym: {kind}",
        "counted": "Sprawy z terminem w okresie, z odpowiedzią lub po terminie", "on_time": "Odpowiedź w terminie",
        "late": "Po terminie", "unanswered_late": "w tym bez odpowiedzi po terminie",
        "share": "Odpowiedzi w terminie (%)", "decided": "Rozstrzygnięte", "days": "Średnio dni do decyzji",
        "today": "Stan na dzień", "none_supplier": "(brak dostawcy)", "yes": "tak", "no": "nie",
        "file": "reklamacje-{day}.xlsx"},
    "en": {
        "cases": "Cases", "summary": "Summary", "reasons": "By reason", "products": "By product",
        "suppliers": "By supplier", "returns": "Returns by product",
        "case_header": ["Number", "Kind", "Status", "Received", "Shop's deadline", "Answered", "Decision", "Remedy",
                        "Customer", "Order", "Products", "Refunded", "Correction number", "On time"],
        "reason_header": ["Reason", "Cases", "Units"],
        "product_header": ["SKU", "Product", "Complaints", "Units"],
        "supplier_header": ["Supplier", "Complaints", "Units"],
        "returns_header": ["SKU", "Product", "Units returned", "Units sold", "Returns rate (%)"],
        "summary_header": ["Figure", "Value"],
        "from": "Period from", "to": "Period to", "all": "Cases received in the period", "kind": "of which: {kind}",
        "counted": "Cases due in the period, answered or past due", "on_time": "Answered on time",
        "late": "Late", "unanswered_late": "of which unanswered past due", "share": "Answered on time (%)",
        "decided": "Decided", "days": "Average days to decision", "today": "As of",
        "none_supplier": "(no supplier)", "yes": "yes", "no": "no", "file": "complaints-{day}.xlsx"},
}
CASE_WIDTHS = [16, 30, 22, 12, 12, 12, 12, 16, 28, 12, 50, 12, 20, 10]
_MONEY_AT = (11,)
_DATES_AT = (3, 4, 5)


def headers(lang: str = "pl") -> list[str]:
    """The header row of the cases sheet in `lang`."""
    return list(_WORDS.get(lang, _WORDS["pl"])["case_header"])


def default_file_name(lang: str = "pl", day: date | None = None) -> str:
    """The file name offered for the export ('reklamacje-2026-12-06.xlsx')."""
    return _WORDS.get(lang, _WORDS["pl"])["file"].format(day=(day or shop_day(utcnow())).isoformat())


def _on_time(answered: date | None, due: date, today: date, w: dict) -> str:
    if answered is not None:
        return w["yes"] if answered <= due else w["no"]
    return w["no"] if due < today else ""


def _case_rows(session: Session, date_from: date | None, date_to: date | None) -> tuple[list, dict, dict]:
    where = []
    if date_from is not None:
        where.append(Complaint.received_on >= date_from)
    if date_to is not None:
        where.append(Complaint.received_on <= date_to)
    order = aliased(Order)
    cases = session.execute(
        select(Complaint.id, Complaint.number, Complaint.kind, Complaint.status, Complaint.received_on,
               Complaint.due_on, Complaint.answered_on, Complaint.decision, Complaint.remedy,
               Complaint.customer_name, order.number, Invoice.number)
        .outerjoin(order, order.id == Complaint.order_id)
        .outerjoin(Invoice, Invoice.id == Complaint.correction_invoice_id)
        .where(*where).order_by(Complaint.received_on, Complaint.id)).all()
    products: dict[int, list[str]] = defaultdict(list)
    for cid, name, sku, quantity in session.execute(
            select(ComplaintLine.complaint_id, ComplaintLine.name, ComplaintLine.sku, ComplaintLine.quantity)
            .join(Complaint, Complaint.id == ComplaintLine.complaint_id).where(*where)
            .order_by(ComplaintLine.complaint_id, ComplaintLine.id)):
        products[cid].append(f"{name or sku} ×{quantity}")
    refunds = dict(session.execute(
        select(Refund.complaint_id, func.sum(Refund.amount)).join(Complaint, Complaint.id == Refund.complaint_id)
        .where(*where).group_by(Refund.complaint_id)).all())
    return cases, products, refunds


def _sheet(book, title: str, header: list[str], widths: list[int]):
    sheet = book.create_sheet(title[:31])
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    return sheet


def _figure_sheets(book, f: Figures, w: dict, tr: Callable[[str], str]) -> None:
    summary = _sheet(book, w["summary"], w["summary_header"], [56, 14])
    rows: list[tuple[str, object]] = [(w["from"], f.date_from), (w["to"], f.date_to), (w["today"], f.today),
                                      (w["all"], f.cases)]
    rows += [(w["kind"].format(kind=tr(labels.label(labels.KIND, kind))), n) for kind, n in f.by_kind]
    rows += [(w["counted"], f.on_time.counted), (w["on_time"], f.on_time.on_time), (w["late"], f.on_time.late),
             (w["unanswered_late"], f.on_time.unanswered_late), (w["share"], f.on_time.share),
             (w["decided"], f.decided), (w["days"], f.average_days_to_decision)]
    for name, value in rows:
        append_row(summary, [name, float(value) if isinstance(value, Decimal) else value])
        cell = summary.cell(summary.max_row, 2)
        if isinstance(value, date):
            cell.number_format = DATE_FORMAT
        elif isinstance(value, Decimal):
            cell.number_format = PERCENT_FORMAT
    reasons = _sheet(book, w["reasons"], w["reason_header"], [30, 10, 10])
    for r in f.by_reason:
        append_row(reasons, [tr(labels.label(labels.REASON, r.reason)), r.cases, r.units])
    products = _sheet(book, w["products"], w["product_header"], [16, 40, 12, 10])
    for p in f.by_product:
        append_row(products, [p.sku, p.name, p.cases, p.units])
    suppliers = _sheet(book, w["suppliers"], w["supplier_header"], [36, 12, 10])
    for s in f.by_supplier:
        append_row(suppliers, [s.supplier or w["none_supplier"], s.cases, s.units])
    returns = _sheet(book, w["returns"], w["returns_header"], [16, 40, 16, 16, 20])
    for r in f.returns:
        append_row(returns, [r.sku, r.name, r.returned, r.sold, float(r.rate) if r.rate is not None else None])
        returns.cell(returns.max_row, 5).number_format = PERCENT_FORMAT


def export_complaints(session: Session, path: str | Path, *, date_from: date | None = None,
                      date_to: date | None = None, today: date | None = None, lang: str = "pl",
                      translate: Callable[[str], str] | None = None) -> int:
    """Write every case received from date_from to date_to (both included; None: open) and the period's figures
    to `path`; returns how many cases the file lists. The file appears under its name only when complete."""
    w = _WORDS.get(lang, _WORDS["pl"])
    tr = translate or (lambda text: text)
    today = today or shop_day(utcnow())
    figures = complaint_figures(session, date_from, date_to, today=today)
    with session.begin():
        cases, products, refunds = _case_rows(session, date_from, date_to)
    book, sheet = new_sheet(w["cases"], w["case_header"], CASE_WIDTHS)
    for (cid, number, kind, status, received, due, answered, decision, remedy, customer, order_number,
         correction) in cases:
        append_row(sheet, [number, tr(labels.label(labels.KIND, kind)), tr(labels.label(labels.STATUS, status)),
                           received, due, answered,
                           tr(labels.label(labels.DECISION, decision)) if decision else "",
                           tr(labels.label(labels.DEMAND, remedy)) if remedy else "", customer, order_number or "",
                           ", ".join(products.get(cid, ())), refunds.get(cid), correction or "",
                           _on_time(answered, due, today, w)], money=_MONEY_AT)
        cells = sheet[sheet.max_row]
        for i in _DATES_AT:
            cells[i].number_format = DATE_FORMAT
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(CASE_WIDTHS))}{len(cases) + 1}"
    _figure_sheets(book, figures, w, tr)
    save(book, path)
    return len(cases)
