"""The customer card: contact and B2B data, addresses, consents, tags, lifetime figures, look-alikes, and one
timeline of everything that happened with the customer (issue 17).

Addresses are the snapshots written on the customer's orders, grouped by how they read on one line. Consents are
the newest row of each kind. Figures count the orders not cancelled and their gross value at face value;
returns are withdrawal cases, complaints every other kind. The timeline is a handful of queries, one per kind
(orders, their status changes, shipments, invoices, cases, contacts, the personal-data log), never one per
order, so a customer with 500 orders builds it at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from stdnum.pl import nip as _nip

from app.core.errors import NotFound
from app.core.messages import msg
from app.core.money import format_money
from app.core.shop_time import shop_day
from app.models import Invoice, Order, OrderEvent
from app.models.base import utcnow
from app.models.complaint import WITHDRAWAL, Complaint
from app.models.customer import CONSENTS, Address, Contact, Customer, CustomerConsent, PrivacyLogEntry
from app.models.shipping import Parcel, Shipment
from app.services.complaints import labels as complaint_labels
from app.services.customers import labels
from app.services.customers.data import (
    AddressRow,
    ConsentState,
    CustomerCard,
    LifetimeFigures,
    TimelineItem,
)
from app.services.customers.search import lookalikes, tags_of
from app.services.orders.lifecycle import CANCELLED, status_label
from app.services.shipping.carriers import CARRIERS

# The timeline's words (English, msg(); Polish in the glossary).
ORDER_PLACED = msg("Order {number} placed: {amount}")
ORDER_STATUS = msg("Order {number}: {from_status} → {to_status}")
SHIPMENT_BOOKED = msg("Order {number} shipped by {carrier}, tracking number {tracking}")
SHIPMENT_BOOKED_NO_TRACKING = msg("Order {number} booked with {carrier}")
INVOICE_ISSUED = msg("Invoice {number} issued: {amount}")
CORRECTION_ISSUED = msg("Correction invoice {number} issued: {amount}")
CASE_REGISTERED = msg("Case {number} ({kind}) registered")
CASE_DECIDED = msg("Case {number} ({kind}) decided: {decision}")
CASE_CLOSED = msg("Case {number} ({kind}) closed")
CONTACT_LINE = msg("{channel} · {direction} · {topic}: {note}")
CONTACT_LINE_NO_NOTE = msg("{channel} · {direction} · {topic}")
PRIVACY = {"merge": msg("Customers merged into this one"), "export": msg("Personal data exported"),
           "anonymise": msg("Personal data anonymised"), "retention": msg("Anonymised after the retention period")}


def _customer_orders(customer_id: int):
    return select(Order.id).where(Order.customer_id == customer_id)


def _cases_of(customer_id: int):
    """The customer's cases: theirs by id, or about one of their orders."""
    return or_(Complaint.customer_id == customer_id, Complaint.order_id.in_(_customer_orders(customer_id)))


def nip_valid(nip: str | None) -> bool | None:
    """Whether a NIP passes its check digit (None: no NIP)."""
    if not (nip or "").strip():
        return None
    return bool(_nip.is_valid(nip))


def _addresses(session: Session, customer_id: int) -> tuple[AddressRow, ...]:
    grouped: dict[tuple[str, str], list] = {}
    for kind, column in (("shipping", Order.shipping_address_id), ("billing", Order.billing_address_id)):
        rows = session.execute(select(Address, Order.created_at).join(Order, column == Address.id)
                               .where(Order.customer_id == customer_id)).all()
        for address, at in rows:
            line = address.one_line()
            if not line:
                continue
            entry = grouped.setdefault((kind, line), [None, 0])
            entry[0] = at if entry[0] is None or (at and at > entry[0]) else entry[0]
            entry[1] += 1
    found = [AddressRow(kind=k, one_line=line, last_used_at=last, orders=n) for (k, line), (last, n) in grouped.items()]
    found.sort(key=lambda a: (a.kind != "shipping", -(a.last_used_at.timestamp() if a.last_used_at else 0)))
    return tuple(found)


def _consents(session: Session, customer_id: int) -> tuple[ConsentState, ...]:
    newest: dict[str, CustomerConsent] = {}
    for row in session.scalars(select(CustomerConsent).where(CustomerConsent.customer_id == customer_id)
                               .order_by(CustomerConsent.at, CustomerConsent.id)):
        newest[row.kind] = row
    return tuple(ConsentState(kind=k, given=newest[k].given, at=newest[k].at, source=newest[k].source)
                 if k in newest else ConsentState(kind=k, given=False, at=None, source="") for k in CONSENTS)


def figures(session: Session, customer_id: int, today: date) -> LifetimeFigures:
    """Orders not cancelled and their value, first and last order, returns, complaints, open follow-ups."""
    orders, value, first, last = session.execute(
        select(func.count(Order.id), func.coalesce(func.sum(Order.total), 0), func.min(Order.created_at),
               func.max(Order.created_at))
        .where(Order.customer_id == customer_id, Order.status != CANCELLED)).one()
    returns, cases = session.execute(
        select(func.count(Complaint.id).filter(Complaint.kind == WITHDRAWAL),
               func.count(Complaint.id).filter(Complaint.kind != WITHDRAWAL)).where(_cases_of(customer_id))).one()
    follow_ups = session.scalar(select(func.count(Contact.id)).where(
        Contact.customer_id == customer_id, Contact.follow_up_on.is_not(None), Contact.follow_up_done_at.is_(None)))
    del today  # open follow-ups are counted whatever their day; the day is for what is due (the contact log)
    return LifetimeFigures(orders=orders, value=Decimal(str(value)).quantize(Decimal("0.01")), returns=returns,
                           complaints=cases, first_order_at=first, last_order_at=last, open_follow_ups=follow_ups or 0)


def customer_card(session: Session, customer_id: int, *, today: date | None = None) -> CustomerCard:
    """Everything the card shows but the timeline (timeline() reads that, so the card opens at once)."""
    day = today or shop_day(utcnow())
    with session.begin():
        c = session.get(Customer, customer_id)
        if c is None:
            raise NotFound(msg("No customer with id {id}.", id=customer_id))
        dupes = () if c.anonymised_at or c.merged_into_id else lookalikes(session, c.id, c.email, c.phone, c.nip)
        return CustomerCard(id=c.id, name=c.name, email=c.email, phone=c.phone, company=c.company, nip=c.nip,
                            nip_valid=nip_valid(c.nip), notes=c.notes or "", tags=tags_of(c.tags),
                            created_at=c.created_at, anonymised_at=c.anonymised_at, merged_into_id=c.merged_into_id,
                            addresses=_addresses(session, c.id), consents=_consents(session, c.id),
                            figures=figures(session, c.id, day), duplicates=tuple(dupes))


def _carrier(code: str) -> str:
    info = CARRIERS.get(code)
    return info.name if info else code


def _first_line(text: str) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= 120 else line[:119] + "…"


def _limited(query, column, limit: int | None):
    query = query.order_by(column.desc())
    return query.limit(limit) if limit else query


def _items(session: Session, customer_id: int, limit: int | None) -> Iterable[TimelineItem]:
    orders = _customer_orders(customer_id)
    for oid, number, at, total, currency in session.execute(_limited(
            select(Order.id, Order.number, Order.created_at, Order.total, Order.currency)
            .where(Order.customer_id == customer_id), Order.created_at, limit)):
        yield TimelineItem(at=at, kind="order", order_id=oid,
                           text=msg(ORDER_PLACED, number=number, amount=format_money(Decimal(total or 0), currency)))
    for oid, number, at, old, new in session.execute(_limited(
            select(Order.id, Order.number, OrderEvent.at, OrderEvent.from_status, OrderEvent.to_status)
            .join(Order, Order.id == OrderEvent.order_id)
            .where(Order.customer_id == customer_id, OrderEvent.kind == "status", OrderEvent.from_status.is_not(None)),
            OrderEvent.at, limit)):
        yield TimelineItem(at=at, kind="status", order_id=oid, text=msg(
            ORDER_STATUS, number=number, from_status=status_label(old), to_status=status_label(new or "")))
    first_parcel = (select(Parcel.tracking_number).where(Parcel.shipment_id == Shipment.id,
                                                         Parcel.tracking_number.is_not(None))
                    .order_by(Parcel.number).limit(1).correlate(Shipment).scalar_subquery())
    for oid, number, at, carrier, tracking in session.execute(_limited(
            select(Order.id, Order.number, Shipment.created_at, Shipment.carrier,
                   func.coalesce(first_parcel, Order.tracking_number))
            .join(Order, Order.id == Shipment.order_id).where(Order.customer_id == customer_id),
            Shipment.created_at, limit)):
        text = (msg(SHIPMENT_BOOKED, number=number, carrier=_carrier(carrier), tracking=tracking) if tracking
                else msg(SHIPMENT_BOOKED_NO_TRACKING, number=number, carrier=_carrier(carrier)))
        yield TimelineItem(at=at, kind="shipment", order_id=oid, text=text)
    for iid, oid, number, kind, at, gross, currency in session.execute(_limited(
            select(Invoice.id, Invoice.order_id, Invoice.number, Invoice.kind, Invoice.created_at, Invoice.gross,
                   Invoice.currency).where(Invoice.order_id.in_(orders)), Invoice.created_at, limit)):
        template = CORRECTION_ISSUED if kind == "KOR" else INVOICE_ISSUED
        yield TimelineItem(at=at, kind="invoice", order_id=oid, invoice_id=iid,
                           text=msg(template, number=number, amount=format_money(Decimal(gross or 0), currency)))
    for cid, oid, number, kind, created, decided, closed, decision in session.execute(_limited(
            select(Complaint.id, Complaint.order_id, Complaint.number, Complaint.kind, Complaint.created_at,
                   Complaint.decided_at, Complaint.closed_at, Complaint.decision).where(_cases_of(customer_id)),
            Complaint.created_at, limit)):
        name = complaint_labels.label(complaint_labels.KIND, kind)
        yield TimelineItem(at=created, kind="complaint", order_id=oid, complaint_id=cid,
                           text=msg(CASE_REGISTERED, kind=name, number=number))
        if decided is not None:
            yield TimelineItem(at=decided, kind="complaint", order_id=oid, complaint_id=cid, text=msg(
                CASE_DECIDED, kind=name, number=number,
                decision=complaint_labels.label(complaint_labels.DECISION, decision)))
        if closed is not None:
            yield TimelineItem(at=closed, kind="complaint", order_id=oid, complaint_id=cid,
                               text=msg(CASE_CLOSED, kind=name, number=number))
    for cid, oid, case_id, at, channel, direction, topic, note in session.execute(_limited(
            select(Contact.id, Contact.order_id, Contact.complaint_id, Contact.at, Contact.channel,
                   Contact.direction, Contact.topic, Contact.note).where(Contact.customer_id == customer_id),
            Contact.at, limit)):
        words = {"channel": labels.label("channel", channel), "direction": labels.label("direction", direction),
                 "topic": labels.label("topic", topic)}
        line = _first_line(note)
        text = msg(CONTACT_LINE, note=line, **words) if line else msg(CONTACT_LINE_NO_NOTE, **words)
        yield TimelineItem(at=at, kind="contact", order_id=oid, complaint_id=case_id, contact_id=cid, text=text)
    for at, action in session.execute(_limited(
            select(PrivacyLogEntry.at, PrivacyLogEntry.action).where(PrivacyLogEntry.customer_id == customer_id),
            PrivacyLogEntry.at, limit)):
        yield TimelineItem(at=at, kind="merge" if action == "merge" else "privacy",
                           text=PRIVACY.get(action, action))


def timeline(session: Session, customer_id: int, *, limit: int | None = None) -> tuple[TimelineItem, ...]:
    """Everything that happened with the customer, newest first (at most `limit` items)."""
    with session.begin():
        if session.get(Customer, customer_id) is None:
            raise NotFound(msg("No customer with id {id}.", id=customer_id))
        items = list(_items(session, customer_id, limit))
    items.sort(key=lambda i: (_aware(i.at), _RANK.get(i.kind, 0)), reverse=True)
    return tuple(items[:limit] if limit else items)


# Of two things at the same moment, the later step first (newest first): a status change after its order.
_RANK = {"order": 0, "status": 1, "shipment": 2, "invoice": 3, "complaint": 4, "contact": 5, "merge": 6, "privacy": 6}


def _aware(at: datetime | None) -> datetime:
    return at if at is not None else datetime.min.replace(tzinfo=utcnow().tzinfo)

