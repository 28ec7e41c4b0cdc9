"""`zaplecze export stock`: every product with its stock and value, as XLSX (for the accountant or a reorder).

The sheet is written in the user's language (`lang`: 'pl' or 'en'): its name, headers, yes/no and the file name
offered for it (default_file_name). The window passes its language, the command line the CLI's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.progress import Progress
from app.core.xlsx import append_row, new_sheet, save
from app.models import Product

HEADER = ["SKU", "EAN", "Name", "Group", "Location", "Supplier", "On hand", "Reserved", "Available",
          "Reorder point", "Gross price", "VAT", "Purchase price", "Stock value (purchase)", "Active", "Category"]
HEADERS = {"en": HEADER,
           "pl": ["SKU", "EAN", "Nazwa", "Grupa", "Lokalizacja", "Dostawca", "Na stanie", "Zarezerwowane", "Dostępne",
                  "Stan minimalny", "Cena brutto", "VAT", "Cena zakupu (netto)", "Wartość zapasu (cena zakupu)",
                  "Aktywny", "Kategoria"]}
SHEET_NAMES = {"en": "Stock", "pl": "Stany magazynowe"}
YES_NO = {"en": ("yes", "no"), "pl": ("tak", "nie")}
FILE_NAMES = {"en": "stock-{day}.xlsx", "pl": "stany-magazynowe-{day}.xlsx"}


def default_file_name(lang: str = "en", day: date | None = None) -> str:
    """The file name offered for the export, in `lang`, with the day it was made ('stock-2026-03-01.xlsx')."""
    return FILE_NAMES.get(lang, FILE_NAMES["en"]).format(day=(day or date.today()).isoformat())


def export_stock(session: Session, out: str | Path, progress: Progress | None = None, *, lang: str = "en") -> int:
    """Write the stock list, its sheet name and headers in `lang` ('pl' or 'en'); returns the number of products
    written."""
    lang = lang if lang in HEADERS else "en"
    yes, no = YES_NO[lang]
    cols = (Product.sku, Product.ean, Product.name, Product.group_name, Product.location, Product.supplier,
            Product.on_hand, Product.reserved, Product.reorder_point, Product.gross_price, Product.vat_rate,
            Product.purchase_price, Product.active, Product.category)
    book, sheet = new_sheet(SHEET_NAMES[lang], HEADERS[lang], [18, 16, 50, 30, 12, 24, 10, 13, 10, 14, 11, 6, 14, 16, 8,
                                                                         20])
    count = 0
    with session.begin():
        total = session.scalar(select(func.count()).select_from(Product))
        for sku, ean, name, group, loc, sup, on_hand, reserved, point, price, vat, cost, active, category in session.execute(
                select(*cols).order_by(Product.sku)).yield_per(2000):
            value = (cost * on_hand).quantize(Decimal("0.01")) if cost is not None else None
            append_row(sheet, [sku, ean or "", name, group, loc, sup, on_hand, reserved, on_hand - reserved, point,
                               price, vat, cost, value, yes if active else no, category or ""], money=(10, 12, 13))
            count += 1
            if progress and count % 2000 == 0:
                progress(count, total, "")
    save(book, out)
    return count
