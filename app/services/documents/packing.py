"""What the packing documents print, read from the shop: a packing slip's order, a pick list's batch of orders.

Read-only use cases (nothing is written, so the CLI runs them on a file opened read-only); they return the
plain data of app.printing.packing_slip and app.printing.picklist. Orders are named as printed or scanned: our
number, else the shop's number (with or without '#'). The print path (documents.render) reads the same data by
order id, in its own transaction: read_packing_slip and read_picklist.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.config import SHOP_TZ_DEFAULT
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import Order, OrderLine, ShippingSettings
from app.printing.packing_slip import PackingSlipData, SlipLine
from app.printing.picklist import PickLine, PicklistData, PickOrder

# Orders whose goods were never or are no longer to be taken from the shelves.
NOT_PICKABLE = frozenset({"cancelled", "shipped", "delivered", "returned"})


def _load() -> tuple:
    """What a packing document reads of an order: its lines with their products, its shipping address."""
    return selectinload(Order.lines).selectinload(OrderLine.product), selectinload(Order.shipping_address)


def _find_orders(session: Session, numbers: Sequence[str]) -> list[Order]:
    """The orders in the order they were named (each once), lines and products loaded; NotFound names the unknown."""
    wanted = list(dict.fromkeys(n.strip() for n in numbers if n.strip()))
    if not wanted:
        raise DomainError(msg("No order numbers were given."))
    load = _load()
    found = {o.number: o for o in session.scalars(select(Order).where(Order.number.in_(wanted)).options(*load))}
    rest = [n for n in wanted if n not in found]
    if rest:
        by_shop = {o.external_number: o for o in session.scalars(
            select(Order).where(Order.external_number.in_([n.lstrip("#") for n in rest])).options(*load))}
        for n in rest:
            if n.lstrip("#") in by_shop:
                found[n] = by_shop[n.lstrip("#")]
    unknown = [n for n in wanted if n not in found]
    if len(unknown) == 1:
        raise NotFound(msg("No order with the number '{number}'.", number=unknown[0]))
    if unknown:
        raise NotFound(msg("No orders with the numbers {numbers}.", numbers=", ".join(unknown)))
    orders = list(dict.fromkeys(found[n] for n in wanted))  # our number and the shop's may name one order
    return orders


def _orders_by_id(session: Session, order_ids: Sequence[int]) -> list[Order]:
    """The orders in the order given (each once), loaded as _find_orders loads them (the print path names orders
    by id)."""
    wanted = list(dict.fromkeys(order_ids))
    if not wanted:
        raise DomainError(msg("No order numbers were given."))
    found = {o.id: o for o in session.scalars(select(Order).where(Order.id.in_(wanted)).options(*_load()))}
    if len(found) != len(wanted):
        raise NotFound(msg("Some of the selected orders no longer exist."))
    return [found[i] for i in wanted]


def _shop_name(session: Session) -> str:
    row = session.get(ShippingSettings, 1)  # read, never made here: the file may be open read-only
    return (row.sender_company or row.sender_name) if row is not None else ""


def packing_slip_data(session: Session, order_number: str, tz: ZoneInfo | None = None) -> PackingSlipData:
    """One order's packing slip: its lines in their order, the receiver, the customer's note."""
    with session.begin():
        [order] = _find_orders(session, [order_number])
        return _slip(session, order, tz)


def read_packing_slip(session: Session, order_id: int, tz: ZoneInfo | None = None) -> PackingSlipData:
    """packing_slip_data of the order with this id, in the caller's transaction (a print request reads all its
    documents in one)."""
    [order] = _orders_by_id(session, [order_id])
    return _slip(session, order, tz)


def _slip(session: Session, order: Order, tz: ZoneInfo | None) -> PackingSlipData:
    zone = tz or ZoneInfo(SHOP_TZ_DEFAULT)
    if order.status == "cancelled":
        raise DomainError(msg("Order {number} is cancelled: it has no packing slip.", number=order.number))
    a = order.shipping_address
    ship_to: tuple[str, ...] = ()
    name = order.customer_name
    if a is not None:
        name = a.name or name
        ship_to = tuple(x for x in (a.company or "", a.street, f"{a.postal_code} {a.city}".strip(),
                                    "" if a.country.upper() == "PL" else a.country.upper()) if x)
    lines = tuple(SlipLine(line.sku, line.name, line.quantity, line.ean or (line.product.ean if line.product else "")
                           or "") for line in order.lines)
    return PackingSlipData(
        order_number=order.number, lines=lines, customer_name=name, ship_to=ship_to,
        shipping_method=order.shipping_method, customer_note=order.customer_note or "",
        external_number=order.external_number or "", order_day=order.created_at.astimezone(zone).date(),
        shop=_shop_name(session))


def bin_key(location: str) -> tuple:
    """Shelf order: 'A-2-1' before 'A-10-1' (numbers compared as numbers); no location last."""
    text = location.strip().upper()
    parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.findall(r"\d+|[^\d\W]+", text))
    return (not text, parts)


def picklist_data(session: Session, order_numbers: Sequence[str], tz: ZoneInfo | None = None) -> PicklistData:
    """A batch's pick list: one line per product (or per SKU for lines without a product), its total and orders,
    in bin order. Orders already shipped, returned or cancelled are refused, naming them."""
    with session.begin():
        return _picklist(_find_orders(session, order_numbers), tz)


def read_picklist(session: Session, order_ids: Sequence[int], tz: ZoneInfo | None = None) -> PicklistData:
    """picklist_data of the orders with these ids, in the caller's transaction (the print path)."""
    return _picklist(_orders_by_id(session, order_ids), tz)


def _picklist(orders: list[Order], tz: ZoneInfo | None) -> PicklistData:
    zone = tz or ZoneInfo(SHOP_TZ_DEFAULT)
    refused = [o.number for o in orders if o.status in NOT_PICKABLE]
    if refused:
        raise DomainError(msg("Nothing to pick for {numbers}: shipped, returned or cancelled.",
                              numbers=", ".join(refused)))
    picks: dict[tuple, dict] = {}
    for order in orders:
        for line in order.lines:
            p = line.product
            key = ("product", p.id) if p is not None else ("sku", line.sku or line.name)
            pick = picks.setdefault(key, {"location": p.location if p is not None else "",
                                          "sku": p.sku if p is not None else line.sku,
                                          "name": p.name if p is not None else line.name,
                                          "ean": (p.ean if p is not None else line.ean) or line.ean or "",
                                          "orders": {}})
            pick["orders"][order.number] = pick["orders"].get(order.number, 0) + line.quantity
    if not picks:
        raise DomainError(msg("The orders {numbers} have no lines: there is nothing to pick.",
                              numbers=", ".join(o.number for o in orders)))
    lines = sorted((PickLine(p["location"] or "", p["sku"], p["name"], sum(p["orders"].values()),
                             tuple(p["orders"].items()), p["ean"]) for p in picks.values()),
                   key=lambda x: (bin_key(x.location), x.sku, x.name))
    return PicklistData(
        orders=tuple(PickOrder(o.number, o.customer_name, sum(line.quantity for line in o.lines),
                               o.shipping_method) for o in orders),
        lines=tuple(lines), made_at=datetime.now(UTC).astimezone(zone))
