"""The KSeF state of an invoice or correction, kept in its `ksef_*` columns, and the legal deadline to send it.

    ""          not sent (never queued)
    queued      waiting to be sent (ksef_queued_at; ksef_offline when issued while KSeF could not be reached;
                ksef_deadline, the day it must be in KSeF by)
    sent        handed to KSeF, awaiting its status: ksef_session_ref and ksef_hash are committed BEFORE the XML
                goes out, ksef_invoice_ref as soon as KSeF answers, so a crash or a lost answer is recovered by
                asking KSeF (find_sent, status) and never by sending the invoice a second time
    accepted    ksef_number, ksef_accepted_at and the UPO XML (ksef_upo)
    rejected    ksef_error_code, ksef_error and ksef_error_details as KSeF gave them; the invoice can be queued
                again (after a correction, say) and is then sent anew

Only the functions here move an invoice from one state to another, so the rules live in one place; they change
the row in the caller's transaction (the use cases in queue.py and sending.py open it).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.core.messages import msg
from app.core.public_holidays import is_working_day
from app.models import Invoice
from app.models.base import utcnow

NOT_SENT = ""
QUEUED = "queued"
SENT = "sent"
ACCEPTED = "accepted"
REJECTED = "rejected"
STATES = (NOT_SENT, QUEUED, SENT, ACCEPTED, REJECTED)

# What a state is called where it is shown (English templates, translated by the UI's domain_text and the CLI).
STATE_TEXT = {
    NOT_SENT: msg("Not sent"),
    QUEUED: msg("Queued for KSeF"),
    SENT: msg("Sent, awaiting KSeF"),
    ACCEPTED: msg("Accepted by KSeF"),
    REJECTED: msg("Rejected by KSeF"),
}

# States from which an invoice may be queued: one in KSeF's hands (sent) or in KSeF (accepted) never is.
QUEUEABLE = (NOT_SENT, REJECTED)


def is_business_day(day: date) -> bool:
    """A Polish business day: Monday to Friday and not a statutory day off (app.core.public_holidays)."""
    return is_working_day(day)


def offline_deadline(issue_date: date) -> date:
    """The last day to send an invoice issued on `issue_date` outside KSeF (offline24, art. 106nda of the VAT act
    as the KSeF 2.0 documentation, tryby-offline.md, states it): the next business day after the issue date, the
    issue date being FA(3)'s P_1. An invoice not sent on its issue day is offline24 whatever it was meant to be
    (KSeF marks it so by comparing P_1 with the day it received it), so every queued invoice has this deadline.
    Not counted here: an announced KSeF failure moves it (up to 7 business days after the failure ends)."""
    day = issue_date + timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def put_in_queue(invoice: Invoice, *, offline: bool = False, now: datetime | None = None) -> bool:
    """Queue the invoice if it may be (not sent, or rejected before); False when it is queued, sent or in KSeF
    already, left as it was. A rejection's code and text are cleared: the next answer will be its own."""
    if invoice.ksef_status not in QUEUEABLE:
        if invoice.ksef_status == QUEUED and offline and not invoice.ksef_offline:
            invoice.ksef_offline = True  # queued, then found KSeF unreachable when it was to be handed over
            return True
        return False
    invoice.ksef_status = QUEUED
    invoice.ksef_queued_at = now or utcnow()
    invoice.ksef_offline = offline
    invoice.ksef_deadline = offline_deadline(invoice.issue_date)
    invoice.ksef_session_ref = invoice.ksef_invoice_ref = invoice.ksef_hash = None
    invoice.ksef_sent_at = None
    invoice.ksef_error_code, invoice.ksef_error, invoice.ksef_error_details = None, "", ""
    return True


def mark_sending(invoice: Invoice, session_reference: str, invoice_hash: str, *, now: datetime | None = None) -> None:
    """Before the XML goes out: the session it goes in and its hash, committed by the caller first, so whatever
    happens next (a crash, a lost answer) the invoice is found again in KSeF instead of being sent twice."""
    invoice.ksef_status = SENT
    invoice.ksef_session_ref = session_reference
    invoice.ksef_invoice_ref = None
    invoice.ksef_hash = invoice_hash
    invoice.ksef_sent_at = now or utcnow()


def mark_received(invoice: Invoice, session_reference: str, invoice_reference: str) -> None:
    """KSeF's answer to the send (or find_sent's after a lost one): the reference to ask the status by."""
    invoice.ksef_status = SENT
    invoice.ksef_session_ref = session_reference
    invoice.ksef_invoice_ref = invoice_reference


def mark_not_received(invoice: Invoice) -> None:
    """KSeF has not got it (it refused the request, or a lost send never arrived): back in the queue as it was."""
    invoice.ksef_status = QUEUED
    invoice.ksef_session_ref = invoice.ksef_invoice_ref = invoice.ksef_hash = None
    invoice.ksef_sent_at = None


def mark_accepted(invoice: Invoice, ksef_number: str, upo: bytes | None, *, now: datetime | None = None) -> None:
    """In KSeF: its number, when, and the UPO (None when it could not be fetched yet: fetched on the next run)."""
    invoice.ksef_status = ACCEPTED
    invoice.ksef_number = ksef_number
    invoice.ksef_accepted_at = invoice.ksef_accepted_at or now or utcnow()
    if upo is not None:
        invoice.ksef_upo = upo
    invoice.ksef_error_code, invoice.ksef_error, invoice.ksef_error_details = None, "", ""


def mark_rejected(invoice: Invoice, code: int | None, description: str, details: tuple[str, ...] = ()) -> None:
    """KSeF refused the invoice after processing it: its code, text and details, for the user to act on."""
    invoice.ksef_status = REJECTED
    invoice.ksef_error_code = code
    invoice.ksef_error = description
    invoice.ksef_error_details = "\n".join(details)
