"""What the order lifecycle does to stock: reserve on verification, release on cancel, issue on shipping.

Called by app.services.orders.editing.apply_status inside its transaction. Reservations are kept per order line
(order_line.reserved) and summed into product.reserved with atomic UPDATEs; shipping writes one goods
issue (WZ) document per order through the ledger. Available never goes below zero unless the order says
`allow_negative_stock`.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import Order, OrderEvent, Product
from app.models.base import utcnow
from app.models.stock import ISSUE
from app.services.orders import lifecycle
from app.services.stock.ledger import MoveLine, _expire_balances, post_document


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
            short.append(msg("{sku}: {ordered} ordered, {available} available", sku=p.sku if p else line.sku,
                             ordered=line.quantity, available=p.available if p else 0))
            continue
        line.reserved = line.quantity
        touched.add(line.product_id)
    _expire_balances(session, touched)
    if short:
        raise DomainError(msg("Order {number}: not enough stock of {products}", number=order.number,
                                 products="; ".join(short)))


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
        post_document(session, ISSUE, lines, who, order_id=order.id, note=msg("Order {number} shipped", number=order.number),
                      check_available=True, allow_negative=order.allow_negative_stock)
    for line in order.lines:
        line.reserved = 0


def allow_negative_stock(session: Session, order_id: int, allow: bool, who: str) -> Changes:
    """The user's explicit permission to sell this order below zero stock (goods on their way, a shelf not yet
    counted). Only before verification: verification reserves with the rule in force then. Recorded in the
    order's history, so it is clear later who allowed it."""
    with session.begin():
        order = session.get(Order, order_id)
        if order is None:
            raise NotFound(msg("Order #{order_id} does not exist.", order_id=order_id))
        if order.status not in lifecycle.VERIFIABLE:
            raise DomainError(msg("Order {number} is {status}; selling below zero stock can be allowed or withdrawn "
                                  "only before the order is verified.", number=order.number,
                                  status=lifecycle.status_label(order.status).lower()))
        if bool(order.allow_negative_stock) != allow:
            order.allow_negative_stock = allow
            order.events.append(OrderEvent(kind="edit", who=who, why=(
                msg("Selling below zero stock allowed for this order") if allow
                else msg("Selling below zero stock no longer allowed for this order"))))
            order.updated_at = order.locally_changed_at = utcnow()
    return Changes.of_orders([order_id])
