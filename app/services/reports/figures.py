"""The Reports tab's figures (issue 18) for a `Period` of shop days: orders and revenue, top products, time to ship
and the share shipped on time, returns and complaints per product, complaint handling, stock value and cover, and
breakdowns by source and by carrier. Each is aggregated in SQL over indexed columns; Python only sums a few dozen
groups. Results are frozen dataclasses with Decimal money.

Definitions (the tests hold each one to numbers worked out by hand):
- An order belongs to the shop day (Europe/Warsaw by default) it was created on; see _period.py for how local
  days become UTC ranges. Cancelled orders are left out of every order figure; every other status counts (a
  placed order is revenue the shop has booked; returns are their own figure).
- Gross is the order's `total` (lines + shipping - discount). Net is worked out from the order lines' VAT rates
  (each line at its own rate; exempt and 0 % lines are their gross); shipping and a discount are taken at the
  standard 23 %, a simplification (an invoice may tax shipping at the goods' rate) that lets net be summed in
  two passes instead of one per order. Invoices are not used: many orders have none, and the figure must cover
  them all.
- Time to ship: hours from the order's creation to its move to `shipped`, for the orders created in the period
  that are shipped. Median: the middle value (the mean of the two middle ones for an even count); 90th
  percentile: nearest rank (the value at rank ceil(0.9 n)). Both picked in SQL with ROW_NUMBER().
- Shipped on time: promised by the end (local midnight) of the `promise_working_days`-th working day after the
  day ordered (weekends and Polish public holidays are not working days). Counted: the shipped orders, and the
  orders waiting on the shop (ready, packing, packed) whose promise has already passed at `now` (late). Orders
  still awaiting payment or on hold are the buyer's wait, not the shop's, and are not counted.
- Returns and complaints per product: units in withdrawals and in complaints received in the period
  (app.services.complaints.figures, reused) against units of the product on orders of the period that went out.
- Complaint handling: the average days to decision and the share answered on time come from
  app.services.complaints.figures (decision_days, on_time: answered by the legal due day, 14 days moved off a
  day off); the median days to decision is added here, in SQL, from the same decided cases.
- Stock value at purchase price (net, the last receipt's) of the units on hand; days of cover from the Stock
  area's own rule (sales_per_day, days_of_cover: the faster of the last 30 and 90 days' issues).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import Integer, and_, case, cast, func, literal, literal_column, or_, select, union_all
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.models import Order, OrderLine, Product
from app.models.base import utcnow
from app.models.complaint import Complaint
from app.models.shipping import Shipment
from app.models.stock import StockSalesDay
from app.services.complaints import figures as complaint_figures
from app.services.complaints.deadlines import day_off
from app.services.orders.lifecycle import CANCELLED, PACKED, PACKING, READY
from app.services.reports._period import (
    Period,
    day_from_number,
    day_number,
    day_start,
    hours_between,
    local_day_number,
    money_number,
    utc_range,
)
from app.services.reports.links import ListFilter
from app.services.stock.listing import days_of_cover, sales_per_day

CENT = Decimal("0.01")
TENTH = Decimal("0.1")
_WAITING_ON_SHOP = (READY, PACKING, PACKED)


def _money(value) -> Decimal:
    return Decimal(str(value or 0)).quantize(CENT, ROUND_HALF_UP)


def _tenth(value) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(TENTH, ROUND_HALF_UP)


def _percent(part: int, whole: int) -> Decimal | None:
    return None if not whole else (Decimal(100 * part) / whole).quantize(TENTH, ROUND_HALF_UP)



@dataclass(frozen=True)
class Bucket:
    start: date  # first shop day of the bucket
    orders: int
    gross: Decimal
    net: Decimal


@dataclass(frozen=True)
class Revenue:
    period: Period
    buckets: tuple[Bucket, ...]
    orders: int
    gross: Decimal
    net: Decimal
    average_order_value: Decimal | None  # gross per order; None without orders
    link: ListFilter


def _vat_percent():
    return case((OrderLine.vat_rate == "8", 8), (OrderLine.vat_rate == "5", 5), else_=0)


def orders_and_revenue(session: Session, period: Period, tz: str = SHOP_TZ_DEFAULT) -> Revenue:
    """Orders, gross and net per bucket of the period (empty buckets as zeros), and the period's totals.

    Net is summed without a pass per order: every order's gross at 23 % (one pass over the orders), corrected
    by the lines at another rate, for each the difference between its net at its rate and at 23 % (one pass over
    those lines only). Both passes group by shop day (`local_day_number`), and the days are summed into buckets
    here (at most 366 small rows)."""
    day = local_day_number(session, Order.created_at, tz, (period.start, period.end)).label("d")
    line_gross = cast(OrderLine.unit_price * OrderLine.quantity, money_number())
    correction = (line_gross * literal_column("100.0") / (literal_column("100.0") + _vat_percent())
                  - line_gross * literal_column("100.0") / literal_column("123.0"))
    where = [Order.status != CANCELLED, *_in_period(period, tz)]
    orders = select(day, func.count(), func.sum(cast(Order.total, money_number()))).where(*where).group_by(day)
    lines = (select(day, func.sum(correction)).select_from(OrderLine).join(Order, Order.id == OrderLine.order_id)
             .where(OrderLine.vat_rate != "23", *where).group_by(day))
    sums: dict[date, list] = {first: [0, Decimal(0), Decimal(0)] for first, _last in period.buckets()}
    with session.begin():
        for number, n, gross in session.execute(orders):
            row = sums[period.bucket_of(day_from_number(session, number))]
            row[0] += int(n)
            row[1] += Decimal(str(gross or 0))
            row[2] += Decimal(str(gross or 0)) * 100 / 123
        for number, corr in session.execute(lines):
            sums[period.bucket_of(day_from_number(session, number))][2] += Decimal(str(corr or 0))
    buckets = tuple(Bucket(first, n, _money(gross), _money(net)) for first, (n, gross, net) in sums.items())
    orders_n = sum(b.orders for b in buckets)
    gross_sum = sum((b.gross for b in buckets), _money(0))
    return Revenue(period, buckets, orders_n, gross_sum, sum((b.net for b in buckets), _money(0)),
                   (gross_sum / orders_n).quantize(CENT, ROUND_HALF_UP) if orders_n else None,
                   _orders_link(period, "all"))


@dataclass(frozen=True)
class TopProduct:
    product_id: int | None  # None: a line typed by hand (grouped by its SKU)
    sku: str
    name: str
    quantity: int
    gross: Decimal


def _in_period(period: Period, tz: str) -> list:
    lo, hi = utc_range(period, tz)
    return [Order.created_at >= lo, Order.created_at < hi]


def top_products(session: Session, period: Period, n: int = 10, tz: str = SHOP_TZ_DEFAULT) -> list[TopProduct]:
    """The `n` products sold most (units) on the period's orders, with their gross; ties by gross, then SKU.

    Lines of a catalogue product are summed by product alone (a year of 200,000 orders: 240 ms, where grouping by
    product and SKU together took 320 ms), and named by the product's SKU and name; lines typed by hand (no product)
    by their SKU. Top categories: top_categories."""
    gross = func.sum(cast(OrderLine.unit_price * OrderLine.quantity, money_number()))
    qty = func.sum(OrderLine.quantity)
    where = (Order.status != CANCELLED, *_in_period(period, tz))
    by_product = (select(OrderLine.product_id, qty, gross).join(Order, Order.id == OrderLine.order_id)
                  .where(OrderLine.product_id.is_not(None), *where).group_by(OrderLine.product_id))
    typed = (select(OrderLine.sku, func.max(OrderLine.name), qty, gross).join(Order, Order.id == OrderLine.order_id)
             .where(OrderLine.product_id.is_(None), *where).group_by(OrderLine.sku))
    with session.begin():
        sums = session.execute(by_product).all()
        names = dict(((pid, (sku, name)) for pid, sku, name in session.execute(
            select(Product.id, Product.sku, Product.name).where(Product.id.in_([r[0] for r in sums]))))
                     if sums else ())
        rows = [(pid, *names.get(pid, ("", "")), int(q), _money(g)) for pid, q, g in sums]
        rows += [(None, sku or "", name or "", int(q), _money(g)) for sku, name, q, g in session.execute(typed)]
    rows.sort(key=lambda r: (-r[3], -r[4], r[1]))
    return [TopProduct(pid, sku, name, q, g) for pid, sku, name, q, g in rows[:n]]


@dataclass(frozen=True)
class Shipping:
    shipped: int  # orders of the period shipped
    median_hours: Decimal | None
    p90_hours: Decimal | None
    counted_on_time: int  # shipped ones and those late waiting on the shop
    on_time: int
    late: int

    @property
    def on_time_share(self) -> Decimal | None:
        return _percent(self.on_time, self.counted_on_time)


def _promise(day: date, working_days: int, tz: str) -> datetime:
    """The UTC moment the promise for an order of `day` ends: the local midnight after the promised working day."""
    left = working_days
    while left:
        day += timedelta(days=1)
        if day_off(day) is None:
            left -= 1
    return day_start(day + timedelta(days=1), tz)


def _median_p90_select(values):
    """Count, median and 90th percentile (nearest rank) of a subquery's column `h` as one row, picked in SQL with
    ROW_NUMBER()."""
    ranked = select(values, func.row_number().over(order_by=values.c.h).label("r"),
                    func.count().over().label("n")).subquery()
    mid = or_(ranked.c.r == (ranked.c.n + 1) // 2, ranked.c.r == (ranked.c.n + 2) // 2)
    p90 = ranked.c.r == (ranked.c.n * 9 + 9) // 10
    return select(func.max(ranked.c.n), func.avg(case((mid, ranked.c.h))), func.max(case((p90, ranked.c.h))))


def _ranked_tenths(histogram: list[tuple[int, int]]) -> tuple[int, Decimal | None, Decimal | None]:
    """(count, median, 90th percentile) of values given as (tenths, how many), sorted: the median the mean of the
    two middle values (one when the count is odd), the percentile by nearest rank, as _median_p90_select."""
    n = sum(k for _t, k in histogram)
    if not n:
        return 0, None, None
    wanted = {(n + 1) // 2, (n + 2) // 2, (n * 9 + 9) // 10}
    found: dict[int, int] = {}
    seen = 0
    for value, k in histogram:
        for rank in wanted:
            if seen < rank <= seen + k:
                found[rank] = value
        seen += k
    median = Decimal(found[(n + 1) // 2] + found[(n + 2) // 2]) / 20
    return n, _tenth(median), _tenth(Decimal(found[(n * 9 + 9) // 10]) / 10)


def _median_p90(session: Session, values) -> tuple:
    """_median_p90_select run: (count, median, 90th percentile), the two in tenths."""
    n, median, top = session.execute(_median_p90_select(values)).one()
    return int(n or 0), _tenth(median), _tenth(top)


def time_to_ship(session: Session, period: Period, *, promise_working_days: int = 1, now: datetime | None = None,
                 tz: str = SHOP_TZ_DEFAULT) -> Shipping:
    """How long the period's orders took to ship, and how many went out by the promise (module docstring).

    One statement: the shipped orders (their shipping moment kept on the order) are read once into a
    materialised set of (hours, shop day ordered, shop day shipped); from it the hours ranked for the median and
    the 90th percentile, and the count per (day ordered, day shipped), a few hundred groups held here against each
    day's promise; beside them the orders still waiting on the shop per shop day ordered (through the status +
    created index). (The ranking and the groups each joining the events to the orders took 1.6x as long.)"""
    now = now or utcnow()
    span = (period.start, max(period.end, now.date()) + timedelta(days=1))
    created_day = local_day_number(session, Order.created_at, tz, span).label("c")
    shipped_day = local_day_number(session, Order.shipped_at, tz, span).label("s")
    # Order.shipped_at is the first move to shipped (kept by the database from the history): the period's orders
    # are read from the (created_at, status, shipped_at) index alone, not each one's history.
    shipped = (select(hours_between(session, Order.shipped_at, Order.created_at).label("h"), created_day, shipped_day)
               .where(Order.shipped_at.is_not(None), Order.status != CANCELLED, *_in_period(period, tz))
               .cte("shipped_orders").prefix_with("MATERIALIZED"))
    # The hours as a histogram of tenths (a few hundred groups), ranked here: ranking 150,000 rows with
    # ROW_NUMBER() in SQL cost more than reading them. The median and the 90th percentile are given in tenths anyway.
    tenths = cast(func.round(shipped.c.h * 10), Integer).label("t")
    stats = select(literal(0).label("kind"), tenths, literal(None), func.count()).group_by(tenths)
    pairs = select(literal(1), shipped.c.c, shipped.c.s, func.count()).group_by(shipped.c.c, shipped.c.s)
    waiting = (select(literal(2), created_day, literal(None), func.count())
               .where(Order.status.in_(_WAITING_ON_SHOP), *_in_period(period, tz)).group_by(created_day))
    with session.begin():
        rows = session.execute(union_all(stats, pairs, waiting)).all()
    n, median, p90 = _ranked_tenths(sorted((int(t), int(k)) for kind, t, _s, k in rows if kind == 0))
    pair_rows = [(int(c), int(s), int(k)) for kind, c, s, k in rows if kind == 1]
    waiting_rows = [(int(c), int(k)) for kind, c, _s, k in rows if kind == 2]
    promised: dict[int, tuple[date, datetime]] = {}

    def promise(number: int) -> tuple[date, datetime]:
        if number not in promised:
            day = day_from_number(session, number)
            end = _promise(day, promise_working_days, tz)
            promised[number] = (end.astimezone(ZoneInfo(tz)).date() - timedelta(days=1), end)
        return promised[number]

    good = sum(int(k) for c, s, k in pair_rows if day_from_number(session, s) <= promise(c)[0])
    late_waiting = sum(int(k) for c, k in waiting_rows if promise(c)[1] <= now)
    return Shipping(n, median, p90, n + late_waiting, good, n - good + late_waiting)


@dataclass(frozen=True)
class ProductRates:
    """A product's units sold in the period, and units in withdrawals and in complaints received in it; rates in
    percent of the units sold (None when none sold in the period)."""

    product_id: int | None
    sku: str
    name: str
    sold: int
    returned: int
    complained: int

    @property
    def return_rate(self) -> Decimal | None:
        return _percent(self.returned, self.sold)

    @property
    def complaint_rate(self) -> Decimal | None:
        return _percent(self.complained, self.sold)


def returns_and_complaints_rate_per_product(session: Session, period: Period,
                                            tz: str = SHOP_TZ_DEFAULT) -> list[ProductRates]:
    """Products with returns or complaints in the period, highest return + complaint rate first."""
    with session.begin():
        returns = complaint_figures.returns_rate(session, period.start, period.end, tz)
        complaints = complaint_figures.by_product(session, period.start, period.end)
        rows: dict[object, list] = {}
        for r in returns:
            rows[r.product_id or ("sku", r.sku)] = [r.product_id, r.sku, r.name, r.sold, r.returned, 0]
        for c in complaints:
            key = c.product_id or ("sku", c.sku)
            rows.setdefault(key, [c.product_id, c.sku, c.name, None, 0, 0])[5] += c.units
        ids = [k for k, v in rows.items() if v[3] is None and not isinstance(k, tuple)]
        sold: dict[int, int] = {}
        if ids:  # sold units of the complained-about products with no return (returns_rate counted the others)
            stmt = (select(OrderLine.product_id, func.sum(OrderLine.quantity))
                    .join(Order, Order.id == OrderLine.order_id)
                    .where(OrderLine.product_id.in_(ids), Order.status.in_(complaint_figures.SOLD_STATUSES),
                           *_in_period(period, tz)).group_by(OrderLine.product_id))
            sold = {pid: int(q) for pid, q in session.execute(stmt)}
    out = [ProductRates(pid, sku, name, s if s is not None else sold.get(pid, 0), ret, comp)
           for key, (pid, sku, name, s, ret, comp) in rows.items()]
    return sorted(out, key=lambda r: (r.sold == 0, -(Decimal(r.returned + r.complained) / (r.sold or 1)), r.sku))


@dataclass(frozen=True)
class ComplaintHandling:
    decided: int  # cases received in the period and decided
    average_days: Decimal | None
    median_days: Decimal | None
    answered_counted: int  # cases due in the period, answered or past due
    answered_on_time: int

    @property
    def answered_on_time_share(self) -> Decimal | None:
        return _percent(self.answered_on_time, self.answered_counted)


def complaint_handling(session: Session, period: Period, *, today: date | None = None,
                       tz: str = SHOP_TZ_DEFAULT) -> ComplaintHandling:
    """Days to decision (average from complaints.figures, median here) and the share answered on time."""
    today = today or utcnow().date()
    with session.begin():
        decided, average = complaint_figures.decision_days(session, period.start, period.end, tz)
        on_time = complaint_figures.on_time(session, today, period.start, period.end)
        span = (period.start - timedelta(days=1), max(today, period.end) + timedelta(days=400))
        days = (local_day_number(session, Complaint.decided_at, tz, span)
                - day_number(session, Complaint.received_on)).label("h")
        values = (select(days).where(Complaint.decided_at.is_not(None), Complaint.received_on >= period.start,
                                     Complaint.received_on <= period.end).subquery())
        _n, median, _p90 = _median_p90(session, values)
    return ComplaintHandling(decided, average, median, on_time.counted, on_time.on_time)


@dataclass(frozen=True)
class StockValue:
    value: Decimal  # units on hand at purchase price (net)
    units: int  # on hand, every product with stock
    unvalued_units: int  # on hand of products with no purchase price (not in `value`)
    available: int
    sold_30: int  # units issued in the 30 days before today
    sold_90: int
    days_of_cover: Decimal | None  # available units over the Stock area's sales per day; None: nothing sold


def stock_value_and_cover(session: Session, today: date) -> StockValue:
    """What the stock on hand is worth and how long it lasts at the recent pace (whole UTC days before `today`
    from the ledger's daily sales table, as the Stock list reads them)."""
    positive = Product.on_hand > 0
    stmt = select(
        func.sum(case((and_(positive, Product.purchase_price.is_not(None)),
                       cast(Product.purchase_price * Product.on_hand, money_number())), else_=0)),
        func.sum(case((positive, Product.on_hand), else_=0)),
        func.sum(case((and_(positive, Product.purchase_price.is_(None)), Product.on_hand), else_=0)),
        func.sum(case((Product.on_hand - Product.reserved > 0, Product.on_hand - Product.reserved), else_=0)))
    sales = select(func.sum(case((StockSalesDay.day >= today - timedelta(days=30), StockSalesDay.quantity),
                                 else_=0)), func.sum(StockSalesDay.quantity)).where(
        StockSalesDay.day >= today - timedelta(days=90), StockSalesDay.day < today)
    with session.begin():
        value, units, unvalued, available = session.execute(stmt).one()
        sold30, sold90 = session.execute(sales).one()
    sold30, sold90 = int(sold30 or 0), int(sold90 or 0)
    cover = days_of_cover(int(available or 0), sales_per_day(sold30, sold90))
    return StockValue(_money(value), int(units or 0), int(unvalued or 0), int(available or 0), sold30, sold90,
                      None if cover is None else _tenth(cover))


@dataclass(frozen=True)
class Breakdown:
    key: str  # the source ("manual", "shopify", ...) or the carrier code
    orders: int
    gross: Decimal
    link: ListFilter


def by_source(session: Session, period: Period, tz: str = SHOP_TZ_DEFAULT) -> list[Breakdown]:
    """Orders and gross of the period per source, most orders first."""
    stmt = (select(Order.source, func.count(), func.sum(cast(Order.total, money_number())))
            .where(Order.status != CANCELLED, *_in_period(period, tz)).group_by(Order.source))
    with session.begin():
        rows = session.execute(stmt).all()
    return sorted((Breakdown(src, int(n), _money(g), _orders_link(period, "all", source=src)) for src, n, g in rows),
                  key=lambda b: (-b.orders, b.key))


def by_carrier(session: Session, period: Period, tz: str = SHOP_TZ_DEFAULT) -> list[Breakdown]:
    """Orders of the period that have a shipment, and their gross, per carrier, most orders first."""
    stmt = (select(Shipment.carrier, func.count(), func.sum(cast(Order.total, money_number())))
            .join(Order, Order.id == Shipment.order_id)
            .where(Order.status != CANCELLED, *_in_period(period, tz)).group_by(Shipment.carrier))
    with session.begin():
        rows = session.execute(stmt).all()
    return sorted((Breakdown(c, int(n), _money(g), _orders_link(period, "shipped", carrier=c)) for c, n, g in rows),
                  key=lambda b: (-b.orders, b.key))


def _orders_link(period: Period, view: str, *, source: str | None = None, carrier: str | None = None) -> ListFilter:
    """The Orders tab's list of the period's orders (shop days), narrowed to a source or a carrier: filters the
    Orders tab does not have yet, named in `missing`."""
    params = [("date_from", period.start.isoformat()), ("date_to", period.end.isoformat())]
    missing = ""
    if source is not None:
        params.append(("source", source))
        missing = "source"
    if carrier is not None:
        params.append(("carrier", carrier))
        missing = "carrier"
    return ListFilter("orders", view, tuple(params), missing)


@dataclass(frozen=True)
class TopCategory:
    category: str  # the products' category; "" for products without one and lines typed by hand (no product)
    quantity: int
    gross: Decimal


def top_categories(session: Session, period: Period, n: int = 10, tz: str = SHOP_TZ_DEFAULT) -> list[TopCategory]:
    """The `n` categories sold most (units) on the period's orders, with their gross; ties by gross, then name.
    In SQL, in two steps: the period's lines summed per product (one group for the lines typed by hand), then those
    few hundred sums joined to the products and summed per category (indexed). Joining every line to its product
    instead took 1.4x as long at 200,000 orders. A line typed by hand has no product and counts with the products
    without a category (""), which the chart names "Without a category"."""
    per_product = (select(OrderLine.product_id.label("pid"), func.sum(OrderLine.quantity).label("q"),
                          func.sum(cast(OrderLine.unit_price * OrderLine.quantity, money_number())).label("g"))
                   .join(Order, Order.id == OrderLine.order_id)
                   .where(Order.status != CANCELLED, *_in_period(period, tz))
                   .group_by(OrderLine.product_id).subquery())
    category = func.coalesce(Product.category, "")
    qty, gross = func.sum(per_product.c.q), func.sum(per_product.c.g)
    stmt = (select(category, qty, gross).select_from(per_product)
            .outerjoin(Product, Product.id == per_product.c.pid)
            .group_by(category).order_by(qty.desc(), gross.desc(), category).limit(n))
    with session.begin():
        return [TopCategory(c or "", int(q), _money(g)) for c, q, g in session.execute(stmt)]
