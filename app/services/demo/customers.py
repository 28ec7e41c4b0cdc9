"""The demo shop's customers (issue 17): contacts across every channel and topic, follow-ups due today, overdue,
ahead and done, tags (VIP, wholesale, blocked, the blocked one with an order flagged), consents given and
withdrawn, a few likely duplicates to merge, an old customer list past the retention period, and one customer
already anonymised.

Contacts, tags, consents and the anonymisation go through the customers services themselves, so the demo shows
exactly what the app makes; the duplicates are written as an import from a second sales channel would have made
them (a new customer row for a known person, with one of their orders moved onto it), and the old customer list as
a plain insert, as a shop moving from a spreadsheet would have had it.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import Complaint, Contact, Customer, CustomerConsent, Order
from app.models.customer import TAG_BLOCKED, TAG_VIP, TAG_WHOLESALE
from app.services.customers import contacts, editing, privacy
from app.services.customers.data import ContactInput
from app.services.orders import lifecycle as lc
from app.services.orders.verification import verify_orders

WHO = ("Anna Nowak", "Kasia (pakowanie)")

# (channel, direction, topic, note): what customers of a kitchenware shop write and say.
_TALK = {
    "status": (("phone", "in", "Pyta, kiedy przyjdzie paczka; podałam numer przesyłki."),
               ("email", "in", "Gdzie jest moja paczka? Minęły już 3 dni."),
               ("chat", "in", "Czy zamówienie już wysłane?"),
               ("marketplace", "in", "Pytanie z Allegro o termin wysyłki."),
               ("email", "out", "Wysłaliśmy link do śledzenia przesyłki.")),
    "change": (("phone", "in", "Prosi o zmianę adresu dostawy na adres pracy."),
               ("email", "in", "Chce dopisać do zamówienia drugi kubek."),
               ("chat", "in", "Zmiana paczkomatu na POZ08M.")),
    "return": (("email", "in", "Jak zwrócić towar? Kolor nie pasuje."),
               ("phone", "in", "Pyta o adres do zwrotu i termin 14 dni."),
               ("email", "out", "Wysłano formularz zwrotu i adres.")),
    "complaint": (("email", "in", "Przysłała zdjęcia pękniętego talerza."),
                  ("phone", "in", "Dopytuje o stan reklamacji."),
                  ("email", "out", "Potwierdziliśmy przyjęcie reklamacji.")),
    "product": (("chat", "in", "Czy dzbanek można myć w zmywarce?"),
                ("social", "in", "Pytanie na Instagramie o pojemność kubka."),
                ("in_person", "in", "Odbiór osobisty, pytała o komplet talerzy."),
                ("email", "out", "Odpisaliśmy z wymiarami i pojemnością.")),
    "payment": (("email", "in", "Nie dostał linku do płatności."),
                ("phone", "out", "Przypomnienie o płatności za zamówienie."),
                ("email", "in", "Prosi o fakturę na firmę.")),
    "other": (("phone", "in", "Pyta o współpracę hurtową."),
              ("social", "in", "Podziękowania za szybką wysyłkę.")),
}
# Follow-ups: (days from today, done): two due today, two overdue, two ahead, two done.
_FOLLOW_UPS = ((0, False), (0, False), (-1, False), (-3, False), (2, False), (6, False), (-5, True), (-2, True))


def write_customers(session: Session, rng: random.Random, now: datetime, tz: ZoneInfo) -> int:
    """Give the demo's customers their contacts, tags, consents, duplicates and the rest; returns the contacts
    logged."""
    today = now.astimezone(tz).date()
    with session.begin():
        busy = session.execute(
            select(Order.customer_id, func.count()).where(Order.customer_id.is_not(None))
            .group_by(Order.customer_id).order_by(func.count().desc(), Order.customer_id)).all()
        companies = session.scalars(select(Customer.id).where(Customer.nip.is_not(None)).order_by(Customer.id)
                                    .limit(3)).all()
        orders = session.execute(select(Order.id, Order.customer_id, Order.status, Order.created_at)
                                 .where(Order.customer_id.is_not(None)).order_by(Order.id)).all()
        cases = session.execute(select(Complaint.id, Complaint.order_id, Complaint.received_on)
                                .order_by(Complaint.id)).all()
    if not busy:
        return 0
    logged = _contacts(session, rng, orders, cases, now, tz, today)
    _tags(session, [cid for cid, _ in busy[:5]], companies, rng, orders)
    _consents(session, rng, [cid for cid, _ in busy], now)
    _duplicates(session, rng, busy, now)
    _old_list(session, now, today)
    return logged


def _at(day: date, rng: random.Random, tz: ZoneInfo, now: datetime) -> datetime:
    """A moment in office hours of `day`, never after now."""
    moment = datetime.combine(day, time(rng.randint(8, 17), rng.randint(0, 59)), tz).astimezone(UTC)
    return min(moment, now - timedelta(minutes=rng.randint(5, 90)))


def _contacts(session: Session, rng: random.Random, orders, cases, now: datetime, tz: ZoneInfo, today: date) -> int:
    """About one contact per three orders (at most 300), on their topics, plus one per complaint case."""
    picked = rng.sample(list(orders), min(len(orders) // 3, 300))
    made = 0
    for n, (order_id, customer_id, status, created_at) in enumerate(picked):
        topic = ("status" if status in (lc.SHIPPED, lc.READY, lc.NEW) else "return" if status == lc.RETURNED
                 else "payment" if status == lc.AWAITING_PAYMENT else rng.choice(tuple(_TALK)))
        channel, direction, note = rng.choice(_TALK[topic])
        first = created_at.astimezone(tz).date()
        day = first + timedelta(days=rng.randint(0, max(0, min(10, (today - first).days))))
        follow = None
        if n < len(_FOLLOW_UPS):
            follow = today + timedelta(days=_FOLLOW_UPS[n][0])
            day = min(day, follow - timedelta(days=1)) if follow <= today else day
        _id, _changes = contacts.log_contact(
            session, ContactInput(channel=channel, direction=direction, topic=topic, note=note,
                                  customer_id=customer_id, order_id=order_id, follow_up_on=follow),
            who=rng.choice(WHO), at=_at(min(day, today), rng, tz, now))
        if n < len(_FOLLOW_UPS) and _FOLLOW_UPS[n][1]:
            contacts.mark_follow_up_done(session, _id, who=WHO[0])
        made += 1
    for case_id, _order_id, received_on in cases:
        channel, direction, note = rng.choice(_TALK["complaint"])
        contacts.log_contact(session, ContactInput(channel=channel, direction=direction, topic="complaint",
                                                   note=note, complaint_id=case_id),
                             who=WHO[0], at=_at(min(received_on + timedelta(days=1), today), rng, tz, now))
        made += 1
    return made


def _tags(session: Session, vips: list[int], companies: list[int], rng: random.Random, orders) -> None:
    for cid in vips:
        editing.set_tags(session, cid, [TAG_VIP], who=WHO[0])
    for cid in companies:
        editing.set_tags(session, cid, [TAG_WHOLESALE], who=WHO[0])
    # Blocked: two customers who never paid, each with an order waiting, which verification then flags.
    taken = set(vips) | set(companies)
    blocked: dict[int, int] = {}
    for oid, cid, status, _at in orders:
        if status in (lc.NEW, lc.AWAITING_PAYMENT) and cid not in taken and cid not in blocked:
            blocked[cid] = oid
    for cid in rng.sample(sorted(blocked), min(2, len(blocked))):
        editing.set_tags(session, cid, [TAG_BLOCKED], who=WHO[0])
        verify_orders(session, [blocked[cid]], WHO[0])


def _consents(session: Session, rng: random.Random, customer_ids: list[int], now: datetime) -> None:
    """Marketing consents for about a third, a newsletter for some, two withdrawn later; dated in the past."""
    for cid in customer_ids[: max(6, len(customer_ids) // 3)]:
        editing.set_consent(session, cid, "marketing_email", True, source="sklep", who="sklep")
        if rng.random() < 0.4:
            editing.set_consent(session, cid, "newsletter", True, source="sklep", who="sklep")
    for cid in customer_ids[:2]:
        editing.set_consent(session, cid, "marketing_email", False, source="telefon", who=WHO[0])
    with session.begin():  # the services stamp "now": spread the first consents over the past months
        rows = session.execute(select(CustomerConsent.id, CustomerConsent.given)
                               .order_by(CustomerConsent.id)).all()
        for consent_id, given in rows:
            back = timedelta(days=rng.randint(20, 85)) if given else timedelta(days=rng.randint(1, 10))
            session.execute(update(CustomerConsent).where(CustomerConsent.id == consent_id).values(at=now - back))


def _duplicates(session: Session, rng: random.Random, busy, now: datetime) -> None:
    """Four people who bought again through another channel: the same e-mail (in capitals), the same phone typed
    another way, the same NIP; each new row holds one of their orders."""
    with session.begin():
        repeat = [cid for cid, count in busy if count >= 2][:4]
        for n, cid in enumerate(repeat):
            old = session.get(Customer, cid)
            email = old.email.upper() if n % 2 == 0 and old.email else None
            phone = None
            if n % 2 == 1 and old.phone:
                digits = "".join(ch for ch in old.phone if ch.isdigit())[-9:]
                phone = f"+48 {digits[:3]} {digits[3:6]} {digits[6:]}"
            moved = session.scalar(select(Order.id).where(Order.customer_id == cid, ~Order.id.in_(
                select(Complaint.order_id).where(Complaint.order_id.is_not(None)))).order_by(Order.id.desc()).limit(1))
            if moved is None:  # every order of theirs has a case: the case stays with its customer
                continue
            twin = Customer(name=old.name, email=email, phone=phone, company=old.company, nip=old.nip,
                            created_at=now - timedelta(days=rng.randint(1, 30)))
            session.add(twin)
            session.flush()
            session.execute(update(Order).where(Order.id == moved).values(customer_id=twin.id))
            session.execute(update(Contact).where(Contact.order_id == moved).values(customer_id=twin.id))


def _old_list(session: Session, now: datetime, today: date) -> None:
    """Four customers from the shop's old spreadsheet, last seen four years ago: three past the retention period,
    and one who asked to be forgotten, already anonymised (the file's scrubbing left out: the demo is fiction)."""
    with session.begin():
        people = []
        for n, (name, email) in enumerate((("Halina Wróbel", "halina.wrobel@example.com"),
                                           ("Tadeusz Mazur", "t.mazur@example.com"),
                                           ("Irena Zając", "irena.zajac@example.com"),
                                           ("Zenon Kowalczyk", "zenon.k@example.com"))):
            person = Customer(name=name, email=email, phone=f"+48 50{n} 200 300",
                              created_at=now - timedelta(days=4 * 365 + 30 * n))
            session.add(person)
            people.append(person)
        session.flush()
        forgotten = people[-1].id
    privacy.anonymise_customers(session, [forgotten], who=WHO[0], why="Prośba klienta (e-mail z 2 grudnia).",
                                today=today, scrub_file=False)
