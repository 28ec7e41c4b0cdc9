"""The order lifecycle: statuses and allowed transitions as data, checked in this one place."""

from __future__ import annotations

from app.core.errors import TransitionError
from app.core.messages import msg

NEW = "new"
AWAITING_PAYMENT = "awaiting_payment"
READY = "ready"
PACKING = "packing"
PACKED = "packed"
SHIPPED = "shipped"
DELIVERED = "delivered"
ON_HOLD = "on_hold"
CANCELLED = "cancelled"
RETURNED = "returned"

STATUSES: tuple[str, ...] = (
    NEW, AWAITING_PAYMENT, READY, PACKING, PACKED, SHIPPED, DELIVERED, ON_HOLD, CANCELLED, RETURNED,
)

TRANSITIONS: dict[str, frozenset[str]] = {
    NEW: frozenset({AWAITING_PAYMENT, READY, ON_HOLD, CANCELLED}),
    AWAITING_PAYMENT: frozenset({READY, ON_HOLD, CANCELLED}),
    READY: frozenset({PACKING, PACKED, AWAITING_PAYMENT, ON_HOLD, CANCELLED}),
    PACKING: frozenset({PACKED, READY, ON_HOLD, CANCELLED}),
    PACKED: frozenset({SHIPPED, PACKING, ON_HOLD, CANCELLED}),
    SHIPPED: frozenset({DELIVERED, RETURNED}),
    DELIVERED: frozenset({RETURNED}),
    ON_HOLD: frozenset({NEW, AWAITING_PAYMENT, READY, CANCELLED}),
    CANCELLED: frozenset(),
    RETURNED: frozenset(),
}

# Statuses in which an order holds a stock reservation.
RESERVING = frozenset({READY, PACKING, PACKED})
# Statuses verification may move forward from.
VERIFIABLE = frozenset({NEW, AWAITING_PAYMENT, ON_HOLD})
# Statuses in which the buyer's data and lines may still be edited.
EDITABLE = frozenset({NEW, AWAITING_PAYMENT, ON_HOLD, READY})

# The list's filters: key -> statuses (None = all; "problems" also takes orders with verification problems).
FILTERS: dict[str, tuple[str, ...] | None] = {
    "all": None,
    "new": (NEW,),
    "awaiting_payment": (AWAITING_PAYMENT,),
    "ready": (READY, PACKING),
    "packed": (PACKED,),
    "shipped": (SHIPPED, DELIVERED),
    "problems": (ON_HOLD,),
    "cancelled": (CANCELLED, RETURNED),
}


def allowed(from_status: str, to_status: str) -> bool:
    return to_status in TRANSITIONS.get(from_status, frozenset())


def allowed_targets(statuses: set[str]) -> list[str]:
    """Statuses every one of the given statuses may move to, in lifecycle order (what a status menu offers)."""
    if not statuses:
        return []
    common = set.intersection(*(set(TRANSITIONS.get(s, ())) for s in statuses))
    return [s for s in STATUSES if s in common]


def check_transition(number: str, from_status: str, to_status: str) -> None:
    if to_status not in STATUSES:
        raise TransitionError(msg("Unknown status '{status}'.", status=to_status))
    if not allowed(from_status, to_status):
        raise TransitionError(
            msg("Order {number} cannot go from '{from_status}' to '{to_status}'.", number=number,
                from_status=status_label(from_status), to_status=status_label(to_status))
        )


_LABELS = {
    NEW: msg("New"),
    AWAITING_PAYMENT: msg("Awaiting payment"),
    READY: msg("Ready to pack"),
    PACKING: msg("Packing"),
    PACKED: msg("Packed"),
    SHIPPED: msg("Shipped"),
    DELIVERED: msg("Delivered"),
    ON_HOLD: msg("On hold"),
    CANCELLED: msg("Cancelled"),
    RETURNED: msg("Returned"),
}


def status_label(status: str) -> str:
    """English label; the UI translates it (the same strings are marked for translation there)."""
    return _LABELS.get(status, status)
