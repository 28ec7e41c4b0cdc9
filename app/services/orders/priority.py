"""Pack first: orders the packing station takes before older ones (a customer who was promised today's courier,
a replacement for a damaged parcel). Set and cleared from the Orders list, each change written to the order's
history with who made it.

The history entry is a note, not an edit of the order's data: a later import of the shop's export still updates
the order (it skips orders whose data was edited here), and the shop's export knows nothing of our priority.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import Order, OrderEvent
from app.models.base import utcnow
from app.services.orders import lifecycle

# Orders whose packing is still ahead of them: only these can be put first.
TO_PACK = frozenset({lifecycle.NEW, lifecycle.AWAITING_PAYMENT, lifecycle.READY, lifecycle.PACKING, lifecycle.ON_HOLD})

MARKED = msg("Marked to pack first")
UNMARKED = msg("No longer to pack first")


def set_priority(session: Session, order_ids: Sequence[int], on: bool, who: str) -> Changes:
    """Pack these orders first (on) or in their turn again (off), in one transaction; orders already so are left
    as they are. Putting first an order that is packed, shipped or cancelled is refused, naming it (clearing is
    always allowed)."""
    ids = list(dict.fromkeys(order_ids))
    if not ids:
        return Changes()
    with session.begin():
        orders = session.scalars(select(Order).where(Order.id.in_(ids)).order_by(Order.number)).all()
        if len(orders) != len(ids):
            raise NotFound(msg("Some of the selected orders no longer exist."))
        if on:
            done = [o for o in orders if o.status not in TO_PACK]
            if done:
                raise DomainError(msg("{numbers}: already packed, shipped or cancelled; only orders still to be "
                                      "packed can be packed first.", numbers=", ".join(o.number for o in done)))
        changed = []
        now = utcnow()
        for order in orders:
            if bool(order.priority) == on:
                continue
            order.priority = on
            order.updated_at = now
            order.events.append(OrderEvent(kind="note", who=who, why=MARKED if on else UNMARKED))
            changed.append(order.id)
    return Changes.of_orders(changed)
