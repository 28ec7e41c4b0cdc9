"""invoices: seller settings, numbering series and counters, invoices with their lines and per-rate summary;
the buyer's NIP on orders

Revision ID: 0008
Revises: 0007

New tables, the triggers that keep an issued invoice as it was (app.models.invoice), and one nullable order
column: no existing row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.models.invoice import INVOICE_GUARD_DROP, create_invoice_guard

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# The invoice columns fixed after issue, as this revision makes the table (a later column does not change it).
_FIXED = (
    "id", "number", "series_id", "kind", "order_id", "corrected_invoice_id", "correction_reason",
    "correction_kind", "issue_date", "sale_date", "place", "currency", "exchange_rate", "exchange_rate_date",
    "exchange_table", "seller_name", "seller_nip", "seller_street", "seller_postal_code", "seller_city",
    "seller_country", "seller_bank_account", "seller_bank_name", "buyer_name", "buyer_nip", "buyer_street",
    "buyer_postal_code", "buyer_city", "buyer_country", "method", "net", "vat", "gross", "vat_pln", "payment_form",
    "due_date", "cash_accounting", "split_payment", "exemption_basis", "created_at", "who", "search_text",
    "sealed",
)


def upgrade() -> None:
    op.create_table(
        "invoice_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=3), nullable=False),
        sa.Column("pattern", sa.String(length=60), nullable=False),
        sa.Column("reset", sa.String(length=5), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_series")),
        sa.UniqueConstraint("code", name=op.f("uq_invoice_series_code")),
    )
    op.create_table(
        "invoice_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seller_name", sa.String(length=255), nullable=False),
        sa.Column("seller_nip", sa.String(length=10), nullable=False),
        sa.Column("seller_street", sa.String(length=255), nullable=False),
        sa.Column("seller_postal_code", sa.String(length=16), nullable=False),
        sa.Column("seller_city", sa.String(length=120), nullable=False),
        sa.Column("seller_country", sa.String(length=2), nullable=False),
        sa.Column("bank_account", sa.String(length=34), nullable=False),
        sa.Column("bank_name", sa.String(length=120), nullable=False),
        sa.Column("place_of_issue", sa.String(length=120), nullable=False),
        sa.Column("payment_days", sa.Integer(), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("b2b_method", sa.String(length=5), nullable=False),
        sa.Column("exemption_basis", sa.Text(), nullable=False),
        sa.Column("cash_accounting", sa.Boolean(), nullable=False),
        sa.Column("split_payment", sa.Boolean(), nullable=False),
        sa.Column("ksef_environment", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_settings")),
    )
    op.create_table(
        "invoice_counter",
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["series_id"], ["invoice_series.id"],
                                name=op.f("fk_invoice_counter_series_id_invoice_series")),
        sa.PrimaryKeyConstraint("series_id", "period", name=op.f("pk_invoice_counter")),
    )
    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=3), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("corrected_invoice_id", sa.Integer(), nullable=True),
        sa.Column("correction_reason", sa.Text(), nullable=False),
        sa.Column("correction_kind", sa.Integer(), nullable=True),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("sale_date", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=120), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("exchange_rate", sa.Numeric(precision=14, scale=6), nullable=True),
        sa.Column("exchange_rate_date", sa.Date(), nullable=True),
        sa.Column("exchange_table", sa.String(length=40), nullable=False),
        sa.Column("seller_name", sa.String(length=255), nullable=False),
        sa.Column("seller_nip", sa.String(length=10), nullable=False),
        sa.Column("seller_street", sa.String(length=255), nullable=False),
        sa.Column("seller_postal_code", sa.String(length=16), nullable=False),
        sa.Column("seller_city", sa.String(length=120), nullable=False),
        sa.Column("seller_country", sa.String(length=2), nullable=False),
        sa.Column("seller_bank_account", sa.String(length=34), nullable=False),
        sa.Column("seller_bank_name", sa.String(length=120), nullable=False),
        sa.Column("buyer_name", sa.String(length=255), nullable=False),
        sa.Column("buyer_nip", sa.String(length=10), nullable=True),
        sa.Column("buyer_street", sa.String(length=255), nullable=False),
        sa.Column("buyer_postal_code", sa.String(length=16), nullable=False),
        sa.Column("buyer_city", sa.String(length=120), nullable=False),
        sa.Column("buyer_country", sa.String(length=2), nullable=False),
        sa.Column("method", sa.String(length=5), nullable=False),
        sa.Column("net", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("vat", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("gross", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("vat_pln", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("payment_form", sa.String(length=10), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("paid", sa.Boolean(), nullable=False),
        sa.Column("paid_date", sa.Date(), nullable=True),
        sa.Column("cash_accounting", sa.Boolean(), nullable=False),
        sa.Column("split_payment", sa.Boolean(), nullable=False),
        sa.Column("exemption_basis", sa.Text(), nullable=False),
        sa.Column("ksef_number", sa.String(length=40), nullable=True),
        sa.Column("ksef_status", sa.String(length=20), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("sealed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["corrected_invoice_id"], ["invoice.id"],
                                name=op.f("fk_invoice_corrected_invoice_id_invoice")),
        sa.ForeignKeyConstraint(["order_id"], ["order.id"], name=op.f("fk_invoice_order_id_order")),
        sa.ForeignKeyConstraint(["series_id"], ["invoice_series.id"], name=op.f("fk_invoice_series_id_invoice_series")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("corrected_invoice_id", name=op.f("uq_invoice_corrected_invoice_id")),
        sa.UniqueConstraint("number", name=op.f("uq_invoice_number")),
    )
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.create_index("ix_invoice_issue_date_id", ["issue_date", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_ksef_number"), ["ksef_number"], unique=False)
        batch_op.create_index("ix_invoice_one_per_order", ["order_id"], unique=True,
                              sqlite_where=sa.text("kind = 'VAT'"), postgresql_where=sa.text("kind = 'VAT'"))
        batch_op.create_index(batch_op.f("ix_invoice_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_series_id"), ["series_id"], unique=False)
    op.create_table(
        "invoice_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=14, scale=3), nullable=False),
        sa.Column("unit_net", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("unit_gross", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("rate", sa.String(length=4), nullable=False),
        sa.Column("net", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("vat", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("gross", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("before", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_line_invoice_id_invoice")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_line")),
    )
    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_line_invoice_id"), ["invoice_id"], unique=False)
    op.create_table(
        "invoice_rate",
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("rate", sa.String(length=4), nullable=False),
        sa.Column("net", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("vat", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("gross", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("vat_pln", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_rate_invoice_id_invoice")),
        sa.PrimaryKeyConstraint("invoice_id", "rate", name=op.f("pk_invoice_rate")),
    )
    with op.batch_alter_table("order", schema=None) as batch_op:
        batch_op.add_column(sa.Column("buyer_nip", sa.String(length=20), nullable=True))
    create_invoice_guard(op.get_bind(), _FIXED)


def downgrade() -> None:
    conn = op.get_bind()
    for ddl in INVOICE_GUARD_DROP.get(conn.dialect.name, ()):
        conn.exec_driver_sql(ddl)
    with op.batch_alter_table("order", schema=None) as batch_op:
        batch_op.drop_column("buyer_nip")
    op.drop_table("invoice_rate")
    with op.batch_alter_table("invoice_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_line_invoice_id"))
    op.drop_table("invoice_line")
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_series_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_order_id"))
        batch_op.drop_index("ix_invoice_one_per_order", sqlite_where=sa.text("kind = 'VAT'"),
                            postgresql_where=sa.text("kind = 'VAT'"))
        batch_op.drop_index(batch_op.f("ix_invoice_ksef_number"))
        batch_op.drop_index("ix_invoice_issue_date_id")
    op.drop_table("invoice")
    op.drop_table("invoice_counter")
    op.drop_table("invoice_settings")
    op.drop_table("invoice_series")
