"""Opening an order at the station: claim it, then read what the station shows (the lines to scan, the order's
note, the carrier and the parcel it suggests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import NotFound
from app.core.messages import msg
from app.models import Order, OrderLine, Product, Shipment
from app.services.packing.claims import claim
from app.services.packing.parcel import suggest_size, suggest_weight
from app.services.packing.reading import pack_lines
from app.services.packing.scan import PackLine
from app.services.shipping.carriers import CARRIERS, match_method
from app.services.shipping.settings import read_settings


@dataclass(frozen=True)
class StationOrder:
    order_id: int
    number: str
    customer: str
    shipping_method: str
    carrier_name: str  # "" when no rule matches the shipping method
    sizes: tuple[str, ...]  # the carrier's parcel sizes, () when it has none
    size: str  # suggested
    weight: Decimal | None  # suggested (the goods and the packaging), None when unknown
    customer_note: str
    internal_note: str
    priority: bool
    has_shipment: bool
    lines: tuple[PackLine, ...]
    claimed_at: datetime


def open_order(session: Session, order_id: int, station: str, who: str, *, take_over: bool = False) -> StationOrder:
    """Claim the order for this station (ClaimedElsewhere names who has it) and read it for packing."""
    held = claim(session, order_id, station, who, take_over=take_over)
    lines = pack_lines(session, order_id)
    with session.begin():
        order = session.get(Order, order_id)
        if order is None:
            raise NotFound(msg("Order {id} does not exist.", id=order_id))
        shipment = session.execute(select(Shipment.carrier, Shipment.id).where(Shipment.order_id == order_id)).first()
        code = shipment[0] if shipment else (match_method(session, order.shipping_method) or ("",))[0]
        info = CARRIERS.get(code)
        sizes = info.sizes if info else ()
        goods = session.execute(
            select(Product.length_mm, Product.width_mm, Product.height_mm, Product.weight_g, OrderLine.quantity)
            .outerjoin(Product, Product.id == OrderLine.product_id).where(OrderLine.order_id == order_id)).all()
        dims = [((length, width, height) if length and width and height else None, qty)
                for length, width, height, _g, qty in goods]
        default_size = read_settings(session).default_size
        return StationOrder(
            order.id, order.number, order.customer_name, order.shipping_method, info.name if info else "", sizes,
            suggest_size(sizes, dims, default_size), suggest_weight([(g, q) for *_d, g, q in goods]),
            order.customer_note or "", order.internal_note or "", bool(order.priority), shipment is not None,
            lines, held.claimed_at)
