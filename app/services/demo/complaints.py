"""The demo shop's complaints and returns (issue 16): cases in every state, some due today, some overdue, some
decided with each remedy and carried through, with their letters.

Unlike the bulk writers of the other demo areas, every case is made through the complaints services themselves
(registering, working, remedies, letters), one use case per transaction, so the demo's stock documents, correction
invoices, refunds and replacement orders are exactly what the app makes, and `zaplecze check` holds. About forty
cases take a second or two, whatever the number of orders. Afterwards each case's timeline is spread over the days
it really took (the services stamp "now"), so the timelines read like a real shop's.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.models import ComplaintEvent, ComplaintLetter, Invoice, Order, OrderLine, Product, Refund
from app.models import complaint as c
from app.services.complaints import letters, remedies, working
from app.services.complaints.data import CaseInput, CaseLineInput
from app.services.complaints.registering import register_case
from app.services.orders import lifecycle as lc

WHO = "Anna Nowak"

_DESCRIPTIONS = {
    "defect": ("Po dwóch tygodniach używania pojawiło się pęknięcie na uchu kubka.",
               "Pokrywka nie domyka się, wylewa się herbata.",
               "Powłoka zaczęła się łuszczyć po pierwszym myciu."),
    "damaged": ("Paczka przyszła zgnieciona, produkt ma odprysk na krawędzi.",
                "W kartonie były odłamki, jeden talerz jest pęknięty."),
    "wrong_item": ("Zamówiłam kolor zielony, przyszedł niebieski.",),
    "not_as_described": ("Pojemność jest mniejsza niż w opisie na stronie.",),
    "missing_item": ("W paczce zabrakło jednej sztuki.",),
    "changed_mind": ("Rezygnuję z zakupu, kolor nie pasuje do kuchni.", "Prezent okazał się nietrafiony."),
}


@dataclass(frozen=True)
class _Plan:
    """One demo case: its kind, how many days ago it came in, and how far it is carried."""

    kind: str
    reason: str
    demand: str
    days_ago: int
    stage: str  # new | in_review | waiting | at_supplier | decided | closed
    remedy: str | None = None  # for decided/closed: accepted with this remedy; None: rejected
    channel: str = "email"
    delivered_ago: int | None = None  # days between delivery and receipt of the case (a withdrawal's window)


# Every state, due dates spread so that some are due today and some are overdue, each remedy carried through.
_PLANS: tuple[_Plan, ...] = (
    _Plan(c.LIABILITY, "defect", "replacement", 14, "new"),  # due today
    _Plan(c.LIABILITY, "defect", "repair", 13, "in_review", channel="phone"),  # due tomorrow
    _Plan(c.GUARANTEE, "defect", "repair", 12, "at_supplier"),  # due in 2 days
    _Plan(c.LIABILITY, "not_as_described", "price_reduction", 16, "in_review"),  # overdue by 2 days
    _Plan(c.TRANSPORT, "damaged", "replacement", 19, "waiting", channel="chat"),  # overdue by 5 days
    _Plan(c.LIABILITY, "defect", "refund", 3, "new", channel="marketplace"),
    _Plan(c.WITHDRAWAL, "changed_mind", "refund", 1, "new", delivered_ago=5),
    _Plan(c.WITHDRAWAL, "changed_mind", "refund", 4, "in_review", delivered_ago=9),
    _Plan(c.WITHDRAWAL, "wrong_item", "refund", 2, "in_review", delivered_ago=30),  # out of time: flagged
    _Plan(c.LIABILITY, "defect", "replacement", 6, "waiting", channel="phone"),
    _Plan(c.GUARANTEE, "defect", "repair", 8, "at_supplier", channel="letter"),
    _Plan(c.WITHDRAWAL, "changed_mind", "refund", 7, "decided", "refund", delivered_ago=6),
    _Plan(c.TRANSPORT, "damaged", "replacement", 5, "decided", "replacement"),
    _Plan(c.LIABILITY, "defect", "price_reduction", 9, "decided", "price_reduction"),
    _Plan(c.LIABILITY, "defect", "refund", 10, "decided", None),  # rejected, the letter not yet sent
    _Plan(c.WITHDRAWAL, "changed_mind", "refund", 25, "closed", "refund", delivered_ago=8),
    _Plan(c.WITHDRAWAL, "not_as_described", "refund", 33, "closed", "refund", delivered_ago=4),
    _Plan(c.LIABILITY, "defect", "replacement", 40, "closed", "replacement", channel="phone"),
    _Plan(c.LIABILITY, "not_as_described", "price_reduction", 45, "closed", "price_reduction"),
    _Plan(c.LIABILITY, "defect", "repair", 50, "closed", "repair", channel="in_person"),
    _Plan(c.GUARANTEE, "defect", "replacement", 55, "closed", "replacement"),
    _Plan(c.TRANSPORT, "damaged", "refund", 28, "closed", "refund"),
    _Plan(c.LIABILITY, "defect", "refund", 60, "closed", None),  # rejected and answered
    _Plan(c.WITHDRAWAL, "missing_item", "refund", 70, "closed", "refund", delivered_ago=3),
    _Plan(c.LIABILITY, "wrong_item", "replacement", 75, "closed", "replacement", channel="marketplace"),
)


def write_complaints(session: Session, rng: random.Random, now: datetime, tz: ZoneInfo) -> int:
    """Make the demo's cases through the services (each its own transaction); returns how many were made."""
    today = now.astimezone(tz).date()
    with session.begin():
        orders = _candidates(session)
        invoiced = _invoiced(session)
    made = 0
    for plan in _PLANS:
        needs_invoice = plan.remedy in ("price_reduction",) or (plan.remedy == "refund" and plan.stage == "closed"
                                                                and plan.kind == c.WITHDRAWAL and made % 2 == 0)
        pool = [o for o in orders if o in invoiced] if needs_invoice else orders
        if not pool:
            pool = orders
        if not pool:
            break
        if plan.remedy == "replacement":  # the replacement goes to packing: its product must be on the shelf
            pool = [o for o in pool if _first_line_available(session, o)] or pool
        order_id = rng.choice(pool)
        orders.remove(order_id)
        case_id = _register(session, rng, plan, order_id, today)
        if case_id is None:
            continue
        _carry(session, rng, plan, case_id, order_id in invoiced, today)
        _spread_timeline(session, case_id, today - timedelta(days=plan.days_ago), now, tz)
        made += 1
    return made


def _candidates(session: Session) -> list[int]:
    """Orders that went out with catalogue products on every line, oldest first."""
    ids = session.scalars(select(Order.id).where(Order.status.in_((lc.SHIPPED, lc.DELIVERED)))
                          .order_by(Order.id)).all()
    without_product = set(session.scalars(select(OrderLine.order_id).where(OrderLine.product_id.is_(None))))
    return [i for i in ids if i not in without_product]


def _first_line_available(session: Session, order_id: int) -> bool:
    with session.begin():
        return bool(session.scalar(
            select(Product.on_hand - Product.reserved).join(OrderLine, OrderLine.product_id == Product.id)
            .where(OrderLine.order_id == order_id).order_by(OrderLine.position).limit(1)) or 0) > 0


def _invoiced(session: Session) -> set[int]:
    """Orders with a consumer's (gross) VAT invoice not corrected yet: a price reduction is corrected from gross."""
    corrected = select(Invoice.corrected_invoice_id).where(Invoice.corrected_invoice_id.is_not(None))
    return set(session.scalars(select(Invoice.order_id).where(Invoice.kind == "VAT", Invoice.order_id.is_not(None),
                                                              Invoice.method == "gross", Invoice.id.not_in(corrected))))


def _register(session: Session, rng: random.Random, plan: _Plan, order_id: int, today: date) -> int | None:
    received = today - timedelta(days=plan.days_ago)
    with session.begin():
        lines = session.execute(select(OrderLine.id, OrderLine.quantity).where(OrderLine.order_id == order_id)
                                .order_by(OrderLine.position)).all()
    picked = lines[:1] if plan.kind != c.WITHDRAWAL or len(lines) == 1 else lines[:rng.randint(1, len(lines))]
    delivered = received - timedelta(days=plan.delivered_ago) if plan.delivered_ago is not None else None
    data = CaseInput(kind=plan.kind, channel=plan.channel, received_on=received, demand=plan.demand,
                     reason=plan.reason, description=rng.choice(_DESCRIPTIONS[plan.reason]),
                     lines=tuple(CaseLineInput(order_line_id=lid, quantity=1 if plan.kind != c.WITHDRAWAL else qty)
                                 for lid, qty in picked),
                     order_id=order_id, delivered_on=delivered,
                     guarantor="Ceramika Bolesławiec Sp. z o.o." if plan.kind == c.GUARANTEE else "",
                     guarantee_terms="24 miesiące, naprawa w serwisie producenta" if plan.kind == c.GUARANTEE else "")
    return register_case(session, data, WHO, today=today).id


def _carry(session: Session, rng: random.Random, plan: _Plan, case_id: int, invoiced: bool, today: date) -> None:
    received = today - timedelta(days=plan.days_ago)
    if plan.stage == "new":
        return
    if plan.stage == "in_review":
        working.change_status(session, case_id, c.IN_REVIEW, WHO, "Sprawdzamy zdjęcia od klienta.")
        return
    if plan.stage == "waiting":
        working.change_status(session, case_id, c.IN_REVIEW, WHO)
        _letter(session, case_id, c.LETTER_ASK, received + timedelta(days=2))
        return
    if plan.stage == "at_supplier":
        working.change_status(session, case_id, c.IN_REVIEW, WHO)
        remedies.open_supplier_claim(session, case_id, WHO, sent_on=received + timedelta(days=1))
        return
    # decided or closed
    working.change_status(session, case_id, c.IN_REVIEW, WHO)
    decided_on = received + timedelta(days=min(plan.days_ago, rng.randint(2, 9)))
    if plan.remedy is None:
        working.decide(session, case_id, c.REJECTED, None,
                       "Ślady na produkcie wskazują na uszkodzenie mechaniczne z winy użytkownika.", WHO)
        if plan.stage == "closed":
            _letter(session, case_id, c.LETTER_REJECT, decided_on)
            working.close_case(session, case_id, WHO)
        return
    why = ("Wymiana niemożliwa: model wycofany ze sprzedaży, a naprawa przekroczyłaby jego wartość."
           if plan.kind == c.LIABILITY and plan.remedy in c.MONEY_REMEDIES else "")
    working.decide(session, case_id, c.ACCEPTED, plan.remedy, why, WHO)
    _effects(session, plan, case_id, invoiced, decided_on)
    if plan.stage == "closed" or plan.kind != c.WITHDRAWAL:
        _letter(session, case_id, c.LETTER_ACCEPT, decided_on)
    if plan.stage == "closed":
        if plan.remedy == "refund" or plan.remedy == "price_reduction":
            for refund_id in _open_refunds(session, case_id):
                remedies.mark_refund_paid(session, refund_id, min(today, decided_on + timedelta(days=2)), WHO)
        working.close_case(session, case_id, WHO)


def _effects(session: Session, plan: _Plan, case_id: int, invoiced: bool, day: date) -> None:
    """What the decision sets going: goods back, a correction, a refund, a replacement, a supplier claim."""
    detail = working.case_detail(session, case_id)
    if plan.kind in (c.WITHDRAWAL, c.TRANSPORT) or plan.remedy == "replacement":
        damaged = plan.kind == c.TRANSPORT or plan.reason == "defect"
        remedies.take_back_goods(session, case_id, {
            line.id: ((0, line.quantity) if damaged else (line.quantity, 0)) for line in detail.lines}, WHO)
    if plan.remedy in c.MONEY_REMEDIES:
        if invoiced and (plan.remedy == "price_reduction" or plan.kind == c.WITHDRAWAL):
            remedies.issue_correction(session, case_id, WHO,
                                      reduction=Decimal("10.00") if plan.remedy == "price_reduction" else None)
        goods, shipping = remedies.default_refund(session, case_id)
        if plan.remedy == "price_reduction" and not goods:
            goods = Decimal("10.00")  # no invoice to correct: the reduction agreed with the customer
        remedies.record_refund(session, case_id, WHO, goods=goods, shipping=shipping, today=day)
    elif plan.remedy == "replacement":
        remedies.create_replacement_order(session, case_id, WHO)
        if plan.kind == c.GUARANTEE or plan.reason == "defect":
            remedies.open_supplier_claim(session, case_id, WHO, sent_on=day)


def _open_refunds(session: Session, case_id: int) -> list[int]:
    with session.begin():
        return list(session.scalars(select(Refund.id).where(Refund.complaint_id == case_id,
                                                            Refund.paid_on.is_(None))))


def _letter(session: Session, case_id: int, kind: str, sent_on: date) -> None:
    draft = letters.fill_letter(session, case_id, kind)
    letter_id, _changes = letters.write_letter(session, case_id, kind, draft.subject, draft.body, WHO, today=sent_on)
    letters.mark_sent(session, letter_id, sent_on, WHO)
    with session.begin():  # written the morning it went out (the service stamped now)
        at = datetime.combine(sent_on, time(8, 10), ZoneInfo(SHOP_TZ_DEFAULT)).astimezone(UTC)
        session.execute(update(ComplaintLetter).where(ComplaintLetter.id == letter_id).values(created_at=at))


def _spread_timeline(session: Session, case_id: int, received: date, now: datetime, tz: ZoneInfo) -> None:
    """The services stamped every entry "now": spread them over the days from the one the case came in to today,
    in their order and in office hours (8:30-16:30 in the shop's zone, never after now), so the timeline shows
    the days the case took."""
    with session.begin():
        ids = session.scalars(select(ComplaintEvent.id).where(ComplaintEvent.complaint_id == case_id)
                              .order_by(ComplaintEvent.id)).all()
        today = now.astimezone(tz).date()
        days = max(0, (today - received).days)
        moments: list[datetime] = []
        for k in range(len(ids)):
            day = received + timedelta(days=days * k // max(1, len(ids)))
            local = datetime.combine(day, time(8, 30), tz) + timedelta(minutes=480 * k // max(1, len(ids)))
            moments.append(local.astimezone(UTC))
        for k, (event_id, at) in enumerate(zip(ids, moments, strict=True)):
            latest = now - timedelta(minutes=5 * (len(ids) - k))  # today's entries stay before now, in order
            session.execute(update(ComplaintEvent).where(ComplaintEvent.id == event_id).values(at=min(at, latest)))
        if moments:
            session.execute(update(c.Complaint).where(c.Complaint.id == case_id).values(created_at=moments[0]))
