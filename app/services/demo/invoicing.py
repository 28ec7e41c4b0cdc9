"""The demo shop's invoicing: the seller's data and series, company buyers, two orders in EUR, and the invoices and
corrections a shop like it would have issued over the demo's months, so a newcomer sees a full register and can
issue an invoice at once.

- Seller: the demo shop's own name and address (the labels' sender), a NIP and an IBAN whose check digits are made
  with python-stdnum (the same library that checks them), its bank and place of issue; the default VAT and KOR
  series.
- Company buyers (`make_companies`, before the orders are written): about one order in ten is a company's, with
  the company's name on the billing address and its NIP on the order (Order.buyer_nip).
- Two delivered orders become orders from abroad in EUR (`_foreign_orders`): prices from the shop's EUR price
  list, a buyer in Berlin or Vienna, and on the invoice the NBP mid rate of the last business day before the sale
  with that table's number. The rates are made up (this runs offline) but in EUR's range, and the table numbers
  count the Polish business days of the year as NBP's do.
- Invoices (`write_invoicing`, after the orders are written): every company order and every cash-on-delivery
  order packed or later, and a quarter of the other consumers' ones. An invoice is issued on the day the order was
  packed (printed with the label) with the day it was handed over as the sale date; a cash-on-delivery invoice is
  unpaid until the courier's money comes (paid on the delivery day; those still on the way stay unpaid). A
  returned order's invoice gets a correction from the return (every line back, kind 2) on the day it came back,
  settled on the day the money was refunded.

Bulk, as the rest of the demo: issuing one invoice through the real services takes ~3 ms (the ORM, a lock, a
flush per part), so the ~17,000 documents of 50,000 orders would take most of a minute; this way they take ~3.5 s
(the orders themselves ~10 s). The amounts, lines and corrections are made by the invoicing area's own public
functions (`order_drafts`, `compute` line by line then `summarise`, `value_lines`, `difference`: the same
rounding, discount spreading and shipping rate as issuing; a line of the same content is valued once), and written
like `app.services.invoicing.records.store_invoice` writes them: the invoice unsealed, its lines and rates, then
sealed, so the database's triggers guard them from then on; the series' counters end at the last number given,
so the next invoice a user issues continues each month's numbering. tests/core/demo/test_demo_invoicing.py issues
the same orders through the real services and compares. Orders' histories get no "Invoice ... issued" note: the
histories are written in time order before the invoices exist.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, String, cast, func, select
from sqlalchemy.orm import Session
from stdnum import iban as stdnum_iban
from stdnum.pl import nip as stdnum_nip

from app.core.public_holidays import is_working_day
from app.models import Address, Invoice, InvoiceSeries, Order, OrderEvent, OrderLine
from app.services.demo.history import REFUNDED
from app.services.demo.orders import OFFICE, PACKER, Spec
from app.services.demo.people import DemoCustomer
from app.services.invoicing import numbering
from app.services.invoicing.amounts import (
    GROSS,
    Amounts,
    LineIn,
    LineOut,
    cents,
    compute,
    difference,
    net_price,
    summarise,
)
from app.services.invoicing.correcting import CorrectionLine, value_lines
from app.services.invoicing.data import KOR, VAT
from app.services.invoicing.issuing import PAID_STATUSES, PAYMENT_FORM_OF, order_drafts
from app.services.invoicing.records import LineText, search_text, seller_snapshot
from app.services.invoicing.settings import SellerSettings, read_settings, write_settings
from app.services.orders import lifecycle as lc
from app.services.shopfile.bulk import BulkInsert, sqlite_utc


def _valid_nip(first9: str) -> str:
    """A NIP with the check digit python-stdnum accepts (never 10: a body whose check would be 10 is not used)."""
    return next(first9 + d for d in "0123456789" if stdnum_nip.is_valid(first9 + d))


def _polish_iban(bank_and_account: str) -> str:
    """PL + the check digits python-stdnum computes + the 8-digit bank number and 16-digit account."""
    return f"PL{stdnum_iban.calc_check_digits('PL00' + bank_and_account)}{bank_and_account}"


# The demo shop (the same as the labels' sender, app.services.demo.shop.DEMO_SENDER): a sole trader in Poznań
# (tax office prefix 778), banking at mBank (bank number 1140 2004).
DEMO_SELLER = SellerSettings(
    name="Zielony Kubek Anna Nowak", nip=_valid_nip("778214635"), street="ul. Garbary 48", postal_code="61-758",
    city="Poznań", country="PL", bank_account=_polish_iban("114020040000310278634513"), bank_name="mBank S.A.",
    place_of_issue="Poznań", payment_days=14)
B2B_SHARE = 0.10  # of the orders: a company's, with its NIP
CONSUMER_SHARE = 0.25  # of the other consumers' orders packed or later: an invoice asked for (prepaid, transfer)
RETURN_REASON = "Zwrot towaru – odstąpienie od umowy zawartej na odległość"  # on the document, in Polish
INVOICED = (lc.PACKED, lc.SHIPPED, lc.DELIVERED, lc.RETURNED)
# The shop's EUR price list is its PLN prices divided by this, to the cent; shipping abroad is a flat fee.
EUR_PRICE_LIST = Decimal("4.20")
EUR_SHIPPING = Decimal("12.90")
FOREIGN_BUYERS = (("Kastanienallee 12", "10435", "Berlin", "DE"), ("Lindengasse 5/7", "1070", "Wien", "AT"))
FOREIGN_COUNT = 2

_COMPANY_KINDS = ("Kawiarnia", "Pracownia Ceramiki", "Biuro Rachunkowe", "Pensjonat", "Restauracja",
                  "Agencja Reklamowa", "Kwiaciarnia", "Piekarnia", "Studio Jogi", "Gabinet Kosmetyczny",
                  "Salon Fryzjerski", "Szkoła Językowa", "Hotel", "Sklep Zielarski", "Herbaciarnia", "Bistro",
                  "Cukiernia", "Przedszkole")
_COMPANY_NAMES = ("Pod Lipą", "Stara Kuźnia", "Saldo", "Pod Tatrami", "Pomysł", "Zacisze", "Słoneczna",
                  "Przystań", "Bursztyn", "Malwa", "Jaśmin", "Nad Wartą", "Pod Dębem", "Kaprys", "Wrzos",
                  "Leśny Zakątek", "Miętowa", "Cynamon", "Pod Kasztanem", "Złoty Kłos")
_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def _random_nip(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
        check = sum(d * w for d, w in zip(digits, _NIP_WEIGHTS, strict=True)) % 11
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def _company_name(rng: random.Random, owner: str) -> str:
    kind, name = rng.choice(_COMPANY_KINDS), rng.choice(_COMPANY_NAMES)
    r = rng.random()
    if r < 0.4:
        return f"{kind} {name} Sp. z o.o."
    if r < 0.6:
        return f"{kind} {name} s.c."
    return f"{kind} {name} {owner}"  # a sole trader's business name carries the owner's name


def make_companies(customers: list[DemoCustomer], specs: Sequence[Spec], rng: random.Random,
                   share: float = B2B_SHARE) -> list[DemoCustomer]:
    """The customers with enough of them turned into companies (a business name, a valid NIP) that about `share`
    of the orders are companies' orders. Its own randomness: the rest of the demo stays as it was."""
    orders_of: dict[int, int] = {}
    for s in specs:
        orders_of[s.cust] = orders_of.get(s.cust, 0) + 1
    target = round(share * len(specs))
    have = sum(n for cust, n in orders_of.items() if customers[cust].company)
    out = list(customers)
    candidates = sorted(cust for cust in orders_of if not customers[cust].company)
    rng.shuffle(candidates)
    for cust in candidates:
        if have >= target:
            break
        c = customers[cust]
        out[cust] = replace(c, company=_company_name(rng, c.name), nip=_random_nip(rng))
        have += orders_of[cust]
    return out


# --- exchange rates (made up, offline) ----------------------------------------------------------------------

@lru_cache(maxsize=4)
def _business_days(year: int) -> list[date]:
    day, out = date(year, 1, 1), []
    while day.year == year:
        if is_working_day(day):
            out.append(day)
        day += timedelta(days=1)
    return out


@dataclass(frozen=True)
class _Rate:
    mid: Decimal
    day: date
    table: str


def _eur_rate(sale: date) -> _Rate:
    """The EUR 'NBP table' of the last business day before the sale: a made-up mid rate around 4.25 and the
    table's number as NBP counts them (its business day of the year)."""
    days = _business_days(sale.year)
    before = [d for d in days if d < sale]
    if not before:
        days = _business_days(sale.year - 1)
        before = days
    day = before[-1]
    n = days.index(day) + 1
    mid = (Decimal("4.2500") + Decimal(str(round(0.04 * math.sin(day.toordinal() / 23), 4)))).quantize(
        Decimal("0.0001"))
    return _Rate(mid, day, f"{n:03d}/A/NBP/{day.year}")


# --- reading the written orders back ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Line:
    """What order_drafts reads of an order line (id: its position, which orders the lines as well)."""

    id: int
    position: int
    name: str
    sku: str
    quantity: int
    unit_price: Decimal
    vat_rate: str


@dataclass(slots=True)
class _Order:
    """What order_drafts and the invoice read of an order (the same names as app.models.Order's), and its buyer's
    address as issuing takes it (the billing address, else the shipping one)."""

    id: int
    number: str
    status: str
    created_at: datetime
    customer_name: str
    currency: str
    payment_method: str
    payment_status: str
    shipping_cost: Decimal
    discount: Decimal
    buyer_nip: str | None
    address: tuple  # name, company, street, postal code, city, country
    lines: list[_Line] = field(default_factory=list)
    moments: dict[str, datetime] = field(default_factory=dict)


def _pick(conn: Connection, rng: random.Random) -> set[int]:
    """The orders that get an invoice: every company's, cash-on-delivery and foreign one packed or later, a share
    of the others, and at least one returned order (so the demo has a correction)."""
    rows = conn.execute(select(Order.id, Order.status, Order.payment_method, Order.buyer_nip, Order.currency)
                        .where(Order.status.in_(INVOICED)).order_by(Order.id)).all()
    picked = {oid for oid, _status, pay, nip, currency in rows
              if nip or pay == "cod" or currency != "PLN" or rng.random() < CONSUMER_SHARE}
    returned = [oid for oid, status, *_ in rows if status == lc.RETURNED]
    if returned and not picked.intersection(returned):
        picked.add(returned[0])
    return picked


def _read(conn: Connection, picked: set[int]) -> list[_Order]:
    """The picked orders with their lines, buyer's address and moments, in the order they were packed. A few
    scans of whole tables (filtered here), not thousands of ids bound into IN lists."""
    orders: dict[int, _Order] = {}
    address_id = func.coalesce(Order.billing_address_id, Order.shipping_address_id)
    for row in conn.execute(select(Order.id, Order.number, Order.status, Order.created_at, Order.customer_name,
                                   Order.currency, Order.payment_method, Order.payment_status, Order.shipping_cost,
                                   Order.discount, Order.buyer_nip, Address.name, Address.company, Address.street,
                                   Address.postal_code, Address.city, Address.country)
                            .outerjoin(Address, Address.id == address_id).where(Order.status.in_(INVOICED))):
        if row[0] in picked:
            orders[row[0]] = _Order(*row[:11], address=tuple(row[11:]))
    for line in conn.execute(select(OrderLine.order_id, OrderLine.position, OrderLine.position, OrderLine.name,
                                    OrderLine.sku, OrderLine.quantity, OrderLine.unit_price, OrderLine.vat_rate)
                             .join(Order, Order.id == OrderLine.order_id).where(Order.status.in_(INVOICED))):
        order = orders.get(line[0])
        if order is not None:
            order.lines.append(_Line(*line[1:]))
    # The moments as text, turned into datetimes only for the picked orders (most events are other orders').
    for oid, to_status, at in conn.execute(
            select(OrderEvent.order_id, OrderEvent.to_status, cast(OrderEvent.at, String))
            .where(OrderEvent.to_status.in_(INVOICED) | (OrderEvent.why == REFUNDED)).order_by(OrderEvent.id)):
        order = orders.get(oid)
        if order is not None:
            order.moments[to_status or "refunded"] = datetime.fromisoformat(at).replace(tzinfo=UTC)  # the latest
    return sorted(orders.values(), key=lambda o: (_packed(o), o.id))


def _packed(order: _Order) -> datetime:
    return order.moments.get(lc.PACKED) or order.moments.get(lc.SHIPPED) or order.created_at


# --- orders from abroad -------------------------------------------------------------------------------------

def _foreign_orders(conn: Connection, rng: random.Random, now: datetime) -> None:
    """Two delivered, prepaid courier orders of consumers become orders from abroad in EUR (see the module's
    note): their lines at the EUR price list, a flat EUR shipping fee, the buyer's address abroad."""
    rows = conn.execute(select(Order.id, Order.shipping_address_id, Order.billing_address_id)
                        .where(Order.status == lc.DELIVERED, Order.payment_method == "prepaid",
                               Order.buyer_nip.is_(None), Order.discount == 0,
                               Order.shipping_method.like("DHL Kurier%") | Order.shipping_method.like("DPD Kurier%"),
                               Order.created_at < now - timedelta(days=10))
                        .order_by(Order.id)).all()
    for (oid, ship_id, bill_id), (street, postal, city, country) in zip(
            rng.sample(rows, min(FOREIGN_COUNT, len(rows))), FOREIGN_BUYERS, strict=False):
        goods = Decimal(0)
        for line_id, quantity, price in conn.execute(select(OrderLine.id, OrderLine.quantity, OrderLine.unit_price)
                                                     .where(OrderLine.order_id == oid)).all():
            eur = cents(price / EUR_PRICE_LIST)
            goods += quantity * eur
            conn.execute(OrderLine.__table__.update().where(OrderLine.id == line_id).values(unit_price=eur))
        conn.execute(Order.__table__.update().where(Order.id == oid).values(
            currency="EUR", shipping_cost=EUR_SHIPPING, total=goods + EUR_SHIPPING))
        conn.execute(Address.__table__.update().where(Address.id.in_({ship_id, bill_id})).values(
            street=street, postal_code=postal, city=city, country=country))


# --- the invoices -------------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Doc:
    """One document to write; its id and number are given when it is written, in the order of issue."""

    at: datetime  # when it was issued (UTC)
    kind: str
    order: _Order
    row: dict
    lines: list[tuple[LineText, LineOut, bool]]
    amounts: Amounts
    corrects: _Doc | None = None
    id: int = 0


def _local_day(at: datetime, tz: ZoneInfo) -> date:
    return at.astimezone(tz).date()


def _buyer(order: _Order) -> dict[str, str | None]:
    """As issuing takes the buyer: a company's name when the order has a NIP, else the person's."""
    name, company, street, postal, city, country = order.address
    company, person = (company or "").strip(), (name or "").strip()
    nip = order.buyer_nip or None
    return {"buyer_name": (company if nip and company else person) or order.customer_name or company,
            "buyer_nip": nip, "buyer_street": street or "", "buyer_postal_code": postal or "",
            "buyer_city": city or "", "buyer_country": country or "PL"}


@lru_cache(maxsize=4096)
def _valued_line(quantity: int, unit_price: Decimal, rate: str, method: str) -> LineOut:
    """One line valued by the method, as compute values each line on its own (the same mug at the same price is
    valued once for the whole demo)."""
    return compute([LineIn(Decimal(quantity), unit_price, rate)], method).lines[0]


def _valued(order: _Order, method: str, rate: Decimal | None) -> tuple[list, Amounts]:
    """The order's invoice lines (order_drafts: the discount spread, shipping at its rate) and amounts: each line
    valued as compute values it, then summarised per rate (compute is exactly these two steps)."""
    drafts = order_drafts(order)  # reads only what _Order has, by the same names
    lines = [_valued_line(d.quantity, d.unit_gross if method == GROSS else net_price(d.unit_gross, d.rate), d.rate,
                          method) for d in drafts]
    return drafts, summarise(lines, method, rate)


def _invoice(order: _Order, settings: SellerSettings, tz: ZoneInfo) -> _Doc:
    packed = _packed(order)
    issued = _local_day(packed, tz)
    sold = _local_day(order.moments.get(lc.SHIPPED, packed), tz)
    rate = _eur_rate(sold) if order.currency != "PLN" else None
    nip = order.buyer_nip or None
    method = settings.b2b_method if nip else GROSS
    drafts, amounts = _valued(order, method, rate.mid if rate else None)
    # Paid when issued unless cash on delivery (orders are packed once paid); the courier's money on delivery.
    paid_at_issue = order.payment_method != "cod" and order.payment_status in PAID_STATUSES
    paid_date = None
    if paid_at_issue:
        paid_date = min(issued, _local_day(order.created_at, tz)) if order.payment_method == "prepaid" else issued
    elif lc.DELIVERED in order.moments:
        paid_date = _local_day(order.moments[lc.DELIVERED], tz)
    row = {"kind": VAT, "issue_date": issued, "sale_date": sold, "place": settings.place_of_issue or settings.city,
           "currency": order.currency, "exchange_rate": rate.mid if rate else None,
           "exchange_rate_date": rate.day if rate else None, "exchange_table": rate.table if rate else "",
           **_buyer(order), "method": method, "payment_form": PAYMENT_FORM_OF.get(order.payment_method, "transfer"),
           "due_date": None if paid_at_issue else issued + timedelta(days=settings.payment_days),
           "paid": paid_date is not None, "paid_date": paid_date, "who": PACKER}
    lines = [(LineText(position, d.name, d.sku, d.unit), line, False)
             for position, (d, line) in enumerate(zip(drafts, amounts.lines, strict=True), start=1)]
    return _Doc(packed, VAT, order, row, lines, amounts)


def _correction(invoice: _Doc, tz: ZoneInfo) -> _Doc:
    """Every line back, as correct_from_return makes it: the lines before and after (quantity 0), its sums the
    whole states' differences."""
    order, row = invoice.order, invoice.row
    method, rate = row["method"], row["exchange_rate"]
    start = [CorrectionLine(t.position, t.name, line.quantity,
                            (line.unit_gross if method == GROSS else line.unit_net) or Decimal(0), line.rate, t.sku,
                            t.unit) for t, line, _ in invoice.lines]
    after = [replace(line, quantity=Decimal(0)) for line in start]
    before_amounts, after_amounts = value_lines(start, method, rate), value_lines(after, method, rate)
    texts = [t for t, _, _ in invoice.lines]
    lines = [(t, v, True) for t, v in zip(texts, before_amounts.lines, strict=True)]
    lines += [(t, v, False) for t, v in zip(texts, after_amounts.lines, strict=True)]
    at = order.moments[lc.RETURNED]
    refunded = order.moments.get("refunded")
    corr = {**row, "kind": KOR, "correction_reason": RETURN_REASON, "correction_kind": 2,
            "issue_date": _local_day(at, tz), "due_date": None, "paid": refunded is not None,
            "paid_date": _local_day(refunded, tz) if refunded else None, "who": OFFICE}
    return _Doc(at, KOR, order, corr, lines, difference(before_amounts, after_amounts), corrects=invoice)


_INVOICE_COLUMNS = (
    "id", "number", "series_id", "kind", "order_id", "corrected_invoice_id", "correction_reason", "correction_kind",
    "issue_date", "sale_date", "place", "currency", "exchange_rate", "exchange_rate_date", "exchange_table",
    "seller_name", "seller_nip", "seller_street", "seller_postal_code", "seller_city", "seller_country",
    "seller_bank_account", "seller_bank_name", "buyer_name", "buyer_nip", "buyer_street", "buyer_postal_code",
    "buyer_city", "buyer_country", "method", "net", "vat", "gross", "vat_pln", "payment_form", "due_date", "paid",
    "paid_date", "who", "search_text", "created_at", "sealed")
_LINE_COLUMNS = ("invoice_id", "position", "name", "sku", "unit", "quantity", "unit_net", "unit_gross", "rate",
                 "net", "vat", "gross", "before")
_RATE_COLUMNS = ("invoice_id", "rate", "net", "vat", "gross", "vat_pln")
CHUNK = 2000  # documents written at a time (memory stays flat however big the demo)


class _Writer:
    """Numbers documents in the order they are given, writes them unsealed with their lines and rates in chunks,
    then seals them all and leaves each series' counter at its last number, as the real numbering would."""

    def __init__(self, conn: Connection, series: dict[str, InvoiceSeries], seller: dict[str, str]) -> None:
        self.conn, self.series = conn, series
        self.seller = tuple(seller[column] for column in _INVOICE_COLUMNS if column.startswith("seller_"))
        self.sqlite = conn.dialect.name == "sqlite"
        self.first = self.next_id = conn.execute(select(func.coalesce(func.max(Invoice.id), 0))).scalar_one() + 1
        self.counters: dict[tuple[int, str], int] = {}
        self.invoices: list[tuple] = []
        self.lines: list[tuple] = []
        self.rates: list[tuple] = []
        self.inserts = (BulkInsert(conn, "invoice", _INVOICE_COLUMNS), BulkInsert(conn, "invoice_line", _LINE_COLUMNS),
                        BulkInsert(conn, "invoice_rate", _RATE_COLUMNS))

    def _money(self, value: Decimal | None) -> float | Decimal | None:
        return float(value) if self.sqlite and value is not None else value

    def add(self, d: _Doc) -> None:
        m, r, a = self._money, d.row, d.amounts
        d.id, self.next_id = self.next_id, self.next_id + 1
        s = self.series[d.kind]
        key = (s.id, numbering.period_key(s.reset, r["issue_date"]))
        self.counters[key] = self.counters.get(key, 0) + 1
        number = r["number"] = numbering.format_number(s.pattern, r["issue_date"], self.counters[key])
        corrected = d.corrects
        if corrected is None:
            text = search_text(number, r["buyer_name"], r["buyer_nip"], d.order.number)
        else:
            text = search_text(number, corrected.row["number"], r["buyer_name"], r["buyer_nip"], d.order.number)
        self.invoices.append((
            d.id, number, s.id, d.kind, d.order.id, corrected.id if corrected else None,
            r.get("correction_reason", ""), r.get("correction_kind"), _day(r["issue_date"]), _day(r["sale_date"]),
            r["place"], r["currency"], m(r["exchange_rate"]), _day(r["exchange_rate_date"]), r["exchange_table"],
            *self.seller, r["buyer_name"], r["buyer_nip"], r["buyer_street"], r["buyer_postal_code"],
            r["buyer_city"], r["buyer_country"], r["method"], m(a.net), m(a.vat), m(a.gross), m(a.vat_pln),
            r["payment_form"], _day(r["due_date"]), r["paid"], _day(r["paid_date"]), r["who"], text,
            sqlite_utc(_us(d.at)), False))
        for t, line, before in d.lines:
            self.lines.append((d.id, t.position, t.name[:255], t.sku[:64], t.unit, m(line.quantity), m(line.unit_net),
                               m(line.unit_gross), line.rate, m(line.net), m(line.vat), m(line.gross), before))
        for rs in a.rates:
            self.rates.append((d.id, rs.rate, m(rs.net), m(rs.vat), m(rs.gross), m(rs.vat_pln)))
        if len(self.invoices) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        for insert, rows in zip(self.inserts, (self.invoices, self.lines, self.rates), strict=True):
            insert(rows)
            rows.clear()

    def finish(self) -> None:
        self.flush()
        if self.next_id > self.first:
            self.conn.execute(Invoice.__table__.update().where(Invoice.id >= self.first).values(sealed=True))
        BulkInsert(self.conn, "invoice_counter", ("series_id", "period", "last"))(
            [(series_id, period, last) for (series_id, period), last in sorted(self.counters.items())])


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _us(at: datetime) -> int:
    """A moment as epoch microseconds (what sqlite_utc writes)."""
    return int(at.timestamp()) * 1_000_000 + at.microsecond


@dataclass(frozen=True)
class InvoicingSummary:
    invoices: int  # VAT invoices
    corrections: int
    b2b: int  # invoices with the buyer's NIP
    foreign: int  # invoices in another currency


def write_invoicing(session: Session, rng: random.Random, now: datetime, tz: ZoneInfo) -> InvoicingSummary:
    """The seller, the EUR orders and the invoices, in the demo's transaction (see the module's note). Invoices are
    numbered in the order they were packed, corrections in the order the goods came back."""
    if not read_settings(session).name:
        write_settings(session, DEMO_SELLER)
    settings = read_settings(session)
    series = {kind: numbering.default_series(session, kind) for kind in (VAT, KOR)}
    conn = session.connection()
    _foreign_orders(conn, rng, now)
    writer = _Writer(conn, series, seller_snapshot(settings))
    returned: list[_Doc] = []
    b2b = foreign = 0
    orders = _read(conn, _pick(conn, rng))
    count = len(orders)
    orders.reverse()
    while orders:
        order = orders.pop()  # in the order they were packed; let go once written
        invoice = _invoice(order, settings, tz)
        writer.add(invoice)
        b2b += bool(order.buyer_nip)
        foreign += order.currency != "PLN"
        if order.status == lc.RETURNED and lc.RETURNED in order.moments:
            returned.append(invoice)
    corrections = sorted((_correction(invoice, tz) for invoice in returned), key=lambda d: (d.at, d.order.id))
    for correction in corrections:
        writer.add(correction)
    writer.finish()
    _valued_line.cache_clear()
    return InvoicingSummary(count, len(corrections), b2b, foreign)
