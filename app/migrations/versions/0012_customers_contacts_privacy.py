"""customers contacts privacy

Revision ID: 0012
Revises: 0011

Issue 17: the contact log, reply templates, consents, the customer settings and the personal-data log (new
tables); tags, notes, merge and anonymisation columns on customer (plain ALTER TABLE ADD COLUMN: orders and
addresses point at customer, so SQLite must not rebuild it); the customers' search index on SQLite, filled from
the customers there are. No existing row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.models.customer import CUSTOMER_FTS_DDL, CUSTOMER_FTS_DROP, CUSTOMER_FTS_FILL

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("retention_months", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_settings")),
    )
    op.create_table(
        "reply_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("topic", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_template")),
        sa.UniqueConstraint("name", name=op.f("uq_reply_template_name")),
    )
    op.create_table(
        "customer_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("given", sa.Boolean(), nullable=False),
        sa.Column("at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("source", sa.String(length=80), nullable=False),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_customer_consent_customer_id_customer"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_consent")),
    )
    with op.batch_alter_table("customer_consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_consent_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "privacy_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_privacy_log_customer_id_customer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_log")),
    )
    with op.batch_alter_table("privacy_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_privacy_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_privacy_log_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("complaint_id", sa.Integer(), nullable=True),
        sa.Column("at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("topic", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_done_at", app.models.base.UTCDateTime(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"], name=op.f("fk_contact_complaint_id_complaint")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_contact_customer_id_customer")),
        sa.ForeignKeyConstraint(
            ["import_batch_id"], ["import_batch.id"], name=op.f("fk_contact_import_batch_id_import_batch")
        ),
        sa.ForeignKeyConstraint(["order_id"], ["order.id"], name=op.f("fk_contact_order_id_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_complaint_id"), ["complaint_id"], unique=False)
        batch_op.create_index("ix_contact_customer_at", ["customer_id", "at"], unique=False)
        batch_op.create_index("ix_contact_follow_up", ["follow_up_on", "follow_up_done_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_order_id"), ["order_id"], unique=False)

    for column in (
        sa.Column("tags", sa.String(length=120), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("anonymised_at", app.models.base.UTCDateTime(), nullable=True),
        sa.Column("anonymised_by", sa.String(length=80), nullable=True),
        sa.Column("anonymised_why", sa.Text(), nullable=True),
    ):
        op.add_column("customer", column)
    op.create_index(op.f("ix_customer_merged_into_id"), "customer", ["merged_into_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for ddl in CUSTOMER_FTS_DDL:
            op.execute(ddl)
        op.execute(CUSTOMER_FTS_FILL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for ddl in CUSTOMER_FTS_DROP:
            op.execute(ddl)
    op.drop_index(op.f("ix_customer_merged_into_id"), table_name="customer")
    for name in ("anonymised_why", "anonymised_by", "anonymised_at", "merged_into_id", "updated_at", "notes", "tags"):
        op.drop_column("customer", name)

    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_order_id"))
        batch_op.drop_index("ix_contact_follow_up")
        batch_op.drop_index("ix_contact_customer_at")
        batch_op.drop_index(batch_op.f("ix_contact_complaint_id"))

    op.drop_table("contact")
    with op.batch_alter_table("privacy_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_privacy_log_customer_id"))
        batch_op.drop_index(batch_op.f("ix_privacy_log_at"))

    op.drop_table("privacy_log")
    with op.batch_alter_table("customer_consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_consent_customer_id"))

    op.drop_table("customer_consent")
    op.drop_table("reply_template")
    op.drop_table("customer_settings")
