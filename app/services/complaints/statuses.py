"""A case's statuses and the moves allowed between them, as data checked in this one place (like the order
lifecycle). `decided` is reached only through a decision (working.decide) and `closed` only through closing
(working.close_case), which checks the decision's effects exist."""

from __future__ import annotations

from app.core.errors import DomainError
from app.core.messages import msg
from app.models.complaint import AT_SUPPLIER, CLOSED, DECIDED, IN_REVIEW, NEW, WAITING_CUSTOMER
from app.services.complaints.labels import STATUS, label

# Moves a user makes with the status buttons (decide and close have their own actions).
TRANSITIONS: dict[str, frozenset[str]] = {
    NEW: frozenset({IN_REVIEW, WAITING_CUSTOMER, AT_SUPPLIER}),
    IN_REVIEW: frozenset({WAITING_CUSTOMER, AT_SUPPLIER}),
    WAITING_CUSTOMER: frozenset({IN_REVIEW, AT_SUPPLIER}),
    AT_SUPPLIER: frozenset({IN_REVIEW, WAITING_CUSTOMER}),
    DECIDED: frozenset(),
    CLOSED: frozenset(),
}
# Statuses a decision may be made from, and closing from.
DECIDABLE = frozenset({NEW, IN_REVIEW, WAITING_CUSTOMER, AT_SUPPLIER})
CLOSABLE = frozenset({DECIDED})


def check_move(number: str, from_status: str, to_status: str) -> None:
    """Refuse a move the table does not allow, naming the case and both statuses."""
    if to_status not in TRANSITIONS.get(from_status, frozenset()):
        raise DomainError(msg("Case {number} cannot move from '{from_status}' to '{to_status}'.", number=number,
                              from_status=label(STATUS, from_status), to_status=label(STATUS, to_status)))
