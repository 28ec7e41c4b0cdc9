"""The contact window (issue 17, "The contact log"): log a phone call, an e-mail or a chat in seconds, from an order,
a case, the customer's card or anywhere (the main window binds a shortcut to `open_contact_dialog`).

Channel, direction and topic are combos (typing a letter picks one; Alt+letter jumps to each); the channel last used
is offered again for the rest of the app's run. A follow-up day is optional, with quick buttons (tomorrow, in 3 days,
in a week). Without a customer, order or case, the customer is found by typing a name, e-mail or phone.
Ctrl+Enter saves.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.shop_time import shop_today
from app.models.customer import CONTACT_CHANNELS, DIRECTIONS, TOPICS
from app.services.customers import contacts, labels
from app.services.customers.data import ContactInput
from app.services.customers.search import list_customers
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text

if TYPE_CHECKING:
    from app.core.changes import Changes
    from app.services.customers.contacts import ContactSubject
    from app.services.customers.data import CustomerList
    from app.ui.kit.context import AppContext



def _fill_combo(combo: QComboBox, kind: str, codes: tuple[str, ...]) -> None:
    for code in codes:
        combo.addItem(domain_text(labels.label(kind, code)), code)


class ContactDialog(QDialog):
    """`saved(contact id)` once the contact is stored (the bus has carried its changes)."""

    saved = Signal(int)
    last_channel: ClassVar[str] = "phone"  # offered again for the rest of the run

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, customer_id: int | None = None,
                 order_id: int | None = None, complaint_id: int | None = None, topic: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id, self.order_id, self.complaint_id = customer_id, order_id, complaint_id
        self.contact_id: int | None = None
        self.setWindowTitle(self.tr("Log a contact"))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.find = QLineEdit(self)
        self.find.setPlaceholderText(self.tr("Name, e-mail or phone"))
        self.found = QListWidget(self)
        self.found.setMaximumHeight(120)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._search)
        self.find.textEdited.connect(lambda _t: self._search_timer.start())
        self.find.returnPressed.connect(self._search)
        self.found.currentItemChanged.connect(self._picked)

        self.channel, self.direction, self.topic = QComboBox(self), QComboBox(self), QComboBox(self)
        _fill_combo(self.channel, "channel", CONTACT_CHANNELS)
        _fill_combo(self.direction, "direction", DIRECTIONS)
        _fill_combo(self.topic, "topic", TOPICS)
        self.channel.setCurrentIndex(max(0, self.channel.findData(ContactDialog.last_channel)))
        if topic:
            self.topic.setCurrentIndex(max(0, self.topic.findData(topic)))
        elif complaint_id is not None:
            self.topic.setCurrentIndex(self.topic.findData("complaint"))
        elif order_id is not None:
            self.topic.setCurrentIndex(self.topic.findData("status"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What was said, what was promised"))

        self.follow_up = QCheckBox(self.tr("&Follow up on"), self)
        self.follow_up_on = QDateEdit(self)
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat("dd.MM.yyyy")
        today = shop_today()
        self.follow_up_on.setMinimumDate(QDate(today.year, today.month, today.day))
        self._set_day(today + timedelta(days=1), check=False)
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        quick = QHBoxLayout()
        quick.addWidget(self.follow_up)
        quick.addWidget(self.follow_up_on)
        self.quick_buttons: dict[int, QPushButton] = {}
        for days, text in ((1, self.tr("Tomorrow")), (3, self.tr("In 3 days")), (7, self.tr("In a week"))):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, d=days: self._set_day(shop_today() + timedelta(days=d)))
            self.quick_buttons[days] = button
            quick.addWidget(button)
        quick.addStretch(1)

        form = QFormLayout()
        self.find_label = QLabel(self.tr("C&ustomer:"), self)
        self.find_label.setBuddy(self.find)
        form.addRow(self.find_label, self.find)
        form.addRow("", self.found)
        for text, widget in ((self.tr("&Channel:"), self.channel), (self.tr("&Direction:"), self.direction),
                             (self.tr("&Topic:"), self.topic), (self.tr("&Note:"), self.note)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"), self)
        self.save_button.setDefault(False)
        cancel = QPushButton(self.tr("Cancel"), self)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form, 1)
        layout.addLayout(quick)
        layout.addLayout(buttons)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self.save)
        self.resize(620, 520)

        has_subject = any(x is not None for x in (customer_id, order_id, complaint_id))
        for w in (self.find_label, self.find, self.found):
            w.setVisible(not has_subject)
        if has_subject:
            self.heading.setText(self.tr("Loading…"))
            self.ctx.read(lambda s: contacts.contact_subject(s, customer_id=customer_id, order_id=order_id,
                                                             complaint_id=complaint_id),
                          on_done=self._subject, on_error=self._error)
            self.note.setFocus()
        else:
            self.heading.setText(self.tr("Find the customer, then say what the contact was about."))
            self.find.setFocus()

    # --- the customer ----------------------------------------------------------------------------------------
    def _subject(self, subject: ContactSubject) -> None:
        parts = [subject.customer_name or self.tr("(no customer)")]
        if subject.order_number:
            parts.append(self.tr("order {0}").format(subject.order_number))
        if subject.complaint_number:
            parts.append(self.tr("case {0}").format(subject.complaint_number))
        self.heading.setText(self.tr("Contact with: {0}").format(", ".join(parts)))

    def _search(self) -> None:
        text = self.find.text().strip()
        if len(text) < 2:
            self.found.clear()
            return
        self.ctx.read(lambda s: list_customers(s, search=text, limit=20),
                      on_done=lambda result: self._found(text, result), on_error=self._error)

    def _found(self, text: str, result: CustomerList) -> None:
        if text != self.find.text().strip():
            return  # typed on since: a newer search follows
        self.found.clear()
        for row in result.rows:
            words = " · ".join(x for x in (row.name, row.email or "", row.phone or "") if x)
            item = QListWidgetItem(words, self.found)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        if self.found.count():
            self.found.setCurrentRow(0)
        else:
            self.customer_id = None
            self.status.setText(self.tr("No customer matches."))

    def _picked(self, item: QListWidgetItem | None) -> None:
        self.customer_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.status.clear()

    # --- the follow-up ---------------------------------------------------------------------------------------
    def _set_day(self, day: date, *, check: bool = True) -> None:
        self.follow_up_on.setDate(QDate(day.year, day.month, day.day))
        if check:
            self.follow_up.setChecked(True)

    def follow_up_day(self) -> date | None:
        if not self.follow_up.isChecked():
            return None
        return self.follow_up_on.date().toPython()

    # --- saving ----------------------------------------------------------------------------------------------
    def contact_input(self) -> ContactInput:
        return ContactInput(channel=self.channel.currentData(), direction=self.direction.currentData(),
                            topic=self.topic.currentData(), note=self.note.toPlainText(),
                            customer_id=self.customer_id, order_id=self.order_id, complaint_id=self.complaint_id,
                            follow_up_on=self.follow_up_day())

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        if self.customer_id is None and self.order_id is None and self.complaint_id is None:
            self.status.setText(self.tr("Find and pick the customer first."))
            self.find.setFocus()
            return
        data, who = self.contact_input(), self.ctx.who
        self.save_button.setEnabled(False)
        ContactDialog.last_channel = data.channel
        self.ctx.run(lambda s: contacts.log_contact(s, data, who=who), on_done=self._saved, on_error=self._failed)

    def _saved(self, result: tuple[int, Changes]) -> None:
        self.contact_id, changes = result
        bus().changed.emit(changes)
        self.saved.emit(self.contact_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._error(exc)

    def _error(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))


def open_contact_dialog(ctx: AppContext, parent: QWidget | None = None, **ids: int | None) -> ContactDialog:
    """Open the contact window (non-blocking) for customer_id / order_id / complaint_id (any, or none)."""
    dialog = ContactDialog(ctx, parent, **ids)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
