"""What the order lifecycle does to stock: reserve on verification, release on cancel, issue on shipping.

Called by app.services.orders.apply_status inside its transaction. Reservations are kept per order line
(order_line.reserved) and summed into product.reserved with atomic UPDATEs; shipping writes one goods
issue (WZ) document per order through the ledger. Available never goes below zero unless the order says
`allow_negative_stock`.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.models import Order, Product
from app.models.stock import ISSUE
from app.services.errors import DomainError
from app.services.stock import MoveLine, _expire_balances, post_document


def reserve_order(session: Session, order: Order, who: str) -> None:
    """Reserve every unreserved line; all lines or none (the message names each product short of stock)."""
    guard = "" if order.allow_negative_stock else " AND on_hand - reserved >= :q"
    update = text(f"UPDATE product SET reserved = reserved + :q WHERE id = :id{guard}")
    short: list[str] = []
    touched: set[int] = set()
    for line in order.lines:
        if line.product_id is None or line.reserved or line.quantity <= 0:
            continue
        if session.execute(update, {"q": line.quantity, "id": line.product_id}).rowcount != 1:
            p = session.get(Product, line.product_id, populate_existing=True)
            short.append(f"{p.sku if p else line.sku}: {line.quantity} ordered, "
                         f"{p.available if p else 0} available")
            continue
        line.reserved = line.quantity
        touched.add(line.product_id)
    _expire_balances(session, touched)
    if short:
        raise DomainError(f"Order {order.number}: not enough stock of " + "; ".join(short))


def release_order(session: Session, order: Order, who: str) -> None:
    update = text("UPDATE product SET reserved = reserved - :q WHERE id = :id")
    touched: set[int] = set()
    for line in order.lines:
        if line.product_id is not None and line.reserved:
            session.execute(update, {"q": line.reserved, "id": line.product_id})
            line.reserved = 0
            touched.add(line.product_id)
    _expire_balances(session, touched)


def issue_order(session: Session, order: Order, who: str) -> None:
    """Shipping: one WZ document, a movement per line, its reservation consumed."""
    lines = [MoveLine(line.product_id, -line.quantity, release=line.reserved)
             for line in order.lines if line.product_id is not None and line.quantity > 0]
    if lines:
        post_document(session, ISSUE, lines, who, order_id=order.id, note=f"Order {order.number} shipped",
                      check_available=True, allow_negative=order.allow_negative_stock)
    for line in order.lines:
        line.reserved = 0
