"""Customers that look like one person, and merging them after the user confirms (issue 17).

Look-alikes share an e-mail (any case), a phone's digits (without +48) or a NIP's digits; customers merged away
or anonymised are left out. Each key is one GROUP BY ... HAVING count > 1 over the customer table, so a shop of
100,000 customers gets its suggestions in three scans.

A merge is one transaction: the orders, contacts, complaints, consents and address snapshots of the merged
customers move to the kept one (invoices follow their orders; issued invoices keep the buyer written on them);
the kept customer's empty e-mail, phone, company and NIP are filled from the merged ones, notes appended, tags
united; each merged customer keeps its row with merged_into_id (so an old link still finds where it went) and
no tags; the personal-data log records the merge by ids only.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, case, func, select, update
from sqlalchemy.orm import Session

from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import Invoice, Order
from app.models.base import utcnow
from app.models.complaint import Complaint
from app.models.customer import TAGS, Address, Contact, Customer, CustomerConsent, PrivacyLogEntry
from app.services.customers.data import DuplicateGroup, MergeResult
from app.services.customers.search import tags_of


def _digits(column: ColumnElement) -> ColumnElement[str]:
    for ch in (" ", "-", "+", "(", ")", "/", "."):
        column = func.replace(column, ch, "")
    return column


def _phone_key(digits: ColumnElement[str]) -> ColumnElement[str]:
    """The phone's digits without +48 / 0048, in SQL (the same rule as search.phone_key)."""
    return case((and_(func.length(digits) == 11, func.substr(digits, 1, 2) == "48"), func.substr(digits, 3)),
                (and_(func.length(digits) == 13, func.substr(digits, 1, 4) == "0048"), func.substr(digits, 5)),
                else_=digits)


_MIN_LENGTH = {"email": 3, "phone": 6, "nip": 10}


def _alive():
    return and_(Customer.merged_into_id.is_(None), Customer.anonymised_at.is_(None))


def _keyed(kind: str):
    """Each live customer's key of `kind` (e-mail, phone or NIP), worked out once per row in a materialised CTE
    (the phone's chain of replaces would otherwise be evaluated again wherever the key is named); customers
    without that field are left out before anything is computed. Returns the CTE and its key column."""
    source = {"email": Customer.email, "phone": Customer.phone, "nip": Customer.nip}[kind]
    value = func.lower(func.trim(source)) if kind == "email" else _digits(source)
    keyed = (select(Customer.id.label("id"), value.label("value")).where(_alive(), source.is_not(None))
             .cte(f"customer_{kind}").prefix_with("MATERIALIZED"))
    return keyed, _phone_key(keyed.c.value) if kind == "phone" else keyed.c.value


def find_duplicates(session: Session, *, limit: int = 200) -> tuple[DuplicateGroup, ...]:
    """Groups of customers sharing an e-mail, a phone or a NIP (the biggest groups first), at most `limit`; in each
    the oldest customer first, the one suggested to keep."""
    groups: list[DuplicateGroup] = []
    with session.begin():
        for kind in ("email", "phone", "nip"):
            keyed, key = _keyed(kind)
            found = session.execute(
                select(key.label("k"), func.count()).select_from(keyed).where(func.length(key) >= _MIN_LENGTH[kind])
                .group_by(key).having(func.count() > 1).order_by(func.count().desc(), key).limit(limit)).all()
            if not found:
                continue
            members: dict[str, list[tuple[int, str]]] = {k: [] for k, _n in found}
            keyed, key = _keyed(kind)
            for value, cid, name in session.execute(
                    select(key, Customer.id, Customer.name).select_from(keyed)
                    .join(Customer, Customer.id == keyed.c.id).where(key.in_(list(members)))
                    .order_by(Customer.created_at, Customer.id)):
                members[value].append((cid, name))
            groups += [DuplicateGroup(key_kind=kind, key=k, customer_ids=tuple(i for i, _ in members[k]),
                                      names=tuple(n for _, n in members[k])) for k, _n in found]
    groups.sort(key=lambda g: -len(g.customer_ids))
    return tuple(groups[:limit])


def _mergeable(session: Session, customer_id: int) -> Customer:
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound(msg("No customer with id {id}.", id=customer_id))
    if c.anonymised_at is not None:
        raise DomainError(msg("Customer {id} was anonymised and cannot be merged.", id=customer_id))
    if c.merged_into_id is not None:
        raise DomainError(msg("Customer {id} was already merged into customer {kept}.", id=customer_id,
                              kept=c.merged_into_id))
    return c


def _moved(session: Session, column, ids: list[int], keep_id: int) -> int:
    return session.execute(update(column.class_).where(column.in_(ids)).values({column.key: keep_id})).rowcount or 0


def merge_customers(session: Session, keep_id: int, merge_ids: Iterable[int], *, who: str) -> MergeResult:
    """Merge `merge_ids` into `keep_id` in one transaction (see the module's docstring). Refused: merging a
    customer into itself, an anonymised customer, or one already merged away."""
    merged = sorted(set(merge_ids))
    if not merged:
        raise DomainError(msg("Pick the customers to merge."))
    if keep_id in merged:
        raise DomainError(msg("A customer cannot be merged into itself."))
    with session.begin():
        keep = _mergeable(session, keep_id)
        others = [_mergeable(session, i) for i in merged]
        moved_orders = list(session.scalars(select(Order.id).where(Order.customer_id.in_(merged))))
        invoices = session.scalar(select(func.count(Invoice.id)).where(Invoice.order_id.in_(moved_orders))) or 0
        orders = _moved(session, Order.customer_id, merged, keep_id)
        contacts = _moved(session, Contact.customer_id, merged, keep_id)
        complaints = _moved(session, Complaint.customer_id, merged, keep_id)
        _moved(session, CustomerConsent.customer_id, merged, keep_id)
        _moved(session, Address.customer_id, merged, keep_id)
        tags = set(tags_of(keep.tags))
        notes = [keep.notes.strip()] if (keep.notes or "").strip() else []
        for other in others:  # oldest id first: its data fills the gaps first
            for field in ("email", "phone", "company", "nip"):
                if not (getattr(keep, field) or "").strip() and (getattr(other, field) or "").strip():
                    setattr(keep, field, getattr(other, field))
            if (other.notes or "").strip() and other.notes.strip() not in notes:
                notes.append(other.notes.strip())
            tags |= set(tags_of(other.tags))
            other.merged_into_id, other.tags, other.updated_at = keep_id, "", utcnow()
        keep.tags = ",".join([t for t in TAGS if t in tags] + sorted(tags - set(TAGS)))
        keep.notes = "\n\n".join(notes)
        keep.updated_at = utcnow()
        session.add(PrivacyLogEntry(action="merge", customer_id=keep_id, who=who[:80],
                                    detail=f"merged customers {', '.join(map(str, merged))} into {keep_id}; "
                                    f"orders {orders}, contacts {contacts}, complaints {complaints}"))
    return MergeResult(kept_id=keep_id, merged_ids=tuple(merged), orders_moved=orders, contacts_moved=contacts,
                       complaints_moved=complaints, invoices_moved=invoices)
