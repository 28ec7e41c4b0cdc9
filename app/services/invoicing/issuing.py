"""Issue a VAT invoice from an order, or from many orders at once.

What the invoice states, and why:

- Lines: the order's lines (name, SKU, quantity, the gross unit price the buyer paid, the line's VAT rate), then
  the shipping cost as a line "Wysyłka" (the document is Polish) at 23 %, or at the goods' rate when every line
  of goods has the same other rate (shipping follows the goods it delivers).
- The order's discount is spread over the lines of goods in proportion to their values, to the grosz: each line's
  share is rounded down and the grosze left over go to the lines with the largest remainders, so the shares add
  up to the discount exactly. (A discount larger than the goods takes the shipping too.) A line whose discounted
  value does not divide evenly by its quantity is split in two lines of the same item, some units at one grosz
  more than the others, so every unit price is a whole grosz and a consumer's invoice totals exactly what the
  order totals.
- B2C (no buyer NIP): computed from gross (app.services.invoicing.amounts). B2B (a NIP, checked with
  python-stdnum): computed as the settings say (net by default: net unit prices from the gross ones, rounded to
  the grosz, VAT on each rate's net sum).
- Another currency than PLN: the invoice is in that currency and needs the NBP mid rate of the last business day
  before the sale date (art. 31a of the VAT act), given by the caller (typed, or read by app.services.invoicing.nbp);
  without it the invoice is refused. The VAT is then also stated in PLN, per rate.
- Payment form from the order's payment method: cash on delivery -> "cod", which FA(3) states as another form
  (PlatnoscInna, "Za pobraniem"): the courier takes cash or a card, the shop cannot tell which, so neither
  FormaPlatnosci 1 (cash) nor 2 (card) would be true; transfer -> transfer (6); prepaid (paid online at checkout
  through a payment operator) -> card (2: FA(3) has no "online payment"; the operators' card and pay-by-link
  payments are closest to it).
- Paid when the order is paid (or was, and has been refunded since: the refund is a correction's business);
  the payment date is the order's day for a prepaid order, else the issue date. An unpaid invoice is due
  `payment_days` after its issue date; a paid one has no due date.
- Annotations: cash accounting from the settings (P_16); the exemption's legal basis from the settings when a
  line is exempt (zw; refused while the basis is not filled in); split payment (P_18A) for a B2B invoice of
  15,000 zł gross or more when the settings say the shop sells goods that need it.

Refused: a cancelled order, an order that already has its VAT invoice (corrections do not count), seller data
still missing (the message says what to fill in), an issue date in the future or more than 30 days before the
sale (art. 106i ust. 7).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.core.progress import Cancelled, Progress
from app.core.shop_time import shop_today
from app.db import take_write_lock
from app.models import Invoice, Order, OrderEvent
from app.services.invoicing import numbering
from app.services.invoicing.amounts import GROSS, LineIn, compute, net_price
from app.services.invoicing.data import VAT
from app.services.invoicing.records import (
    LineText,
    check_exchange_rate,
    search_text,
    seller_snapshot,
    store_invoice,
)
from app.services.invoicing.settings import BUYER_NIP, check_nip, missing_for_invoice, read_settings

SHIPPING_NAME = "Wysyłka"  # on the document, which is in Polish
UNIT, SERVICE_UNIT = "szt.", "usł."
PAYMENT_FORM_OF = {"cod": "cod", "transfer": "transfer", "prepaid": "card"}
PAID_STATUSES = frozenset({"paid", "refunded", "partially_refunded"})
SPLIT_PAYMENT_FROM = Decimal("15000.00")
# How long before the sale an invoice may be issued (art. 106i ust. 7 of the VAT act).
EARLIEST_DAYS = 30
_GROSZ = Decimal("0.01")


@dataclass(frozen=True)
class Draft:
    """One invoice line before valuing: the gross unit price the buyer paid."""

    name: str
    sku: str
    unit: str
    quantity: int
    unit_gross: Decimal
    rate: str


def _grosze(value: Decimal) -> int:
    return int((value / _GROSZ).to_integral_value())


def shipping_rate(goods_rates: Sequence[str]) -> str:
    """Shipping at 23 %, or at the goods' rate when all goods share one other rate."""
    rates = set(goods_rates)
    return rates.pop() if len(rates) == 1 else "23"


def spread_discount(drafts: Sequence[Draft], discount: Decimal) -> list[Draft]:
    """The drafts with the discount taken off in proportion to their values (largest remainder, to the grosz), a
    draft split in two where its discounted value does not divide by its quantity (see the module's note)."""
    if discount <= 0:
        return list(drafts)
    values = [d.quantity * _grosze(d.unit_gross) for d in drafts]
    total, cut = sum(values), _grosze(discount)
    if cut > total:
        raise DomainError(msg("The order's discount {discount} is larger than its lines and shipping.",
                              discount=discount))
    shares = [cut * v // total if total else 0 for v in values]
    left = cut - sum(shares)
    by_remainder = sorted(range(len(drafts)), key=lambda i: (-(cut * values[i] % total) if total else 0, i))
    for i in by_remainder[:left]:
        shares[i] += 1
    out: list[Draft] = []
    for d, value, share in zip(drafts, values, shares, strict=True):
        rest = value - share
        unit, extra = divmod(rest, d.quantity)
        if extra:
            out.append(replace(d, quantity=d.quantity - extra, unit_gross=unit * _GROSZ))
            out.append(replace(d, quantity=extra, unit_gross=(unit + 1) * _GROSZ))
        else:
            out.append(replace(d, unit_gross=unit * _GROSZ))
    return out


def order_drafts(order: Order) -> list[Draft]:
    """The invoice's lines from the order: goods, shipping, the discount spread over them."""
    goods = [Draft(line.name or line.sku, line.sku, UNIT, line.quantity, line.unit_price, line.vat_rate)
             for line in sorted(order.lines, key=lambda ln: (ln.position, ln.id)) if line.quantity > 0]
    discount = order.discount or Decimal(0)
    goods_value = sum((_grosze(d.unit_gross) * d.quantity for d in goods), 0) * _GROSZ
    ship = []
    if order.shipping_cost and order.shipping_cost > 0:
        ship = [Draft(SHIPPING_NAME, "", SERVICE_UNIT, 1, order.shipping_cost, shipping_rate([d.rate for d in goods]))]
    if discount < 0:
        raise DomainError(msg("Order {number} has a negative discount; correct the order first.",
                              number=order.number))
    if discount <= goods_value:
        drafts = spread_discount(goods, discount) + ship
    else:
        drafts = spread_discount(goods + ship, discount)
    if not drafts:
        raise DomainError(msg("Order {number} has no lines to invoice.", number=order.number))
    return drafts


def _buyer(order: Order, nip: str | None) -> dict[str, str | None]:
    address = order.billing_address or order.shipping_address
    company = (address.company or "").strip() if address is not None else ""
    person = (address.name or "").strip() if address is not None else ""
    name = (company if nip and company else person) or order.customer_name or company
    return {"buyer_name": name, "buyer_nip": nip,
            "buyer_street": address.street if address is not None else "",
            "buyer_postal_code": address.postal_code if address is not None else "",
            "buyer_city": address.city if address is not None else "",
            "buyer_country": (address.country or "PL") if address is not None else "PL"}


def _dates(order: Order, issue_date: date | None, sale_date: date | None) -> tuple[date, date]:
    today = shop_today()
    issued = issue_date or today
    if issued > today:
        raise DomainError(msg("An invoice cannot be dated in the future ({date}).", date=issued.isoformat()))
    sold = sale_date or issued
    if sold > issued + timedelta(days=EARLIEST_DAYS):
        raise DomainError(msg("An invoice may be issued at most 30 days before the sale; the sale date {date} is "
                              "later than that.", date=sold.isoformat()))
    return issued, sold


def _currency(order: Order, rate: Decimal | None, rate_date: date | None, sold: date) -> str:
    currency = (order.currency or "PLN").upper()
    if currency == "PLN":
        if rate is not None:
            raise DomainError(msg("Order {number} is in PLN: an invoice in PLN takes no exchange rate.",
                                  number=order.number))
        return currency
    if rate is None or rate_date is None:
        raise DomainError(msg("Order {number} is in {currency}: the invoice needs the NBP mid rate of {currency} "
                              "of the last business day before the sale date, and that day.",
                              number=order.number, currency=currency))
    check_exchange_rate(rate)
    if rate_date >= sold:
        raise DomainError(msg("The exchange rate must be of a day before the sale date ({date}); {rate_date} is "
                              "not.", date=sold.isoformat(), rate_date=rate_date.isoformat()))
    return currency


def _issue(session: Session, order_id: int, who: str, *, buyer_nip: str | None, issue_date: date | None,
           sale_date: date | None, exchange_rate: Decimal | None, exchange_rate_date: date | None,
           exchange_table: str, series_code: str | None) -> int:
    """Issue in the caller's transaction (the number is taken in it)."""
    take_write_lock(session)  # SQLite: what is checked below cannot change before the invoice is written
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(msg("Order {id} does not exist.", id=order_id))
    if order.status == "cancelled":
        raise DomainError(msg("Order {number} is cancelled: it gets no invoice.", number=order.number))
    existing = session.scalar(select(Invoice.number).where(Invoice.order_id == order.id, Invoice.kind == VAT))
    if existing is not None:
        raise DomainError(msg("Order {number} already has invoice {invoice}; correct it instead of issuing "
                              "another.", number=order.number, invoice=existing))
    settings = read_settings(session)
    missing = missing_for_invoice(settings)
    if missing:
        raise DomainError(msg("Fill in the seller's data in the invoice settings first: {missing}.",
                              missing=", ".join(missing)))
    typed_nip = buyer_nip if buyer_nip is not None else order.buyer_nip
    nip = check_nip(typed_nip, BUYER_NIP) if typed_nip and typed_nip.strip() else None
    issued, sold = _dates(order, issue_date, sale_date)
    currency = _currency(order, exchange_rate, exchange_rate_date, sold)
    foreign_rate = exchange_rate if currency != "PLN" else None

    drafts = order_drafts(order)
    method = settings.b2b_method if nip else GROSS
    lines_in = [LineIn(Decimal(d.quantity), d.unit_gross if method == GROSS else net_price(d.unit_gross, d.rate),
                       d.rate) for d in drafts]
    amounts = compute(lines_in, method, foreign_rate)
    exempt = any(d.rate == "zw" for d in drafts)
    if exempt and not settings.exemption_basis:
        raise DomainError(msg("Order {number} has an exempt (zw) line: fill in the legal basis of the exemption "
                              "in the invoice settings first.", number=order.number))
    gross_pln = amounts.gross * (foreign_rate or 1)

    paid = order.payment_status in PAID_STATUSES
    paid_date = None
    if paid:
        paid_date = issued
        if order.payment_method == "prepaid" and order.created_at is not None:
            paid_date = min(issued, order.created_at.astimezone(ZoneInfo(SHOP_TZ_DEFAULT)).date())

    series = (numbering.series_by_code(session, series_code, VAT) if series_code
              else numbering.default_series(session, VAT))
    number = numbering.take_number(session, series, issued)
    buyer = _buyer(order, nip)
    invoice = Invoice(
        number=number, series_id=series.id, kind=VAT, order_id=order.id, issue_date=issued, sale_date=sold,
        place=settings.place_of_issue or settings.city, currency=currency, exchange_rate=foreign_rate,
        exchange_rate_date=exchange_rate_date if foreign_rate else None,
        exchange_table=exchange_table.strip() if foreign_rate else "", **seller_snapshot(settings), **buyer,
        method=method, payment_form=PAYMENT_FORM_OF.get(order.payment_method, "transfer"),
        due_date=None if paid else issued + timedelta(days=settings.payment_days), paid=paid, paid_date=paid_date,
        cash_accounting=settings.cash_accounting,
        split_payment=bool(nip) and settings.split_payment and gross_pln >= SPLIT_PAYMENT_FROM,
        exemption_basis=settings.exemption_basis if exempt else "", who=who,
        search_text=search_text(number, buyer["buyer_name"], nip, order.number))
    texts = []
    for position, d in enumerate(drafts, start=1):
        texts.append(LineText(position, d.name, d.sku, d.unit))
    invoice_id = store_invoice(session, invoice, [(t, line, False) for t, line in zip(texts, amounts.lines,
                                                                                        strict=True)], amounts)
    session.add(OrderEvent(order_id=order.id, kind="note", who=who,
                           why=msg("Invoice {invoice} issued", invoice=number)))
    return invoice_id


def issue_invoice(session: Session, order_id: int, who: str, *, buyer_nip: str | None = None,
                  issue_date: date | None = None, sale_date: date | None = None,
                  exchange_rate: Decimal | None = None, exchange_rate_date: date | None = None,
                  exchange_table: str = "", series: str | None = None) -> int:
    """Issue the order's VAT invoice in one transaction and return its id. `buyer_nip` (else the order's
    buyer_nip) makes it B2B; `series` is a series code (else the default VAT series). See the module's note."""
    with session.begin():
        return _issue(session, order_id, who, buyer_nip=buyer_nip, issue_date=issue_date, sale_date=sale_date,
                      exchange_rate=exchange_rate, exchange_rate_date=exchange_rate_date,
                      exchange_table=exchange_table, series_code=series)


@dataclass(frozen=True)
class BatchResult:
    """Per order: the invoice issued (order id -> invoice id), or why not (order id -> the message)."""

    issued: dict[int, int] = field(default_factory=dict)
    refused: dict[int, str] = field(default_factory=dict)
    cancelled: bool = False  # Cancel stopped it: the orders after that point were not tried
    changes: Changes = field(default_factory=Changes)


def issue_many(session: Session, order_ids: Sequence[int], who: str, progress: Progress | None = None, *,
               issue_date: date | None = None) -> BatchResult:
    """Issue the invoice of each order, each in its own transaction: an invoice is a document of its own with a
    number of its own, so one order's refusal does not stop the others, and Cancel stops before the next order
    (those issued stay issued, as printed paper would). A long batch also does not hold the database's write
    lock for its whole length, so other stations keep working. Orders with foreign currency need their rate
    one by one (issue_invoice) and are refused here with the reason."""
    issued: dict[int, int] = {}
    refused: dict[int, str] = {}
    ids = list(dict.fromkeys(order_ids))
    cancelled = False
    for done, order_id in enumerate(ids):
        try:
            if progress is not None:
                progress(done, len(ids), msg("Issuing invoices"))
        except Cancelled:
            cancelled = True
            break
        try:
            issued[order_id] = issue_invoice(session, order_id, who, issue_date=issue_date)
        except DomainError as e:
            refused[order_id] = str(e)
    if progress is not None and not cancelled:
        try:
            progress(len(ids), len(ids), msg("Issuing invoices"))
        except Cancelled:
            pass  # nothing was left to stop
    return BatchResult(issued, refused, cancelled, Changes.of_orders(issued))
