"""The order lifecycle: statuses and allowed transitions as data, checked in this one place."""

from __future__ import annotations

from app.services.errors import TransitionError

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


def check_transition(number: str, from_status: str, to_status: str) -> None:
    if to_status not in STATUSES:
        raise TransitionError(f"Unknown status '{to_status}'.")
    if not allowed(from_status, to_status):
        raise TransitionError(
            f"Order {number} cannot go from '{status_label(from_status)}' to '{status_label(to_status)}'."
        )


_LABELS = {
    NEW: "New",
    AWAITING_PAYMENT: "Awaiting payment",
    READY: "Ready to pack",
    PACKING: "Packing",
    PACKED: "Packed",
    SHIPPED: "Shipped",
    DELIVERED: "Delivered",
    ON_HOLD: "On hold",
    CANCELLED: "Cancelled",
    RETURNED: "Returned",
}


def status_label(status: str) -> str:
    """English label; the UI translates it (the same strings are marked for translation there)."""
    return _LABELS.get(status, status)
