"""Moving one order to another status, with what it does to stock: the helper every status change goes through.

Verification, the status menus and the dispatch hand-over all move orders here, inside their own transaction.
It sits below both editing and verification (it needs verification's reasons, and both need it), so neither
imports the other.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.errors import DomainError
from app.core.messages import msg
from app.models import Order, OrderEvent
from app.models.base import utcnow
from app.services.orders import lifecycle
from app.services.orders.problems import order_problems
from app.services.stock import order_effects as stock_effects

# Moving to these releases a reservation the order holds.
_RELEASING = frozenset({lifecycle.CANCELLED, lifecycle.ON_HOLD, lifecycle.AWAITING_PAYMENT, lifecycle.NEW})


def apply_status(session: Session, order: Order, to_status: str, who: str, why: str) -> Changes:
    """Move one loaded order; stock follows the status (reserved on ready, released on the way back, issued on
    shipping). Returns the order and the products whose stock moved, so the Stock views re-read them."""
    lifecycle.check_transition(order.number, order.status, to_status)
    stock_moved = False
    if to_status == lifecycle.READY and order.status not in lifecycle.RESERVING:
        problems = order_problems(session, order)
        if problems:
            raise DomainError(msg("Order {number} is not ready to pack: {problems}", number=order.number,
                                  problems="; ".join(problems)))
        stock_effects.reserve_order(session, order, who)
        order.problems = ""
        stock_moved = True
    if to_status in _RELEASING and any(line.reserved for line in order.lines):  # an order held at packing keeps
        stock_effects.release_order(session, order, who)                        # its reservation while on hold
        stock_moved = True
    if to_status == lifecycle.SHIPPED:
        stock_effects.issue_order(session, order, who)
        stock_moved = True
    order.events.append(OrderEvent(kind="status", from_status=order.status, to_status=to_status, who=who, why=why))
    order.status = to_status
    order.updated_at = order.locally_changed_at = utcnow()
    products = linked_products(order) if stock_moved else frozenset()
    return Changes(orders=frozenset([order.id]), products=products)


def linked_products(order: Order) -> frozenset[int]:
    """The catalogue products the order's lines take stock of."""
    return frozenset(line.product_id for line in order.lines if line.product_id is not None)
