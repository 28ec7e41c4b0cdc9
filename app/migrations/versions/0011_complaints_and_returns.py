"""complaints and returns

Revision ID: 0011
Revises: 0010

Issue 16: new tables for complaints and returns (cases, their lines, timeline, files, letters, letter templates,
refunds, supplier claims) with the cases' search index on SQLite, a nullable guarantee period on products, a
nullable link from a stock document to the case that moved the goods, and a nullable link from a print log line to
the complaint letter it printed. No existing row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.models.complaint import COMPLAINT_FTS_DDL, COMPLAINT_FTS_DROP

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "complaint_template",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_complaint_template")),
    )
    op.create_table(
        "complaint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("customer_name", sa.String(length=255), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("demand", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("guarantor", sa.String(length=255), nullable=False),
        sa.Column("guarantee_terms", sa.Text(), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("delivery_estimated", sa.Boolean(), nullable=False),
        sa.Column("out_of_time", sa.Boolean(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("decision", sa.String(length=20), nullable=True),
        sa.Column("remedy", sa.String(length=20), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("decided_at", app.models.base.UTCDateTime(), nullable=True),
        sa.Column("closed_at", app.models.base.UTCDateTime(), nullable=True),
        sa.Column("supplier", sa.String(length=120), nullable=False),
        sa.Column("correction_invoice_id", sa.Integer(), nullable=True),
        sa.Column("replacement_order_id", sa.Integer(), nullable=True),
        sa.Column("created_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["correction_invoice_id"], ["invoice.id"], name=op.f("fk_complaint_correction_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_complaint_customer_id_customer")),
        sa.ForeignKeyConstraint(["order_id"], ["order.id"], name=op.f("fk_complaint_order_id_order")),
        sa.ForeignKeyConstraint(
            ["replacement_order_id"], ["order.id"], name=op.f("fk_complaint_replacement_order_id_order")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
        sa.UniqueConstraint("number", name=op.f("uq_complaint_number")),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_reason"), ["reason"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_received_on"), ["received_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_status"), ["status"], unique=False)
        batch_op.create_index("ix_complaint_status_due", ["status", "due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_supplier"), ["supplier"], unique=False)

    op.create_table(
        "complaint_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=True),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_event_complaint_id_complaint"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_event")),
    )
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_event_complaint_id"), ["complaint_id"], unique=False)

    op.create_table(
        "complaint_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("path", sa.String(length=500), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_file_complaint_id_complaint"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_file")),
    )
    with op.batch_alter_table("complaint_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_file_complaint_id"), ["complaint_id"], unique=False)

    op.create_table(
        "complaint_letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("template", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_letter_complaint_id_complaint"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_letter")),
    )
    with op.batch_alter_table("complaint_letter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_letter_complaint_id"), ["complaint_id"], unique=False)

    op.create_table(
        "complaint_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("order_line_id", sa.Integer(), nullable=True),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("restocked", sa.Integer(), nullable=False),
        sa.Column("written_off", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_line_complaint_id_complaint"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["order_line_id"], ["order_line.id"], name=op.f("fk_complaint_line_order_line_id_order_line")
        ),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], name=op.f("fk_complaint_line_product_id_product")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_line")),
    )
    with op.batch_alter_table("complaint_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_line_complaint_id"), ["complaint_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_line_product_id"), ["product_id"], unique=False)

    op.create_table(
        "refund",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("goods", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("shipping", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("created_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_refund_complaint_id_complaint"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refund")),
    )
    with op.batch_alter_table("refund", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refund_complaint_id"), ["complaint_id"], unique=False)

    op.create_table(
        "supplier_claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("supplier", sa.String(length=120), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("credit", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("credit_received_on", sa.Date(), nullable=True),
        sa.Column("created_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_supplier_claim_complaint_id_complaint"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier_claim")),
    )
    with op.batch_alter_table("supplier_claim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supplier_claim_complaint_id"), ["complaint_id"], unique=False)

    # product and stock_document are pointed at by other tables: plain ALTER TABLE ADD/DROP COLUMN (SQLite 3.35+)
    # rather than a batch rebuild, whose DROP TABLE would break those references.
    op.add_column("product", sa.Column("guarantee_months", sa.Integer(), nullable=True))
    op.add_column("stock_document", sa.Column("complaint_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_stock_document_complaint_id"), "stock_document", ["complaint_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":  # the cases' search index (empty: no case exists yet)
        for ddl in COMPLAINT_FTS_DDL:
            op.execute(ddl)
    # The print log names the complaint letter it printed (a reprint prints its kept PDF again). print_log is
    # pointed at by no other table, so a batch rebuild on SQLite is safe (as in 0009).
    with op.batch_alter_table("print_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("complaint_letter_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_print_log_complaint_letter_id"), ["complaint_letter_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_print_log_complaint_letter_id_complaint_letter"),
                                    "complaint_letter", ["complaint_letter_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("print_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_print_log_complaint_letter_id_complaint_letter"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_print_log_complaint_letter_id"))
        batch_op.drop_column("complaint_letter_id")
    if op.get_bind().dialect.name == "sqlite":
        for ddl in COMPLAINT_FTS_DROP:
            op.execute(ddl)
    op.drop_index(op.f("ix_stock_document_complaint_id"), table_name="stock_document")
    op.drop_column("stock_document", "complaint_id")
    op.drop_column("product", "guarantee_months")

    with op.batch_alter_table("supplier_claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supplier_claim_complaint_id"))

    op.drop_table("supplier_claim")
    with op.batch_alter_table("refund", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refund_complaint_id"))

    op.drop_table("refund")
    with op.batch_alter_table("complaint_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_line_product_id"))
        batch_op.drop_index(batch_op.f("ix_complaint_line_complaint_id"))

    op.drop_table("complaint_line")
    with op.batch_alter_table("complaint_letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_letter_complaint_id"))

    op.drop_table("complaint_letter")
    with op.batch_alter_table("complaint_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_file_complaint_id"))

    op.drop_table("complaint_file")
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_event_complaint_id"))

    op.drop_table("complaint_event")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_supplier"))
        batch_op.drop_index("ix_complaint_status_due")
        batch_op.drop_index(batch_op.f("ix_complaint_status"))
        batch_op.drop_index(batch_op.f("ix_complaint_received_on"))
        batch_op.drop_index(batch_op.f("ix_complaint_reason"))
        batch_op.drop_index(batch_op.f("ix_complaint_order_id"))
        batch_op.drop_index(batch_op.f("ix_complaint_kind"))
        batch_op.drop_index(batch_op.f("ix_complaint_due_on"))
        batch_op.drop_index(batch_op.f("ix_complaint_customer_id"))

    op.drop_table("complaint")
    op.drop_table("complaint_template")
