"""Complaints and returns (issue 16): a case, its lines, its timeline, its files and letters, and what followed
from the decision (a refund, a claim at the supplier).

A case is one of four kinds: a complaint under statutory liability (rękojmia, non-conformity), a guarantee claim,
a withdrawal from a distance contract (a return), and damage in transport. `due_on` is the deadline that binds
the shop, counted by app.services.complaints.deadlines and never moved: the answer to a complaint (u.p.k. art. 7a)
or the refund of a withdrawal (art. 32). The list sorts by it, so it is indexed with the status.

Customer data are a snapshot as on the order or as typed, so editing a customer never rewrites a case.
The effects of a decision point back at the case: stock documents (stock_document.complaint_id), the correction
invoice and the replacement order (columns here), refunds and supplier claims (their tables); `zaplecze check`
proves that every closed case's effects exist.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import ZERO, Base, Money, UTCDateTime, utcnow

# Kinds of case.
LIABILITY = "liability"  # rękojmia: non-conformity with the contract, 2 years from delivery
GUARANTEE = "guarantee"  # gwarancja: the guarantor's terms
WITHDRAWAL = "withdrawal"  # odstąpienie: a return within 14 days
TRANSPORT = "transport"  # damage in transport
KINDS = (LIABILITY, GUARANTEE, WITHDRAWAL, TRANSPORT)

# Where the case came in.
CHANNELS = ("email", "phone", "chat", "letter", "in_person", "marketplace")

# What the customer demands (a withdrawal demands a refund).
DEMANDS = ("repair", "replacement", "price_reduction", "refund")
# Settled in money: under statutory liability only after repair or replacement, or with art. 43e's reason.
MONEY_REMEDIES = ("price_reduction", "refund")

# Why, for the figures (complaints by reason).
REASONS = ("defect", "damaged", "wrong_item", "not_as_described", "missing_item", "changed_mind", "other")

# Statuses, in the order a case normally walks them.
NEW = "new"
IN_REVIEW = "in_review"
WAITING_CUSTOMER = "waiting_customer"
AT_SUPPLIER = "at_supplier"
DECIDED = "decided"
CLOSED = "closed"
STATUSES = (NEW, IN_REVIEW, WAITING_CUSTOMER, AT_SUPPLIER, DECIDED, CLOSED)
OPEN_STATUSES = (NEW, IN_REVIEW, WAITING_CUSTOMER, AT_SUPPLIER)

# A decision.
ACCEPTED = "accepted"
REJECTED = "rejected"

# Letters.
LETTER_ACCEPT = "accept"
LETTER_REJECT = "reject"
LETTER_ASK = "ask"
LETTER_KINDS = (LETTER_ACCEPT, LETTER_REJECT, LETTER_ASK)

REFUND_METHODS = ("transfer", "cash", "card", "marketplace")


class Complaint(Base):
    __tablename__ = "complaint"
    __table_args__ = (Index("ix_complaint_status_due", "status", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # "REK/2026/0001", continuous per year.
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    channel: Mapped[str] = mapped_column(String(20), default="email")
    received_on: Mapped[date] = mapped_column(Date(), index=True)
    status: Mapped[str] = mapped_column(String(20), default=NEW, index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("order.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    customer_name: Mapped[str] = mapped_column(String(255), default="")
    email: Mapped[str | None] = mapped_column(String(255))
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(Text, default="")  # one line, as on the letter
    demand: Mapped[str] = mapped_column(String(20), default="")
    reason: Mapped[str] = mapped_column(String(20), default="other", index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    guarantor: Mapped[str] = mapped_column(String(255), default="")
    guarantee_terms: Mapped[str] = mapped_column(Text, default="")
    # The day the customer took possession (delivered), or the shipping day when that is unknown (estimated).
    delivered_on: Mapped[date | None] = mapped_column(Date())
    delivery_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    # A withdrawal after its window or a claim after the liability period: flagged, not refused.
    out_of_time: Mapped[bool] = mapped_column(Boolean, default=False)
    # The shop's deadline (see the module's docstring) and the day the answer was sent (what it measures).
    due_on: Mapped[date] = mapped_column(Date(), index=True)
    answered_on: Mapped[date | None] = mapped_column(Date())
    decision: Mapped[str | None] = mapped_column(String(20))  # accepted | rejected
    remedy: Mapped[str | None] = mapped_column(String(20))  # one of DEMANDS when accepted
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The supplier of the products (from the catalogue), for the figures and a supplier claim.
    supplier: Mapped[str] = mapped_column(String(120), default="", index=True)
    correction_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    replacement_order_id: Mapped[int | None] = mapped_column(ForeignKey("order.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")

    lines: Mapped[list[ComplaintLine]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan", order_by="ComplaintLine.id")
    events: Mapped[list[ComplaintEvent]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan", order_by="ComplaintEvent.id")
    files: Mapped[list[ComplaintFile]] = relationship(cascade="all, delete-orphan", order_by="ComplaintFile.id")
    letters: Mapped[list[ComplaintLetter]] = relationship(cascade="all, delete-orphan",
                                                          order_by="ComplaintLetter.id")
    refunds: Mapped[list[Refund]] = relationship(cascade="all, delete-orphan", order_by="Refund.id")
    supplier_claims: Mapped[list[SupplierClaim]] = relationship(cascade="all, delete-orphan",
                                                                order_by="SupplierClaim.id")


class ComplaintLine(Base):
    """A product the case is about, with how many came back to stock or were written off."""

    __tablename__ = "complaint_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"), index=True)
    order_line_id: Mapped[int | None] = mapped_column(ForeignKey("order_line.id"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"), index=True)
    sku: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(String(255), default="")
    quantity: Mapped[int] = mapped_column(default=1)
    unit_price: Mapped[Decimal] = mapped_column(Money(), default=ZERO)  # gross, as on the order
    restocked: Mapped[int] = mapped_column(default=0)  # units back to stock (ZW)
    written_off: Mapped[int] = mapped_column(default=0)  # units written off (RW)

    complaint: Mapped[Complaint] = relationship(back_populates="lines")


class ComplaintEvent(Base):
    """One entry of a case's timeline: registered, a status change, a note, a letter, a file, an action."""

    __tablename__ = "complaint_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    kind: Mapped[str] = mapped_column(String(20), default="note")  # registered|status|note|letter|file|action
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    who: Mapped[str] = mapped_column(String(80), default="")
    text: Mapped[str] = mapped_column(Text, default="")

    complaint: Mapped[Complaint] = relationship(back_populates="events")


class ComplaintFile(Base):
    """A photo or file the customer sent, copied into the data folder (path relative to it)."""

    __tablename__ = "complaint_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(255))  # the original file name
    path: Mapped[str] = mapped_column(String(500))
    size: Mapped[int] = mapped_column(default=0)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    who: Mapped[str] = mapped_column(String(80), default="")


class ComplaintLetter(Base):
    """A written answer as printed: its text (edited from a template) and the PDF, and the day it was sent."""

    __tablename__ = "complaint_letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"), index=True)
    template: Mapped[str] = mapped_column(String(20))  # accept | reject | ask
    subject: Mapped[str] = mapped_column(String(255), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    who: Mapped[str] = mapped_column(String(80), default="")
    sent_on: Mapped[date | None] = mapped_column(Date())


class ComplaintTemplate(Base):
    """The shop's own wording of a letter (accept, reject, ask); a missing row means the built-in Polish text."""

    __tablename__ = "complaint_template"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    subject: Mapped[str] = mapped_column(String(255), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Refund(Base):
    """Money owed back: goods and, for a withdrawal, the original shipping cost (u.p.k. art. 32 ust. 1)."""

    __tablename__ = "refund"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"), index=True)
    goods: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    shipping: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    amount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)  # goods + shipping
    currency: Mapped[str] = mapped_column(String(3), default="PLN")
    method: Mapped[str] = mapped_column(String(20), default="transfer")
    due_on: Mapped[date] = mapped_column(Date())
    paid_on: Mapped[date | None] = mapped_column(Date())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    who: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class SupplierClaim(Base):
    """The shop's own claim at its supplier for a defective product: sent, answered, credit received."""

    __tablename__ = "supplier_claim"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"), index=True)
    supplier: Mapped[str] = mapped_column(String(120), default="")
    sent_on: Mapped[date] = mapped_column(Date())
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[date | None] = mapped_column(Date())
    credit: Mapped[Decimal | None] = mapped_column(Money())
    credit_received_on: Mapped[date | None] = mapped_column(Date())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    who: Mapped[str] = mapped_column(String(80), default="")


# Search as you type over cases (SQLite): an FTS5 trigram index (rowid = complaint.id) of the number, the customer,
# e-mail, phone (also as bare digits), the order's number and the lines' SKUs and names, kept by triggers, so every
# writer (the services, demo data, raw SQL) keeps it right. PostgreSQL searches with ILIKE instead.
_BODY = (
    "SELECT c.id, c.number || ' ' || c.customer_name || ' ' || COALESCE(c.email, '') || ' ' || COALESCE(c.phone, '')"
    " || ' ' || REPLACE(REPLACE(REPLACE(COALESCE(c.phone, ''), ' ', ''), '-', ''), '+', '')"
    " || ' ' || COALESCE((SELECT o.number FROM \"order\" o WHERE o.id = c.order_id), '')"
    " || ' ' || COALESCE((SELECT group_concat(l.sku || ' ' || l.name, ' ') FROM complaint_line l"
    " WHERE l.complaint_id = c.id), '') FROM complaint c"
)


def _refresh(case_id: str) -> str:
    return (f"DELETE FROM complaint_fts WHERE rowid = {case_id}; "
            f"INSERT INTO complaint_fts(rowid, body) {_BODY} WHERE c.id = {case_id};")


COMPLAINT_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS complaint_fts USING fts5(body, tokenize='trigram')",
    f"CREATE TRIGGER IF NOT EXISTS complaint_fts_insert AFTER INSERT ON complaint BEGIN {_refresh('new.id')} END",
    ("CREATE TRIGGER IF NOT EXISTS complaint_fts_update AFTER UPDATE OF number, customer_name, email, phone, "
     f"order_id ON complaint BEGIN {_refresh('new.id')} END"),
    ("CREATE TRIGGER IF NOT EXISTS complaint_fts_delete AFTER DELETE ON complaint BEGIN "
     "DELETE FROM complaint_fts WHERE rowid = old.id; END"),
    ("CREATE TRIGGER IF NOT EXISTS complaint_fts_line_insert AFTER INSERT ON complaint_line BEGIN "
     f"{_refresh('new.complaint_id')} END"),
    ("CREATE TRIGGER IF NOT EXISTS complaint_fts_line_update AFTER UPDATE OF sku, name ON complaint_line BEGIN "
     f"{_refresh('new.complaint_id')} END"),
    ("CREATE TRIGGER IF NOT EXISTS complaint_fts_line_delete AFTER DELETE ON complaint_line BEGIN "
     f"{_refresh('old.complaint_id')} END"),
)
COMPLAINT_FTS_FILL = f"INSERT INTO complaint_fts(rowid, body) {_BODY}"
COMPLAINT_FTS_DROP = tuple(f"DROP TRIGGER IF EXISTS complaint_fts_{t}" for t in (
    "insert", "update", "delete", "line_insert", "line_update", "line_delete")) + (
    "DROP TABLE IF EXISTS complaint_fts",)
