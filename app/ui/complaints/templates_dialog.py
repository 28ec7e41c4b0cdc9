"""The shop's wording of the three letters (acceptance, rejection, request for more information): each edited in a
tab of its own, with the fields a template may hold listed beside it; saved, or put back to the built-in Polish.

The texts are Polish whatever the UI language: the letters go to customers in Poland.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.complaint import LETTER_KINDS
from app.services.complaints import letters
from app.services.complaints.labels import LETTER, label
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text

if TYPE_CHECKING:
    from app.services.complaints.data import LetterDraft
    from app.ui.kit.context import AppContext


class _TemplatePage(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Text:"), self.body)

    def show_draft(self, draft: LetterDraft) -> None:
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)


class TemplatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Letter templates"))
        self.tabs = QTabWidget(self)
        self.pages: dict[str, _TemplatePage] = {}
        for kind in LETTER_KINDS:
            page = _TemplatePage(self.tabs)
            self.pages[kind] = page
            self.tabs.addTab(page, domain_text(label(LETTER, kind)))
        fields = "<br/>".join(f"<b>{{{name}}}</b> — {domain_text(what)}" for name, what in letters.FIELDS.items())
        self.fields = QLabel(self.tr("Fields filled from the case:") + "<br/>" + fields, self)
        self.fields.setWordWrap(True)
        self.fields.setMinimumWidth(280)
        self.status = QLabel(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.reset_button = QPushButton(self.tr("Restore the built-in text"), self)
        close = QPushButton(self.tr("Close"), self)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.ask_reset)
        close.clicked.connect(self.accept)
        for button in (self.save_button, self.reset_button, close):
            button.setAutoDefault(False)
        middle = QHBoxLayout()
        middle.addWidget(self.tabs, 1)
        middle.addWidget(self.fields)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1000, 600)
        for kind in LETTER_KINDS:
            self._load(kind)

    def kind(self) -> str:
        return LETTER_KINDS[self.tabs.currentIndex()]

    def _load(self, kind: str) -> None:
        self.ctx.read(lambda session: letters.template(session, kind), on_done=self.pages[kind].show_draft,
                      on_error=self._error)

    def save(self) -> None:
        kind, page = self.kind(), self.pages[self.kind()]
        subject, body = page.subject.text(), page.body.toPlainText()
        self.ctx.run(lambda session: letters.save_template(session, kind, subject, body),
                     on_done=lambda _none: self.status.setText(self.tr("Saved: {0}.").format(
                         domain_text(label(LETTER, kind)))), on_error=self._error)

    def ask_reset(self) -> None:
        kind = self.kind()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore the built-in text"),
                          self.tr("Replace the shop's own wording of '{0}' with the built-in text?").format(
                              domain_text(label(LETTER, kind))),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self.reset(kind))
        self.last_box = box
        box.open()

    def reset(self, kind: str) -> None:
        def done(_none: None) -> None:
            self.status.setText(self.tr("The built-in text is back: {0}.").format(domain_text(label(LETTER, kind))))
            self._load(kind)

        self.ctx.run(lambda session: letters.reset_template(session, kind), on_done=done, on_error=self._error)

    def _error(self, exc: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), error_text(exc),
                          QMessageBox.StandardButton.Ok, self)
        self.last_box = box
        box.open()
