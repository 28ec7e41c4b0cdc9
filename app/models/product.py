"""Product: the catalogue entry order lines point at, with the balances the stock ledger keeps.

`on_hand` and `reserved` are kept balances: only the ledger (app.services.stock.ledger) changes them, in the
same transaction as the movement or reservation that explains the change, so `zaplecze check` can prove
on_hand = sum of movements and reserved = sum of open reservations.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Money, UTCDateTime, utcnow

# Search as you type over products: an FTS5 trigram index (rowid = product.id) kept by triggers, so every
# writer (the catalogue, imports, demo data, raw SQL) keeps it right without knowing it exists.
# Only the triggers' columns refresh it; the ledger's balance updates do not touch it.
_PRODUCT_FTS_BODY = "{0}.sku || ' ' || COALESCE({0}.ean, '') || ' ' || {0}.name || ' ' || {0}.location"
PRODUCT_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS product_fts USING fts5(body, tokenize='trigram')",
    ("CREATE TRIGGER IF NOT EXISTS product_fts_insert AFTER INSERT ON product BEGIN "
     f"INSERT INTO product_fts(rowid, body) VALUES (new.id, {_PRODUCT_FTS_BODY.format('new')}); END"),
    ("CREATE TRIGGER IF NOT EXISTS product_fts_update AFTER UPDATE OF sku, ean, name, location ON product BEGIN "
     "DELETE FROM product_fts WHERE rowid = old.id; "
     f"INSERT INTO product_fts(rowid, body) VALUES (new.id, {_PRODUCT_FTS_BODY.format('new')}); END"),
    ("CREATE TRIGGER IF NOT EXISTS product_fts_delete AFTER DELETE ON product BEGIN "
     "DELETE FROM product_fts WHERE rowid = old.id; END"),
)
PRODUCT_FTS_FILL = f"INSERT INTO product_fts(rowid, body) SELECT id, {_PRODUCT_FTS_BODY.format('product')} FROM product"
PRODUCT_FTS_DROP = ("DROP TRIGGER IF EXISTS product_fts_insert", "DROP TRIGGER IF EXISTS product_fts_update",
                    "DROP TRIGGER IF EXISTS product_fts_delete", "DROP TABLE IF EXISTS product_fts")


class Product(Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    # Made by us from Shopify's handle and option values for a variant that had none (stable on re-import).
    sku_generated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # GTIN-8/12/13/14, check digit validated by app.core.gtin; never recomputed.
    ean: Mapped[str | None] = mapped_column(String(14), index=True)
    # A pack's own GTIN (a 6-pack's box) and how many units one scan of it is; unique among EANs and pack EANs
    # (app.services.packing.pack_barcodes checks both).
    pack_ean: Mapped[str | None] = mapped_column(String(14), index=True)
    pack_quantity: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(255))
    gross_price: Mapped[Decimal] = mapped_column(Money())
    # "23", "8", "5", "0" or "zw" (exempt): a label, not a number, because "zw" is not 0 %.
    vat_rate: Mapped[str] = mapped_column(String(4), default="23")
    # Net purchase price of the last goods receipt (or as typed); None when unknown.
    purchase_price: Mapped[Decimal | None] = mapped_column(Money())
    weight_g: Mapped[int | None] = mapped_column(Integer)
    length_mm: Mapped[int | None] = mapped_column(Integer)
    width_mm: Mapped[int | None] = mapped_column(Integer)
    height_mm: Mapped[int | None] = mapped_column(Integer)
    # Bin location on the shelves ("A-03-2"): printed on count sheets and picking lists.
    location: Mapped[str] = mapped_column(String(40), default="")
    supplier: Mapped[str] = mapped_column(String(120), default="", index=True)
    # Reorder when available falls to the point; order at least the quantity.
    reorder_point: Mapped[int] = mapped_column(default=0)
    reorder_qty: Mapped[int] = mapped_column(default=0)
    lead_time_days: Mapped[int] = mapped_column(default=7)
    # The manufacturer's or shop's guarantee in months (gwarancja), shown when a complaint is registered; None: none.
    guarantee_months: Mapped[int | None] = mapped_column(Integer)
    # Variants are separate products sharing a group name (Shopify's Handle on import).
    group_name: Mapped[str] = mapped_column(String(255), default="", index=True)
    # The shop's category ("Kubki", "Kawa"): the reports' top categories (Shopify's Type / Product Category).
    category: Mapped[str] = mapped_column(String(120), default="", server_default="", index=True)
    # False = archived: kept for old orders and the ledger, hidden from everyday lists.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Kept balances (see the module docstring).
    on_hand: Mapped[int] = mapped_column(default=0)
    reserved: Mapped[int] = mapped_column(default=0)

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved
