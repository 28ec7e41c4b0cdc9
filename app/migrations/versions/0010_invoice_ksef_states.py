"""invoices keep their KSeF state: queued (when, offline and its deadline), sent (session, invoice reference,
hash), accepted (when, the UPO), rejected (code, description, details)

Revision ID: 0010
Revises: 0009

Nullable or defaulted columns added in place (ALTER TABLE ADD COLUMN, no table rebuilt, so the sealed-invoice
triggers of 0008 stay); the triggers are then made again with the same frozen list of fixed columns, so an
issued invoice lets exactly payment and the KSeF columns change, nothing else. No existing row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.models.invoice import INVOICE_GUARD_DROP, create_invoice_guard

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# The invoice columns fixed after issue as of this revision: 0008's, unchanged (the new ones may change).
_FIXED = (
    "id", "number", "series_id", "kind", "order_id", "corrected_invoice_id", "correction_reason",
    "correction_kind", "issue_date", "sale_date", "place", "currency", "exchange_rate", "exchange_rate_date",
    "exchange_table", "seller_name", "seller_nip", "seller_street", "seller_postal_code", "seller_city",
    "seller_country", "seller_bank_account", "seller_bank_name", "buyer_name", "buyer_nip", "buyer_street",
    "buyer_postal_code", "buyer_city", "buyer_country", "method", "net", "vat", "gross", "vat_pln", "payment_form",
    "due_date", "cash_accounting", "split_payment", "exemption_basis", "created_at", "who", "search_text",
    "sealed",
)
_COLUMNS = (
    ("ksef_queued_at", app.models.base.UTCDateTime(), True, None),
    ("ksef_offline", sa.Boolean(), False, sa.false()),
    ("ksef_deadline", sa.Date(), True, None),
    ("ksef_session_ref", sa.String(length=100), True, None),
    ("ksef_invoice_ref", sa.String(length=100), True, None),
    ("ksef_hash", sa.String(length=64), True, None),
    ("ksef_sent_at", app.models.base.UTCDateTime(), True, None),
    ("ksef_accepted_at", app.models.base.UTCDateTime(), True, None),
    ("ksef_upo", sa.LargeBinary(), True, None),
    ("ksef_error_code", sa.Integer(), True, None),
    ("ksef_error", sa.Text(), False, sa.text("''")),
    ("ksef_error_details", sa.Text(), False, sa.text("''")),
)


def _guard_again() -> None:
    bind = op.get_bind()
    for ddl in INVOICE_GUARD_DROP.get(bind.dialect.name, ()):
        bind.exec_driver_sql(ddl)
    create_invoice_guard(bind, _FIXED)


def upgrade() -> None:
    for name, type_, nullable, default in _COLUMNS:
        op.add_column("invoice", sa.Column(name, type_, nullable=nullable, server_default=default))
    op.create_index("ix_invoice_ksef_queue", "invoice", ["ksef_status", "ksef_queued_at"], unique=False)
    _guard_again()


def downgrade() -> None:
    op.drop_index("ix_invoice_ksef_queue", table_name="invoice")
    bind = op.get_bind()
    for ddl in INVOICE_GUARD_DROP.get(bind.dialect.name, ()):  # SQLite cannot rebuild a table its triggers name
        bind.exec_driver_sql(ddl)
    with op.batch_alter_table("invoice", schema=None) as batch_op:  # rebuilds the table on SQLite
        for name, *_ in reversed(_COLUMNS):
            batch_op.drop_column(name)
    _guard_again()
