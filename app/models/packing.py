"""Packing: which station has an order (the claim), what each packed order took (the pack log), the station's
settings (the owner's PIN as a salted scrypt hash, never in clear)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow
from app.models.shipping import Weight


class PackClaim(Base):
    """One station packing one order. The primary key is the order, so a second claim can only be an atomic
    take-over of this row (app.services.packing.claims), never a second row."""

    __tablename__ = "pack_claim"

    order_id: Mapped[int] = mapped_column(ForeignKey("order.id", ondelete="CASCADE"), primary_key=True)
    station: Mapped[str] = mapped_column(String(80))
    who: Mapped[str] = mapped_column(String(80), default="")
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class PackLogEntry(Base):
    """One packed order: who, where, when, how long it took and the wrong scans the station caught."""

    __tablename__ = "pack_log"
    __table_args__ = (Index("ix_pack_log_who_packed_at", "who", "packed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("order.id", ondelete="CASCADE"), index=True)
    station: Mapped[str] = mapped_column(String(80))
    who: Mapped[str] = mapped_column(String(80))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    packed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    seconds: Mapped[int] = mapped_column(Integer, default=0)
    units: Mapped[int] = mapped_column(Integer, default=0)
    wrong_scans: Mapped[int] = mapped_column(Integer, default=0)
    weight: Mapped[Decimal | None] = mapped_column(Weight())
    size: Mapped[str] = mapped_column(String(20), default="")
    # Packed incomplete with the owner's PIN: why (also in the order's history).
    overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    override_why: Mapped[str] = mapped_column(Text, default="")


class PackingSettings(Base):
    """The shop's one row of packing settings."""

    __tablename__ = "packing_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    # hashlib.scrypt of the owner's PIN with a random salt; both None while no PIN is set.
    pin_salt: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    pin_hash: Mapped[bytes | None] = mapped_column(LargeBinary(64))
    # A claim older than this may be taken over by another station without asking its holder.
    stale_claim_minutes: Mapped[int] = mapped_column(Integer, default=15)


class ParcelPhoto(Base):
    """A photo of the open parcel taken at the station: proof of what went into it, kept with the order for
    disputes. In the database (not a file beside it) so every station of a shared database sees it."""

    __tablename__ = "parcel_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("order.id", ondelete="CASCADE"), index=True)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    station: Mapped[str] = mapped_column(String(80), default="")
    who: Mapped[str] = mapped_column(String(80), default="")
    jpeg: Mapped[bytes] = mapped_column(LargeBinary())
