"""Plain data the complaints services take and give: the contract between the services (registering, working,
remedies, letters, listing, figures) and the Complaints tab, so the UI never touches a model object.

Codes (kind, channel, demand, reason, status, decision, letter kind) are the constants of app.models.complaint;
the UI shows them in Polish through its own labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.core.changes import Changes

# --- registering ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OrderLineChoice:
    """An order line the customer may complain about: how many were bought and how many are already in other
    cases (a case can take at most the rest)."""

    order_line_id: int
    product_id: int | None
    sku: str
    name: str
    quantity: int
    unit_price: Decimal  # gross
    in_other_cases: int
    guarantee_months: int | None  # from the product card


@dataclass(frozen=True)
class OrderForCase:
    """What the registration window shows once an order is found (by number, tracking number or scan)."""

    order_id: int
    number: str
    status: str
    customer_id: int | None
    customer_name: str
    email: str | None
    phone: str | None
    address: str  # one line
    currency: str
    shipping_cost: Decimal
    shipped_on: date | None  # the shop day of the order's move to shipped (or the shipment's creation)
    delivered_on: date | None  # the shop day of the move to delivered; None: unknown
    lines: tuple[OrderLineChoice, ...]
    cases: tuple[str, ...]  # numbers of earlier cases of this order


@dataclass(frozen=True)
class PeriodLeft:
    """How much of a period is left on a day: `due` its last day, `days_left` (negative: past), `estimated` when
    counted from the shipping date."""

    due: date
    days_left: int
    estimated: bool


@dataclass(frozen=True)
class WarrantyInfo:
    """Shown when a case is registered: the liability period (2 years) and the withdrawal window (14 days) from
    delivery, and the guarantee of each product that has one. None where it cannot be counted (no dates)."""

    liability: PeriodLeft | None
    withdrawal: PeriodLeft | None
    guarantees: tuple[tuple[str, PeriodLeft], ...]  # (product name, period)
    delivery_known: bool


@dataclass(frozen=True)
class CaseLineInput:
    order_line_id: int | None  # None: a product typed by hand (a case without an order)
    quantity: int
    product_id: int | None = None
    sku: str = ""
    name: str = ""
    unit_price: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class CaseInput:
    """Everything the registration window collects. `order_id` None: a case without an order (a customer found by
    search, or typed); then the customer fields are used as typed."""

    kind: str
    channel: str
    received_on: date
    demand: str
    reason: str
    description: str
    lines: tuple[CaseLineInput, ...]
    order_id: int | None = None
    customer_id: int | None = None
    customer_name: str = ""
    email: str | None = None
    phone: str | None = None
    address: str = ""
    guarantor: str = ""
    guarantee_terms: str = ""
    delivered_on: date | None = None  # typed by the user when the shipment does not know it
    files: tuple[str, ...] = ()  # paths of photos and files to copy into the data folder


@dataclass(frozen=True)
class Registered:
    id: int
    number: str
    due_on: date
    out_of_time: bool
    changes: Changes


@dataclass(frozen=True)
class CustomerHit:
    """A customer found by search (name, e-mail, phone, company), with their latest orders' numbers."""

    customer_id: int
    name: str
    email: str | None
    phone: str | None
    orders: tuple[tuple[int, str], ...]  # (order id, number), newest first, at most 10


# --- reading ------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseRow:
    """One row of the Complaints list."""

    id: int
    number: str
    kind: str
    status: str
    received_on: date
    due_on: date
    days_left: int | None  # None for decided and closed cases (their deadline no longer runs)
    customer_name: str
    order_number: str | None
    products: str  # "Kubek zielony ×2, …"
    demand: str
    decision: str | None
    out_of_time: bool
    answered_on: date | None


@dataclass(frozen=True)
class CaseList:
    """A page of the list: the first `len(rows)` cases in the view's order (at most a page), and how many match."""

    rows: tuple[CaseRow, ...]
    total: int


@dataclass(frozen=True)
class Counts:
    """Open cases and how many of them are due within 3 days (today included) and overdue: the tab title and the
    status bar show them."""

    open: int
    due_soon: int
    overdue: int


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str  # registered | status | note | letter | file | action | decision
    who: str
    text: str
    from_status: str | None = None
    to_status: str | None = None


@dataclass(frozen=True)
class CaseLineInfo:
    id: int
    order_line_id: int | None
    product_id: int | None
    sku: str
    name: str
    quantity: int
    unit_price: Decimal
    restocked: int
    written_off: int


@dataclass(frozen=True)
class FileInfo:
    id: int
    name: str
    path: str  # absolute, for the system's viewer
    size: int
    added_at: datetime


@dataclass(frozen=True)
class LetterInfo:
    id: int
    template: str
    subject: str
    created_at: datetime
    sent_on: date | None
    has_pdf: bool


@dataclass(frozen=True)
class RefundInfo:
    id: int
    goods: Decimal
    shipping: Decimal
    amount: Decimal
    currency: str
    method: str
    due_on: date
    paid_on: date | None


@dataclass(frozen=True)
class SupplierClaimInfo:
    id: int
    supplier: str
    sent_on: date
    answer: str
    answered_on: date | None
    credit: Decimal | None
    credit_received_on: date | None


@dataclass(frozen=True)
class CaseDetail:
    """The case window's whole content."""

    id: int
    number: str
    kind: str
    channel: str
    status: str
    received_on: date
    due_on: date
    answered_on: date | None
    order_id: int | None
    order_number: str | None
    customer_id: int | None
    customer_name: str
    email: str | None
    phone: str | None
    address: str
    demand: str
    reason: str
    description: str
    guarantor: str
    guarantee_terms: str
    delivered_on: date | None
    delivery_estimated: bool
    out_of_time: bool
    decision: str | None
    remedy: str | None
    decision_reason: str
    supplier: str
    currency: str
    shipping_cost: Decimal  # the order's original shipping cost (refunded with a withdrawal)
    invoice_id: int | None  # the order's invoice (latest of its chain is corrected)
    correction_invoice_id: int | None
    correction_number: str | None
    replacement_order_id: int | None
    replacement_number: str | None
    lines: tuple[CaseLineInfo, ...]
    timeline: tuple[TimelineEntry, ...]
    files: tuple[FileInfo, ...]
    letters: tuple[LetterInfo, ...]
    refunds: tuple[RefundInfo, ...]
    supplier_claims: tuple[SupplierClaimInfo, ...]
    allowed_statuses: tuple[str, ...] = field(default=())  # where the case may move from here


# --- letters ------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LetterDraft:
    """A letter filled from its template, to be edited before printing."""

    template: str
    subject: str
    body: str
