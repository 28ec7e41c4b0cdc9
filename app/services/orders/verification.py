"""Verification: every reason an order cannot go to packing, as one use case."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.core.changes import Changes
from app.core.errors import NotFound
from app.core.messages import msg
from app.models import Order, OrderEvent, OrderLine
from app.services.orders import lifecycle
from app.services.orders.data import missing_address_parts

DUPLICATE_WINDOW = timedelta(days=3)
# The start of the "possible duplicate" reason: the order window offers "Not a duplicate" for it.
DUPLICATE_REASON = "Possible duplicate of order"  # msg("Possible duplicate of order {number}") begins so


def order_problems(session: Session, order: Order) -> list[str]:
    """Reasons, in the words a shop owner would use; empty when the order may be packed."""
    problems: list[str] = []
    if order.payment_method != "cod" and order.payment_status != "paid":
        problems.append(msg("Not paid (and not cash on delivery)"))
    addr = order.shipping_address
    if addr is None:
        problems.append(msg("No shipping address"))
    else:
        missing = missing_address_parts(addr)
        if missing:
            problems.append(msg("Address incomplete: no {parts}", parts=", ".join(missing)))
    if not (order.email or order.phone):
        problems.append(msg("No e-mail or phone to contact the buyer"))
    if not order.lines:
        problems.append(msg("The order has no lines"))
    for line in order.lines:
        label = line.sku or line.name
        if line.product is None:
            problems.append(msg("Line '{line}' is not linked to a product", line=label))
            continue
        if line.reserved:
            continue
        if line.product.available < line.quantity and not order.allow_negative_stock:
            problems.append(
                msg("Not enough stock of {sku}: {ordered} ordered, {available} available", sku=line.product.sku,
                    ordered=line.quantity, available=line.product.available)
            )
    if not order.duplicate_ok:
        dup = _possible_duplicate(session, order)
        if dup:
            problems.append(msg("Possible duplicate of order {number}", number=dup))
    return problems


def refresh_problems(session: Session, order: Order) -> None:
    """After a change to an order that verification flagged (the payment came in, the address was completed),
    check its reasons again, so the list and the order window never show one that no longer holds. The status
    stays: moving the order on is Verify's decision."""
    if order.problems and order.status in lifecycle.VERIFIABLE:
        session.flush()
        order.problems = "\n".join(order_problems(session, order))


def _possible_duplicate(session: Session, order: Order) -> str | None:
    """Same buyer (e-mail, or name and postal code) and same total within a few days."""
    if order.created_at is None:
        return None
    conds = [Order.id != order.id, Order.status != lifecycle.CANCELLED, Order.total == order.total,
             Order.created_at.between(order.created_at - DUPLICATE_WINDOW, order.created_at + DUPLICATE_WINDOW)]
    if order.email:
        conds.append(Order.email == order.email)
    else:
        conds.append(Order.customer_name == order.customer_name)
    return session.scalar(select(Order.number).where(*conds).limit(1))


def verify_orders(session: Session, order_ids: list[int], who: str, *, accept_duplicate: bool = False) -> dict[int, list[str]]:
    """Verify orders: those with no problem become ready to pack (stock reserved); the rest keep their problems.

    Returns the problems of each order (empty list = released for packing). An order not paid but otherwise
    fine moves to awaiting payment.
    """
    result: dict[int, list[str]] = {}
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
            problems = order_problems(session, order)
            from app.services.orders.editing import apply_status

            if not problems:
                apply_status(session, order, lifecycle.READY, who, msg("Verified"))
                order.problems = ""
            else:
                order.problems = "\n".join(problems)
                only_payment = all(p.startswith("Not paid") for p in problems)
                if only_payment and order.status == lifecycle.NEW:
                    apply_status(session, order, lifecycle.AWAITING_PAYMENT, who, msg("Verified: waiting for payment"))
                order.events.append(OrderEvent(kind="verify", who=who, why=msg("Verification: {problems}", problems="; ".join(problems))))
            result[order.id] = problems
    return result


def verify_changes(result: dict[int, list[str]]) -> Changes:
    return Changes.of_orders(result.keys())
