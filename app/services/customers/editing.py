"""Editing a customer from the card: contact and B2B data, tags, consents (issue 17).

An edit changes the customer only: the orders keep the name, e-mail, phone and addresses written on them (their
snapshots), so an issued invoice or a shipped parcel never reads differently afterwards. A NIP is checked with
python-stdnum and stored as its ten digits. Consents are never overwritten: each change is a new row with its day
and source, so the card shows the newest and the history stays. An anonymised customer is not edited (the
personal data is gone, by law; writing new data in would undo that silently).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models.base import utcnow
from app.models.customer import CONSENTS, TAGS, Customer, CustomerConsent
from app.services.customers.data import CustomerEdit
from app.services.invoicing.settings import check_nip

NIP_FIELD = msg("customer's NIP")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _editable(session: Session, customer_id: int) -> Customer:
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound(msg("No customer with id {id}.", id=customer_id))
    if c.anonymised_at is not None:
        raise DomainError(msg("Customer {id} was anonymised: their data cannot be edited.", id=customer_id))
    if c.merged_into_id is not None:
        raise DomainError(msg("Customer {id} was merged into customer {kept}: edit that one.", id=customer_id,
                              kept=c.merged_into_id))
    return c


def _optional(text: str | None) -> str | None:
    return (text or "").strip() or None


def check_email(email: str | None) -> str | None:
    """An e-mail roughly checked (something@domain.tld, no spaces), or None when empty."""
    email = _optional(email)
    if email is not None and not _EMAIL.match(email):
        raise DomainError(msg("The e-mail '{email}' does not look like an address (name@domain.pl).", email=email))
    return email


def update_customer(session: Session, customer_id: int, edit: CustomerEdit, *, who: str) -> Changes:
    """Write the card's fields. The NIP (when given) must pass its check digit; the name may not be empty."""
    name = " ".join(edit.name.split())
    if not name:
        raise DomainError(msg("The customer's name is empty."))
    email = check_email(edit.email)
    nip = check_nip(edit.nip, NIP_FIELD) if _optional(edit.nip) else None
    with session.begin():
        c = _editable(session, customer_id)
        c.name, c.email, c.phone = name, email, _optional(edit.phone)
        c.company, c.nip, c.notes = _optional(edit.company), nip, edit.notes or ""
        c.updated_at = utcnow()
    del who  # who edited is not kept per field (the card shows the data, not its history)
    return Changes.of_customers([customer_id])


def set_tags(session: Session, customer_id: int, tags: Iterable[str], *, who: str) -> Changes:
    """Replace the customer's tags (codes of TAGS, kept in that order)."""
    wanted = set(tags)
    unknown = sorted(wanted - set(TAGS))
    if unknown:
        raise DomainError(msg("Unknown tag '{tag}'. Known: {tags}.", tag=unknown[0], tags=", ".join(TAGS)))
    with session.begin():
        c = _editable(session, customer_id)
        c.tags = ",".join(t for t in TAGS if t in wanted)
        c.updated_at = utcnow()
    del who
    return Changes.of_customers([customer_id])


def set_consent(session: Session, customer_id: int, kind: str, given: bool, *, source: str, who: str) -> Changes:
    """Record that the customer gave (or withdrew) a consent: a new row, the earlier ones kept as history."""
    if kind not in CONSENTS:
        raise DomainError(msg("Unknown consent '{kind}'. Known: {kinds}.", kind=kind, kinds=", ".join(CONSENTS)))
    with session.begin():
        _editable(session, customer_id)
        session.add(CustomerConsent(customer_id=customer_id, kind=kind, given=given, at=utcnow(),
                                    source=source.strip()[:80], who=who[:80]))
    return Changes.of_customers([customer_id])
