"""The demo shop's products each have a Polish category (issue 18's top categories), so the Reports tab's top
categories chart has something to show on a fresh demo, and nothing falls under "without a category"."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select

from app.models import Product
from app.services.demo.shop import fill_demo
from app.services.reports.figures import Period, top_categories

NOW = datetime(2026, 3, 16, 10, 0, tzinfo=UTC)


def test_every_demo_product_has_its_category_and_the_report_shows_them(db):
    fill_demo(db, orders=200, seed=7, now=NOW)
    with db.session() as s, s.begin():
        per = dict(s.execute(select(Product.category, func.count()).group_by(Product.category)).all())
        by_sku = dict(s.execute(select(Product.sku, Product.category)).all())
    assert "" not in per
    assert by_sku["KUB-ZAK-BIA"] == "Kubki" and by_sku["KAWA-BR-250"] == "Kawa"
    assert by_sku["DRIP-BIA"] == "Akcesoria do kawy" and by_sku["PIER-CZE"] == "Słodycze"
    assert {"Kubki", "Talerze i miski", "Kawa", "Herbata", "Akcesoria do kawy", "Tekstylia", "Słodycze",
            "Dekoracje"} <= set(per)
    with db.session() as s:
        top = top_categories(s, Period(date(2025, 12, 1), date(2026, 3, 16)))
    assert len(top) == 10 and all(t.category and t.quantity > 0 for t in top)
    assert [t.quantity for t in top] == sorted((t.quantity for t in top), reverse=True)
