"""Shipping and printing: carrier settings, shipments and their parcels, dispatch manifests,
printer settings per document kind, the print queue and the print log.

The carrier catalogue itself (codes, names, services) is data in `app.services.shipping.shipments`;
these tables hold what a shop sets and what happened.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, LargeBinary, Numeric, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from app.models.base import Base, Money, UTCDateTime, utcnow


def Weight() -> Numeric:
    """Kilograms with grams: Decimal, never float."""
    return Numeric(8, 3, asdecimal=True)


class ShippingSettings(Base):
    """The shop's one row of shipping settings: the sender on every label, parcel defaults, own-delivery series."""

    __tablename__ = "shipping_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    sender_name: Mapped[str] = mapped_column(String(255), default="")
    sender_company: Mapped[str] = mapped_column(String(255), default="")
    sender_street: Mapped[str] = mapped_column(String(255), default="")
    sender_postal_code: Mapped[str] = mapped_column(String(16), default="")
    sender_city: Mapped[str] = mapped_column(String(120), default="")
    sender_country: Mapped[str] = mapped_column(String(2), default="PL")
    sender_phone: Mapped[str] = mapped_column(String(40), default="")
    sender_email: Mapped[str] = mapped_column(String(255), default="")
    default_size: Mapped[str] = mapped_column(String(8), default="B")
    default_weight: Mapped[Decimal] = mapped_column(Weight(), default=Decimal("1.000"))
    # Own delivery: tracking numbers we give ourselves, PREFIX + 6 digits, never reused.
    own_prefix: Mapped[str] = mapped_column(String(10), default="ZD")
    own_last_number: Mapped[int] = mapped_column(default=0)


class CarrierSetting(Base):
    """A carrier the shop uses (code from the catalogue): on/off, default service, its web-panel account."""

    __tablename__ = "carrier_setting"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    default_service: Mapped[str] = mapped_column(String(40), default="")
    account: Mapped[str] = mapped_column(String(120), default="")
    # The day's pickup: orders ready after this (shop's local time, "HH:MM") go out the next working day.
    cutoff: Mapped[str] = mapped_column(String(5), default="15:00", server_default="15:00")


class ShippingMethodRule(Base):
    """Imported shipping-method text (a case-insensitive 'contains' match) -> carrier and service."""

    __tablename__ = "shipping_method_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    pattern: Mapped[str] = mapped_column(String(120), unique=True)
    carrier: Mapped[str] = mapped_column(String(30))
    service: Mapped[str] = mapped_column(String(40), default="")
    # Lower first; ties: the longer pattern wins (more specific).
    priority: Mapped[int] = mapped_column(default=100)


class DispatchManifest(Base):
    """Protokół nadania: one carrier's parcels handed over on one day."""

    __tablename__ = "dispatch_manifest"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    carrier: Mapped[str] = mapped_column(String(30))
    day: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    confirmed_by: Mapped[str | None] = mapped_column(String(80))


class Shipment(Base):
    """How one order travels: carrier, service, cash on delivery, insurance; one or more parcels."""

    __tablename__ = "shipment"
    __table_args__ = (Index("ix_shipment_carrier_manifest", "carrier", "manifest_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("order.id"), unique=True)
    carrier: Mapped[str] = mapped_column(String(30))
    service: Mapped[str] = mapped_column(String(40), default="")
    locker_code: Mapped[str | None] = mapped_column(String(20))  # InPost parcel locker, e.g. WAW123M
    cod_amount: Mapped[Decimal | None] = mapped_column(Money())
    insurance: Mapped[Decimal | None] = mapped_column(Money())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    manifest_id: Mapped[int | None] = mapped_column(ForeignKey("dispatch_manifest.id"), index=True)

    parcels: Mapped[list[Parcel]] = relationship(
        back_populates="shipment", cascade="all, delete-orphan", order_by="Parcel.number"
    )
    carrier_labels: Mapped[list[CarrierLabel]] = relationship(
        back_populates="shipment", cascade="all, delete-orphan", order_by="CarrierLabel.id"
    )


class Parcel(Base):
    __tablename__ = "parcel"

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipment.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(default=1)  # n of m
    tracking_number: Mapped[str | None] = mapped_column(String(80), index=True)
    weight: Mapped[Decimal] = mapped_column(Weight(), default=Decimal("1.000"))
    size: Mapped[str] = mapped_column(String(8), default="")

    shipment: Mapped[Shipment] = relationship(back_populates="parcels")


class CarrierLabel(Base):
    """A label PDF downloaded from the carrier's web panel (A4 or A6), kept in the database so backups hold it."""

    __tablename__ = "carrier_label"

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipment.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(default=1)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    added_by: Mapped[str] = mapped_column(String(80), default="")
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))

    shipment: Mapped[Shipment] = relationship(back_populates="carrier_labels")


class PrinterSetting(Base):
    """Which printer takes which kind of document ('label', 'a4'), on what paper, at what resolution."""

    __tablename__ = "printer_setting"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), unique=True)
    printer_name: Mapped[str] = mapped_column(String(255), default="")
    paper: Mapped[str] = mapped_column(String(20), default="")  # "100x150" | "A4" | "A6"
    orientation: Mapped[str] = mapped_column(String(10), default="portrait")
    dpi: Mapped[int] = mapped_column(default=203)
    zpl: Mapped[bool] = mapped_column(default=False)
    silent: Mapped[bool] = mapped_column(default=True)


class PrintQueueEntry(Base):
    """A document waiting to be printed (done_at NULL), e.g. the label of a shipment just made."""

    __tablename__ = "print_queue"
    __table_args__ = (Index("ix_print_queue_done_kind", "done_at", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # label | carrier_label | manifest
    order_id: Mapped[int | None] = mapped_column(ForeignKey("order.id"), index=True)
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipment.id", ondelete="CASCADE"), index=True)
    manifest_id: Mapped[int | None] = mapped_column(ForeignKey("dispatch_manifest.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PrintLogEntry(Base):
    """What was printed, when, on which printer, by whom (reprints too)."""

    __tablename__ = "print_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    document: Mapped[str] = mapped_column(String(255))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("order.id"), index=True)
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipment.id", ondelete="SET NULL"))
    manifest_id: Mapped[int | None] = mapped_column(ForeignKey("dispatch_manifest.id"))
    printer: Mapped[str] = mapped_column(String(255), default="")
    who: Mapped[str] = mapped_column(String(80), default="")
    pages: Mapped[int] = mapped_column(default=1)
    reprint: Mapped[bool] = mapped_column(default=False)
    ok: Mapped[bool] = mapped_column(default=True)
    message: Mapped[str] = mapped_column(Text, default="")
    # An invoice or correction printed (kind "invoice"): what a reprint from the log prints again.
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), index=True)
    # A complaint's letter printed (kind "complaint_letter"): the letter whose kept PDF a reprint prints again. A
    # log line is history: it does not hold a letter (or its case) in the database, it stops naming it.
    complaint_letter_id: Mapped[int | None] = mapped_column(ForeignKey("complaint_letter.id", ondelete="SET NULL"),
                                                            index=True)
