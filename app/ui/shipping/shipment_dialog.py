"""Make or change an order's shipment: carrier and service, locker code, cash on delivery, insurance, parcels
(weight, size, tracking number typed or scanned: Enter moves to the next parcel), and a carrier's own label PDF."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.changes import Changes
from app.core.money import CURRENCY_SYMBOLS
from app.services.shipping import shipments as shipping
from app.services.shipping.carriers import CARRIERS, locker_from_text
from app.services.shipping.data import ParcelInput, ShipmentDetail, ShipmentForm, ShipmentInput, ShippingSettingsData
from app.ui.kit.bus import bus
from app.ui.kit.context import AppContext
from app.ui.kit.errors import show_error
from app.ui.kit.windows import fit_window
from app.ui.shipping.names import carrier_label, service_label


class ParcelRow:
    def __init__(self, grid: QGridLayout, row: int, parent: QWidget) -> None:
        self.label = QLabel(parent)
        self.weight = QDoubleSpinBox(parent)
        self.weight.setRange(0.001, 1000)
        self.weight.setDecimals(3)  # grams; shown in the user's locale ("1,400 kg" in Polish)
        self.weight.setSuffix(" kg")
        self.weight.setLocale(QLocale())
        self.size = QComboBox(parent)
        self.tracking = QLineEdit(parent)
        self.tracking.setPlaceholderText(QCoreApplication.translate("ShipmentDialog", "type or scan"))
        for col, widget in enumerate((self.label, self.weight, self.size, self.tracking)):
            grid.addWidget(widget, row, col)

    def widgets(self) -> tuple[QWidget, ...]:
        return self.label, self.weight, self.size, self.tracking


class ShipmentDialog(QDialog):
    """ShipmentDialog(ctx, order_id): accept() saves (create or update) through the shipping services."""

    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.order_id = ctx, order_id
        self.form: ShipmentForm | None = None  # the order and its shipment, once read
        self.detail: ShipmentDetail | None = None
        self.defaults = ShippingSettingsData()  # the shop's parcel defaults, once read
        self.setWindowTitle(self.tr("Shipment"))
        self.carrier = QComboBox(self)
        self.service = QComboBox(self)
        self.locker = QLineEdit(self)
        self.locker.setPlaceholderText(self.tr("e.g. WAW123M"))
        self.cod_on = QCheckBox(self.tr("Cash on &delivery"), self)
        self.cod = QDoubleSpinBox(self)
        self.cod.setRange(0, 1_000_000)
        self.cod.setDecimals(2)
        self.insurance = QDoubleSpinBox(self)
        self.insurance.setRange(0, 1_000_000)
        self.insurance.setDecimals(2)
        self.method = QLabel("—", self)
        form = QFormLayout()
        form.addRow(self.tr("Shipping method on the order:"), self.method)
        form.addRow(self.tr("&Carrier:"), self.carrier)
        form.addRow(self.tr("&Service:"), self.service)
        form.addRow(self.tr("Pick-up &point:"), self.locker)
        cod_row = QHBoxLayout()
        cod_row.addWidget(self.cod_on)
        cod_row.addWidget(self.cod)
        form.addRow(cod_row)
        form.addRow(self.tr("&Insurance:"), self.insurance)
        box = QGroupBox(self.tr("Parcels"), self)
        inner = QWidget(box)
        self.grid = QGridLayout(inner)
        self.grid.setColumnStretch(3, 1)
        scroll = QScrollArea(box)  # many parcels scroll; the buttons below stay on screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        QVBoxLayout(box).addWidget(scroll)
        for col, text in enumerate((self.tr("Parcel"), self.tr("Weight"), self.tr("Size"), self.tr("Tracking number"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>", inner), 0, col)
        self.grid.setRowStretch(99, 1)  # the rows at the top, however few
        self.parcels: list[ParcelRow] = []
        add = QPushButton(self.tr("&Add parcel"), self)
        add.clicked.connect(lambda: self.add_parcel())
        remove = QPushButton(self.tr("&Remove last parcel"), self)
        remove.clicked.connect(self.remove_parcel)
        self.attach = QPushButton(self.tr("Attach carrier's &label PDF..."), self)
        self.attach.clicked.connect(self.choose_label_file)
        self.attach.setEnabled(False)
        self.editing = (add, remove)  # enabled with Save once the order is read
        for b in self.editing:
            b.setEnabled(False)
        self.message = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)  # until the order is read
        row = QHBoxLayout()
        for b in (add, remove, self.attach):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.parcels_area = inner
        for amount in (self.cod, self.insurance):
            amount.setLocale(QLocale())
        fit_window(self, Settings.SHIPMENT_GEOMETRY, 720, 560)
        self.ctx.read(lambda session: shipping.shipment_form(session, order_id), on_done=self._loaded,
                      on_error=self._not_loaded)


    def _not_loaded(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reject()

    def _loaded(self, form: ShipmentForm) -> None:
        """The order and its shipment are in: fill the dialog and let it be saved."""
        self.form, self.detail, self.defaults = form, form.detail, form.settings
        self.setWindowTitle(self.tr("Shipment of order {0}").format(form.order_number))
        self.method.setText(form.shipping_method or "—")
        current = self.detail.carrier if self.detail else (form.guessed[0] if form.guessed else "")
        for code in CARRIERS:  # the carriers the shop uses (and the one already chosen)
            if code in form.active or code == current:
                self.carrier.addItem(carrier_label(code), code)
        for amount in (self.cod, self.insurance):
            amount.setSuffix(f" {CURRENCY_SYMBOLS.get(form.currency, form.currency)}")
        self.attach.setEnabled(self.detail is not None)
        self.carrier.currentIndexChanged.connect(self._carrier_changed)
        self._load(form)
        for b in (*self.editing, self.buttons.button(QDialogButtonBox.StandardButton.Save)):
            b.setEnabled(True)

    # --- state ----------------------------------------------------------------------------------------

    def _load(self, form: ShipmentForm) -> None:
        d = self.detail
        code, service = (d.carrier, d.service) if d else (form.guessed or (self.carrier.itemData(0), ""))
        self.carrier.setCurrentIndex(max(0, self.carrier.findData(code)))
        self._carrier_changed()
        self.service.setCurrentIndex(max(0, self.service.findData(service)))
        if d is not None:
            self.locker.setText(d.locker_code)
            self.cod_on.setChecked(d.cod_amount is not None)
            self.cod.setValue(float(d.cod_amount or 0))
            self.insurance.setValue(float(d.insurance or 0))
            for p in d.parcels:
                self.add_parcel(p.weight, p.size, p.tracking_number)
        else:
            self.locker.setText(locker_from_text(form.shipping_method))
            self.cod_on.setChecked(form.payment_method == "cod")
            self.cod.setValue(float(form.total))
            self.add_parcel()

    def _carrier_changed(self) -> None:
        info = CARRIERS[self.carrier.currentData()]
        self.service.clear()
        for s in info.services:
            self.service.addItem(service_label(s), s)
        self.locker.setEnabled(info.needs_locker)
        for p in self.parcels:
            self._fill_sizes(p.size, p.size.currentData() or "")

    def _fill_sizes(self, combo: QComboBox, current: str) -> None:
        info = CARRIERS[self.carrier.currentData()]
        combo.clear()
        for size in info.sizes or ("",):
            combo.addItem(size or "—", size)
        wanted = current or (self.defaults.default_size if self.defaults.default_size in info.sizes else "")
        combo.setCurrentIndex(max(0, combo.findData(wanted)))

    def add_parcel(self, weight: Decimal | None = None, size: str = "", tracking: str = "") -> ParcelRow:
        row = ParcelRow(self.grid, len(self.parcels) + 1, self.parcels_area)
        row.label.setText(str(len(self.parcels) + 1))
        row.weight.setValue(float(weight if weight is not None else self.defaults.default_weight))
        self._fill_sizes(row.size, size)
        row.tracking.setText(tracking)
        row.tracking.returnPressed.connect(lambda r=row: self._next_tracking(r))
        self.parcels.append(row)
        return row

    def remove_parcel(self) -> None:
        if len(self.parcels) > 1:
            for w in self.parcels.pop().widgets():
                w.deleteLater()

    def _next_tracking(self, row: ParcelRow) -> None:
        """A scanner ends with Enter: go to the next parcel's number, or to Save after the last one."""
        i = self.parcels.index(row)
        if i + 1 < len(self.parcels):
            self.parcels[i + 1].tracking.setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> ShipmentInput:
        return ShipmentInput(
            carrier=self.carrier.currentData(), service=self.service.currentData() or "",
            parcels=tuple(ParcelInput(Decimal(str(round(p.weight.value(), 3))), p.size.currentData() or "",
                                      p.tracking.text()) for p in self.parcels),
            cod_amount=Decimal(str(round(self.cod.value(), 2))) if self.cod_on.isChecked() else Decimal(0),
            insurance=Decimal(str(round(self.insurance.value(), 2))) if self.insurance.value() else None,
            locker_code=self.locker.text().strip() if self.locker.isEnabled() else "")

    # --- saving ---------------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.form is None:  # not read yet: Save is not enabled
            return
        data, shipment_id = self.value(), self.detail.id if self.detail else None

        def done(changes: Changes) -> None:
            bus().changed.emit(changes)
            super(ShipmentDialog, self).accept()

        self.ctx.run(lambda session: shipping.save_shipment(session, self.order_id, shipment_id, data, self.ctx.who),
                     on_done=done, on_error=lambda exc: show_error(self, exc))

    def choose_label_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Carrier's label"), "", self.tr("PDF files (*.pdf)"))
        if name:
            self.attach_label(Path(name))

    def attach_label(self, path: Path) -> None:
        if self.detail is None:
            return
        sid = self.detail.id

        def done(changes: Changes) -> None:
            self.message.setText(self.tr("{0} attached; it waits in the print queue.").format(path.name))
            bus().changed.emit(changes)

        # The file is read in the worker too (a carrier's PDF on a network share may take a while).
        self.ctx.run(lambda session: shipping.attach_carrier_label(session, sid, path.name, path.read_bytes(),
                                                                   self.ctx.who),
                     on_done=done, on_error=lambda exc: show_error(self, exc))
