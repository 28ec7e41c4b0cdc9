"""What the order lifecycle does to stock: reserve on verification, release on cancel, issue on shipping.

The stock issue turns these into ledger movements; the lifecycle only calls them.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import Order


def reserve_order(session: Session, order: Order, who: str) -> None:
    for line in order.lines:
        if line.product is not None and line.reserved == 0:
            line.product.reserved += line.quantity
            line.reserved = line.quantity


def release_order(session: Session, order: Order, who: str) -> None:
    for line in order.lines:
        if line.product is not None and line.reserved:
            line.product.reserved -= line.reserved
            line.reserved = 0


def issue_order(session: Session, order: Order, who: str) -> None:
    for line in order.lines:
        if line.product is not None:
            line.product.on_hand -= line.quantity
            if line.reserved:
                line.product.reserved -= line.reserved
                line.reserved = 0
