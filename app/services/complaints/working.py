"""Working a case (issue 16, "Working a case"): reading it whole for the case window, moving it between the
statuses the table in statuses.py allows, notes and files in its timeline, the decision (accepted with a remedy,
or rejected with a reason) and closing.

The remedies' effects (stock back or written off, a refund, a correction invoice, a replacement order) are made
by their own actions elsewhere; closing only checks that what the decision calls for exists, so a closed case
always has its effects (`zaplecze check` proves the same).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import data_dir
from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import Invoice, Order
from app.models.base import ZERO, utcnow
from app.models.complaint import (
    ACCEPTED,
    CLOSED,
    DECIDED,
    DEMANDS,
    LIABILITY,
    MONEY_REMEDIES,
    REJECTED,
    STATUSES,
    WITHDRAWAL,
    Complaint,
    ComplaintEvent,
    ComplaintFile,
)
from app.services.complaints.data import (
    CaseDetail,
    CaseLineInfo,
    FileInfo,
    LetterInfo,
    RefundInfo,
    SupplierClaimInfo,
    TimelineEntry,
)
from app.services.complaints.labels import DECISION, DEMAND, STATUS, label
from app.services.complaints.registering import _copy_files, _remove_copies, case_folder
from app.services.complaints.statuses import CLOSABLE, DECIDABLE, TRANSITIONS, check_move


def _case(session: Session, case_id: int) -> Complaint:
    case = session.get(Complaint, case_id)
    if case is None:
        raise NotFound(msg("The case no longer exists."))
    return case


def case_detail(session: Session, case_id: int, *, files_root: Path | None = None) -> CaseDetail:
    """Everything the case window shows, as plain data: the case, its order's currency, shipping cost and invoice,
    the correction and replacement it led to, its lines, timeline (oldest first), files (absolute paths, for the
    system's viewer), letters, refunds, supplier claims, and the statuses it may move to."""
    root = files_root or data_dir()
    with session.begin():
        c = _case(session, case_id)
        order = session.get(Order, c.order_id) if c.order_id is not None else None
        invoice_id = None
        if order is not None:
            invoice_id = session.scalar(select(Invoice.id).where(Invoice.order_id == order.id, Invoice.kind == "VAT")
                                        .order_by(Invoice.id).limit(1))
        correction = session.get(Invoice, c.correction_invoice_id) if c.correction_invoice_id else None
        replacement = session.get(Order, c.replacement_order_id) if c.replacement_order_id else None
        allowed = tuple(s for s in STATUSES if s in TRANSITIONS.get(c.status, frozenset()))
        return CaseDetail(
            id=c.id, number=c.number, kind=c.kind, channel=c.channel, status=c.status, received_on=c.received_on,
            due_on=c.due_on, answered_on=c.answered_on, order_id=c.order_id,
            order_number=order.number if order else None, customer_id=c.customer_id, customer_name=c.customer_name,
            email=c.email, phone=c.phone, address=c.address, demand=c.demand, reason=c.reason,
            description=c.description, guarantor=c.guarantor, guarantee_terms=c.guarantee_terms,
            delivered_on=c.delivered_on, delivery_estimated=bool(c.delivery_estimated),
            out_of_time=bool(c.out_of_time), decision=c.decision, remedy=c.remedy,
            decision_reason=c.decision_reason, supplier=c.supplier, currency=order.currency if order else "PLN",
            shipping_cost=order.shipping_cost if order else ZERO, invoice_id=invoice_id,
            correction_invoice_id=c.correction_invoice_id, correction_number=correction.number if correction else None,
            replacement_order_id=c.replacement_order_id,
            replacement_number=replacement.number if replacement else None,
            lines=tuple(CaseLineInfo(x.id, x.order_line_id, x.product_id, x.sku, x.name, x.quantity, x.unit_price,
                                     x.restocked, x.written_off) for x in c.lines),
            timeline=tuple(TimelineEntry(e.at, e.kind, e.who, e.text, e.from_status, e.to_status)
                           for e in sorted(c.events, key=lambda e: (e.at, e.id))),
            files=tuple(FileInfo(f.id, f.name, str(root / f.path), f.size, f.added_at) for f in c.files),
            letters=tuple(LetterInfo(x.id, x.template, x.subject, x.created_at, x.sent_on, x.pdf is not None)
                          for x in c.letters),
            refunds=tuple(RefundInfo(r.id, r.goods, r.shipping, r.amount, r.currency, r.method, r.due_on, r.paid_on)
                          for r in c.refunds),
            supplier_claims=tuple(SupplierClaimInfo(s.id, s.supplier, s.sent_on, s.answer, s.answered_on, s.credit,
                                                    s.credit_received_on) for s in c.supplier_claims),
            allowed_statuses=allowed,
        )


def change_status(session: Session, case_id: int, to_status: str, who: str, note: str = "") -> Changes:
    """Move a case as the status table allows (in review, waiting for the customer, at the supplier); the move
    and its note go into the timeline."""
    with session.begin():
        case = _case(session, case_id)
        check_move(case.number, case.status, to_status)
        case.events.append(ComplaintEvent(kind="status", from_status=case.status, to_status=to_status, who=who,
                                          text=note.strip()))
        case.status = to_status
    return Changes.of_complaints([case_id])


def add_note(session: Session, case_id: int, text: str, who: str) -> Changes:
    """A note in the timeline (a phone call, what the customer sent, a promise)."""
    if not text.strip():
        raise DomainError(msg("The note is empty."))
    with session.begin():
        case = _case(session, case_id)  # held: the session keeps it only weakly while the event is appended
        case.events.append(ComplaintEvent(kind="note", who=who, text=text.strip()))
    return Changes.of_complaints([case_id])


def add_files(session: Session, case_id: int, paths, who: str, *, files_root: Path | None = None) -> Changes:
    """Copy photos or files into the case's folder, with a timeline entry naming them. When the copying or the
    writing fails, neither the copies nor the rows stay."""
    paths = [str(p) for p in paths]
    if not paths:
        raise DomainError(msg("Choose a file to add."))
    root = files_root or data_dir()
    copies: list[tuple[str, str, int]] = []
    try:
        with session.begin():
            case = _case(session, case_id)
            copies = _copy_files(paths, case_folder(case.number, root), root)
            for name, rel, size in copies:
                case.files.append(ComplaintFile(name=name, path=rel, size=size, who=who))
            case.events.append(ComplaintEvent(kind="file", who=who, text=msg(
                "Files added: {files}", files=", ".join(name for name, _rel, _size in copies))))
    except BaseException:
        _remove_copies([root / rel for _n, rel, _s in copies], None)
        raise
    return Changes.of_complaints([case_id])


# Under statutory liability a price reduction or a refund (withdrawal from the contract) comes after repair or
# replacement (u.p.k. art. 43d-43e), unless one of art. 43e's cases applies: the decision must say which.
LIABILITY_MONEY_FIRST = msg(
    "Under statutory liability repair or replacement comes first (consumer rights act, art. 43e). A price reduction "
    "or a refund now needs its reason: repair and replacement are impossible or too costly, the shop did not do them "
    "or not in time, the defect came back, or it is so significant; the customer reads it in the answer.")


def decide(session: Session, case_id: int, decision: str, remedy: str | None, reason: str, who: str) -> Changes:
    """The decision: accepted with a remedy (repair, replacement, price reduction, refund) or rejected with a
    reason (it goes into the letter). Made from an open status; what the remedy does is a separate action. A
    complaint under statutory liability settled in money needs the reason repair or replacement did not come first
    (LIABILITY_MONEY_FIRST)."""
    reason = reason.strip()
    if decision == ACCEPTED:
        if remedy not in DEMANDS:
            raise DomainError(msg("An accepted case needs a remedy: repair, replacement, price reduction or refund."))
    elif decision == REJECTED:
        if not reason:
            raise DomainError(msg("A rejection needs its reason: the customer reads it in the answer."))
        remedy = None
    else:
        raise DomainError(msg("Unknown decision '{decision}'.", decision=decision))
    with session.begin():
        case = _case(session, case_id)
        if case.status not in DECIDABLE:
            raise DomainError(msg("Case {number} is {status}: it cannot be decided again.", number=case.number,
                                  status=label(STATUS, case.status)))
        if decision == ACCEPTED and case.kind == LIABILITY and remedy in MONEY_REMEDIES and not reason:
            raise DomainError(LIABILITY_MONEY_FIRST)
        text = (msg("Accepted: {remedy}.", remedy=label(DEMAND, remedy)) if decision == ACCEPTED
                else msg("Rejected: {reason}", reason=reason))
        if decision == ACCEPTED and reason:
            text = f"{text}\n{reason}"
        case.events.append(ComplaintEvent(kind="decision", from_status=case.status, to_status=DECIDED, who=who,
                                          text=text))
        case.decision, case.remedy, case.decision_reason = decision, remedy, reason
        case.decided_at, case.status = utcnow(), DECIDED
    return Changes.of_complaints([case_id])


def _missing(case: Complaint) -> list[str]:
    """What the decision calls for that is not there yet (each an English message)."""
    missing = []
    if case.decision != ACCEPTED:
        return missing
    if case.remedy in MONEY_REMEDIES and not case.refunds:
        missing.append(msg("the refund is not recorded"))
    if case.remedy == "replacement" and case.replacement_order_id is None:
        missing.append(msg("the replacement order is not made"))
    if case.kind == WITHDRAWAL:
        open_lines = [x.name or x.sku for x in case.lines if not x.restocked and not x.written_off]
        if open_lines:
            missing.append(msg("the goods returned are neither back in stock nor written off: {products}",
                               products=", ".join(open_lines)))
    return missing


def close_case(session: Session, case_id: int, who: str) -> Changes:
    """Close a decided case once what its decision calls for exists (an accepted refund or price reduction: a
    refund recorded; a replacement: the replacement order; an accepted withdrawal: every line's goods back in
    stock or written off). Refused with what is missing."""
    with session.begin():
        case = _case(session, case_id)
        if case.status not in CLOSABLE:
            raise DomainError(msg("Case {number} is {status}: only a decided case can be closed.",
                                  number=case.number, status=label(STATUS, case.status)))
        missing = _missing(case)
        if missing:
            raise DomainError(msg("Case {number} cannot be closed yet: {missing}.", number=case.number,
                                  missing="; ".join(missing)))
        case.events.append(ComplaintEvent(kind="status", from_status=case.status, to_status=CLOSED, who=who,
                                          text=msg("Closed ({decision}).", decision=label(DECISION, case.decision))))
        case.status, case.closed_at = CLOSED, utcnow()
    return Changes.of_complaints([case_id])
