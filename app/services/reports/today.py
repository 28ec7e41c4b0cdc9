"""The Today view's figures (issue 18): what needs doing this morning, during the day and before the evening.

`today_figures` answers in one read transaction of a handful of aggregate queries (each over an index: the order's
status, a complaint's (status, due_on), the follow-up index, the KSeF queue index), so the view can be read again on
every change and on a timer. Nothing here walks rows in Python; the only rows read are the late orders listed (at
most LATE_LISTED).

Every number comes with the `ListFilter` of the list it counts, so the Today tab opens that list already filtered.
Where a tab has no such filter yet, the filter names the one it needs in `missing` (the tab's service adds it
later); the count is what that filter will list.

Words used here:
- The shop's day: `now` in the shop's time zone; a working day is Monday to Friday and not a Polish public holiday
  (the `holidays` package). "Since the last working day": from the start of the last working day before today.
- Promised today: on a working day, every order ready to pack (its last move to "ready": paid, or cash on delivery,
  and verified) before today's cut-off of its carrier and not shipped before today. Shipped today or still in the
  house (ready, packing, packed); still in the house after its cut-off, it is late. An order readied after the
  cut-off is promised for the next working day; on a day off nothing is promised (no pickup).
- Shipped today: moved to "shipped" today (its order event) and shipped still.
- An invoice is wanted for an order with the buyer's NIP (what issuing takes as a B2B buyer), or for every order
  when `invoice_all` says so (the shop's setting the lead adds). Shipped without one: among the orders shipped and
  still in transit (status shipped), not the delivered ones (see _today_queries.shipped_without_invoice).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.services.reports import _today_queries as q
from app.services.reports._today_days import last_working_day_before, working_day
from app.services.reports.links import ListFilter
from app.services.reports.order_sets import format_cutoffs

UNPAID_DAYS = 3  # an order awaiting payment longer than this is "unpaid too long" (a setting: see the module)
DEFAULT_CUTOFF = time(15, 0)  # a carrier's cut-off when the shop has set none (a setting)
LATE_LISTED = 50  # late orders named in the figures; the count says how many in all



@dataclass(frozen=True)
class Figure:
    count: int
    filter: ListFilter


@dataclass(frozen=True)
class ReasonCount:
    """Blocked orders with one kind of reason (orders.problems kinds, plus ON_HOLD_KIND and HELD_KIND)."""

    kind: str
    count: int
    filter: ListFilter


@dataclass(frozen=True)
class CarrierCount:
    carrier: str  # a carrier code; "" for packed orders with no shipment yet
    count: int
    filter: ListFilter


@dataclass(frozen=True)
class Cutoff:
    carrier: str
    at: datetime  # today's cut-off, timezone-aware (the shop's zone)
    minutes_left: int  # from `now`; negative once it has passed


@dataclass(frozen=True)
class LateOrder:
    id: int
    number: str
    carrier: str  # "" when the order has no shipment yet


@dataclass(frozen=True)
class Morning:
    since: date  # the last working day: new orders are counted from its start
    new_orders: Figure
    unpaid_too_long: Figure  # awaiting payment, created on or before `today - unpaid_days - 1`
    blocked: Figure  # the Orders tab's "problems" filter
    blocked_reasons: tuple[ReasonCount, ...]  # an order with two reasons counts under both
    out_of_stock: Figure  # active, available <= 0 (the Stock tab's "out")
    low_stock: Figure  # active, available <= reorder point (the Stock tab's "low": the out ones too)
    complaints_due_soon: Figure  # open, due today or within 3 days
    complaints_overdue: Figure
    follow_ups_today: Figure
    follow_ups_overdue: Figure
    ksef_queued: Figure  # waiting to be sent
    ksef_awaiting: Figure  # sent, KSeF's answer not in yet
    ksef_rejected: Figure  # to correct and send again


@dataclass(frozen=True)
class Day:
    ready_to_pack: Figure  # ready or being packed (the Orders tab's "ready")
    packed_waiting: tuple[CarrierCount, ...]  # packed, waiting for the courier, per carrier (most first)
    cutoffs: tuple[Cutoff, ...]  # today's cut-offs, earliest first; empty on a day off


@dataclass(frozen=True)
class Evening:
    shipped_today: Figure
    promised_today: Figure
    promised_shipped: Figure  # of the promised ones, shipped today
    late: Figure  # promised, still in the house, past the carrier's cut-off
    late_orders: tuple[LateOrder, ...]  # the late ones, oldest number first, at most LATE_LISTED
    manifests_unconfirmed: Figure
    shipped_without_invoice: Figure  # shipped, still in transit, invoice wanted, none issued
    cod_expected: Decimal  # cash on delivery of orders shipped, not yet delivered nor paid
    cod_orders: Figure


@dataclass(frozen=True)
class TodayFigures:
    now: datetime
    today: date  # the shop's day
    working_day: bool
    morning: Morning
    day: Day
    evening: Evening


def _orders(view: str, missing: str = "", **params: str) -> ListFilter:
    return ListFilter("orders", view, tuple(params.items()), missing)


def today_figures(session: Session, *, now: datetime, unpaid_days: int = UNPAID_DAYS,
                  cutoffs: dict[str, time] | None = None, last_working_day: date | None = None,
                  invoice_all: bool = False, tz: str = SHOP_TZ_DEFAULT) -> TodayFigures:
    """Every figure of the Today view at `now` (timezone-aware), in one read transaction.

    unpaid_days, cutoffs (carrier code -> the shop's local time; None: DEFAULT_CUTOFF for every active carrier)
    and invoice_all are the shop's settings, passed in until they live in the database; last_working_day is worked
    out from the calendar when not given."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    zone = ZoneInfo(tz)
    local = now.astimezone(zone)
    today = local.date()
    is_working = working_day(today)
    since = last_working_day if last_working_day is not None else last_working_day_before(today)
    since_start = datetime.combine(since, time(0), zone)
    day_start = datetime.combine(today, time(0), zone)
    day_end = datetime.combine(today + timedelta(days=1), time(0), zone)
    unpaid_to = today - timedelta(days=unpaid_days + 1)  # waiting more than unpaid_days whole days
    unpaid_before = datetime.combine(unpaid_to + timedelta(days=1), time(0), zone)
    with session.begin():
        if cutoffs is None:
            cutoffs = dict.fromkeys(q.active_carriers(session), DEFAULT_CUTOFF)
        cut_at = {code: datetime.combine(today, t, zone) for code, t in cutoffs.items()} if is_working else {}
        orders = q.order_counts(session, since_start=since_start, unpaid_before=unpaid_before)
        reasons = q.blocked_reasons(session)
        stock = q.stock_counts(session)
        complaints = q.complaint_counts(session, today)
        follow = q.follow_up_counts(session, today)
        ksef = q.ksef_counts(session)
        packed = q.packed_per_carrier(session)
        dispatch = q.dispatch(session, day_start=day_start, day_end=day_end, now=now, cut_at=cut_at,
                              late_listed=LATE_LISTED)
        manifests = q.unconfirmed_manifests(session)
        uninvoiced = q.shipped_without_invoice(session, invoice_all=invoice_all)
        cod_count, cod_sum = q.cod_expected(session)
    iso = today.isoformat()
    cuts = format_cutoffs(cutoffs)  # the list a dispatch figure opens counts with the same cut-offs
    morning = Morning(
        since=since,
        new_orders=Figure(orders.new, _orders("all", date_from=since.isoformat())),
        unpaid_too_long=Figure(orders.unpaid, _orders("awaiting_payment", date_to=unpaid_to.isoformat())),
        blocked=Figure(orders.blocked, _orders("problems")),
        blocked_reasons=tuple(ReasonCount(kind, n, _orders("problems", problem_kind=kind))
                              for kind, n in reasons if n),
        out_of_stock=Figure(stock[0], ListFilter("stock", "out")),
        low_stock=Figure(stock[1], ListFilter("stock", "low")),
        complaints_due_soon=Figure(complaints[0], ListFilter("complaints", "due_soon")),
        complaints_overdue=Figure(complaints[1], ListFilter("complaints", "overdue")),
        follow_ups_today=Figure(follow[0], ListFilter("customers", "follow_ups", (("follow_up_view", "today"),))),
        follow_ups_overdue=Figure(follow[1], ListFilter("customers", "follow_ups",
                                                        (("follow_up_view", "overdue"),))),
        ksef_queued=Figure(ksef[0], ListFilter("invoicing", "all", (("ksef_status", "queued"),))),
        ksef_awaiting=Figure(ksef[1], ListFilter("invoicing", "all", (("ksef_status", "sent"),))),
        ksef_rejected=Figure(ksef[2], ListFilter("invoicing", "all", (("ksef_status", "rejected"),))),
    )
    day = Day(
        ready_to_pack=Figure(orders.ready, _orders("ready")),
        packed_waiting=tuple(CarrierCount(code, n, _orders("packed", carrier=code)) for code, n in packed),
        cutoffs=tuple(sorted((Cutoff(code, at, _minutes(at - now)) for code, at in cut_at.items()),
                             key=lambda c: (c.at, c.carrier))),
    )
    evening = Evening(
        shipped_today=Figure(dispatch.shipped, _orders("shipped", shipped_on=iso)),
        promised_today=Figure(dispatch.promised, _orders("all", promised_on=iso, cutoffs=cuts)),
        promised_shipped=Figure(dispatch.promised_shipped, _orders("shipped", promised_on=iso, cutoffs=cuts)),
        late=Figure(dispatch.late, _orders("all", late_on=iso, cutoffs=cuts)),  # packed ones are late too
        late_orders=tuple(LateOrder(*row) for row in dispatch.late_rows),
        manifests_unconfirmed=Figure(manifests, ListFilter("shipping", "unconfirmed_manifests",
                                                           missing="unconfirmed_manifests")),
        shipped_without_invoice=Figure(uninvoiced, _orders("shipped", invoice_missing="all" if invoice_all else "nip")),
        cod_expected=cod_sum,
        cod_orders=Figure(cod_count, _orders("shipped", cod_unpaid="1")),
    )
    return TodayFigures(now, today, is_working, morning, day, evening)


def _minutes(delta: timedelta) -> int:
    """Whole minutes, rounded towards minus infinity (one second past the cut-off is already -1)."""
    return int(delta.total_seconds() // 60)
