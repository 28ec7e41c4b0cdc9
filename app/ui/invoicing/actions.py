"""What the Invoices tab does with the selected invoices: print them on the A4 printer, preview them, save their PDF
and FA(3) XML, mark them paid (on a day, today by default) or unpaid, correct one, open its order.

Every write is one service call through ctx.run; what it changed goes on the bus (the invoices, and their orders,
whose history notes the payment). Printing goes through the PrintService (the print log, reprints). Message
boxes open non-blocking (open(), not exec()), so a test can read and answer them. The actions know the tab only
as an InvoicesView (what they ask of it): the tab imports them, not the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.changes import Changes
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.day_dialog import PastDayDialog
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text

if TYPE_CHECKING:
    from app.services.invoicing.files import SavedInvoice
    from app.services.invoicing.reading import InvoiceRow
    from app.ui.kit.context import AppContext
    from app.ui.printing.service import PrintOutcome, PrintService

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def file_stem(number: str) -> str:
    """An invoice number as a file name: FV/2026/12/7 -> FV-2026-12-7."""
    return _UNSAFE.sub("-", number).strip("-.") or "invoice"


class InvoicesView(Protocol):
    """What the actions ask of the Invoices tab."""

    ctx: AppContext

    def selected_rows(self) -> list[InvoiceRow]: ...

    def current_row(self) -> InvoiceRow | None: ...

    def today(self) -> date: ...

    def show_message(self, text: str) -> None: ...


class PaidDialog(PastDayDialog):
    """The day the selected invoices were paid: today unless the user says otherwise (never a future day)."""

    def __init__(self, numbers: list[str], today: date, parent: QWidget | None = None) -> None:
        shown = ", ".join(numbers[:5]) + (" …" if len(numbers) > 5 else "")
        super().__init__(self.tr("Mark paid"), self.tr("Invoices:"), shown, self.tr("Paid on:"), today,
                         ok_text=self.tr("Mark paid"), parent=parent)

    def paid_date(self) -> date:
        return self.chosen()


class MonthDialog(QDialog):
    """Which month's register: the last one by default (what an accountant asks for at the start of a month)."""

    def __init__(self, year: int, month: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register of a month"))
        self.month = QDateEdit(self)
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setMaximumDate(QDate(today.year, today.month, 1))
        self.month.setDate(QDate(year, month, 1))
        form = QFormLayout()
        form.addRow(self.tr("Month:"), self.month)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[int, int]:
        d = self.month.date()
        return d.year(), d.month()


class InvoiceActions(QObject):
    def __init__(self, tab: InvoicesView, window: QWidget) -> None:
        """`window`: the tab's widget, over which dialogs and message boxes open."""
        super().__init__(window)
        self.tab, self.window = tab, window
        self.last_box: QMessageBox | None = None
        self.dialog: QDialog | None = None  # the last dialog opened (the paid date, a correction)
        self._print_service: PrintService | None = None

    @property
    def ctx(self) -> AppContext:
        return self.tab.ctx

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        if detail:
            box.setInformativeText(detail)
        self.last_box = box
        box.open()
        return box

    def _error(self, exc: BaseException) -> None:
        self._box(QMessageBox.Icon.Warning, self.tr("Invoices"), error_text(exc))

    def _selected(self, what: str) -> list[InvoiceRow]:
        rows = self.tab.selected_rows()
        if not rows:
            self.tab.show_message(what)
        return rows

    # --- printing ----------------------------------------------------------------------------------------
    @property
    def print_service(self) -> PrintService:
        if self._print_service is None:
            from app.ui.printing.service import PrintService

            self._print_service = PrintService(self.ctx, self)
            self._print_service.finished.connect(self._printed)
        return self._print_service

    def _refs(self, ids: list[int]):
        from app.services.documents.render import invoice_ref

        return [invoice_ref(i) for i in ids]

    def print_selected(self) -> None:
        rows = self._selected(self.tr("Select the invoices to print first."))
        if rows:
            self.print_ids([r.id for r in rows])

    def print_ids(self, ids: list[int]) -> None:
        self.print_service.print_refs(self._refs(ids), parent=self.window, on_error=self._error)

    def _printed(self, outcome: PrintOutcome) -> None:
        if outcome.errors:
            text = "; ".join(domain_text(e) for e in outcome.errors)
            self.tab.show_message(self.tr("Not printed: {0}").format(text))
            self._box(QMessageBox.Icon.Warning, self.tr("Printing"), text)
        elif outcome.cancelled:
            self.tab.show_message(self.tr("Printing was cancelled."))
        else:
            self.tab.show_message(self.tr("Printed: {0} (pages: {1}) on {2}.").format(
                outcome.documents, outcome.pages, ", ".join(outcome.printers)))

    def preview_selected(self) -> None:
        rows = self._selected(self.tr("Select the invoice to preview first."))
        if rows:
            self.print_service.preview(self._refs([r.id for r in rows]), self.window)

    # --- files -------------------------------------------------------------------------------------------
    def save_files(self, target: Path | None = None) -> None:
        """One invoice: its PDF where the user says, its XML beside it under the same name. Several: both files of
        each, named by their numbers, in the folder the user picks. `target` (tests): the PDF, or the folder."""
        rows = self._selected(self.tr("Select the invoices to save first."))
        if not rows:
            return
        folder = remembered.load(Settings.INVOICES_FOLDER) or str(Path.home())
        if target is None:
            if len(rows) == 1:
                name, _ = QFileDialog.getSaveFileName(
                    self.window, self.tr("Save the invoice's PDF and XML"),
                    str(Path(folder) / f"{file_stem(rows[0].number)}.pdf"), self.tr("PDF files (*.pdf)"))
                if not name:
                    return
                target = Path(name)
            else:
                name = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for the invoices' PDF and XML"),
                                                        folder)
                if not name:
                    return
                target = Path(name)
        if len(rows) == 1 and not target.is_dir():
            pdf = target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")
            jobs = [(rows[0].id, pdf, pdf.with_suffix(".xml"))]
            remembered.save(Settings.INVOICES_FOLDER, str(pdf.parent))
        else:
            jobs = [(r.id, target / f"{file_stem(r.number)}.pdf", target / f"{file_stem(r.number)}.xml")
                    for r in rows]
            remembered.save(Settings.INVOICES_FOLDER, str(target))
        existing = [p.name for _i, pdf, xml in jobs for p in (pdf, xml) if p.exists()]
        if len(jobs) == 1 and jobs[0][1].exists():  # the save dialog asked about the PDF: the XML goes with it
            existing = []
        if existing:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Save invoices"),
                              self.tr("These files are there already: {0}. Replace them?").format(
                                  ", ".join(existing[:6]) + (" …" if len(existing) > 6 else "")),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.accepted.connect(lambda: self._write(jobs))
            self.last_box = box
            box.open()
            return
        self._write(jobs)

    def _write(self, jobs: list[tuple[int, Path, Path]]) -> None:
        from app.services.invoicing.files import save_invoice_files

        def save(session, progress) -> list[SavedInvoice]:
            saved = []
            for n, (invoice_id, pdf, xml) in enumerate(jobs):
                progress(n, len(jobs), "")
                saved.append(save_invoice_files(session, invoice_id, pdf, xml))
            progress(len(jobs), len(jobs), "")
            return saved

        def done(saved: list[SavedInvoice]) -> None:
            if len(saved) == 1:
                s = saved[0]
                self.tab.show_message(self.tr("Saved {0} as {1} and {2}.").format(s.number, s.pdf_path,
                                                                                  s.xml_path.name if s.xml_path
                                                                                  else ""))
            else:
                self.tab.show_message(self.tr("Saved the PDF and XML of {0} invoices in {1}.").format(
                    len(saved), saved[0].pdf_path.parent))

        self.ctx.read(save, progress_label=self.tr("Saving invoices..."), parent=self.window, on_done=done,
                      on_error=self._error)

    # --- the month's register -------------------------------------------------------------------------------

    def export_register(self, month: tuple[int, int] | None = None, target: Path | None = None) -> None:
        """The month's sales register as XLSX for the accountant: the month asked (the last one offered), then the
        file (a remembered folder). `month` and `target`: what a test answers instead of the dialogs."""
        from app.services.invoicing.register_export import default_file_name, export_register, previous_month
        from app.ui.kit.words import ui_lang

        lang = ui_lang()
        if month is None:
            dialog = MonthDialog(*previous_month(self.tab.today()), self.tab.today(), self.window)
            self.dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            month = dialog.chosen()
        year, number = month
        if target is None:
            folder = remembered.load(Settings.INVOICES_FOLDER) or str(Path.home())
            name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the sales register"),
                                                  str(Path(folder) / default_file_name(year, number, lang)),
                                                  self.tr("Excel workbooks (*.xlsx)"))
            if not name:
                return
            target = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        remembered.save(Settings.INVOICES_FOLDER, str(target.parent))
        path = target
        self.ctx.read(lambda session, progress: export_register(session, path, year, number, progress, lang=lang),
                      progress_label=self.tr("Writing the register..."), parent=self.window,
                      on_done=lambda rows: self.tab.show_message(
                          self.tr("The register of {0:04d}-{1:02d} ({2} invoices and corrections) is saved as {3}.")
                          .format(year, number, rows, path)),
                      on_error=self._error)

    # --- payments ----------------------------------------------------------------------------------------
    def mark_paid(self) -> None:
        rows = self._selected(self.tr("Select the invoices to mark paid first."))
        unpaid = [r for r in rows if not r.paid]
        if rows and not unpaid:
            self.tab.show_message(self.tr("The selected invoices are paid already."))
        if not unpaid:
            return
        dialog = PaidDialog([r.number for r in unpaid], self.tab.today(), self.window)
        dialog.accepted.connect(lambda: self._mark_paid(unpaid, dialog.paid_date()))
        self.dialog = dialog
        dialog.open()

    def _mark_paid(self, rows: list[InvoiceRow], day: date) -> None:
        from app.services.invoicing.payments import mark_paid

        ids, who = [r.id for r in rows], self.ctx.who
        self.ctx.run(lambda session: mark_paid(session, ids, day, who),
                     on_done=self._paid(rows, self.tr("Marked paid on {0}: {1}").format(day.isoformat(), "{0}")),
                     on_error=self._error)

    def mark_unpaid(self) -> None:
        rows = [r for r in self._selected(self.tr("Select the invoices to mark unpaid first.")) if r.paid]
        if not rows:
            return
        from app.services.invoicing.payments import mark_unpaid

        ids, who = [r.id for r in rows], self.ctx.who
        self.ctx.run(lambda session: mark_unpaid(session, ids, who),
                     on_done=self._paid(rows, self.tr("Marked unpaid: {0}")), on_error=self._error)

    def _paid(self, rows: list[InvoiceRow], said: str) -> Callable[[tuple[int, ...]], None]:
        def done(changed: tuple[int, ...]) -> None:
            numbers = [r.number for r in rows if r.id in changed]
            orders = {r.order_id for r in rows if r.id in changed and r.order_id is not None}
            bus().changed.emit(Changes.of_invoices(changed) | Changes.of_orders(orders))  # the orders' history
            self.tab.show_message(said.format(", ".join(numbers)) if numbers else
                                  self.tr("Nothing changed: the invoices were marked so already."))
        return done

    # --- corrections -------------------------------------------------------------------------------------
    def correct(self) -> None:
        row = self.tab.current_row()
        if row is None:
            self.tab.show_message(self.tr("Select the invoice to correct first."))
            return
        from app.ui.invoicing.correction_dialog import CorrectionDialog

        dialog = CorrectionDialog(self.ctx, row.id, self.window)
        dialog.issued.connect(self._corrected)
        self.dialog = dialog
        dialog.open()

    def _corrected(self, invoice_id: int, number: str) -> None:
        self.tab.show_message(self.tr("Correction {0} issued.").format(number))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Correction issued"),
                          self.tr("Correction {0} is issued. Print it now?").format(number),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Print"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Not now"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.accepted.connect(lambda: self.print_ids([invoice_id]))
        self.last_box = box
        box.open()

    # --- the order ---------------------------------------------------------------------------------------
    def open_order(self) -> QWidget | None:
        row = self.tab.current_row()
        if row is None or row.order_id is None:
            self.tab.show_message(self.tr("Select an invoice of an order first."))
            return None
        main = self.window.window()
        opener = getattr(main, "tab", None)
        if callable(opener):  # the main window: the Orders tab keeps one window per order
            try:
                return opener("OrdersTab").open_order(row.order_id)
            except KeyError:
                pass
        from app.ui.orders.dialog import OrderDialog

        dialog = OrderDialog(self.ctx, row.order_id, self.window)
        self.dialog = dialog
        dialog.show()
        return dialog
