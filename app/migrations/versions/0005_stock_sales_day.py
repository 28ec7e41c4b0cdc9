"""units issued per product and day

Revision ID: 0005
Revises: 0004

The Stock list's days of cover summed up to 90 days of goods issues per page from the ledger (about 260,000
movements at 200,000 orders: ~170 ms a reload). `stock_sales_day` holds the units issued per product and UTC day,
kept by triggers on stock_movement; filled here from the ledger. A new table and triggers only: no existing
row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.models.stock import SALES_DAY_DROP, SALES_DAY_FILL, create_sales_day_triggers

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stock_sales_day",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], name=op.f("fk_stock_sales_day_product_id_product")),
        sa.PrimaryKeyConstraint("product_id", "day", name=op.f("pk_stock_sales_day")),
    )
    conn = op.get_bind()
    create_sales_day_triggers(conn)
    fill = SALES_DAY_FILL.get(conn.dialect.name)
    if fill:
        conn.exec_driver_sql(fill)


def downgrade() -> None:
    conn = op.get_bind()
    for ddl in SALES_DAY_DROP.get(conn.dialect.name, ()):
        conn.exec_driver_sql(ddl)
    op.drop_table("stock_sales_day")
