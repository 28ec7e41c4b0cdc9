"""Issuing invoices from the Orders tab (the selected orders, with progress and Cancel) and from the order window
(one order; another currency asks for its NBP exchange rate first), and printing them on the A4 printer.

Before issuing, the seller's data is read: while the invoice settings miss what an invoice must state (art. 106e:
the seller's name, address, NIP), the user is told what to fill in and offered the settings window on its
Invoices page, instead of a refusal per order. Every write runs through ctx.run; its Changes go on the bus.
Message boxes open non-blocking (open(), not exec()), so a test can read and answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.changes import Changes
from app.core.money import parse_decimal
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text
from app.ui.kit.words import number as shown_number

if TYPE_CHECKING:  # the services import SQLAlchemy: only once the shop is open
    from app.services.invoicing.issuing import BatchResult
    from app.services.invoicing.nbp import NbpRate
    from app.ui.kit.context import AppContext
    from app.ui.printing.service import PrintOutcome, PrintService

# A refusal that the invoice settings can cure (seller data, the exemption's legal basis) offers to open them.
_SETTINGS_HINT = "invoice settings"


class HasContext(Protocol):
    ctx: AppContext | None


@dataclass(frozen=True)
class RateChoice:
    """What the exchange-rate dialog gives the invoice: the sale date and the NBP mid rate of a day before it."""

    sale_date: date
    rate: Decimal
    rate_date: date
    table: str = ""


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ExchangeRateDialog(QDialog):
    """The NBP mid rate for an order in another currency: typed (with its day and table), or read from a table
    file the user downloaded from the NBP (no network here): the table of the last business day before the sale."""

    def __init__(self, ctx: AppContext, order_number: str, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.currency = ctx, currency.upper()
        self.setWindowTitle(self.tr("Exchange rate for order {0}").format(order_number))
        today = datetime.now(ctx.tz).date()
        self.intro = intro = QLabel(self.tr("Order {0} is in {1}. Its invoice states the VAT in PLN too, at the NBP mid rate of "
                               "{1} of the last business day before the sale date.").format(order_number,
                                                                                          self.currency), self)
        intro.setWordWrap(True)
        self.sale_date = QDateEdit(_qdate(today), self)
        self.sale_date.setCalendarPopup(True)
        self.sale_date.setDisplayFormat("yyyy-MM-dd")
        self.rate = QLineEdit(self)
        self.rate.setObjectName("rate")
        self.rate.setPlaceholderText(self.tr("PLN for 1 {0}, e.g. 4,2718").format(self.currency))
        self.rate_date = QDateEdit(self)
        self.rate_date.setCalendarPopup(True)
        self.rate_date.setDisplayFormat("yyyy-MM-dd")
        self.table = QLineEdit(self)
        self.table.setPlaceholderText(self.tr("e.g. 231/A/NBP/2026"))
        self.from_file = QPushButton(self.tr("Read from an NBP &file…"), self)
        self.from_file.setToolTip(self.tr("A table downloaded from nbp.pl or api.nbp.pl (XML, JSON or the yearly "
                                          "CSV archive)"))
        self.from_file.clicked.connect(self.choose_file)
        self.expected = QLabel(self)
        self.expected.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#c0192b;")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Sale date:"), self.sale_date)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(self.from_file)
        form.addRow(self.tr("Rate (PLN per 1 {0}):").format(self.currency), rate_row)
        form.addRow(self.tr("Rate of the day:"), self.rate_date)
        form.addRow(self.tr("NBP table:"), self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue the invoice"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.expected)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.choice: RateChoice | None = None
        self._rate_day_typed = False
        self.rate_date.userDateChanged.connect(self._rate_day_edited)
        self.sale_date.dateChanged.connect(lambda _d: self._sale_changed())
        self._sale_changed()
        self.resize(560, self.sizeHint().height())

    def _rate_day_edited(self) -> None:
        self._rate_day_typed = True

    def business_day(self) -> date:
        from app.services.invoicing.nbp import last_business_day_before

        return last_business_day_before(_pydate(self.sale_date.date()))

    def _sale_changed(self) -> None:
        day = self.business_day()
        if not self._rate_day_typed:
            self.rate_date.blockSignals(True)
            self.rate_date.setDate(_qdate(day))
            self.rate_date.blockSignals(False)
        self.expected.setText(self.tr("The rate to take: the NBP table of {0}, the last business day before the "
                                      "sale.").format(day.isoformat()))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def choose_file(self) -> None:
        folder = remembered.load(Settings.NBP_FOLDER) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("NBP exchange-rate table"), folder,
                                              self.tr("NBP tables (*.xml *.json *.csv);;All files (*)"))
        if path:
            remembered.save(Settings.NBP_FOLDER, str(Path(path).parent))
            self.read_file(Path(path))

    def read_file(self, path: Path) -> None:
        """The file's table of the last day before the sale (in a worker: a yearly archive is a few hundred rows)."""
        from app.services.invoicing.nbp import read_nbp_file

        sale = _pydate(self.sale_date.date())
        self.ctx.tasks.run(lambda: read_nbp_file(path, before=sale), on_done=self._file_read,
                           on_error=lambda exc: self.say(error_text(exc)), write=False)

    def _file_read(self, rates: dict[str, NbpRate]) -> None:
        found = rates.get(self.currency)
        if found is None:
            self.say(self.tr("The file has no rate of {0}; it has: {1}.").format(self.currency, ", ".join(rates)))
            return
        self.rate.setText(shown_number(found.mid, max(4, -found.mid.normalize().as_tuple().exponent)))
        self.rate_date.blockSignals(True)
        self.rate_date.setDate(_qdate(found.effective_date))
        self.rate_date.blockSignals(False)
        self._rate_day_typed = True  # the file's day stays, even when the sale date is changed after
        self.table.setText(found.table)
        wanted = self.business_day()
        if found.effective_date != wanted:
            self.say(self.tr("The file's latest table before the sale is of {0}, but the sale needs the table of {1}: "
                             "download that day's table, or check the dates.").format(
                found.effective_date.isoformat(), wanted.isoformat()))
        else:
            self.say("")

    def accept(self) -> None:
        try:
            rate = parse_decimal(self.rate.text())
        except ValueError:
            self.say(self.tr("Type the exchange rate (PLN for 1 {0}), or read it from an NBP file.")
                     .format(self.currency))
            self.rate.setFocus()
            return
        sale, rate_day = _pydate(self.sale_date.date()), _pydate(self.rate_date.date())
        if rate <= 0:
            self.say(self.tr("The exchange rate must be more than 0."))
            return
        if rate_day >= sale:
            self.say(self.tr("The rate must be of a day before the sale date ({0}).").format(sale.isoformat()))
            return
        self.choice = RateChoice(sale, rate, rate_day, self.table.text().strip())
        super().accept()


class OrderInvoiceActions(QObject):
    """Issue and print invoices for one window (`owner` gives the open shop's context; `window` hosts the boxes).

    `issued` carries the ids of the invoices an action issued."""

    issued = Signal(object)

    def __init__(self, owner: HasContext, window: QWidget, say: Callable[[str], None] | None = None) -> None:
        super().__init__(window)
        self.owner, self.window = owner, window
        self.say = say or (lambda _text: None)
        self.last_box: QMessageBox | None = None
        self.rate_dialog: ExchangeRateDialog | None = None
        self.settings_dialog: QDialog | None = None
        self._print_service: PrintService | None = None

    @property
    def ctx(self) -> AppContext:
        assert self.owner.ctx is not None, "the actions are enabled once the shop is open"
        return self.owner.ctx

    def _box(self, icon: QMessageBox.Icon, text: str, detail: str = "") -> QMessageBox:
        box = QMessageBox(icon, self.tr("Invoices"), text, QMessageBox.StandardButton.Ok, self.window)
        if detail:
            box.setInformativeText(detail)
        self.last_box = box
        box.open()
        return box

    def _refused(self, exc: BaseException) -> None:
        """A refusal as its message; one the invoice settings can cure offers to open them."""
        box = self._box(QMessageBox.Icon.Warning, error_text(exc))
        if _SETTINGS_HINT in str(exc):
            self._settings_button(box)

    def _settings_button(self, box: QMessageBox) -> None:
        button = box.addButton(self.tr("Open the invoice settings"), QMessageBox.ButtonRole.ActionRole)
        button.clicked.connect(self.open_settings)

    def open_settings(self) -> QDialog:
        """The settings window on its Invoices page."""
        from app.ui.settings.dialog import INVOICES_PAGE, PrinterSettingsDialog

        dialog = PrinterSettingsDialog(self.ctx, self.window, page=INVOICES_PAGE)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _with_seller(self, then: Callable[[], None]) -> None:
        """`then()` once the seller's data is complete; else say what is missing and offer the settings."""
        from app.services.invoicing.settings import get_settings, missing_for_invoice

        def checked(missing: list[str]) -> None:
            if not missing:
                then()
                return
            box = self._box(QMessageBox.Icon.Warning,
                            self.tr("Fill in the seller's data in the invoice settings first: {0}.")
                            .format(", ".join(map(domain_text, missing))),
                            self.tr("An invoice must state the seller's name, address and NIP."))
            self._settings_button(box)

        self.ctx.read(lambda session: missing_for_invoice(get_settings(session)), on_done=checked,
                      on_error=self._refused)

    # --- one order --------------------------------------------------------------------------------------------
    def issue_for_order(self, order_id: int, order_number: str, currency: str, buyer_nip: str | None = None) -> None:
        """Issue this order's invoice: B2B when `buyer_nip` is given (None: the order's own NIP); an order in
        another currency asks for the exchange rate first."""
        def go() -> None:
            if (currency or "PLN").upper() == "PLN":
                self._issue_one(order_id, buyer_nip, None)
                return
            dialog = ExchangeRateDialog(self.ctx, order_number, currency, self.window)
            self.rate_dialog = dialog
            dialog.accepted.connect(lambda: self._issue_one(order_id, buyer_nip, dialog.choice))
            dialog.open()

        self._with_seller(go)

    def _issue_one(self, order_id: int, buyer_nip: str | None, rate: RateChoice | None) -> None:
        from app.services.invoicing.issuing import issue_invoice
        from app.services.invoicing.reading import rows_by_id

        who = self.ctx.who

        def issue(session) -> tuple[int, str]:
            if rate is None:
                invoice_id = issue_invoice(session, order_id, who, buyer_nip=buyer_nip)
            else:
                invoice_id = issue_invoice(session, order_id, who, buyer_nip=buyer_nip, sale_date=rate.sale_date,
                                           exchange_rate=rate.rate, exchange_rate_date=rate.rate_date,
                                           exchange_table=rate.table)
            return invoice_id, rows_by_id(session, [invoice_id])[invoice_id].number

        def done(issued: tuple[int, str]) -> None:
            invoice_id, invoice_number = issued
            # issue_invoice returns the invoice's id; what it changed is that order (its history) and the invoice.
            bus().changed.emit(Changes.of_orders([order_id]) | Changes.of_invoices([invoice_id]))
            self.issued.emit((invoice_id,))
            text = self.tr("Invoice {0} is issued.").format(invoice_number)
            self.say(text)
            box = self._box(QMessageBox.Icon.Information, text)
            button = box.addButton(self.tr("Print it"), QMessageBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda: self.print_invoices([invoice_id]))

        self.ctx.run(issue, on_done=done, on_error=self._refused)

    # --- many orders ------------------------------------------------------------------------------------------
    def issue_for_orders(self, order_ids: list[int], numbers: dict[int, str]) -> None:
        """Each selected order's invoice, with progress and Cancel; then what was issued and what was refused
        (and why), and an offer to print the issued ones."""
        if not order_ids:
            self.say(self.tr("Select the orders to invoice first."))
            return
        from app.services.invoicing.issuing import issue_many

        who = self.ctx.who

        def go() -> None:
            self.ctx.run(lambda session, progress: issue_many(session, order_ids, who, progress),
                         on_done=lambda result: self._batch_done(result, numbers), on_error=self._refused,
                         progress_label=self.tr("Issuing invoices…"), parent=self.window)

        self._with_seller(go)

    def _batch_done(self, result: BatchResult, numbers: dict[int, str]) -> None:
        bus().changed.emit(result.changes | Changes.of_invoices(result.issued.values()))
        issued = list(result.issued.values())
        if issued:
            self.issued.emit(tuple(issued))
        summary = self.tr("Invoices issued: {0}. Refused: {1}.").format(len(result.issued), len(result.refused))
        if result.cancelled:
            summary += " " + self.tr("Stopped by Cancel: the orders after that were not tried.")
        self.say(summary)
        detail = "\n".join(f"{numbers.get(oid, f'#{oid}')}: {domain_text(reason)}"
                           for oid, reason in sorted(result.refused.items(), key=lambda kv: numbers.get(kv[0], "")))
        icon = QMessageBox.Icon.Warning if result.refused else QMessageBox.Icon.Information
        box = self._box(icon, summary, detail)
        if issued:
            button = box.addButton(self.tr("Print the issued ones"), QMessageBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda: self.print_invoices(issued))
        if any(_SETTINGS_HINT in reason for reason in result.refused.values()):
            self._settings_button(box)

    # --- printing ---------------------------------------------------------------------------------------------
    @property
    def print_service(self) -> PrintService:
        if self._print_service is None:
            from app.ui.printing.service import PrintService

            self._print_service = PrintService(self.ctx, self)
            self._print_service.finished.connect(self._printed)
        return self._print_service

    def print_invoices(self, invoice_ids: list[int]) -> None:
        """On the A4 printer, as the printer settings say (silent or with the print dialog), logged."""
        from app.services.documents.render import invoice_ref

        if invoice_ids:
            self.print_service.print_refs([invoice_ref(i) for i in invoice_ids], parent=self.window,
                                          on_error=self._refused)

    def preview_invoice(self, invoice_id: int) -> None:
        from app.services.documents.render import invoice_ref

        self.print_service.preview([invoice_ref(invoice_id)], parent=self.window)

    def _printed(self, outcome: PrintOutcome) -> None:
        if outcome.errors:
            self._box(QMessageBox.Icon.Warning, "\n".join(map(domain_text, outcome.errors)))
        elif outcome.cancelled:
            self.say(self.tr("Printing cancelled."))
        else:
            self.say(self.tr("Printed on {0}; pages: {1}.").format(", ".join(outcome.printers), outcome.pages))

