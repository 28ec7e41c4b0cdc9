"""What the windows ask of KSeF beyond the queue and the send: each invoice's KSeF facts for the register, the UPO
of one, the gateway the settings make, sending chosen invoices (queued first), and auto-sending new ones.

The API address: the environment's official one (gateway.KSEF_BASE_URLS), unless the environment variable
ZAPLECZE_KSEF_BASE_URL names another (a local KSeF stand-in for tests and demonstrations); it is read here and
nowhere else in the app's windows.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.core.progress import Progress
from app.models import Invoice
from app.services.invoicing.ksef import secrets
from app.services.invoicing.ksef.gateway import KsefGateway, KsefRefused, make_gateway
from app.services.invoicing.ksef.queue import queue
from app.services.invoicing.ksef.sending import SendSummary, send_queued
from app.services.invoicing.settings import get_settings

BASE_URL_ENV = "ZAPLECZE_KSEF_BASE_URL"
POLL_SECONDS = 1.0  # how often KSeF's status of a sent invoice is asked
WAIT_SECONDS = 30.0  # how long a run waits for it; one not processed by then is asked for by the next run


def base_url() -> str | None:
    """Another API address than the environment's (ZAPLECZE_KSEF_BASE_URL), or None for the official one."""
    return os.environ.get(BASE_URL_ENV, "").strip() or None


@dataclass(frozen=True)
class KsefFacts:
    """One invoice's KSeF state as the register and the details pane show it."""

    invoice: str  # its number
    state: str
    number: str | None
    queued_at: datetime | None
    offline: bool
    deadline: date | None
    accepted_at: datetime | None
    error_code: int | None
    error: str
    details: tuple[str, ...]
    has_upo: bool


def ksef_facts(session: Session, ids: Sequence[int]) -> dict[int, KsefFacts]:
    """{invoice id: its KSeF facts} for the ids given (one read; the UPO itself is not read)."""
    if not ids:
        return {}
    with session.begin():
        rows = session.execute(select(
            Invoice.id, Invoice.number, Invoice.ksef_status, Invoice.ksef_number, Invoice.ksef_queued_at, Invoice.ksef_offline,
            Invoice.ksef_deadline, Invoice.ksef_accepted_at, Invoice.ksef_error_code, Invoice.ksef_error,
            Invoice.ksef_error_details, Invoice.ksef_upo.is_not(None)).where(Invoice.id.in_(list(ids)))).all()
    return {r[0]: KsefFacts(r[1], r[2] or "", r[3], r[4], bool(r[5]), r[6], r[7], r[8], r[9] or "",
                            tuple(x for x in (r[10] or "").split("\n") if x), bool(r[11])) for r in rows}


def upo_of(session: Session, invoice_id: int) -> tuple[str, bytes | None]:
    """The invoice's number and its stored UPO XML (None when KSeF has not given one yet)."""
    with session.begin():
        row = session.execute(select(Invoice.number, Invoice.ksef_upo).where(Invoice.id == invoice_id)).first()
    if row is None:
        raise NotFound(msg("The invoice no longer exists."))
    return row[0], row[1]


def last_invoice_id(session: Session) -> int:
    """The highest invoice id so far (0 with none): what is issued after it is new."""
    with session.begin():
        return session.scalar(select(func.max(Invoice.id))) or 0


def gateway_for(session: Session, environment: str | None = None, nip: str | None = None) -> KsefGateway:
    """A gateway for the shop's seller NIP and KSeF environment (or those given: the settings window's unsaved
    values), with the token from the credential store. A DomainError says what is missing."""
    settings = get_settings(session) if environment is None or nip is None else None
    environment = environment or (settings.ksef_environment if settings else "test") or "test"
    nip = "".join(c for c in (nip if nip is not None else settings.nip if settings else "") if c.isdigit())
    if not nip:
        raise DomainError(msg("The seller's NIP is not set: fill in the invoice settings first."))
    token = secrets.ksef_token(nip, environment)
    if not token:
        raise KsefRefused(msg("No KSeF token is stored for NIP {nip} ({environment}): enter it in the settings "
                              "(Invoices page).", nip=nip, environment=environment))
    return make_gateway(environment, nip, token, base_url=base_url())


def _close(gateway: KsefGateway) -> None:
    close = getattr(gateway, "close", None)
    if close is not None:
        close()


def check_connection(environment: str, nip: str) -> None:
    """Authenticate with the stored token (the settings window's "Test the connection"): KsefRefused (no token,
    KSeF said no) or KsefUnavailable (cannot be reached) say what failed."""
    nip = "".join(c for c in nip if c.isdigit())
    if not nip:
        raise DomainError(msg("The seller's NIP is not set: fill in the invoice settings first."))
    token = secrets.ksef_token(nip, environment)
    if not token:
        raise KsefRefused(msg("No KSeF token is stored for NIP {nip} ({environment}): enter it in the settings "
                              "(Invoices page).", nip=nip, environment=environment))
    gateway = make_gateway(environment, nip, token, base_url=base_url())
    try:
        gateway.check_connection()
    finally:
        _close(gateway)


def send_invoices(session: Session, ids: Sequence[int] | None, who: str,
                  progress: Progress | None = None) -> SendSummary:
    """Queue the invoices chosen (those not sent or rejected before; the rest are left as they are) and send them,
    or, with `ids` None, send everything queued; in one KSeF session (sending.send_queued). No token or no NIP:
    a DomainError before anything is queued."""
    gateway = gateway_for(session)
    try:
        if ids is not None:
            queue(session, ids)
        return send_queued(session, gateway, who, progress, ids=ids, poll_seconds=POLL_SECONDS,
                           wait_seconds=WAIT_SECONDS)
    finally:
        _close(gateway)


@dataclass(frozen=True)
class AutoSent:
    """What auto-sending new invoices came to: the run's summary, or why nothing was sent (then they wait in the
    queue, offline when KSeF could not be reached)."""

    queued: tuple[int, ...]
    summary: SendSummary | None
    problem: str | None = None  # no token, no NIP (in English by msg())


def auto_send(session: Session, ids: Sequence[int], who: str) -> AutoSent:
    """Right after issuing: queue the new invoices and send them. When KSeF cannot be reached they stay queued,
    marked offline (issued while KSeF was unavailable, to be sent by their deadline); with no token or NIP they
    stay queued and the reason is returned for the status bar."""
    done = queue(session, ids).queued
    if not done:
        return AutoSent((), None)
    try:
        gateway = gateway_for(session)
    except DomainError as exc:
        return AutoSent(done, None, str(exc))
    try:
        summary = send_queued(session, gateway, who, ids=done, poll_seconds=POLL_SECONDS, wait_seconds=WAIT_SECONDS)
    finally:
        _close(gateway)
    if summary.unavailable:
        offline = [i for i in summary.left if i in done]
        if offline:
            queue(session, offline, offline=True)
    return AutoSent(done, summary)
