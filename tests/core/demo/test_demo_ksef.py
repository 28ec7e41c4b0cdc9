"""The demo shop has invoices in every KSeF state, made by the state functions real sends use: accepted with a KSeF
number and a UPO, queued, queued offline with a deadline, rejected with KSeF's code and reason; the queue's count
is what the status bar shows."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Invoice
from app.services.demo import ksef as demo_ksef
from app.services.invoicing.ksef.queue import queued, state_counts
from tests.core.demo.test_demo_invoicing import NOW, fill_demo


@pytest.fixture
def demo(db, session):


    fill_demo(db, orders=300, seed=3, now=NOW)  # the demo builder gives its newest invoices their KSeF states
    return db


def test_every_ksef_state_is_there(demo, session):
    counts = state_counts(session)
    assert counts["accepted"] == demo_ksef.ACCEPTED and counts["rejected"] == demo_ksef.REJECTED
    assert counts["queued"] == demo_ksef.QUEUED + demo_ksef.OFFLINE
    info = queued(session)
    assert info.count == demo_ksef.QUEUED + demo_ksef.OFFLINE and info.offline == demo_ksef.OFFLINE
    assert info.deadline is not None and info.oldest is not None
    with session.begin():
        accepted = session.scalars(select(Invoice).where(Invoice.ksef_status == "accepted")).all()
        assert all(i.ksef_number and i.ksef_upo and i.ksef_number.encode() in i.ksef_upo for i in accepted)
        rejected = session.scalars(select(Invoice).where(Invoice.ksef_status == "rejected")).all()
        assert all(i.ksef_error_code == 450 and i.ksef_error and not i.ksef_number for i in rejected)
        assert all(i.sealed for i in accepted + rejected)  # the sealed invoices' triggers let these columns change
