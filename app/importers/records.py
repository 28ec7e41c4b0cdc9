"""Plain records an importer makes from a file: orders with their lines, each with the file row it came from.

No database here: `app.services.importing.orders` compares these with what is stored and writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from app.core.address import Address
from app.core.errors import RowError


class AddressRecord(Address):
    """An address as a file gives it."""

    def is_empty(self) -> bool:
        return not (self.name or self.street or self.postal_code or self.city)

    def key(self) -> tuple:
        return (self.name, self.company, self.street, self.postal_code, self.city, self.country, self.phone)


@dataclass(slots=True)
class LineRecord:
    row: int
    quantity: int
    unit_price: Decimal  # gross, as the buyer paid per unit before order-level discounts
    sku: str = ""
    ean: str = ""
    name: str = ""
    vat_rate: str = ""  # "" = take the product's rate, else 23

    def key(self) -> tuple:
        return (self.sku, self.name, self.quantity, self.unit_price)


@dataclass(slots=True)
class OrderRecord:
    row: int  # file row of the order's first line
    external_number: str  # the shop's number as the shop shows it, without '#'
    created_at: datetime | None = None
    customer_name: str = ""
    email: str = ""
    phone: str = ""
    billing: AddressRecord | None = None
    shipping: AddressRecord | None = None
    currency: str = "PLN"
    payment_method: str = "prepaid"  # prepaid | transfer | cod
    payment_status: str = "unpaid"  # unpaid | paid | refunded | partially_refunded
    status: str = "new"  # new | cancelled | shipped (fulfilled before it reached us)
    shipping_method: str = ""
    shipping_cost: Decimal = Decimal("0.00")
    discount: Decimal = Decimal("0.00")
    taxes: Decimal = Decimal("0.00")  # tax the shop shows for the order (information only)
    default_vat: str = ""  # VAT rate for lines the file gives no rate for ("" = product's, else 23)
    file_total: Decimal | None = None  # the shop's own total, compared with ours for a warning
    customer_note: str = ""
    internal_note: str = ""
    lines: list[LineRecord] = field(default_factory=list)

    @property
    def lines_total(self) -> Decimal:
        return sum((ln.unit_price * ln.quantity for ln in self.lines), Decimal(0))

    @property
    def total(self) -> Decimal:
        """Our total: computed from the lines, never taken from the file."""
        return (self.lines_total + self.shipping_cost - self.discount).quantize(Decimal("0.01"))


@dataclass
class SkippedRecord:
    row: int
    external_number: str
    reason: str


@dataclass
class ParsedFile:
    """What an importer read from one file; `errors` non-empty means the file is refused as a whole."""

    filename: str
    source: str  # Order.source of these orders: "shopify", "mapped:<name>"
    format: str  # "shopify" | "mapped"
    encoding: str = ""
    delimiter: str = ""
    rows: int = 0
    orders: list[OrderRecord] = field(default_factory=list)
    skipped: list[SkippedRecord] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # decisions the importer took, said once in the preview
    sku_column: str | None = None  # the file's column lines are matched to products by (named in warnings)

    @property
    def line_count(self) -> int:
        return sum(len(o.lines) for o in self.orders)
