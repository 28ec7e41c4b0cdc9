"""Customer and address; the customer's consents, the contact log, reply templates and the personal-data log
(issue 17).

A customer's data may be anonymised (RODO): `anonymised_at` is then set and every personal field rewritten; the
row stays so the shop's figures and issued invoices keep their order. Two customers merged: the one merged away
keeps `merged_into_id` and nothing else points at it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow

# Tags a customer may carry (codes; the UI names them): a blocked customer's new order is flagged by verification.
TAG_VIP = "vip"
TAG_WHOLESALE = "wholesale"
TAG_BLOCKED = "blocked"
TAGS = (TAG_VIP, TAG_WHOLESALE, TAG_BLOCKED)

# Consents (codes).
CONSENTS = ("marketing_email", "marketing_phone", "newsletter", "profiling")

# The contact log's codes.
CONTACT_CHANNELS = ("phone", "email", "chat", "social", "marketplace", "in_person")
DIRECTIONS = ("in", "out")
TOPICS = ("status", "change", "return", "complaint", "product", "payment", "other")


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (
        # Typing one or two letters: a prefix range of the name (both capitalisations), not a scan.
        Index("ix_customer_name", "name"),
        # The tag views: the few customers with any tag first (tags > ''), then the tag looked for among them.
        Index("ix_customer_tags", "tags"),
        Index("ix_customer_anonymised_at", "anonymised_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), default="")
    email: Mapped[str | None] = mapped_column(String(255), index=True)
    phone: Mapped[str | None] = mapped_column(String(40), index=True)
    company: Mapped[str | None] = mapped_column(String(255))
    nip: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Comma-separated TAGS codes, e.g. "vip,blocked" ("" none).
    tags: Mapped[str] = mapped_column(String(120), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Merged into another customer (who now holds its orders, contacts, complaints). No foreign key in the
    # database: SQLite adds one only by rebuilding this table, which orders and addresses point at.
    merged_into_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # Anonymised (RODO): when, by whom, why; the personal fields are rewritten.
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    anonymised_by: Mapped[str | None] = mapped_column(String(80))
    anonymised_why: Mapped[str | None] = mapped_column(Text)


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


class CustomerConsent(Base):
    """A consent the customer gave or withdrew, with its day and where it came from (one row per change)."""

    __tablename__ = "customer_consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # one of CONSENTS
    given: Mapped[bool] = mapped_column(Boolean, default=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    source: Mapped[str] = mapped_column(String(80), default="")  # "sklep", "telefon", an import file
    who: Mapped[str] = mapped_column(String(80), default="")


class Contact(Base):
    """One contact with a customer: channel, in or out, topic, a note, an optional follow-up; linked to the
    customer and, when it was about them, an order and a complaint."""

    __tablename__ = "contact"
    __table_args__ = (
        Index("ix_contact_customer_at", "customer_id", "at"),  # the card's timeline
        # Follow-ups not done, by day: only those rows (a few thousand among a million contacts), so the counts on
        # the tab and the status bar read a small index instead of skipping through every contact's NULL.
        Index("ix_contact_follow_up_open", "follow_up_on",
              sqlite_where=text("follow_up_on IS NOT NULL AND follow_up_done_at IS NULL"),
              postgresql_where=text("follow_up_on IS NOT NULL AND follow_up_done_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("order.id"), index=True)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    who: Mapped[str] = mapped_column(String(80), default="")
    channel: Mapped[str] = mapped_column(String(20), default="phone")
    direction: Mapped[str] = mapped_column(String(3), default="in")
    topic: Mapped[str] = mapped_column(String(20), default="other")
    note: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date())
    follow_up_done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))


class ReplyTemplate(Base):
    """An answer the shop gives often ("where is my parcel?"), with fields in braces filled from the order, the
    customer and the complaint; Polish first, editable."""

    __tablename__ = "reply_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    topic: Mapped[str] = mapped_column(String(20), default="other")
    subject: Mapped[str] = mapped_column(String(255), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CustomerSettings(Base):
    """The shop's one row (id 1) of customer rules: how long personal data is kept after the last order."""

    __tablename__ = "customer_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    retention_months: Mapped[int] = mapped_column(default=36)


class PrivacyLogEntry(Base):
    """What was done with a customer's personal data (RODO): an export, an anonymisation, a merge; who, when,
    why. It names the customer by id only: the log itself holds no personal data."""

    __tablename__ = "privacy_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    who: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[str] = mapped_column(String(20))  # export | anonymise | merge | retention
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    why: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")


# Search as you type over customers (SQLite): an FTS5 trigram index (rowid = customer.id) of the name, e-mail,
# phone (also as bare digits and without +48), company and NIP, kept by triggers. Orders' and tracking numbers are
# found through the orders' own index. PostgreSQL searches with ILIKE.
_PHONE_DIGITS = "REPLACE(REPLACE(REPLACE(REPLACE(COALESCE({0}.phone, ''), ' ', ''), '-', ''), '+', ''), '(', '')"
_CUSTOMER_BODY = ("{0}.name || ' ' || COALESCE({0}.email, '') || ' ' || COALESCE({0}.phone, '') || ' ' || "
                  + _PHONE_DIGITS + " || ' ' || COALESCE({0}.company, '') || ' ' || COALESCE({0}.nip, '')")
CUSTOMER_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS customer_fts USING fts5(body, tokenize='trigram')",
    ("CREATE TRIGGER IF NOT EXISTS customer_fts_insert AFTER INSERT ON customer BEGIN "
     f"INSERT INTO customer_fts(rowid, body) VALUES (new.id, {_CUSTOMER_BODY.format('new')}); END"),
    ("CREATE TRIGGER IF NOT EXISTS customer_fts_update AFTER UPDATE OF name, email, phone, company, nip "
     "ON customer BEGIN DELETE FROM customer_fts WHERE rowid = old.id; "
     f"INSERT INTO customer_fts(rowid, body) VALUES (new.id, {_CUSTOMER_BODY.format('new')}); END"),
    ("CREATE TRIGGER IF NOT EXISTS customer_fts_delete AFTER DELETE ON customer BEGIN "
     "DELETE FROM customer_fts WHERE rowid = old.id; END"),
)
CUSTOMER_FTS_FILL = f"INSERT INTO customer_fts(rowid, body) SELECT id, {_CUSTOMER_BODY.format('customer')} FROM customer"
CUSTOMER_FTS_DROP = ("DROP TRIGGER IF EXISTS customer_fts_insert", "DROP TRIGGER IF EXISTS customer_fts_update",
                     "DROP TRIGGER IF EXISTS customer_fts_delete", "DROP TABLE IF EXISTS customer_fts")
