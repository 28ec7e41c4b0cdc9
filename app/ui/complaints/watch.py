"""The complaints' counts wherever the user is (issue 16: "counts show on the tab title and in the status bar").

The Complaints tab's title carries the open cases and the overdue ones, "Complaints (5 · 2 overdue)", and a
permanent status bar label says "Complaints — overdue: 2, due today and soon: 3" while any case is overdue or
due within three days (hidden otherwise), on every tab, as the KSeF queue's count does (ksef_watch.py).

They are read again (listing.counts: one query over the status/due index) when the bus says cases changed or much
changed, every hour, and just after the shop's midnight, when a case due yesterday becomes overdue.
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
    from app.services.complaints.data import Counts
    from app.ui.kit.context import AppContext

TAB_CLASS = "ComplaintsTab"
HOUR_MS = 3600 * 1000


class ComplaintsWatch(QObject):
    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.counts: Counts | None = None
        self.label = QLabel(window)
        self.label.setObjectName("complaints_due")
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
        from app.services.complaints.listing import counts

        today = self.today()
        self.ctx.read(lambda s: counts(s, today), on_done=self.show, on_error=lambda _e: None)

    def show(self, counts: Counts) -> None:
        self.counts = counts
        index = self.tab_index()
        if index is not None:
            self.window.tabs.setTabText(index, self.title(counts))
        text = self.status_text(counts)
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def title(self, counts: Counts) -> str:
        name = QCoreApplication.translate("MainWindow", "Complaints")
        if not counts.open:
            return name
        if counts.overdue:
            return self.tr("{0} ({1} · {2} overdue)").format(name, counts.open, counts.overdue)
        return f"{name} ({counts.open})"

    def status_text(self, counts: Counts) -> str:
        if counts.overdue and counts.due_soon:
            return self.tr("Complaints — overdue: {0}, due today and soon: {1}").format(counts.overdue,
                                                                                        counts.due_soon)
        if counts.overdue:
            return self.tr("Complaints — overdue: {0}").format(counts.overdue)
        if counts.due_soon:
            return self.tr("Complaints — due today and soon: {0}").format(counts.due_soon)
        return ""

    def tab_index(self) -> int | None:
        """The Complaints tab's place (built, or still waiting to be built at first open)."""
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
        if getattr(changes, "complaints", frozenset()) or changes.bulk:
            self.refresh()
