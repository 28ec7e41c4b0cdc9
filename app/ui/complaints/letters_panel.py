"""A case's letters in the case window: the list (kind, written, sent or not yet), a new letter from a template,
preview, print (the A4 printer through the print service, logged), save the PDF, and the day it was sent.

The panel shows what `show_case(detail)` hands it (CaseDetail.letters); every write goes through ctx.run and
announces its Changes on the bus, and the case window reloads and calls show_case again. The sent day matters:
an answer's day is what the 14-day deadline measures, so it is asked (today by default, never a future day).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.shop_time import shop_today
from app.models.complaint import LETTER_KINDS
from app.services.complaints import letters
from app.services.complaints.labels import LETTER, label
from app.ui.complaints.letter_dialog import LetterDialog
from app.ui.kit.bus import bus
from app.ui.kit.day_dialog import PastDayDialog
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text
from app.ui.kit.tables import SimpleTableModel, make_table

if TYPE_CHECKING:
    from datetime import date

    from app.services.complaints.data import CaseDetail, LetterInfo
    from app.services.documents.render import PrintRequest
    from app.ui.kit.context import AppContext
    from app.ui.printing.service import PrintOutcome, PrintService

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


class SentDialog(PastDayDialog):
    """The day the letter went to the customer: today unless the user says otherwise (never a future day, never
    before the case came in)."""

    def __init__(self, subject: str, today: date, earliest: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Letter sent"), self.tr("Letter:"), subject, self.tr("Sent on:"), today,
                         earliest=earliest, parent=parent)

    def sent_date(self) -> date:
        return self.chosen()


class LettersPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: CaseDetail | None = None
        self.dialog: QDialog | None = None  # the last dialog opened (a letter, the sent day)
        self.last_box: QMessageBox | None = None
        self._print_service: PrintService | None = None
        self.model = SimpleTableModel([self.tr("Letter"), self.tr("Subject"), self.tr("Written"), self.tr("Sent")],
                                      self)
        self.table = make_table(self.model, self, (150, 300, 130, 110), one_line_rows=True)
        self.table.doubleClicked.connect(lambda _i: self.preview())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.new_button = QToolButton(self)
        self.new_button.setText(self.tr("New letter…"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_menu = QMenu(self)
        for kind in LETTER_KINDS:
            self.new_menu.addAction(domain_text(label(LETTER, kind)), lambda k=kind: self.new_letter(k))
        self.new_button.setMenu(self.new_menu)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.print_button = QPushButton(self.tr("Print"), self)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.sent_button = QPushButton(self.tr("Sent…"), self)
        self.sent_button.setToolTip(self.tr("Record the day the letter went to the customer: an answer's day is "
                                            "what the deadline measures"))
        self.preview_button.clicked.connect(lambda: self.preview())
        self.print_button.clicked.connect(lambda: self.print_letter())
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.sent_button.clicked.connect(lambda: self.mark_sent())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        for w in (self.preview_button, self.print_button, self.save_button, self.sent_button):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._enable()

    # --- the list --------------------------------------------------------------------------------------------
    def show_case(self, detail: CaseDetail) -> None:
        kept = self.current()
        self.detail = detail
        rows = [[domain_text(label(LETTER, x.template)), x.subject, self._when(x),
                 x.sent_on.isoformat() if x.sent_on else self.tr("not sent")] for x in detail.letters]
        self.model.set_rows(rows, list(detail.letters))
        if detail.letters:
            ids = [x.id for x in detail.letters]
            row = ids.index(kept.id) if kept is not None and kept.id in ids else len(ids) - 1
            self.table.selectRow(row)
        self._enable()

    @staticmethod
    def _when(letter: LetterInfo) -> str:
        return letter.created_at.astimezone().strftime("%Y-%m-%d %H:%M")

    def current(self) -> LetterInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.payloads[rows[0].row()]

    def _enable(self) -> None:
        letter = self.current()
        self.new_button.setEnabled(self.detail is not None)
        for w in (self.preview_button, self.print_button, self.save_button):
            w.setEnabled(letter is not None and letter.has_pdf)
        self.sent_button.setEnabled(letter is not None)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # --- actions ---------------------------------------------------------------------------------------------
    def new_letter(self, kind: str) -> LetterDialog | None:
        if self.detail is None:
            return None
        dialog = LetterDialog(self.ctx, self.detail.id, kind, self)
        dialog.saved.connect(lambda _id: self.show_message(self.tr("The letter is kept with the case.")))
        self.dialog = dialog
        dialog.open()
        return dialog

    def preview(self, *, show: bool = True) -> None:
        letter = self.current()
        if letter is None or not letter.has_pdf:
            return
        lid = letter.id
        self.ctx.read(lambda session: letters.letter_print_request(session, lid),
                      on_done=lambda request: self._preview(request, show), on_error=self._error)

    def _preview(self, request: PrintRequest, show: bool) -> None:
        self.print_service.preview_prepared(request, self, show=show)

    def print_letter(self) -> None:
        letter = self.current()
        if letter is None or not letter.has_pdf:
            return
        lid = letter.id
        self.ctx.read(lambda session: letters.letter_print_request(session, lid),
                      on_done=lambda request: self.print_service.print_prepared(request, self), on_error=self._error)

    @property
    def print_service(self) -> PrintService:
        if self._print_service is None:
            from app.ui.printing.service import PrintService

            self._print_service = PrintService(self.ctx, self)
            self._print_service.finished.connect(self._printed)
        return self._print_service

    def _printed(self, outcome: PrintOutcome) -> None:
        if outcome.errors:
            text = "; ".join(domain_text(e) for e in outcome.errors)
            self.show_message(self.tr("Not printed: {0}").format(text))
            self._box(QMessageBox.Icon.Warning, self.tr("Printing"), text)
        elif outcome.cancelled:
            self.show_message(self.tr("Printing was cancelled."))
        else:
            self.show_message(self.tr("Printed on {0}.").format(", ".join(outcome.printers)))

    def save_pdf(self, target: Path | None = None) -> None:
        """The letter's PDF where the user says (`target`: what a test answers instead of the file dialog)."""
        letter = self.current()
        if letter is None or self.detail is None or not letter.has_pdf:
            return
        if target is None:
            stem = _UNSAFE.sub("-", f"{self.detail.number} {domain_text(label(LETTER, letter.template))}").strip("-")
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter's PDF"),
                                                  str(Path.home() / f"{stem}.pdf"), self.tr("PDF files (*.pdf)"))
            if not name:
                return
            target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        lid, path = letter.id, target

        self.ctx.read(lambda session: letters.save_letter_pdf(session, lid, path), on_done=lambda p: self.show_message(self.tr("Saved as {0}.").format(p)),
                      on_error=self._error)

    def mark_sent(self) -> None:
        letter = self.current()
        if letter is None or self.detail is None:
            return
        dialog = SentDialog(letter.subject, shop_today(), self.detail.received_on, self)
        dialog.accepted.connect(lambda: self._mark_sent(letter.id, dialog.sent_date()))
        self.dialog = dialog
        dialog.open()

    def _mark_sent(self, letter_id: int, day: date) -> None:
        who = self.ctx.who

        def done(changes) -> None:
            self.show_message(self.tr("Marked sent on {0}.").format(day.isoformat()))
            bus().changed.emit(changes)

        self.ctx.run(lambda session: letters.mark_sent(session, letter_id, day, who), on_done=done,
                     on_error=self._error)

    # --- boxes -----------------------------------------------------------------------------------------------
    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.last_box = box
        box.open()
        return box

    def _error(self, exc: BaseException) -> None:
        self._box(QMessageBox.Icon.Warning, self.tr("Letters"), error_text(exc))


class ReturnFormActions(QObject):
    """An order's return form (its items and the model withdrawal form of the act's annex 2) from the order window:
    `menu` offers a preview and saving the PDF. `order_id()` says which order (None: not saved yet)."""

    def __init__(self, ctx: AppContext, order_id: Callable[[], int | None], window: QWidget) -> None:
        super().__init__(window)
        self.ctx, self.order_id, self.window = ctx, order_id, window
        self.last_box: QMessageBox | None = None
        self._print_service: PrintService | None = None
        self.menu = QMenu(window)
        self.preview_action = self.menu.addAction(self.tr("Preview"), lambda: self.preview())
        self.save_action = self.menu.addAction(self.tr("Save PDF…"), lambda: self.save())
        self.menu.aboutToShow.connect(self._enable)

    def _enable(self) -> None:
        for action in (self.preview_action, self.save_action):
            action.setEnabled(self.order_id() is not None)

    @property
    def print_service(self) -> PrintService:
        if self._print_service is None:
            from app.ui.printing.service import PrintService

            self._print_service = PrintService(self.ctx, self)
        return self._print_service

    def preview(self, *, show: bool = True) -> None:
        oid = self.order_id()
        if oid is None:
            return
        self.ctx.read(lambda session: letters.return_form_print_request(session, oid),
                      on_done=lambda request: self.print_service.preview_prepared(request, self.window, show=show),
                      on_error=self._error)

    def save(self, target: Path | None = None) -> None:
        """The PDF where the user says (`target`: what a test answers instead of the file dialog)."""
        oid = self.order_id()
        if oid is None:
            return
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the return form"),
                                                  str(Path.home() / self.tr("return-form.pdf")),
                                                  self.tr("PDF files (*.pdf)"))
            if not name:
                return
            target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        path = target
        self.ctx.read(lambda session: letters.save_return_form(session, oid, path), on_done=self._saved,
                      on_error=self._error)

    def _saved(self, path: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Return form"),
                          self.tr("The return form is saved as {0}.").format(path), QMessageBox.StandardButton.Ok,
                          self.window)
        self.last_box = box
        box.open()

    def _error(self, exc: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Return form"), error_text(exc),
                          QMessageBox.StandardButton.Ok, self.window)
        self.last_box = box
        box.open()
