"""order shipped at

Revision ID: 0016
Revises: 0015

Issue 18's time to ship over a year of orders: the moment an order first moved to shipped, kept on the order by a
trigger on its history (every writer of order events alike), filled for the orders already shipped from their
history, and an index (created_at, status, shipped_at) the figure reads alone. Plain ADD COLUMN: order lines,
events and shipments point at order, so SQLite must not rebuild it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.models.order import create_shipped_at_trigger

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("order", sa.Column("shipped_at", sa.DateTime(), nullable=True))
    op.execute('UPDATE "order" SET shipped_at = (SELECT MIN(e.at) FROM order_event e WHERE e.order_id = "order".id '
               "AND e.to_status = 'shipped')")
    op.create_index("ix_order_created_status_shipped", "order", ["created_at", "status", "shipped_at"])
    create_shipped_at_trigger(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS order_event_shipped_at ON order_event")
        op.execute("DROP FUNCTION IF EXISTS order_event_shipped_at()")
    else:
        op.execute("DROP TRIGGER IF EXISTS order_event_shipped_at")
    op.drop_index("ix_order_created_status_shipped", table_name="order")
    op.drop_column("order", "shipped_at")  # plain DROP COLUMN: a rebuild would trip the triggers naming "order"
