"""Each chart definition (app.services.reports.charts) on figures written by hand: the categories, series and
table a person would read, with the numbers written out here."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from app.models import Order, OrderLine
from app.services.reports import figures as f
from app.services.reports.charts import (
    breakdown_chart,
    build_charts,
    complaint_charts,
    returns_chart,
    revenue_charts,
    shipping_charts,
    stock_charts,
    top_products_chart,
)
from app.services.reports.links import ListFilter

D = Decimal
WEEKS = f.Period(date(2026, 3, 2), date(2026, 3, 15), "week")
LINK = ListFilter("orders", "all", (("date_from", "2026-03-02"), ("date_to", "2026-03-15")))


def test_orders_revenue_and_average_order_value_per_bucket_against_the_previous_period():
    now = f.Revenue(WEEKS, (f.Bucket(date(2026, 3, 2), 4, D("100.00"), D("81.30")),
                            f.Bucket(date(2026, 3, 9), 0, D("0.00"), D("0.00"))),
                    4, D("100.00"), D("81.30"), D("25.00"), LINK)
    before = f.Revenue(WEEKS.previous(), (f.Bucket(date(2026, 2, 16), 2, D("30.00"), D("24.39")),
                                          f.Bucket(date(2026, 2, 23), 1, D("9.99"), D("8.12"))),
                       3, D("39.99"), D("32.51"), D("13.33"), LINK)
    orders, revenue, aov = revenue_charts(now, before)
    assert orders.categories == ("03-02", "03-09")
    assert [(s.name, s.values) for s in orders.series] == [("This period", (4.0, 0.0)),
                                                           ("Previous period", (2.0, 1.0))]
    assert revenue.kind == "line"
    assert [s.values for s in revenue.series] == [(100.0, 0.0), (81.3, 0.0), (30.0, 9.99)]
    assert aov.series[0].values == (25.0, None)  # no orders in the second week: nothing to divide
    assert aov.series[1].values == (15.0, 9.99)
    assert orders.rows[-2] == ("Total", 4, D("100.00"), D("81.30"), D("25.00"))
    assert orders.rows[-1] == ("Previous period", 3, D("39.99"), D("32.51"), D("13.33"))
    assert orders.link(1) == LINK and orders.link(2) is None


def test_without_comparison_one_series():
    now = f.Revenue(WEEKS, (f.Bucket(date(2026, 3, 2), 1, D("5.00"), D("4.07")),), 1, D("5.00"), D("4.07"),
                    D("5.00"), LINK)
    assert [len(c.series) for c in revenue_charts(now, None)] == [1, 2, 1]


def test_top_products_and_returns_per_product():
    top = top_products_chart([f.TopProduct(1, "A", "Kubek", 7, D("86.10")), f.TopProduct(None, "GIFT", "Bon", 2,
                                                                                          D("2.46"))])
    assert top.kind == "hbar" and top.categories == ("A", "GIFT") and top.series[0].values == (7.0, 2.0)
    assert top.rows[0] == ("A", "Kubek", 7, D("86.10"))
    rates = returns_chart([f.ProductRates(1, "A", "Kubek", 4, 1, 0), f.ProductRates(2, "B", "Herbata", 0, 0, 2)])
    assert rates.categories == ("A", "B")
    assert rates.series[0].values == (25.0, None) and rates.series[1].values == (0.0, None)
    assert rates.rows[0] == ("A", "Kubek", 4, 1, 0, D("25.0"), D("0.0"))


def test_shipping_complaints_and_stock():
    hours, share = shipping_charts(f.Shipping(3, D("26.0"), D("48.5"), 4, 3, 1),
                                   f.Shipping(1, D("10.0"), D("10.0"), 2, 1, 1))
    assert hours.categories == ("Median", "90th percentile")
    assert [s.values for s in hours.series] == [(26.0, 48.5), (10.0, 10.0)]
    assert share.series[0].values == (75.0,) and share.series[1].values == (50.0,)
    assert ("Late", 1, 1) in share.rows
    days, on_time = complaint_charts(f.ComplaintHandling(3, D("13.3"), D("8.0"), 2, 1), None)
    assert days.series[0].values == (13.3, 8.0) and len(days.series) == 1
    assert on_time.series[0].values == (50.0,)
    value, cover = stock_charts(f.StockValue(D("180.00"), 15, 3, 14, 9, 45, D("46.7")))
    assert value.series[0].values == (180.0,) and cover.series[0].values == (46.7,)
    assert ("Units without a purchase price", 3) in value.rows


def test_breakdown_keeps_each_keys_link_and_previous_orders():
    inpost = ListFilter("orders", "shipped", (("carrier", "inpost"),), "carrier")
    chart = breakdown_chart("by_carrier", "Orders by carrier",
                            [f.Breakdown("inpost", 5, D("50.00"), inpost), f.Breakdown("dpd", 1, D("9.00"), LINK)],
                            [f.Breakdown("dpd", 4, D("40.00"), LINK)])
    assert chart.categories == ("inpost", "dpd")
    assert [s.values for s in chart.series] == [(5.0, 1.0), (0.0, 4.0)]
    assert chart.link(0) == inpost
    assert chart.rows == (("inpost", 5, D("50.00"), 0), ("dpd", 1, D("9.00"), 4))


def test_build_charts_on_a_shop_file(session):
    with session.begin():
        for number, day, total in (("1", 3, "12.30"), ("2", 3, "24.60"), ("3", 10, "10.80")):
            o = Order(number=number, created_at=datetime(2026, 3, day, 9, tzinfo=UTC), status="new",
                      source="manual", total=D(total), customer_name="Jan")
            o.lines.append(OrderLine(position=0, sku="A", name="Kubek", quantity=1, unit_price=D(total),
                                     vat_rate="23"))
            session.add(o)
    charts = {c.key: c for c in build_charts(session, WEEKS, today=date(2026, 3, 20))}
    assert list(charts) == ["orders", "revenue", "average_order_value", "top_products", "top_categories",
                            "time_to_ship",
                            "shipped_on_time", "returns", "complaint_days", "complaints_on_time", "stock_value",
                            "days_of_cover", "by_source", "by_carrier"]
    assert charts["orders"].series[0].values == (2.0, 1.0)
    assert charts["revenue"].series[0].values == (36.9, 10.8)
    assert charts["by_source"].categories == ("manual",) and charts["by_source"].series[0].values == (3.0,)
