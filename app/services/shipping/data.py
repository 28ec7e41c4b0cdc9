"""Plain data of shipping and printing that crosses to the UI and the printing layer (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.core.address import Address
from app.core.changes import Changes


@dataclass(frozen=True)
class CarrierInfo:
    """One carrier of the catalogue: its services, parcel sizes, whether it takes a locker code."""

    code: str
    name: str
    services: tuple[str, ...]
    sizes: tuple[str, ...] = ()
    needs_locker: bool = False
    own_numbering: bool = False  # tracking numbers given by us (own delivery, pickup)
    on_manifest: bool = True  # handed over to a courier with a protokół nadania


@dataclass(frozen=True)
class SenderData(Address):
    """The shop's own address, printed as the sender on every label, with its e-mail."""

    email: str = ""


@dataclass(frozen=True)
class ShippingSettingsData:
    sender: SenderData = field(default_factory=SenderData)
    default_size: str = "B"
    default_weight: Decimal = Decimal("1.000")
    own_prefix: str = "ZD"


@dataclass(frozen=True)
class ParcelInput:
    weight: Decimal | None = None  # None: the shop's default
    size: str = ""
    tracking_number: str = ""


@dataclass(frozen=True)
class ShipmentInput:
    carrier: str = ""  # "" : from the order's shipping method (mapping rules)
    service: str = ""
    parcels: tuple[ParcelInput, ...] = ()  # empty: one parcel with the defaults
    cod_amount: Decimal | None = None  # None: the order total when it is paid on delivery
    insurance: Decimal | None = None
    locker_code: str = ""


@dataclass(frozen=True)
class ParcelData:
    id: int
    number: int
    tracking_number: str
    weight: Decimal
    size: str


@dataclass(frozen=True)
class ShipmentDetail:
    id: int
    order_id: int
    order_number: str
    order_status: str
    carrier: str
    carrier_name: str
    service: str
    locker_code: str
    cod_amount: Decimal | None
    insurance: Decimal | None
    currency: str
    parcels: tuple[ParcelData, ...]
    manifest_id: int | None
    carrier_label_ids: tuple[int, ...]
    created_at: datetime


@dataclass(frozen=True)
class ShipmentForm:
    """What the shipment dialog shows for an order: the order's own shipping data, its shipment if it has one,
    the parcel defaults, the carrier its shipping method suggests and the carriers the shop uses."""

    order_id: int
    order_number: str
    currency: str
    total: Decimal
    shipping_method: str
    payment_method: str
    detail: ShipmentDetail | None
    settings: ShippingSettingsData
    guessed: tuple[str, str] | None
    active: frozenset[str]


@dataclass(frozen=True)
class PackedLabels:
    """Print all packed labels: the queue entries to print, why some packed orders got no shipment, what changed."""

    queue_ids: list[int]
    problems: list[str]
    changes: Changes


@dataclass(frozen=True)
class TrackingImportResult:
    updated: int
    unchanged: int
    orders: frozenset[int]
    changes: Changes


@dataclass(frozen=True)
class PrinterSettingData:
    kind: str  # "label" | "a4"
    printer_name: str = ""
    paper: str = ""
    orientation: str = "portrait"
    dpi: int = 203
    zpl: bool = False
    silent: bool = True


@dataclass(frozen=True)
class QueueRow:
    """One document waiting to print, or a packed order with none waiting (kind "order", id = -order id), as the
    Printing tab lists it; `needs` says what the order still needs before it leaves (msg() texts)."""

    id: int
    kind: str
    order_id: int | None
    order_number: str
    shipment_id: int | None
    manifest_id: int | None
    carrier: str
    receiver: str
    tracking: str
    order_status: str
    created_at: datetime
    needs: tuple[str, ...] = ()

    @property
    def queue_id(self) -> int | None:
        """The print queue entry, or None for a packed order with no document waiting."""
        return self.id if self.id > 0 else None


@dataclass(frozen=True)
class WaitingCount:
    """What the Printing tab's status line says: documents waiting, packed orders, and those that cannot be
    labelled yet (no shipment, or a parcel without a tracking number)."""

    documents: int
    packed: int
    unlabelled: int


@dataclass(frozen=True)
class LogRow:
    id: int
    at: datetime
    kind: str
    document: str
    order_id: int | None
    shipment_id: int | None
    manifest_id: int | None
    printer: str
    who: str
    pages: int
    reprint: bool
    ok: bool
    message: str


@dataclass(frozen=True)
class LoggedPrint:
    """A print request written to the log: the log lines' ids and the orders whose documents they were."""

    ids: list[int]
    changes: Changes


@dataclass(frozen=True)
class ManifestMade:
    id: int
    changes: Changes


@dataclass(frozen=True)
class ManifestSummary:
    id: int
    number: str
    carrier: str
    day: date
    parcels: int
    confirmed_at: datetime | None
