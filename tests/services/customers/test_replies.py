"""Reply templates: the default Polish set seeded once, saved and checked, deleted; one filled for a shipped order
(status in the customer's words with the tracking link, the withdrawal deadline from the deadline engine, the
amount the Polish way) and for a complaint (its answer deadline); fields without a value listed and left visible."""

from __future__ import annotations

from datetime import date
from urllib.parse import unquote

import pytest

from app.core.errors import DomainError
from app.models import Order
from app.models.complaint import Complaint
from app.services.complaints import deadlines as dl
from app.services.customers.replies import (
    delete_template,
    fill_template,
    list_templates,
    mailto_url,
    save_template,
    tracking_link,
)
from app.services.invoicing.settings import SellerSettings, save_settings
from app.services.orders import editing as orders
from app.services.shipping import shipments as shipping
from app.services.shipping.data import ParcelInput, ShipmentInput

TODAY = date(2026, 3, 10)
TRACKING = "620111222333444555666777"


def _template(session, name: str) -> int:
    return next(t.id for t in list_templates(session) if t.name == name)


@pytest.fixture
def shipped(session, add_product, order_input) -> int:
    oid = orders.create_order(session, order_input(add_product("KUB"), shipping_method="InPost Paczkomat"), who="t")
    orders.change_status(session, [oid], "ready", who="t")
    orders.change_status(session, [oid], "packed", who="t")
    shipping.create_shipment(session, oid, ShipmentInput("inpost_locker", locker_code="WAW01M",
                                                         parcels=(ParcelInput(tracking_number=TRACKING),)), who="t")
    orders.change_status(session, [oid], "shipped", who="t")
    return oid


def test_the_default_templates_are_seeded_once_and_filter_by_topic(session):
    names = [t.name for t in list_templates(session)]
    assert {"Gdzie jest moja paczka", "Zmiana adresu dostawy", "Jak zwrócić towar", "Reklamacja przyjęta",
            "Reklamacja rozpatrzona", "Przypomnienie o płatności"} <= set(names)
    assert [t.name for t in list_templates(session)] == names  # not seeded twice
    assert {t.topic for t in list_templates(session, topic="complaint")} == {"complaint"}


def test_save_checks_and_delete(session):
    new = save_template(session, "Podziękowanie", "other", "Dziękujemy", "Dziękujemy, {klient}!")
    assert next(t for t in list_templates(session) if t.id == new).body == "Dziękujemy, {klient}!"
    assert save_template(session, "Podziękowanie", "other", "Dzięki", "Dzięki, {klient}.", id=new) == new
    with pytest.raises(DomainError, match="already exists"):
        save_template(session, "podziękowanie", "other", "x", "y")
    with pytest.raises(DomainError, match=r"\{numer_zamowineia\}"):
        save_template(session, "Literówka", "status", "x", "Zamówienie {numer_zamowineia}")
    with pytest.raises(DomainError):
        save_template(session, "Zły temat", "gossip", "x", "y")
    delete_template(session, new)
    names = {t.name for t in list_templates(session)}
    assert "Podziękowanie" not in names and "Gdzie jest moja paczka" in names  # the defaults joined, not replaced


def test_where_is_my_parcel_for_a_shipped_order(session, shipped):
    save_settings(session, SellerSettings(name="Żółty Kot sp. z o.o.", bank_account="PL61109010140000071219812874"))
    filled = fill_template(session, _template(session, "Gdzie jest moja paczka"), order_id=shipped, today=TODAY)
    with session.begin():
        number = session.get(Order, shipped).number
    link = f"https://inpost.pl/sledzenie-przesylek?number={TRACKING}"
    assert filled.subject == f"Zamówienie {number} – status"
    assert f"nadane – InPost Paczkomat (WAW01M), numer przesyłki {TRACKING}, śledzenie: {link}" in filled.body
    assert filled.body.startswith("Dzień dobry,") and filled.body.endswith("Żółty Kot sp. z o.o.")
    assert filled.missing == () and filled.to_email == "anna@example.pl" and filled.order_id == shipped

    payment = fill_template(session, _template(session, "Przypomnienie o płatności"), order_id=shipped, today=TODAY)
    assert "62,98\u00a0zł" in payment.body and "PL61 1090 1014 0000 0712 1981 2874" in payment.body


def test_the_withdrawal_deadline_comes_from_the_deadline_engine(session, shipped):
    with session.begin():
        order = session.get(Order, shipped)
        sent = max(e.at for e in order.events if e.to_status == "shipped")
    due = dl.deadline_from_delivery("withdrawal", None, dl.shop_day(sent)).due
    filled = fill_template(session, _template(session, "Jak zwrócić towar"), order_id=shipped, today=TODAY)
    assert f"termin mija {due:%d.%m.%Y}" in filled.body
    assert filled.missing == ("sklep",)  # no seller data saved: left visible for the user to write
    assert filled.body.rstrip().endswith("{sklep}")


def test_a_complaint_with_its_answer_deadline_and_decision(session, shipped):
    received = date(2026, 3, 2)
    with session.begin():
        case = Complaint(number="REK/2026/0007", kind="liability", received_on=received, order_id=shipped,
                         customer_name="Anna Kowalska", email="anna.rek@example.pl",
                         due_on=dl.deadline("complaint-answer", received).due)
        session.add(case)
        session.flush()
        case_id = case.id
    got = fill_template(session, _template(session, "Reklamacja przyjęta"), complaint_id=case_id, today=TODAY)
    assert "reklamacji REK/2026/0007 z dnia 02.03.2026" in got.body and "najpóźniej 16.03.2026" in got.body
    assert got.order_id == shipped and got.to_email == "anna.rek@example.pl" and got.complaint_id == case_id

    decided = fill_template(session, _template(session, "Reklamacja rozpatrzona"), complaint_id=case_id, today=TODAY)
    assert "decyzja" in decided.missing and "{decyzja}" in decided.body
    with session.begin():
        c = session.get(Complaint, case_id)
        c.decision, c.remedy = "accepted", "replacement"
    decided = fill_template(session, _template(session, "Reklamacja rozpatrzona"), complaint_id=case_id, today=TODAY)
    assert "reklamacja uznana – wymiana towaru na nowy" in decided.body


def test_an_order_not_shipped_leaves_the_parcel_fields_missing(session, order_input):
    oid = orders.create_order(session, order_input(), who="t")
    tid = save_template(session, "Paczka", "status", "{numer_zamowienia}",
                        "{klient}: {status_dla_klienta}; {numer_przesylki} {link_sledzenia}")
    filled = fill_template(session, tid, order_id=oid, today=TODAY)
    assert filled.missing == ("numer_przesylki", "link_sledzenia")
    assert filled.body == "Anna Kowalska: przyjęte; {numer_przesylki} {link_sledzenia}"


def test_tracking_links_and_mailto():
    assert tracking_link("dpd", "0000 1") == "https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=0000%201"
    assert tracking_link("own_delivery", "X1") is None and tracking_link("dhl", None) is None
    url = mailto_url("a@b.pl", "Zamówienie 1 – status", "Dzień dobry,\nlink: https://x.pl/?a=1&b=2")
    assert url.startswith("mailto:a@b.pl?subject=")
    body = url.split("&body=")[1]
    assert "&" not in body and unquote(body) == "Dzień dobry,\r\nlink: https://x.pl/?a=1&b=2"
