"""The Today view's queries (app.services.reports.today): each an aggregate over an index, run in the caller's
transaction. Conditions are the ones the tabs' own lists use, so a figure equals the count of the list it opens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.util import ClauseAdapter

from app.models import DispatchManifest, Invoice, Order, Product, Shipment
from app.models.base import UTCDateTime
from app.models.complaint import OPEN_STATUSES, Complaint
from app.models.customer import Contact
from app.models.shipping import CarrierSetting
from app.services.complaints.listing import SOON_DAYS
from app.services.invoicing.ksef.states import QUEUED, REJECTED, SENT
from app.services.orders import lifecycle as lc
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
    """Blocked orders per kind of reason, in one statement (a LIKE per kind, not Python over rows). A reason of no
    known template counts as problems.OTHER, once per order that has only such reasons.

    The blocked orders are first counted per text of reasons (the covering (status, problems) index; a few hundred
    distinct texts among thousands of orders: "Not paid", a missing postal code), and each kind's LIKE runs once
    per text, weighted by its count, instead of once per order (127,000 LIKEs at 12,700 blocked orders: 25-45 ms)."""
    texts = (select(Order.problems.label("problems"), func.count().label("n")).where(_blocked())
             .group_by(Order.problems).subquery())
    adapt = ClauseAdapter(texts).traverse  # the same conditions, over the texts' column
    matches = [adapt(m) for m in sets.reason_matches().values()]
    problems = texts.c.problems

    def weighted(condition: ColumnElement[bool]):
        return func.coalesce(func.sum(case((condition, texts.c.n), else_=0)), 0)

    columns = [weighted(m) for m in matches]
    columns.append(weighted(and_(problems > "", ~or_(*matches))))
    columns.append(weighted(problems == ""))
    row = session.execute(select(*columns)).one()
    return list(zip(sets.reason_kinds(), (int(n) for n in row), strict=True))


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
    if not cut_at:  # a day off (or no carrier): nothing is promised, only what went out is counted
        shipped = session.scalar(select(func.count()).select_from(Order)
                                 .where(sets.shipped_on(day_start, day_end))) or 0
        return Dispatch(int(shipped), 0, 0, 0, [])
    cand = sets.dispatch_candidates(day_start, day_end, cut_at)
    promised = case((sets.promised(cand), 1), else_=0)
    past = case((cand.c.cutoff <= literal(now, UTCDateTime()), 1), else_=0)
    # One statement over the candidates worked out once (the CTE is materialised): their count per (shipped,
    # cut-off passed, promised), at most eight groups summed here, and after them the first late ones by number.
    # (Sums over the window of every candidate, sorted late first, took 20-50 ms more at 15,000 candidates.)
    groups = (select(literal(None).label("id"), literal(None).label("number"), literal(None).label("carrier"),
                     cand.c.shipped.label("shipped"), past.label("past"), promised.label("promised"),
                     func.count().label("n"))
              .group_by(cand.c.shipped, past, promised))
    late = (select(cand.c.id, cand.c.number, cand.c.carrier, literal(0), literal(1), literal(1), literal(1))
            .where(sets.late(cand, now)).order_by(cand.c.number).limit(late_listed).subquery())
    rows = session.execute(groups.union_all(select(late))).all()
    groups_found = [r for r in rows if r.id is None]
    shipped = sum(r.n for r in groups_found if r.shipped)
    promised_n = sum(r.n for r in groups_found if r.promised)
    promised_shipped = sum(r.n for r in groups_found if r.shipped and r.promised)
    late_n = sum(r.n for r in groups_found if r.promised and r.past and not r.shipped)
    late_rows = [(int(r.id), r.number, r.carrier) for r in rows if r.id is not None]
    return Dispatch(int(shipped), int(promised_n), int(promised_shipped), int(late_n), late_rows)


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
