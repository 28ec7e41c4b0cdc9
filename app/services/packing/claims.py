"""Which station packs an order: a claim is taken with one atomic statement, so two stations never pack the same
order.

The claim is an upsert into `pack_claim` (primary key: the order), conditional twice over: the row is only
written for an order that may be packed (ready, or packing), and an existing claim is only overwritten when it is
this station's own (a refresh), stale (older than the shop's `stale_claim_minutes`) or taken over explicitly
(after the station asked its packer). SQLite and PostgreSQL both run `INSERT ... SELECT ... ON CONFLICT DO UPDATE
... WHERE` as one statement under the table's write lock, so of two stations racing for one order exactly one
writes the row; nothing is read before the write. The loser gets `ClaimedElsewhere` naming who has it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, literal, or_, select
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import Order, PackClaim, PackingSettings
from app.models.base import utcnow
from app.services.orders import lifecycle
from app.services.orders.status import apply_status

DEFAULT_STALE_MINUTES = 15
# Statuses an order may be claimed in.
CLAIMABLE = frozenset({lifecycle.READY, lifecycle.PACKING})


@dataclass(frozen=True)
class Claim:
    order_id: int
    number: str
    station: str
    who: str
    claimed_at: datetime
    changes: Changes


class ClaimedElsewhere(DomainError):
    """Another station has the order. `stale` says its claim may be taken over (after asking the packer)."""

    def __init__(self, number: str, station: str, who: str, claimed_at: datetime, stale: bool) -> None:
        self.number, self.station, self.who, self.claimed_at, self.stale = number, station, who, claimed_at, stale
        since = claimed_at.astimezone(ZoneInfo(SHOP_TZ_DEFAULT)).strftime("%H:%M")
        super().__init__(msg("Order {number} is being packed by {who} at station {station} (since {since}).",
                             number=number, who=who or "?", station=station, since=since))


def stale_minutes(session: Session) -> int:
    value = session.scalar(select(PackingSettings.stale_claim_minutes).where(PackingSettings.id == 1))
    return DEFAULT_STALE_MINUTES if value is None else value


def _upsert(session: Session):
    name = session.get_bind().dialect.name
    if name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    elif name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:  # pragma: no cover - the shop runs on SQLite or PostgreSQL
        raise RuntimeError(f"claims need an upsert; {name} is not supported")
    return insert


def _take(session: Session, order_id: int, station: str, who: str, now: datetime, *, take_over: bool) -> bool:
    """The one statement: True when this station now holds the claim."""
    insert = _upsert(session)
    table = PackClaim.__table__
    source = select(Order.id, literal(station), literal(who), literal(now, PackClaim.claimed_at.type)).where(
        Order.id == order_id, Order.status.in_(CLAIMABLE))
    stmt = insert(table).from_select(["order_id", "station", "who", "claimed_at"], source)
    if take_over:
        condition = None
    else:
        stale_before = now - timedelta(minutes=stale_minutes(session))
        condition = or_(table.c.station == station, table.c.claimed_at < stale_before)
    stmt = stmt.on_conflict_do_update(index_elements=[table.c.order_id],
                                      set_={"station": station, "who": who, "claimed_at": now}, where=condition)
    return session.execute(stmt).rowcount == 1


def claim(session: Session, order_id: int, station: str, who: str, *, take_over: bool = False,
          now: datetime | None = None) -> Claim:
    """Claim an order for this station (the station's first scan), or refresh this station's claim; the order moves
    to packing. `take_over` takes another station's claim however fresh (the packer confirmed that station is gone).
    Raises ClaimedElsewhere naming the holder, or DomainError when the order may not be packed."""
    now = now or utcnow()
    with session.begin():
        won = _take(session, order_id, station, who, now, take_over=take_over)
        order = session.get(Order, order_id)
        if order is None:
            raise NotFound(msg("Order {id} does not exist.", id=order_id))
        if not won:
            holder = session.get(PackClaim, order_id)
            if holder is None or order.status not in CLAIMABLE:
                raise DomainError(msg("Order {number} cannot be packed: it is {status}.", number=order.number,
                                      status=lifecycle.status_label(order.status).lower()))
            stale = holder.claimed_at < now - timedelta(minutes=stale_minutes(session))
            raise ClaimedElsewhere(order.number, holder.station, holder.who, holder.claimed_at, stale)
        changes = Changes.of_orders([order_id])
        if order.status == lifecycle.READY:
            changes |= apply_status(session, order, lifecycle.PACKING, who,
                                    msg("Packing started at station {station}", station=station))
        number = order.number
    return Claim(order_id, number, station, who, now, changes)


def release(session: Session, order_id: int, station: str, who: str) -> Changes:
    """The station lets the order go (closed without packing it): the claim goes and the order is ready again.
    A claim another station holds is left alone."""
    with session.begin():
        gone = session.execute(delete(PackClaim).where(PackClaim.order_id == order_id,
                                                       PackClaim.station == station)).rowcount
        order = session.get(Order, order_id)
        if order is None:
            raise NotFound(msg("Order {id} does not exist.", id=order_id))
        changes = Changes.of_orders([order_id])
        if gone and order.status == lifecycle.PACKING:
            changes |= apply_status(session, order, lifecycle.READY, who,
                                    msg("Packing stopped at station {station}", station=station))
    return changes


def holder(session: Session, order_id: int) -> tuple[str, str, datetime] | None:
    """(station, who, since) of the order's claim, or None."""
    with session.begin():
        row = session.execute(select(PackClaim.station, PackClaim.who, PackClaim.claimed_at)
                              .where(PackClaim.order_id == order_id)).first()
    return None if row is None else (row[0], row[1], row[2])
