"""The KSeF send queue: putting invoices in it, and what waits there (how many, since when, by which deadline).

The queue is the invoices' own state (states.py), so it survives a restart, a crash and a SIGKILL as the shop
file does: nothing is held in memory between runs. Sending is in sending.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.errors import NotFound
from app.core.messages import msg
from app.models import Invoice
from app.services.invoicing.ksef.states import QUEUED, SENT, STATES, put_in_queue


@dataclass(frozen=True)
class Queued:
    """What the Invoices view and the status bar say about the queue."""

    count: int  # queued, not yet handed to KSeF
    offline: int  # of them, issued while KSeF could not be reached
    oldest: datetime | None  # queued since (UTC)
    deadline: date | None  # the earliest day one of them must be in KSeF by
    awaiting: int  # sent, KSeF's status not known yet


@dataclass(frozen=True)
class QueueResult:
    queued: tuple[int, ...]  # ids put in the queue (or marked offline) by this call
    skipped: tuple[int, ...]  # ids left as they were: queued, sent or accepted already
    changes: Changes = field(default_factory=Changes)


def queue(session: Session, invoice_ids: Sequence[int], *, offline: bool = False,
          now: datetime | None = None) -> QueueResult:
    """Queue invoices and corrections for KSeF in one transaction. One not sent or rejected before is queued with
    its deadline (states.offline_deadline); `offline` says it was issued while KSeF could not be reached (its
    PDF then carries the offline codes). One queued, sent or accepted already is left as it is, never twice."""
    ids = list(dict.fromkeys(invoice_ids))
    done: list[int] = []
    with session.begin():
        rows = session.scalars(select(Invoice).where(Invoice.id.in_(ids)).order_by(Invoice.id)).all()
        if len(rows) != len(ids):
            raise NotFound(msg("Some of the selected invoices no longer exist."))
        for invoice in rows:
            if put_in_queue(invoice, offline=offline, now=now):
                done.append(invoice.id)
    return QueueResult(tuple(done), tuple(i for i in ids if i not in done), Changes.of_invoices(done))


def queued(session: Session) -> Queued:
    """How many wait to be sent and since when, how many are offline, the earliest deadline, and how many were
    sent and wait for KSeF's answer (one read transaction)."""
    with session.begin():
        count, offline, oldest, deadline = session.execute(
            select(func.count(), func.count().filter(Invoice.ksef_offline), func.min(Invoice.ksef_queued_at),
                   func.min(Invoice.ksef_deadline)).where(Invoice.ksef_status == QUEUED)).one()
        awaiting = session.scalar(select(func.count()).where(Invoice.ksef_status == SENT))
    return Queued(count, offline or 0, oldest, deadline, awaiting or 0)


def state_counts(session: Session) -> dict[str, int]:
    """{state: how many invoices and corrections are in it}, every state present (for `zaplecze ksef status`)."""
    with session.begin():
        rows = session.execute(select(Invoice.ksef_status, func.count()).group_by(Invoice.ksef_status)).all()
    counts = dict.fromkeys(STATES, 0)
    for state, n in rows:
        counts[state] = counts.get(state, 0) + n
    return counts
