"""Plain data that crosses from services to the UI and back (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from app.core.address import Address
from app.core.messages import msg

PAYMENT_METHODS = ("prepaid", "transfer", "cod")
PAYMENT_STATUSES = ("unpaid", "paid", "refunded", "partially_refunded")
# The same codes as words of a message ("Payment: unpaid -> paid" in an order's history), so they are translated.
PAYMENT_STATUS_WORDS = (msg("unpaid"), msg("paid"), msg("refunded"), msg("partially_refunded"))


class AddressData(Address):
    """An order's address as the order window edits it."""

    def missing(self) -> list[str]:
        """Which parts a courier needs are empty."""
        return missing_address_parts(self)


# What a courier needs of an address: attribute -> the word verification uses for it.
ADDRESS_NEEDS = {"name": msg("name"), "street": msg("street"), "postal_code": msg("postal code"), "city": msg("city")}


def missing_address_parts(address: object) -> list[str]:
    """The needed parts that are empty, of an AddressData or of a stored Address alike (one rule for both)."""
    return [label for attr, label in ADDRESS_NEEDS.items() if not (getattr(address, attr) or "").strip()]


@dataclass(frozen=True)
class LineInput:
    quantity: int
    unit_price: Decimal
    product_id: int | None = None
    sku: str = ""
    name: str = ""
    ean: str = ""
    vat_rate: str = "23"


@dataclass(frozen=True)
class OrderInput:
    customer_name: str
    email: str = ""
    phone: str = ""
    shipping_address: AddressData = field(default_factory=AddressData)
    billing_address: AddressData | None = None  # None: same as shipping
    lines: tuple[LineInput, ...] = ()
    shipping_method: str = ""
    shipping_cost: Decimal = Decimal("0.00")
    payment_method: str = "transfer"
    payment_status: str = "unpaid"
    customer_note: str = ""
    internal_note: str = ""
    buyer_nip: str = ""  # a company buyer's NIP for its invoice ("" : a consumer); checked on save


@dataclass(frozen=True)
class LineData:
    id: int
    product_id: int | None
    sku: str
    ean: str
    name: str
    quantity: int
    unit_price: Decimal
    vat_rate: str
    total: Decimal


@dataclass(frozen=True)
class EventData:
    at: datetime
    kind: str
    from_status: str | None
    to_status: str | None
    who: str
    why: str


@dataclass(frozen=True)
class OrderDetail:
    id: int
    number: str
    source: str
    external_number: str
    created_at: datetime
    status: str
    customer_name: str
    email: str
    phone: str
    shipping_address: AddressData
    billing_address: AddressData
    lines: tuple[LineData, ...]
    shipping_method: str
    shipping_cost: Decimal
    discount: Decimal
    payment_method: str
    payment_status: str
    currency: str
    total: Decimal
    tracking_number: str
    customer_note: str
    internal_note: str
    problems: tuple[str, ...]
    events: tuple[EventData, ...]
    # The user allowed this order to take available stock below zero (app.services.stock.order_effects).
    allow_negative_stock: bool = False
    # The kinds of its problems (app.services.orders.problems), for the window to test, never their words.
    problem_kinds: frozenset[str] = frozenset()
    buyer_nip: str = ""  # 10 digits when the buyer wants a company (B2B) invoice

    def to_input(self) -> OrderInput:
        return OrderInput(
            customer_name=self.customer_name, email=self.email, phone=self.phone,
            shipping_address=self.shipping_address, billing_address=self.billing_address,
            lines=tuple(LineInput(quantity=ln.quantity, unit_price=ln.unit_price, product_id=ln.product_id,
                                  sku=ln.sku, name=ln.name, ean=ln.ean, vat_rate=ln.vat_rate) for ln in self.lines),
            shipping_method=self.shipping_method, shipping_cost=self.shipping_cost,
            payment_method=self.payment_method, payment_status=self.payment_status,
            customer_note=self.customer_note, internal_note=self.internal_note, buyer_nip=self.buyer_nip,
        )
