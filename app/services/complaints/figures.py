"""The complaints figures of issue 16 for a period: what goes wrong (by reason, by product, by supplier), whether
the shop answers in time, how long a decision takes, and which products come back.

A case belongs to the period by the day it was received (`received_on`), except the on-time share, which is about
deadlines: it takes the cases whose deadline (`due_on`) falls in the period. Both ends are included; None leaves
that end open.

- By reason: every case, returns included (a withdrawal's reason is usually "changed their mind"), so the table
  says why goods come back at all.
- By product (repeat defects) and by supplier: complaints only (statutory liability, guarantee, damage in
  transport), not withdrawals: a product returned because the customer changed their mind is not a defect.
  Withdrawals per product are the returns rate instead.
- On time: the shop's deadline binds it (u.p.k. art. 7a, 32), so a case is on time when it was answered on or
  before its due day. Among the cases whose due day is in the period, those answered and those already past due
  on `today` count; one unanswered past its due day is late (unanswered means accepted, the shop lost the say).
  One still running with no answer is not counted yet.
- Days to decision: from the day received to the shop day (Europe/Warsaw) of the decision, for the cases received
  in the period that are decided.
- Returns rate per product: units in withdrawal cases received in the period over units sold in the period, i.e.
  on order lines of orders created in the period (in shop days) that went out (shipped, delivered or returned).

Everything is summed in SQL (GROUP BY), so a shop with 50,000 cases gets its figures in one pass per table. The
one exception is the decision's shop day: SQLite cannot move a stored UTC moment into Europe/Warsaw, so the
decided cases' two dates are read (two narrow columns) and the days counted here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import String, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.core.shop_time import shop_day
from app.models import Order, OrderLine
from app.models.base import utcnow
from app.models.complaint import WITHDRAWAL, Complaint, ComplaintLine
from app.services.orders.lifecycle import DELIVERED, RETURNED, SHIPPED

SOLD_STATUSES = (SHIPPED, DELIVERED, RETURNED)  # orders whose goods went out
_PERCENT = Decimal("0.1")
_DAYS = Decimal("0.1")


@dataclass(frozen=True)
class ReasonFigure:
    """Cases of one reason and the units on their lines."""

    reason: str
    cases: int
    units: int


@dataclass(frozen=True)
class ProductFigure:
    """A product complained about: in how many complaints, and how many units (repeat defects rank first).
    `product_id` None: a product typed by hand on the case (grouped by its SKU)."""

    product_id: int | None
    sku: str
    name: str
    cases: int
    units: int


@dataclass(frozen=True)
class SupplierFigure:
    """Complaints about one supplier's products ("" when the case names none)."""

    supplier: str
    cases: int
    units: int


@dataclass(frozen=True)
class OnTime:
    """Cases whose deadline fell in the period and that are answered or past due: on time, late (answered late, or
    not answered and past due: `unanswered_late` of them)."""

    counted: int
    on_time: int
    late: int
    unanswered_late: int

    @property
    def share(self) -> Decimal | None:
        """Percent answered on time, one decimal (None when nothing counts yet)."""
        if not self.counted:
            return None
        return (Decimal(100 * self.on_time) / self.counted).quantize(_PERCENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class ReturnRate:
    """Units of a product in withdrawal cases against units sold in the period; `rate` in percent, one decimal,
    None when nothing of it was sold in the period (returned goods bought before it)."""

    product_id: int | None
    sku: str
    name: str
    returned: int
    sold: int

    @property
    def rate(self) -> Decimal | None:
        if not self.sold:
            return None
        return (Decimal(100 * self.returned) / self.sold).quantize(_PERCENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class Figures:
    date_from: date | None
    date_to: date | None
    today: date
    cases: int  # received in the period, every kind
    by_kind: tuple[tuple[str, int], ...]  # (kind, cases), most first
    by_reason: tuple[ReasonFigure, ...]  # most cases first
    by_product: tuple[ProductFigure, ...]
    by_supplier: tuple[SupplierFigure, ...]
    on_time: OnTime
    decided: int  # received in the period and decided
    average_days_to_decision: Decimal | None  # one decimal; None when none is decided
    returns: tuple[ReturnRate, ...]  # products with units in withdrawals, highest rate first


def _received(date_from: date | None, date_to: date | None) -> list:
    where = []
    if date_from is not None:
        where.append(Complaint.received_on >= date_from)
    if date_to is not None:
        where.append(Complaint.received_on <= date_to)
    return where


def _instants(date_from: date | None, date_to: date | None, tz: str) -> list:
    """Order creation moments (UTC) within the shop days of the period."""
    zone = ZoneInfo(tz)
    where = []
    if date_from is not None:
        where.append(Order.created_at >= datetime.combine(date_from, time(0), zone).astimezone(UTC))
    if date_to is not None:
        where.append(Order.created_at < datetime.combine(date_to + timedelta(days=1), time(0), zone).astimezone(UTC))
    return where


def _case_groups(session: Session, date_from: date | None, date_to: date | None) -> list[tuple[str, str, str, int, int]]:
    """(kind, reason, supplier, cases, units) of the cases received in the period: one pass over the cases and
    their lines, from which the figures by kind, by reason and by supplier are sums of a few dozen groups."""
    stmt = (select(Complaint.kind, Complaint.reason, Complaint.supplier, func.count(func.distinct(Complaint.id)),
                   func.coalesce(func.sum(ComplaintLine.quantity), 0))
            .outerjoin(ComplaintLine, ComplaintLine.complaint_id == Complaint.id)
            .where(*_received(date_from, date_to)).group_by(Complaint.kind, Complaint.reason, Complaint.supplier))
    return [(kind, reason, supplier or "", int(cases), int(units)) for kind, reason, supplier, cases, units
            in session.execute(stmt)]


def _summed(groups: list[tuple[str, str, str, int, int]], at: int, complaints_only: bool) -> list[tuple[str, int, int]]:
    """(key, cases, units) summed over the groups by their `at` field, most cases (then units) first."""
    sums: dict[str, list[int]] = {}
    for group in groups:
        if complaints_only and group[0] == WITHDRAWAL:
            continue
        row = sums.setdefault(group[at], [0, 0])
        row[0] += group[3]
        row[1] += group[4]
    return sorted(((key, cases, units) for key, (cases, units) in sums.items()), key=lambda r: (-r[1], -r[2], r[0]))


def by_product(session: Session, date_from: date | None = None, date_to: date | None = None) -> list[ProductFigure]:
    stmt = (select(ComplaintLine.product_id, ComplaintLine.sku, func.max(ComplaintLine.name),
                   func.count(func.distinct(Complaint.id)), func.sum(ComplaintLine.quantity))
            .join(Complaint, Complaint.id == ComplaintLine.complaint_id)
            .where(Complaint.kind != WITHDRAWAL, *_received(date_from, date_to))
            .group_by(ComplaintLine.product_id, ComplaintLine.sku))
    rows = [ProductFigure(pid, sku, name or "", int(cases), int(units or 0))
            for pid, sku, name, cases, units in session.execute(stmt)]
    # A product's SKU may have been edited between cases: still one row per product.
    merged: dict[object, ProductFigure] = {}
    for row in rows:
        key = row.product_id if row.product_id is not None else ("sku", row.sku)
        old = merged.get(key)
        merged[key] = row if old is None else ProductFigure(row.product_id, max(old.sku, row.sku), old.name or row.name,
                                                            old.cases + row.cases, old.units + row.units)
    return sorted(merged.values(), key=lambda r: (-r.cases, -r.units, r.sku))


def on_time(session: Session, today: date, date_from: date | None = None, date_to: date | None = None) -> OnTime:
    where = []
    if date_from is not None:
        where.append(Complaint.due_on >= date_from)
    if date_to is not None:
        where.append(Complaint.due_on <= date_to)
    answered = Complaint.answered_on.is_not(None)
    in_time = and_(answered, Complaint.answered_on <= Complaint.due_on)
    unanswered_late = and_(Complaint.answered_on.is_(None), Complaint.due_on < today)
    stmt = (select(func.count(Complaint.id),
                   func.coalesce(func.sum(case((in_time, 1), else_=0)), 0),
                   func.coalesce(func.sum(case((unanswered_late, 1), else_=0)), 0))
            .where(or_(answered, Complaint.due_on < today), *where))
    counted, on, unanswered = session.execute(stmt).one()
    counted, on, unanswered = int(counted), int(on), int(unanswered)
    return OnTime(counted, on, counted - on, unanswered)


def decision_days(session: Session, date_from: date | None = None, date_to: date | None = None,
                  tz: str = SHOP_TZ_DEFAULT) -> tuple[int, Decimal | None]:
    """How many cases received in the period are decided, and their average days from received to decision.

    The average of (decision day - day received) is the average decision day minus the average day received, so
    both are summed in SQL on their own: the days received as they are, the decisions by their UTC hour (a whole
    hour falls on one shop day, since the zone's offsets are whole hours), each hour moved to its shop day here.
    A year of 50,000 cases is then a few thousand groups instead of every row."""
    decided = [Complaint.decided_at.is_not(None), *_received(date_from, date_to)]
    received = session.execute(select(Complaint.received_on, func.count()).where(*decided)
                               .group_by(Complaint.received_on)).all()
    count = sum(int(n) for _d, n in received)
    if not count:
        return 0, None
    if session.get_bind().dialect.name == "sqlite":  # stored as 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC
        hour = func.substr(Complaint.decided_at, 1, 13, type_=String())
    else:
        hour = func.date_trunc("hour", Complaint.decided_at)
    total = -sum(d.toordinal() * int(n) for d, n in received)
    for moment, n in session.execute(select(hour, func.count()).where(*decided).group_by(hour)):
        if isinstance(moment, str):
            moment = datetime.fromisoformat(moment + ":00")
        total += shop_day(moment.replace(tzinfo=UTC), tz).toordinal() * int(n)
    return count, (Decimal(total) / count).quantize(_DAYS, ROUND_HALF_UP)


def returns_rate(session: Session, date_from: date | None = None, date_to: date | None = None,
                 tz: str = SHOP_TZ_DEFAULT) -> list[ReturnRate]:
    returned = (select(ComplaintLine.product_id, ComplaintLine.sku, func.max(ComplaintLine.name),
                       func.sum(ComplaintLine.quantity))
                .join(Complaint, Complaint.id == ComplaintLine.complaint_id)
                .where(Complaint.kind == WITHDRAWAL, *_received(date_from, date_to))
                .group_by(ComplaintLine.product_id, ComplaintLine.sku))
    back: dict[object, list] = {}
    for pid, sku, name, units in session.execute(returned):
        key = pid if pid is not None else ("sku", sku)
        row = back.setdefault(key, [pid, sku, name or "", 0])
        row[3] += int(units or 0)
    ids = [k for k in back if not isinstance(k, tuple)]
    skus = [v[1] for k, v in back.items() if isinstance(k, tuple)]
    sold: dict[object, int] = {}
    if ids:
        stmt = (select(OrderLine.product_id, func.sum(OrderLine.quantity))
                .join(Order, Order.id == OrderLine.order_id)
                .where(OrderLine.product_id.in_(ids), Order.status.in_(SOLD_STATUSES),
                       *_instants(date_from, date_to, tz))
                .group_by(OrderLine.product_id))
        sold.update({pid: int(n) for pid, n in session.execute(stmt)})
    if skus:  # products typed by hand: their order lines carry the same SKU and no product
        stmt = (select(OrderLine.sku, func.sum(OrderLine.quantity))
                .join(Order, Order.id == OrderLine.order_id)
                .where(OrderLine.product_id.is_(None), OrderLine.sku.in_(skus), Order.status.in_(SOLD_STATUSES),
                       *_instants(date_from, date_to, tz))
                .group_by(OrderLine.sku))
        sold.update({("sku", sku): int(n) for sku, n in session.execute(stmt)})
    rows = [ReturnRate(pid, sku, name, units, sold.get(key, 0)) for key, (pid, sku, name, units) in back.items()]
    return sorted(rows, key=lambda r: (r.rate is None, -(r.rate or 0), -r.returned, r.sku))


def complaint_figures(session: Session, date_from: date | None = None, date_to: date | None = None, *,
                      today: date | None = None, tz: str = SHOP_TZ_DEFAULT) -> Figures:
    """All the figures of the period in one read transaction (one consistent picture)."""
    today = today or shop_day(utcnow(), tz)
    with session.begin():
        groups = _case_groups(session, date_from, date_to)
        decided, average = decision_days(session, date_from, date_to, tz)
        return Figures(
            date_from=date_from, date_to=date_to, today=today, cases=sum(g[3] for g in groups),
            by_kind=tuple(sorted(((k, n) for k, n, _u in _summed(groups, 0, False)), key=lambda r: (-r[1], r[0]))),
            by_reason=tuple(ReasonFigure(*row) for row in _summed(groups, 1, False)),
            by_product=tuple(by_product(session, date_from, date_to)),
            by_supplier=tuple(SupplierFigure(*row) for row in _summed(groups, 2, True)),
            on_time=on_time(session, today, date_from, date_to),
            decided=decided, average_days_to_decision=average,
            returns=tuple(returns_rate(session, date_from, date_to, tz)))
