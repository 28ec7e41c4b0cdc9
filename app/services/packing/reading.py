"""What the station reads: an order's lines as the scan logic takes them, and the name of a product by any code."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.core.errors import NotFound
from app.core.messages import msg
from app.models import Order, OrderLine, Product
from app.services.packing.scan import PackLine


def pack_lines(session: Session, order_id: int) -> tuple[PackLine, ...]:
    """The order's lines, nothing scanned yet; a line's codes are its product's (the line's own when unlinked)."""
    with session.begin():
        if session.get(Order, order_id) is None:
            raise NotFound(msg("Order {id} does not exist.", id=order_id))
        rows = session.execute(
            select(OrderLine.product_id, OrderLine.sku, OrderLine.ean, OrderLine.name, OrderLine.quantity,
                   Product.sku, Product.ean, Product.pack_ean, Product.pack_quantity, Product.name, Product.location)
            .outerjoin(Product, Product.id == OrderLine.product_id)
            .where(OrderLine.order_id == order_id).order_by(OrderLine.position, OrderLine.id)).all()
    return tuple(PackLine(pid, psku or sku, pean or ean, pack_ean, pack_qty, pname or name, location or "", qty)
                 for pid, sku, ean, name, qty, psku, pean, pack_ean, pack_qty, pname, location in rows)


def product_name_by_code(session: Session, code: str) -> str | None:
    """"Name (SKU)" of the product with this EAN, pack EAN or SKU; None when no product has it (an unknown code)."""
    code = code.strip()
    if not code:
        return None
    with session.begin():
        row = session.execute(select(Product.name, Product.sku).where(or_(
            Product.ean == code, Product.pack_ean == code, Product.sku == code,
            func.lower(Product.sku) == code.lower())).limit(1)).first()
    return None if row is None else f"{row[0]} ({row[1]})"


def code_key(code: str) -> str:
    """How the station compares codes: GTINs without leading zeros, anything else without case."""
    code = code.strip()
    return code.lstrip("0") if code.isdigit() else code.casefold()


def product_names_by_code(session: Session) -> dict[str, str]:
    """Every product's EAN, pack EAN and SKU (by `code_key`) to "name (SKU)": read once when the station opens, so
    a wrong item is named at once without a query per scan."""
    names: dict[str, str] = {}
    with session.begin():
        for name, sku, ean, pack_ean in session.execute(select(Product.name, Product.sku, Product.ean,
                                                               Product.pack_ean)):
            shown = f"{name} ({sku})"
            for code in (sku, ean, pack_ean):
                if code:
                    names.setdefault(code_key(code), shown)
    return names
