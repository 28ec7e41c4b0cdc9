"""Product: what order lines point at. The stock issue extends it."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Money


class Product(Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    ean: Mapped[str | None] = mapped_column(String(14), index=True)
    name: Mapped[str] = mapped_column(String(255))
    gross_price: Mapped[Decimal] = mapped_column(Money())
    # "23", "8", "5", "0" or "zw" (exempt): a label, not a number, because "zw" is not 0 %.
    vat_rate: Mapped[str] = mapped_column(String(4), default="23")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Stock on hand kept by the ledger (stock issue); orders read it for verification.
    on_hand: Mapped[int] = mapped_column(default=0)
    reserved: Mapped[int] = mapped_column(default=0)

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved
