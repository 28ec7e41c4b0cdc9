"""One case on screen (issue 16, "Working a case"): what it is and how long it has, who and which order, the
products, the description, the guarantor's terms, the files, the timeline, and what can be done next.

The header says the number, kind and status, the shop's deadline with the days left in the list's colours, the
out-of-time flag and the day the answer went out. The Case page holds the customer and the order (its window
opens from here, as from the Invoices tab), the lines, the claim, the files (double-click opens one with the
system's viewer; Add… copies more in) and the timeline, every entry in the user's language through domain_text.
Below it, a button per status the case may move to (with the note typed beside them), a note, the decision
(accepted with a remedy or rejected with a reason) and closing after a question. The letters and the remedies
are pages of their own (their panels come from the other parts of issue 16 and are imported when the window is
built; without them the page says so).

Everything is read in a worker (case_detail) and every action runs through ctx.run; the window reloads itself
when the bus says its case changed. Questions and the decision open non-blocking (open()), so tests answer them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.shop_time import shop_day
from app.models.complaint import (
    ACCEPTED,
    CLOSED,
    DECIDED,
    DEMANDS,
    LIABILITY,
    MONEY_REMEDIES,
    OPEN_STATUSES,
    REJECTED,
)
from app.services.complaints.labels import CHANNEL, DECISION, DEMAND, KIND, REASON, STATUS, label
from app.ui.complaints.model import OVERDUE_BRUSH, due_brush, due_text, out_of_time_tip
from app.ui.customers.contact_dialog import open_contact_dialog
from app.ui.customers.reply_dialog import open_reply_dialog
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text, show_error
from app.ui.kit.tables import PAYLOAD_ROLE, SimpleTableModel, make_table
from app.ui.kit.windows import fit_window

if TYPE_CHECKING:
    from app.core.changes import Changes
    from app.services.complaints.data import CaseDetail, TimelineEntry
    from app.ui.kit.context import AppContext


def _t(code_table: dict[str, str], code: str | None) -> str:
    return domain_text(label(code_table, code)) if code else ""


class DecideDialog(QDialog):
    """The decision: accepted with a remedy (the customer's demand first) or rejected with a reason, which the
    answer letter quotes. A complaint under statutory liability settled in money says why repair or replacement did
    not come first (u.p.k. art. 43e): the dialog says so and stays open until the reason is written."""

    def __init__(self, demand: str, parent: QWidget | None = None, kind: str = "") -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("Decide the case"))
        self.accept_choice = QRadioButton(self.tr("Accept, with the remedy:"), self)
        self.reject_choice = QRadioButton(self.tr("Reject, for the reason:"), self)
        self.accept_choice.setChecked(True)
        self.remedy = QComboBox(self)
        for code in DEMANDS:
            self.remedy.addItem(_t(DEMAND, code), code)
        self.remedy.setCurrentIndex(max(self.remedy.findData(demand), 0))
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("Why (required to reject; the customer reads it in the answer)"))
        self.reason.setTabChangesFocus(True)
        self.money_note = QLabel(self.tr(
            "Statutory liability: repair or replacement comes first (consumer rights act, art. 43e). For a price "
            "reduction or a refund now, write why: repair and replacement are impossible or too costly, were not "
            "done or not in time, the defect came back, or it is significant."), self)
        self.money_note.setWordWrap(True)
        self.remedy.currentIndexChanged.connect(self._show_money_note)
        self.accept_choice.toggled.connect(self._show_money_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.accept_choice)
        row.addWidget(self.remedy, 1)
        layout.addLayout(row)
        layout.addWidget(self.money_note)
        layout.addWidget(self.reject_choice)
        layout.addWidget(self.reason, 1)
        layout.addWidget(buttons)
        self.resize(560, 340)
        self._show_money_note()

    def needs_reason_first(self) -> bool:
        """Accepting a liability complaint with a price reduction or a refund."""
        return (self.kind == LIABILITY and self.accept_choice.isChecked()
                and self.remedy.currentData() in MONEY_REMEDIES)

    def _show_money_note(self) -> None:
        needed = self.needs_reason_first()
        self.money_note.setVisible(needed)
        self.money_note.setStyleSheet("")
        self.reason.setPlaceholderText(
            self.tr("Why not repair or replacement (required; the customer reads it in the answer)") if needed
            else self.tr("Why (required to reject; the customer reads it in the answer)"))

    def accept(self) -> None:
        if self.needs_reason_first() and not self.reason.toPlainText().strip():
            self.money_note.setStyleSheet("color: #b00020;")  # said in red, the dialog stays, the reason gets focus
            self.reason.setFocus()
            return
        super().accept()

    def choice(self) -> tuple[str, str | None, str]:
        """(decision, remedy or None, reason)."""
        if self.accept_choice.isChecked():
            return ACCEPTED, self.remedy.currentData(), self.reason.toPlainText()
        return REJECTED, None, self.reason.toPlainText()


class CaseWindow(QDialog):
    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.detail: CaseDetail | None = None
        self.question: QMessageBox | None = None  # the open question (close the case), for tests to answer
        self.decide_dialog: DecideDialog | None = None
        self.order_window: QWidget | None = None
        self._asked = 0
        self.setWindowTitle(self.tr("Complaint"))
        self._build()
        bus().changed.connect(self._on_changed)
        fit_window(self, Settings.CASE_GEOMETRY, 1180, 720)
        self.load()

    # --- layout --------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.number = QLabel(self)
        self.number.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.kind_status = QLabel(self)
        self.kind_status.setStyleSheet("font-size: 11pt;")
        self.due = QLabel(self)
        self.due.setStyleSheet("padding: 3px 8px;")
        self.out_of_time = QLabel(self)
        self.out_of_time.setStyleSheet(f"background: {OVERDUE_BRUSH.color().name()}; padding: 3px 8px;")
        self.out_of_time.setToolTip(out_of_time_tip())
        self.out_of_time.hide()
        self.answered = QLabel(self)
        header = QHBoxLayout()
        for w in (self.number, self.kind_status):
            header.addWidget(w)
        header.addStretch(1)
        for w in (self.out_of_time, self.due, self.answered):
            header.addWidget(w)

        self.pages = QTabWidget(self)
        self.pages.addTab(self._case_page(), self.tr("Case"))
        self.letters_panel = self._panel("app.ui.complaints.letters_panel", "LettersPanel")
        self.pages.addTab(self.letters_panel, self.tr("Letters"))
        self.remedy_panel = self._panel("app.ui.complaints.remedy_panel", "RemedyPanel")
        self.pages.addTab(self.remedy_panel, self.tr("Remedy"))

        self.status_row = QHBoxLayout()
        self.status_buttons: dict[str, QPushButton] = {}
        self.move_label = QLabel(self.tr("Move to:"), self)
        self.status_row.addWidget(self.move_label)
        self.status_note = QLineEdit(self)
        self.status_note.setPlaceholderText(self.tr("Note with the move (optional)"))
        self.note_button = QPushButton(self.tr("&Note…"), self)
        self.note_button.clicked.connect(self.add_note)
        self.decide_button = QPushButton(self.tr("&Decide…"), self)
        self.decide_button.clicked.connect(self.decide)
        self.close_case_button = QPushButton(self.tr("C&lose the case"), self)
        self.close_case_button.setToolTip(self.tr("A decided case whose remedy is done is closed"))
        self.close_case_button.clicked.connect(self.close_case)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        self.contact_button = QPushButton(self.tr("Contact…"), self)  # issue 17: the contact log and answers
        self.contact_button.setToolTip(self.tr("Log a call, an e-mail or a chat about this case"))
        self.contact_button.clicked.connect(
            lambda: open_contact_dialog(self.ctx, self, complaint_id=self.case_id))
        self.reply_button = QPushButton(self.tr("Reply…"), self)
        self.reply_button.setToolTip(self.tr("Answer the customer from a template filled with this case"))
        self.reply_button.clicked.connect(lambda: open_reply_dialog(self.ctx, self, complaint_id=self.case_id))
        actions = QHBoxLayout()
        actions.addLayout(self.status_row)
        actions.addWidget(self.status_note, 1)
        for b in (self.contact_button, self.reply_button, self.note_button, self.decide_button,
                  self.close_case_button, close):
            actions.addWidget(b)

        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.problem)
        layout.addWidget(self.pages, 1)
        layout.addLayout(actions)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.reject)

    def _case_page(self) -> QWidget:
        page = QWidget(self)
        left = QWidget(page)
        self.customer = QLabel(left)
        self.customer.setWordWrap(True)
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.order_button = QPushButton(left)
        self.order_button.clicked.connect(self.open_order)
        who = QGroupBox(self.tr("Customer and order"), left)
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(self.customer)
        order_row = QHBoxLayout()
        order_row.addWidget(self.order_button)
        order_row.addStretch(1)
        who_layout.addLayout(order_row)

        claim = QGroupBox(self.tr("Claim"), left)
        form = QFormLayout(claim)
        self.channel, self.demand, self.reason, self.delivered = (QLabel(claim) for _ in range(4))
        self.guarantor = QLabel(claim)
        self.guarantor.setWordWrap(True)
        self.decision = QLabel(claim)
        self.decision.setWordWrap(True)
        form.addRow(self.tr("Received"), self.channel)
        form.addRow(self.tr("Demands"), self.demand)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Delivered"), self.delivered)
        form.addRow(self.tr("Guarantor and terms"), self.guarantor)
        form.addRow(self.tr("Decision"), self.decision)
        self.description = QPlainTextEdit(left)
        self.description.setReadOnly(True)
        self.description.setMaximumHeight(90)

        self.lines_model = SimpleTableModel([self.tr("Product"), self.tr("SKU"), self.tr("Quantity"),
                                             self.tr("Unit price"), self.tr("Back in stock"),
                                             self.tr("Written off")], left, numeric=(2, 3, 4, 5))
        self.lines_view = make_table(self.lines_model, left, (190, 90, 50, 75, 105), one_line_rows=True)

        self.files_model = SimpleTableModel([self.tr("File"), self.tr("Size"), self.tr("Added")], left,
                                            numeric=(1,))
        self.files_view = make_table(self.files_model, left, (260, 80), one_line_rows=True)
        self.files_view.setToolTip(self.tr("Double-click opens the file with the system's viewer"))
        self.files_view.doubleClicked.connect(lambda index: self.open_file(index.row()))
        self.files_view.activated.connect(lambda index: self.open_file(index.row()))
        self.add_files_button = QPushButton(self.tr("&Add files…"), left)
        self.add_files_button.clicked.connect(lambda: self.add_files())
        files = QGroupBox(self.tr("Photos and files"), left)
        files_layout = QHBoxLayout(files)
        files_layout.addWidget(self.files_view, 1)
        files_layout.addWidget(self.add_files_button)
        files.setMaximumHeight(130)

        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(who, 1)
        top.addWidget(claim, 1)
        left_layout.addLayout(top)
        left_layout.addWidget(QLabel(self.tr("Description"), left))
        left_layout.addWidget(self.description)
        left_layout.addWidget(self.lines_view, 1)
        left_layout.addWidget(files)

        self.timeline_model = SimpleTableModel([self.tr("When"), self.tr("Who"), self.tr("What")], page)
        self.timeline_view = make_table(self.timeline_model, page, (125, 95))
        self.timeline_view.setWordWrap(True)
        timeline = QGroupBox(self.tr("Timeline"), page)
        QVBoxLayout(timeline).addWidget(self.timeline_view)

        splitter = QSplitter(page)
        splitter.addWidget(left)
        splitter.addWidget(timeline)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 440])
        QVBoxLayout(page).addWidget(splitter)
        return page

    def _panel(self, module_name: str, class_name: str) -> QWidget:
        """A page of another part of issue 16 (letters, remedies); a note when it is not in this build."""
        import importlib

        try:
            panel_class = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError):
            note = QLabel(self.tr("Not available in this build."), self)
            note.setProperty("missing", True)
            return note
        return panel_class(self.ctx, self)

    # --- reading ---------------------------------------------------------------------------------------------
    def load(self) -> None:
        from app.services.complaints.working import case_detail

        self._asked += 1
        asked, case_id = self._asked, self.case_id

        def done(detail: CaseDetail) -> None:
            if asked == self._asked:
                self.show_case(detail)

        def failed(exc: BaseException) -> None:
            if asked == self._asked:
                self.show_problem(error_text(exc))

        self.ctx.read(lambda s: case_detail(s, case_id), on_done=done, on_error=failed)

    def today(self):
        return shop_day(datetime.now(UTC), str(self.ctx.tz))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def show_case(self, d: CaseDetail) -> None:
        self.detail = d
        self.show_problem("")
        self.setWindowTitle(self.tr("Complaint {0} — {1}").format(d.number, d.customer_name))
        self.number.setText(d.number)
        self.kind_status.setText(f"{_t(KIND, d.kind)} · {_t(STATUS, d.status)}")
        running = d.status in OPEN_STATUSES
        days_left = (d.due_on - self.today()).days if running else None
        self.due.setText(self.tr("Due {0} ({1})").format(d.due_on.isoformat(), due_text(days_left))
                         if running else self.tr("Deadline {0}").format(d.due_on.isoformat()))
        brush = due_brush(days_left)
        self.due.setStyleSheet("padding: 3px 8px;" + (f" background: {brush.color().name()};" if brush else ""))
        self.due.setProperty("days_left", days_left)
        self.out_of_time.setText("⚠ " + self.tr("Out of time"))
        self.out_of_time.setVisible(d.out_of_time)
        self.answered.setText(self.tr("Answered {0}").format(d.answered_on.isoformat()) if d.answered_on
                              else self.tr("Not answered yet"))
        self._show_customer(d)
        self._show_claim(d)
        self.lines_model.set_rows([(x.name, x.sku, str(x.quantity), f"{x.unit_price:.2f}".replace(".", ","),
                                    str(x.restocked), str(x.written_off)) for x in d.lines])
        tz = self.ctx.tz
        self.files_model.set_rows([(f.name, _size(f.size), f.added_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"))
                                   for f in d.files], [f.path for f in d.files])
        self.timeline_model.set_rows([(e.at.astimezone(tz).strftime("%Y-%m-%d %H:%M"), e.who, self.entry_text(e))
                                      for e in d.timeline], list(d.timeline))
        self.timeline_view.resizeRowsToContents()
        self.timeline_view.scrollToBottom()
        self._show_actions(d)
        for panel in (self.letters_panel, self.remedy_panel):
            if hasattr(panel, "show_case"):
                panel.show_case(d)

    def _show_customer(self, d: CaseDetail) -> None:
        parts = [f"<b>{_esc(d.customer_name)}</b>"]
        parts += [_esc(x) for x in (d.email, d.phone, d.address) if x]
        self.customer.setText("<br>".join(parts))
        self.order_button.setVisible(d.order_id is not None)
        if d.order_id is not None:
            self.order_button.setText(self.tr("Open the order {0}").format(d.order_number or ""))

    def _show_claim(self, d: CaseDetail) -> None:
        self.channel.setText(f"{d.received_on.isoformat()} · {_t(CHANNEL, d.channel)}")
        self.demand.setText(_t(DEMAND, d.demand))
        self.reason.setText(_t(REASON, d.reason))
        if d.delivered_on is None:
            self.delivered.setText(self.tr("not known"))
        elif d.delivery_estimated:
            self.delivered.setText(self.tr("{0} (estimated from the shipping date)").format(d.delivered_on.isoformat()))
        else:
            self.delivered.setText(d.delivered_on.isoformat())
        self.guarantor.setText(" — ".join(x for x in (d.guarantor, d.guarantee_terms) if x) or "—")
        if d.decision:
            text = _t(DECISION, d.decision)
            if d.remedy:
                text += f": {_t(DEMAND, d.remedy)}"
            if d.decision_reason:
                text += f" — {d.decision_reason}"
            self.decision.setText(text)
        else:
            self.decision.setText("—")
        self.description.setPlainText(d.description)

    def entry_text(self, e: TimelineEntry) -> str:
        """A timeline entry in the user's language: a move says from and to, with its note."""
        text = domain_text(e.text)
        if e.kind == "status" and e.from_status and e.to_status:
            move = f"{_t(STATUS, e.from_status)} → {_t(STATUS, e.to_status)}"
            return f"{move}: {text}" if text else move
        return text

    def _show_actions(self, d: CaseDetail) -> None:
        for button in self.status_buttons.values():
            self.status_row.removeWidget(button)
            button.deleteLater()
        self.status_buttons = {}
        for status in d.allowed_statuses:
            button = QPushButton(_t(STATUS, status), self)
            button.clicked.connect(lambda _=False, s=status: self.move_to(s))
            self.status_row.addWidget(button)
            self.status_buttons[status] = button
        can_move = bool(d.allowed_statuses)
        self.move_label.setVisible(can_move)
        self.status_note.setVisible(can_move)
        self.decide_button.setEnabled(d.status in OPEN_STATUSES)
        self.close_case_button.setEnabled(d.status == DECIDED)
        self.note_button.setEnabled(True)
        self.add_files_button.setEnabled(d.status != CLOSED)

    # --- actions ---------------------------------------------------------------------------------------------
    def _run(self, fn, then=None) -> None:
        """A use case in the writer; its changes go to the bus (this window reloads from there)."""
        def done(changes: Changes) -> None:
            bus().changed.emit(changes)
            if then is not None:
                then()

        self.ctx.run(fn, on_done=done, on_error=lambda exc: show_error(self, exc))

    def move_to(self, status: str) -> None:
        from app.services.complaints.working import change_status

        case_id, who, note = self.case_id, self.ctx.who, self.status_note.text()
        self._run(lambda s: change_status(s, case_id, status, who, note), then=self.status_note.clear)

    def add_note(self, text: str | None = None) -> None:
        """A note in the timeline; without `text` it is asked for."""
        from app.services.complaints.working import add_note

        if not isinstance(text, str):
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Note"), self.tr("Note for the timeline:"))
            if not ok or not text.strip():
                return
        case_id, who = self.case_id, self.ctx.who
        self._run(lambda s: add_note(s, case_id, text, who))

    def add_files(self, paths: list[str] | None = None) -> None:
        from app.services.complaints.working import add_files

        if paths is None:
            paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add photos and files to the case"))
            if not paths:
                return
        case_id, who = self.case_id, self.ctx.who
        self._run(lambda s: add_files(s, case_id, paths, who))

    def open_file(self, row: int) -> bool:
        path = self.files_view.model().index(row, 0).data(PAYLOAD_ROLE)
        return bool(path) and QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def decide(self) -> DecideDialog | None:
        if self.detail is None:
            return None
        dialog = DecideDialog(self.detail.demand, self, kind=self.detail.kind)
        self.decide_dialog = dialog
        dialog.accepted.connect(lambda: self._decided(dialog))
        dialog.open()
        return dialog

    def _decided(self, dialog: DecideDialog) -> None:
        from app.services.complaints.working import decide

        decision, remedy, reason = dialog.choice()
        case_id, who = self.case_id, self.ctx.who
        self._run(lambda s: decide(s, case_id, decision, remedy, reason, who))

    def close_case(self) -> QMessageBox | None:
        """Close after a question: a closed case no longer moves."""
        if self.detail is None:
            return None
        question = QMessageBox(QMessageBox.Icon.Question, self.tr("Close the case"),
                               self.tr("Close case {0}? A closed case can no longer be worked on.")
                               .format(self.detail.number),
                               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        question.setDefaultButton(QMessageBox.StandardButton.No)
        question.finished.connect(lambda result: self._close_answered(result))
        self.question = question
        question.open()
        return question

    def _close_answered(self, result: int) -> None:
        from app.services.complaints.working import close_case

        if result != QMessageBox.StandardButton.Yes:
            return
        case_id, who = self.case_id, self.ctx.who
        self._run(lambda s: close_case(s, case_id, who))

    def open_order(self) -> QWidget | None:
        """The order's window, as the Invoices tab opens it: the Orders tab's, which keeps one per order."""
        if self.detail is None or self.detail.order_id is None:
            return None
        order_id = self.detail.order_id
        parent = self.parentWidget()
        opener = getattr(parent.window() if parent is not None else None, "tab", None)
        if callable(opener):
            try:
                self.order_window = opener("OrdersTab").open_order(order_id)
                return self.order_window
            except KeyError:
                pass
        from app.ui.orders.dialog import OrderDialog

        self.order_window = OrderDialog(self.ctx, order_id, self)
        self.order_window.show()
        return self.order_window

    def _on_changed(self, changes: Changes) -> None:
        if changes.bulk or self.case_id in getattr(changes, "complaints", frozenset()):
            self.load()

    def done(self, result: int) -> None:
        try:
            bus().changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)


def _esc(text: str) -> str:
    from html import escape

    return escape(text)


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size // 1024} kB"
    return f"{size} B"
