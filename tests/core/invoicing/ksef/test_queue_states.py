"""The KSeF queue and its states, driven through a small in-test gateway that keeps what it received (the stand-in
server's end-to-end tests are in test_queue_standin.py): queueing, deadlines, send, accept, reject, a lost answer,
the service down then back, Cancel, and nothing ever sent twice."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.core.progress import Cancelled
from app.models import Invoice
from app.services.invoicing.correcting import correct_from_return
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.ksef import states as st
from app.services.invoicing.ksef.gateway import InvoiceStatus, KsefRefused, KsefUnavailable, SentInvoice, invoice_hash
from app.services.invoicing.ksef.queue import queue, queued, state_counts
from app.services.invoicing.ksef.sending import send_queued
from app.services.invoicing.reading import invoice_doc


class FakeKsef:
    """Implements KsefGateway in memory: `received` maps hash -> (session, reference, xml); `sends` counts XMLs
    it took. Controls: down, lose_next (takes the invoice, the answer never arrives), reject (hash -> code),
    processing (status reads before a verdict)."""

    def __init__(self) -> None:
        self.received: dict[str, tuple[str, str, bytes]] = {}
        self.sends = 0
        self.sessions: list[str] = []
        self.closed: list[str] = []
        self.down = False
        self.lose_next = False
        self.refuse_next = False
        self.reject_codes: dict[int, tuple[int, str]] = {}  # send ordinal (1-based) -> verdict
        self.verdict: dict[str, tuple[int, str]] = {}
        self.processing = 0
        self.reads: dict[str, int] = {}

    def _up(self) -> None:
        if self.down:
            raise KsefUnavailable("KSeF cannot be reached")

    def check_connection(self) -> None:
        self._up()

    def open_session(self) -> str:
        self._up()
        self.sessions.append(f"S{len(self.sessions) + 1}")
        return self.sessions[-1]

    def send(self, session_reference: str, xml: bytes, *, offline: bool = False) -> SentInvoice:
        self._up()
        if self.refuse_next:
            self.refuse_next = False
            raise KsefRefused("No rights to send invoices for this NIP", code=410)
        self.sends += 1
        ref = f"R{self.sends}"
        digest = invoice_hash(xml)
        assert digest not in self.received, "the same invoice sent twice"
        self.received[digest] = (session_reference, ref, xml)
        self.verdict[ref] = self.reject_codes.get(self.sends, (200, "Sukces"))
        if self.lose_next:
            self.lose_next = False
            raise KsefUnavailable("The answer was lost")
        return SentInvoice(session_reference, ref)

    def find_sent(self, session_reference: str, invoice_hash: str) -> SentInvoice | None:
        self._up()
        got = self.received.get(invoice_hash)
        return SentInvoice(got[0], got[1]) if got and got[0] == session_reference else None

    def status(self, session_reference: str, invoice_reference: str) -> InvoiceStatus:
        self._up()
        self.reads[invoice_reference] = self.reads.get(invoice_reference, 0) + 1
        if self.reads[invoice_reference] <= self.processing:
            return InvoiceStatus("processing", None, 150, "Trwa przetwarzanie")
        code, text = self.verdict[invoice_reference]
        if code == 200:
            return InvoiceStatus("accepted", f"5260250274-20260105-{int(invoice_reference[1:]):012X}-AB", 200, text)
        return InvoiceStatus("rejected", None, code, text, ("P_1: wrong date",))

    def upo(self, session_reference: str, invoice_reference: str) -> bytes:
        self._up()
        return f"<UPO ref='{invoice_reference}'/>".encode()

    def close_session(self, session_reference: str) -> None:
        self._up()
        self.closed.append(session_reference)


def _send(session, ksef, **kw):
    return send_queued(session, ksef, "anna", poll_seconds=1.0, wait_seconds=3, sleep=lambda _s: None, **kw)


def _row(session, iid: int) -> Invoice:
    session.expire_all()
    with session.begin():
        inv = session.get(Invoice, iid)
        session.expunge(inv)
    return inv


@pytest.fixture
def three(session, seller, make_order) -> list[int]:
    return [issue_invoice(session, make_order([(1 + i, "10.00", "23")]), "t") for i in range(3)]


def test_offline_deadline_is_the_next_business_day():
    assert st.offline_deadline(date(2025, 7, 8)) == date(2025, 7, 9)  # the docs' example: Wednesday -> Thursday
    assert st.offline_deadline(date(2026, 1, 9)) == date(2026, 1, 12)  # Friday -> Monday
    assert st.offline_deadline(date(2026, 1, 10)) == date(2026, 1, 12)  # Saturday -> Monday
    assert st.offline_deadline(date(2025, 12, 22)) == date(2025, 12, 23)
    assert st.offline_deadline(date(2025, 12, 23)) == date(2025, 12, 29)  # 24 Dec a day off from 2025, 25-26, weekend
    assert st.offline_deadline(date(2026, 5, 1)) == date(2026, 5, 4)  # 1 May Friday, 3 May Sunday


def test_queue_and_what_waits(session, three):
    a, b, c = three
    when = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    assert queue(session, [a, b], now=when).queued == (a, b)
    result = queue(session, [a, c], offline=True, now=datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    assert result.queued == (a, c) and result.changes.invoices == {a, c}  # a: now offline too
    assert queue(session, [a]).queued == () and queue(session, [a]).skipped == (a,)
    info = queued(session)
    issued = invoice_doc(session, a).issue_date
    assert (info.count, info.offline, info.oldest, info.deadline, info.awaiting) == (
        3, 2, when, st.offline_deadline(issued), 0)
    assert state_counts(session)[st.QUEUED] == 3


def test_send_accept_and_upo(session, three):
    a, b, c = three
    queue(session, [a, b])
    ksef = FakeKsef()
    summary = _send(session, ksef)
    assert summary.sent == (a, b) and summary.accepted == (a, b) and summary.stopped is None
    assert ksef.sends == 2 and ksef.sessions == ["S1"] and ksef.closed == ["S1"]  # one session per run
    inv = _row(session, a)
    assert inv.ksef_status == st.ACCEPTED and inv.ksef_number.startswith("5260250274-20260105-")
    assert inv.ksef_upo == b"<UPO ref='R1'/>" and inv.ksef_accepted_at is not None
    # KSeF got exactly the invoice's FA(3) XML, and the hash stored is its own
    from app.printing.ksef_xml import invoice_xml

    xml = invoice_xml(invoice_doc(session, a))
    assert ksef.received[inv.ksef_hash][2] == xml and inv.ksef_hash == invoice_hash(xml)
    assert _row(session, c).ksef_status == st.NOT_SENT  # not queued: not sent
    assert _send(session, ksef).sent == () and ksef.sends == 2 and ksef.sessions == ["S1"]  # nothing to do


def test_rejected_keeps_the_code_and_can_be_queued_again(session, three):
    a, b, _ = three
    queue(session, [a, b])
    ksef = FakeKsef()
    ksef.reject_codes[1] = (450, "Błąd weryfikacji semantyki dokumentu faktury")
    summary = _send(session, ksef)
    assert summary.rejected == (a,) and summary.accepted == (b,)
    inv = _row(session, a)
    assert (inv.ksef_status, inv.ksef_error_code, inv.ksef_error, inv.ksef_error_details, inv.ksef_number) == (
        st.REJECTED, 450, "Błąd weryfikacji semantyki dokumentu faktury", "P_1: wrong date", None)
    assert queue(session, [a]).queued == (a,) and _row(session, a).ksef_error_code is None


def test_a_lost_answer_is_asked_for_not_sent_again(session, three):
    a, b, _ = three
    queue(session, [a, b])
    ksef = FakeKsef()
    ksef.lose_next = True
    summary = _send(session, ksef)
    assert summary.unavailable and summary.left == (a, b) and summary.accepted == ()
    inv = _row(session, a)
    assert inv.ksef_status == st.SENT and inv.ksef_session_ref == "S1" and inv.ksef_invoice_ref is None
    assert _row(session, b).ksef_status == st.QUEUED  # the rest untouched
    summary = _send(session, ksef)
    assert summary.accepted == (a, b) and summary.sent == (b,)
    assert ksef.sends == 2  # a was found by its hash, not sent again (the fake asserts it, too)
    assert _row(session, a).ksef_invoice_ref == "R1"


def test_down_then_back(session, three):
    queue(session, three)
    ksef = FakeKsef()
    ksef.down = True
    summary = _send(session, ksef)
    assert summary.unavailable and summary.stopped == "KSeF cannot be reached" and summary.left == tuple(three)
    assert {_row(session, i).ksef_status for i in three} == {st.QUEUED} and ksef.sends == 0
    ksef.down = False
    assert _send(session, ksef).accepted == tuple(three) and ksef.sends == 3


def test_a_refused_send_goes_back_to_the_queue_and_stops(session, three):
    a, b, _ = three
    queue(session, [a, b])
    ksef = FakeKsef()
    ksef.refuse_next = True
    summary = _send(session, ksef)
    assert summary.stopped == "No rights to send invoices for this NIP" and not summary.unavailable
    assert [_row(session, i).ksef_status for i in (a, b)] == [st.QUEUED, st.QUEUED]
    assert _row(session, a).ksef_session_ref is None and ksef.sends == 0


def test_still_processing_is_asked_again_next_run(session, three):
    a = three[0]
    queue(session, [a])
    ksef = FakeKsef()
    ksef.processing = 10
    assert _send(session, ksef).awaiting == (a,) and _row(session, a).ksef_status == st.SENT
    assert queued(session).awaiting == 1
    ksef.processing = 0
    summary = _send(session, ksef)
    assert summary.accepted == (a,) and summary.sent == () and ksef.sends == 1


def test_cancel_leaves_the_rest_queued(session, three):
    queue(session, three)
    ksef = FakeKsef()

    def progress(done: int, total: int, text: str) -> None:
        if done == 1:
            raise Cancelled()

    summary = _send(session, ksef, progress=progress)
    assert summary.cancelled and summary.accepted == (three[0],) and summary.left == tuple(three[1:])
    assert [_row(session, i).ksef_status for i in three] == [st.ACCEPTED, st.QUEUED, st.QUEUED]


def test_a_correction_waits_for_its_original(session, three):
    a = three[0]
    kor = correct_from_return(session, a, {1: 1}, "Zwrot", "t")
    queue(session, [a, kor])
    ksef = FakeKsef()
    ksef.processing = 10
    summary = _send(session, ksef)
    assert summary.awaiting == (a,) and summary.waiting == (kor,) and ksef.sends == 1
    ksef.processing = 0
    summary = _send(session, ksef)
    assert summary.accepted == (a, kor) and ksef.sends == 2
    from app.printing.ksef_xml import invoice_xml

    sent = ksef.received[_row(session, kor).ksef_hash][2]
    assert sent == invoice_xml(invoice_doc(session, kor)) and _row(session, a).ksef_number.encode() in sent
