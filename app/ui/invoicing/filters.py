"""The Invoices tab's narrowing controls: a period (all dates, this month, last month, this year, a range of
days), the series, the kind (invoices or corrections), paid or not, sent to KSeF or not, or in one KSeF state
(queued, awaiting KSeF's answer, rejected).

Choosing a period fills the date range with its days; changing a date by hand makes the period "Custom range",
so what the boxes show is always what the list holds. Dates are issue dates, calendar days of the shop's zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.ui.orders.filters import DateRange

ALL, THIS_MONTH, LAST_MONTH, THIS_YEAR, CUSTOM = "all", "this_month", "last_month", "this_year", "custom"
PERIODS = (ALL, THIS_MONTH, LAST_MONTH, THIS_YEAR, CUSTOM)


def period_days(period: str, today: date) -> tuple[date | None, date | None]:
    """The first and last issue day of a period (None: no limit); CUSTOM has none of its own."""
    if period == THIS_MONTH:
        start = today.replace(day=1)
        return start, (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    if period == LAST_MONTH:
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if period == THIS_YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    return None, None


class InvoiceFilters(QWidget):
    """`changed` when any of them changes (the tab waits a moment for typed dates)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self._filling = False  # a period writes its days into the range: not a hand-made range
        self.period = QComboBox(self)
        for key, text in ((ALL, self.tr("All dates")), (THIS_MONTH, self.tr("This month")),
                          (LAST_MONTH, self.tr("Last month")), (THIS_YEAR, self.tr("This year")),
                          (CUSTOM, self.tr("Custom range"))):
            self.period.addItem(text, key)
        self.period.setToolTip(self.tr("Invoices issued in this period"))
        self.dates = DateRange(self)
        self.series = QComboBox(self)
        self.series.addItem(self.tr("All series"), None)
        self.kind = self._combo(((self.tr("Invoices and corrections"), None), (self.tr("Invoices (VAT)"), "VAT"),
                                 (self.tr("Corrections"), "KOR")))
        self.paid = self._combo(((self.tr("Paid and unpaid"), None), (self.tr("Paid"), True),
                                 (self.tr("Unpaid"), False)))
        self.ksef = self._combo(((self.tr("KSeF: all"), None), (self.tr("Sent to KSeF"), True),
                                 (self.tr("Not sent to KSeF"), False), (self.tr("KSeF: queued"), "queued"),
                                 (self.tr("KSeF: awaiting its answer"), "sent"),
                                 (self.tr("KSeF: rejected"), "rejected")))
        self.period.currentIndexChanged.connect(lambda _i: self._period_chosen())
        self.dates.changed.connect(self._dates_typed)
        for combo in (self.series, self.kind, self.paid, self.ksef):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _combo(self, items: Sequence[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def period_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Period:"), self))
        row.addWidget(self.period)
        row.addWidget(self.dates)
        return row

    def choice_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for combo in (self.series, self.kind, self.paid, self.ksef):
            row.addWidget(combo)
        return row

    # --- period and dates ----------------------------------------------------------------------------------
    def set_period(self, period: str) -> None:
        index = self.period.findData(period if period in PERIODS else ALL)
        self.period.setCurrentIndex(index)
        self._period_chosen()

    def current_period(self) -> str:
        return self.period.currentData() or ALL

    def _period_chosen(self) -> None:
        period = self.current_period()
        if period != CUSTOM:
            self._filling = True
            try:
                self.dates.set_dates(*period_days(period, self.today))
            finally:
                self._filling = False
        self.changed.emit()

    def _dates_typed(self) -> None:
        if self._filling:
            return
        start, end = self.dates.dates()
        if (start, end) != period_days(self.current_period(), self.today):
            self.period.blockSignals(True)
            self.period.setCurrentIndex(self.period.findData(CUSTOM if start or end else ALL))
            self.period.blockSignals(False)
        self.changed.emit()

    # --- series ----------------------------------------------------------------------------------------------
    def set_series(self, series: Sequence[tuple[str, str]]) -> None:
        """(code, pattern) of each series; the one chosen stays chosen when it is still there."""
        chosen = self.series.currentData()
        self.series.blockSignals(True)
        self.series.clear()
        self.series.addItem(self.tr("All series"), None)
        for code, pattern in series:
            self.series.addItem(code, code)
            self.series.setItemData(self.series.count() - 1, pattern, Qt.ItemDataRole.ToolTipRole)
        index = self.series.findData(chosen) if chosen else 0
        self.series.setCurrentIndex(max(index, 0))
        self.series.blockSignals(False)
        if chosen and index < 0:
            self.changed.emit()

    # --- the query -------------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The InvoiceQuery fields these controls set."""
        start, end = self.dates.dates()
        return {"date_from": start, "date_to": end, "series": self.series.currentData(),
                "kind": self.kind.currentData(), "paid": self.paid.currentData(), **self._ksef()}

    def _ksef(self) -> dict[str, Any]:
        """True/False: has a KSeF number or not; a state's name: invoices in that KSeF state."""
        value = self.ksef.currentData()
        return {"ksef_status": value} if isinstance(value, str) else {"ksef_sent": value}
