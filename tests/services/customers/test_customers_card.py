"""The customer card and its timeline (app.services.customers.card) for a customer whose history was made by the
areas' own services: figures against the hand-made orders, addresses, consents, look-alikes, and every kind of
event in the timeline, newest first."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.core.errors import NotFound
from app.models import Order
from app.models.customer import Customer, CustomerConsent, PrivacyLogEntry
from app.services.customers.card import customer_card, nip_valid, timeline

TODAY = date(2026, 6, 30)  # as in conftest.py


def test_card_figures_count_what_was_bought(session, history):
    card = customer_card(session, history.customer_id, today=TODAY)
    with session.begin():
        totals = [session.get(Order, i).total for i in (history.shipped, history.second)]
    f = card.figures
    assert f.orders == 2  # the cancelled one is not counted
    assert f.value == sum(totals, Decimal("0.00"))
    assert (f.returns, f.complaints, f.open_follow_ups) == (1, 0, 1)
    assert f.first_order_at == datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    assert f.last_order_at == datetime(2026, 6, 20, 9, 0, tzinfo=UTC)
    assert card.name == "Anna Kowalska" and card.nip is None and card.nip_valid is None


def test_card_addresses_consents_and_lookalikes(session, history):
    with session.begin():
        session.add_all([
            CustomerConsent(customer_id=history.customer_id, kind="newsletter", given=True, source="sklep",
                            at=datetime(2026, 1, 1, tzinfo=UTC)),
            CustomerConsent(customer_id=history.customer_id, kind="newsletter", given=False, source="telefon",
                            at=datetime(2026, 2, 1, tzinfo=UTC)),
            Customer(name="Anna K.", email="ANNA@example.pl"),
            Customer(name="Ktoś", phone="600100200"),
            Customer(name="Inna", email="inna@example.pl", phone="+48 700 000 000"),
        ])
    card = customer_card(session, history.customer_id, today=TODAY)
    shipping = [a for a in card.addresses if a.kind == "shipping"]
    assert len(shipping) == 1 and shipping[0].orders == 3 and "ul. Długa 5/3" in shipping[0].one_line
    newsletter = next(c for c in card.consents if c.kind == "newsletter")
    assert (newsletter.given, newsletter.source) == (False, "telefon")  # the newest row wins
    assert [c.kind for c in card.consents] == ["marketing_email", "marketing_phone", "newsletter", "profiling"]
    assert next(c for c in card.consents if c.kind == "profiling").at is None
    with session.begin():
        names = {session.get(Customer, i).name for i in card.duplicates}
    # the other orders' customers (create_order made one each) share the e-mail and phone too
    assert {"Anna K.", "Ktoś"} <= names and "Inna" not in names


def test_nip_validity():
    assert nip_valid("526-000-12-46") is True
    assert nip_valid("5260001247") is False
    assert nip_valid("") is None


def test_timeline_has_every_kind_newest_first(session, history):
    with session.begin():
        session.add(PrivacyLogEntry(customer_id=history.customer_id, action="merge", who="t", detail="merged 7",
                                    at=datetime(2027, 1, 1, tzinfo=UTC)))
    items = timeline(session, history.customer_id)
    kinds = {i.kind for i in items}
    assert kinds == {"order", "status", "shipment", "invoice", "complaint", "contact", "merge"}
    assert [i.at for i in items] == sorted((i.at for i in items), reverse=True)
    texts = [i.text for i in items]
    assert items[0].kind == "merge"
    assert any(t.startswith("Order ") and "placed" in t for t in texts)
    placed = next(t for t in texts if t.startswith("Order ") and "placed" in t)
    assert placed.endswith("\u00a0zł") and "," in placed, placed  # money the Polish way: 193,30 zł
    assert any("Shipped → Delivered" in t for t in texts)
    assert any("DPD" in t and "DPD123456" in t for t in texts)
    assert any(t.startswith(f"Invoice {history.invoice_number} issued") for t in texts)
    assert any(history.case_number in t and "registered" in t for t in texts)
    contact = next(i for i in items if i.kind == "contact" and i.order_id == history.shipped)
    assert contact.text == "Phone · Incoming · Order status: Pyta o paczkę"  # the note's first line only
    assert any(i.text == "E-mail · Outgoing · Other" for i in items)
    invoice = next(i for i in items if i.kind == "invoice")
    assert invoice.invoice_id and invoice.order_id == history.shipped
    assert len(timeline(session, history.customer_id, limit=3)) == 3


def test_unknown_customer(session):
    with pytest.raises(NotFound):
        customer_card(session, 999)
    with pytest.raises(NotFound):
        timeline(session, 999)
