"""The ONE renderer of a report chart (issue 18): `make_chart(spec)` turns a ChartSpec (app.services.reports.charts)
into a QChart, for the Reports tab's cards and for the monthly PDF's images alike; `chart_image` draws one offscreen
at a fixed size (the PNG export and the PDF), without a window."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from app.services.reports.charts import ChartSpec
from app.ui.kit.domain_text import domain_text

PALETTE = ("#2f6db5", "#e08a2e", "#4a9d5b", "#b5483f")


def _max(spec: ChartSpec) -> float:
    values = [v for s in spec.series for v in s.values if v is not None]
    return max(values, default=0.0)


def make_chart(spec: ChartSpec) -> QChart:
    """A QChart of the spec: bars (vertical or horizontal) or lines over the categories, a value axis in the first
    series' unit, a legend when there is more than one series; texts translated (domain_text)."""
    chart = QChart()
    chart.setTitle(domain_text(spec.title))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setVisible(len(spec.series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    categories = [domain_text(c) for c in spec.categories]
    if spec.kind == "pie":
        pie = QPieSeries()
        for name, value in zip(categories, spec.series[0].values if spec.series else (), strict=False):
            pie.append(name, value or 0.0)
        chart.addSeries(pie)
        return chart
    unit = spec.series[0].unit if spec.series else ""
    values_axis = QValueAxis()
    values_axis.setRange(0.0, max(1.0, _max(spec) * 1.1))
    values_axis.applyNiceNumbers()  # ticks at 0, 1, 2 ... not 0.6, 1.1
    values_axis.setLabelFormat("%.0f" if _max(spec) >= 5 else "%.1f")
    values_axis.setTitleText(domain_text(unit))
    horizontal = spec.kind == "hbar"
    order = list(range(len(categories)))
    if horizontal:  # Qt draws the first category at the bottom: the first (the most) goes on top
        order.reverse()
    cat_axis = QBarCategoryAxis()
    cat_axis.append([categories[i] for i in order] or [""])
    cat_axis.setTruncateLabels(False)  # SKUs whole: Qt gave the left axis too little room and showed "..."
    chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    if spec.kind == "line":
        for i, s in enumerate(spec.series):
            line = QLineSeries()
            line.setName(domain_text(s.name))
            line.setColor(QColor(PALETTE[i % len(PALETTE)]))
            line.setPointsVisible(True)
            for x, v in enumerate(s.values):
                if v is not None:
                    line.append(QPointF(x, v))
            chart.addSeries(line)
            line.attachAxis(values_axis)
            line.attachAxis(cat_axis)  # x: index of the category
        return chart
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    for i, s in enumerate(spec.series):
        bar_set = QBarSet(domain_text(s.name))
        bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
        bar_set.append([0.0 if s.values[i] is None else s.values[i] for i in order])
        bars.append(bar_set)
    chart.addSeries(bars)
    bars.attachAxis(cat_axis)
    bars.attachAxis(values_axis)
    return chart


def chart_image(spec: ChartSpec, size: QSize | None = None) -> QImage:
    """The chart drawn offscreen on white at exactly `size` pixels (an export or a PDF page's picture)."""
    size = size or QSize(800, 500)
    chart = make_chart(spec)
    chart.setGeometry(QRectF(0, 0, size.width(), size.height()))
    scene = QGraphicsScene()
    scene.addItem(chart)
    scene.setSceneRect(0, 0, size.width(), size.height())
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), QRectF(0, 0, size.width(), size.height()))
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image
