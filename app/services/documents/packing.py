"""What the packing documents print, read from the shop: a packing slip's order, a pick list's batch of orders.

Read-only use cases (nothing is written, so the CLI runs them on a file opened read-only); they return the
plain data of app.printing.packing_slip and app.printing.picklist. Orders are named as printed or scanned: our
number, else the shop's number (with or without '#').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.config import SHOP_TZ_DEFAULT
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import Order, OrderLine, ShippingSettings
from app.printing.packing_slip import PackingSlipData, SlipLine

# Orders whose goods were never or are no longer to be taken from the shelves.
NOT_PICKABLE = frozenset({"cancelled", "shipped", "delivered", "returned"})


def _find_orders(session: Session, numbers: Sequence[str]) -> list[Order]:
    """The orders in the order they were named (each once), lines and products loaded; NotFound names the unknown."""
    wanted = list(dict.fromkeys(n.strip() for n in numbers if n.strip()))
    if not wanted:
        raise DomainError(msg("No order numbers were given."))
    load = (selectinload(Order.lines).selectinload(OrderLine.product), selectinload(Order.shipping_address))
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


def _shop_name(session: Session) -> str:
    row = session.get(ShippingSettings, 1)  # read, never made here: the file may be open read-only
    return (row.sender_company or row.sender_name) if row is not None else ""


def packing_slip_data(session: Session, order_number: str, tz: ZoneInfo | None = None) -> PackingSlipData:
    """One order's packing slip: its lines in their order, the receiver, the customer's note."""
    zone = tz or ZoneInfo(SHOP_TZ_DEFAULT)
    with session.begin():
        [order] = _find_orders(session, [order_number])
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
