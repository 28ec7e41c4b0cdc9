"""The top categories chart on the Reports tab and in the monthly PDF (issue 18): the same ChartSpec drawn by the
one renderer; the PDF's table shows the categories' units and gross, the empty one as "Without a category"."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QHorizontalBarSeries

from app.models import Order, OrderLine, Product
from app.ui.reports.monthly import write_monthly_report
from app.ui.reports.tab import ReportsTab
from tests.support.pdftools import need
from tests.ui.reports.test_reports_tab import _custom


def _shop(db) -> None:
    """March 2026: mugs 3 units (2 x 25.00 + 1 x 25.00), coffee 1 (49.90), a hand-typed line 2 (2 x 5.00)."""
    with db.session() as s, s.begin():
        mug = Product(sku="KUB-1", name="Kubek", gross_price=Decimal("25.00"), category="Kubki")
        coffee = Product(sku="KAWA-1", name="Kawa", gross_price=Decimal("49.90"), category="Kawa")
        s.add_all([mug, coffee])
        s.flush()
        for number, day, lines in (("1", 3, [(mug, 2, "25.00"), (coffee, 1, "49.90")]),
                                   ("2", 10, [(mug, 1, "25.00"), (None, 2, "5.00")])):
            o = Order(number=number, created_at=datetime(2026, 3, day, 9, tzinfo=UTC), status="new", source="manual",
                      total=sum((Decimal(p) * q for _x, q, p in lines), Decimal(0)), customer_name="Jan")
            for i, (product, qty, price) in enumerate(lines):
                o.lines.append(OrderLine(position=i, product_id=product.id if product else None,
                                         sku=product.sku if product else "GRAWER", name="x", quantity=qty,
                                         unit_price=Decimal(price), vat_rate="23"))
            s.add(o)


def test_the_tab_draws_the_top_categories(qtbot, ctx, db):
    _shop(db)
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    _custom(tab, date(2026, 3, 1), date(2026, 3, 31), 1)
    chart = tab.card("top_categories").view.chart()
    assert chart.title() == "Top categories"
    (bars,) = chart.series()
    assert isinstance(bars, QHorizontalBarSeries)
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == ["Kawa", "Without a category", "Kubki"]  # drawn bottom up: Kubki (3) on top
    assert [bars.barSets()[0].at(i) for i in range(3)] == [1.0, 2.0, 3.0]


def test_the_monthly_pdf_has_the_categories_table(db, tmp_path, qapp):
    need("pdftotext")
    _shop(db)
    out = tmp_path / "report.pdf"
    with db.session() as s:
        write_monthly_report(s, 2026, 3, out, lang="en", today=date(2026, 4, 2))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Top categories" in text
    lines = [line.split() for line in text.splitlines()]
    assert ["Kubki", "3", "75.00"] in lines and ["Kawa", "1", "49.90"] in lines
    assert ["Without", "a", "category", "2", "10.00"] in lines
