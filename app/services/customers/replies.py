"""Answers from templates (issue 17, "Answers"): the shop's reply templates (Polish first, editable, a default set
seeded into an empty table) and one filled for an order, a case or a customer, ready to edit, copy or open in the
mail client.

A template names fields in braces ({numer_zamowienia}); `FIELDS` lists them with what they hold. The text goes to
the customer, so the values are Polish whatever the app's language: the order's status in the customer's words
("nadana – Paczkomat InPost, numer przesyłki …, śledzenie: <link>"), dates as 24.03.2026, amounts as 1 234,50 zł.
Deadlines come from app.services.complaints.deadlines (the case's stored due day, and the withdrawal window counted
from delivery or, when unknown, from shipping); nothing here counts days. A field the order or case has no value
for stays visible as {field} and is listed in `FilledReply.missing`, so the user sees what to write by hand.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import quote

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.core.money import format_money
from app.models import Order, Parcel, Shipment
from app.models.base import utcnow
from app.models.complaint import ACCEPTED, WITHDRAWAL, Complaint
from app.models.customer import TOPICS, Customer, ReplyTemplate
from app.services.complaints import deadlines as dl
from app.services.customers.data import FilledReply, TemplateRow
from app.services.invoicing.settings import read_settings
from app.services.shipping import carriers as cr

# The fields a template may use, with what each holds (English, msg(): the templates dialog lists them).
FIELDS: dict[str, str] = {
    "klient": msg("The customer's name"),
    "sklep": msg("The shop's name (seller data)"),
    "numer_zamowienia": msg("The order's number"),
    "data_zamowienia": msg("The day the order was placed"),
    "status": msg("The order's status, one word"),
    "status_dla_klienta": msg("The order's status in the customer's words, with the parcel and its tracking link"),
    "przewoznik": msg("The carrier"),
    "numer_przesylki": msg("The tracking number"),
    "link_sledzenia": msg("The carrier's tracking link"),
    "kwota": msg("The order's total with its currency"),
    "waluta": msg("The order's currency"),
    "konto": msg("The shop's bank account"),
    "termin_odstapienia": msg("The last day to withdraw from the contract (14 days from delivery)"),
    "numer_reklamacji": msg("The case's number"),
    "data_reklamacji": msg("The day the case was received"),
    "termin_odpowiedzi": msg("The shop's deadline to answer the case"),
    "decyzja": msg("The case's decision in the customer's words"),
}

# Public tracking pages of the carriers in app.services.shipping.carriers ({n}: the tracking number).
TRACKING_URLS: dict[str, str] = {
    cr.INPOST_LOCKER: "https://inpost.pl/sledzenie-przesylek?number={n}",
    cr.INPOST_COURIER: "https://inpost.pl/sledzenie-przesylek?number={n}",
    cr.DPD: "https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1={n}",
    cr.DHL: "https://www.dhl.com/pl-pl/home/sledzenie.html?tracking-id={n}",
    cr.GLS: "https://gls-group.com/PL/pl/sledzenie-paczek?match={n}",
    cr.POCZTA_POLSKA: "https://emonitoring.poczta-polska.pl/?numer={n}",
    cr.ORLEN: "https://www.orlenpaczka.pl/sledz-paczke/?numer={n}",
}

# The order's status, as a customer reads it (Polish: it goes into the customer's letter).
_STATUS_WORDS = {
    "new": "przyjęte", "awaiting_payment": "czeka na płatność", "ready": "opłacone, czeka na spakowanie",
    "packing": "w trakcie pakowania", "packed": "spakowane, czeka na nadanie", "shipped": "nadane",
    "delivered": "doręczone", "on_hold": "wstrzymane", "cancelled": "anulowane", "returned": "zwrócone",
}
_REMEDY_WORDS = {"repair": "naprawa towaru", "replacement": "wymiana towaru na nowy",
                 "price_reduction": "obniżenie ceny", "refund": "zwrot pieniędzy"}

_FIELD_RE = re.compile(r"\{(\w+)\}")
NAME_MAX, SUBJECT_MAX, BODY_MAX = 120, 255, 20_000

# The default templates (name, topic, subject, body), seeded when the shop has none.
DEFAULTS: tuple[tuple[str, str, str, str], ...] = (
    ("Gdzie jest moja paczka", "status", "Zamówienie {numer_zamowienia} – status",
     ("Dzień dobry,\n\ndziękujemy za wiadomość. Status zamówienia {numer_zamowienia}: {status_dla_klienta}\n\n"
     "W razie pytań jesteśmy do dyspozycji.\n\nPozdrawiamy\n{sklep}")),
    ("Zmiana adresu dostawy", "change", "Zamówienie {numer_zamowienia} – zmiana adresu",
     ("Dzień dobry,\n\nzmieniliśmy adres dostawy zamówienia {numer_zamowienia} zgodnie z Pani/Pana prośbą. "
     "Status zamówienia: {status}.\n\nPozdrawiamy\n{sklep}")),
    ("Jak zwrócić towar", "return", "Zamówienie {numer_zamowienia} – zwrot",
     ("Dzień dobry,\n\nod umowy zawartej na odległość można odstąpić bez podania przyczyny w terminie 14 dni "
     "od otrzymania towaru. Dla zamówienia {numer_zamowienia} termin mija {termin_odstapienia}.\n\n"
     "Wystarczy przesłać nam oświadczenie o odstąpieniu (może to być formularz dołączony do przesyłki) i odesłać "
     "towar. Zwrot pieniędzy nastąpi w ciągu 14 dni od otrzymania oświadczenia.\n\nPozdrawiamy\n{sklep}")),
    ("Reklamacja przyjęta", "complaint", "Reklamacja {numer_reklamacji} – przyjęcie zgłoszenia",
     ("Dzień dobry,\n\npotwierdzamy otrzymanie reklamacji {numer_reklamacji} z dnia {data_reklamacji} "
     "(zamówienie {numer_zamowienia}). Odpowiemy najpóźniej {termin_odpowiedzi}.\n\nPozdrawiamy\n{sklep}")),
    ("Reklamacja rozpatrzona", "complaint", "Reklamacja {numer_reklamacji} – decyzja",
     ("Dzień dobry,\n\nreklamacja {numer_reklamacji} (zamówienie {numer_zamowienia}) została rozpatrzona: "
     "{decyzja}.\n\nPozdrawiamy\n{sklep}")),
    ("Przypomnienie o płatności", "payment", "Zamówienie {numer_zamowienia} – płatność",
     ("Dzień dobry,\n\nuprzejmie przypominamy o płatności za zamówienie {numer_zamowienia} z dnia "
     "{data_zamowienia}: {kwota}. Prosimy o przelew na konto {konto}, w tytule numer zamówienia.\n\n"
     "Jeśli płatność została już wysłana, prosimy zignorować tę wiadomość.\n\nPozdrawiamy\n{sklep}")),
)


# --- templates ----------------------------------------------------------------------------------------------------

def _seed(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(ReplyTemplate)):
        return
    for name, topic, subject, body in DEFAULTS:
        session.add(ReplyTemplate(name=name, topic=topic, subject=subject, body=body))
    session.flush()


def list_templates(session: Session, topic: str | None = None) -> tuple[TemplateRow, ...]:
    """The shop's templates by name (of one topic when given); the default set is written first when there are
    none, so a new shop answers from day one and may edit them."""
    with session.begin():
        _seed(session)
        query = select(ReplyTemplate).order_by(ReplyTemplate.name)
        if topic:
            query = query.where(ReplyTemplate.topic == topic)
        return tuple(TemplateRow(t.id, t.name, t.topic, t.subject, t.body) for t in session.scalars(query))


def unknown_fields(text: str) -> tuple[str, ...]:
    """Fields in braces that FIELDS does not know, in order, once each."""
    return tuple(dict.fromkeys(f for f in _FIELD_RE.findall(text) if f not in FIELDS))


def save_template(session: Session, name: str, topic: str, subject: str, body: str, id: int | None = None) -> int:
    """Add a template or change one (by id); checked: a name not taken, a known topic, a body, known fields only
    (a typo in a field would reach the customer as {typo})."""
    name, subject = " ".join(name.split()), subject.strip()
    body = body.strip()
    if not name:
        raise DomainError(msg("Give the template a name."))
    if len(name) > NAME_MAX or len(subject) > SUBJECT_MAX or len(body) > BODY_MAX:
        raise DomainError(msg("The template's name, subject or text is too long."))
    if topic not in TOPICS:
        raise DomainError(msg("Unknown contact topic: {code}.", code=topic))
    if not body:
        raise DomainError(msg("The template has no text."))
    unknown = unknown_fields(subject + "\n" + body)
    if unknown:
        raise DomainError(msg("Unknown fields in the template: {fields}.",
                              fields=", ".join("{" + f + "}" for f in unknown)))
    with session.begin():
        _seed(session)  # the first template a shop writes joins the defaults rather than replacing them
        taken = session.scalar(select(ReplyTemplate.id).where(func.lower(ReplyTemplate.name) == name.lower()))
        if taken is not None and taken != id:
            raise DomainError(msg("A template named {name} already exists.", name=name))
        if id is None:
            template = ReplyTemplate(name=name)
            session.add(template)
        else:
            template = session.get(ReplyTemplate, id)
            if template is None:
                raise NotFound(msg("The template no longer exists."))
        template.name, template.topic, template.subject, template.body = name, topic, subject, body
        template.updated_at = utcnow()
        session.flush()
        return template.id


def delete_template(session: Session, template_id: int) -> None:
    """Remove a template (contacts keep the text that was sent)."""
    with session.begin():
        template = session.get(ReplyTemplate, template_id)
        if template is None:
            raise NotFound(msg("The template no longer exists."))
        session.delete(template)


# --- filling ------------------------------------------------------------------------------------------------------

def tracking_link(carrier_code: str | None, tracking_number: str | None) -> str | None:
    """The carrier's public tracking page for a number, or None (unknown carrier, own delivery, no number)."""
    pattern = TRACKING_URLS.get(carrier_code or "")
    if not pattern or not tracking_number:
        return None
    return pattern.format(n=quote(tracking_number.strip(), safe=""))


def _day(value: date | None) -> str | None:
    return value.strftime("%d.%m.%Y") if value is not None else None


def _account(iban: str) -> str | None:
    """A Polish account as people write it: 'PL61 1090 1014 …' in groups of four after the first two digits."""
    plain = iban.replace(" ", "").upper()
    if not plain:
        return None
    country = plain[:2] if plain[:2].isalpha() else ""
    digits = plain[len(country):]
    groups = [digits[:2]] + [digits[i:i + 4] for i in range(2, len(digits), 4)]
    return (country + " ".join(groups)).strip()


def _order_days(session: Session, order: Order) -> tuple[date | None, date | None]:
    """(shipped, delivered) shop days of an order: its latest move to each status, shipping falling back to the day
    its shipment was made."""
    def moved(status: str) -> date | None:
        at = max((e.at for e in order.events if e.to_status == status), default=None)
        return dl.shop_day(at) if at is not None else None

    shipped = moved("shipped")
    if shipped is None:
        made = session.scalar(select(Shipment.created_at).where(Shipment.order_id == order.id))
        shipped = dl.shop_day(made) if made is not None else None
    return shipped, moved("delivered")


def _parcel(session: Session, order: Order) -> tuple[str | None, str | None, str | None]:
    """(carrier code, tracking number, locker code) of the order's shipment, the carrier guessed from the order's
    shipping method when there is no shipment yet."""
    shipment = session.scalar(select(Shipment).where(Shipment.order_id == order.id))
    number = order.tracking_number
    if shipment is not None:
        number = number or session.scalar(select(Parcel.tracking_number).where(
            Parcel.shipment_id == shipment.id, Parcel.tracking_number.is_not(None)).order_by(Parcel.number).limit(1))
        return shipment.carrier, number, shipment.locker_code
    guessed = cr.match_method(session, order.shipping_method) if order.shipping_method else None
    return (guessed[0] if guessed else None), number, None


def _carrier_name(code: str | None) -> str | None:
    """The carrier as the customer knows it (own delivery and pickup in Polish, as labels print them)."""
    if code in (cr.OWN, cr.PICKUP):
        return cr.PRINTED_NAMES[code]
    return cr.CARRIERS[code].name if code in cr.CARRIERS else None


def _for_customer(status: str, carrier: str | None, number: str | None, link: str | None,
                  locker: str | None) -> str:
    words = _STATUS_WORDS.get(status, status)
    if status not in ("shipped", "delivered") or not carrier:
        return words
    where = f"{carrier} ({locker})" if locker else carrier
    text = f"{words} – {where}"
    if number:
        text += f", numer przesyłki {number}"
    if link:
        text += f", śledzenie: {link}"
    return text


def _order_values(session: Session, order: Order, today: date) -> dict[str, str | None]:
    code, number, locker = _parcel(session, order)
    link = tracking_link(code, number)
    carrier = _carrier_name(code)
    shipped, delivered = _order_days(session, order)
    withdrawal = None
    if shipped is not None or delivered is not None:
        withdrawal = dl.deadline_from_delivery(dl.DeadlineKind.WITHDRAWAL, delivered, shipped)
    return {
        "numer_zamowienia": order.number, "klient": order.customer_name or None,
        "data_zamowienia": _day(dl.shop_day(order.created_at)), "status": _STATUS_WORDS.get(order.status),
        "status_dla_klienta": _for_customer(order.status, carrier, number, link, locker),
        "przewoznik": carrier, "numer_przesylki": number, "link_sledzenia": link,
        "kwota": format_money(order.total, order.currency), "waluta": order.currency,
        "termin_odstapienia": _day(withdrawal.due) if withdrawal is not None else None,
    }


def _decision(case: Complaint) -> str | None:
    if case.decision is None:
        return None
    if case.decision == ACCEPTED:
        remedy = "zwrot pieniędzy" if case.kind == WITHDRAWAL else _REMEDY_WORDS.get(case.remedy or "", "")
        return "reklamacja uznana" + (f" – {remedy}" if remedy else "")
    reason = case.decision_reason.strip()
    return "reklamacja nieuznana" + (f" – {reason}" if reason else "")


def _case_values(case: Complaint) -> dict[str, str | None]:
    return {"numer_reklamacji": case.number, "data_reklamacji": _day(case.received_on),
            "termin_odpowiedzi": _day(case.due_on), "decyzja": _decision(case),
            "klient": case.customer_name or None}


def _fill(text: str, values: dict[str, str | None], missing: dict[str, None]) -> str:
    def put(match: re.Match) -> str:
        value = values.get(match.group(1))
        if value is None or value == "":
            missing[match.group(1)] = None
            return match.group(0)
        return value

    return _FIELD_RE.sub(put, text)


def fill_template(session: Session, template_id: int, *, order_id: int | None = None,
                  complaint_id: int | None = None, customer_id: int | None = None, today: date) -> FilledReply:
    """The template filled from the case (and its order), the order, or the customer; fields without a value stay
    as {field} and are listed in `missing`."""
    with session.begin():
        template = session.get(ReplyTemplate, template_id)
        if template is None:
            raise NotFound(msg("The template no longer exists."))
        values: dict[str, str | None] = {}
        emails: list[str | None] = []
        case = session.get(Complaint, complaint_id) if complaint_id is not None else None
        if complaint_id is not None and case is None:
            raise NotFound(msg("The case no longer exists."))
        if case is not None:
            order_id = order_id if order_id is not None else case.order_id
        order = session.get(Order, order_id) if order_id is not None else None
        if order_id is not None and order is None:
            raise NotFound(msg("The order no longer exists."))
        if order is not None:
            values.update(_order_values(session, order, today))
            emails.append(order.email)
            customer_id = customer_id if customer_id is not None else order.customer_id
        if case is not None:
            values.update({k: v for k, v in _case_values(case).items() if v is not None or k not in values})
            emails.insert(0, case.email)
            customer_id = customer_id if customer_id is not None else case.customer_id
        customer = session.get(Customer, customer_id) if customer_id is not None else None
        if customer is not None:
            values.setdefault("klient", customer.name or None)
            values["klient"] = values["klient"] or customer.name or None
            emails.append(customer.email)
        seller = read_settings(session)
        values["sklep"] = seller.name or None
        values["konto"] = _account(seller.bank_account)
        missing: dict[str, None] = {}
        subject = _fill(template.subject, values, missing)
        body = _fill(template.body, values, missing)
        return FilledReply(subject, body, next((e for e in emails if e), None), customer_id,
                           order.id if order is not None else None, complaint_id, template.topic,
                           tuple(missing))


def mailto_url(to: str | None, subject: str, body: str) -> str:
    """A mailto: address with the subject and body percent-encoded (RFC 6068: spaces as %20, lines as %0D%0A)."""
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return (f"mailto:{quote(to or '', safe='@')}?subject={quote(subject, safe='')}"
            f"&body={quote(body, safe='')}")
