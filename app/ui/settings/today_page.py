"""The settings page of the Today view (issue 18): when an unpaid order waits too long, the working days promised to
ship in, whether every order wants an invoice, and each active carrier's cut-off time (a QTimeEdit each).

It reads its settings itself (reports.settings.read_report_settings, off the UI thread) and is saved with the
settings window's Save (values() inside the same worker call)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QTimeEdit, QVBoxLayout, QWidget

from app.ui.kit.errors import show_error
from app.ui.shipping.names import carrier_label

if TYPE_CHECKING:
    from app.services.reports.settings import ReportSettingsData
    from app.ui.kit.context import AppContext


class TodayPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.failed = False
        self.data: ReportSettingsData | None = None
        self.unpaid_days = QSpinBox(self)
        self.unpaid_days.setRange(1, 60)
        self.unpaid_days.setMaximumWidth(90)
        self.promise_days = QSpinBox(self)
        self.promise_days.setRange(0, 30)
        self.promise_days.setMaximumWidth(90)
        self.invoice_all = QCheckBox(self.tr("An invoice for every order (not only for a company with a NIP)"), self)
        form = QFormLayout()
        form.addRow(self.tr("An unpaid order waits too long after (days):"), self.unpaid_days)
        form.addRow(self.tr("Orders are shipped within (working days):"), self.promise_days)
        form.addRow(self.invoice_all)
        self.cutoff_box = QGroupBox(self.tr("The couriers' pickup (orders ready later go out the next working day)"),
                                    self)
        self.cutoff_form = QFormLayout(self.cutoff_box)
        self.cutoffs: dict[str, QTimeEdit] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.cutoff_box)
        layout.addWidget(QLabel(self.tr("The Today tab counts with these."), self))
        layout.addStretch(1)
        self.setEnabled(False)
        from app.services.reports.settings import read_report_settings

        ctx.read(read_report_settings, on_done=self.show_settings, on_error=self._not_loaded)

    def _not_loaded(self, exc: BaseException) -> None:
        self.failed = True
        show_error(self, exc)

    def show_settings(self, data: ReportSettingsData) -> None:
        self.data = data
        self.unpaid_days.setValue(data.unpaid_days)
        self.promise_days.setValue(data.promise_working_days)
        self.invoice_all.setChecked(data.invoice_all)
        for c in data.cutoffs:
            edit = QTimeEdit(QTime.fromString(c.cutoff, "HH:mm"), self.cutoff_box)
            edit.setDisplayFormat("HH:mm")
            edit.setMaximumWidth(90)
            edit.setObjectName(f"cutoff_{c.carrier}")
            self.cutoffs[c.carrier] = edit
            self.cutoff_form.addRow(carrier_label(c.carrier) + ":", edit)
        if not data.cutoffs:
            self.cutoff_form.addRow(QLabel(self.tr("No carrier is switched on."), self.cutoff_box))
        self.loaded = True
        self.setEnabled(True)

    def values(self) -> ReportSettingsData:
        from app.services.reports.settings import CarrierCutoff, ReportSettingsData

        return ReportSettingsData(self.unpaid_days.value(), self.promise_days.value(), self.invoice_all.isChecked(),
                                  tuple(CarrierCutoff(code, edit.time().toString("HH:mm"))
                                        for code, edit in self.cutoffs.items()))

    def changed(self) -> bool:
        return self.loaded and self.values() != self.data
