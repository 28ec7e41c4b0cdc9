"""The Reports tab (issue 18): the shop's figures as charts for a period, compared with the period before.

Pick a period (this month, last month, the last 30 or 90 days, this year, or from-to) and a step (day, week,
month); the figures are read off the UI thread (ctx.read) while a busy bar shows, then every chart
(app.services.reports.charts, drawn by chart_view.make_chart, the PDF's renderer too) gets a card with its
"PNG…" and "XLSX…" exports, two cards a row in a scroll area that fits 1366x768. A bar of a chart that counts a
list (orders per source or carrier, per bucket) opens that list: `open_list` carries its ListFilter."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarSeries, QChartView, QHorizontalBarSeries
from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.services.reports.charts import ChartSpec, build_charts
from app.services.reports.figures import Period
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import show_error
from app.ui.reports.chart_view import make_chart
from app.ui.reports.export import export_png, export_xlsx

if TYPE_CHECKING:
    from app.ui.kit.context import AppContext

PRESETS = ("this_month", "last_month", "last_30", "last_90", "this_year", "custom")


def preset_period(preset: str, today: date, step: str, start: date | None = None, end: date | None = None) -> Period:
    """The shop days a preset means on `today` (custom: start..end as given)."""
    if preset == "this_month":
        return Period(today.replace(day=1), today, step)
    if preset == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return Period(last.replace(day=1), last, step)
    if preset == "last_30":
        return Period(today - timedelta(days=29), today, step)
    if preset == "last_90":
        return Period(today - timedelta(days=89), today, step)
    if preset == "this_year":
        return Period(today.replace(month=1, day=1), today, step)
    assert start is not None and end is not None
    return Period(min(start, end), max(start, end), step)


class ChartCard(QFrame):
    """One chart: its title (in the chart), the chart and its two exports."""

    def __init__(self, spec: ChartSpec, tab: ReportsTab) -> None:
        super().__init__(tab)
        self.spec, self.tab = spec, tab
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"chart_{spec.key}")
        self.view = QChartView(make_chart(spec), self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(320, 300)
        self.view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # half a row at 1366
        self.png_button = QPushButton(self.tr("PNG…"), self)
        self.xlsx_button = QPushButton(self.tr("XLSX…"), self)
        self.png_button.clicked.connect(self.save_png)
        self.xlsx_button.clicked.connect(self.save_xlsx)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        for series in self.view.chart().series():
            if isinstance(series, QBarSeries | QHorizontalBarSeries) and spec.links:
                series.clicked.connect(lambda index, _set: self._open(index))

    def _open(self, index: int) -> None:
        if self.spec.kind == "hbar":  # drawn bottom to top (chart_view)
            index = len(self.spec.categories) - 1 - index
        link = self.spec.link(index)
        if link is not None:
            self.tab.open_list.emit(link)

    def _ask(self, suffix: str, kind: str) -> str:
        name = f"{self.spec.key}_{self.tab.period.start.isoformat()}_{self.tab.period.end.isoformat()}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the chart"), name, kind)
        return path

    def save_png(self) -> None:
        path = self._ask("png", self.tr("PNG pictures (*.png)"))
        if path:
            try:
                export_png(self.spec, path)
            except OSError as exc:
                show_error(self, exc)

    def save_xlsx(self) -> None:
        path = self._ask("xlsx", self.tr("Excel sheets (*.xlsx)"))
        if path:
            try:
                export_xlsx(self.spec, path)
            except OSError as exc:
                show_error(self, exc)


class ReportsTab(QWidget):
    open_list = Signal(object)  # a ListFilter: the list a bar counts
    loaded = Signal()  # the charts of the asked period are shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cards: list[ChartCard] = []
        self.specs: list[ChartSpec] = []
        self._asked = 0
        self.preset = QComboBox(self)
        for key, text in zip(PRESETS, (self.tr("This month"), self.tr("Last month"), self.tr("Last 30 days"),
                                       self.tr("Last 90 days"), self.tr("This year"), self.tr("From – to")),
                             strict=True):
            self.preset.addItem(text, key)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-29), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.step = QComboBox(self)
        for key, text in (("day", self.tr("Day")), ("week", self.tr("Week")), ("month", self.tr("Month"))):
            self.step.addItem(text, key)
        self.step.setCurrentIndex(1)
        self.compare = QCheckBox(self.tr("Compare with the previous period"), self)
        self.compare.setChecked(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.period_label = QLabel(self)
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Period:"), self), self.preset, self.date_from, QLabel("–", self),
                       self.date_to, QLabel(self.tr("Step:"), self), self.step, self.compare, self.refresh_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.busy)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.period_label)
        layout.addWidget(self.scroll, 1)
        self._restore()
        self.preset.currentIndexChanged.connect(self._preset_changed)
        for signal in (self.step.currentIndexChanged, self.compare.toggled, self.refresh_button.clicked,
                       self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(self.refresh)
        for signal in (self.preset.currentIndexChanged, self.step.currentIndexChanged, self.compare.toggled,
                       self.date_from.dateChanged, self.date_to.dateChanged):  # what the user picks, not each read
            signal.connect(self._remember)
        bus().changed.connect(self._on_changed)
        self._preset_changed()

    def _restore(self) -> None:
        """The period, step and comparison picked last time on this computer (a From – to period with its days)."""
        for combo, setting in ((self.preset, Settings.REPORTS_PERIOD), (self.step, Settings.REPORTS_STEP)):
            index = combo.findData(remembered.load(setting))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.compare.setChecked(remembered.load(Settings.REPORTS_COMPARE))
        days = remembered.load(Settings.REPORTS_RANGE).split()
        if self.preset.currentData() == "custom" and len(days) == 2:
            start, end = (QDate.fromString(day, "yyyy-MM-dd") for day in days)
            if start.isValid() and end.isValid():
                self.date_from.setDate(start)
                self.date_to.setDate(end)

    def _remember(self) -> None:
        remembered.save(Settings.REPORTS_PERIOD, self.preset.currentData())
        remembered.save(Settings.REPORTS_STEP, self.step.currentData())
        remembered.save(Settings.REPORTS_COMPARE, self.compare.isChecked())
        if self.preset.currentData() == "custom":
            remembered.save(Settings.REPORTS_RANGE, f"{self.date_from.date().toString('yyyy-MM-dd')} "
                                                    f"{self.date_to.date().toString('yyyy-MM-dd')}")

    @property
    def period(self) -> Period:
        today = QDate.currentDate().toPython()
        return preset_period(self.preset.currentData(), today, self.step.currentData(),
                             self.date_from.date().toPython(), self.date_to.date().toPython())

    def _preset_changed(self) -> None:
        custom = self.preset.currentData() == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        self.refresh()

    def _on_changed(self, changes: object) -> None:
        if self.isVisible() and any(getattr(changes, name, None) for name in ("orders", "products", "complaints",
                                                                              "bulk")):
            self.refresh()

    def refresh(self) -> None:
        """Read the figures of the chosen period off the UI thread; a newer request wins over an older one."""
        if self.preset.currentData() != "custom":
            period = self.period
            for edit, day in ((self.date_from, period.start), (self.date_to, period.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day))
                edit.blockSignals(False)
        period, compare = self.period, self.compare.isChecked()
        self._asked += 1
        asked = self._asked
        self.busy.show()
        tz = self.ctx.tz.key

        def done(specs: list[ChartSpec]) -> None:
            if asked == self._asked:
                self.show_charts(period, specs)

        def failed(exc: BaseException) -> None:
            self.busy.hide()
            show_error(self, exc)

        self.ctx.read(lambda session: build_charts(session, period, compare=compare, tz=tz), on_done=done,
                      on_error=failed, parent=self)

    def show_charts(self, period: Period, specs: list[ChartSpec]) -> None:
        self.busy.hide()
        self.specs = specs
        previous = period.previous()
        text = self.tr("%1 – %2").replace("%1", period.start.isoformat()).replace("%2", period.end.isoformat())
        if self.compare.isChecked():
            text += "   " + self.tr("compared with %1 – %2").replace("%1", previous.start.isoformat()).replace(
                "%2", previous.end.isoformat())
        self.period_label.setText(text)
        for card in self.cards:
            self.grid.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = [ChartCard(spec, self) for spec in specs]
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // 2, i % 2)
            card.show()  # made after the tab was shown: hidden until told
        self.loaded.emit()

    def card(self, key: str) -> ChartCard:
        return next(c for c in self.cards if c.spec.key == key)

    def chart_titles(self) -> list[str]:
        return [domain_text(s.title) for s in self.specs]
