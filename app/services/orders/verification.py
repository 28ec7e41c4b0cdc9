"""Verification: every reason an order cannot go to packing, as one use case.

The reasons themselves are found in `problems`; moving an order that passed (and reserving its stock) in
`status`. Re-exported here for the callers that read them with verification: order_problems, refresh_problems.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.core.changes import Changes
from app.core.errors import NotFound
from app.core.messages import msg
from app.models import Order, OrderEvent, OrderLine
from app.models.customer import TAG_BLOCKED
from app.services.orders import lifecycle
from app.services.orders.problems import NOT_PAID, Problem, find_problems, order_problems, refresh_problems
from app.services.orders.status import apply_status

__all__ = ["Verification", "order_problems", "refresh_problems", "verify_orders"]

CUSTOMER_BLOCKED = "customer_blocked"  # the customer is tagged blocked (issue 17): the shop looks before packing


class Verification(dict[int, list[str]]):
    """The problems of each verified order (an empty list: released for packing), and the `changes` the
    verification made: the orders, and the products whose stock it reserved. A dict, so a caller that only reads
    the problems (the CLI, a check, a test) reads them as before."""

    def __init__(self, problems: dict[int, list[str]], changes: Changes) -> None:
        super().__init__(problems)
        self.changes = changes


def verify_orders(session: Session, order_ids: list[int], who: str, *, accept_duplicate: bool = False) -> Verification:
    """Verify orders: those with no problem become ready to pack (stock reserved); the rest keep their problems.

    An order not paid but otherwise fine moves to awaiting payment. With accept_duplicate the user has said
    that a "possible duplicate" is a separate order; that is remembered on the order and in its history.
    """
    result: dict[int, list[str]] = {}
    changes = Changes()
    with session.begin():
        orders = session.scalars(
            select(Order).where(Order.id.in_(order_ids))
            .options(selectinload(Order.lines).selectinload(OrderLine.product), selectinload(Order.shipping_address))
        ).all()
        if not orders:
            raise NotFound(msg("None of the selected orders exist."))
        for order in orders:
            if order.status not in lifecycle.VERIFIABLE:
                result[order.id] = [msg("Already {status}", status=lifecycle.status_label(order.status).lower())]
                continue
            if accept_duplicate and not order.duplicate_ok:
                order.duplicate_ok = True
                order.events.append(OrderEvent(kind="verify", who=who, why=msg("Not a duplicate (checked by the user)")))
            found = find_problems(session, order)
            if order.customer is not None and TAG_BLOCKED in (order.customer.tags or "").split(","):
                found.append(Problem(CUSTOMER_BLOCKED, msg("Customer is blocked")))
            problems = [p.text for p in found]
            if not found:
                changes |= apply_status(session, order, lifecycle.READY, who, msg("Verified"))
                order.problems = ""
            else:
                order.problems = "\n".join(problems)
                only_payment = all(p.kind == NOT_PAID for p in found)
                if only_payment and order.status == lifecycle.NEW:
                    changes |= apply_status(session, order, lifecycle.AWAITING_PAYMENT, who,
                                            msg("Verified: waiting for payment"))
                order.events.append(OrderEvent(kind="verify", who=who, why=msg("Verification: {problems}", problems="; ".join(problems))))
            result[order.id] = problems
    return Verification(result, changes | Changes.of_orders(result.keys()))
