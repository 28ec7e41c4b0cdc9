"""The stock ledger: documents (PZ, WZ, returns, write-offs, adjustments, stocktakes) and their movements.

A movement is never edited or deleted; a mistake is corrected by another document. The product's
`on_hand` is the sum of its movements, kept in the same transaction (checked by `zaplecze check`).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Money, UTCDateTime, utcnow

# Document kinds, with the Polish warehouse abbreviations printed in their numbers.
RECEIPT = "PZ"  # goods receipt from a supplier
ISSUE = "WZ"  # goods issue: an order shipped
RETURN = "ZW"  # return to stock (returns and complaints)
WRITE_OFF = "RW"  # write-off: damaged, lost, expired
ADJUSTMENT = "KOR"  # adjustment with a reason
STOCKTAKE = "INW"  # stocktake differences
DOCUMENT_KINDS = (RECEIPT, ISSUE, RETURN, WRITE_OFF, ADJUSTMENT, STOCKTAKE)

# Movement reasons, one per document kind (a movement's reason says why stock changed).
REASON_OF_KIND = {RECEIPT: "receipt", ISSUE: "issue", RETURN: "return", WRITE_OFF: "write_off",
                  ADJUSTMENT: "adjustment", STOCKTAKE: "stocktake"}


class StockDocument(Base):
    __tablename__ = "stock_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(4), index=True)
    # Our number, continuous per kind and year: "PZ 12/2026".
    number: Mapped[str] = mapped_column(String(40), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    who: Mapped[str] = mapped_column(String(80), default="")
    supplier: Mapped[str] = mapped_column(String(120), default="")
    # The supplier's own document (invoice or delivery note number) for a PZ.
    supplier_document: Mapped[str] = mapped_column(String(80), default="")
    order_id: Mapped[int | None] = mapped_column(ForeignKey("order.id"), index=True)
    # The complaint or return whose decision moved the goods (ZW back to stock, RW written off). No foreign key in
    # the database: SQLite can add one only by rebuilding this table, which stock_movement points at; cases are
    # never deleted, and `zaplecze check` proves every link.
    complaint_id: Mapped[int | None] = mapped_column(Integer, index=True)
    note: Mapped[str] = mapped_column(Text, default="")

    movements: Mapped[list[StockMovement]] = relationship(back_populates="document", order_by="StockMovement.id")


class StockMovement(Base):
    __tablename__ = "stock_movement"
    __table_args__ = (
        Index("ix_stock_movement_product_at", "product_id", "at"),  # a product's history, its recent sales
        Index("ix_stock_movement_reason_at", "reason", "at"),  # all recent sales (reorder suggestions)
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("stock_document.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    # Signed: + into stock, - out of stock.
    quantity: Mapped[int] = mapped_column()
    reason: Mapped[str] = mapped_column(String(20))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("order.id"), index=True)
    who: Mapped[str] = mapped_column(String(80), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    purchase_price: Mapped[Decimal | None] = mapped_column(Money())
    note: Mapped[str] = mapped_column(Text, default="")

    document: Mapped[StockDocument] = relationship(back_populates="movements")


class StockSalesDay(Base):
    """Units issued (goods issues, WZ) per product and UTC calendar day: the sum of that day's `issue` movements,
    kept by triggers on stock_movement (SALES_DAY_DDL), so every writer (the ledger, demo data, bulk tools, raw
    SQL, even a corrected `at`) keeps it right without knowing it exists. The Stock list reads whole days from
    here and only the two partial days at the edges of its 30- and 90-day windows from the ledger."""

    __tablename__ = "stock_sales_day"

    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date(), primary_key=True)
    quantity: Mapped[int] = mapped_column(default=0)  # units out: minus the sum of the day's issue movements


_SALES_UPSERT = ("INSERT INTO stock_sales_day (product_id, day, quantity) VALUES (new.product_id, {day}, "
                 "-new.quantity) ON CONFLICT (product_id, day) DO UPDATE SET quantity = {table}quantity "
                 "+ excluded.quantity")
_SALES_UNDO = ("UPDATE stock_sales_day SET quantity = quantity + old.quantity "
               "WHERE product_id = old.product_id AND day = {day}")
_SQLITE_NEW, _SQLITE_OLD = _SALES_UPSERT.format(day="date(new.at)", table=""), _SALES_UNDO.format(day="date(old.at)")
SALES_DAY_DDL = {
    "sqlite": (
        ("CREATE TRIGGER IF NOT EXISTS stock_sales_day_insert AFTER INSERT ON stock_movement "
        f"WHEN new.reason = 'issue' BEGIN {_SQLITE_NEW}; END"),
        ("CREATE TRIGGER IF NOT EXISTS stock_sales_day_delete AFTER DELETE ON stock_movement "
        f"WHEN old.reason = 'issue' BEGIN {_SQLITE_OLD}; END"),
        ("CREATE TRIGGER IF NOT EXISTS stock_sales_day_update_old AFTER UPDATE OF product_id, quantity, reason, at "
        f"ON stock_movement WHEN old.reason = 'issue' BEGIN {_SQLITE_OLD}; END"),
        ("CREATE TRIGGER IF NOT EXISTS stock_sales_day_update_new AFTER UPDATE OF product_id, quantity, reason, at "
        f"ON stock_movement WHEN new.reason = 'issue' BEGIN {_SQLITE_NEW}; END"),
    ),
    "postgresql": (
        ("CREATE OR REPLACE FUNCTION stock_sales_day_keep() RETURNS trigger AS $$ BEGIN "
        "IF TG_OP <> 'INSERT' THEN IF old.reason = 'issue' THEN "
        f"{_SALES_UNDO.format(day='old.at::date')}; END IF; END IF; "
        "IF TG_OP <> 'DELETE' THEN IF new.reason = 'issue' THEN "
        f"{_SALES_UPSERT.format(day='new.at::date', table='stock_sales_day.')}; END IF; END IF; "
        "RETURN NULL; END $$ LANGUAGE plpgsql"),
        "DROP TRIGGER IF EXISTS stock_sales_day_keep ON stock_movement",
        ("CREATE TRIGGER stock_sales_day_keep AFTER INSERT OR UPDATE OR DELETE ON stock_movement "
        "FOR EACH ROW EXECUTE FUNCTION stock_sales_day_keep()"),
    ),
}
SALES_DAY_FILL = {
    "sqlite": "INSERT INTO stock_sales_day (product_id, day, quantity) SELECT product_id, date(at), -SUM(quantity) "
              "FROM stock_movement WHERE reason = 'issue' GROUP BY product_id, date(at)",
    "postgresql": "INSERT INTO stock_sales_day (product_id, day, quantity) SELECT product_id, at::date, "
                  "-SUM(quantity) FROM stock_movement WHERE reason = 'issue' GROUP BY product_id, at::date",
}
SALES_DAY_DROP = {
    "sqlite": tuple(f"DROP TRIGGER IF EXISTS stock_sales_day_{t}" for t in ("insert", "delete", "update_old",
                                                                             "update_new")),
    "postgresql": ("DROP TRIGGER IF EXISTS stock_sales_day_keep ON stock_movement",
                   "DROP FUNCTION IF EXISTS stock_sales_day_keep()"),
}


def create_sales_day_triggers(conn) -> None:
    for ddl in SALES_DAY_DDL.get(conn.dialect.name, ()):
        conn.exec_driver_sql(ddl)


@event.listens_for(Base.metadata, "after_create")
def _sales_day_triggers(_metadata, conn, **_kw) -> None:
    """A new shop file (create_all): the triggers once both tables exist (after every table is created)."""
    create_sales_day_triggers(conn)
