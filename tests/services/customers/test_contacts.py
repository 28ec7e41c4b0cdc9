"""The contact log: a contact logged with an order takes the order's customer; follow-up views and counts with a
fixed today; done and reopened; contacts read back per customer and order; bad codes refused."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.core.errors import DomainError
from app.models import Order
from app.models.customer import Contact, Customer
from app.services.customers.contacts import (
    contacts_of,
    follow_up_counts,
    follow_ups,
    log_contact,
    mark_follow_up_done,
    reopen_follow_up,
)
from app.services.customers.data import ContactInput
from app.services.orders.editing import create_order

TODAY = date(2026, 3, 10)


@pytest.fixture
def order_id(session, order_input) -> int:
    return create_order(session, order_input(), who="t")


def _customer_of(session, order_id: int) -> int:
    with session.begin():
        return session.get(Order, order_id).customer_id


def test_a_contact_about_an_order_is_the_order_customers(session, order_id):
    cid = _customer_of(session, order_id)
    new_id, changes = log_contact(session, ContactInput("phone", "in", "status", "  Pyta, gdzie paczka  ",
                                                        order_id=order_id), who="ola")
    assert changes.customers == {cid} and changes.orders == {order_id}
    with session.begin():
        c = session.get(Contact, new_id)
        assert (c.customer_id, c.order_id, c.note, c.who) == (cid, order_id, "Pyta, gdzie paczka", "ola")
    rows = contacts_of(session, customer_id=cid)
    assert [r.id for r in rows] == [new_id] and rows[0].channel == "phone" and not rows[0].done
    assert contacts_of(session, order_id=order_id)[0].note == "Pyta, gdzie paczka"


def test_a_merged_customer_is_followed_to_the_one_kept(session, order_id):
    cid = _customer_of(session, order_id)
    with session.begin():
        old = Customer(name="Stara Anna", merged_into_id=cid)
        session.add(old)
        session.flush()
        old_id = old.id
    _, changes = log_contact(session, ContactInput("email", "out", "other", "x", customer_id=old_id), who="t")
    assert changes.customers == {cid}


@pytest.mark.parametrize("codes", [("fax", "in", "status"), ("phone", "sideways", "status"),
                                   ("phone", "in", "gossip")])
def test_unknown_codes_are_refused_and_nothing_written(session, order_id, codes):
    with pytest.raises(DomainError):
        log_contact(session, ContactInput(*codes, "x", order_id=order_id), who="t")
    assert contacts_of(session, order_id=order_id) == ()


def test_a_contact_needs_someone_and_a_sane_note(session, order_id):
    with pytest.raises(DomainError, match="Choose the customer"):
        log_contact(session, ContactInput("phone", "in", "status", "x"), who="t")
    with pytest.raises(DomainError, match="too long"):
        log_contact(session, ContactInput("phone", "in", "status", "x" * 20_001, order_id=order_id), who="t")


def _log(session, order_id, day: date | None, note: str, at: datetime | None = None) -> int:
    new_id, _ = log_contact(session, ContactInput("phone", "in", "status", note, order_id=order_id,
                                                  follow_up_on=day), who="t", at=at)
    return new_id


def test_follow_up_views_and_counts_with_a_fixed_today(session, order_id):
    older = _log(session, order_id, TODAY - timedelta(days=5), "dawno")
    overdue = _log(session, order_id, TODAY - timedelta(days=1), "wczoraj")
    due_today = _log(session, order_id, TODAY, "dziś")
    later = _log(session, order_id, TODAY + timedelta(days=3), "później")
    _log(session, order_id, None, "bez terminu")

    assert [r.contact_id for r in follow_ups(session, today=TODAY)] == [older, overdue, due_today]
    assert [r.contact_id for r in follow_ups(session, today=TODAY, view="today")] == [due_today]
    assert [r.contact_id for r in follow_ups(session, today=TODAY, view="overdue")] == [older, overdue]
    assert [r.contact_id for r in follow_ups(session, today=TODAY, view="open")] == [older, overdue, due_today, later]
    row = follow_ups(session, today=TODAY, view="today")[0]
    assert row.customer_name == "Anna Kowalska" and row.order_number and row.note == "dziś"
    counts = follow_up_counts(session, TODAY)
    assert (counts.today, counts.overdue, counts.due) == (1, 2, 3)

    mark_follow_up_done(session, overdue, who="t")
    assert [r.contact_id for r in follow_ups(session, today=TODAY)] == [older, due_today]
    assert follow_up_counts(session, TODAY).overdue == 1
    assert next(r for r in contacts_of(session, order_id=order_id) if r.id == overdue).done

    reopen_follow_up(session, overdue, who="t")
    assert follow_up_counts(session, TODAY).due == 3


def test_counts_are_zero_on_an_empty_log_and_a_contact_without_follow_up_cannot_be_done(session, order_id):
    assert follow_up_counts(session, TODAY) == follow_up_counts(session, TODAY).__class__(0, 0)
    plain = _log(session, order_id, None, "x", at=datetime(2026, 3, 1, 9, tzinfo=UTC))
    with pytest.raises(DomainError, match="no follow-up"):
        mark_follow_up_done(session, plain, who="t")
    with pytest.raises(DomainError):
        follow_ups(session, today=TODAY, view="tomorrow")
