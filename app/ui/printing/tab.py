"""The Printing tab: documents waiting to print (labels, carrier labels, manifests) with filters, printing of the
selection or of every packed order's labels in one job, preview, the print log with reprint, and the doors to
shipment editing, tracking-number import, dispatch manifests and printer settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.services.documents.queue import waiting_summary
from app.services.documents.render import DocumentRef, save_pdf
from app.services.shipping.carriers import CARRIERS
from app.services.shipping.data import PackedLabels, QueueRow, SenderData, TrackingImportResult, WaitingCount
from app.services.shipping.shipments import get_settings, packed_labels_to_print
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.context import AppContext
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text, show_error
from app.ui.kit.table_model import ROW_ROLE
from app.ui.kit.tables import ElideMiddle, make_table
from app.ui.kit.words import plural
from app.ui.printing.models import LogModel, QueueModel, fit_columns
from app.ui.printing.service import PrintOutcome, PrintService
from app.ui.shipping.names import carrier_label


def _joined(messages: list[str]) -> str:
    """The services' messages (English) in the user's language, one after another."""
    return "; ".join(domain_text(m) for m in messages)


class PrintingTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = PrintService(ctx, self)
        self.service.finished.connect(self._printed)
        # Filters.
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All documents"), "")
        self.kind.addItem(self.tr("Labels"), "label")
        self.kind.addItem(self.tr("Carriers' labels"), "carrier_label")
        self.kind.addItem(self.tr("Dispatch manifests"), "manifest")
        self.kind.addItem(self.tr("Packed orders with nothing to print"), "order")
        self.carrier = QComboBox(self)
        self.carrier.addItem(self.tr("All carriers"), "")
        for code in CARRIERS:
            self.carrier.addItem(carrier_label(code), code)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Order, receiver, tracking number..."))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.packed_only = QCheckBox(self.tr("&Packed orders only"), self)
        self.order_entry = QLineEdit(self)
        self.order_entry.setPlaceholderText(self.tr("Scan or type an order number, Enter: its shipment"))
        self.order_entry.setClearButtonEnabled(True)
        self.order_entry.returnPressed.connect(self.shipment_for_entered_order)
        filters = QHBoxLayout()
        for w in (QLabel(self.tr("Show:"), self), self.kind, self.carrier, self.search, self.packed_only):
            filters.addWidget(w)
        # Queue and log.
        self.queue_model = QueueModel(ctx.tz, self)
        self.queue_view = make_table(self.queue_model, self, one_line_rows=True)
        self.queue_view.setItemDelegateForColumn(QueueModel.TRACKING, ElideMiddle(self.queue_view))
        self._fit_queue()  # the titles at least, before any row is in
        self.queue_view.doubleClicked.connect(lambda _: self.edit_shipment())
        self.log_model = LogModel(ctx.tz, self)
        self.log_view = make_table(self.log_model, self, (150, 260, 160, 120, 60), one_line_rows=True)
        for model in (self.queue_model, self.log_model):
            model.reader = ctx.read
        # Actions.
        self.print_action = self._action(self.tr("&Print selected"), QKeySequence.StandardKey.Print,
                                         self.print_selected)
        self.batch_action = self._action(self.tr("Print &all packed labels"), QKeySequence("Ctrl+Shift+P"),
                                         self.print_all_packed)
        self.preview_action = self._action(self.tr("Pre&view"), QKeySequence("Ctrl+Shift+V"), self.preview_selected)
        self.pdf_action = self._action(self.tr("Save as P&DF..."), QKeySequence("Ctrl+Shift+S"), lambda: self.save_pdf())
        self.reprint_action = self._action(self.tr("&Reprint"), QKeySequence("Ctrl+R"), self.reprint_selected)
        buttons = QHBoxLayout()
        for text, slot in ((self.print_action.text(), self.print_selected),
                           (self.batch_action.text(), self.print_all_packed),
                           (self.preview_action.text(), self.preview_selected),
                           (self.pdf_action.text(), lambda: self.save_pdf()),
                           (self.tr("&Shipment..."), self.edit_shipment),
                           (self.tr("&Import tracking numbers..."), lambda: self.import_tracking()),
                           (self.tr("&Dispatch manifests..."), self.open_dispatch),
                           (self.tr("Printers and s&ender..."), self.open_settings)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.order_entry.setMinimumWidth(200)
        filters.addWidget(self.order_entry, 1)  # beside the filters: the button row fits a 1366 px laptop
        self.status = QLabel(self)
        queue_box = QGroupBox(self.tr("Waiting to print"), self)
        QVBoxLayout(queue_box).addWidget(self.queue_view)
        log_box = QGroupBox(self.tr("Print log"), self)
        log_layout = QVBoxLayout(log_box)
        log_layout.addWidget(self.log_view)
        reprint = QPushButton(self.reprint_action.text(), log_box)
        reprint.clicked.connect(self.reprint_selected)
        log_row = QHBoxLayout()
        log_row.addWidget(reprint)
        log_row.addStretch(1)
        log_layout.addLayout(log_row)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(queue_box)
        self.splitter.addWidget(log_box)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        self.splitter.setStretchFactor(0, 3)  # the work to do first; the log below it
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self._reload_timer = QTimer(self, singleShot=True, interval=250, timeout=self.reload)
        for signal in (self.kind.currentIndexChanged, self.carrier.currentIndexChanged, self.packed_only.toggled):
            signal.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._reload_timer.start())
        bus().changed.connect(self._on_changed)  # a bound slot: disconnected when the tab goes
        self._status_generation = 0
        self._fitted = False
        self._restore()
        self.reload()

    def title(self) -> str:
        return self.tr("Printing")

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- data -------------------------------------------------------------------------------------------

    def _filters(self) -> dict:
        return {"kind": self.kind.currentData() or None, "carrier": self.carrier.currentData() or None,
                "text": self.search.text(), "packed_only": self.packed_only.isChecked()}

    @Slot(object)
    def _on_changed(self, _changes: object) -> None:
        self.reload()

    def reload(self) -> None:
        self.queue_model.query = self._filters()
        self.queue_model.reload(then=self._loaded)
        self.log_model.reload()

    def _loaded(self) -> None:
        if not self._fitted and self.queue_model.rowCount():  # widths from the first rows' texts, once
            self._fitted = True
            self._fit_queue()
        self._show_waiting()

    def _fit_queue(self) -> None:
        fit_columns(self.queue_view, {QueueModel.TRACKING: "6240000000000000000000",
                                      QueueModel.SINCE: "2026-12-31 23:59"})

    def _show_waiting(self) -> None:
        """The status line: what is listed, how many documents wait and packed orders there are, how many of them
        cannot get a label yet, and whether labels would lack a sender."""
        self._status_generation += 1
        generation, shown = self._status_generation, self.queue_model.total or 0
        filtered = any(v for v in self._filters().values())

        def show(read: tuple[SenderData, WaitingCount]) -> None:
            if generation != self._status_generation:  # the list was read again meanwhile: its count follows
                return
            sender, counts = read
            parts = [plural(self.tr("%n shown.", "", shown), shown)] if filtered else []
            parts.append(plural(self.tr("%n document(s) waiting to print,", "", counts.documents), counts.documents))
            parts.append(plural(self.tr("%n packed order(s).", "", counts.packed), counts.packed))
            if counts.unlabelled:
                parts.append(plural(self.tr("%n packed order(s) cannot get a label yet (see Still needs).", "",
                                            counts.unlabelled), counts.unlabelled))
            if not ((sender.name or sender.company) and sender.street and sender.city):
                parts.append(self.tr("The sender is not filled in, so labels print without it: "
                                     "set it in Printers and sender..."))
            self.status.setText(" ".join(parts))

        self.ctx.read(lambda session: (get_settings(session).sender, waiting_summary(session)), on_done=show)

    def selected_queue(self) -> list:
        rows = sorted({i.row() for i in self.queue_view.selectionModel().selectedRows()})
        return [self.queue_model.index(r, 0).data(ROW_ROLE) for r in rows]

    def selected_log(self) -> list:
        rows = sorted({i.row() for i in self.log_view.selectionModel().selectedRows()})
        return [self.log_model.index(r, 0).data(ROW_ROLE) for r in rows]

    # --- printing ---------------------------------------------------------------------------------------

    def _guard(self, fn, *args) -> None:
        try:
            fn(*args)
        except Exception as exc:  # noqa: BLE001 - shown to the user, domain text as is
            show_error(self, exc)

    def _refs(self, rows: list[QueueRow]) -> list[DocumentRef]:
        """The documents of the selected rows: a waiting document, or a packed order's label (when it has a
        shipment; the others are named in the status line)."""
        refs = [DocumentRef(r.kind, r.order_id, r.shipment_id, r.manifest_id, r.queue_id) for r in rows
                if r.queue_id is not None]
        refs += [DocumentRef("label", r.order_id, r.shipment_id) for r in rows
                 if r.queue_id is None and r.shipment_id is not None]
        without = [r.order_number for r in rows if r.queue_id is None and r.shipment_id is None]
        if without:
            self.status.setText(self.tr("No shipment yet, so no label: {0}. Make it with Shipment...").format(
                ", ".join(without)))
        return refs

    def print_selected(self) -> None:
        rows = self.selected_queue()
        if not rows:
            self.status.setText(self.tr("Select the documents to print first."))
            return
        queued = [r.id for r in rows if r.queue_id is not None]
        others = [ref for ref in self._refs([r for r in rows if r.queue_id is None])]
        if queued:
            self._guard(self.service.print_queue, queued, self)
        if others:  # labels printed before, of packed orders that wait for nothing else to print
            self._guard(lambda: self.service.print_refs(others, parent=self))

    def print_all_packed(self) -> None:
        """Every packed order's waiting labels, in one job per printer (packed orders without a shipment get one
        from their shipping method first; those that cannot are named)."""
        def done(packed: PackedLabels) -> None:
            ids, problems = packed.queue_ids, packed.problems
            if packed.changes.orders:
                bus().changed.emit(packed.changes)  # orders that got their shipment
            self.packing_problems = problems
            if problems:
                self.status.setText(self.tr("Without a label: {0}").format(_joined(problems)))
            if not ids:
                if not problems:
                    self.status.setText(self.tr("No labels of packed orders are waiting."))
                return
            self._guard(self.service.print_queue, ids, self)

        self.ctx.run(lambda session: packed_labels_to_print(session, self.ctx.who), on_done=done,
                     on_error=lambda exc: show_error(self, exc))

    def preview_selected(self) -> None:
        refs = self._refs(self.selected_queue())
        if refs:
            self._guard(self.service.preview, refs, self)

    def save_pdf(self, path: Path | None = None) -> None:
        """The selected documents (a label, a carrier's label, a manifest) as one PDF file the user names."""
        rows = self.selected_queue()
        if not rows:
            self.status.setText(self.tr("Select the label or document to save first."))
            return
        refs = self._refs(rows)
        if not refs:
            return
        if path is None:
            first = rows[0]
            stem = (self.tr("label {0}").format(first.order_number) if first.order_number
                    else self.tr("manifest")).replace("/", "-")
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(Path.home() / f"{stem}.pdf"),
                                                  self.tr("PDF files (*.pdf)"))
            if not name:
                return
            path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")

        def done(pages: int) -> None:
            self.status.setText(plural(self.tr("Saved %n page(s) to {0}.", "", pages), pages).format(path))

        self.ctx.read(lambda session: save_pdf(session, refs, path), on_done=done,
                      on_error=lambda exc: show_error(self, exc))

    def reprint_selected(self) -> None:
        rows = self.selected_log()
        if not rows:
            self.status.setText(self.tr("Select what to print again in the log first."))
            return
        self._guard(self.service.reprint_log, [r.id for r in rows], self)

    def _printed(self, outcome: PrintOutcome) -> None:
        problems = getattr(self, "packing_problems", [])
        self.packing_problems = []
        if outcome.errors:
            text = "\n".join(domain_text(e) for e in outcome.errors)
            self.status.setText(self.tr("Not printed: {0}").format(text))
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Printing"), text, parent=self)
            box.open()  # not modal-blocking: the station keeps working
            self.error_box = box
        elif outcome.cancelled:
            self.status.setText(self.tr("Printing cancelled; nothing was marked as printed."))
        else:
            self.status.setText(plural(self.tr("Printed %n page(s)", "", outcome.pages), outcome.pages) + " "
                                + plural(self.tr("of %n document(s) on {0}.", "", outcome.documents),
                                         outcome.documents).format(", ".join(outcome.printers))
                + ("" if not problems else " " + self.tr("Without a label: {0}").format(_joined(problems))))
        self.queue_model.reload()
        self.log_model.reload()

    # --- doors --------------------------------------------------------------------------------------------

    def edit_shipment(self) -> None:
        rows = [r for r in self.selected_queue() if r.order_id]
        if not rows:
            self.status.setText(self.tr("Select a label of the order whose shipment to change."))
            return
        from app.ui.shipping.shipment_dialog import ShipmentDialog

        self.shipment_dialog = ShipmentDialog(self.ctx, rows[0].order_id, self)
        self.shipment_dialog.open()

    def shipment_for_entered_order(self) -> None:
        """The packer scans an order's number: its shipment dialog opens (a new shipment if it has none)."""
        from app.services.orders.editing import find_order_id
        from app.ui.shipping.shipment_dialog import ShipmentDialog

        text = self.order_entry.text().strip()
        if not text:
            return

        def found(order_id: int) -> None:
            self.order_entry.clear()
            self.shipment_dialog = ShipmentDialog(self.ctx, order_id, self)
            self.shipment_dialog.open()

        # A domain error's text (no such order) in the user's language, in the status line: the packer scans on.
        self.ctx.read(lambda session: find_order_id(session, text), on_done=found,
                      on_error=lambda exc: self.status.setText(error_text(exc)))

    def import_tracking(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Tracking numbers from the carrier"), "",
                                                  self.tr("CSV files (*.csv *.txt)"))
            if not name:
                return
            path = Path(name)
        from app.services.shipping.tracking_import import import_tracking_csv

        def done(result: TrackingImportResult) -> None:
            bus().changed.emit(result.changes)  # reloads the lists first
            self.status.setText(plural(self.tr("{0}: %n tracking number(s) set,", "", result.updated),
                                       result.updated).format(path.name)
                                + " " + self.tr("%n unchanged.", "", result.unchanged))

        self.ctx.run(lambda session: import_tracking_csv(session, path, self.ctx.who), on_done=done,
                     on_error=lambda exc: show_error(self, exc))

    def open_dispatch(self) -> None:
        from app.ui.shipping.dispatch_dialog import DispatchDialog

        DispatchDialog(self.ctx, self.service, self).open()

    def apply_list_filter(self, flt) -> QWidget | None:
        """A Today figure's link (reports.links.ListFilter, tab "shipping"): the manifests not confirmed open the
        dispatch manifests' window with those selected (app.ui.shipping.manifests_link)."""
        if flt.view != "unconfirmed_manifests":
            return None
        from app.ui.shipping.manifests_link import UnconfirmedManifestsDialog

        dialog = UnconfirmedManifestsDialog(self.ctx, self.service, self)
        dialog.open()
        return dialog

    def open_settings(self) -> None:
        from app.ui.settings.dialog import PrinterSettingsDialog

        PrinterSettingsDialog(self.ctx, self).open()

    # --- state ----------------------------------------------------------------------------------------------

    def _restore(self) -> None:
        remembered.restore(Settings.PRINTING_QUEUE_HEADER, self.queue_view.horizontalHeader().restoreState)
        remembered.restore(Settings.PRINTING_LOG_HEADER, self.log_view.horizontalHeader().restoreState)
        remembered.restore(Settings.PRINTING_SPLITTER, self.splitter.restoreState)

    def save_state(self) -> None:
        remembered.save(Settings.PRINTING_QUEUE_HEADER, self.queue_view.horizontalHeader().saveState())
        remembered.save(Settings.PRINTING_LOG_HEADER, self.log_view.horizontalHeader().saveState())
        remembered.save(Settings.PRINTING_SPLITTER, self.splitter.saveState())
