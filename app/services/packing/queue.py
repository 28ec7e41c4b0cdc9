"""The station's queue: the orders ready to pack, priority first, then oldest; and which order a scanned code opens.

The carrier of an order that has no shipment yet is guessed from its shipping-method text by the shop's mapping
rules, once per distinct text (a queue of a thousand orders has a handful of methods).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import Order, PackClaim, Parcel, Shipment
from app.services.packing.claims import CLAIMABLE
from app.services.shipping.carriers import CARRIERS, match_method

MAX_QUEUE = 2000


@dataclass(frozen=True)
class QueueEntry:
    order_id: int
    number: str
    created_at: datetime
    priority: bool
    customer: str
    carrier: str  # code, "" when no rule matches
    carrier_name: str
    items: int
    status: str
    station: str  # the station that has claimed it, "" when none
    who: str


def _carrier_of(session: Session, shipment_carrier: str | None, method: str, cache: dict[str, str]) -> str:
    if shipment_carrier:
        return shipment_carrier
    if method not in cache:
        guessed = match_method(session, method)
        cache[method] = guessed[0] if guessed else ""
    return cache[method]


def pack_queue(session: Session, carrier: str | None = None, limit: int = MAX_QUEUE) -> list[QueueEntry]:
    """Orders ready to pack (and those being packed, with who has them): priority first, then the oldest.
    `carrier` keeps one carrier's orders ("" keeps those no rule matches)."""
    with session.begin():
        rows = session.execute(
            select(Order.id, Order.number, Order.created_at, Order.priority, Order.customer_name,
                   Order.shipping_method, Order.items_count, Order.status, Shipment.carrier, PackClaim.station,
                   PackClaim.who)
            .outerjoin(Shipment, Shipment.order_id == Order.id)
            .outerjoin(PackClaim, PackClaim.order_id == Order.id)
            .where(Order.status.in_(CLAIMABLE))
            .order_by(Order.priority.desc(), Order.created_at, Order.id)).all()
        cache: dict[str, str] = {}
        out: list[QueueEntry] = []
        for oid, number, created, prio, customer, method, items, status, ship_carrier, station, who in rows:
            code = _carrier_of(session, ship_carrier, method or "", cache)
            if carrier is not None and code != carrier:
                continue
            info = CARRIERS.get(code)
            out.append(QueueEntry(oid, number, created, bool(prio), customer, code, info.name if info else "",
                                  items or 0, status, station or "", who or ""))
            if len(out) >= limit:
                break
    return out


def find_order(session: Session, code: str) -> int | None:
    """The order a scan names: its number (as on the packing slip's barcode, any case), its shop's own number, or a
    tracking number of one of its parcels."""
    code = code.strip()
    if not code:
        return None
    with session.begin():
        found = session.scalar(select(Order.id).where(or_(Order.number == code,
                                                          func.upper(Order.number) == code.upper())).limit(1))
        if found is None:
            found = session.scalar(select(Order.id).where(Order.external_number == code).limit(1))
        if found is None:
            found = session.scalar(select(Order.id).where(Order.tracking_number == code.upper()).limit(1))
        if found is None:
            found = session.scalar(select(Shipment.order_id).join(Parcel, Parcel.shipment_id == Shipment.id)
                                   .where(Parcel.tracking_number == code.upper()).limit(1))
    return found
