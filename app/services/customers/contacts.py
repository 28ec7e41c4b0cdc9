"""The contact log (issue 17, "The contact log"): a contact logged in seconds with a customer, an order or a case;
its optional follow-up, the follow-ups due (today and overdue) and their counts for the tab and the status bar;
a follow-up done with one key and reopened.

A contact names its customer: when only the order or the case is given, the customer is taken from it, so the card's
timeline shows every contact about their orders. A customer merged away is followed to the one who holds them now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import Order
from app.models.base import utcnow
from app.models.complaint import Complaint
from app.models.customer import CONTACT_CHANNELS, DIRECTIONS, TOPICS, Contact, Customer
from app.services.customers.data import ContactInput, FollowUpCounts, FollowUpRow

# A note is a few lines a colleague reads, or a reply's text (a long e-mail fits); beyond that it is a pasted file.
NOTE_MAX = 20_000

# The follow-up views: "due" is what to do now (overdue first, then today), "open" every one not done.
FOLLOW_UP_VIEWS = ("due", "today", "overdue", "open")


@dataclass(frozen=True)
class ContactRow:
    """One logged contact as a list shows it."""

    id: int
    at: datetime
    who: str
    channel: str
    direction: str
    topic: str
    note: str
    follow_up_on: date | None
    done: bool  # the follow-up was done (False also when there is none)
    customer_id: int | None = None
    order_id: int | None = None
    complaint_id: int | None = None


def _check_codes(channel: str, direction: str, topic: str) -> None:
    if channel not in CONTACT_CHANNELS:
        raise DomainError(msg("Unknown contact channel: {code}.", code=channel))
    if direction not in DIRECTIONS:
        raise DomainError(msg("Unknown contact direction: {code}.", code=direction))
    if topic not in TOPICS:
        raise DomainError(msg("Unknown contact topic: {code}.", code=topic))


def _live_customer(session: Session, customer_id: int) -> int:
    """The customer's id, or of the one they were merged into (a merge leaves nothing pointing at the old one)."""
    seen: set[int] = set()
    while True:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(msg("The customer no longer exists."))
        if customer.merged_into_id is None or customer.merged_into_id in seen:
            return customer.id
        seen.add(customer.id)
        customer_id = customer.merged_into_id


def _resolve(session: Session, inp: ContactInput) -> tuple[int | None, int | None, int | None]:
    """(customer, order, complaint) of a contact: each checked to exist, the customer taken from the case or the
    order when not given, and the case's order taken when only the case is."""
    order_id, complaint_id, customer_id = inp.order_id, inp.complaint_id, inp.customer_id
    if complaint_id is not None:
        complaint = session.get(Complaint, complaint_id)
        if complaint is None:
            raise NotFound(msg("The case no longer exists."))
        order_id = order_id if order_id is not None else complaint.order_id
        if customer_id is None:
            customer_id = complaint.customer_id
    if order_id is not None:
        order = session.get(Order, order_id)
        if order is None:
            raise NotFound(msg("The order no longer exists."))
        if customer_id is None:
            customer_id = order.customer_id
    if customer_id is None and order_id is None and complaint_id is None:
        raise DomainError(msg("Choose the customer, the order or the case the contact was about."))
    if customer_id is not None:
        customer_id = _live_customer(session, customer_id)
    return customer_id, order_id, complaint_id


def _add_contact(session: Session, inp: ContactInput, *, who: str, at: datetime,
                 import_batch_id: int | None = None) -> Contact:
    """Check and add one contact inside the caller's transaction (the log and the import share it)."""
    _check_codes(inp.channel, inp.direction, inp.topic)
    note = (inp.note or "").strip()
    if len(note) > NOTE_MAX:
        raise DomainError(msg("The note is too long ({n} characters; at most {max}).", n=len(note), max=NOTE_MAX))
    if at.tzinfo is None:
        raise DomainError(msg("The contact's time has no time zone."))
    customer_id, order_id, complaint_id = _resolve(session, inp)
    contact = Contact(customer_id=customer_id, order_id=order_id, complaint_id=complaint_id, at=at, who=who,
                      channel=inp.channel, direction=inp.direction, topic=inp.topic, note=note,
                      follow_up_on=inp.follow_up_on, import_batch_id=import_batch_id)
    session.add(contact)
    return contact


def _changes_of(customer_id: int | None, order_id: int | None, complaint_id: int | None) -> Changes:
    changes = Changes.of_customers([customer_id] if customer_id is not None else [])
    if order_id is not None:
        changes = changes | Changes.of_orders([order_id])
    if complaint_id is not None:
        changes = changes | Changes.of_complaints([complaint_id])
    return changes


def log_contact(session: Session, inp: ContactInput, *, who: str,
                at: datetime | None = None) -> tuple[int, Changes]:
    """Log one contact (now, or at `at`) in one transaction; returns its id and what changed: the customer (their
    card, the list's follow-up view and counts) and the order or case it was about (their timelines)."""
    with session.begin():
        contact = _add_contact(session, inp, who=who, at=at or utcnow())
        session.flush()
        return contact.id, _changes_of(contact.customer_id, contact.order_id, contact.complaint_id)


# --- follow-ups ---------------------------------------------------------------------------------------------------

def _open():
    return and_(Contact.follow_up_on.is_not(None), Contact.follow_up_done_at.is_(None))


def follow_ups(session: Session, *, today: date, view: str = "due", limit: int = 1000) -> tuple[FollowUpRow, ...]:
    """The follow-ups not done of one view, oldest day first: "due" (overdue and today), "today", "overdue", or
    "open" (also those planned for later days)."""
    if view not in FOLLOW_UP_VIEWS:
        raise DomainError(msg("Unknown follow-up view: {view}.", view=view))
    where = [_open()]
    if view == "due":
        where.append(Contact.follow_up_on <= today)
    elif view == "today":
        where.append(Contact.follow_up_on == today)
    elif view == "overdue":
        where.append(Contact.follow_up_on < today)
    with session.begin():
        rows = session.execute(
            select(Contact.id, Contact.customer_id, Customer.name, Contact.order_id, Order.number,
                   Contact.complaint_id, Contact.follow_up_on, Contact.channel, Contact.topic, Contact.note,
                   Contact.at)
            .outerjoin(Customer, Customer.id == Contact.customer_id)
            .outerjoin(Order, Order.id == Contact.order_id)
            .where(*where).order_by(Contact.follow_up_on, Contact.at, Contact.id).limit(limit)).all()
    return tuple(FollowUpRow(r.id, r.customer_id, r.name or "", r.order_id, r.number, r.complaint_id,
                             r.follow_up_on, r.channel, r.topic, r.note, r.at) for r in rows)


def follow_up_counts(session: Session, today: date) -> FollowUpCounts:
    """How many follow-ups are due today and how many are overdue: one query over the follow-up index (the tab's
    title and the status bar read it on every change)."""
    with session.begin():
        row = session.execute(
            select(func.coalesce(func.sum(case((Contact.follow_up_on == today, 1), else_=0)), 0),
                   func.coalesce(func.sum(case((Contact.follow_up_on < today, 1), else_=0)), 0))
            .where(_open(), Contact.follow_up_on <= today)).one()
    return FollowUpCounts(today=int(row[0]), overdue=int(row[1]))


def _follow_up(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(msg("The contact no longer exists."))
    if contact.follow_up_on is None:
        raise DomainError(msg("This contact has no follow-up."))
    return contact


def mark_follow_up_done(session: Session, contact_id: int, *, who: str) -> Changes:
    """The follow-up done now (a second time changes nothing: the first moment stays)."""
    with session.begin():
        contact = _follow_up(session, contact_id)
        if contact.follow_up_done_at is None:
            contact.follow_up_done_at = utcnow()
        return _changes_of(contact.customer_id, contact.order_id, contact.complaint_id)


def reopen_follow_up(session: Session, contact_id: int, *, who: str) -> Changes:
    """A follow-up marked done by mistake, due again on its day."""
    with session.begin():
        contact = _follow_up(session, contact_id)
        contact.follow_up_done_at = None
        return _changes_of(contact.customer_id, contact.order_id, contact.complaint_id)


# --- reading ------------------------------------------------------------------------------------------------------

def contacts_of(session: Session, *, customer_id: int | None = None, order_id: int | None = None,
                complaint_id: int | None = None, limit: int = 200) -> tuple[ContactRow, ...]:
    """The latest contacts (newest first) with a customer, about an order, or about a case; given several, those
    matching any of them."""
    terms = []
    if customer_id is not None:
        terms.append(Contact.customer_id == customer_id)
    if order_id is not None:
        terms.append(Contact.order_id == order_id)
    if complaint_id is not None:
        terms.append(Contact.complaint_id == complaint_id)
    if not terms:
        return ()
    with session.begin():
        rows = session.scalars(select(Contact).where(or_(*terms))
                               .order_by(Contact.at.desc(), Contact.id.desc()).limit(limit)).all()
        return tuple(ContactRow(c.id, c.at, c.who, c.channel, c.direction, c.topic, c.note, c.follow_up_on,
                                c.follow_up_done_at is not None, c.customer_id, c.order_id, c.complaint_id)
                     for c in rows)


@dataclass(frozen=True)
class ContactSubject:
    """Whom and what a contact window is about, as its heading names them."""

    customer_id: int | None
    customer_name: str
    order_number: str | None
    complaint_number: str | None


def contact_subject(session: Session, *, customer_id: int | None = None, order_id: int | None = None,
                    complaint_id: int | None = None) -> ContactSubject:
    """The customer (taken from the case or order as the log takes it), the order's and the case's numbers."""
    with session.begin():
        customer, order, complaint = _resolve(session, ContactInput("phone", "in", "other", "", customer_id,
                                                                    order_id, complaint_id))
        name = session.scalar(select(Customer.name).where(Customer.id == customer)) if customer else None
        number = session.scalar(select(Order.number).where(Order.id == order)) if order else None
        case_number = session.scalar(select(Complaint.number).where(Complaint.id == complaint)) if complaint else None
        if not name and order:
            name = session.scalar(select(Order.customer_name).where(Order.id == order))
        return ContactSubject(customer, name or "", number, case_number)
