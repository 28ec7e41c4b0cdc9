"""The Reports tab's figures (app.services.reports.figures) on a hand-made shop of March 2026 in Europe/Warsaw,
where every answer below was worked out by hand from the rows (not by the code under test).

The month holds the DST change (29 March): an order at 23:30 UTC on 28 February is a March order (00:30 on
1 March in Warsaw), one at 21:30 UTC on 31 March still is (23:30), and one at 22:30 UTC on 31 March is not
(00:30 on 1 April, summer time)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.models import Order, OrderEvent, OrderLine, Product
from app.models.complaint import LIABILITY, WITHDRAWAL, Complaint, ComplaintLine
from app.models.shipping import Shipment
from app.models.stock import StockSalesDay
from app.services.reports.figures import (
    Period,
    by_carrier,
    by_source,
    complaint_handling,
    orders_and_revenue,
    returns_and_complaints_rate_per_product,
    stock_value_and_cover,
    time_to_ship,
    top_products,
)
from app.services.reports.links import ListFilter
from tests.support.postgres import session_on_both_databases  # noqa: F401  (`session`: the file and PostgreSQL)

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31), "week")
NOW = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
D = Decimal


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def shop(session):
    """Products A (23 %), B (8 %), C (exempt), D; eight orders; shipments; three cases; daily sales."""
    with session.begin():
        a = Product(sku="A", name="Kubek", gross_price=D("12.30"), vat_rate="23", purchase_price=D("10.00"),
                    on_hand=5, reserved=1)
        b = Product(sku="B", name="Herbata", gross_price=D("10.80"), vat_rate="8", purchase_price=D("4.00"),
                    on_hand=10)
        c = Product(sku="C", name="Kartka", gross_price=D("5.00"), vat_rate="zw", on_hand=3)
        d = Product(sku="D", name="Czajnik", gross_price=D("99.00"), purchase_price=D("7.00"), on_hand=0)
        session.add_all([a, b, c, d])
        session.flush()

        def order(number, created, status, lines, *, shipping="0.00", source="manual", shipped=None, carrier=None):
            total = sum((D(price) * qty for _p, _s, qty, price, _v in lines), D("0.00")) + D(shipping)
            o = Order(number=number, created_at=created, status=status, source=source, shipping_cost=D(shipping),
                      total=total, customer_name="Jan")
            for i, (product, sku, qty, price, vat) in enumerate(lines):
                o.lines.append(OrderLine(position=i, product_id=product.id if product else None, sku=sku, name=sku,
                                         quantity=qty, unit_price=D(price), vat_rate=vat))
            if shipped:
                o.events.append(OrderEvent(at=shipped, kind="status", from_status="packed", to_status="shipped"))
            session.add(o)
            session.flush()
            if carrier:
                session.add(Shipment(order_id=o.id, carrier=carrier))
            return o

        order("1", utc(2026, 2, 28, 23, 30), "shipped", [(a, "A", 2, "12.30", "23")],
              shipped=utc(2026, 3, 2, 10, 30), carrier="inpost")
        order("2", utc(2026, 3, 31, 22, 30), "new", [(a, "A", 7, "12.30", "23")])  # 1 April in Warsaw
        order("3", utc(2026, 3, 10, 9), "delivered", [(b, "B", 1, "10.80", "8"), (a, "A", 1, "12.30", "23")],
              shipping="10.00", shipped=utc(2026, 3, 12, 9), carrier="dpd")
        order("4", utc(2026, 3, 10, 12), "cancelled", [(a, "A", 5, "12.30", "23")], carrier="dpd")
        order("5", utc(2026, 3, 20, 8), "packed", [(b, "B", 2, "10.80", "8")])
        order("6", utc(2026, 3, 30, 6), "shipped", [(c, "C", 1, "5.00", "zw")], source="shopify",
              shipped=utc(2026, 3, 30, 10), carrier="inpost")
        order("7", utc(2026, 3, 5, 8), "awaiting_payment", [(a, "A", 1, "12.30", "23")])
        order("8", utc(2026, 3, 31, 21, 30), "new", [(None, "GIFT", 1, "1.23", "23")])

        def case(number, kind, received, due, decided, answered, product, sku):
            k = Complaint(number=number, kind=kind, received_on=received, due_on=due, decided_at=decided,
                          answered_on=answered, status="decided", customer_name="Jan")
            k.lines.append(ComplaintLine(product_id=product.id, sku=sku, name=sku, quantity=1))
            session.add(k)

        # Decision days in Warsaw: 17 - 15 = 2; 20 - 12 = 8; 1 April - 2 March = 30.
        case("W1", WITHDRAWAL, date(2026, 3, 15), date(2026, 3, 29), utc(2026, 3, 16, 23, 30), date(2026, 3, 17),
             a, "A")
        case("C1", LIABILITY, date(2026, 3, 12), date(2026, 3, 26), utc(2026, 3, 20, 10), date(2026, 3, 20), b, "B")
        case("C2", LIABILITY, date(2026, 3, 2), date(2026, 3, 16), utc(2026, 3, 31, 22, 30), date(2026, 4, 1), b,
             "B")
        for product, day, qty in ((a, date(2026, 3, 20), 6), (b, date(2026, 3, 31), 3), (b, date(2026, 2, 1), 36),
                                  (b, date(2026, 4, 1), 100), (b, date(2025, 12, 1), 50)):
            session.add(StockSalesDay(product_id=product.id, day=day, quantity=qty))
    return {"A": a.id, "B": b.id, "C": c.id}


def test_period_buckets_and_the_period_to_compare_with():
    assert MARCH.previous() == Period(date(2026, 2, 1), date(2026, 2, 28), "week")
    assert Period(date(2026, 3, 10), date(2026, 3, 16)).previous() == Period(date(2026, 3, 3), date(2026, 3, 9))
    assert [first for first, _last in MARCH.buckets()] == [date(2026, 3, d) for d in (1, 2, 9, 16, 23, 30)]
    assert Period(date(2026, 1, 15), date(2026, 3, 2), "month").buckets() == [
        (date(2026, 1, 15), date(2026, 1, 31)), (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 2))]
    with pytest.raises(ValueError):
        Period(date(2026, 3, 2), date(2026, 3, 1))


def test_orders_and_revenue_per_week_in_shop_days(session, shop):
    r = orders_and_revenue(session, MARCH)
    # Orders 1, 3, 5, 6, 7, 8 (4 is cancelled, 2 is April's).
    assert (r.orders, r.gross, r.net, r.average_order_value) == (6, D("97.83"), D("84.13"), D("16.31"))
    assert [(b.start.day, b.orders, b.gross, b.net) for b in r.buckets] == [
        (1, 1, D("24.60"), D("20.00")), (2, 1, D("12.30"), D("10.00")),
        (9, 1, D("33.10"), D("28.13")),  # lines 10.00 + 10.00 net, shipping 10.00 at 23 %: 8.13
        (16, 1, D("21.60"), D("20.00")), (23, 0, D("0.00"), D("0.00")), (30, 2, D("6.23"), D("6.00"))]
    assert r.link == ListFilter("orders", "all", (("date_from", "2026-03-01"), ("date_to", "2026-03-31")))
    assert orders_and_revenue(session, MARCH.previous()).orders == 0


def test_top_products(session, shop):
    top = top_products(session, MARCH, n=3)
    assert [(t.sku, t.quantity, t.gross) for t in top] == [("A", 4, D("49.20")), ("B", 3, D("32.40")),
                                                           ("C", 1, D("5.00"))]
    assert top_products(session, MARCH)[-1].sku == "GIFT"


def test_time_to_ship_and_share_on_time(session, shop):
    s = time_to_ship(session, MARCH, now=NOW)
    # Shipped: 35 h (order 1), 48 h (3), 4 h (6). On time: 1 and 6; late: 3 (after Wednesday's end) and 5
    # (packed, promised by Monday 23 March); 7 waits for payment and 8 is not yet due: not counted.
    assert (s.shipped, s.median_hours, s.p90_hours) == (3, D("35.0"), D("48.0"))
    assert (s.counted_on_time, s.on_time, s.late, s.on_time_share) == (4, 2, 2, D("50.0"))
    # Two working days promised: order 3 (Tuesday -> Thursday) is on time too.
    assert time_to_ship(session, MARCH, promise_working_days=2, now=NOW).on_time == 3


def test_returns_and_complaints_per_product(session, shop):
    rows = returns_and_complaints_rate_per_product(session, MARCH)
    # Sold (orders gone out): A 2 + 1 = 3, B 1 (order 5 is only packed).
    assert [(r.sku, r.sold, r.returned, r.complained, r.return_rate, r.complaint_rate) for r in rows] == [
        ("B", 1, 0, 2, D("0.0"), D("200.0")), ("A", 3, 1, 0, D("33.3"), D("0.0"))]


def test_complaint_handling(session, shop):
    h = complaint_handling(session, MARCH, today=date(2026, 4, 1))
    assert (h.decided, h.average_days, h.median_days) == (3, D("13.3"), D("8.0"))
    # Due in March: W1 and C1 answered in time, C2 late.
    assert (h.answered_counted, h.answered_on_time, h.answered_on_time_share) == (3, 2, D("66.7"))


def test_stock_value_and_cover(session, shop):
    v = stock_value_and_cover(session, date(2026, 4, 1))
    # 5 x 10.00 + 10 x 4.00; C has no purchase price; 30 days: 6 + 3, 90 days: + 36 -> 0.5 a day; 17 / 0.5.
    assert (v.value, v.units, v.unvalued_units, v.available) == (D("90.00"), 18, 3, 17)
    assert (v.sold_30, v.sold_90, v.days_of_cover) == (9, 45, D("34.0"))


def test_by_source_and_by_carrier(session, shop):
    assert [(b.key, b.orders, b.gross) for b in by_source(session, MARCH)] == [
        ("manual", 5, D("92.83")), ("shopify", 1, D("5.00"))]
    carriers = by_carrier(session, MARCH)
    assert [(b.key, b.orders, b.gross) for b in carriers] == [("inpost", 2, D("29.60")), ("dpd", 1, D("33.10"))]
    assert carriers[0].link == ListFilter("orders", "shipped", (("date_from", "2026-03-01"), ("date_to", "2026-03-31"),
                                                                 ("carrier", "inpost")), missing="carrier")
