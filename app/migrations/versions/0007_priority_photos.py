"""priority orders (packed first) and photos of packed parcels

Revision ID: 0007
Revises: 0006

A new order column with a default (every existing order is not a priority) and a new table: no row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.base

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("order", schema=None) as batch_op:
        batch_op.add_column(sa.Column("priority", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "parcel_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("taken_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("station", sa.String(length=80), nullable=False),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.Column("jpeg", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["order.id"], name=op.f("fk_parcel_photo_order_id_order"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_photo")),
    )
    with op.batch_alter_table("parcel_photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parcel_photo_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("parcel_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parcel_photo_order_id"))
    op.drop_table("parcel_photo")
    with op.batch_alter_table("order", schema=None) as batch_op:
        batch_op.drop_column("priority")
