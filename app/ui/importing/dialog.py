"""File > Import orders…: pick a file, see what the import would do, then import it all or nothing.

The format is recognised from the header (Shopify's orders export, or any other CSV/XLSX through a saved
column mapping). Nothing is read on the UI thread: the header in a worker (ctx.tasks), the saved mappings through
ctx.read, the preview through ctx.read and the import through ctx.run, both with a progress bar and Cancel.
An answer that comes back for a file or a choice the user has changed since is dropped. The import then
announces the result and forwards the service's Changes (much has changed) to every view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.errors import DomainError
from app.importers.detect import TableError
from app.importers.mapped.orders import Mapping
from app.services.importing.orders import (
    READ_SHARE,
    FileHeader,
    ImportPreview,
    ImportResult,
    apply_orders_import,
    list_mappings,
    preview_orders_import,
    read_header,
)
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.context import AppContext
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text, show_error
from app.ui.kit.tables import SimpleTableModel, make_table
from app.ui.kit.windows import fit_to_screen
from app.ui.kit.words import plural

ERROR_BRUSH = QBrush(QColor("#fde2e1"))
WARNING_BRUSH = QBrush(QColor("#fff4d6"))


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.header: list[str] = []
        self.samples: list[list[str]] = []
        self.shopify = False  # the header is Shopify's orders export
        # Header reads and previews asked for: the answer to an older one (another file, another choice) is dropped.
        self._reading = self._previewing = 0
        self.mappings: list[Mapping] = []
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.mapping_dialog = None
        self.setWindowTitle(self.tr("Import orders"))
        self.setAcceptDrops(True)  # a file dropped on the dialog is taken like a chosen one
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("A Shopify orders export, or any CSV/XLSX of orders"))
        browse = QPushButton(self.tr("&Choose file…"), self)
        browse.clicked.connect(self.choose_file)
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("Recognise from the header"), "auto")
        self.format_combo.addItem(self.tr("Shopify orders export"), "shopify")
        self.format_combo.addItem(self.tr("Other file, with a column mapping"), "mapped")
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.detected = QLabel(self)
        self.mapping_combo = QComboBox(self)
        self.mapping_combo.currentIndexChanged.connect(lambda _i: self.run_preview())
        self.mapping_button = QPushButton(self.tr("&Map columns…"), self)
        self.mapping_button.clicked.connect(self.edit_mapping)
        file_row, mapping_row = QHBoxLayout(), QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        mapping_row.addWidget(self.mapping_combo, 1)
        mapping_row.addWidget(self.mapping_button)
        self.mapping_widget = QWidget(self)
        self.mapping_widget.setLayout(mapping_row)
        mapping_row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow("", self.detected)
        form.addRow(self.tr("Column mapping:"), self.mapping_widget)
        self.summary = QLabel(self.tr("Choose a file to see what would be imported."), self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = SimpleTableModel([self.tr("Kind"), self.tr("Row"), self.tr("Column"), self.tr("Order"),
                                       self.tr("Message")], self, numeric=(1,), brush=self._brush)
        self.table = make_table(self.model, self, (80, 50, 140, 70))
        self.table.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.mapping_widget.setEnabled(False)
        if remembered.restore(Settings.IMPORT_GEOMETRY, self.restoreGeometry):
            fit_to_screen(self)  # a size remembered on a bigger screen is kept within this one
        else:
            fit_to_screen(self, 980, 600)
        remembered.restore(Settings.IMPORT_COLUMNS, self.table.horizontalHeader().restoreState)

    # --- file and format ------------------------------------------------------------------------------------
    def choose_file(self) -> bool:
        folder = remembered.load(Settings.IMPORT_FOLDER)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import orders"), folder,
                                              self.tr("Orders exports (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.set_file(path)
        return bool(path)

    def first_choice(self) -> None:
        """Opened from the menu: ask for the file at once; no file chosen, no dialog left behind."""
        if not self.choose_file() and self.path is None:
            self.close()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.set_file(urls[0].toLocalFile())
            event.acceptProposedAction()

    def set_file(self, path: str | Path) -> None:
        """Read the header (format, mapping columns, sample values) in a worker, then preview."""
        self.path = Path(path)
        remembered.save(Settings.IMPORT_FOLDER, str(self.path.parent))
        self.file_edit.setText(str(self.path))
        self.preview = self.result = None
        self.header, self.samples, self.shopify = [], [], False
        self.import_button.setEnabled(False)
        self.model.set_rows([])
        self.detected.setText("")
        self.summary.setText(self.tr("Reading the file…"))
        self._reading += 1
        self._previewing += 1  # a preview of the file before is no longer wanted
        reading, file = self._reading, self.path
        self.ctx.tasks.run(lambda: read_header(file), write=False,
                           on_done=lambda head: self._header_read(head) if reading == self._reading else None,
                           on_error=lambda exc: self._header_failed(exc) if reading == self._reading else None)

    def _header_read(self, head: FileHeader) -> None:
        self.header, self.samples, self.shopify = head.header, head.samples, head.shopify
        delimiter = {"": "", "\t": ", tab"}.get(head.delimiter, f", '{head.delimiter}'")
        details = (head.encoding.upper() or "XLSX") + delimiter
        self.detected.setText(self.tr("Recognised: Shopify orders export ({0})").format(details) if head.shopify
                              else self.tr("Not a Shopify export: the columns need a mapping ({0})").format(details))
        reading = self._reading
        self._load_mappings(then=lambda: self._format_changed() if reading == self._reading else None)

    def _header_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, (TableError, OSError)):
            show_error(self, exc)
            return
        self._show_problem(self.tr("This file cannot be read as a table: {0}").format(domain_text(str(exc))))

    def fmt(self) -> str:
        chosen = self.format_combo.currentData()
        if chosen == "auto":
            return "shopify" if self.shopify else "mapped"
        return chosen

    def _format_changed(self) -> None:
        self.mapping_widget.setEnabled(self.fmt() == "mapped")
        self.run_preview()

    def _load_mappings(self, then: Callable[[], None]) -> None:
        """Read the saved mappings, offer them, and choose the one that fits this file; then `then`."""
        def loaded(mappings: list[Mapping]) -> None:
            self._show_mappings(mappings)
            then()

        self.ctx.read(list_mappings, on_done=loaded, on_error=self._failed)

    def _show_mappings(self, mappings: list[Mapping]) -> None:
        self.mappings = mappings
        # The saved mapping whose columns are all in this file (the fullest one, when several fit).
        fits = sorted((m for m in self.mappings if all(h in self.header for h in m.fields.values())),
                      key=lambda m: -len(m.fields))
        self.mapping_combo.blockSignals(True)
        self.mapping_combo.clear()
        self.mapping_combo.addItem(self.tr("(choose or make a mapping)"), None)
        for m in self.mappings:
            self.mapping_combo.addItem(m.name, m.name)
        if fits:
            self.mapping_combo.setCurrentIndex(self.mapping_combo.findData(fits[0].name))
        self.mapping_combo.blockSignals(False)

    def current_mapping(self) -> Mapping | None:
        name = self.mapping_combo.currentData()
        return next((m for m in self.mappings if m.name == name), None)

    def edit_mapping(self) -> QDialog | None:
        """Show the mapping dialog (window-modal, without blocking); once it saves, its mapping is chosen and
        the file previewed with it."""
        from app.ui.importing.mapping_dialog import MappingDialog

        if not self.header:
            return None
        self.mapping_dialog = MappingDialog(self.ctx, self.header, self.samples, self.current_mapping(), self)
        self.mapping_dialog.saved.connect(self._mapping_saved)
        self.mapping_dialog.setModal(True)
        self.mapping_dialog.show()
        return self.mapping_dialog

    def _mapping_saved(self, mapping: Mapping) -> None:
        def choose_it() -> None:
            self.mapping_combo.blockSignals(True)
            self.mapping_combo.setCurrentIndex(self.mapping_combo.findData(mapping.name))
            self.mapping_combo.blockSignals(False)
            self.run_preview()

        self._load_mappings(then=choose_it)

    # --- preview and import ---------------------------------------------------------------------------------
    def run_preview(self) -> None:
        self.import_button.setEnabled(False)
        self.preview = None
        self._previewing += 1  # a preview still running for the earlier choice is dropped
        previewing = self._previewing
        if self.path is None or not self.header:
            return
        fmt, mapping = self.fmt(), self.current_mapping()
        if fmt == "mapped" and mapping is None:
            self._show_problem(self.tr("Map the columns of this file once (Map columns…); the mapping is saved "
                                       "by name for the next file."), error=False)
            self.mapping_button.setDefault(True)
            self.mapping_button.setFocus()
            return
        path = self.path
        self.summary.setText(self.tr("Reading the file…"))

        labels = self._phase_labels()
        self.ctx.read(lambda session, progress: preview_orders_import(session, path, fmt, mapping,
                                                                      _translated(progress, labels)),
                      on_done=lambda preview: self._show_preview(preview) if previewing == self._previewing else None,
                      on_error=lambda exc: self._failed(exc) if previewing == self._previewing else None,
                      progress_label=self.tr("Reading {0}…").format(path.name), parent=self)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        rows, payloads = [], []
        for e in preview.errors:
            rows.append((self.tr("Error"), str(e.row or ""), e.column or "", "", domain_text(e.message)))
            payloads.append("error")
        for note in preview.notes:
            rows.append((self.tr("Note"), "", "", "", domain_text(note)))
            payloads.append("note")
        for s in preview.skipped:
            rows.append((self.tr("Skipped"), str(s.row), "", s.external_number, domain_text(s.reason)))
            payloads.append("skipped")
        for w in preview.warnings:
            rows.append((self.tr("Warning"), str(w.row or ""), w.column or "", "", domain_text(w.message)))
            payloads.append("warning")
        self.model.set_rows(rows, payloads)
        if len(rows) <= 500:  # long messages wrap; beyond that, sizing every row would stall the window
            self.table.resizeRowsToContents()
        counts = _counts(preview)
        if preview.refused:
            n = len(preview.errors)
            text = plural(self.tr("<b>The file is refused</b>: %Ln error(s), listed below with their row and column. "
                                  "Nothing will be imported until they are fixed.", "", n), n)
        else:
            text = counts
            if preview.imported_before is not None:
                when = preview.imported_before.astimezone(self.ctx.tz)
                text += " " + self.tr("This very file was imported on {0}.").format(when.strftime("%Y-%m-%d %H:%M"))
            if preview.new + preview.updated == 0:
                text += " " + self.tr("There is nothing new to import.")
        self.summary.setText(text)
        self.import_button.setEnabled(not preview.refused and preview.new + preview.updated > 0)
        if self.import_button.isEnabled():
            self.import_button.setDefault(True)

    def start_import(self) -> None:
        if self.preview is None or self.path is None:
            return
        path, fmt, mapping, who = self.path, self.fmt(), self.current_mapping(), self.ctx.who
        self.import_button.setEnabled(False)

        labels = self._phase_labels()
        self.ctx.run(lambda session, progress: apply_orders_import(session, path, fmt, mapping,
                                                                   _translated(progress, labels), who=who),
                     on_done=self._imported, on_error=self._failed,
                     progress_label=self.tr("Importing orders from {0}…").format(path.name), parent=self)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        p = result.preview
        self.summary.setText(self.tr("<b>Imported.</b>") + " " + _counts(p))
        self.close_button.setText(self.tr("Done"))
        self.close_button.setDefault(True)
        bus().changed.emit(result.changes)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):  # a refused file, a cancel, a missing file: said in the dialog
            self._show_problem(error_text(exc))
            if self.preview is not None and not self.preview.refused:
                self.import_button.setEnabled(True)
        else:
            show_error(self, exc)

    def _show_problem(self, text: str, error: bool = True) -> None:
        self.model.set_rows([])
        self.summary.setText(f"<span style='color:#b00020'>{_html(text)}</span>" if error else _html(text))

    def _phase_labels(self) -> tuple[str, str]:
        return self.tr("Reading the file…"), self.tr("Writing the orders…")

    def _brush(self, row: int) -> QBrush | None:
        kind = self.model.payloads[row] if row < len(self.model.payloads) else None
        return ERROR_BRUSH if kind == "error" else WARNING_BRUSH if kind in ("warning", "skipped") else None

    def done(self, result: int) -> None:
        remembered.save(Settings.IMPORT_GEOMETRY, self.saveGeometry())
        remembered.save(Settings.IMPORT_COLUMNS, self.table.horizontalHeader().saveState())
        super().done(result)


def _counts(p: ImportPreview) -> str:
    """'9 orders with 20 lines in 23 rows: new 8, to update 0, unchanged 0, skipped 1.': the four add up to the
    orders of the file."""
    translate = QCoreApplication.translate
    return (plural(translate("ImportDialog", "%Ln order(s)", "", p.orders), p.orders) + " "
            + plural(translate("ImportDialog", "with %Ln line(s)", "", p.lines), p.lines) + " "
            + plural(translate("ImportDialog", "in %Ln row(s)", "", p.rows), p.rows) + ": "
            + translate("ImportDialog", "<b>new {new}</b>, <b>to update {updated}</b>, unchanged {unchanged}, "
                                        "skipped {skipped}.").format(new=p.new, updated=p.updated,
                                                                      unchanged=p.unchanged, skipped=len(p.skipped)))


def _translated(progress: Callable[[int, int, str], None], labels: tuple[str, str]) -> Callable[[int, int, str], None]:
    """The service reports its phase in English; the progress dialog shows our translated words for it."""

    def report(done: int, total: int, _text: str) -> None:
        progress(done, total, labels[0] if done < READ_SHARE else labels[1])

    return report


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def open_import_dialog(ctx: AppContext, parent: QWidget | None = None, path: str | None = None) -> ImportDialog:
    """Show the import dialog (non-modal); with a path, the file is read and previewed at once."""
    dialog = ImportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    if path:
        dialog.set_file(path)
    else:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, dialog.first_choice)
    return dialog


def import_action(ctx: AppContext, parent: QWidget) -> QAction:
    """File > Import orders… (Ctrl+I)."""
    action = QAction(QCoreApplication.translate("ImportDialog", "&Import orders…"), parent)
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.triggered.connect(lambda: open_import_dialog(ctx, parent))
    return action
