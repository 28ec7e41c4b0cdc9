"""report settings and event indexes

Revision ID: 0014
Revises: 0013

Issue 18 (Today and the reports): the shop's rules for them (report_settings: when unpaid is too long, the working
days promised to ship in, whether every order wants an invoice), each carrier's cut-off time (plain ALTER TABLE
ADD COLUMN with a default: nothing rebuilt), and two indexes of the orders' history by the status moved to: the
moves of a period (shipped today) and each order's move (time from order to shipment). No existing row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unpaid_days", sa.Integer(), nullable=False),
        sa.Column("promise_working_days", sa.Integer(), nullable=False),
        sa.Column("invoice_all", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_settings")),
    )
    op.add_column("carrier_setting", sa.Column("cutoff", sa.String(length=5), server_default="15:00",
                                               nullable=False))
    op.create_index("ix_order_event_to_status_at", "order_event", ["to_status", "at"])
    op.create_index("ix_order_event_to_status_order", "order_event", ["to_status", "order_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_order_event_to_status_order", table_name="order_event")
    op.drop_index("ix_order_event_to_status_at", table_name="order_event")
    op.drop_column("carrier_setting", "cutoff")
    op.drop_table("report_settings")
