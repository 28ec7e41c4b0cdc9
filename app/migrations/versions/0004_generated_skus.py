"""generated SKUs

Revision ID: 0004
Revises: 0003

Shopify variants without an SKU come in with one made from their handle and option values; the product keeps
a mark that its SKU was made by us (shown on the product card, and used to match order lines by name). A plain
ADD COLUMN: the product table is not rebuilt, so its search triggers stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("product", sa.Column("sku_generated", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_column("sku_generated")
