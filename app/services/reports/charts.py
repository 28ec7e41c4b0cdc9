"""The Reports tab's charts as data (issue 18): ONE definition of each chart, drawn by the tab and by the monthly PDF
through the same renderer (app.ui.reports.chart_view.make_chart), so no chart is drawn twice by hand.

A `ChartSpec` holds what a chart shows (its categories and series of numbers, each with a unit), the table of the
same data (for XLSX and the PDF's tables) and, per category, the list a point opens (a `ListFilter`) where there is
one. Specs are built here from the figures of app.services.reports.figures for a period and, when asked, for the
period before it (the comparison: a second series). Texts are English `msg()` templates; the UI and the PDF show
them translated (domain_text). No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.core.messages import msg
from app.models.base import utcnow
from app.services.reports import figures as f
from app.services.reports.figures import Period
from app.services.reports.links import ListFilter
from app.services.reports.settings import read_report_settings

Kind = Literal["line", "bar", "hbar", "pie"]
Cell = str | int | Decimal | None


@dataclass(frozen=True)
class SeriesSpec:
    name: str  # "This period", "Previous period", "Gross", ... (an English msg template)
    values: tuple[float | None, ...]  # one per category; None: no value (nothing to divide by)
    unit: str  # ORDERS, PLN, UNITS, HOURS, DAYS or "%" (English msg templates)


@dataclass(frozen=True)
class ChartSpec:
    key: str
    title: str
    kind: Kind
    categories: tuple[str, ...]
    series: tuple[SeriesSpec, ...]
    header: tuple[str, ...]  # the table of the data: its column names ...
    rows: tuple[tuple[Cell, ...], ...]  # ... and rows (Decimal money and shares, ints for counts)
    links: tuple[ListFilter | None, ...] = ()  # per category, the list a point opens; empty: none

    def link(self, index: int) -> ListFilter | None:
        """The list the category at `index` opens, or None."""
        return self.links[index] if 0 <= index < len(self.links) else None


THIS = msg("This period")
PREVIOUS = msg("Previous period")
ORDERS, PLN, UNITS, HOURS, DAYS = msg("orders"), msg("PLN"), msg("units"), msg("hours"), msg("days")


def _num(value: Decimal | int | None) -> float | None:
    return None if value is None else float(value)


def _aligned(current: tuple, previous: tuple | None) -> tuple:
    """The previous period's values by position (bucket 1 with bucket 1 ...), None where it has fewer buckets."""
    if previous is None:
        return ()
    return tuple(previous[i] if i < len(previous) else None for i in range(len(current)))


def _label(period: Period, first: date) -> str:
    if period.step == "month":
        return first.strftime("%Y-%m")
    return first.strftime("%m-%d")


def _aov(bucket: f.Bucket) -> Decimal | None:
    return (bucket.gross / bucket.orders).quantize(Decimal("0.01"), ROUND_HALF_UP) if bucket.orders else None


def revenue_charts(now: f.Revenue, before: f.Revenue | None) -> list[ChartSpec]:
    """Orders, revenue (gross and net) and average order value per bucket; compared bucket by bucket."""
    cats = tuple(_label(now.period, b.start) for b in now.buckets)
    prev = before.buckets if before else None
    link = now.link
    orders_series = [SeriesSpec(THIS, tuple(float(b.orders) for b in now.buckets), ORDERS)]
    gross_series = [SeriesSpec(msg("Gross"), tuple(float(b.gross) for b in now.buckets), PLN),
                    SeriesSpec(msg("Net"), tuple(float(b.net) for b in now.buckets), PLN)]
    aov_series = [SeriesSpec(THIS, tuple(_num(_aov(b)) for b in now.buckets), PLN)]
    if prev is not None:
        p = _aligned(now.buckets, prev)
        orders_series.append(SeriesSpec(PREVIOUS, tuple(None if b is None else float(b.orders) for b in p),
                                        ORDERS))
        gross_series.append(SeriesSpec(msg("Gross, previous period"),
                                       tuple(None if b is None else float(b.gross) for b in p), PLN))
        aov_series.append(SeriesSpec(PREVIOUS, tuple(None if b is None else _num(_aov(b)) for b in p), PLN))
    header = (msg("From"), msg("Orders"), msg("Gross"), msg("Net"), msg("Average order value"))
    rows = tuple((b.start.isoformat(), b.orders, b.gross, b.net, _aov(b)) for b in now.buckets)
    rows += ((msg("Total"), now.orders, now.gross, now.net, now.average_order_value),)
    if before is not None:
        rows += ((msg("Previous period"), before.orders, before.gross, before.net, before.average_order_value),)
    links = tuple(link for _ in cats)
    return [
        ChartSpec("orders", msg("Orders"), "bar", cats, tuple(orders_series), header, rows, links),
        ChartSpec("revenue", msg("Revenue (gross and net)"), "line", cats, tuple(gross_series), header, rows, links),
        ChartSpec("average_order_value", msg("Average order value"), "bar", cats, tuple(aov_series), header, rows,
                  links),
    ]


def top_products_chart(top: list[f.TopProduct]) -> ChartSpec:
    """The products sold most (units), most first."""
    cats = tuple(t.sku or t.name for t in top)
    header = (msg("SKU"), msg("Name"), msg("Units"), msg("Gross"))
    rows = tuple((t.sku, t.name, t.quantity, t.gross) for t in top)
    return ChartSpec("top_products", msg("Top products"), "hbar", cats,
                     (SeriesSpec(msg("Units"), tuple(float(t.quantity) for t in top), UNITS),), header, rows)


WITHOUT_CATEGORY = msg("Without a category")


def top_categories_chart(top: list[f.TopCategory]) -> ChartSpec:
    """The product categories sold most (units), most first; products without one (and lines typed by hand) are
    one bar, "Without a category"."""
    cats = tuple(t.category or WITHOUT_CATEGORY for t in top)
    rows = tuple((name, t.quantity, t.gross) for name, t in zip(cats, top, strict=True))
    return ChartSpec("top_categories", msg("Top categories"), "hbar", cats,
                     (SeriesSpec(msg("Units"), tuple(float(t.quantity) for t in top), UNITS),),
                     (msg("Category"), msg("Units"), msg("Gross")), rows)


def _compare(key: str, title: str, unit: str, names: tuple[str, ...], now: tuple, before: tuple | None,
             header_extra: tuple[tuple[str, Cell, Cell], ...] = ()) -> ChartSpec:
    """A few figures of the period side by side with the previous period's (a bar per figure and period)."""
    series = [SeriesSpec(THIS, tuple(_num(v) for v in now), unit)]
    if before is not None:
        series.append(SeriesSpec(PREVIOUS, tuple(_num(v) for v in before), unit))
    header = (msg("Figure"), THIS) + ((PREVIOUS,) if before is not None else ())
    rows = tuple((name, v) + ((before[i],) if before is not None else ()) for i, (name, v) in enumerate(
        zip(names, now, strict=True)))
    rows += tuple((name, v) + ((b,) if before is not None else ()) for name, v, b in header_extra)
    return ChartSpec(key, title, "bar", names, tuple(series), header, rows)


def shipping_charts(now: f.Shipping, before: f.Shipping | None) -> list[ChartSpec]:
    """Hours from order to shipment (median, 90th percentile) and the share shipped on time."""
    hours = _compare("time_to_ship", msg("Time from order to shipment (hours)"), HOURS,
                     (msg("Median"), msg("90th percentile")), (now.median_hours, now.p90_hours),
                     (before.median_hours, before.p90_hours) if before else None,
                     ((msg("Shipped"), now.shipped, before.shipped if before else None),))
    share = _compare("shipped_on_time", msg("Shipped on time (%)"), "%", (msg("On time"),),
                     (now.on_time_share,), (before.on_time_share,) if before else None,
                     ((msg("Counted"), now.counted_on_time, before.counted_on_time if before else None),
                      (msg("Late"), now.late, before.late if before else None)))
    return [hours, share]


def returns_chart(rates: list[f.ProductRates], n: int = 10) -> ChartSpec:
    """Return and complaint rates (% of units sold) of the products with most of them."""
    shown = rates[:n]
    cats = tuple(r.sku or r.name for r in shown)
    header = (msg("SKU"), msg("Name"), msg("Sold"), msg("Returned"), msg("Complained about"), msg("Returns (%)"),
              msg("Complaints (%)"))
    rows = tuple((r.sku, r.name, r.sold, r.returned, r.complained, r.return_rate, r.complaint_rate) for r in rates)
    return ChartSpec("returns", msg("Returns and complaints per product (%)"), "hbar", cats,
                     (SeriesSpec(msg("Returns (%)"), tuple(_num(r.return_rate) for r in shown), "%"),
                      SeriesSpec(msg("Complaints (%)"), tuple(_num(r.complaint_rate) for r in shown), "%")),
                     header, rows)


def complaint_charts(now: f.ComplaintHandling, before: f.ComplaintHandling | None) -> list[ChartSpec]:
    """Days to a decision (average, median) and the share answered within the 14 days."""
    days = _compare("complaint_days", msg("Complaint handling (days to decision)"), DAYS,
                    (msg("Average"), msg("Median")), (now.average_days, now.median_days),
                    (before.average_days, before.median_days) if before else None,
                    ((msg("Decided"), now.decided, before.decided if before else None),))
    share = _compare("complaints_on_time", msg("Complaints answered within 14 days (%)"), "%",
                     (msg("On time"),), (now.answered_on_time_share,),
                     (before.answered_on_time_share,) if before else None,
                     ((msg("Counted"), now.answered_counted, before.answered_counted if before else None),))
    return [days, share]


def stock_charts(stock: f.StockValue) -> list[ChartSpec]:
    """The stock's value at purchase price and its days of cover, as of the day after the period (no history of
    stock is kept, so there is no previous period to compare with)."""
    value = _compare("stock_value", msg("Stock value (PLN, net purchase)"), PLN, (msg("Stock value"),),
                     (stock.value,), None, ((msg("Units on hand"), stock.units, None),
                                            (msg("Units without a purchase price"), stock.unvalued_units, None)))
    cover = _compare("days_of_cover", msg("Days of cover"), DAYS, (msg("Days of cover"),), (stock.days_of_cover,),
                     None, ((msg("Available"), stock.available, None), (msg("Sold in 30 days"), stock.sold_30, None),
                            (msg("Sold in 90 days"), stock.sold_90, None)))
    return [value, cover]


def breakdown_chart(key: str, title: str, now: list[f.Breakdown], before: list[f.Breakdown] | None) -> ChartSpec:
    """Orders per source or carrier; the previous period's orders of the same key beside them."""
    cats = tuple(b.key for b in now)
    prev = {b.key: b for b in before} if before is not None else None
    series = [SeriesSpec(THIS, tuple(float(b.orders) for b in now), ORDERS)]
    header = [msg("Key"), msg("Orders"), msg("Gross")]
    if prev is not None:
        series.append(SeriesSpec(PREVIOUS, tuple(float(prev[k].orders) if k in prev else 0.0 for k in cats),
                                 ORDERS))
        header.append(msg("Orders, previous period"))
    rows = tuple((b.key, b.orders, b.gross) + ((prev[b.key].orders if b.key in prev else 0,) if prev is not None
                                                else ()) for b in now)
    return ChartSpec(key, title, "bar", cats, tuple(series), tuple(header), rows, tuple(b.link for b in now))


def build_charts(session: Session, period: Period, *, compare: bool = True, today: date | None = None,
                 promise_working_days: int | None = None, tz: str = SHOP_TZ_DEFAULT) -> list[ChartSpec]:
    """Every chart of the Reports tab for `period` (and its previous period when `compare`), in the tab's order.
    Each figure opens its own transaction; the caller runs this off the UI thread."""
    today = today or utcnow().date()
    if promise_working_days is None:  # the shop's promise (Settings, Today page): what "on time" is measured by
        promise_working_days = read_report_settings(session).promise_working_days
    before = period.previous() if compare else None
    now_moment = utcnow()
    out: list[ChartSpec] = []
    out += revenue_charts(f.orders_and_revenue(session, period, tz),
                          f.orders_and_revenue(session, before, tz) if before else None)
    out.append(top_products_chart(f.top_products(session, period, tz=tz)))
    out.append(top_categories_chart(f.top_categories(session, period, tz=tz)))
    out += shipping_charts(
        f.time_to_ship(session, period, promise_working_days=promise_working_days, now=now_moment, tz=tz),
        f.time_to_ship(session, before, promise_working_days=promise_working_days, now=now_moment, tz=tz)
        if before else None)
    out.append(returns_chart(f.returns_and_complaints_rate_per_product(session, period, tz)))
    out += complaint_charts(f.complaint_handling(session, period, today=today, tz=tz),
                            f.complaint_handling(session, before, today=today, tz=tz) if before else None)
    out += stock_charts(f.stock_value_and_cover(session, min(today, period.end + timedelta(days=1))))
    out.append(breakdown_chart("by_source", msg("Orders by source"), f.by_source(session, period, tz),
                               f.by_source(session, before, tz) if before else None))
    out.append(breakdown_chart("by_carrier", msg("Orders by carrier"), f.by_carrier(session, period, tz),
                               f.by_carrier(session, before, tz) if before else None))
    return out
