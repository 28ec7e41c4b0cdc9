"""send_queued end to end against the local KSeF stand-in (the real gateway, ksef-client, HTTP, encryption): accept
with the UPO, reject with the documented code, a lost answer, the service down then back, and a process SIGKILLed
after the send and before the status: the rerun loses nothing and sends nothing twice (the stand-in counts)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest

from app.models import Invoice
from app.printing.ksef_xml import invoice_xml
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.ksef import states as st
from app.services.invoicing.ksef.gateway import make_gateway
from app.services.invoicing.ksef.queue import queue
from app.services.invoicing.ksef.sending import send_queued
from app.services.invoicing.reading import invoice_doc
from tests.support.ksef_standin import KsefStandin

NIP = "5260250274"


@pytest.fixture
def standin():
    server = KsefStandin(nip=NIP).start()
    yield server
    server.stop()


@pytest.fixture
def invoices(session, seller, make_order) -> list[int]:
    ids = [issue_invoice(session, make_order([(i + 1, "10.00", "23")]), "t") for i in range(3)]
    queue(session, ids)
    return ids


def _send(session, standin, **kw):
    gateway = make_gateway("test", NIP, standin.token, base_url=standin.base_url, timeout_seconds=5)
    try:
        return send_queued(session, gateway, "anna", poll_seconds=0.05, wait_seconds=5, **kw)
    finally:
        gateway.close()


def _rows(session, ids) -> list[Invoice]:
    session.expire_all()
    with session.begin():
        rows = [session.get(Invoice, i) for i in ids]
        for r in rows:
            session.expunge(r)
    return rows


def _intact(session, standin, ids) -> None:
    """Each invoice arrived exactly once, as its XML is."""
    got = [i.xml for i in standin.invoices]
    assert sorted(got) == sorted(invoice_xml(invoice_doc(session, i)) for i in ids)


def test_send_accept_reject(session, standin, invoices):
    standin.reject_next(450, details=("P_2: numer",))
    summary = _send(session, standin)
    assert summary.rejected == (invoices[0],) and summary.accepted == tuple(invoices[1:])
    first, *rest = _rows(session, invoices)
    assert (first.ksef_status, first.ksef_error_code, first.ksef_error_details) == (st.REJECTED, 450, "P_2: numer")
    for r in rest:
        assert r.ksef_status == st.ACCEPTED and r.ksef_number and r.ksef_number.startswith(NIP)
        assert r.ksef_number.encode() in r.ksef_upo  # its UPO names it
    _intact(session, standin, invoices)
    assert len(standin.sessions) == 1


def test_lost_answer_and_down_then_back(session, standin, invoices):
    standin.drop_next_answer()
    summary = _send(session, standin)
    assert summary.unavailable and summary.left == tuple(invoices)
    assert [r.ksef_status for r in _rows(session, invoices)] == [st.SENT, st.QUEUED, st.QUEUED]
    standin.go_down("refused")
    summary = _send(session, standin)
    assert summary.unavailable and summary.accepted == ()
    standin.come_up()
    summary = _send(session, standin)
    assert summary.accepted == tuple(invoices) and summary.sent == tuple(invoices[1:])
    _intact(session, standin, invoices)  # the lost one was found by its hash, not sent again


def test_sigkill_after_the_send_then_rerun(session, db_path, standin, invoices):
    """A process sends the first invoice and is killed before it asks the status; a rerun finishes the job."""
    script = textwrap.dedent(f"""
        import os, signal
        from app.db import open_database
        from app.services.invoicing.ksef.gateway import make_gateway
        from app.services.invoicing.ksef.sending import send_queued

        gateway = make_gateway("test", {NIP!r}, {standin.token!r}, base_url={standin.base_url!r})
        real_send = gateway.send
        def send(session_reference, xml, **kw):
            sent = real_send(session_reference, xml, **kw)
            os.kill(os.getpid(), signal.SIGKILL)
        gateway.send = send
        db = open_database({str(db_path)!r})
        send_queued(db.session(), gateway, "killed")
    """)
    done = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert len(standin.invoices) == 1
    assert [r.ksef_status for r in _rows(session, invoices)] == [st.SENT, st.QUEUED, st.QUEUED]
    summary = _send(session, standin)
    assert summary.accepted == tuple(invoices) and len(standin.invoices) == 3
    _intact(session, standin, invoices)
    assert all(r.ksef_upo for r in _rows(session, invoices))


def test_an_invoice_issued_offline_is_sent_saying_so(session, standin, seller, make_order):
    """Issued while KSeF could not be reached (queued offline): KSeF is told (offlineMode), so it is judged by the
    offline24 rules; an ordinary one is not."""
    online = issue_invoice(session, make_order([(1, "10.00", "23")]), "t")
    offline = issue_invoice(session, make_order([(2, "10.00", "23")]), "t")
    queue(session, [online])
    queue(session, [offline], offline=True)
    assert _send(session, standin).accepted == (online, offline)
    by_xml = {i.xml: i.offline_mode for i in standin.invoices}
    assert by_xml[invoice_xml(invoice_doc(session, online))] is False
    assert by_xml[invoice_xml(invoice_doc(session, offline))] is True
