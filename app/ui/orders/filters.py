"""The Orders tab's narrowing controls: the status filters with their counts, and the date range."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QWidget,
)

from app.services.orders import lifecycle

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any"


def grouped(n: int) -> str:
    """1234567 -> '1 234 567' (non-breaking spaces, as Polish writes it)."""
    return f"{n:,}".replace(",", "\u00a0")


class FilterList(QListWidget):
    """All, new, awaiting payment, ready to pack, packed, shipped, on hold / problems, cancelled: with counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderFilters")
        self.setStyleSheet("QListWidget#orderFilters::item { padding: 5px 4px; }")
        self.labels = {"all": self.tr("All"), "new": self.tr("New"), "awaiting_payment": self.tr("Awaiting payment"),
                       "ready": self.tr("Ready to pack"), "packed": self.tr("Packed"), "shipped": self.tr("Shipped"),
                       "problems": self.tr("On hold / problems"), "cancelled": self.tr("Cancelled")}
        for key in lifecycle.FILTERS:
            item = QListWidgetItem(self.labels[key], self)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.setCurrentRow(0)
        self.setMinimumWidth(180)

    def current_key(self) -> str:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "all"

    def select_key(self, key: str) -> None:
        self.setCurrentRow(list(lifecycle.FILTERS).index(key))

    def set_counts(self, counts: dict[str, int]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setText(self.tr("{label}  ({count})").format(label=self.labels[key],
                                                              count=grouped(counts.get(key, 0))))
        self._fit_texts([self.item(r).text() for r in range(self.count())])

    def reserve_counts(self, sample: int = 10_000) -> None:
        """Before the counts are known (the quick start): as wide as labels with counts of that size, so that the
        list does not widen under the user's eyes when they arrive."""
        self._fit_texts([self.tr("{label}  ({count})").format(label=label, count=grouped(sample))
                         for label in self.labels.values()])

    def _fit_texts(self, texts: list[str]) -> None:
        """Wide enough for the longest label with its count (Polish labels are longer, counts grow)."""
        text_width = max((self.fontMetrics().horizontalAdvance(text) for text in texts), default=0)
        # item padding (stylesheet) and margins, the frame, and room for a vertical scroll bar
        extra = 24 + 2 * self.frameWidth() + self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(max(180, text_width + extra))


class DateRange(QWidget):
    """From / to, calendar days in the shop's zone; "any" (the minimum date) means no limit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_from, self.date_to = self._edit(), self._edit()
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d, e=edit: self._keep_in_order(e))
        clear = QToolButton(self, text="×", toolTip=self.tr("Any date"))
        clear.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("From"), self))
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(self.date_to)
        row.addWidget(clear)

    def _edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        edit.setToolTip(self.tr("Days in the shop's time zone; \"any\" for no limit"))
        edit.calendarWidget().installEventFilter(self)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A calendar opened on "any" shows this month, not January 2000."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QCalendarWidget) \
                and watched.selectedDate() == NO_DATE:
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def _keep_in_order(self, changed: QDateEdit) -> None:
        """A "from" after the "to" (or the reverse) would show no order at all: the other end follows."""
        start, end = self.dates()
        if start is not None and end is not None and start > end:
            other = self.date_to if changed is self.date_from else self.date_from
            other.blockSignals(True)
            other.setDate(changed.date())
            other.blockSignals(False)
        self.changed.emit()

    @staticmethod
    def _value(edit: QDateEdit) -> date | None:
        d = edit.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())

    def dates(self) -> tuple[date | None, date | None]:
        return self._value(self.date_from), self._value(self.date_to)

    def set_dates(self, start: date | None, end: date | None) -> None:
        for edit, value in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
            edit.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.set_dates(None, None)


class LinkChip(QWidget):
    """"Filter from the Today view: …" with a ✕: a list opened from a Today figure says it is narrowed (by what the
    status filters and dates cannot show) until the user takes the narrowing off."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayFilterChip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#todayFilterChip { background: #fff1c2; border: 1px solid #d9b84a;"
                           " border-radius: 4px; }")
        self.label = QLabel(self)
        self.close_button = QToolButton(self, text="✕", toolTip=self.tr("Show the list without this filter"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.cleared)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 1, 1, 1)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button)
        self.hide()

    def show_text(self, what: str) -> None:
        self.label.setText(self.tr("Filter from the Today view: {0}").format(what))
        self.show()

    def describe(self, view_label: str, params: tuple[tuple[str, str], ...]) -> str:
        """What the link narrows to, in words: the view, the days, each narrowing."""
        from app.ui.shipping.names import carrier_label

        kinds = {"not_paid": self.tr("not paid"), "no_address": self.tr("no shipping address"),
                 "address_incomplete": self.tr("address incomplete"), "no_contact": self.tr("no e-mail or phone"),
                 "no_lines": self.tr("no lines"), "unlinked_line": self.tr("a line not linked to a product"),
                 "short_of_stock": self.tr("not enough stock"), "possible_duplicate": self.tr("possible duplicate"),
                 "other": self.tr("other reasons"), "on_hold": self.tr("on hold, no reason written"),
                 "held_at_packing": self.tr("held at packing")}
        parts = [view_label]
        for name, value in params:
            if name == "date_from":
                parts.append(self.tr("from {0}").format(value))
            elif name == "date_to":
                parts.append(self.tr("until {0}").format(value))
            elif name == "problem_kind":
                parts.append(self.tr("reason: {0}").format(kinds.get(value, value)))
            elif name == "carrier":
                parts.append(self.tr("waiting for {0}").format(carrier_label(value)) if value
                             else self.tr("no shipment yet"))
            elif name == "shipped_on":
                parts.append(self.tr("shipped on {0}").format(value))
            elif name == "promised_on":
                parts.append(self.tr("promised for {0}").format(value))
            elif name == "late_on":
                parts.append(self.tr("late on {0}").format(value))
            elif name == "invoice_missing":
                parts.append(self.tr("no invoice issued"))
            elif name == "cod_unpaid":
                parts.append(self.tr("cash on delivery not paid yet"))
        return ", ".join(parts)
