"""This station's settings (its name, who packs, sounds, the packing slip, the invoice, location-first: kept on this
computer)
and the shop's owner PIN (kept in the shop, as a salted hash)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings, station_name
from app.services.packing.pin import set_owner_pin
from app.services.packing.scale_protocol import CONTINUOUS, MT_SICS
from app.ui.kit import settings as remembered
from app.ui.kit.context import AppContext
from app.ui.kit.errors import error_text
from app.ui.packing.scale import ScaleSetup, available_ports, configured_scale, save_scale_setup
from app.ui.packing.station import INFO, PackingStation


class StationSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, station: PackingStation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.station = ctx, station
        self.setWindowTitle(self.tr("Packing station settings"))
        layout = QVBoxLayout(self)
        here = QGroupBox(self.tr("This station"), self)
        form = QFormLayout(here)
        self.name = QLineEdit(station.station, here)
        self.name.setPlaceholderText(station_name())
        self.name.setMaxLength(80)
        self.packer = QLineEdit(station.packer, here)
        self.packer.setMaxLength(80)
        form.addRow(self.tr("Station name:"), self.name)
        form.addRow(self.tr("Who packs:"), self.packer)
        self.sounds = QCheckBox(self.tr("Sounds for right and wrong scans"), here)
        self.sounds.setChecked(station.sounds.enabled)
        self.slip = QCheckBox(self.tr("Print the packing slip with the label"), here)
        self.slip.setChecked(station.print_slip)
        self.invoice = QCheckBox(self.tr("Print the invoice with the label"), here)
        self.invoice.setToolTip(self.tr("A packed order's invoice is issued if it has none (a company invoice when "
                                        "the order has the buyer's NIP) and printed on the A4 printer"))
        self.invoice.setChecked(station.print_invoice)
        self.location_first = QCheckBox(self.tr("Location-first: scan the shelf, then its items (F6)"), here)
        self.location_first.setChecked(station.location_first)
        for box in (self.sounds, self.slip, self.invoice, self.location_first):
            form.addRow(box)
        layout.addWidget(here)
        scale_box = QGroupBox(self.tr("Scale (serial port)"), self)
        scale_form = QFormLayout(scale_box)
        setup = configured_scale()
        self.port = QComboBox(scale_box)
        self.port.setEditable(True)
        self.port.addItem(self.tr("(no scale: the weight is typed)"), "")
        for name in available_ports():
            self.port.addItem(name, name)
        if setup is not None and self.port.findData(setup.port) < 0:
            self.port.addItem(setup.port, setup.port)
        self.port.setCurrentIndex(max(0, self.port.findData(setup.port if setup else "")))
        self.protocol = QComboBox(scale_box)
        self.protocol.addItem(self.tr("MT-SICS (the station asks: S / SI)"), MT_SICS)
        self.protocol.addItem(self.tr("Continuous stream (ST,GS,+  1.234kg)"), CONTINUOUS)
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(setup.protocol if setup else MT_SICS)))
        self.baud = QComboBox(scale_box)
        for rate in (2400, 4800, 9600, 19200, 38400):
            self.baud.addItem(str(rate), rate)
        self.baud.setCurrentIndex(max(0, self.baud.findData(setup.baud if setup else 9600)))
        scale_form.addRow(self.tr("Port:"), self.port)
        scale_form.addRow(self.tr("Protocol:"), self.protocol)
        scale_form.addRow(self.tr("Speed (baud):"), self.baud)
        layout.addWidget(scale_box)
        shop = QGroupBox(self.tr("The owner's PIN (for packing an incomplete order and leaving station mode)"), self)
        pin_form = QFormLayout(shop)
        self.old_pin, self.new_pin = QLineEdit(shop), QLineEdit(shop)
        for edit in (self.old_pin, self.new_pin):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(32)
        pin_form.addRow(self.tr("Current PIN:"), self.old_pin)
        pin_form.addRow(self.tr("New PIN (4 digits or more):"), self.new_pin)
        layout.addWidget(shop)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#c0192b;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        """The PIN first (it may be refused); then this station's own settings."""
        new_pin, old_pin = self.new_pin.text(), self.old_pin.text()
        if new_pin:
            self.ctx.run(lambda session: set_owner_pin(session, new_pin, old_pin or None),
                         on_done=lambda _r: self._save_station(pin_changed=True),
                         on_error=lambda exc: self.message.setText(error_text(exc)))
        else:
            self._save_station(pin_changed=False)

    def _save_station(self, pin_changed: bool) -> None:
        station = self.station
        station.station = self.name.text().strip() or station_name()
        station.packer = self.packer.text().strip() or self.ctx.who
        station.sounds.enabled = self.sounds.isChecked()
        station.print_slip = self.slip.isChecked()
        station.print_invoice = self.invoice.isChecked()
        remembered.save(Settings.PACKING_STATION, self.name.text().strip())
        remembered.save(Settings.PACKING_PACKER, self.packer.text().strip())
        remembered.save(Settings.PACKING_SOUNDS, station.sounds.enabled)
        remembered.save(Settings.PACKING_PRINT_SLIP, station.print_slip)
        remembered.save(Settings.PACKING_PRINT_INVOICE, station.print_invoice)
        if self.location_first.isChecked() != station.location_first:
            station.toggle_location_first()
        text = self.port.currentText().strip()
        port = "" if text == self.port.itemText(0) else text  # the first item is "no scale"; a typed port counts
        save_scale_setup(ScaleSetup(port, self.baud.currentData(), self.protocol.currentData()) if port else None)
        station.show_who()
        station.say(INFO, self.tr("Settings saved; the owner's PIN is changed.") if pin_changed
                    else self.tr("Settings saved."))
        self.accept()
