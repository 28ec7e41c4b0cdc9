"""The follow-ups to do (issue 17: "what is due today and overdue, done with one key").

A window over contacts.follow_ups: the day each is due (overdue ones red), the customer, the order, how and what
about, and the note. Space or Ctrl+D marks the selected one done (the list, the tab's title and the status bar
count drop, through the bus); Enter opens the customer's card. "Later too" shows the ones planned for later days.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.shop_time import shop_day
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text
from app.ui.kit.tables import PAYLOAD_ROLE, SimpleTableModel, make_table
from app.ui.kit.windows import fit_to_screen

if TYPE_CHECKING:
    from app.core.changes import Changes
    from app.services.customers.data import FollowUpCounts, FollowUpRow
    from app.ui.kit.context import AppContext

OVERDUE_BRUSH = QBrush(QColor("#f8d0cd"))
TODAY_BRUSH = QBrush(QColor("#ffdcaa"))
DUE, CUSTOMER, ORDER, CHANNEL, TOPIC, NOTE = range(6)


def _label(kind: str, code: str) -> str:
    from app.services.customers.labels import label

    return domain_text(label(kind, code))


class FollowUpsView(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: str | None = None  # a view of contacts.FOLLOW_UP_VIEWS a link asked for (apply_list_filter)
        self.rows: list[FollowUpRow] = []
        self.counts: FollowUpCounts | None = None
        self.card: QWidget | None = None
        self._today = self.today()
        self.setWindowTitle(self.tr("Follow-ups to do"))
        self.model = SimpleTableModel((self.tr("Due"), self.tr("Customer"), self.tr("Order"), self.tr("Channel"),
                                       self.tr("Topic"), self.tr("Note")), self, brush=self._brush)
        self.table = make_table(self.model, self, (95, 180, 110, 100, 150, 300), one_line_rows=True)
        self.table.activated.connect(lambda _i: self.open_card())
        self.table.doubleClicked.connect(lambda _i: self.open_card())
        self.table.installEventFilter(self)
        self.summary = QLabel(self)
        self.summary.setStyleSheet("font-weight: bold;")
        self.later = QCheckBox(self.tr("Later ones too"), self)
        self.later.toggled.connect(lambda _c: self.load())
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a40000;")
        self.done_button = QPushButton(self.tr("&Done (Space)"), self)
        self.done_button.setToolTip(self.tr("The selected follow-up is done (Space or Ctrl+D)"))
        self.done_button.clicked.connect(self.mark_done)
        self.card_button = QPushButton(self.tr("Customer &card (Enter)"), self)
        self.card_button.clicked.connect(self.open_card)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.later)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        for b in (self.done_button, self.card_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.mark_done)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.reject)
        bus().changed.connect(self._on_changed)
        fit_to_screen(self, 1000, 560)
        self.load()

    def apply_list_filter(self, flt) -> None:
        """A Today figure's link (reports.links.ListFilter "customers"/"follow_ups"): just the follow-ups of its
        follow_up_view ("today", "overdue"); none named: the due ones."""
        self.view = flt.param("follow_up_view")
        self.later.blockSignals(True)
        self.later.setChecked(False)
        self.later.blockSignals(False)
        self.load()

    def today(self) -> date:
        return shop_day(datetime.now(UTC), str(self.ctx.tz))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space (or Ctrl+D) on the list: done (the table would otherwise only select)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if (event.key() == Qt.Key.Key_Space and modifiers == Qt.KeyboardModifier.NoModifier) or \
                    (event.key() == Qt.Key.Key_D and modifiers == Qt.KeyboardModifier.ControlModifier):
                self.mark_done()
                return True
        return super().eventFilter(watched, event)

    # --- data ----------------------------------------------------------------------------------------------
    def load(self) -> None:
        from app.services.customers.contacts import follow_up_counts, follow_ups

        today, view = self.today(), "open" if self.later.isChecked() else (self.view or "due")
        keep = self.current_row()
        keep_id = keep.contact_id if keep is not None else None
        current = self.table.currentIndex().row()

        def read(s):
            return follow_ups(s, today=today, view=view), follow_up_counts(s, today)

        def done(result) -> None:
            rows, counts = result
            self.show_rows(list(rows), counts, today)
            ids = [r.contact_id for r in self.rows]
            row = ids.index(keep_id) if keep_id in ids else min(max(current, 0), len(ids) - 1)
            if row >= 0:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))

        self.ctx.read(read, on_done=done, on_error=lambda exc: self.problem.setText(error_text(exc)))

    def show_rows(self, rows: list[FollowUpRow], counts: FollowUpCounts, today: date) -> None:
        self.rows, self.counts, self._today = rows, counts, today
        self.summary.setText(self.tr("Due today: {0} · overdue: {1}").format(counts.today, counts.overdue))
        self.model.set_rows([(r.follow_up_on.isoformat(), r.customer_name, r.order_number or "",
                              _label("channel", r.channel), _label("topic", r.topic), r.note.replace("\n", " "))
                             for r in rows], rows)
        self.done_button.setEnabled(bool(rows))
        self.card_button.setEnabled(bool(rows))

    def _brush(self, row: int) -> QBrush | None:
        r = self.rows[row]
        if r.follow_up_on < self._today:
            return OVERDUE_BRUSH
        return TODAY_BRUSH if r.follow_up_on == self._today else None

    def current_row(self) -> FollowUpRow | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(PAYLOAD_ROLE) if index.isValid() else None

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if getattr(changes, "customers", frozenset()) or changes.bulk:
            self.load()

    # --- user actions --------------------------------------------------------------------------------------
    def mark_done(self) -> None:
        from app.services.customers.contacts import mark_follow_up_done

        row = self.current_row()
        if row is None:
            return
        contact_id, who = row.contact_id, self.ctx.who

        def done(changes: Changes) -> None:
            bus().changed.emit(changes)
            self.load()  # also when the contact has no customer (the bus would not say)

        self.ctx.run(lambda s: mark_follow_up_done(s, contact_id, who=who), on_done=done,
                     on_error=lambda exc: self.problem.setText(error_text(exc)))

    def open_card(self) -> QWidget | None:
        row = self.current_row()
        if row is None or row.customer_id is None:
            return None
        tab = self.parentWidget()
        if hasattr(tab, "open_card"):
            self.card = tab.open_card(row.customer_id)
        else:
            from app.ui.customers.card_window import CustomerCardWindow

            self.card = CustomerCardWindow(self.ctx, row.customer_id, self)
            self.card.show()
        return self.card

    def done(self, result: int) -> None:
        try:
            bus().changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
