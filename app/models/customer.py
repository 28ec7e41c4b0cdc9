"""Customer and address."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), default="")
    email: Mapped[str | None] = mapped_column(String(255), index=True)
    phone: Mapped[str | None] = mapped_column(String(40), index=True)
    company: Mapped[str | None] = mapped_column(String(255))
    nip: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Address(Base):
    """An address as written on one order: a snapshot, so editing a customer never rewrites history."""

    __tablename__ = "address"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    name: Mapped[str] = mapped_column(String(255), default="")
    company: Mapped[str | None] = mapped_column(String(255))
    street: Mapped[str] = mapped_column(String(255), default="")
    postal_code: Mapped[str] = mapped_column(String(16), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="PL")
    phone: Mapped[str | None] = mapped_column(String(40))

    def is_complete(self) -> bool:
        return bool(self.name.strip() and self.street.strip() and self.postal_code.strip() and self.city.strip())

    def one_line(self) -> str:
        parts = [self.name, self.company or "", self.street, f"{self.postal_code} {self.city}".strip(), self.country]
        return ", ".join(p for p in parts if p)
