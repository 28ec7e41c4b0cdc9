"""`zaplecze export orders`: one row per order as XLSX, for the accountant, a spreadsheet or another system.

Dates are real date cells in the shop's time zone (Excel has no time zones, so the cell holds the local
wall time) and money is a real number cell with a money format, so sums and filters work in Excel and
LibreOffice. openpyxl's write-only mode streams rows to the file, and rows come from SQL in chunks, so
200,000 orders never sit in memory at once. The file appears under its name only when complete.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.core.progress import Progress
from app.core.xlsx import as_texts
from app.models import Address, Order
from app.services.orders import lifecycle
from app.services.orders.listing import OrderQuery, _conditions, _ordered  # the list's filter and sort: same rows

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd hh:mm"

# (header, width) in the order of the row.
COLUMNS: tuple[tuple[str, int], ...] = (
    ("Number", 12), ("Date", 17), ("Customer", 26), ("E-mail", 30), ("Phone", 16), ("Items", 7), ("Total", 12),
    ("Currency", 9), ("Payment method", 17), ("Payment status", 16), ("Status", 16), ("Shipping method", 18),
    ("Tracking number", 27), ("City", 18), ("Postal code", 11),
)
PAYMENT_METHOD_LABELS = {"prepaid": "Prepaid", "transfer": "Bank transfer", "cod": "Cash on delivery"}
PAYMENT_STATUS_LABELS = {"unpaid": "Unpaid", "paid": "Paid", "refunded": "Refunded",
                         "partially_refunded": "Partially refunded"}


def export_orders(session: Session, path: str | Path, query: OrderQuery | None = None, *,
                  progress: Progress | None = None, translate: Callable[[str], str] | None = None,
                  tz: str = SHOP_TZ_DEFAULT) -> int:
    """Write the orders `query` selects (all orders, newest first, when None) to `path`; returns the row count.

    `translate` turns the English headers and labels into the user's language (the UI passes its tr()).
    """
    tr = translate or (lambda text: text)
    zone = ZoneInfo(tz)
    q = query or OrderQuery()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(tr("Orders"))
    sheet.freeze_panes = "A2"
    for i, (_, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    header = []
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE4EE")
    for title, _ in COLUMNS:
        cell = WriteOnlyCell(sheet, value=tr(title))
        cell.font, cell.fill, cell.alignment = bold, fill, Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)

    labels = {s: tr(lifecycle.status_label(s)) for s in lifecycle.STATUSES}
    methods = {k: tr(v) for k, v in PAYMENT_METHOD_LABELS.items()}
    paid = {k: tr(v) for k, v in PAYMENT_STATUS_LABELS.items()}

    cols = (Order.number, Order.created_at, Order.customer_name, Order.email, Order.phone, Order.items_count,
            Order.total, Order.currency, Order.payment_method, Order.payment_status, Order.status,
            Order.shipping_method, Order.tracking_number, Address.city, Address.postal_code)
    count = 0
    with session.begin():
        conds = _conditions(session, q)
        total = session.scalar(select(func.count()).select_from(Order).where(*conds)) or 0
        stmt = _ordered(select(*cols).outerjoin(Address, Address.id == Order.shipping_address_id).where(*conds), q,
                        session)
        for (number, created, name, email, phone, items, amount, currency, method, pay_status, status, ship,
             tracking, city, postal) in session.execute(stmt).yield_per(2000):
            when = WriteOnlyCell(sheet, value=created.astimezone(zone).replace(tzinfo=None) if created else None)
            when.number_format = DATE_FORMAT
            money = WriteOnlyCell(sheet, value=amount)
            money.number_format = MONEY_FORMAT
            row = [number, when, name, email or "", phone or "", items, money, currency,
                   methods.get(method, method), paid.get(pay_status, pay_status), labels.get(status, status),
                   ship, tracking or "", city or "", postal or ""]
            sheet.append(as_texts(sheet, row))
            count += 1
            if progress and count % 2000 == 0:
                progress(count, total, tr("Writing orders"))
    last = get_column_letter(len(COLUMNS))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    tmp = out.with_name(out.name + ".part")
    try:
        book.save(tmp)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return count

