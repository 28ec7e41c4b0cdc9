"""stock ledger and product catalogue

Revision ID: 0002
Revises: 0001

Written by hand (batch mode, so SQLite can alter the product table): the catalogue fields of a product,
stock documents and their movements. Existing products get a ledger-neutral start: their kept on_hand is
explained by one opening adjustment document, so `zaplecze check` holds after the upgrade.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.models.product import PRODUCT_FTS_DDL, PRODUCT_FTS_DROP, PRODUCT_FTS_FILL

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_PRODUCT_COLUMNS = (
    ("purchase_price", sa.Numeric(precision=12, scale=2), True, None),
    ("weight_g", sa.Integer(), True, None),
    ("length_mm", sa.Integer(), True, None),
    ("width_mm", sa.Integer(), True, None),
    ("height_mm", sa.Integer(), True, None),
    ("location", sa.String(length=40), False, ""),
    ("supplier", sa.String(length=120), False, ""),
    ("reorder_point", sa.Integer(), False, "0"),
    ("reorder_qty", sa.Integer(), False, "0"),
    ("lead_time_days", sa.Integer(), False, "7"),
    ("group_name", sa.String(length=255), False, ""),
    ("created_at", app.models.base.UTCDateTime(), False, "1970-01-01 00:00:00"),
    ("updated_at", app.models.base.UTCDateTime(), False, "1970-01-01 00:00:00"),
)


def upgrade() -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        for name, type_, nullable, default in _PRODUCT_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=nullable,
                                          server_default=None if default is None else sa.text(repr(default))))
    # The server defaults only filled existing rows; the models give defaults on insert.
    with op.batch_alter_table("product", schema=None) as batch_op:
        for name, type_, nullable, default in _PRODUCT_COLUMNS:
            if default is not None:
                batch_op.alter_column(name, existing_type=type_, existing_nullable=nullable, server_default=None)
        batch_op.create_index(batch_op.f("ix_product_supplier"), ["supplier"], unique=False)
        batch_op.create_index(batch_op.f("ix_product_group_name"), ["group_name"], unique=False)

    op.create_table(
        "stock_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.Column("supplier", sa.String(length=120), nullable=False),
        sa.Column("supplier_document", sa.String(length=80), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["order.id"], name=op.f("fk_stock_document_order_id_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_document")),
        sa.UniqueConstraint("number", name=op.f("uq_stock_document_number")),
    )
    with op.batch_alter_table("stock_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_document_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_stock_document_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_stock_document_order_id"), ["order_id"], unique=False)

    op.create_table(
        "stock_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("who", sa.String(length=80), nullable=False),
        sa.Column("at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("purchase_price", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["stock_document.id"],
                                name=op.f("fk_stock_movement_document_id_stock_document")),
        sa.ForeignKeyConstraint(["order_id"], ["order.id"], name=op.f("fk_stock_movement_order_id_order")),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], name=op.f("fk_stock_movement_product_id_product")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movement")),
    )
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_movement_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stock_movement_order_id"), ["order_id"], unique=False)
        batch_op.create_index("ix_stock_movement_product_at", ["product_id", "at"], unique=False)
        batch_op.create_index("ix_stock_movement_reason_at", ["reason", "at"], unique=False)

    conn = op.get_bind()
    if conn.dialect.name == "sqlite":  # search as you type over products (see app.models.product)
        for ddl in PRODUCT_FTS_DDL:
            conn.exec_driver_sql(ddl)
        conn.exec_driver_sql(PRODUCT_FTS_FILL)
    # Stock that existed before the ledger: one opening adjustment explains it.
    if conn.execute(sa.text("SELECT COUNT(*) FROM product WHERE on_hand != 0")).scalar():
        conn.execute(sa.text(
            "INSERT INTO stock_document (kind, number, created_at, who, supplier, supplier_document, note) "
            "VALUES ('KOR', 'KOR 0/opening', CURRENT_TIMESTAMP, 'migration', '', '', 'Opening balance')"))
        conn.execute(sa.text(
            "INSERT INTO stock_movement (document_id, product_id, quantity, reason, who, at, note) "
            "SELECT (SELECT id FROM stock_document WHERE number = 'KOR 0/opening'), id, on_hand, 'adjustment', "
            "'migration', CURRENT_TIMESTAMP, 'Opening balance' FROM product WHERE on_hand != 0"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for ddl in PRODUCT_FTS_DROP:
            op.get_bind().exec_driver_sql(ddl)
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_movement_reason_at")
        batch_op.drop_index("ix_stock_movement_product_at")
        batch_op.drop_index(batch_op.f("ix_stock_movement_order_id"))
        batch_op.drop_index(batch_op.f("ix_stock_movement_document_id"))
    op.drop_table("stock_movement")
    with op.batch_alter_table("stock_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_document_order_id"))
        batch_op.drop_index(batch_op.f("ix_stock_document_created_at"))
        batch_op.drop_index(batch_op.f("ix_stock_document_kind"))
    op.drop_table("stock_document")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_group_name"))
        batch_op.drop_index(batch_op.f("ix_product_supplier"))
        for name, *_ in reversed(_PRODUCT_COLUMNS):
            batch_op.drop_column(name)
