"""The follow-ups' counts wherever the user is (issue 17: "the count on the tab and in the status bar").

The Customers tab's title carries the follow-ups due, "Customers (3 to call back)", and a permanent status bar
label says "Contacts to do: today 2, overdue 1" while any is due (hidden otherwise), on every tab, as the
complaints' watch does. They are read again (contacts.follow_up_counts: one query over the follow-up index) when
the bus says customers changed or much changed, every hour, and just after the shop's midnight, when a follow-up
due yesterday becomes overdue.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QMainWindow

from app.services.complaints.deadlines import shop_day
from app.ui.kit.bus import bus

if TYPE_CHECKING:
    from app.core.changes import Changes
    from app.services.customers.data import FollowUpCounts
    from app.ui.kit.context import AppContext

TAB_CLASS = "CustomersTab"
HOUR_MS = 3600 * 1000


class CustomersWatch(QObject):
    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.counts: FollowUpCounts | None = None
        self.label = QLabel(window)
        self.label.setObjectName("follow_ups_due")
        self.label.setStyleSheet("color: #a40000;")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._tick)
        bus().changed.connect(self.on_changed)
        self.refresh()
        self._arm()

    def today(self):
        return shop_day(datetime.now(UTC), str(self.ctx.tz))

    def _arm(self) -> None:
        """The next read: in an hour, or just after the shop's midnight when that comes sooner."""
        now = datetime.now(self.ctx.tz)
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), tzinfo=self.ctx.tz)
        to_midnight = int((midnight - now).total_seconds() * 1000) + 1000
        self.timer.start(max(1000, min(HOUR_MS, to_midnight)))

    def _tick(self) -> None:
        self.refresh()
        self._arm()

    def refresh(self) -> None:
        from app.services.customers.contacts import follow_up_counts

        today = self.today()
        self.ctx.read(lambda s: follow_up_counts(s, today), on_done=self.show, on_error=lambda _e: None)

    def show(self, counts: FollowUpCounts) -> None:
        self.counts = counts
        index = self.tab_index()
        if index is not None:
            self.window.tabs.setTabText(index, self.title(counts))
        text = self.status_text(counts)
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def title(self, counts: FollowUpCounts) -> str:
        name = QCoreApplication.translate("MainWindow", "Customers")
        if not counts.due:
            return name
        return self.tr("{0} ({1} to call back)").format(name, counts.due)

    def status_text(self, counts: FollowUpCounts) -> str:
        if not counts.due:
            return ""
        return self.tr("Contacts to do: today {0}, overdue {1}").format(counts.today, counts.overdue)

    def tab_index(self) -> int | None:
        """The Customers tab's place (built, or still waiting to be built at first open)."""
        tabs = getattr(self.window, "tabs", None)
        if tabs is None:
            return None
        for index in range(tabs.count()):
            widget = tabs.widget(index)
            if getattr(widget, "class_name", None) == TAB_CLASS or type(widget).__name__ == TAB_CLASS:
                return index
        return None

    @Slot(object)  # a Qt slot: the bus lets go of it when it is deleted
    def on_changed(self, changes: Changes) -> None:
        if getattr(changes, "customers", frozenset()) or changes.bulk:
            self.refresh()
