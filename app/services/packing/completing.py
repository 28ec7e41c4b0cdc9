"""Ending an order at the station: packed (every line scanned, or the owner's PIN and a reason), or on hold.

`pack_order` marks the order packed through the orders lifecycle and writes its pack log row in one transaction;
`hold_order` puts it on hold with the packer's reason, shown in the Orders tab's problems filter, its stock
reservations kept (the items are still meant for it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import Order, OrderEvent, PackClaim, PackLogEntry
from app.models.base import utcnow
from app.services.orders import lifecycle
from app.services.orders.status import apply_status
from app.services.packing.claims import ClaimedElsewhere
from app.services.packing.pin import check_owner_pin
from app.services.packing.scan import PackState

PACKABLE = frozenset({lifecycle.READY, lifecycle.PACKING})
HOLDABLE = frozenset({lifecycle.READY, lifecycle.PACKING, lifecycle.PACKED})
# The reasons a station offers on two keys; any other text may be typed.
HOLD_REASONS: tuple[str, ...] = (
    msg("Item missing on the shelf"),
    msg("Item damaged"),
    msg("Wrong item on the shelf"),
    msg("Customer asked to wait"),
)
HOLD_TEMPLATE = msg("Held at packing: {reason}")
MAX_WEIGHT = Decimal(1000)


@dataclass(frozen=True)
class Override:
    """Packing an incomplete order: the owner's PIN and why."""

    pin: str
    why: str


@dataclass(frozen=True)
class Packed:
    order_id: int
    number: str
    log_id: int
    seconds: int
    wrong_scans: int
    overridden: bool
    changes: Changes


def _load(session: Session, order_id: int) -> Order:
    order = session.scalar(select(Order).where(Order.id == order_id).options(selectinload(Order.lines)))
    if order is None:
        raise NotFound(msg("Order {id} does not exist.", id=order_id))
    return order


def _check_claim(session: Session, order: Order, station: str) -> None:
    held = session.get(PackClaim, order.id)
    if held is not None and held.station != station:
        raise ClaimedElsewhere(order.number, held.station, held.who, held.claimed_at, stale=False)


def _missing(order: Order, scans: PackState) -> list[str]:
    """What is not scanned, as "SKU: scanned of ordered"; DomainError when the scans are of other lines."""
    lines = order.lines
    if len(lines) != len(scans.lines) or any(
            line.product_id != got.product_id or line.quantity != got.ordered for line, got in zip(lines, scans.lines)):
        raise DomainError(msg("Order {number} changed while it was being packed; open it again and scan its lines.",
                              number=order.number))
    return [msg("{sku}: {scanned} of {ordered}", sku=got.sku or got.name, scanned=got.scanned, ordered=got.ordered)
            for got in scans.lines if not got.complete]


def pack_order(session: Session, order_id: int, station: str, who: str, weight: Decimal | None, size: str,
               started_at: datetime, scans: PackState, *, override: Override | None = None,
               now: datetime | None = None) -> Packed:
    """Mark the order packed and log it (who, station, when, seconds taken, wrong scans caught). Every line must
    be scanned; an incomplete order needs `override` with the owner's PIN and a reason, written to its history."""
    now = now or utcnow()
    if weight is not None and not Decimal(0) < weight <= MAX_WEIGHT:
        raise DomainError(msg("The weight must be above 0 and at most {max} kg.", max=MAX_WEIGHT))
    with session.begin():
        order = _load(session, order_id)
        if order.status not in PACKABLE:
            raise DomainError(msg("Order {number} cannot be packed: it is {status}.", number=order.number,
                                  status=lifecycle.status_label(order.status).lower()))
        _check_claim(session, order, station)
        missing = _missing(order, scans)
        why = ""
        if missing:
            if override is None:
                raise DomainError(msg("Order {number} is not complete ({missing}): scan every item, or pack it with "
                                      "the owner's PIN.", number=order.number, missing="; ".join(missing)))
            why = override.why.strip()
            if not why:
                raise DomainError(msg("Say why the order is packed incomplete."))
            if not check_owner_pin(session, override.pin):
                raise DomainError(msg("The owner's PIN is wrong; the order was not packed."))
            order.events.append(OrderEvent(kind="override", who=who, why=msg(
                "Packed incomplete with the owner's PIN at station {station}: {why} (not scanned: {missing})",
                station=station, why=why, missing="; ".join(missing))))
        seconds = max(int((now - started_at).total_seconds()), 0)
        changes = apply_status(session, order, lifecycle.PACKED, who,
                               msg("Packed at station {station} in {seconds} s", station=station, seconds=seconds))
        session.execute(delete(PackClaim).where(PackClaim.order_id == order.id))
        entry = PackLogEntry(order_id=order.id, station=station, who=who, started_at=started_at, packed_at=now,
                             seconds=seconds, units=scans.units, wrong_scans=scans.wrong_scans, weight=weight,
                             size=size, overridden=bool(missing), override_why=why)
        session.add(entry)
        session.flush()
        result = Packed(order.id, order.number, entry.id, seconds, scans.wrong_scans, bool(missing),
                        changes | Changes.of_orders([order.id]))
    return result


def hold_order(session: Session, order_id: int, reason: str, who: str, station: str = "") -> Changes:
    """On hold with the packer's reason (shown as the order's problem); its reservations stay; its claim goes."""
    reason = reason.strip()
    if not reason:
        raise DomainError(msg("Say why the order is put on hold."))
    with session.begin():
        order = _load(session, order_id)
        if order.status not in HOLDABLE:
            raise DomainError(msg("Order {number} cannot be put on hold at packing: it is {status}.",
                                  number=order.number, status=lifecycle.status_label(order.status).lower()))
        if station:
            _check_claim(session, order, station)
        lifecycle.check_transition(order.number, order.status, lifecycle.ON_HOLD)
        # Not through apply_status: that releases the reservation on hold, and the items are still this order's.
        order.events.append(OrderEvent(kind="status", from_status=order.status, to_status=lifecycle.ON_HOLD, who=who,
                                       why=msg(HOLD_TEMPLATE, reason=reason)))
        order.status = lifecycle.ON_HOLD
        order.problems = msg(HOLD_TEMPLATE, reason=reason)
        order.updated_at = order.locally_changed_at = utcnow()
        session.execute(delete(PackClaim).where(PackClaim.order_id == order.id))
    return Changes.of_orders([order_id])
