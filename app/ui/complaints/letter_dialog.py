"""The letter window: a case's answer (acceptance, rejection, request for more information) filled from its
template, edited, previewed, then saved with the case (and printed).

The text is filled by the service (fill_letter) and is Polish, as the letter is; the window around it follows the
user's language. Saving renders the PDF in the worker (letter_doc -> render_letter) and keeps it with the case
(store_letter), so what is kept is exactly what was printed. "Save as template" makes this wording the shop's own
for later letters of the kind (after a question); "Restore the template" puts the template's text back in place of
the edits. Message boxes open non-blocking (open()), so tests can answer them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.shop_time import shop_today
from app.services.complaints import letters
from app.services.complaints.labels import LETTER, label
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text

if TYPE_CHECKING:
    from app.core.changes import Changes
    from app.services.complaints.data import LetterDraft
    from app.services.documents.render import PrintRequest
    from app.ui.kit.context import AppContext
    from app.ui.printing.service import PrintOutcome, PrintService



class LetterDialog(QDialog):
    """`saved(letter id)` once the letter is kept with the case (before it is printed)."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, case_id: int, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id, self.kind = ctx, case_id, kind
        self.letter_id: int | None = None
        self.last_box: QMessageBox | None = None
        self.filled: LetterDraft | None = None  # the template as filled, what "Restore" puts back
        self._print_service: PrintService | None = None
        self.setWindowTitle(self.tr("Letter: {0}").format(domain_text(label(LETTER, kind))))
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Text:"), self.body)
        hint = QLabel(self.tr("A blank line starts a new paragraph. The letter is printed in Polish with the shop's "
                              "and the customer's data and the case number."), self)
        hint.setWordWrap(True)
        self.save_template_button = QPushButton(self.tr("Save as template"), self)
        self.save_template_button.setToolTip(self.tr("Use this wording for every later letter of this kind"))
        self.restore_button = QPushButton(self.tr("Restore the template"), self)
        self.restore_button.setToolTip(self.tr("Put the template's text back in place of your edits"))
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.save_print_button = QPushButton(self.tr("Save and print"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        cancel = QPushButton(self.tr("Cancel"), self)
        self.save_template_button.clicked.connect(self.ask_save_template)
        self.restore_button.clicked.connect(self.restore)
        self.preview_button.clicked.connect(lambda: self.preview())
        self.save_print_button.clicked.connect(lambda: self.save(print_it=True))
        self.save_button.clicked.connect(lambda: self.save(print_it=False))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        for w in (self.save_template_button, self.restore_button, self.preview_button):
            row.addWidget(w)
        row.addStretch(1)
        for w in (self.save_print_button, self.save_button, cancel):
            row.addWidget(w)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.resize(820, 620)
        self._set_busy(True)
        cid = case_id
        self.ctx.read(lambda session: letters.fill_letter(session, cid, kind), on_done=self._filled,
                      on_error=self._error)

    # --- filling ---------------------------------------------------------------------------------------------
    def _filled(self, draft: LetterDraft) -> None:
        self.filled = draft
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.save_template_button, self.restore_button, self.preview_button, self.save_print_button,
                  self.save_button):
            w.setEnabled(not busy)

    def edited(self) -> bool:
        return self.filled is not None and (self.subject.text() != self.filled.subject
                                            or self.body.toPlainText() != self.filled.body)

    def restore(self) -> None:
        """The template's text again (after a question when there are edits to lose)."""
        if not self.edited():
            self._reload()
            return
        box = self._question(self.tr("Restore the template"),
                             self.tr("Your edits of this letter will be lost. Put the template's text back?"))
        box.accepted.connect(self._reload)

    def _reload(self) -> None:
        cid, kind = self.case_id, self.kind
        self.ctx.read(lambda session: letters.fill_letter(session, cid, kind), on_done=self._filled,
                      on_error=self._error)

    def ask_save_template(self) -> None:
        box = self._question(self.tr("Save as template"),
                             self.tr("Use this subject and text for every later letter of this kind? The case's "
                                     "own details in it (number, names, dates) would then repeat in every letter: "
                                     "keep the fields in braces, such as {numer_sprawy}, where they belong."))
        box.accepted.connect(self.save_template)

    def save_template(self) -> None:
        kind, subject, body = self.kind, self.subject.text(), self.body.toPlainText()
        self.ctx.run(lambda session: letters.save_template(session, kind, subject, body),
                     on_done=lambda _none: self.status.setText(self.tr("Saved as the template of this kind.")),
                     on_error=self._error)

    # --- the letter ------------------------------------------------------------------------------------------
    def _text(self) -> tuple[str, str]:
        return self.subject.text().strip(), self.body.toPlainText()

    def preview(self, *, show: bool = True) -> None:
        """The PDF as it would print now, in the print preview."""
        cid, (subject, body), today = self.case_id, self._text(), shop_today()
        self.ctx.read(lambda session: letters.draft_print_request(session, cid, subject, body, today=today),
                      on_done=lambda request: self._show_preview(request, show), on_error=self._error)

    def _show_preview(self, request: PrintRequest, show: bool) -> None:
        self.print_service.preview_prepared(request, self, show=show)

    def save(self, *, print_it: bool) -> None:
        """Render the letter and keep it with the case; then print it when asked, and close."""
        cid, kind, (subject, body), today, who = self.case_id, self.kind, self._text(), shop_today(), self.ctx.who
        self._set_busy(True)
        self.ctx.run(lambda session: letters.write_letter(session, cid, kind, subject, body, who, today=today),
                     on_done=lambda result: self._saved(result, print_it), on_error=self._failed)

    def _saved(self, result: tuple[int, Changes], print_it: bool) -> None:
        letter_id, changes = result
        self.letter_id = letter_id
        bus().changed.emit(changes)
        self.saved.emit(letter_id)
        if not print_it:
            self.accept()
            return
        self.ctx.read(lambda session: letters.letter_print_request(session, letter_id),
                      on_done=lambda request: self.print_service.print_prepared(request, self),
                      on_error=self._failed)

    @property
    def print_service(self) -> PrintService:
        if self._print_service is None:
            from app.ui.printing.service import PrintService

            self._print_service = PrintService(self.ctx, self)
            self._print_service.finished.connect(self._printed)
        return self._print_service

    def _printed(self, outcome: PrintOutcome) -> None:
        if outcome.errors:  # the letter is kept: it can be printed again from the case
            self._set_busy(False)
            self._box(QMessageBox.Icon.Warning, self.tr("Printing"),
                      self.tr("The letter is saved with the case but was not printed: {0}").format(
                          "; ".join(domain_text(e) for e in outcome.errors)))
            return
        self.accept()

    # --- boxes -----------------------------------------------------------------------------------------------
    def _question(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.last_box = box
        box.open()
        return box

    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        self.last_box = box
        box.open()
        return box

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._error(exc)

    def _error(self, exc: BaseException) -> None:
        self._box(QMessageBox.Icon.Warning, self.windowTitle(), error_text(exc))
