"""The sets of orders the Today view counts, as SQL conditions on `Order` (issue 18: "every number is a link into
the list it counts"). One definition serves both sides: the Today figures count with them (_today_queries) and the
Orders list narrows with them (orders.listing's OrderQuery.narrow), so a figure and the list it opens cannot drift
apart. Plain SQLAlchemy expressions, no session; the caller runs them in its own transaction."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import CTE, ColumnElement, and_, case, exists, func, literal, or_, select

from app.models import Invoice, Order, OrderEvent, Shipment
from app.models.base import UTCDateTime
from app.services.orders import lifecycle as lc
from app.services.orders import problems as pr
from app.services.packing.completing import HOLD_TEMPLATE
from app.services.reports._today_days import working_day

BLOCKABLE = tuple(sorted(lc.VERIFIABLE))
ON_HOLD_KIND = "on_hold"  # on hold with no reason written (put on hold from the Orders tab)
HELD_KIND = "held_at_packing"  # the packer's reason (packing.completing.hold_order)
IN_HOUSE = (lc.READY, lc.PACKING, lc.PACKED)


def blocked() -> ColumnElement[bool]:
    """The Orders tab's "problems" filter (orders.listing): on hold, or verification found reasons."""
    return or_(Order.status == lc.ON_HOLD, and_(Order.problems > "", Order.status.in_(BLOCKABLE)))


def _like(template: str) -> str:
    """A LIKE pattern for a stored reason of this template anywhere in the order's lines of reasons."""
    parts = re.split(r"\{\w+\}", template)
    escaped = [p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for p in parts]
    return "%" + "%".join(escaped) + "%"


def reason_matches() -> dict[str, ColumnElement[bool]]:
    """Each known kind of reason (problems.TEMPLATES and the packer's hold) -> its LIKE over Order.problems."""
    known = dict(pr.TEMPLATES)
    known[HELD_KIND] = HOLD_TEMPLATE
    return {kind: Order.problems.like(_like(t), escape="\\") for kind, t in known.items()}


def reason_kinds() -> tuple[str, ...]:
    """Every kind a blocked order is counted under: the known ones, problems.OTHER and ON_HOLD_KIND."""
    return (*reason_matches(), pr.OTHER, ON_HOLD_KIND)


def reason(kind: str) -> ColumnElement[bool]:
    """Among the blocked orders (add `blocked()`), those with a reason of this kind; an order with two reasons is
    in both. OTHER: some reason of no known template and none of a known one; ON_HOLD_KIND: no reason written."""
    matches = reason_matches()
    if kind in matches:
        return matches[kind]
    if kind == pr.OTHER:
        return and_(Order.problems > "", ~or_(*matches.values()))
    if kind == ON_HOLD_KIND:
        return Order.problems == ""
    raise ValueError(f"unknown kind of reason {kind!r}")


def with_carrier(carrier: str) -> ColumnElement[bool]:
    """Its shipment is this carrier's ("": no shipment yet); with status packed: waiting for that courier, as
    _today_queries.packed_per_carrier counts them. An order has at most one shipment (shipment.order_id is unique)."""
    if carrier:
        return exists().where(Shipment.order_id == Order.id, Shipment.carrier == carrier)
    return ~exists().where(Shipment.order_id == Order.id)


def day_bounds(day: date, tz: str) -> tuple[datetime, datetime]:
    """The shop's day as [start, end), timezone-aware."""
    zone = ZoneInfo(tz)
    return datetime.combine(day, time(0), zone), datetime.combine(day + timedelta(days=1), time(0), zone)


def shipped_on(day_start: datetime, day_end: datetime) -> ColumnElement[bool]:
    """Moved to "shipped" that day (its order event) and shipped still. Every move stamps updated_at, so an order
    last changed before the day is not looked at (the status index, then the history of the few left)."""
    return and_(Order.status == lc.SHIPPED, Order.updated_at >= day_start, exists().where(
        OrderEvent.order_id == Order.id, OrderEvent.to_status == lc.SHIPPED, OrderEvent.at >= day_start,
        OrderEvent.at < day_end))


def cut_at(day: date, cutoffs: dict[str, time], tz: str) -> dict[str, datetime]:
    """That day's cut-off moment per carrier; none on a day off (no pickup, nothing promised)."""
    if not working_day(day):
        return {}
    zone = ZoneInfo(tz)
    return {code: datetime.combine(day, t, zone) for code, t in cutoffs.items()}


def _at(value: datetime):
    return literal(value, UTCDateTime())


def dispatch_candidates(day_start: datetime, day_end: datetime, cuts: dict[str, datetime]) -> CTE:
    """The orders the day's dispatch figures look at, with what decides them: columns id, number, carrier ("" with
    no shipment), shipped (1/0), ready_at and cutoff (NULL on a day off).

    The candidates are the orders still in the house (ready, packing, packed: the status index) and those shipped
    that day. An order's cut-off is its shipment's carrier's; one with no shipment yet (or a carrier with no cut-off)
    takes the earliest of the day. Its ready moment is its last move to "ready" (its creation when its history has
    none); the history is read only for orders changed since the earliest cut-off."""
    last_ready = func.coalesce(
        select(func.max(OrderEvent.at)).where(OrderEvent.order_id == Order.id, OrderEvent.to_status == lc.READY)
        .scalar_subquery(), Order.created_at)
    carrier = func.coalesce(Shipment.carrier, "")
    if cuts:
        earliest = min(cuts.values())
        cutoff = case(*((Shipment.carrier == code, _at(at)) for code, at in cuts.items()), else_=_at(earliest))
        # Every move stamps updated_at, so an order last changed before the earliest cut-off was readied before it:
        # its history is read only when it was touched since (a look per order in the house cost 50-100 ms).
        ready_at = case((Order.updated_at < _at(earliest), Order.updated_at), else_=last_ready)
    else:
        cutoff = literal(None, UTCDateTime())
        ready_at = literal(None, UTCDateTime())
    shipped = Order.status == lc.SHIPPED
    return (select(Order.id.label("id"), Order.number.label("number"), carrier.label("carrier"),
                   case((shipped, 1), else_=0).label("shipped"), ready_at.label("ready_at"),
                   cutoff.label("cutoff"))
            .select_from(Order).outerjoin(Shipment, Shipment.order_id == Order.id)
            .where(or_(Order.status.in_(IN_HOUSE), shipped_on(day_start, day_end)))
            # Worked out once per order: a plain subquery is flattened and its ready moment read again for every
            # sum that names it (four times).
            .cte("today_candidates").prefix_with("MATERIALIZED"))


def promised(cand: CTE) -> ColumnElement[bool]:
    """Of the candidates, promised that day: readied before its cut-off (and not shipped before the day)."""
    return and_(cand.c.cutoff.is_not(None), cand.c.ready_at < cand.c.cutoff)


def late(cand: CTE, now: datetime) -> ColumnElement[bool]:
    """Promised, still in the house, and its cut-off has passed at `now`."""
    return and_(promised(cand), cand.c.shipped == 0, cand.c.cutoff <= _at(now))


def invoice_missing(invoice_all: bool) -> ColumnElement[bool]:
    """Shipped and still in transit (status shipped), an invoice wanted (a NIP, or every order when the shop says
    so) and no VAT invoice issued."""
    wanted = [] if invoice_all else [Order.buyer_nip > ""]
    return and_(Order.status == lc.SHIPPED, *wanted,
                ~exists().where(Invoice.order_id == Order.id, Invoice.kind == "VAT"))


def cod_unpaid() -> ColumnElement[bool]:
    """Cash on delivery on its way: shipped (not delivered), paid by COD and not marked paid."""
    return and_(Order.status == lc.SHIPPED, Order.payment_method == "cod", Order.payment_status != "paid")


def parse_cutoffs(text: str) -> dict[str, time]:
    """'dpd=15:00,inpost=09:30' (as format_cutoffs writes it) -> {carrier: time}."""
    found: dict[str, time] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        code, _, at = part.partition("=")
        found[code.strip()] = time.fromisoformat(at.strip())
    return found


def format_cutoffs(cutoffs: dict[str, time]) -> str:
    """The cut-offs a dispatch figure counted with, carried by its link (see parse_cutoffs)."""
    return ",".join(f"{code}={t.strftime('%H:%M')}" for code, t in sorted(cutoffs.items()))
