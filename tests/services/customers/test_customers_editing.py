"""Editing a customer (app.services.customers.editing): the card's fields with the NIP checked, tags, consents with
their history, no edit of an anonymised customer, past orders untouched; and a blocked customer's new order
flagged by verification."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.core.errors import DomainError
from app.models import Order
from app.models.customer import Customer, CustomerConsent
from app.services.customers.data import CustomerEdit
from app.services.customers.editing import set_consent, set_tags, update_customer
from app.services.orders.editing import create_order
from app.services.orders.verification import verify_orders


@pytest.fixture
def ordered(session, order_input) -> tuple[int, int]:
    """(customer id, order id) of an order entered by hand."""
    oid = create_order(session, order_input(None), who="t")
    with session.begin():
        return session.get(Order, oid).customer_id, oid


def edit(**kw) -> CustomerEdit:
    fields = {"name": "Anna Nowa", "email": "anna.nowa@example.pl", "phone": "600 100 200", "company": "Firma",
              "nip": "526-000-12-46", "notes": "Dzwonić po 16"}
    fields.update(kw)
    return CustomerEdit(**fields)


def test_edit_writes_the_customer_not_the_orders(session, ordered):
    cid, oid = ordered
    changes = update_customer(session, cid, edit(), who="t")
    assert changes.customers == {cid}
    with session.begin():
        c, o = session.get(Customer, cid), session.get(Order, oid)
        assert (c.name, c.email, c.nip, c.company, c.notes) == ("Anna Nowa", "anna.nowa@example.pl", "5260001246",
                                                               "Firma", "Dzwonić po 16")
        assert c.updated_at is not None
        assert (o.customer_name, o.email) == ("Anna Kowalska", "anna@example.pl")  # the order's snapshot stays


@pytest.mark.parametrize(("nip", "words"), [("5260001247", "check digit"), ("12345", "10 digits"),
                                            ("ABCDEFGHIJ", "digits")])
def test_a_wrong_nip_is_refused_naming_the_field(session, ordered, nip, words):
    with pytest.raises(DomainError, match="customer's NIP") as error:
        update_customer(session, ordered[0], edit(nip=nip), who="t")
    assert words in str(error.value)
    with session.begin():
        assert session.get(Customer, ordered[0]).nip is None  # nothing written


def test_empty_nip_and_wrong_email(session, ordered):
    update_customer(session, ordered[0], edit(nip="", company=""), who="t")
    with session.begin():
        assert session.get(Customer, ordered[0]).nip is None
    with pytest.raises(DomainError, match="does not look like"):
        update_customer(session, ordered[0], edit(email="anna at example"), who="t")
    with pytest.raises(DomainError, match="name is empty"):
        update_customer(session, ordered[0], edit(name="  "), who="t")


def test_tags_only_known_codes(session, ordered):
    set_tags(session, ordered[0], ["blocked", "vip"], who="t")
    with session.begin():
        assert session.get(Customer, ordered[0]).tags == "vip,blocked"
    with pytest.raises(DomainError, match="Unknown tag 'gold'"):
        set_tags(session, ordered[0], ["gold"], who="t")


def test_consents_keep_their_history(session, ordered):
    set_consent(session, ordered[0], "newsletter", True, source="sklep", who="t")
    set_consent(session, ordered[0], "newsletter", False, source="telefon", who="t")
    with session.begin():
        rows = session.execute(select(CustomerConsent.given, CustomerConsent.source)
                               .where(CustomerConsent.customer_id == ordered[0]).order_by(CustomerConsent.id)).all()
    assert rows == [(True, "sklep"), (False, "telefon")]
    with pytest.raises(DomainError, match="Unknown consent"):
        set_consent(session, ordered[0], "spam", True, source="x", who="t")


def test_an_anonymised_customer_is_not_edited(session, ordered):
    with session.begin():
        session.get(Customer, ordered[0]).anonymised_at = datetime(2026, 1, 1, tzinfo=UTC)
    with pytest.raises(DomainError, match="anonymised"):
        update_customer(session, ordered[0], edit(), who="t")
    with pytest.raises(DomainError, match="anonymised"):
        set_tags(session, ordered[0], [], who="t")


def test_a_blocked_customers_new_order_is_flagged_by_verification(session, order_input):
    blocked = create_order(session, order_input(None), who="t")
    fine = create_order(session, order_input(None, email="inna@example.pl"), who="t")
    with session.begin():
        set_to = session.get(Order, blocked).customer_id
    set_tags(session, set_to, ["blocked"], who="t")
    result = verify_orders(session, [blocked, fine], who="t", accept_duplicate=True)
    assert "Customer is blocked" in result[blocked]
    assert "Customer is blocked" not in result[fine]
    with session.begin():
        assert "Customer is blocked" in session.get(Order, blocked).problems.split("\n")
        assert session.get(Order, blocked).status == "new"  # held back, not released for packing
        assert "Customer is blocked" not in session.get(Order, fine).problems
