"""Payments of issued invoices: the one thing about an issued invoice that may change (with its KSeF status).

Marking paid writes `paid` and `paid_date` only (the database's triggers allow nothing else on an issued
invoice) and a note in the order's history, so who marked what and when stays known.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.core.shop_time import shop_today
from app.models import Invoice, OrderEvent


def _invoices(session: Session, invoice_ids: Sequence[int]) -> list[Invoice]:
    ids = list(dict.fromkeys(invoice_ids))
    rows = session.scalars(select(Invoice).where(Invoice.id.in_(ids)).order_by(Invoice.id)).all()
    if len(rows) != len(ids):
        raise NotFound(msg("Some of the selected invoices no longer exist."))
    return list(rows)


def mark_paid(session: Session, invoice_ids: Sequence[int], paid_date: date, who: str) -> tuple[int, ...]:
    """Mark the invoices paid on `paid_date`, in one transaction; those already paid are left as they were.
    Returns the ids of the invoices that changed. A date in the future is refused."""
    if paid_date > shop_today():
        raise DomainError(msg("A payment cannot be dated in the future ({date}).", date=paid_date.isoformat()))
    changed = []
    with session.begin():
        for invoice in _invoices(session, invoice_ids):
            if invoice.paid:
                continue
            invoice.paid, invoice.paid_date = True, paid_date
            changed.append(invoice.id)
            if invoice.order_id is not None:
                session.add(OrderEvent(order_id=invoice.order_id, kind="note", who=who,
                                       why=msg("Invoice {invoice} marked paid on {date}", invoice=invoice.number,
                                               date=paid_date.isoformat())))
    return tuple(changed)


def mark_unpaid(session: Session, invoice_ids: Sequence[int], who: str) -> tuple[int, ...]:
    """Take back a payment marked by mistake; returns the ids of the invoices that changed."""
    changed = []
    with session.begin():
        for invoice in _invoices(session, invoice_ids):
            if not invoice.paid:
                continue
            invoice.paid, invoice.paid_date = False, None
            changed.append(invoice.id)
            if invoice.order_id is not None:
                session.add(OrderEvent(order_id=invoice.order_id, kind="note", who=who,
                                       why=msg("Invoice {invoice} marked unpaid", invoice=invoice.number)))
    return tuple(changed)
