"""Top categories (issue 18's "top products and categories"): units and gross per product category on the period's
orders, worked out by hand from the rows below (Europe/Warsaw shop days), and the chart made of them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.models import Order, OrderLine, Product
from app.services.reports.charts import WITHOUT_CATEGORY, build_charts, top_categories_chart
from app.services.reports.figures import Period, TopCategory, top_categories

D = Decimal
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31), "week")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def session(db):
    s = db.session()
    yield s
    s.close()


@pytest.fixture
def shop(session):
    """Kubki: two mugs; Kawa: one coffee; a teapot and a hand-typed line without a category; five orders."""
    with session.begin():
        mug = Product(sku="KUB-1", name="Kubek biały", gross_price=D("25.00"), category="Kubki")
        mug2 = Product(sku="KUB-2", name="Kubek czarny", gross_price=D("30.00"), category="Kubki")
        coffee = Product(sku="KAWA-1", name="Kawa Brazylia", gross_price=D("49.90"), category="Kawa")
        pot = Product(sku="DZB-1", name="Dzbanek", gross_price=D("80.00"))
        session.add_all([mug, mug2, coffee, pot])
        session.flush()

        def order(number, created, status, lines):
            o = Order(number=number, created_at=created, status=status, source="manual", shipping_cost=D("0.00"),
                      total=sum((D(p) * q for _x, _s, q, p in lines), D("0.00")), customer_name="Jan")
            for i, (product, sku, qty, price) in enumerate(lines):
                o.lines.append(OrderLine(position=i, product_id=product.id if product else None, sku=sku, name=sku,
                                         quantity=qty, unit_price=D(price), vat_rate="23"))
            session.add(o)

        order("1", utc(2026, 3, 2, 10), "shipped", [(mug, "KUB-1", 2, "25.00"), (coffee, "KAWA-1", 1, "49.90")])
        order("2", utc(2026, 3, 15, 9), "new", [(mug2, "KUB-2", 1, "30.00"), (pot, "DZB-1", 1, "80.00"),
                                               (None, "GRAWER", 2, "5.00")])
        order("3", utc(2026, 3, 20, 9), "cancelled", [(coffee, "KAWA-1", 10, "49.90")])  # not counted
        order("4", utc(2026, 3, 31, 22, 30), "new", [(coffee, "KAWA-1", 7, "49.90")])  # 1 April in Warsaw
        order("5", utc(2026, 2, 28, 23, 30), "packed", [(coffee, "KAWA-1", 2, "45.00")])  # 1 March in Warsaw


def test_units_and_gross_per_category(session, shop):
    # Kubki: 2 + 1 = 3 units, 50.00 + 30.00; Kawa: 1 + 2 = 3 units, 49.90 + 90.00 (more gross: first);
    # no category: the teapot 1 and the hand-typed engraving 2 = 3 units, 80.00 + 10.00.
    assert top_categories(session, MARCH) == [TopCategory("Kawa", 3, D("139.90")),
                                               TopCategory("", 3, D("90.00")),
                                               TopCategory("Kubki", 3, D("80.00"))]
    assert top_categories(session, MARCH, n=1) == [TopCategory("Kawa", 3, D("139.90"))]
    april = Period(date(2026, 4, 1), date(2026, 4, 30))
    assert top_categories(session, april) == [TopCategory("Kawa", 7, D("349.30"))]
    assert top_categories(session, Period(date(2026, 1, 1), date(2026, 1, 31))) == []


def test_the_chart_names_the_empty_category_and_keeps_the_numbers(session, shop):
    spec = top_categories_chart(top_categories(session, MARCH))
    assert (spec.key, spec.kind) == ("top_categories", "hbar")
    assert spec.categories == ("Kawa", WITHOUT_CATEGORY, "Kubki")
    assert WITHOUT_CATEGORY == "Without a category"
    assert spec.series[0].values == (3.0, 3.0, 3.0)
    assert spec.rows == (("Kawa", 3, D("139.90")), (WITHOUT_CATEGORY, 3, D("90.00")), ("Kubki", 3, D("80.00")))
    keys = [s.key for s in build_charts(session, MARCH, today=date(2026, 4, 2))]
    assert keys.index("top_categories") == keys.index("top_products") + 1  # beside the top products
