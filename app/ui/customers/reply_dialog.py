"""The reply window (issue 17, "Answers"): pick a template for an order, a case or a customer; the text comes filled
(Polish: it goes to the customer) and stays editable; "Copy" puts the subject and text on the clipboard, "Open in
the mail client" opens a mailto: address with them (QDesktopServices: no mail server needed). Either way the
answer is logged as an outgoing e-mail contact with its text, once for the same text.

Fields the order or case has no value for stay visible as {field} and are named under the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.shop_time import shop_today
from app.models.customer import TOPICS
from app.services.customers import contacts, labels, replies
from app.services.customers.data import ContactInput
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text

if TYPE_CHECKING:
    from app.core.changes import Changes
    from app.services.customers.data import FilledReply, TemplateRow
    from app.ui.kit.context import AppContext



class ReplyDialog(QDialog):
    """`logged(contact id)` when the answer is logged as a contact."""

    logged = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, order_id: int | None = None,
                 complaint_id: int | None = None, customer_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id, self.complaint_id, self.customer_id = order_id, complaint_id, customer_id
        self.filled: FilledReply | None = None
        self.logged_text: str | None = None  # what was last logged, so copying twice logs once
        self.contact_id: int | None = None
        self.setWindowTitle(self.tr("Answer from a template"))

        self.topic = QComboBox(self)
        self.topic.addItem(self.tr("All topics"), None)
        for code in TOPICS:
            self.topic.addItem(domain_text(labels.label("topic", code)), code)
        self.topic.currentIndexChanged.connect(lambda _i: self._load_templates())
        self.templates = QListWidget(self)
        self.templates.currentItemChanged.connect(self._picked)
        self.edit_templates = QPushButton(self.tr("Templates…"), self)
        self.edit_templates.clicked.connect(self.open_templates)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        topic_label = QLabel(self.tr("T&opic:"), left)
        topic_label.setBuddy(self.topic)
        left_layout.addWidget(topic_label)
        left_layout.addWidget(self.topic)
        left_layout.addWidget(self.templates, 1)
        left_layout.addWidget(self.edit_templates)

        self.to = QLabel(self)
        self.to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        right = QWidget(self)
        form = QFormLayout(right)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("To:"), self.to)
        subject_label = QLabel(self.tr("&Subject:"), right)
        subject_label.setBuddy(self.subject)
        form.addRow(subject_label, self.subject)
        body_label = QLabel(self.tr("Te&xt:"), right)
        body_label.setBuddy(self.body)
        form.addRow(body_label, self.body)
        form.addRow("", self.missing)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 640])

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the subject and the text to the clipboard and log the answer"))
        self.mail_button = QPushButton(self.tr("Open in the &mail client"), self)
        self.mail_button.setToolTip(self.tr("Open a new message in the mail program and log the answer"))
        close = QPushButton(self.tr("Close"), self)
        self.copy_button.clicked.connect(self.copy)
        self.mail_button.clicked.connect(self.open_mail)
        close.clicked.connect(self.accept)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for w in (self.copy_button, self.mail_button, close):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(960, 620)
        self._set_ready(False)
        self._load_templates()

    # --- templates -------------------------------------------------------------------------------------------
    def _load_templates(self, select_id: int | None = None) -> None:
        topic = self.topic.currentData()
        self.ctx.read(lambda s: replies.list_templates(s, topic), on_done=lambda rows: self._templates(rows,
                                                                                                       select_id),
                      on_error=self._error)

    def _templates(self, rows: tuple[TemplateRow, ...], select_id: int | None) -> None:
        self.templates.blockSignals(True)
        self.templates.clear()
        for row in rows:
            item = QListWidgetItem(row.name, self.templates)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(domain_text(labels.label("topic", row.topic)))
            if row.id == select_id:
                self.templates.setCurrentItem(item)
        self.templates.blockSignals(False)

    def select_template(self, name: str) -> None:
        """Pick the template of that name (as a click in the list would)."""
        found = self.templates.findItems(name, Qt.MatchFlag.MatchExactly)
        if found:
            self.templates.setCurrentItem(found[0])

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        tid, oid, cid, kid, today = (item.data(Qt.ItemDataRole.UserRole), self.order_id, self.complaint_id,
                                     self.customer_id, shop_today())
        self.ctx.read(lambda s: replies.fill_template(s, tid, order_id=oid, complaint_id=cid, customer_id=kid,
                                                      today=today), on_done=self._filled, on_error=self._error)

    def _filled(self, filled: FilledReply) -> None:
        self.filled = filled
        self.to.setText(filled.to_email or self.tr("(no e-mail address)"))
        self.subject.setText(filled.subject)
        self.body.setPlainText(filled.body)
        if filled.missing:
            self.missing.setText(self.tr("No value for: {0}. Write it in by hand or remove it.").format(
                ", ".join("{" + f + "}" for f in filled.missing)))
        else:
            self.missing.clear()
        self.status.clear()
        self._set_ready(True)

    def open_templates(self) -> None:
        from app.ui.customers.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self._load_templates(self._current_id()))
        dialog.open()

    def _current_id(self) -> int | None:
        item = self.templates.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # --- sending ---------------------------------------------------------------------------------------------
    def _set_ready(self, ready: bool) -> None:
        self.copy_button.setEnabled(ready)
        self.mail_button.setEnabled(ready)

    def text(self) -> str:
        """The subject and the text as they go out."""
        return f"{self.subject.text().strip()}\n\n{self.body.toPlainText()}"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.status.setText(self.tr("Copied to the clipboard."))
        self._log()

    def open_mail(self) -> None:
        to = self.filled.to_email if self.filled is not None else None
        url = QUrl(replies.mailto_url(to, self.subject.text().strip(), self.body.toPlainText()),
                   QUrl.ParsingMode.TolerantMode)
        if not QDesktopServices.openUrl(url):
            self.status.setText(self.tr("No mail program opened. Copy the text instead."))
            return
        self.status.setText(self.tr("Opened in the mail program."))
        self._log()

    def _log(self) -> None:
        """The answer as an outgoing e-mail contact with its text (once for the same text)."""
        if self.filled is None or self.text() == self.logged_text:
            return
        text, filled, who = self.text(), self.filled, self.ctx.who
        data = ContactInput("email", "out", filled.topic, text, customer_id=filled.customer_id,
                            order_id=filled.order_id, complaint_id=filled.complaint_id)
        self.ctx.run(lambda s: contacts.log_contact(s, data, who=who),
                     on_done=lambda result: self._logged(text, result), on_error=self._error)

    def _logged(self, text: str, result: tuple[int, Changes]) -> None:
        self.contact_id, changes = result
        self.logged_text = text
        bus().changed.emit(changes)
        self.status.setText(self.status.text() + " " + self.tr("Logged as a contact."))
        self.logged.emit(self.contact_id)

    def _error(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))


def open_reply_dialog(ctx: AppContext, parent: QWidget | None = None, **ids: int | None) -> ReplyDialog:
    """Open the reply window (non-blocking) for order_id / complaint_id / customer_id."""
    dialog = ReplyDialog(ctx, parent, **ids)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
