"""Order, its lines, its history, and the import batches orders come from."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import ZERO, Base, Money, UTCDateTime, utcnow
from app.models.customer import Address, Customer
from app.models.product import Product


class ImportBatch(Base):
    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="orders")
    source: Mapped[str] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    who: Mapped[str] = mapped_column(String(80), default="")
    new_count: Mapped[int] = mapped_column(default=0)
    updated_count: Mapped[int] = mapped_column(default=0)
    skipped_count: Mapped[int] = mapped_column(default=0)


class Order(Base):
    __tablename__ = "order"
    __table_args__ = (
        UniqueConstraint("source", "external_number"),
        Index("ix_order_status_created", "status", "created_at"),
        # The orders list sorts by every column; these serve the columns not indexed above.
        Index("ix_order_items_count", "items_count"),
        Index("ix_order_payment_status", "payment_status"),
        Index("ix_order_shipping_method", "shipping_method"),
        Index("ix_order_problems", "problems"),
        # The "problems" filter and its count: covered by (status, problems > '').
        Index("ix_order_status_problems", "status", "problems"),
        # A 1-2 character search is a number prefix; its filter counts come from this covering index.
        Index("ix_order_number_status_problems", "number", "status", "problems"),
        # A customer's newest order (the Customers list's sort and its "last order" column): one seek each.
        Index("ix_order_customer_created", "customer_id", "created_at"),
        # The reports' time to ship of a period's orders, read from this index alone.
        Index("ix_order_created_status_shipped", "created_at", "status", "shipped_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    # Where the order came from ("manual", "shopify", "mapped:<name>") and its number there.
    source: Mapped[str] = mapped_column(String(60), default="manual")
    external_number: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Set when a user changes the order here; an import then leaves our edits alone.
    locally_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(20), default="new", index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    # Buyer's name and contact as on the order, kept for the list and search.
    customer_name: Mapped[str] = mapped_column(String(255), default="", index=True)
    email: Mapped[str | None] = mapped_column(String(255))
    phone: Mapped[str | None] = mapped_column(String(40))
    billing_address_id: Mapped[int | None] = mapped_column(ForeignKey("address.id"))
    shipping_address_id: Mapped[int | None] = mapped_column(ForeignKey("address.id"))
    currency: Mapped[str] = mapped_column(String(3), default="PLN")
    payment_method: Mapped[str] = mapped_column(String(20), default="transfer")  # prepaid | transfer | cod
    payment_status: Mapped[str] = mapped_column(String(20), default="unpaid")  # unpaid | paid | refunded | partially_refunded
    shipping_method: Mapped[str] = mapped_column(String(120), default="")
    shipping_cost: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    discount: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    # Computed by services from the lines, never typed: sum(lines) + shipping - discount.
    total: Mapped[Decimal] = mapped_column(Money(), default=ZERO, index=True)
    items_count: Mapped[int] = mapped_column(Integer, default=0)
    tracking_number: Mapped[str | None] = mapped_column(String(80), index=True)
    customer_note: Mapped[str] = mapped_column(Text, default="")
    internal_note: Mapped[str] = mapped_column(Text, default="")
    # Reasons the last verification found, one per line; empty when the order passed.
    problems: Mapped[str] = mapped_column(Text, default="")
    allow_negative_stock: Mapped[bool] = mapped_column(default=False)
    # Pack first: the packing station's queue puts these before older orders.
    priority: Mapped[bool] = mapped_column(default=False)
    # The user looked at a "possible duplicate" warning and said this order is not one.
    duplicate_ok: Mapped[bool] = mapped_column(default=False)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    # The buyer's NIP (10 digits) when the buyer wants a B2B invoice; None: a consumer.
    buyer_nip: Mapped[str | None] = mapped_column(String(20))
    # When the order first moved to shipped: kept by the database from its history (ORDER_SHIPPED_AT_DDL), so every
    # writer of order events (the status service, imports, the demo) keeps it alike; the reports' time to ship.
    shipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    customer: Mapped[Customer | None] = relationship()
    billing_address: Mapped[Address | None] = relationship(foreign_keys=[billing_address_id])
    shipping_address: Mapped[Address | None] = relationship(foreign_keys=[shipping_address_id])
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.position"
    )
    events: Mapped[list[OrderEvent]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderEvent.id"
    )


class OrderLine(Base):
    __tablename__ = "order_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("order.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"), index=True)
    sku: Mapped[str] = mapped_column(String(64), default="", index=True)
    ean: Mapped[str | None] = mapped_column(String(14))
    name: Mapped[str] = mapped_column(String(255), default="")
    quantity: Mapped[int] = mapped_column(default=1)
    unit_price: Mapped[Decimal] = mapped_column(Money())  # gross
    vat_rate: Mapped[str] = mapped_column(String(4), default="23")
    # Reserved units of this line (the stock issue keeps it); 0 until verified.
    reserved: Mapped[int] = mapped_column(default=0)

    order: Mapped[Order] = relationship(back_populates="lines")
    product: Mapped[Product | None] = relationship()

    @property
    def total(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(Decimal("0.01"))


class OrderEvent(Base):
    """One entry of an order's history: a status change, a note, an import update."""

    __tablename__ = "order_event"
    __table_args__ = (
        # The Today view and the reports: the moves to a status in a period (shipped today, readied before the
        # cut-off), and each order's move to a status (time from order to shipment).
        Index("ix_order_event_to_status_at", "to_status", "at"),
        Index("ix_order_event_to_status_order", "to_status", "order_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("order.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    kind: Mapped[str] = mapped_column(String(20), default="status")  # status | edit | import | verify | note
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    who: Mapped[str] = mapped_column(String(80), default="")
    why: Mapped[str] = mapped_column(Text, default="")

    order: Mapped[Order] = relationship(back_populates="events")


# Order.shipped_at follows the order's history: the first move to "shipped" sets it, whoever writes the event.
ORDER_SHIPPED_AT_DDL = {
    "sqlite": (
        ("CREATE TRIGGER IF NOT EXISTS order_event_shipped_at AFTER INSERT ON order_event "
        "WHEN new.to_status = 'shipped' BEGIN "
        "UPDATE \"order\" SET shipped_at = COALESCE(shipped_at, new.at) WHERE id = new.order_id; END"),
    ),
    "postgresql": (
        ("CREATE OR REPLACE FUNCTION order_event_shipped_at() RETURNS trigger AS $$ BEGIN "
        "UPDATE \"order\" SET shipped_at = COALESCE(shipped_at, NEW.at) WHERE id = NEW.order_id; "
        "RETURN NEW; END $$ LANGUAGE plpgsql"),
        ("CREATE TRIGGER order_event_shipped_at AFTER INSERT ON order_event FOR EACH ROW "
        "WHEN (NEW.to_status = 'shipped') EXECUTE FUNCTION order_event_shipped_at()"),
    ),
}


def create_shipped_at_trigger(conn) -> None:
    for ddl in ORDER_SHIPPED_AT_DDL.get(conn.dialect.name, ()):
        conn.exec_driver_sql(ddl)


@event.listens_for(Base.metadata, "after_create")
def _shipped_at_trigger(_metadata, conn, tables=None, **_kw) -> None:
    """A new shop file (create_all): the trigger, once the tables exist."""
    if tables is None or OrderEvent.__table__ in tables:
        create_shipped_at_trigger(conn)
