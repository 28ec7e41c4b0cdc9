"""Plain data the customers services take and give: the contract between the services (listing, the card and its
timeline, merging, the contact log, reply templates, personal data) and the Customers tab, so the UI never touches
a model object.

Codes (tags, consents, channels, directions, topics) are the constants of app.models.customer; the UI shows them in
Polish through app.services.customers.labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

# --- the list -----------------------------------------------------------------------------------------------------

# The list's views: everyone (not merged away), by tag, the anonymised, and those with a follow-up due.
VIEWS = ("all", "vip", "wholesale", "blocked", "follow_ups", "anonymised")


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    email: str | None
    phone: str | None
    company: str | None
    nip: str | None
    tags: tuple[str, ...]
    orders: int
    last_order_at: datetime | None
    value: Decimal  # the gross total of their orders not cancelled, in PLN (orders in another currency at their
    # invoice's rate when invoiced, else counted at face value and flagged in the card)
    anonymised: bool


@dataclass(frozen=True)
class CustomerList:
    rows: tuple[CustomerRow, ...]
    total: int  # how many match (rows holds at most `limit`)


@dataclass(frozen=True)
class DuplicateGroup:
    """Customers that look like one person: the same e-mail, phone (digits, without +48) or NIP."""

    key_kind: str  # "email" | "phone" | "nip"
    key: str
    customer_ids: tuple[int, ...]  # oldest first: the suggested one to keep
    names: tuple[str, ...]


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    merged_ids: tuple[int, ...]
    orders_moved: int
    contacts_moved: int
    complaints_moved: int
    invoices_moved: int  # invoices of the moved orders (they follow their orders; issued ones keep their buyer)


# --- the card -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AddressRow:
    kind: str  # "shipping" | "billing"
    one_line: str
    last_used_at: datetime | None
    orders: int  # orders that used it (same one_line)


@dataclass(frozen=True)
class ConsentState:
    kind: str  # one of CONSENTS
    given: bool
    at: datetime | None  # None: never asked
    source: str


@dataclass(frozen=True)
class LifetimeFigures:
    orders: int
    value: Decimal  # as CustomerRow.value
    returns: int  # withdrawal cases
    complaints: int  # complaint and guarantee cases
    first_order_at: datetime | None
    last_order_at: datetime | None
    open_follow_ups: int


@dataclass(frozen=True)
class CustomerCard:
    id: int
    name: str
    email: str | None
    phone: str | None
    company: str | None
    nip: str | None
    nip_valid: bool | None  # None: no NIP
    notes: str
    tags: tuple[str, ...]
    created_at: datetime
    anonymised_at: datetime | None
    merged_into_id: int | None
    addresses: tuple[AddressRow, ...]
    consents: tuple[ConsentState, ...]  # one per CONSENTS kind, in that order
    figures: LifetimeFigures
    duplicates: tuple[int, ...]  # other customers that look like this one


@dataclass(frozen=True)
class TimelineItem:
    """One line of the card's timeline. `kind`: order | status | shipment | invoice | complaint | contact | merge |
    privacy; `text` is already in the user's language (built with msg()); the ids say what a double-click opens."""

    at: datetime
    kind: str
    text: str
    order_id: int | None = None
    invoice_id: int | None = None
    complaint_id: int | None = None
    contact_id: int | None = None


@dataclass(frozen=True)
class CustomerEdit:
    name: str
    email: str | None
    phone: str | None
    company: str | None
    nip: str | None  # validated with python-stdnum; "" or None: none
    notes: str


# --- the contact log ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ContactInput:
    """A contact to log. The customer is taken from the order or the case when not given."""

    channel: str
    direction: str
    topic: str
    note: str
    customer_id: int | None = None
    order_id: int | None = None
    complaint_id: int | None = None
    follow_up_on: date | None = None


@dataclass(frozen=True)
class FollowUpRow:
    contact_id: int
    customer_id: int | None
    customer_name: str
    order_id: int | None
    order_number: str | None
    complaint_id: int | None
    follow_up_on: date
    channel: str
    topic: str
    note: str
    at: datetime  # when the contact was logged


@dataclass(frozen=True)
class FollowUpCounts:
    today: int  # due today
    overdue: int  # due before today, not done

    @property
    def due(self) -> int:
        return self.today + self.overdue


# --- answers ------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    topic: str
    subject: str
    body: str


@dataclass(frozen=True)
class FilledReply:
    """A template filled for one order, case or customer: ready to edit, copy or open in the mail client."""

    subject: str
    body: str
    to_email: str | None
    customer_id: int | None
    order_id: int | None
    complaint_id: int | None
    topic: str
    missing: tuple[str, ...] = field(default=())  # fields the template asks for that this order/case has not


# --- personal data ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class KeptInvoice:
    """An issued invoice the law makes the shop keep as issued (5 years from the end of its tax year)."""

    invoice_id: int
    number: str
    issue_date: date
    keep_until: date


@dataclass(frozen=True)
class BackupHolding:
    """A backup file made before the anonymisation: it still holds the old data."""

    path: str
    made_at: datetime
    expires_on: date | None  # None: kept until removed


@dataclass(frozen=True)
class AnonymisePlan:
    """What anonymising will change and what will remain: the confirmation shows it."""

    customer_id: int
    name: str
    orders: int
    complaints: int
    contacts: int
    kept_invoices: tuple[KeptInvoice, ...]
    backups: tuple[BackupHolding, ...]


@dataclass(frozen=True)
class AnonymiseResult:
    customer_ids: tuple[int, ...]
    kept_invoices: tuple[KeptInvoice, ...]
    backups: tuple[BackupHolding, ...]


@dataclass(frozen=True)
class RetentionRow:
    customer_id: int
    name: str
    last_order_at: datetime | None
    past_since: date  # the day the retention period ended
