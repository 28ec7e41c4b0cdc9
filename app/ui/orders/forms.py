"""Pieces of the order dialog: an address form, the history timeline, and the notes/history tabs."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.orders.data import AddressData, EventData
from app.ui.kit.domain_text import domain_text
from app.ui.orders.model import payment_status_text, status_text

_PAYMENT_CHANGE = re.compile(r"^Payment: (\w+) -> (\w+)$")


def show_read_only(edit: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
    """Read-only, and looking it: the grey background of a disabled field (as the greyed combos beside it), while
    the text can still be selected and copied (a phone number to call, an address to read out)."""
    edit.setReadOnly(read_only)
    source = QApplication.palette(edit)
    palette = edit.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        shown = QPalette.ColorGroup.Disabled if read_only else group
        palette.setColor(group, QPalette.ColorRole.Base, source.color(shown, QPalette.ColorRole.Base))
    edit.setPalette(palette)


class AddressForm(QGroupBox):
    """Name, company, street, postal code, city, country, phone: an address as written on one order."""

    edited = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name, self.company, self.street = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.postal_code, self.city, self.country, self.phone = (QLineEdit(self) for _ in range(4))
        self.postal_code.setPlaceholderText("00-000")
        self.country.setMaxLength(2)
        self.country.setText("PL")
        for label, edit in ((self.tr("Name"), self.name), (self.tr("Company"), self.company),
                            (self.tr("Street"), self.street), (self.tr("Postal code"), self.postal_code),
                            (self.tr("City"), self.city), (self.tr("Country"), self.country),
                            (self.tr("Phone"), self.phone)):
            form.addRow(label, edit)
            edit.textEdited.connect(lambda _t: self.edited.emit())

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.company, self.street, self.postal_code, self.city, self.country, self.phone)

    def set_data(self, a: AddressData) -> None:
        for edit, value in zip(self._edits(), (a.name, a.company, a.street, a.postal_code, a.city, a.country,
                                               a.phone), strict=True):
            edit.setText(value)

    def data(self) -> AddressData:
        return AddressData(*(e.text().strip() for e in self._edits()))

    def set_read_only(self, read_only: bool) -> None:
        for e in self._edits():
            show_read_only(e, read_only)


class BuyerNipField(QWidget):
    """The buyer's NIP for a company (B2B) invoice, in the order's billing part, with the reason beneath it when
    the NIP is refused (a wrong check digit, too few digits), so the user sees which field to correct."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("buyer_nip")
        self.edit.setMaxLength(20)  # "PL 123-456-78-19" as people type it; stored as 10 digits
        self.edit.setPlaceholderText(self.tr("only for a company invoice, e.g. 123-456-78-19"))
        self.edit.textEdited.connect(self._typed)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#c0192b;")
        self.error.hide()
        form.addRow(self.tr("NIP (invoice)"), self.edit)
        form.addRow("", self.error)

    def _typed(self, _text: str) -> None:
        self.set_error("")
        self.edited.emit()

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, nip: str) -> None:
        self.edit.setText(nip)
        self.set_error("")

    def set_error(self, text: str) -> None:
        """The refusal under the field ("" clears it), the field framed red while it stands."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.edit.setStyleSheet("border: 1px solid #c0192b;" if text else "")

    def set_read_only(self, read_only: bool) -> None:
        show_read_only(self.edit, read_only)


class HistoryView(QTreeWidget):
    """The order's timeline: when, what changed (from -> to), who, why; notes in the same list."""

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.setRootIsDecorated(False)
        self.setHeaderLabels([self.tr("When"), self.tr("Change"), self.tr("Who"), self.tr("Why / note")])
        self.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 130)
        self.setColumnWidth(1, 230)
        self.setColumnWidth(2, 110)
        self.setWordWrap(True)

    def describe(self, e: EventData) -> str:
        if e.kind == "status":
            if e.from_status:
                return f"{status_text(e.from_status)} → {status_text(e.to_status or '')}"
            return status_text(e.to_status or "")
        return {"note": self.tr("Note"), "verify": self.tr("Verification"), "edit": self.tr("Edited"),
                "import": self.tr("Import")}.get(e.kind, e.kind)

    def why_text(self, why: str) -> str:
        """The history stores payment changes by their codes ("Payment: unpaid -> paid"); show them in words."""
        match = _PAYMENT_CHANGE.match(why)
        if match is None:
            return domain_text(why)
        return self.tr("Payment: {0} → {1}").format(payment_status_text(match[1]), payment_status_text(match[2]))

    def set_events(self, events: tuple[EventData, ...]) -> None:
        self.clear()
        for e in reversed(events):  # newest first
            why = self.why_text(e.why)
            item = QTreeWidgetItem([e.at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M"), self.describe(e), e.who,
                                    why])
            item.setToolTip(3, why)
            self.addTopLevelItem(item)


class NotesAndHistory(QTabWidget):
    """The dialog's lower part: the customer's and internal notes, and the history with "Add note"."""

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        notes = QWidget(self)
        nl = QHBoxLayout(notes)
        self.customer_note, self.internal_note = QPlainTextEdit(self), QPlainTextEdit(self)
        self.customer_note.setPlaceholderText(self.tr("The customer's note"))
        self.internal_note.setPlaceholderText(self.tr("Internal notes (not shown to the customer)"))
        for label, edit in ((self.tr("Customer's note"), self.customer_note),
                            (self.tr("Internal notes"), self.internal_note)):
            box = QGroupBox(label, self)
            QVBoxLayout(box).addWidget(edit)
            nl.addWidget(box)
        self.addTab(notes, self.tr("Notes"))
        history = QWidget(self)
        hl = QVBoxLayout(history)
        self.history = HistoryView(tz, self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Add a note to the history (a call, a promise to the customer)"))
        self.note_button = QPushButton(self.tr("Add note"), self)
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.note_button)
        hl.addWidget(self.history, 1)
        hl.addLayout(row)
        self.addTab(history, self.tr("History"))
        self.setMaximumHeight(230)
