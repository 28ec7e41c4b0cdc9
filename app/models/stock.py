"""The stock ledger: documents (PZ, WZ, returns, write-offs, adjustments, stocktakes) and their movements.

A movement is never edited or deleted; a mistake is corrected by another document. The product's
`on_hand` is the sum of its movements, kept in the same transaction (checked by `zaplecze check`).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Money, UTCDateTime, utcnow

# Document kinds, with the Polish warehouse abbreviations printed in their numbers.
RECEIPT = "PZ"  # goods receipt from a supplier
ISSUE = "WZ"  # goods issue: an order shipped
RETURN = "ZW"  # return to stock (returns and complaints)
WRITE_OFF = "RW"  # write-off: damaged, lost, expired
ADJUSTMENT = "KOR"  # adjustment with a reason
STOCKTAKE = "INW"  # stocktake differences
DOCUMENT_KINDS = (RECEIPT, ISSUE, RETURN, WRITE_OFF, ADJUSTMENT, STOCKTAKE)

# Movement reasons, one per document kind (a movement's reason says why stock changed).
REASON_OF_KIND = {RECEIPT: "receipt", ISSUE: "issue", RETURN: "return", WRITE_OFF: "write_off",
                  ADJUSTMENT: "adjustment", STOCKTAKE: "stocktake"}


class StockDocument(Base):
    __tablename__ = "stock_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(4), index=True)
    # Our number, continuous per kind and year: "PZ 12/2026".
    number: Mapped[str] = mapped_column(String(40), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    who: Mapped[str] = mapped_column(String(80), default="")
    supplier: Mapped[str] = mapped_column(String(120), default="")
    # The supplier's own document (invoice or delivery note number) for a PZ.
    supplier_document: Mapped[str] = mapped_column(String(80), default="")
    order_id: Mapped[int | None] = mapped_column(ForeignKey("order.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")

    movements: Mapped[list[StockMovement]] = relationship(back_populates="document", order_by="StockMovement.id")


class StockMovement(Base):
    __tablename__ = "stock_movement"
    __table_args__ = (
        Index("ix_stock_movement_product_at", "product_id", "at"),  # a product's history, its recent sales
        Index("ix_stock_movement_reason_at", "reason", "at"),  # all recent sales (reorder suggestions)
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("stock_document.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    # Signed: + into stock, - out of stock.
    quantity: Mapped[int] = mapped_column()
    reason: Mapped[str] = mapped_column(String(20))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("order.id"), index=True)
    who: Mapped[str] = mapped_column(String(80), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    purchase_price: Mapped[Decimal | None] = mapped_column(Money())
    note: Mapped[str] = mapped_column(Text, default="")

    document: Mapped[StockDocument] = relationship(back_populates="movements")
