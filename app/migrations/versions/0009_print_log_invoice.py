"""the print log names the invoice it printed

Revision ID: 0009
Revises: 0008

One nullable column (with its index) on print_log: an invoice or correction printed is printed again from the
log by it. No existing row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("print_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("invoice_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_print_log_invoice_id"), ["invoice_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_print_log_invoice_id_invoice"), "invoice", ["invoice_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("print_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_print_log_invoice_id_invoice"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_print_log_invoice_id"))
        batch_op.drop_column("invoice_id")
