"""Import past contacts…: choose a CSV/XLSX of the shop's old contact log, see every row it would write and every
problem by row and column, then import all of it or nothing (as the orders import does). The preview and the import
run in workers with a progress bar; an answer for a file changed since is dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.errors import DomainError
from app.services.customers import labels
from app.services.customers.contact_import import import_contacts, preview_contacts_import
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text, show_error
from app.ui.kit.tables import SimpleTableModel, make_table
from app.ui.kit.windows import fit_to_screen

if TYPE_CHECKING:
    from app.services.customers.contact_import import ContactImportPreview, ContactImportResult
    from app.ui.kit.context import AppContext

ERROR_BRUSH = QBrush(QColor("#fde2e1"))


class ContactImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: ContactImportPreview | None = None
        self.result: ContactImportResult | None = None
        self._previewing = 0
        self.setWindowTitle(self.tr("Import past contacts"))
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("A CSV or XLSX: date, customer's e-mail or phone or order, "
                                                  "channel, in/out, topic, note, follow-up"))
        browse = QPushButton(self.tr("&Choose file…"), self)
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:"), self))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.summary = QLabel(self.tr("Choose a file to see what would be imported. Customers are matched by the "
                                      "order's number, e-mail, phone or name, never created."), self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = SimpleTableModel([self.tr("Row"), self.tr("Column"), self.tr("When"), self.tr("Customer"),
                                       self.tr("Channel"), self.tr("Topic"), self.tr("Note or problem")], self,
                                      numeric=(0,), brush=self._brush)
        self.table = make_table(self.model, self, (50, 110, 130, 170, 110, 120), one_line_rows=True)
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
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 980, 560)

    def choose_file(self) -> None:
        folder = remembered.load(Settings.IMPORT_FOLDER)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import past contacts"), folder,
                                              self.tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str | Path) -> None:
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        remembered.save(Settings.IMPORT_FOLDER, str(self.path.parent))
        self.run_preview()

    def run_preview(self) -> None:
        self.import_button.setEnabled(False)
        self.preview = None
        self._previewing += 1
        previewing, path, tz = self._previewing, self.path, self.ctx.tz.key
        if path is None:
            return
        self.summary.setText(self.tr("Reading the file…"))
        self.ctx.read(lambda s, progress: preview_contacts_import(s, path, progress, tz=tz),
                      on_done=lambda p: self._show_preview(p) if previewing == self._previewing else None,
                      on_error=lambda exc: self._failed(exc) if previewing == self._previewing else None,
                      progress_label=self.tr("Reading {0}…").format(path.name), parent=self)

    def _show_preview(self, preview: ContactImportPreview) -> None:
        self.preview = preview
        rows, payloads = [], []
        for e in preview.errors:
            rows.append((str(e.row or ""), e.column or "", "", "", "", "", domain_text(e.message)))
            payloads.append("error")
        for r in preview.rows[:5000]:
            when = r.at.astimezone(self.ctx.tz).strftime("%Y-%m-%d %H:%M")
            who = r.customer_name + (f" ({r.order_number})" if r.order_number else "")
            rows.append((str(r.row), "", when, who, domain_text(labels.label("channel", r.channel)),
                         domain_text(labels.label("topic", r.topic)), r.note.splitlines()[0] if r.note else ""))
            payloads.append("row")
        self.model.set_rows(rows, payloads)
        if preview.errors:
            text = self.tr("<b>The file is refused</b>: the problems are listed first, with their row and column. "
                           "Nothing will be imported until they are fixed.")
        elif preview.imported_before is not None:
            when = preview.imported_before.astimezone(self.ctx.tz).strftime("%Y-%m-%d %H:%M")
            text = self.tr("This very file was imported on {0}; it is not imported twice.").format(when)
        else:
            text = self.tr("Contacts to import: {0}.").format(len(preview.rows))
        self.summary.setText(text)
        self.import_button.setEnabled(preview.can_import)
        if preview.can_import:
            self.import_button.setDefault(True)

    def start_import(self) -> None:
        if self.preview is None or self.path is None:
            return
        path, who, tz = self.path, self.ctx.who, self.ctx.tz.key
        self.import_button.setEnabled(False)
        self.ctx.run(lambda s, progress: import_contacts(s, path, who, progress, tz=tz),
                     on_done=self._imported, on_error=self._failed,
                     progress_label=self.tr("Importing contacts from {0}…").format(path.name), parent=self)

    def _imported(self, result: ContactImportResult) -> None:
        self.result = result
        self.summary.setText(self.tr("<b>Imported.</b> Contacts: {0}, customers: {1}.").format(
            result.imported, result.customers))
        self.close_button.setText(self.tr("Done"))
        self.close_button.setDefault(True)
        bus().changed.emit(result.changes)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.model.set_rows([])
            self.summary.setText(f"<span style='color:#b00020'>{_html(error_text(exc))}</span>")
        else:
            show_error(self, exc)

    def _brush(self, row: int) -> QBrush | None:
        kind = self.model.payloads[row] if row < len(self.model.payloads) else None
        return ERROR_BRUSH if kind == "error" else None


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def open_contact_import_dialog(ctx: AppContext, parent: QWidget | None = None,
                               path: str | None = None) -> ContactImportDialog:
    dialog = ContactImportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    if path:
        dialog.set_file(path)
    return dialog
