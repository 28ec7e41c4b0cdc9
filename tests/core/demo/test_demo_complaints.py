"""The demo shop holds complaints and returns in every state, some due today and some overdue, decided with each
remedy and carried through (stock back, corrections, refunds, replacement orders, supplier claims), with their
letters; made through the complaints services, so `zaplecze check` holds."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from app.core.shop_time import shop_day
from app.models import Complaint, ComplaintLetter, Invoice, Order, Refund, StockDocument, SupplierClaim
from app.models import complaint as c
from app.services.complaints.listing import counts
from app.services.demo.shop import fill_demo
from app.services.shopfile.check import check_database


@pytest.fixture
def demo(db):
    summary = fill_demo(db, orders=600)  # the real clock: the complaints services stamp it
    return db, summary


def test_cases_in_every_state_with_each_remedy_and_their_letters(demo, session):
    db, summary = demo
    today = shop_day(datetime.now(UTC))
    with session.begin():
        cases = session.scalars(select(Complaint)).all()
        assert len(cases) == summary.complaints >= 20
        assert {x.status for x in cases} == set(c.STATUSES)
        assert {x.kind for x in cases} == set(c.KINDS)
        open_ = [x for x in cases if x.status in c.OPEN_STATUSES]
        assert any(x.due_on == today for x in open_), "one due today"
        assert any(x.due_on < today for x in open_), "one overdue"
        assert any(x.out_of_time for x in cases), "a late withdrawal flagged"
        accepted = [x for x in cases if x.decision == c.ACCEPTED]
        assert {x.remedy for x in accepted} >= {"refund", "replacement", "price_reduction", "repair"}
        assert any(x.decision == c.REJECTED and x.answered_on for x in cases)
        # what the decisions set going
        assert session.scalar(select(func.count()).select_from(StockDocument)
                              .where(StockDocument.complaint_id.is_not(None))) > 0
        assert session.scalar(select(func.count()).select_from(Refund).where(Refund.paid_on.is_not(None))) > 0
        assert session.scalar(select(func.count()).select_from(Refund).where(Refund.paid_on.is_(None))) > 0
        replacements = [x.replacement_order_id for x in cases if x.replacement_order_id]
        assert replacements and all(session.get(Order, i).total == 0 for i in replacements)
        corrections = [x.correction_invoice_id for x in cases if x.correction_invoice_id]
        assert corrections and all(session.get(Invoice, i).kind == "KOR" for i in corrections)
        assert session.scalar(select(func.count()).select_from(SupplierClaim)) > 0
        letters = session.scalars(select(ComplaintLetter)).all()
        assert {x.template for x in letters} == set(c.LETTER_KINDS)
        assert all(x.pdf and x.pdf.startswith(b"%PDF") and x.sent_on for x in letters)
        # timelines read over the days the cases took, not all at one moment
        closed = next(x for x in cases if x.status == c.CLOSED)
        assert closed.events[0].at < closed.events[-1].at
    shown = counts(session, today)
    assert shown.overdue >= 1 and shown.due_soon >= 1
    assert check_database(db) == []
