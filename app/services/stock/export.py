"""`zaplecze export stock`: every product with its stock and value, as XLSX (for the accountant or a reorder)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.progress import Progress
from app.core.xlsx import append_row, new_sheet, save
from app.models import Product

HEADER = ["SKU", "EAN", "Name", "Group", "Location", "Supplier", "On hand", "Reserved", "Available",
          "Reorder point", "Gross price", "VAT", "Purchase price", "Stock value (purchase)", "Active"]


def export_stock(session: Session, out: str | Path, progress: Progress | None = None) -> int:
    """Write the stock list; returns the number of products written."""
    cols = (Product.sku, Product.ean, Product.name, Product.group_name, Product.location, Product.supplier,
            Product.on_hand, Product.reserved, Product.reorder_point, Product.gross_price, Product.vat_rate,
            Product.purchase_price, Product.active)
    book, sheet = new_sheet("Stock", HEADER, [18, 16, 50, 30, 10, 24, 9, 9, 9, 9, 11, 6, 11, 14, 7])
    count = 0
    with session.begin():
        total = session.scalar(select(func.count()).select_from(Product))
        for sku, ean, name, group, loc, sup, on_hand, reserved, point, price, vat, cost, active in session.execute(
                select(*cols).order_by(Product.sku)).yield_per(2000):
            value = (cost * on_hand).quantize(Decimal("0.01")) if cost is not None else None
            append_row(sheet, [sku, ean or "", name, group, loc, sup, on_hand, reserved, on_hand - reserved, point,
                               price, vat, cost, value, "yes" if active else "no"], money=(10, 12, 13))
            count += 1
            if progress and count % 2000 == 0:
                progress(count, total, "")
    save(book, out)
    return count
