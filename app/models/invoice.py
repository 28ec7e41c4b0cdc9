"""Invoices: the seller's settings, numbering series and their counters, and issued invoices with their lines and
per-rate summary.

An issued invoice is a legal document: it is never edited or deleted, only corrected by a correction invoice (kind
KOR) that points at it. Services never change one; the database refuses it too (INVOICE_GUARD_DDL): an invoice row
is written with `sealed` false, its lines and rates are inserted, then `sealed` is set in the same transaction.
From then on only `paid`, `paid_date` and the KSeF columns (KSEF_COLUMNS) may change; an UPDATE of anything else,
a DELETE, and any INSERT/UPDATE/DELETE of its lines or rates is refused by triggers, on SQLite and PostgreSQL.

Seller and buyer data are SNAPSHOTS copied at issue: a later edit of the settings or of the order changes no
issued invoice. Deleting an order never cascades to its invoices (the foreign key refuses it instead).

A future migration that rebuilds one of these tables on SQLite (batch "move and copy") drops its triggers with
it and must create them again with `create_invoice_guard`.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    event,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import ZERO, Base, Money, UTCDateTime, utcnow


def Quantity() -> Numeric:
    """Quantities on invoice lines (FA(3) allows 6 decimal places; the shop sells whole and decimal units)."""
    return Numeric(14, 3, asdecimal=True)


def ExchangeRate() -> Numeric:
    """An NBP mid rate per one unit of the currency: FA(3) states it to 6 decimal places."""
    return Numeric(14, 6, asdecimal=True)


class InvoiceSettings(Base):
    """The shop's one row of seller data and invoicing rules (id 1)."""

    __tablename__ = "invoice_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_name: Mapped[str] = mapped_column(String(255), default="")
    seller_nip: Mapped[str] = mapped_column(String(10), default="")  # 10 digits, check digit validated
    seller_street: Mapped[str] = mapped_column(String(255), default="")
    seller_postal_code: Mapped[str] = mapped_column(String(16), default="")
    seller_city: Mapped[str] = mapped_column(String(120), default="")
    seller_country: Mapped[str] = mapped_column(String(2), default="PL")
    bank_account: Mapped[str] = mapped_column(String(34), default="")  # IBAN without spaces ("PL" + 26 digits)
    bank_name: Mapped[str] = mapped_column(String(120), default="")
    place_of_issue: Mapped[str] = mapped_column(String(120), default="")
    payment_days: Mapped[int] = mapped_column(Integer, default=7)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    # How a B2B invoice is computed: "net" (VAT on each rate's net sum) or "gross" (as for consumers).
    b2b_method: Mapped[str] = mapped_column(String(5), default="net")
    # The legal basis printed when a line is exempt (zw), e.g. "art. 43 ust. 1 pkt 2 ustawy o VAT".
    exemption_basis: Mapped[str] = mapped_column(Text, default="")
    cash_accounting: Mapped[bool] = mapped_column(Boolean, default=False)  # metoda kasowa (FA(3) P_16)
    # Mark B2B invoices of 15,000 zł gross or more "mechanizm podzielonej płatności" (P_18A).
    split_payment: Mapped[bool] = mapped_column(Boolean, default=False)
    ksef_environment: Mapped[str] = mapped_column(String(10), default="test")  # test | demo | prod


class InvoiceSeries(Base):
    """A numbering series: its pattern ("FV/{YYYY}/{MM}/{N}") and when its counter starts again."""

    __tablename__ = "invoice_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(3), default="VAT")  # VAT | KOR
    pattern: Mapped[str] = mapped_column(String(60))
    reset: Mapped[str] = mapped_column(String(5), default="month")  # month | year | never
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class InvoiceCounter(Base):
    """The last number given in a series and period ("2026-05", "2026", "" for never). Moved only by the one
    upsert in app.services.invoicing.numbering, in the transaction that writes the invoice."""

    __tablename__ = "invoice_counter"

    series_id: Mapped[int] = mapped_column(ForeignKey("invoice_series.id"), primary_key=True)
    period: Mapped[str] = mapped_column(String(7), primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Invoice(Base):
    __tablename__ = "invoice"
    __table_args__ = (
        # One VAT invoice per order (corrections point at it and are not counted): two stations issuing for the
        # same order at once cannot both succeed.
        Index("ix_invoice_one_per_order", "order_id", unique=True, sqlite_where=text("kind = 'VAT'"),
              postgresql_where=text("kind = 'VAT'")),
        Index("ix_invoice_issue_date_id", "issue_date", "id"),
        # The send queue and the invoices awaiting their status, found without a scan.
        Index("ix_invoice_ksef_queue", "ksef_status", "ksef_queued_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("invoice_series.id"), index=True)
    kind: Mapped[str] = mapped_column(String(3), default="VAT")  # VAT | KOR
    order_id: Mapped[int | None] = mapped_column(ForeignKey("order.id"), index=True)
    # A correction's corrected document; unique, so a chain of corrections is a line, never a fork.
    corrected_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), unique=True)
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    correction_kind: Mapped[int | None] = mapped_column(Integer)  # FA(3) TypKorekty 1 | 2 | 3
    issue_date: Mapped[date] = mapped_column(Date)
    sale_date: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(120), default="")
    currency: Mapped[str] = mapped_column(String(3), default="PLN")
    exchange_rate: Mapped[Decimal | None] = mapped_column(ExchangeRate())
    exchange_rate_date: Mapped[date | None] = mapped_column(Date)
    exchange_table: Mapped[str] = mapped_column(String(40), default="")
    seller_name: Mapped[str] = mapped_column(String(255), default="")
    seller_nip: Mapped[str] = mapped_column(String(10), default="")
    seller_street: Mapped[str] = mapped_column(String(255), default="")
    seller_postal_code: Mapped[str] = mapped_column(String(16), default="")
    seller_city: Mapped[str] = mapped_column(String(120), default="")
    seller_country: Mapped[str] = mapped_column(String(2), default="PL")
    seller_bank_account: Mapped[str] = mapped_column(String(34), default="")
    seller_bank_name: Mapped[str] = mapped_column(String(120), default="")
    buyer_name: Mapped[str] = mapped_column(String(255), default="")
    buyer_nip: Mapped[str | None] = mapped_column(String(10))
    buyer_street: Mapped[str] = mapped_column(String(255), default="")
    buyer_postal_code: Mapped[str] = mapped_column(String(16), default="")
    buyer_city: Mapped[str] = mapped_column(String(120), default="")
    buyer_country: Mapped[str] = mapped_column(String(2), default="PL")
    method: Mapped[str] = mapped_column(String(5), default="gross")  # gross | net (app.services.invoicing.amounts)
    net: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    vat: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    gross: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    vat_pln: Mapped[Decimal | None] = mapped_column(Money())
    payment_form: Mapped[str] = mapped_column(String(10), default="transfer")  # a key of data.PAYMENT_FORMS
    due_date: Mapped[date | None] = mapped_column(Date)
    paid: Mapped[bool] = mapped_column(Boolean, default=False)
    paid_date: Mapped[date | None] = mapped_column(Date)
    # FA(3) Adnotacje that can be other than "no" (the rest are always "no" for a shop's sales).
    cash_accounting: Mapped[bool] = mapped_column(Boolean, default=False)
    split_payment: Mapped[bool] = mapped_column(Boolean, default=False)
    exemption_basis: Mapped[str] = mapped_column(Text, default="")
    ksef_number: Mapped[str | None] = mapped_column(String(40), index=True)
    # The KSeF state (app.services.invoicing.ksef.states): "" not sent, queued, sent (awaiting status), accepted,
    # rejected. The columns below are what each state keeps; only these and payment change after issue.
    ksef_status: Mapped[str] = mapped_column(String(20), default="")
    ksef_queued_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Issued while KSeF could not be reached (offline24): sent later, by ksef_deadline (a day in the shop's zone).
    ksef_offline: Mapped[bool] = mapped_column(Boolean, default=False)
    ksef_deadline: Mapped[date | None] = mapped_column(Date)
    # Written and committed BEFORE the invoice goes out (session, hash) and as its answer comes (invoice
    # reference), so a crash after sending finds it again by session and hash instead of sending it twice.
    ksef_session_ref: Mapped[str | None] = mapped_column(String(100))
    ksef_invoice_ref: Mapped[str | None] = mapped_column(String(100))
    ksef_hash: Mapped[str | None] = mapped_column(String(64))  # SHA-256 of the XML sent, Base64, as KSeF states it
    ksef_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ksef_accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ksef_upo: Mapped[bytes | None] = mapped_column(LargeBinary)  # the UPO XML, the official receipt
    ksef_error_code: Mapped[int | None] = mapped_column(Integer)
    ksef_error: Mapped[str] = mapped_column(Text, default="")  # the service's description of a rejection
    ksef_error_details: Mapped[str] = mapped_column(Text, default="")  # its details, one a line
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    who: Mapped[str] = mapped_column(String(80), default="")
    # Number, buyer and NIP case-folded for the register's search (an invoice never changes, so neither does this).
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Set once the lines and rates are written (same transaction): from then on the triggers keep it as it is.
    sealed: Mapped[bool] = mapped_column(Boolean, default=False)

    lines: Mapped[list[InvoiceLine]] = relationship(order_by="InvoiceLine.position")
    rates: Mapped[list[InvoiceRate]] = relationship()


class InvoiceLine(Base):
    """A line as stated on the invoice. A correction holds its corrected document's lines as they were
    (`before`) and the lines as they are after it."""

    __tablename__ = "invoice_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(255), default="")
    sku: Mapped[str] = mapped_column(String(64), default="")
    unit: Mapped[str] = mapped_column(String(10), default="szt.")
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit_net: Mapped[Decimal | None] = mapped_column(Money())  # the method's unit price only
    unit_gross: Mapped[Decimal | None] = mapped_column(Money())
    rate: Mapped[str] = mapped_column(String(4))
    net: Mapped[Decimal] = mapped_column(Money())
    vat: Mapped[Decimal] = mapped_column(Money())
    gross: Mapped[Decimal] = mapped_column(Money())
    before: Mapped[bool] = mapped_column(Boolean, default=False)


class InvoiceRate(Base):
    """The stored per-rate summary (FA(3) P_13_x, P_14_x, P_14_xW); a correction's are its differences."""

    __tablename__ = "invoice_rate"

    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), primary_key=True)
    rate: Mapped[str] = mapped_column(String(4), primary_key=True)
    net: Mapped[Decimal] = mapped_column(Money())
    vat: Mapped[Decimal] = mapped_column(Money())
    gross: Mapped[Decimal] = mapped_column(Money())
    vat_pln: Mapped[Decimal | None] = mapped_column(Money())


# The invoice columns that may change after issue: payment and what KSeF answers (migration 0010 adds the rest).
KSEF_COLUMNS = ("ksef_number", "ksef_status", "ksef_queued_at", "ksef_offline", "ksef_deadline", "ksef_session_ref",
                "ksef_invoice_ref", "ksef_hash", "ksef_sent_at", "ksef_accepted_at", "ksef_upo", "ksef_error_code",
                "ksef_error", "ksef_error_details")
INVOICE_MUTABLE = ("paid", "paid_date", *KSEF_COLUMNS)
_REFUSED_EDIT = "An issued invoice is never changed; issue a correction invoice."
_REFUSED_DELETE = "An issued invoice is never deleted; issue a correction invoice."


def invoice_guard_ddl(dialect: str, fixed_columns: tuple[str, ...]) -> tuple[str, ...]:
    """The triggers that keep issued invoices as they were, for the invoice columns given (all but
    INVOICE_MUTABLE). A migration passes its own frozen list, so a later column does not change an old step."""
    if dialect == "sqlite":
        changed = " OR ".join(f"new.{c} IS NOT old.{c}" for c in fixed_columns)
        parts = [
            (f"CREATE TRIGGER IF NOT EXISTS invoice_no_edit BEFORE UPDATE ON invoice "
             f"WHEN old.sealed AND ({changed}) BEGIN SELECT RAISE(ABORT, '{_REFUSED_EDIT}'); END"),
            (f"CREATE TRIGGER IF NOT EXISTS invoice_no_delete BEFORE DELETE ON invoice "
             f"BEGIN SELECT RAISE(ABORT, '{_REFUSED_DELETE}'); END"),
        ]
        for part in ("invoice_line", "invoice_rate"):
            parts += [
                (f"CREATE TRIGGER IF NOT EXISTS {part}_no_insert BEFORE INSERT ON {part} "
                 f"WHEN (SELECT sealed FROM invoice WHERE id = new.invoice_id) "
                 f"BEGIN SELECT RAISE(ABORT, '{_REFUSED_EDIT}'); END"),
                (f"CREATE TRIGGER IF NOT EXISTS {part}_no_update BEFORE UPDATE ON {part} "
                 f"BEGIN SELECT RAISE(ABORT, '{_REFUSED_EDIT}'); END"),
                (f"CREATE TRIGGER IF NOT EXISTS {part}_no_delete BEFORE DELETE ON {part} "
                 f"BEGIN SELECT RAISE(ABORT, '{_REFUSED_DELETE}'); END"),
            ]
        return tuple(parts)
    if dialect == "postgresql":
        changed = " OR ".join(f"new.{c} IS DISTINCT FROM old.{c}" for c in fixed_columns)
        return (
            ("CREATE OR REPLACE FUNCTION invoice_guard() RETURNS trigger AS $$ BEGIN "
             f"IF TG_OP = 'DELETE' THEN RAISE EXCEPTION '{_REFUSED_DELETE}'; END IF; "
             f"IF old.sealed AND ({changed}) THEN RAISE EXCEPTION '{_REFUSED_EDIT}'; END IF; "
             "RETURN new; END $$ LANGUAGE plpgsql"),
            "DROP TRIGGER IF EXISTS invoice_guard ON invoice",
            ("CREATE TRIGGER invoice_guard BEFORE UPDATE OR DELETE ON invoice FOR EACH ROW EXECUTE FUNCTION "
            "invoice_guard()"),
            ("CREATE OR REPLACE FUNCTION invoice_part_guard() RETURNS trigger AS $$ BEGIN "
             "IF TG_OP = 'INSERT' THEN "
             "IF (SELECT sealed FROM invoice WHERE id = new.invoice_id) THEN "
             f"RAISE EXCEPTION '{_REFUSED_EDIT}'; END IF; RETURN new; END IF; "
             f"IF TG_OP = 'DELETE' THEN RAISE EXCEPTION '{_REFUSED_DELETE}'; END IF; "
             f"RAISE EXCEPTION '{_REFUSED_EDIT}'; END $$ LANGUAGE plpgsql"),
            "DROP TRIGGER IF EXISTS invoice_line_guard ON invoice_line",
            ("CREATE TRIGGER invoice_line_guard BEFORE INSERT OR UPDATE OR DELETE ON invoice_line FOR EACH ROW "
            "EXECUTE FUNCTION invoice_part_guard()"),
            "DROP TRIGGER IF EXISTS invoice_rate_guard ON invoice_rate",
            ("CREATE TRIGGER invoice_rate_guard BEFORE INSERT OR UPDATE OR DELETE ON invoice_rate FOR EACH ROW "
            "EXECUTE FUNCTION invoice_part_guard()"),
        )
    return ()


INVOICE_GUARD_DROP = {
    "sqlite": tuple(f"DROP TRIGGER IF EXISTS {name}" for name in (
        "invoice_no_edit", "invoice_no_delete", "invoice_line_no_insert", "invoice_line_no_update",
        "invoice_line_no_delete", "invoice_rate_no_insert", "invoice_rate_no_update", "invoice_rate_no_delete")),
    "postgresql": ("DROP TRIGGER IF EXISTS invoice_guard ON invoice",
                   "DROP TRIGGER IF EXISTS invoice_line_guard ON invoice_line",
                   "DROP TRIGGER IF EXISTS invoice_rate_guard ON invoice_rate",
                   "DROP FUNCTION IF EXISTS invoice_guard()", "DROP FUNCTION IF EXISTS invoice_part_guard()"),
}


def fixed_invoice_columns() -> tuple[str, ...]:
    """Every invoice column the model has, but the ones that may change after issue."""
    return tuple(c.name for c in Invoice.__table__.columns if c.name not in INVOICE_MUTABLE)


def create_invoice_guard(conn, fixed_columns: tuple[str, ...] | None = None) -> None:
    for ddl in invoice_guard_ddl(conn.dialect.name, fixed_columns or fixed_invoice_columns()):
        conn.exec_driver_sql(ddl)


@event.listens_for(Base.metadata, "after_create")
def _invoice_guard(_metadata, conn, tables=None, **_kw) -> None:
    """A new shop file (create_all): the triggers, once the tables exist."""
    if tables is None or Invoice.__table__ in tables:
        create_invoice_guard(conn)
