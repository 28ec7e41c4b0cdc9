"""Printer settings per document kind (label printer, A4 printer), the shop's shipping settings
(sender on every label, default parcel size and weight, own-delivery number prefix, carriers and the
shipping-method mapping) and its invoicing (seller, rules, numbering series), one tab each, saved together."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.services.documents.queue import PAPERS
from app.services.shipping.data import PrinterSettingData, SenderData, ShippingSettingsData
from app.services.shipping.settings import StationSettings, save_station_settings, station_settings
from app.ui.kit.context import AppContext
from app.ui.kit.errors import show_error
from app.ui.kit.windows import fit_window
from app.ui.printing.printers import printer_names
from app.ui.settings.carriers_page import CarriersPage, RulesPage
from app.ui.settings.invoicing_page import InvoicingPage, save_invoicing

INVOICES_PAGE = "invoices"  # PrinterSettingsDialog(page=...): the page it opens on


class PrinterBox(QGroupBox):
    """One document kind's printer: queue, paper, orientation, resolution, ZPL, silent."""

    def __init__(self, title: str, data: PrinterSettingData, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.kind = data.kind
        form = QFormLayout(self)
        self.printer = QComboBox(self)
        self.printer.addItem(self.tr("(system default printer)"), "")
        for name in printer_names():
            self.printer.addItem(name, name)
        if data.printer_name and self.printer.findData(data.printer_name) < 0:
            self.printer.addItem(self.tr("{0} (not installed here)").format(data.printer_name), data.printer_name)
        self.printer.setCurrentIndex(max(0, self.printer.findData(data.printer_name)))
        self.paper = QComboBox(self)
        for paper in PAPERS:
            self.paper.addItem(self.tr("100 x 150 mm label") if paper == "100x150" else paper, paper)
        self.paper.setCurrentIndex(max(0, self.paper.findData(data.paper)))
        self.orientation = QComboBox(self)
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(data.orientation)))
        self.dpi = QComboBox(self)
        for dpi in (203, 300, 600):
            self.dpi.addItem(self.tr("{0} dpi").format(dpi), dpi)
        self.dpi.setCurrentIndex(max(0, self.dpi.findData(data.dpi)))
        self.zpl = QCheckBox(self.tr("Thermal printer that takes ZPL (labels are sent as ZPL, not as pictures)"), self)
        self.zpl.setChecked(data.zpl)
        self.zpl.setVisible(data.kind == "label")
        self.silent = QCheckBox(self.tr("Print without asking (no print dialog)"), self)
        self.silent.setChecked(data.silent)
        form.addRow(self.tr("&Printer:"), self.printer)
        form.addRow(self.tr("P&aper:"), self.paper)
        form.addRow(self.tr("&Orientation:"), self.orientation)
        form.addRow(self.tr("&Resolution:"), self.dpi)
        form.addRow(self.zpl)
        form.addRow(self.silent)

    def value(self) -> PrinterSettingData:
        return PrinterSettingData(self.kind, self.printer.currentData(), self.paper.currentData(),
                                  self.orientation.currentData(), self.dpi.currentData(),
                                  self.zpl.isChecked() and self.kind == "label", self.silent.isChecked())


class PrinterSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, page: str | None = None) -> None:
        """page: INVOICES_PAGE opens the window on its Invoices page (the seller's data an invoice still needs)."""
        super().__init__(parent)
        self.ctx = ctx
        self.start_page = page
        self.setWindowTitle(self.tr("Printers, shipping and invoices settings"))
        self.pages = QTabWidget(self)
        QVBoxLayout(self).addWidget(self.pages)
        self.loaded = False  # the pages and Save come with the settings
        fit_window(self, Settings.PRINTER_SETTINGS_GEOMETRY, 960, 660)
        ctx.read(station_settings, on_done=self._loaded, on_error=self._not_loaded)

    def _not_loaded(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reject()

    def _loaded(self, values: StationSettings) -> None:
        """The settings are in: one page each for the printers, the sender and parcels, carriers, mapping rules."""
        self.label_box = PrinterBox(self.tr("Labels"), values.label, self)
        self.a4_box = PrinterBox(self.tr("A4 documents (manifests, invoices)"), values.a4, self)
        printers_page = QWidget(self)
        printers = QHBoxLayout()
        printers.addWidget(self.label_box)
        printers.addWidget(self.a4_box)
        self.slip_size = QComboBox(printers_page)
        self.slip_size.addItem(self.tr("A4, on the A4 printer"), "A4")
        self.slip_size.addItem(self.tr("A6, on the label printer"), "A6")
        self.slip_size.setCurrentIndex(max(0, self.slip_size.findData(values.slip_size)))
        slip = QFormLayout()
        slip.addRow(self.tr("Packing &slips:"), self.slip_size)
        page = QVBoxLayout(printers_page)
        page.addLayout(printers)
        page.addLayout(slip)
        sender = QWidget(self)
        form = QFormLayout(sender)
        settings = values.shipping
        s = settings.sender
        self.fields: dict[str, QLineEdit] = {}
        for key, label_text, value in (("name", self.tr("&Name:"), s.name), ("company", self.tr("&Company:"), s.company),
                                       ("street", self.tr("&Street:"), s.street),
                                       ("postal_code", self.tr("Postal &code:"), s.postal_code),
                                       ("city", self.tr("C&ity:"), s.city), ("phone", self.tr("P&hone:"), s.phone),
                                       ("email", self.tr("&E-mail:"), s.email)):
            edit = QLineEdit(value, sender)
            edit.setObjectName(f"sender_{key}")
            self.fields[key] = edit
            form.addRow(label_text, edit)
        self.locker_size = QComboBox(sender)
        for size in ("A", "B", "C"):
            self.locker_size.addItem(size, size)
        self.locker_size.setCurrentIndex(max(0, self.locker_size.findData(settings.default_size)))
        self.weight = QDoubleSpinBox(sender)
        self.weight.setRange(0.01, 1000)
        self.weight.setDecimals(3)
        self.weight.setSuffix(" kg")
        self.weight.setLocale(QLocale())  # "1,000 kg" in Polish
        self.weight.setValue(float(settings.default_weight))
        self.prefix = QLineEdit(settings.own_prefix, sender)
        form.addRow(self.tr("Default locker si&ze:"), self.locker_size)
        form.addRow(self.tr("Default &weight:"), self.weight)
        form.addRow(self.tr("Own delivery number &prefix:"), self.prefix)
        self.carriers_page = CarriersPage(values.carriers, self)
        self.rules_page = RulesPage(self.ctx, self)
        self.pages.addTab(printers_page, self.tr("Printers"))
        self.pages.addTab(sender, self.tr("Sender and parcels"))
        self.pages.addTab(self.carriers_page, self.tr("Carriers"))
        self.pages.addTab(self.rules_page, self.tr("Shipping methods"))
        self.invoices_page = InvoicingPage(self.ctx, self)
        self.pages.addTab(self.invoices_page, self.tr("Invoices"))
        from app.ui.settings.today_page import TodayPage

        self.today_page = TodayPage(self.ctx, self)
        self.pages.addTab(self.today_page, self.tr("Today"))
        if self.start_page == INVOICES_PAGE:
            self.pages.setCurrentWidget(self.invoices_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.layout().addWidget(buttons)
        self.loaded = True


    def values(self) -> tuple[PrinterSettingData, PrinterSettingData, ShippingSettingsData]:
        sender = SenderData(**{k: e.text().strip() for k, e in self.fields.items()})
        settings = ShippingSettingsData(sender, self.locker_size.currentData(),
                                        Decimal(str(round(self.weight.value(), 3))), self.prefix.text().strip())
        return self.label_box.value(), self.a4_box.value(), settings

    def accept(self) -> None:
        """Save every page. The Invoices page is checked first (a refused NIP or account is said on its field); the
        printers, sender and carriers are saved in one transaction that a refused value leaves unwritten, and the
        invoicing data, already checked, after them: a refusal leaves every setting as it was."""
        page = self.invoices_page if self.loaded else None
        if page is None or not (page.loaded or page.failed):  # not read yet: nothing to save over
            return
        if page.loaded and not page.check():
            self.pages.setCurrentWidget(page)
            return
        label, a4, settings = self.values()
        carrier_list = self.carriers_page.values()
        slip_size = self.slip_size.currentData()
        seller, series = (page.seller_changed(), page.changed_series()) if page.loaded else (None, [])
        today = self.today_page.values() if self.today_page.changed() else None
        who = self.ctx.who

        def save(session) -> None:
            save_station_settings(session, [label, a4], settings, carrier_list, slip_size)
            save_invoicing(session, seller, series)
            if today is not None:  # the Today view's rules (its values come from spin boxes: nothing to refuse)
                from app.services.reports.settings import save_report_settings

                save_report_settings(session, today, who=who)

        self.ctx.run(save, on_done=lambda _: super(PrinterSettingsDialog, self).accept(),
                     on_error=lambda exc: show_error(self, exc))
