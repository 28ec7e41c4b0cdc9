"""Reorder suggestions: what runs out soon, and how much to order from each supplier.

Sales velocity is units per day shipped over the last 30 and 90 days, read from the goods issues (WZ)
the ledger writes for each shipped order line (index reason, at); the larger of the two rates is used, so a product that suddenly sells faster is not under-ordered.
Target = reorder point + velocity x lead time. A product is suggested when available <= target, for the
quantity that brings it back to the target, rounded up to its reorder quantity.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from app.core.xlsx import append_row, new_sheet, save
from app.models.base import UTCDateTime, utcnow
from app.services.stock.listing import days_of_cover, sales_per_day


@dataclass(frozen=True)
class ReorderRow:
    product_id: int
    sku: str
    ean: str
    name: str
    supplier: str
    available: int
    reorder_point: int
    reorder_qty: int
    lead_time_days: int
    sold_30: int
    sold_90: int
    per_day: float
    days_of_cover: float | None  # None: nothing sold
    suggested: int
    purchase_price: Decimal | None


def suggest_quantity(available: int, reorder_point: int, reorder_qty: int, lead_time_days: int,
                     per_day: float) -> int:
    target = reorder_point + per_day * lead_time_days
    if available > target or (target <= 0 and available > 0):
        return 0
    need = max(math.ceil(target - available), 1)
    return max(need, reorder_qty)


def reorder_suggestions(session: Session, supplier: str | None = None, *, everything: bool = False,
                        now: datetime | None = None) -> list[ReorderRow]:
    """Active products that should be ordered (or all active ones with `everything`), by supplier and SKU."""
    now = now or utcnow()
    sql = text("""
        SELECT p.id, p.sku, COALESCE(p.ean, ''), p.name, p.supplier, p.on_hand - p.reserved, p.reorder_point,
               p.reorder_qty, p.lead_time_days, COALESCE(s.q30, 0), COALESCE(s.q90, 0), p.purchase_price
        FROM product p
        LEFT JOIN (SELECT product_id, -SUM(CASE WHEN at >= :since30 THEN quantity ELSE 0 END) AS q30,
                          -SUM(quantity) AS q90
                   FROM stock_movement WHERE reason = 'issue' AND at >= :since90
                   GROUP BY product_id) s ON s.product_id = p.id
        WHERE p.active AND (CAST(:supplier AS VARCHAR) IS NULL OR p.supplier = :supplier)
        ORDER BY p.supplier, p.sku""").bindparams(bindparam("since30", type_=UTCDateTime()),
                                                  bindparam("since90", type_=UTCDateTime()))
    rows: list[ReorderRow] = []
    with session.begin():
        result = session.execute(sql, {"since30": now - timedelta(days=30), "since90": now - timedelta(days=90),
                                       "supplier": supplier}).all()
    for pid, sku, ean, name, sup, avail, point, qty, lead, q30, q90, price in result:
        per_day = sales_per_day(q30, q90)
        suggested = suggest_quantity(avail, point, qty, lead, per_day)
        if suggested or everything:
            cover = days_of_cover(avail, per_day)
            rows.append(ReorderRow(pid, sku, ean, name, sup, avail, point, qty, lead, int(q30), int(q90), per_day,
                                   cover, suggested, Decimal(str(price)).quantize(Decimal("0.01"))
                                   if price is not None else None))
    return rows


def _safe(name: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_." else "_" for ch in name).strip()
    return keep or "no-supplier"


def write_order_sheets(rows: list[ReorderRow], folder: str | Path, *, day: datetime | None = None) -> list[Path]:
    """One XLSX order sheet per supplier (SKU, EAN, name, quantity, purchase price, value); the files written."""
    day = day or utcnow()
    by_supplier: dict[str, list[ReorderRow]] = {}
    for r in rows:
        if r.suggested > 0:
            by_supplier.setdefault(r.supplier, []).append(r)
    written = []
    for supplier, items in sorted(by_supplier.items()):
        book, sheet = new_sheet("Order", ["SKU", "EAN", "Name", "Quantity", "Purchase price", "Value"],
                                [18, 16, 50, 10, 14, 14])
        for r in items:
            value = r.purchase_price * r.suggested if r.purchase_price is not None else None
            append_row(sheet, [r.sku, r.ean, r.name, r.suggested, r.purchase_price, value], money=(4, 5))
        sheet.append([])
        append_row(sheet, ["", "", f"Supplier: {supplier or '(none)'}", sum(r.suggested for r in items), "",
                           sum((r.purchase_price * r.suggested for r in items if r.purchase_price is not None),
                               Decimal("0.00"))], money=(5,))
        written.append(save(book, Path(folder) / f"order-{_safe(supplier)}-{day:%Y-%m-%d}.xlsx"))
    return written
