"""Look-alike customers and merging them (app.services.customers.merging): the groups found by e-mail, phone and
NIP; a merge that moves orders, contacts, cases, consents and invoices' orders, fills the kept one's gaps, shows
in the kept customer's timeline, and refuses what must not be merged."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from app.core.errors import DomainError
from app.models import Invoice, Order
from app.models.complaint import Complaint
from app.models.customer import Contact, Customer, CustomerConsent, PrivacyLogEntry
from app.services.customers.card import customer_card, timeline
from app.services.customers.merging import find_duplicates, merge_customers
from app.services.customers.search import list_customers

TODAY = date(2026, 6, 30)


def add(session, name: str, **fields) -> int:
    with session.begin():
        c = Customer(name=name, **fields)
        session.add(c)
        session.flush()
        return c.id


def test_find_duplicates_by_email_phone_and_nip(session):
    a = add(session, "Anna", email="Anna@Example.pl", phone="+48 600 100 200")
    b = add(session, "Anna K.", email="anna@example.pl ")
    c = add(session, "A. Kowalska", phone="600-100-200")
    d = add(session, "Firma 1", nip="526-000-12-46")
    e = add(session, "Firma 2", nip="5260001246")
    add(session, "Sam", email="sam@example.pl", phone="700 000 000", nip="1234563218")
    add(session, "Gone", email="anna@example.pl", merged_into_id=a)
    add(session, "Erased", phone="600100200", anonymised_at=datetime(2026, 1, 1, tzinfo=UTC))
    groups = {(g.key_kind, g.key): g for g in find_duplicates(session)}
    assert set(groups) == {("email", "anna@example.pl"), ("phone", "600100200"), ("nip", "5260001246")}
    assert groups[("email", "anna@example.pl")].customer_ids == (a, b)  # the oldest first
    assert groups[("phone", "600100200")].customer_ids == (a, c)
    assert groups[("nip", "5260001246")].names == ("Firma 1", "Firma 2")
    assert d in groups[("nip", "5260001246")].customer_ids and e in groups[("nip", "5260001246")].customer_ids


def test_merge_moves_everything_and_is_in_the_history(session, history):
    with session.begin():
        orders = list(session.scalars(select(Order.id).where(Order.customer_id == history.customer_id)))
        case_id = session.scalar(select(Complaint.id).where(Complaint.number == history.case_number))
        session.get(Complaint, case_id).customer_id = history.customer_id
    keep = add(session, "Anna Kowalska (sklep)", notes="Stała klientka", tags="vip")
    with session.begin():
        session.get(Customer, history.customer_id).tags = "blocked"
        session.get(Customer, history.customer_id).notes = "Woli telefon"
        session.get(Customer, history.customer_id).nip = "5260001246"
        session.add(CustomerConsent(customer_id=history.customer_id, kind="newsletter", given=True, source="sklep"))
    result = merge_customers(session, keep, [history.customer_id], who="anna")
    assert (result.kept_id, result.merged_ids) == (keep, (history.customer_id,))
    assert (result.orders_moved, result.contacts_moved, result.complaints_moved, result.invoices_moved) == (3, 2, 1, 1)
    with session.begin():
        assert set(session.scalars(select(Order.id).where(Order.customer_id == keep))) == set(orders)
        assert session.scalar(select(func.count(Contact.id)).where(Contact.customer_id == keep)) == 2
        assert session.get(Complaint, case_id).customer_id == keep
        assert session.scalar(select(func.count(Invoice.id)).join(Order, Order.id == Invoice.order_id)
                              .where(Order.customer_id == keep)) == 1
        kept, gone = session.get(Customer, keep), session.get(Customer, history.customer_id)
        assert (kept.email, kept.phone, kept.nip) == ("anna@example.pl", "+48 600 100 200", "5260001246")
        assert kept.notes == "Stała klientka\n\nWoli telefon"
        assert kept.tags == "vip,blocked"
        assert (gone.merged_into_id, gone.tags) == (keep, "")
        log = session.scalars(select(PrivacyLogEntry).where(PrivacyLogEntry.customer_id == keep)).one()
        assert log.action == "merge" and log.who == "anna" and str(history.customer_id) in log.detail
        assert "anna@example.pl" not in log.detail and "Kowalska" not in log.detail  # ids only, no personal data
    card = customer_card(session, keep, today=TODAY)
    assert card.figures.orders == 2 and card.figures.returns == 1
    assert next(c for c in card.consents if c.kind == "newsletter").given
    items = timeline(session, keep)
    assert items[0].kind == "merge" and items[0].text == "Customers merged into this one"
    assert {"order", "invoice", "shipment", "complaint", "contact"} <= {i.kind for i in items}
    assert history.customer_id not in {r.id for r in list_customers(session, today=TODAY).rows}


def test_merge_refuses_itself_anonymised_and_merged_away(session):
    a = add(session, "A")
    b = add(session, "B")
    erased = add(session, "X", anonymised_at=datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(DomainError, match="into itself"):
        merge_customers(session, a, [a, b], who="t")
    with pytest.raises(DomainError, match="anonymised"):
        merge_customers(session, a, [erased], who="t")
    with pytest.raises(DomainError, match="anonymised"):
        merge_customers(session, erased, [a], who="t")
    merge_customers(session, a, [b], who="t")
    with pytest.raises(DomainError, match="already merged"):
        merge_customers(session, b, [a], who="t")
    with pytest.raises(DomainError, match="already merged"):
        merge_customers(session, a, [b], who="t")
    with session.begin():  # nothing half-done by the refusals
        assert session.scalar(select(func.count(PrivacyLogEntry.id))) == 1
