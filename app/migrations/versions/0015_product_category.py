"""product category

Revision ID: 0015
Revises: 0014

Issue 18's top categories: a product's category (plain ALTER TABLE ADD COLUMN with a default: order lines and
stock movements point at product, so SQLite must not rebuild it) and its index. Existing products get "".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("product", sa.Column("category", sa.String(length=120), server_default="", nullable=False))
    op.create_index("ix_product_category", "product", ["category"])


def downgrade() -> None:
    op.drop_index("ix_product_category", table_name="product")
    op.drop_column("product", "category")  # plain DROP COLUMN, as 0011 drops product's guarantee_months
