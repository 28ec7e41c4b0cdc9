"""Sending the queue to KSeF: one online session per run, each invoice in its own committed transactions, so that
whatever stops the run (the service down, Cancel, a crash, a SIGKILL) leaves every invoice in a state that says
what KSeF has of it, and nothing is lost or sent twice.

For each invoice, in the order it was queued:
1. its XML is made, and its state set to "sent" with the session and the XML's hash, COMMITTED before the send;
2. the XML is sent; KSeF's reference for it is committed as soon as the answer comes;
3. its status is asked until KSeF has processed it (or `wait_seconds` have passed: it stays "sent", and the next
   run asks again): accepted -> the KSeF number and the UPO are stored; rejected -> KSeF's code and text.
An invoice found "sent" at the start of a run (an earlier run stopped after step 1 or 2) is not sent again: with a
reference, its status is asked; without one (the answer was lost), find_sent asks KSeF whether it has the hash in
that session, and only an invoice KSeF never got is sent anew. A correction waits until the invoice it corrects
has its KSeF number (KSeF takes a correction only after its original, tryby-offline.md).

KsefUnavailable stops the run, leaving the rest as it is; KsefRefused of a send (the token, the rights, the
request) puts that invoice back in the queue as it was and stops too: retrying the rest would be refused the same.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.messages import msg
from app.core.progress import Cancelled, Progress
from app.models import Invoice, OrderEvent
from app.services.invoicing.ksef import states as st
from app.services.invoicing.ksef.gateway import (
    ACCEPTED,
    REJECTED,
    InvoiceStatus,
    KsefGateway,
    KsefRefused,
    KsefUnavailable,
    invoice_hash,
)

log = logging.getLogger("zaplecze.ksef")


@dataclass(frozen=True)
class SendSummary:
    """What a run did. `stopped` is the reason it stopped early (KSeF unreachable or refusing), in English made
    by msg(); None when it went through."""

    sent: tuple[int, ...] = ()  # handed to KSeF in this run
    accepted: tuple[int, ...] = ()
    rejected: tuple[int, ...] = ()
    awaiting: tuple[int, ...] = ()  # sent, KSeF still processing: the next run asks again
    waiting: tuple[int, ...] = ()  # corrections whose original has no KSeF number yet
    left: tuple[int, ...] = ()  # not reached (stopped or cancelled): still queued or sent, as they were
    stopped: str | None = None
    unavailable: bool = False  # stopped because KSeF could not be reached (try later; issue offline meanwhile)
    cancelled: bool = False
    changes: Changes = field(default_factory=Changes)


def _work(session: Session, ids: Sequence[int] | None) -> list[int]:
    """The invoices a run handles: sent ones first (finish what an earlier run began), then the queue in its
    order, then accepted ones whose UPO could not be fetched yet."""
    with session.begin():
        q = (select(Invoice.id, Invoice.ksef_status).where(or_(
            Invoice.ksef_status.in_((st.SENT, st.QUEUED)),
            (Invoice.ksef_status == st.ACCEPTED) & Invoice.ksef_upo.is_(None)))
            .order_by(Invoice.ksef_queued_at, Invoice.id))
        if ids is not None:
            q = q.where(Invoice.id.in_(list(ids)))
        rows = session.execute(q).all()
    rank = {st.SENT: 0, st.QUEUED: 1, st.ACCEPTED: 2}
    return [i for i, _ in sorted(rows, key=lambda r: rank[r[1]])]


def _invoice_xml(session: Session, invoice_id: int) -> bytes:
    from app.printing.ksef_xml import invoice_xml
    from app.services.invoicing.reading import invoice_doc

    return invoice_xml(invoice_doc(session, invoice_id))


def _note(session: Session, invoice: Invoice, who: str, why: str) -> None:
    if invoice.order_id is not None:
        session.add(OrderEvent(order_id=invoice.order_id, kind="note", who=who, why=why))


class _Run:
    """One run's session and bookkeeping; each step opens and commits its own transaction."""

    def __init__(self, session: Session, gateway: KsefGateway, who: str, poll_seconds: float,
                 wait_seconds: float, sleep: Callable[[float], None]) -> None:
        self.session, self.gateway, self.who = session, gateway, who
        self.poll_seconds, self.wait_seconds, self.sleep = poll_seconds, wait_seconds, sleep
        self.ksef_session: str | None = None
        self.out: dict[str, list[int]] = {k: [] for k in ("sent", "accepted", "rejected", "awaiting", "waiting")}

    def open(self) -> str:
        if self.ksef_session is None:
            self.ksef_session = self.gateway.open_session()
        return self.ksef_session

    def close(self) -> None:
        if self.ksef_session is not None:
            try:
                self.gateway.close_session(self.ksef_session)
            except (KsefUnavailable, KsefRefused) as exc:  # KSeF closes an idle session itself
                log.warning("closing KSeF session %s: %s", self.ksef_session, exc)

    def _correction_waits(self, invoice: Invoice) -> bool:
        if invoice.kind != "KOR" or invoice.corrected_invoice_id is None:
            return False
        original = self.session.get(Invoice, invoice.corrected_invoice_id)
        return original is not None and original.ksef_status in (st.QUEUED, st.SENT) and not original.ksef_number

    def handle(self, invoice_id: int) -> None:
        s = self.session
        with s.begin():
            invoice = s.get(Invoice, invoice_id)
            state, session_ref, invoice_ref, digest = (invoice.ksef_status, invoice.ksef_session_ref,
                                                       invoice.ksef_invoice_ref, invoice.ksef_hash)
            waits = state == st.QUEUED and self._correction_waits(invoice)
        if waits:
            self.out["waiting"].append(invoice_id)
            return
        if state == st.ACCEPTED:  # only the UPO is missing
            self._finish(invoice_id, session_ref, invoice_ref)
            return
        if state == st.SENT and invoice_ref is None:
            found = self.gateway.find_sent(session_ref, digest) if session_ref and digest else None
            if found is None:
                log.info("invoice %s: KSeF has no invoice of its hash in session %s; sending it", invoice_id,
                         session_ref)
                with s.begin():
                    st.mark_not_received(s.get(Invoice, invoice_id))
                state = st.QUEUED
            else:
                with s.begin():
                    st.mark_received(s.get(Invoice, invoice_id), found.session_reference, found.invoice_reference)
                session_ref, invoice_ref = found.session_reference, found.invoice_reference
        if state == st.QUEUED:
            session_ref, invoice_ref = self._send(invoice_id)
            self.out["sent"].append(invoice_id)
        self._finish(invoice_id, session_ref, invoice_ref)

    def _send(self, invoice_id: int) -> tuple[str, str]:
        s = self.session
        ksef_session = self.open()
        xml = _invoice_xml(s, invoice_id)  # invoice_doc reads in a transaction of its own
        with s.begin():
            invoice = s.get(Invoice, invoice_id)
            offline = bool(invoice.ksef_offline)
            st.mark_sending(invoice, ksef_session, invoice_hash(xml))
        # Committed: from here on a crash leaves "sent" with the session and hash, found again by find_sent.
        try:
            sent = self.gateway.send(ksef_session, xml, offline=offline)
        except KsefRefused:
            with s.begin():  # KSeF said no to the request itself: it has not got the invoice
                st.mark_not_received(s.get(Invoice, invoice_id))
            raise
        with s.begin():
            st.mark_received(s.get(Invoice, invoice_id), sent.session_reference, sent.invoice_reference)
        return sent.session_reference, sent.invoice_reference

    def _status(self, session_ref: str, invoice_ref: str) -> InvoiceStatus:
        waited = 0.0
        while True:
            status = self.gateway.status(session_ref, invoice_ref)
            if status.state in (ACCEPTED, REJECTED) or waited >= self.wait_seconds:
                return status
            self.sleep(self.poll_seconds)
            waited += self.poll_seconds

    def _finish(self, invoice_id: int, session_ref: str, invoice_ref: str) -> None:
        s = self.session
        status = self._status(session_ref, invoice_ref)
        if status.state == ACCEPTED:
            upo: bytes | None = None
            try:
                upo = self.gateway.upo(session_ref, invoice_ref)
            finally:  # accepted is stored even when the UPO cannot be fetched now: the next run fetches it
                with s.begin():
                    invoice = s.get(Invoice, invoice_id)
                    first = invoice.ksef_status != st.ACCEPTED
                    st.mark_accepted(invoice, status.ksef_number or invoice.ksef_number or "", upo)
                    if first:
                        _note(s, invoice, self.who, msg("Invoice {invoice} accepted by KSeF as {number}",
                                                        invoice=invoice.number, number=invoice.ksef_number))
            self.out["accepted"].append(invoice_id)
        elif status.state == REJECTED:
            with s.begin():
                invoice = s.get(Invoice, invoice_id)
                st.mark_rejected(invoice, status.code, status.description, status.details)
                _note(s, invoice, self.who, msg("Invoice {invoice} rejected by KSeF: {code} {description}",
                                                invoice=invoice.number, code=status.code or "",
                                                description=status.description))
            self.out["rejected"].append(invoice_id)
        else:
            self.out["awaiting"].append(invoice_id)


def send_queued(session: Session, gateway: KsefGateway, who: str, progress: Progress | None = None,
                ids: Sequence[int] | None = None, *, poll_seconds: float = 1.0, wait_seconds: float = 30.0,
                sleep: Callable[[float], None] = time.sleep) -> SendSummary:
    """Send what is queued (only `ids` when given; they must be queued, or sent and unfinished) and finish what an
    earlier run began, as the module says. Cancel (through `progress`) stops before the next invoice and leaves
    it and the rest as they are; the summary says what each invoice came to."""
    work = _work(session, ids)
    run = _Run(session, gateway, who, poll_seconds, wait_seconds, sleep)
    stopped: str | None = None
    unavailable = cancelled = False
    try:
        for done, invoice_id in enumerate(work):
            if progress is not None:
                progress(done, len(work), msg("Sending to KSeF"))
            run.handle(invoice_id)
        if progress is not None:
            progress(len(work), len(work), msg("Sending to KSeF"))
    except Cancelled:
        cancelled = True
    except KsefUnavailable as exc:
        stopped, unavailable = str(exc), True
    except KsefRefused as exc:
        stopped = str(exc)
    finally:
        try:
            run.close()
        finally:
            if session.in_transaction():
                session.rollback()
    out = run.out
    finished = {i for k in ("accepted", "rejected", "awaiting", "waiting") for i in out[k]}
    left = tuple(i for i in work if i not in finished)
    touched = set(out["sent"]) | finished | set(left[:1])
    return SendSummary(tuple(out["sent"]), tuple(out["accepted"]), tuple(out["rejected"]), tuple(out["awaiting"]),
                       tuple(out["waiting"]), left, stopped, unavailable, cancelled, Changes.of_invoices(touched))
