"""`zaplecze export customers`: the customer list with lifetime figures as XLSX (issue 17).

One row per customer not merged away: id, name, e-mail, phone, company, NIP, tags, orders (not cancelled), their
gross value, returns (withdrawal cases), complaints (other cases), the first and last order's day in the shop's
time zone, and whether the customer was anonymised. The sheet is written in openpyxl's write-only mode and the
customers are read in batches of a thousand, each batch's figures in three grouped queries, so 100,000
customers fit in memory and cost a few hundred queries, never one per row.

Headers and tag names are Polish by default (`lang='en'` for English, as the other exports offer).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.shop_time import shop_day
from app.core.xlsx import MONEY_FORMAT, as_texts, save
from app.models import Order
from app.models.complaint import WITHDRAWAL, Complaint
from app.models.customer import Customer
from app.services.customers import labels
from app.services.customers.search import tags_of
from app.services.orders.lifecycle import CANCELLED

BATCH = 1000
DATE_FORMAT = "yyyy-mm-dd"
WIDTHS = (8, 28, 30, 18, 28, 13, 20, 10, 13, 9, 11, 13, 13, 12)
_WORDS = {
    "pl": {"sheet": "Klienci",
           "header": ["Id", "Nazwa", "E-mail", "Telefon", "Firma", "NIP", "Znaczniki", "Zamówienia", "Wartość",
                      "Zwroty", "Reklamacje", "Pierwsze zamówienie", "Ostatnie zamówienie", "Zanonimizowany"],
           "tags": {"vip": "VIP", "wholesale": "Hurt", "blocked": "Zablokowany"}, "yes": "tak", "no": "nie"},
    "en": {"sheet": "Customers",
           "header": ["Id", "Name", "E-mail", "Phone", "Company", "NIP", "Tags", "Orders", "Value", "Returns",
                      "Complaints", "First order", "Last order", "Anonymised"],
           "tags": {}, "yes": "yes", "no": "no"},
}


def _figures(session: Session, ids: list[int]) -> tuple[dict, dict]:
    orders = {cid: (n, value, first, last) for cid, n, value, first, last in session.execute(
        select(Order.customer_id, func.count(Order.id), func.coalesce(func.sum(Order.total), 0),
               func.min(Order.created_at), func.max(Order.created_at))
        .where(Order.customer_id.in_(ids), Order.status != CANCELLED).group_by(Order.customer_id))}
    owner = func.coalesce(Complaint.customer_id, Order.customer_id)
    cases = {cid: (returns, other) for cid, returns, other in session.execute(
        select(owner, func.count(Complaint.id).filter(Complaint.kind == WITHDRAWAL),
               func.count(Complaint.id).filter(Complaint.kind != WITHDRAWAL))
        .select_from(Complaint).outerjoin(Order, Order.id == Complaint.order_id)
        .where(owner.in_(ids)).group_by(owner))}
    return orders, cases


def _day(at: datetime | None):
    return shop_day(at) if at is not None else None


def export_customers(session: Session, out: str | Path, *, lang: str = "pl") -> int:
    """Write the customer list to `out` (XLSX); returns how many customers it lists. The file appears under its
    name only when complete."""
    w = _WORDS.get(lang, _WORDS["pl"])
    book = Workbook(write_only=True)
    sheet = book.create_sheet(w["sheet"])
    sheet.freeze_panes = "A2"
    for i, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    header = []
    for text in w["header"]:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    rows, last_id = 0, 0
    while True:
        with session.begin():
            batch = session.execute(
                select(Customer.id, Customer.name, Customer.email, Customer.phone, Customer.company, Customer.nip,
                       Customer.tags, Customer.anonymised_at)
                .where(Customer.merged_into_id.is_(None), Customer.id > last_id).order_by(Customer.id)
                .limit(BATCH)).all()
            if not batch:
                break
            orders, cases = _figures(session, [c.id for c in batch])
        for c in batch:
            n, value, first, last = orders.get(c.id, (0, 0, None, None))
            returns, complaints = cases.get(c.id, (0, 0))
            tags = ", ".join(w["tags"].get(t, labels.label("tag", t)) for t in tags_of(c.tags))
            values = as_texts(sheet, [c.id, c.name, c.email, c.phone, c.company, c.nip, tags, n,
                                      Decimal(str(value)).quantize(Decimal("0.01")), returns, complaints, _day(first),
                                      _day(last), w["yes"] if c.anonymised_at else w["no"]])
            for i in (8, 11, 12):
                if values[i] is not None:
                    values[i] = WriteOnlyCell(sheet, value=values[i])
                    values[i].number_format = MONEY_FORMAT if i == 8 else DATE_FORMAT
            sheet.append(values)
            rows += 1
        last_id = batch[-1].id
    save(book, out)
    return rows
