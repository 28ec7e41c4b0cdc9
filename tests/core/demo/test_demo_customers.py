"""The demo shop's customers show the Customers tab in every state: contacts across channels and topics, follow-ups
due today, overdue and done, tags (a blocked customer's waiting order flagged), consents with history, likely
duplicates to merge, customers past retention and one already anonymised; `zaplecze check` still holds."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from app.core.shop_time import shop_day
from app.models import Contact, Customer, CustomerConsent, Order
from app.models.customer import CONTACT_CHANNELS
from app.services.customers import contacts, merging, privacy, search
from app.services.demo.shop import fill_demo
from app.services.shopfile.check import check_database


@pytest.fixture
def demo(db):
    summary = fill_demo(db, orders=600)  # the real clock: the customers services stamp it
    return db, summary


def test_customers_in_every_state(demo, session):
    db, summary = demo
    today = shop_day(datetime.now(UTC))
    with session.begin():
        logged = session.scalars(select(Contact)).all()
        assert len(logged) == summary.contacts >= 100
        assert {x.channel for x in logged} == set(CONTACT_CHANNELS)
        assert {x.direction for x in logged} == {"in", "out"}
        assert any(x.complaint_id for x in logged), "contacts about complaint cases"
        assert session.scalar(select(func.count()).select_from(Customer)) == summary.customers
        assert session.scalar(select(func.count()).select_from(CustomerConsent)
                              .where(CustomerConsent.given.is_(False))) >= 2, "consents withdrawn too"
    counts = contacts.follow_up_counts(session, today)
    assert counts.today >= 2 and counts.overdue >= 2
    with session.begin():
        assert session.scalar(select(func.count()).select_from(Contact)
                              .where(Contact.follow_up_done_at.is_not(None))) >= 2, "follow-ups done"
    for view in ("vip", "wholesale", "blocked", "anonymised", "follow_ups"):
        assert search.list_customers(session, view=view, today=today).total >= 1, view
    blocked = search.list_customers(session, view="blocked", today=today).rows
    with session.begin():
        flagged = session.scalars(select(Order.problems).where(Order.customer_id.in_([r.id for r in blocked]))).all()
    assert any("Customer is blocked" in p for p in flagged), "a blocked customer's waiting order is flagged"
    groups = merging.find_duplicates(session)
    assert {g.key_kind for g in groups} >= {"email", "phone"} and len(groups) >= 4
    assert len(privacy.past_retention(session, today=today)) >= 3
    assert check_database(db) == []
