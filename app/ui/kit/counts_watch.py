"""A count that follows the user on every tab: a tab's title and a permanent status-bar label, read again when the
bus says its area changed (or much changed), every hour, and just after the shop's midnight, when something due
yesterday becomes overdue. The Complaints tab's cases due and the Customers tab's follow-ups are two of them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QMainWindow

from app.core.shop_time import shop_day
from app.ui.kit.bus import bus

if TYPE_CHECKING:
    from app.core.changes import Changes
    from app.ui.kit.context import AppContext

HOUR_MS = 3600 * 1000


class CountsWatch(QObject):
    """Subclasses name their tab (TAB_CLASS), their label (LABEL_NAME), the Changes field they follow (AREA), and
    say how to read the counts (`read`), the tab's title and the status text (empty: the label hides)."""

    TAB_CLASS = ""
    LABEL_NAME = ""
    AREA = ""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.counts: Any = None
        self.label = QLabel(window)
        self.label.setObjectName(self.LABEL_NAME)
        self.label.setStyleSheet("color: #a40000;")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._tick)
        bus().changed.connect(self.on_changed)
        self.refresh()
        self._arm()

    # --- what a subclass says ----------------------------------------------------------------------------------

    def read(self, session, today: date) -> Any:
        raise NotImplementedError

    def title(self, counts: Any) -> str:
        raise NotImplementedError

    def status_text(self, counts: Any) -> str:
        raise NotImplementedError

    # --- the rest ----------------------------------------------------------------------------------------------

    def today(self) -> date:
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
        today = self.today()
        self.ctx.read(lambda s: self.read(s, today), on_done=self.show, on_error=lambda _e: None)

    def show(self, counts: Any) -> None:
        self.counts = counts
        index = self.tab_index()
        if index is not None:
            self.window.tabs.setTabText(index, self.title(counts))
        text = self.status_text(counts)
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def tab_index(self) -> int | None:
        """The tab's place (built, or still waiting to be built at first open)."""
        tabs = getattr(self.window, "tabs", None)
        if tabs is None:
            return None
        for index in range(tabs.count()):
            widget = tabs.widget(index)
            if getattr(widget, "class_name", None) == self.TAB_CLASS or type(widget).__name__ == self.TAB_CLASS:
                return index
        return None

    @Slot(object)  # a Qt slot: the bus lets go of it when it is deleted
    def on_changed(self, changes: Changes) -> None:
        if getattr(changes, self.AREA, frozenset()) or changes.bulk:
            self.refresh()
