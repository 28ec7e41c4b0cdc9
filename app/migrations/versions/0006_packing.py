"""packing: claims, the pack log, packing settings, products' pack barcodes

Revision ID: 0006
Revises: 0005

New tables and two new nullable product columns: no existing row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pack_ean", sa.String(length=14), nullable=True))
        batch_op.add_column(sa.Column("pack_quantity", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_product_pack_ean"), ["pack_ean"], unique=False)
    op.create_table(
        "pack_claim",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=80), nullable=False),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.Column("claimed_at", app.models.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["order.id"], name=op.f("fk_pack_claim_order_id_order"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("order_id", name=op.f("pk_pack_claim")),
    )
    op.create_table(
        "pack_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=80), nullable=False),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.Column("started_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("packed_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("wrong_scans", sa.Integer(), nullable=False),
        sa.Column("weight", sa.Numeric(precision=8, scale=3), nullable=True),
        sa.Column("size", sa.String(length=20), nullable=False),
        sa.Column("overridden", sa.Boolean(), nullable=False),
        sa.Column("override_why", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["order.id"], name=op.f("fk_pack_log_order_id_order"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pack_log")),
    )
    with op.batch_alter_table("pack_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pack_log_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pack_log_packed_at"), ["packed_at"], unique=False)
        batch_op.create_index("ix_pack_log_who_packed_at", ["who", "packed_at"], unique=False)
    op.create_table(
        "packing_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pin_salt", sa.LargeBinary(length=32), nullable=True),
        sa.Column("pin_hash", sa.LargeBinary(length=64), nullable=True),
        sa.Column("stale_claim_minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packing_settings")),
    )


def downgrade() -> None:
    op.drop_table("packing_settings")
    with op.batch_alter_table("pack_log", schema=None) as batch_op:
        batch_op.drop_index("ix_pack_log_who_packed_at")
        batch_op.drop_index(batch_op.f("ix_pack_log_packed_at"))
        batch_op.drop_index(batch_op.f("ix_pack_log_order_id"))
    op.drop_table("pack_log")
    op.drop_table("pack_claim")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_pack_ean"))
        batch_op.drop_column("pack_quantity")
        batch_op.drop_column("pack_ean")
