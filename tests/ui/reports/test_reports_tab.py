"""The Reports tab on a real shop file: a chosen period shows every chart with its series and points, the
comparison adds the previous period's series, and a bar of orders by source opens that list."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import QDate

from app.models import Order, OrderLine
from app.ui.reports.tab import ReportsTab, preset_period


def _shop(db) -> None:
    with db.session() as s, s.begin():
        for number, day, total, source in (("1", 3, "12.30", "manual"), ("2", 3, "24.60", "shopify"),
                                           ("3", 10, "10.80", "manual"), ("4", 25, "5.00", "manual")):
            o = Order(number=number, created_at=datetime(2026, 3 if day < 20 else 2, day, 9, tzinfo=UTC),
                      status="new", source=source, total=Decimal(total), customer_name="Jan")
            o.lines.append(OrderLine(position=0, sku="A", name="Kubek", quantity=1, unit_price=Decimal(total),
                                     vat_rate="23"))
            s.add(o)


def _custom(tab: ReportsTab, start: date, end: date, step: int) -> None:
    tab.preset.setCurrentIndex(tab.preset.findData("custom"))
    tab.step.setCurrentIndex(step)
    tab.date_from.setDate(QDate(start))
    tab.date_to.setDate(QDate(end))


def test_presets():
    today = date(2026, 3, 18)
    assert preset_period("last_month", today, "day") == preset_period("custom", today, "day", date(2026, 2, 1),
                                                                      date(2026, 2, 28))
    assert preset_period("last_30", today, "week").start == date(2026, 2, 17)
    assert preset_period("this_year", today, "month").start == date(2026, 1, 1)


def test_tab_shows_the_periods_charts(qtbot, ctx, db):
    _shop(db)
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    _custom(tab, date(2026, 3, 2), date(2026, 3, 15), 1)  # two weeks
    assert len(tab.cards) == 14
    orders = tab.card("orders").view.chart()
    (bars,) = orders.series()
    assert isinstance(bars, QBarSeries)
    assert [[s.at(i) for i in range(s.count())] for s in bars.barSets()] == [[2.0, 1.0], [0.0, 1.0]]  # 25 February: the week from 23 February
    revenue = tab.card("revenue").view.chart().series()
    assert all(isinstance(s, QLineSeries) for s in revenue) and len(revenue) == 3
    assert [(p.x(), p.y()) for p in revenue[0].points()] == [(0.0, 36.9), (1.0, 10.8)]
    tab.compare.setChecked(False)
    assert [len(c.view.chart().series()[0].barSets()) for c in tab.cards if c.spec.key == "orders"] == [1]
    sources = tab.card("by_source").view.chart().series()[0]
    with qtbot.waitSignal(tab.open_list) as opened:
        sources.clicked.emit(0, sources.barSets()[0])
    assert opened.args[0].param("source") == "manual"


def test_tab_in_polish_fits_1366(qtbot, ctx, db, polish):
    _shop(db)
    tab = ReportsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    _custom(tab, date(2026, 3, 1), date(2026, 3, 31), 1)
    assert tab.minimumSizeHint().width() <= 1366
    assert "Zamówienia" in tab.chart_titles()
    assert tab.card("orders").isVisible() and tab.card("orders").view.chart().title() == "Zamówienia"
    qtbot.wait(50)
    assert tab.card("orders").width() < 700  # two cards a row
    assert tab.card("orders").png_button.text() == "PNG…"
    import os

    qtbot.wait(50)
    if os.environ.get("ZAPLECZE_SHOTS"):
        tab.grab().save(os.path.join(os.environ["ZAPLECZE_SHOTS"], "reports_tab.png"))


def test_the_period_step_and_comparison_are_remembered(qtbot, ctx, db):
    """Picked once, the same period, step and comparison are there the next time the tab opens."""
    _shop(db)
    first = ReportsTab(ctx)
    qtbot.addWidget(first)
    _custom(first, date(2026, 3, 2), date(2026, 3, 15), 0)  # From – to, by day
    first.compare.setChecked(False)
    again = ReportsTab(ctx)
    qtbot.addWidget(again)
    assert again.preset.currentData() == "custom" and again.step.currentData() == "day"
    assert not again.compare.isChecked()
    assert (again.period.start, again.period.end) == (date(2026, 3, 2), date(2026, 3, 15))
    assert again.date_from.isEnabled()
    assert [len(c.view.chart().series()[0].barSets()) for c in again.cards if c.spec.key == "orders"] == [1]
    again.preset.setCurrentIndex(again.preset.findData("last_30"))
    third = ReportsTab(ctx)
    qtbot.addWidget(third)
    assert third.preset.currentData() == "last_30" and not third.date_from.isEnabled()
    assert third.period.end == date.today()
