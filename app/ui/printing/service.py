"""PrintService: print documents (queue entries, reprints from the log) on the right printer, and preview them.

The documents are made in a worker (service calls with their own session: label PDFs, ZPL, fitted carrier
labels, manifests). Painting them onto the QPrinter happens in the GUI thread, as Qt requires, with a
progress dialog whose Cancel aborts the job. Labels and A4 documents go to their own printers, each kind
as one job. Every outcome (printed, failed, cancelled) is written to the print log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, Qt, Signal
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.core.changes import Changes
from app.core.errors import DomainError
from app.services.documents.render import DocumentRef, RenderedDocument
from app.services.shipping.data import PrinterSettingData
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


@dataclass(frozen=True)
class _Prepared:
    settings: dict[str, PrinterSettingData]
    documents: list[RenderedDocument]


def _prepare(ctx: AppContext, refs: list[DocumentRef], progress=None) -> _Prepared:
    from app.services.documents.queue import get_printer_setting
    from app.services.documents.render import render_documents

    with ctx.db.session() as session:
        settings = {kind: get_printer_setting(session, kind) for kind in ("label", "a4")}
        label = settings["label"]
        label_dpi = label.dpi if label.dpi in (203, 300) else 203
        docs = render_documents(session, refs, zpl=label.zpl, dpi=label_dpi, progress=progress)
    return _Prepared(settings, docs)


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

    def print_refs(self, refs: list[DocumentRef], *, reprint: bool = False, parent: QWidget | None = None) -> None:
        if not refs:
            raise DomainError(self.tr("Nothing to print."))
        self.ctx.tasks.run(lambda progress: _prepare(self.ctx, refs, progress), write=False,
                           progress_label=self.tr("Preparing documents..."), parent=parent,
                           on_done=lambda prepared: self._print_prepared(prepared, reprint, parent))

    def print_queue(self, queue_ids: list[int], parent: QWidget | None = None) -> None:
        from app.services.documents.render import refs_for_queue

        def prepare(progress):
            with self.ctx.db.session() as session:
                refs = refs_for_queue(session, queue_ids)
            return _prepare(self.ctx, refs, progress)

        self.ctx.tasks.run(prepare, write=False, progress_label=self.tr("Preparing documents..."), parent=parent,
                           on_done=lambda prepared: self._print_prepared(prepared, False, parent))

    def reprint_log(self, log_ids: list[int], parent: QWidget | None = None) -> None:
        from app.services.documents.render import ref_for_log

        def prepare(progress):
            with self.ctx.db.session() as session:
                refs = [ref_for_log(session, log_id) for log_id in log_ids]
            return _prepare(self.ctx, refs, progress)

        self.ctx.tasks.run(prepare, write=False, progress_label=self.tr("Preparing documents..."), parent=parent,
                           on_done=lambda prepared: self._print_prepared(prepared, True, parent))

    def preview(self, refs: list[DocumentRef], parent: QWidget | None = None, *, show: bool = True) -> None:
        """Print preview of the documents on the page of the printer they go to (labels or A4)."""
        self.ctx.tasks.run(lambda: _prepare(self.ctx, refs), write=False,
                           on_done=lambda prepared: self._open_preview(prepared, parent, show))

    # --- GUI thread -----------------------------------------------------------------------------------

    def _print_prepared(self, prepared: _Prepared, reprint: bool, parent: QWidget | None) -> None:
        from app.services.documents.queue import PRINTER_FOR

        outcome = PrintOutcome()
        entries: list[tuple[bool, str, str, RenderedDocument]] = []  # (ok, printer, message, doc)
        for kind in ("label", "a4"):
            docs = [d for d in prepared.documents if PRINTER_FOR[d.ref.kind] == kind]
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
        from app.services.documents.queue import record_printed

        def write() -> list[int]:
            ids: list[int] = []
            with self.ctx.db.session() as session:
                for ok, printer, message, d in entries:
                    ids += record_printed(session, [(d.ref.queue_id, d.ref.kind, d.title, d.ref.order_id,
                                                     d.ref.shipment_id, d.ref.manifest_id, d.pages)],
                                          printer, self.ctx.who, reprint=reprint, ok=ok, message=message)
            return ids

        def done(ids: list[int]) -> None:
            outcome.log_ids = ids
            self.last = outcome
            orders = {d.ref.order_id for _, _, _, d in entries if d.ref.order_id}
            bus().changed.emit(Changes.of_orders(orders))
            self.finished.emit(outcome)

        self.ctx.tasks.run(write, on_done=done, write=True)

    def _open_preview(self, prepared: _Prepared, parent: QWidget | None, show: bool) -> QPrintPreviewDialog:
        from app.services.documents.queue import PRINTER_FOR

        kind = PRINTER_FOR[prepared.documents[0].ref.kind]
        docs = [d for d in prepared.documents if PRINTER_FOR[d.ref.kind] == kind and d.pdf]
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
