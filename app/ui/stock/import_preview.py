"""The products import's preview: what the file brings (new, updated, unchanged, opening stock, the columns read),
its notes and warnings in a list that scrolls, and one question: import it all, or nothing.

A dialog of its own rather than a message box, so a file with hundreds of warnings still fits the screen with its
buttons in view, and its size is remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.config import Settings
from app.ui.kit.windows import fit_window
from app.ui.kit.words import plural


class ProductsImportPreview(QDialog):
    def __init__(self, summary: str, remarks: list[str], warnings: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import products"))
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.question = QLabel(plural(self.tr("%n warning(s). Import?", "", warnings), warnings), self)
        self.remarks = QPlainTextEdit(self)
        self.remarks.setReadOnly(True)
        self.remarks.setPlainText("\n".join(remarks))
        self.remarks.setVisible(bool(remarks))
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.remarks, 1)
        layout.addWidget(self.question)
        layout.addWidget(buttons)
        fit_window(self, Settings.PRODUCTS_IMPORT_GEOMETRY, 720, 520 if remarks else self.sizeHint().height())
