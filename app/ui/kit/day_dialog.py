"""A small dialog asking for the day something happened (an invoice paid, a letter sent): today unless the user
says otherwise, never a future day, and never before `earliest` when given."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PastDayDialog(QDialog):
    """Subclasses give the title and texts through their own tr(), so each keeps its translation context."""

    def __init__(self, title: str, what: str, shown: str, day_caption: str, today: date, *,
                 earliest: date | None = None, ok_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        if earliest is not None:
            self.day.setMinimumDate(_qdate(earliest))
        self.day.setMaximumDate(_qdate(today))
        self.day.setDate(_qdate(today))
        label = QLabel(shown, self)
        label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(what, label)
        form.addRow(day_caption, self.day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        if ok_text:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())
