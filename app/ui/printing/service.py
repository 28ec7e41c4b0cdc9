"""PrintService: print documents (queue entries, reprints from the log) on the right printer, and preview them.

The documents are read in one transaction and made in a worker (ctx.read: label PDFs, ZPL, fitted carrier
labels, manifests). Painting them onto the QPrinter happens in the GUI thread, as Qt requires, with a
progress dialog whose Cancel aborts the job. Labels and A4 documents go to their own printers, each kind
as one job. Every outcome (printed, failed, cancelled) is written to the print log, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, Qt, Signal
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.core.errors import DomainError
from app.services.documents.queue import log_print_request
from app.services.documents.render import DocumentRef, PrintRequest, RenderedDocument, prepare_print
from app.services.shipping.data import LoggedPrint, PrinterSettingData
from app.ui.kit.bus import bus
from app.ui.kit.context import AppContext
from app.ui.kit.domain_text import domain_text
from app.ui.printing.pdf_render import PdfPages, paint_pdf, print_pdfs
from app.ui.printing.printers import make_printer, page_size, raw_print


@dataclass
class PrintOutcome:
    """What one print request did, for the status bar and the tests."""

    pages: int = 0
    documents: int = 0
    printers: list[str] = field(default_factory=list)
    cancelled: bool = False
    errors: list[str] = field(default_factory=list)  # as raised (English domain messages): translate at display
    log_ids: list[int] = field(default_factory=list)


class PrintService(QObject):
    """One per window; `finished` carries a PrintOutcome when a request is done."""

    finished = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last: PrintOutcome | None = None
        self.page_hook: Callable[[int], None] | None = None
        self.job_prefix = ""  # put before every job's title in the print queue (tests make their jobs findable)
        self.progress_dialog: QProgressDialog | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.preview_printer: QPrinter | None = None

    # --- entry points -------------------------------------------------------------------------------

    def print_refs(self, refs: list[DocumentRef], *, reprint: bool = False, parent: QWidget | None = None,
                   on_error: Callable[[BaseException], None] | None = None) -> None:
        """on_error: where a document that cannot be made is reported (an order shipped meanwhile: the pick list
        refuses it); by default an error box."""
        if not refs:
            raise DomainError(self.tr("Nothing to print."))
        self._print(lambda session, progress: prepare_print(session, refs, progress=progress), reprint, parent,
                    on_error)

    def print_queue(self, queue_ids: list[int], parent: QWidget | None = None) -> None:
        self._print(lambda session, progress: prepare_print(session, queue_ids=queue_ids, progress=progress),
                    False, parent)

    def reprint_log(self, log_ids: list[int], parent: QWidget | None = None) -> None:
        self._print(lambda session, progress: prepare_print(session, log_ids=log_ids, progress=progress),
                    True, parent)

    def preview(self, refs: list[DocumentRef], parent: QWidget | None = None, *, show: bool = True) -> None:
        """Print preview of the documents on the page of the printer they go to (labels or A4)."""
        self.ctx.read(lambda session: prepare_print(session, refs),
                      on_done=lambda request: self._open_preview(request, parent, show))

    def print_prepared(self, prepared: PrintRequest, parent: QWidget | None = None) -> None:
        """Documents made elsewhere (a complaint's letter as kept with the case), printed and logged like the rest."""
        self._print_prepared(prepared, False, parent)

    def preview_prepared(self, prepared: PrintRequest, parent: QWidget | None = None, *,
                         show: bool = True) -> QPrintPreviewDialog:
        """Print preview of documents made elsewhere."""
        return self._open_preview(prepared, parent, show)

    def _print(self, prepare: Callable[..., PrintRequest], reprint: bool, parent: QWidget | None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        """prepare(session, progress) reads and renders the documents in a worker; they are printed here."""
        self.ctx.read(prepare, progress_label=self.tr("Preparing documents..."), parent=parent,
                      on_done=lambda request: self._print_prepared(request, reprint, parent), on_error=on_error)

    # --- GUI thread -----------------------------------------------------------------------------------

    def _print_prepared(self, prepared: PrintRequest, reprint: bool, parent: QWidget | None) -> None:
        outcome = PrintOutcome()
        entries: list[tuple[bool, str, str, RenderedDocument]] = []  # (ok, printer, message, doc)
        for kind in ("label", "a4"):
            docs = [d for d in prepared.documents if d.printer == kind]
            if not docs:
                continue
            setting = prepared.settings[kind]
            try:
                printer_name, pages, cancelled = self._send(docs, setting, parent, outcome)
            except DomainError as exc:
                outcome.errors.append(str(exc))
                entries += [(False, setting.printer_name, str(exc), d) for d in docs]
                continue
            outcome.printers.append(printer_name)
            if cancelled:
                outcome.cancelled = True
                entries += [(False, printer_name, "cancelled", d) for d in docs]
            else:
                outcome.pages += pages
                outcome.documents += len(docs)
                entries += [(True, printer_name, "", d) for d in docs]
        self._log(entries, reprint, outcome)

    def _send(self, docs: list[RenderedDocument], setting: PrinterSettingData, parent: QWidget | None,
              outcome: PrintOutcome) -> tuple[str, int, bool]:
        """One job on one printer: raw ZPL for our labels on a ZPL printer, PDF pages through Qt for the rest."""
        shown = domain_text(docs[0].title) if len(docs) == 1 else self.tr("{0} documents").format(len(docs))
        title = self.job_prefix + shown
        zpl = [d for d in docs if setting.zpl and d.zpl]
        pdf = [d for d in docs if d not in zpl]
        pages = 0
        if zpl:
            raw_print(setting.printer_name, b"".join(d.zpl for d in zpl if d.zpl), title)
            pages += sum(d.pages for d in zpl)
        if not pdf:
            return setting.printer_name, pages, False
        printer = make_printer(setting, title)
        if not setting.silent:
            dialog = QPrintDialog(printer, parent)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return printer.printerName(), 0, True
        total = sum(d.pages for d in pdf)
        progress = QProgressDialog(self.tr("Printing {0}...").format(shown), self.tr("Cancel"), 0, total, parent)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        self.progress_dialog = progress
        count = [0]

        def on_page() -> bool:
            progress.setValue(count[0])
            if self.page_hook is not None:  # tests: act like a user at page n (e.g. press Cancel)
                self.page_hook(count[0])
            count[0] += 1
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        try:
            printed, cancelled = print_pdfs([d.pdf for d in pdf if d.pdf], printer, on_page, mono=setting.kind == "label")
        finally:
            progress.reset()
            progress.deleteLater()
            self.progress_dialog = None
        return printer.printerName(), pages + printed, cancelled

    def _log(self, entries: list[tuple[bool, str, str, RenderedDocument]], reprint: bool,
             outcome: PrintOutcome) -> None:
        """Every document's outcome in the print log, in one transaction; the orders it names go to the bus."""
        outcomes = [((d.ref.queue_id, d.ref.kind, d.title, d.ref.order_id, d.ref.shipment_id, d.ref.manifest_id,
                      d.pages, d.ref.invoice_id, d.ref.complaint_letter_id), printer, ok, message)
                    for ok, printer, message, d in entries]

        def done(logged: LoggedPrint) -> None:
            outcome.log_ids = logged.ids
            self.last = outcome
            bus().changed.emit(logged.changes)
            self.finished.emit(outcome)

        self.ctx.run(lambda session: log_print_request(session, outcomes, self.ctx.who, reprint=reprint), on_done=done)

    def _open_preview(self, prepared: PrintRequest, parent: QWidget | None, show: bool) -> QPrintPreviewDialog:
        kind = prepared.documents[0].printer
        docs = [d for d in prepared.documents if d.printer == kind and d.pdf]
        setting = prepared.settings[kind]
        try:
            printer = make_printer(setting, docs[0].title)
        except DomainError:  # no such printer here: preview on a PDF printer with the same page
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setFullPage(True)
            printer.setPageLayout(QPageLayout(page_size(setting.paper), QPageLayout.Orientation.Portrait,
                                              QMarginsF(0, 0, 0, 0)))
        dialog = QPrintPreviewDialog(printer, parent)
        self.preview_printer = printer  # the dialog does not own it: it must outlive the dialog's painting
        dialog.setWindowTitle(self.tr("Print preview: {0}").format(domain_text(docs[0].title)))
        pages = [PdfPages(d.pdf) for d in docs if d.pdf]

        def paint(target: QPrinter) -> None:
            painter = QPainter(target)
            try:
                for i, p in enumerate(pages):
                    paint_pdf(p, painter, target, first=(i == 0))
            finally:
                painter.end()

        dialog.paintRequested.connect(paint)
        self.preview_dialog = dialog
        if show:
            dialog.open()
        return dialog
