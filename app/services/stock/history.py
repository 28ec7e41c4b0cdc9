"""What the product card shows: the movements history (filterable) and the open reservations with their orders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Order, OrderLine, StockDocument, StockMovement

MOVEMENT_REASONS = ("receipt", "issue", "return", "write_off", "adjustment", "stocktake")


@dataclass(frozen=True)
class MovementRow:
    id: int
    at: datetime
    reason: str
    quantity: int
    document: str
    supplier: str
    supplier_document: str
    order_number: str
    who: str
    purchase_price: Decimal | None
    note: str


@dataclass(frozen=True)
class ReservationRow:
    order_id: int
    order_number: str
    status: str
    customer_name: str
    quantity: int
    created_at: datetime


def movements(session: Session, product_id: int, reason: str | None = None, limit: int = 1000) -> list[MovementRow]:
    """Newest first; `reason` narrows to one kind of movement."""
    stmt = (select(StockMovement.id, StockMovement.at, StockMovement.reason, StockMovement.quantity,
                   StockDocument.number, StockDocument.supplier, StockDocument.supplier_document, Order.number,
                   StockMovement.who, StockMovement.purchase_price, StockMovement.note)
            .join(StockDocument, StockDocument.id == StockMovement.document_id)
            .outerjoin(Order, Order.id == StockMovement.order_id)
            .where(StockMovement.product_id == product_id)
            .order_by(StockMovement.at.desc(), StockMovement.id.desc()).limit(limit))
    if reason:
        stmt = stmt.where(StockMovement.reason == reason)
    with session.begin():
        return [MovementRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or "", r[8], r[9], r[10])
                for r in session.execute(stmt).all()]


def open_reservations(session: Session, product_id: int) -> list[ReservationRow]:
    stmt = (select(Order.id, Order.number, Order.status, Order.customer_name, OrderLine.reserved, Order.created_at)
            .join(Order, Order.id == OrderLine.order_id)
            .where(OrderLine.product_id == product_id, OrderLine.reserved > 0)
            .order_by(Order.created_at))
    with session.begin():
        return [ReservationRow(*r) for r in session.execute(stmt).all()]
