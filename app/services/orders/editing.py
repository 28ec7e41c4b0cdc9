"""Order use cases: create by hand, edit, read one, change status, note."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.core.money import CENT, VAT_RATES
from app.models import Address, Customer, Order, OrderEvent, OrderLine, Product
from app.models.base import utcnow
from app.services.invoicing.settings import BUYER_NIP, check_nip
from app.services.orders import lifecycle
from app.services.orders.data import (
    PAYMENT_METHODS,
    PAYMENT_STATUSES,
    AddressData,
    EventData,
    LineData,
    OrderDetail,
    OrderInput,
)
from app.services.orders.problems import problem_kinds, refresh_problems
from app.services.orders.search_index import reindex_orders
from app.services.orders.status import apply_status, linked_products
from app.services.stock import order_effects as stock_effects

# Why the windows move an order (stored in its history; the UI passes these to change_status).
WHY_ORDER_WINDOW = msg("Changed in the order window")
WHY_ORDERS_LIST = msg("Changed in the orders list")


def recompute_totals(order: Order) -> None:
    """Totals are computed, never typed: lines + shipping - discount."""
    lines_total = sum((ln.total for ln in order.lines), Decimal(0))
    order.total = (lines_total + (order.shipping_cost or 0) - (order.discount or 0)).quantize(CENT)
    order.items_count = sum(ln.quantity for ln in order.lines)


def next_number(session: Session) -> str:
    """Hand-entered orders are numbered Z000001, Z000002, ... (one series, no gaps reused)."""
    last = session.scalar(select(func.max(Order.number)).where(Order.number.like("Z______")))
    n = int(last[1:]) + 1 if last else 1
    return f"Z{n:06d}"


def _address(data: AddressData) -> Address:
    return Address(name=data.name.strip(), company=data.company.strip() or None,
                   street=data.street.strip(), postal_code=data.postal_code.strip(), city=data.city.strip(),
                   country=(data.country or "PL").strip().upper()[:2], phone=data.phone.strip() or None)




def _validate(data: OrderInput) -> None:
    if not data.customer_name.strip():
        raise DomainError(msg("The order needs the buyer's name."))
    if data.payment_method not in PAYMENT_METHODS:
        raise DomainError(msg("Unknown payment method '{method}'.", method=data.payment_method))
    if data.payment_status not in PAYMENT_STATUSES:
        raise DomainError(msg("Unknown payment status '{payment_status}'.", payment_status=data.payment_status))
    if data.shipping_cost < 0:
        raise DomainError(msg("Shipping cost cannot be negative."))
    for i, line in enumerate(data.lines, start=1):
        if line.quantity <= 0:
            raise DomainError(msg("Line {line}: quantity must be at least 1.", line=i))
        if line.unit_price < 0:
            raise DomainError(msg("Line {line}: price cannot be negative.", line=i))
        if line.vat_rate not in VAT_RATES:
            raise DomainError(msg("Line {line}: VAT rate '{rate}' is not one of {rates}.", line=i, rate=line.vat_rate,
                                   rates=", ".join(VAT_RATES)))
        if line.product_id is None and not (line.sku or line.name):
            raise DomainError(msg("Line {line}: pick a product or give a name.", line=i))
    if data.buyer_nip.strip():
        check_nip(data.buyer_nip, BUYER_NIP)  # a company's invoice needs a NIP that passes its check digit


def _apply_input(session: Session, order: Order, data: OrderInput) -> None:
    order.customer_name = data.customer_name.strip()
    order.email = data.email.strip() or None
    order.phone = data.phone.strip() or None
    if order.customer is None:
        order.customer = Customer(name=order.customer_name, email=order.email, phone=order.phone)
    else:
        order.customer.name, order.customer.email, order.customer.phone = order.customer_name, order.email, order.phone
    ship = _address(data.shipping_address)
    bill = _address(data.billing_address or data.shipping_address)
    order.shipping_address, order.billing_address = ship, bill
    order.shipping_method = data.shipping_method.strip()
    order.shipping_cost = Decimal(data.shipping_cost).quantize(CENT)
    order.payment_method = data.payment_method
    order.payment_status = data.payment_status
    order.customer_note = data.customer_note
    order.internal_note = data.internal_note
    order.buyer_nip = check_nip(data.buyer_nip, BUYER_NIP) if data.buyer_nip.strip() else None
    order.lines.clear()
    session.flush()
    for pos, line in enumerate(data.lines):
        product = session.get(Product, line.product_id) if line.product_id else None
        if product is None and line.sku:
            product = session.scalar(select(Product).where(Product.sku == line.sku))
        order.lines.append(OrderLine(
            position=pos, product=product, sku=product.sku if product else line.sku.strip(),
            ean=(product.ean if product else line.ean.strip()) or None,
            name=line.name.strip() or (product.name if product else line.sku),
            quantity=line.quantity, unit_price=Decimal(line.unit_price).quantize(CENT), vat_rate=line.vat_rate,
        ))
    recompute_totals(order)


def create_order(session: Session, data: OrderInput, who: str) -> int:
    """A new order typed in by hand (a phone order)."""
    with session.begin():
        return add_order(session, data, who).id


def add_order(session: Session, data: OrderInput, who: str) -> Order:
    """`create_order` inside the caller's transaction (a complaint's replacement order is written with the case
    that points at it); returns the new order, flushed and indexed."""
    _validate(data)
    order = Order(number=next_number(session), source="manual", status=lifecycle.NEW)
    session.add(order)
    _apply_input(session, order, data)
    order.events.append(OrderEvent(kind="status", to_status=lifecycle.NEW, who=who, why=msg("Entered by hand")))
    session.flush()
    reindex_orders(session, [order.id])
    return order


def update_order(session: Session, order_id: int, data: OrderInput, who: str) -> Changes:
    """Edit an order's buyer, addresses, lines and payment; a reservation it holds is made again for the new lines
    (so the products of the old and the new lines are among the changes)."""
    _validate(data)
    moved: frozenset[int] = frozenset()
    with session.begin():
        order = _load(session, order_id)
        if order.status not in lifecycle.EDITABLE:
            raise DomainError(msg("Order {number} is {status} and can no longer be edited.", number=order.number,
                                  status=lifecycle.status_label(order.status).lower()))
        had_reservation = any(ln.reserved for ln in order.lines)
        if had_reservation:
            moved = linked_products(order)
            stock_effects.release_order(session, order, who)
        _apply_input(session, order, data)
        refresh_problems(session, order)
        if had_reservation:
            session.flush()
            stock_effects.reserve_order(session, order, who)
            moved |= linked_products(order)
        now = utcnow()
        order.updated_at = order.locally_changed_at = now
        order.events.append(OrderEvent(kind="edit", who=who, why=msg("Order edited")))
        session.flush()
        reindex_orders(session, [order.id])
    return Changes(orders=frozenset([order_id]), products=moved)


@dataclass(frozen=True)
class SavedOrder:
    order_id: int
    changes: Changes


def save_order(session: Session, order_id: int | None, data: OrderInput, who: str) -> SavedOrder:
    """The order window's Save: a new order typed in (order_id None) or an edit of one, with what it changed."""
    if order_id is None:
        order_id = create_order(session, data, who)
        return SavedOrder(order_id, Changes.of_orders([order_id]))
    return SavedOrder(order_id, update_order(session, order_id, data, who))


def _load(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id, options=[selectinload(Order.lines).selectinload(OrderLine.product)])
    if order is None:
        raise NotFound(msg("Order #{order_id} does not exist.", order_id=order_id))
    return order


def _addr(a: Address | None) -> AddressData:
    if a is None:
        return AddressData()
    return AddressData(a.name, a.company or "", a.street, a.postal_code, a.city, a.country, a.phone or "")


def get_order(session: Session, order_id: int) -> OrderDetail:
    with session.begin():
        o = session.get(Order, order_id, options=[
            selectinload(Order.lines), selectinload(Order.events),
            selectinload(Order.shipping_address), selectinload(Order.billing_address),
        ])
        if o is None:
            raise NotFound(msg("Order #{order_id} does not exist.", order_id=order_id))
        problems = tuple(p for p in o.problems.splitlines() if p)
        return OrderDetail(
            id=o.id, number=o.number, source=o.source, external_number=o.external_number or "",
            created_at=o.created_at, status=o.status, customer_name=o.customer_name, email=o.email or "",
            phone=o.phone or "", shipping_address=_addr(o.shipping_address), billing_address=_addr(o.billing_address),
            lines=tuple(LineData(ln.id, ln.product_id, ln.sku, ln.ean or "", ln.name, ln.quantity, ln.unit_price,
                                 ln.vat_rate, ln.total) for ln in o.lines),
            shipping_method=o.shipping_method, shipping_cost=o.shipping_cost, discount=o.discount,
            payment_method=o.payment_method, payment_status=o.payment_status, currency=o.currency, total=o.total,
            tracking_number=o.tracking_number or "", customer_note=o.customer_note, internal_note=o.internal_note,
            problems=problems, problem_kinds=problem_kinds(problems),
            events=tuple(EventData(e.at, e.kind, e.from_status, e.to_status, e.who, e.why) for e in o.events),
            allow_negative_stock=bool(o.allow_negative_stock), buyer_nip=o.buyer_nip or "",
        )


def find_order_id(session: Session, number: str) -> int:
    """An order by its number (as printed or scanned), by its shop's number, or by '#id'."""
    text = number.strip()
    with session.begin():
        oid = session.scalar(select(Order.id).where(Order.number == text))
        if oid is None:
            oid = session.scalar(select(Order.id).where(Order.external_number == text.lstrip("#")))
        if oid is None and text.startswith("#") and text[1:].isdigit():
            oid = session.scalar(select(Order.id).where(Order.id == int(text[1:])))
    if oid is None:
        raise NotFound(msg("No order with the number '{number}'.", number=number))
    return oid


def change_status(session: Session, order_ids: list[int], to_status: str, who: str, why: str = "") -> Changes:
    """Batch status change: all orders move, or none (the message names every order that cannot). The changes
    name the products whose stock moved with them (reserved, released, issued)."""
    changes = Changes.of_orders(order_ids)
    with session.begin():
        orders = session.scalars(
            select(Order).where(Order.id.in_(order_ids)).options(selectinload(Order.lines).selectinload(OrderLine.product))
        ).all()
        if len(orders) != len(set(order_ids)):
            raise NotFound(msg("Some of the selected orders no longer exist."))
        errors: list[DomainError] = []
        for order in orders:
            try:
                changes |= apply_status(session, order, to_status, who, why)
            except DomainError as exc:
                errors.append(exc)
        if len(errors) == 1 and len(orders) == 1:
            raise errors[0]
        if errors:
            # All or none: say so, or the user takes the orders not named here for moved.
            head = msg("No order was changed: {failed} of the {selected} selected orders cannot go to '{status}'.",
                       failed=len(errors), selected=len(orders), status=lifecycle.status_label(to_status))
            raise DomainError("\n".join([head, *(str(e) for e in errors)]))
    return changes


def set_payment(session: Session, order_id: int, payment_status: str, who: str) -> Changes:
    return set_payments(session, [order_id], payment_status, who)


def set_payments(session: Session, order_ids: list[int], payment_status: str, who: str) -> Changes:
    """Payment status of one or many orders (the list's "Mark paid"): all in one transaction. A reason the last
    verification gave ("Not paid") is checked again, so the list does not go on showing it."""
    if payment_status not in PAYMENT_STATUSES:
        raise DomainError(msg("Unknown payment status '{payment_status}'.", payment_status=payment_status))
    with session.begin():
        orders = session.scalars(select(Order).where(Order.id.in_(order_ids))
                                 .options(selectinload(Order.lines).selectinload(OrderLine.product))).all()
        if len(orders) != len(set(order_ids)):
            raise NotFound(msg("Some of the selected orders no longer exist."))
        for order in orders:
            old = order.payment_status
            if old == payment_status:
                continue
            order.payment_status = payment_status
            order.updated_at = order.locally_changed_at = utcnow()
            why = msg("Payment: {old_status} -> {new_status}", old_status=old, new_status=payment_status)
            order.events.append(OrderEvent(kind="edit", who=who, why=why))
            refresh_problems(session, order)
    return Changes.of_orders(order_ids)


def add_note(session: Session, order_id: int, text: str, who: str) -> Changes:
    """An entry in the history (a phone call, a promise to the customer)."""
    if not text.strip():
        raise DomainError(msg("The note is empty."))
    with session.begin():
        order = _load(session, order_id)
        order.events.append(OrderEvent(kind="note", who=who, why=text.strip()))
    return Changes.of_orders([order_id])
