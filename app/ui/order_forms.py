"""Small form pieces of the order dialog: an address form and the history timeline."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHeaderView, QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget

from app.services.order_data import AddressData, EventData
from app.ui.orders_model import status_text


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
            e.setReadOnly(read_only)


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

    def set_events(self, events: tuple[EventData, ...]) -> None:
        self.clear()
        for e in reversed(events):  # newest first
            item = QTreeWidgetItem([e.at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M"), self.describe(e), e.who,
                                    e.why])
            item.setToolTip(3, e.why)
            self.addTopLevelItem(item)
