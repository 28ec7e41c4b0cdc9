"""Products to pick for an order line, by what the user types: SKU or EAN prefix, or part of the name. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Product


@dataclass(frozen=True)
class ProductChoice:
    id: int
    sku: str
    ean: str
    name: str
    gross_price: Decimal
    vat_rate: str
    available: int

    def label(self) -> str:
        """One line for the completer: what the user can type (SKU, EAN, name) and the price."""
        ean = f" · {self.ean}" if self.ean else ""
        return f"{self.sku} — {self.name}{ean}"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def find_products(session: Session, text: str, limit: int = 30) -> list[ProductChoice]:
    """Active products whose SKU or EAN starts with the text, or whose name contains it; exact hits first."""
    t = text.strip()
    if not t:
        return []
    pattern = _escape(t)
    stmt = (
        select(Product.id, Product.sku, Product.ean, Product.name, Product.gross_price, Product.vat_rate,
               Product.on_hand, Product.reserved)
        .where(Product.active.is_(True),
               or_(Product.sku.ilike(pattern + "%", escape="\\"), Product.ean.like(pattern + "%", escape="\\"),
                   Product.name.ilike("%" + pattern + "%", escape="\\")))
        .order_by((Product.sku == t).desc(), (Product.ean == t).desc(), Product.sku)
        .limit(limit)
    )
    with session.begin():
        return [ProductChoice(r[0], r[1], r[2] or "", r[3], r[4], r[5], r[6] - r[7]) for r in session.execute(stmt)]
