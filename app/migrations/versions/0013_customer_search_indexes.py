"""customer search indexes

Revision ID: 0013
Revises: 0012

Issue 17's speed at 100,000 customers and 1,000,000 contacts: a prefix range of customers' names, the tag and
anonymised views through their own indexes, each customer's newest order in one seek (order(customer_id,
created_at)), and the follow-ups not done in a partial index in place of (follow_up_on, follow_up_done_at), which
SQLite could only skip-scan through every contact's NULL. Indexes only: no row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_OPEN = "follow_up_on IS NOT NULL AND follow_up_done_at IS NULL"


def upgrade() -> None:
    op.create_index("ix_customer_name", "customer", ["name"])
    op.create_index("ix_customer_tags", "customer", ["tags"])
    op.create_index("ix_customer_anonymised_at", "customer", ["anonymised_at"])
    op.create_index("ix_order_customer_created", "order", ["customer_id", "created_at"])
    op.drop_index("ix_contact_follow_up", table_name="contact")
    op.create_index("ix_contact_follow_up_open", "contact", ["follow_up_on"], sqlite_where=sa.text(_OPEN),
                    postgresql_where=sa.text(_OPEN))


def downgrade() -> None:
    op.drop_index("ix_contact_follow_up_open", table_name="contact")
    op.create_index("ix_contact_follow_up", "contact", ["follow_up_on", "follow_up_done_at"])
    op.drop_index("ix_order_customer_created", table_name="order")
    op.drop_index("ix_customer_anonymised_at", table_name="customer")
    op.drop_index("ix_customer_tags", table_name="customer")
    op.drop_index("ix_customer_name", table_name="customer")
