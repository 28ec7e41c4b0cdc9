"""The Today view's queries (app.services.reports.today): each an aggregate over an index, run in the caller's
transaction. Conditions are the ones the tabs' own lists use, so a figure equals the count of the list it opens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.models import DispatchManifest, Invoice, Order, Product, Shipment
from app.models.complaint import OPEN_STATUSES, Complaint
from app.models.customer import Contact
from app.models.shipping import CarrierSetting
from app.services.complaints.listing import SOON_DAYS
from app.services.invoicing.ksef.states import QUEUED, REJECTED, SENT
from app.services.orders import lifecycle as lc
from app.services.orders import problems as pr
from app.services.reports import order_sets as sets
from app.services.reports.order_sets import HELD_KIND, ON_HOLD_KIND

__all__ = ["HELD_KIND", "ON_HOLD_KIND"]  # the kinds of reason, also named here as the figures name them


def _blocked() -> ColumnElement[bool]:
    """The Orders tab's "problems" filter (orders.listing): on hold, or verification found reasons."""
    return sets.blocked()


def _count(*where: ColumnElement[bool]):
    return select(func.count()).select_from(Order).where(*where).scalar_subquery()


@dataclass(frozen=True)
class OrderCounts:
    new: int
    unpaid: int
    blocked: int
    ready: int


def order_counts(session: Session, *, since_start: datetime, unpaid_before: datetime) -> OrderCounts:
    """Four counts in one statement, each its own subquery over its index (created_at; status, created_at; status,
    problems; status)."""
    row = session.execute(select(
        _count(Order.created_at >= since_start),
        _count(Order.status == lc.AWAITING_PAYMENT, Order.created_at < unpaid_before),
        _count(_blocked()),
        _count(Order.status.in_(lc.FILTERS["ready"] or ())),
    )).one()
    return OrderCounts(*(int(n or 0) for n in row))


def blocked_reasons(session: Session) -> list[tuple[str, int]]:
    """Blocked orders per kind of reason, in one pass over the blocked ones (a LIKE per kind, not Python over rows).
    A reason of no known template counts as problems.OTHER, once per order that has only such reasons."""
    matches = sets.reason_matches()
    columns = [func.coalesce(func.sum(case((m, 1), else_=0)), 0) for m in matches.values()]
    columns.append(func.coalesce(func.sum(case((and_(Order.problems > "", ~or_(*matches.values())), 1), else_=0)), 0))
    columns.append(func.coalesce(func.sum(case((Order.problems == "", 1), else_=0)), 0))
    row = session.execute(select(*columns).select_from(Order).where(_blocked())).one()
    return list(zip([*matches, pr.OTHER, ON_HOLD_KIND], (int(n) for n in row), strict=True))


def stock_counts(session: Session) -> tuple[int, int]:
    """Active products out of stock (available <= 0) and at or below their reorder point: the Stock tab's "out"
    and "low" (the catalogue is thousands of rows, not orders: one pass)."""
    available = Product.on_hand - Product.reserved
    row = session.execute(select(
        func.coalesce(func.sum(case((available <= 0, 1), else_=0)), 0),
        func.coalesce(func.sum(case((available <= Product.reorder_point, 1), else_=0)), 0),
    ).where(Product.active)).one()
    return int(row[0]), int(row[1])


def complaint_counts(session: Session, today: date) -> tuple[int, int]:
    """Open cases due today or within SOON_DAYS, and overdue ones (complaints.listing's views), over (status,
    due_on)."""
    soon = today + timedelta(days=SOON_DAYS)
    row = session.execute(select(
        func.coalesce(func.sum(case((and_(Complaint.due_on >= today, Complaint.due_on <= soon), 1), else_=0)), 0),
        func.coalesce(func.sum(case((Complaint.due_on < today, 1), else_=0)), 0),
    ).where(Complaint.status.in_(OPEN_STATUSES))).one()
    return int(row[0]), int(row[1])


def follow_up_counts(session: Session, today: date) -> tuple[int, int]:
    """Follow-ups not done due today, and overdue (customers.contacts' views), over the follow-up index."""
    row = session.execute(select(
        func.coalesce(func.sum(case((Contact.follow_up_on == today, 1), else_=0)), 0),
        func.coalesce(func.sum(case((Contact.follow_up_on < today, 1), else_=0)), 0),
    ).where(Contact.follow_up_on <= today, Contact.follow_up_done_at.is_(None))).one()
    return int(row[0]), int(row[1])


def ksef_counts(session: Session) -> tuple[int, int, int]:
    """Invoices and corrections queued for KSeF, sent and awaiting its answer, rejected (over the queue index)."""
    found = dict(session.execute(select(Invoice.ksef_status, func.count())
                                 .where(Invoice.ksef_status.in_((QUEUED, SENT, REJECTED)))
                                 .group_by(Invoice.ksef_status)).all())
    return found.get(QUEUED, 0), found.get(SENT, 0), found.get(REJECTED, 0)


def active_carriers(session: Session) -> list[str]:
    return list(session.scalars(select(CarrierSetting.code).where(CarrierSetting.active).order_by(CarrierSetting.code)))


def packed_per_carrier(session: Session) -> list[tuple[str, int]]:
    """Packed orders waiting for the courier per carrier ("" when no shipment was made), most first."""
    carrier = func.coalesce(Shipment.carrier, "")
    n = func.count()
    rows = session.execute(select(carrier, n).select_from(Order).outerjoin(Shipment, Shipment.order_id == Order.id)
                           .where(Order.status == lc.PACKED).group_by(carrier).order_by(n.desc(), carrier)).all()
    return [(c, int(k)) for c, k in rows]


@dataclass(frozen=True)
class Dispatch:
    shipped: int
    promised: int
    promised_shipped: int
    late: int
    late_rows: list[tuple[int, str, str]]


def dispatch(session: Session, *, day_start: datetime, day_end: datetime, now: datetime,
             cut_at: dict[str, datetime], late_listed: int) -> Dispatch:
    """Shipped today, promised today (see app.services.reports.today), of those shipped, and late.

    The candidates are the orders still in the house (ready, packing, packed: the status index) and those
    shipped today (status shipped, changed today, with today's move to shipped in their history). An order's
    cut-off is its shipment's carrier's; one with no shipment yet (or a carrier with no cut-off) takes the
    earliest of the day. Its ready moment is its last move to "ready" (its creation when its history has none); the
    history is read only for orders changed since the earliest cut-off (see below)."""
    cand = sets.dispatch_candidates(day_start, day_end, cut_at)
    promised = sets.promised(cand)
    flags = (select(cand.c.id, cand.c.number, cand.c.carrier, cand.c.shipped,
                    case((promised, 1), else_=0).label("promised"),
                    case((sets.late(cand, now), 1), else_=0).label("late"))
             .subquery())

    def total(column):
        return func.sum(column).over()

    # One pass: the totals over every candidate ride on each row (window sums), the late ones come first.
    rows = session.execute(
        select(flags.c.id, flags.c.number, flags.c.carrier, flags.c.late, total(flags.c.shipped),
               total(flags.c.promised), total(flags.c.promised * flags.c.shipped), total(flags.c.late))
        .order_by(flags.c.late.desc(), flags.c.number).limit(late_listed)).all()
    if not rows:
        return Dispatch(0, 0, 0, 0, [])
    late_rows = [(int(r[0]), r[1], r[2]) for r in rows if r[3]]
    first = rows[0]
    return Dispatch(int(first[4] or 0), int(first[5] or 0), int(first[6] or 0), int(first[7] or 0), late_rows)


def unconfirmed_manifests(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(DispatchManifest)
                          .where(DispatchManifest.confirmed_at.is_(None))) or 0


def shipped_without_invoice(session: Session, *, invoice_all: bool) -> int:
    """Orders shipped and still in transit (status shipped: the last days' parcels, over the status index) that want
    an invoice and have no VAT invoice. Delivered ones are not looked at: at 200,000 orders they are most of the
    table and the buyer's NIP has no index (reading them all took 60 ms of the view's 100)."""
    return session.scalar(select(func.count()).select_from(Order).where(sets.invoice_missing(invoice_all))) or 0


def cod_expected(session: Session) -> tuple[int, Decimal]:
    """Cash on delivery on its way: orders shipped (not delivered), paid by COD and not marked paid; the amount is
    the shipment's COD (the order's total when the shipment states none)."""
    amount = func.coalesce(Shipment.cod_amount, Order.total)
    n, total = session.execute(select(func.count(), func.coalesce(func.sum(amount), 0)).select_from(Order)
                               .outerjoin(Shipment, Shipment.order_id == Order.id)
                               .where(sets.cod_unpaid())).one()
    return int(n), Decimal(str(total)).quantize(Decimal("0.01"))
