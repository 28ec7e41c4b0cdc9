"""A chart's exports: the PNG is a picture of the asked size that is not blank, the XLSX reads back as the table."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import load_workbook
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtGui import QImage

from app.services.reports.charts import ChartSpec, SeriesSpec
from app.ui.reports.chart_view import make_chart
from app.ui.reports.export import export_png, export_xlsx

SPEC = ChartSpec("orders", "Orders", "bar", ("03-02", "03-09"),
                 (SeriesSpec("This period", (4.0, 1.0), "orders"), SeriesSpec("Previous period", (2.0, None),
                                                                              "orders")),
                 ("From", "Orders", "Gross"), (("2026-03-02", 4, Decimal("100.50")), ("Total", 5, Decimal("120.00"))))


def test_make_chart_draws_one_bar_set_per_series():
    chart = make_chart(SPEC)
    (bars,) = chart.series()
    assert isinstance(bars, QBarSeries)
    assert [(s.label(), [s.at(i) for i in range(s.count())]) for s in bars.barSets()] == [
        ("This period", [4.0, 1.0]), ("Previous period", [2.0, 0.0])]
    line = make_chart(ChartSpec("r", "Revenue", "line", ("a", "b"), (SeriesSpec("Gross", (1.0, 2.0), "PLN"),), (),
                                ()))
    assert isinstance(line.series()[0], QLineSeries) and line.series()[0].count() == 2


def test_png_export_is_a_picture_of_the_size(tmp_path, qapp):
    from PySide6.QtCore import QSize

    out = export_png(SPEC, tmp_path / "orders.png", QSize(640, 400))
    image = QImage(str(out))
    assert not image.isNull() and (image.width(), image.height()) == (640, 400)
    colours = {image.pixel(x, y) for x in range(0, 640, 8) for y in range(0, 400, 8)}
    assert len(colours) > 3  # bars, axes and text drawn, not a blank page


def test_xlsx_export_reads_back(tmp_path):
    out = export_xlsx(SPEC, tmp_path / "orders.xlsx")
    sheet = load_workbook(out).active
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["From", "Orders", "Gross"], ["2026-03-02", 4, 100.5], ["Total", 5, 120]]
    assert sheet["C2"].number_format == "#,##0.00"


def test_horizontal_bars_put_the_first_category_on_top():
    chart = make_chart(ChartSpec("top", "Top products", "hbar", ("A", "B", "C"),
                                 (SeriesSpec("Units", (9.0, 5.0, 1.0), "units"),), (), ()))
    axis = next(a for a in chart.axes() if a.type() == a.AxisType.AxisTypeBarCategory)
    assert axis.categories() == ["C", "B", "A"]  # drawn bottom to top
    bar_set = chart.series()[0].barSets()[0]
    assert [bar_set.at(i) for i in range(3)] == [1.0, 5.0, 9.0]
