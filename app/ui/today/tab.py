"""The Today tab (issue 18), the first tab: what needs doing this morning, during the day and before the evening.

Three sections of calm "label — number" rows; every number is a link into the list it counts, already filtered
(MainWindow.open_list with the figure's ListFilter); a late order's number opens that order. Zero is grey, what needs
attention now (overdue, late, rejected by KSeF) red.

The figures are one read (reports.settings.today_for_shop) through ctx.read, off the UI thread. The tab is built
empty (also without a database: TodayTab(None, parent), then attach(ctx), the quick start) and reads after the
window is shown; again when the bus says anything changed (a burst is read once), every minute (the cut-offs'
countdown, unpaid too long) and just after the shop's midnight. A hidden tab only notes that it is stale and reads
when shown. `clock` is what "now" is (tests set a fixed one). No database layer is imported at module level: the
quick start paints before SQLAlchemy is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.core.money import format_money
from app.ui.kit.bus import bus
from app.ui.today.rows import ATTENTION, NORMAL, ZERO, LinkButton, Row, Section

if TYPE_CHECKING:
    from app.core.changes import Changes
    from app.services.reports.links import ListFilter
    from app.services.reports.today import Figure, TodayFigures
    from app.ui.kit.context import AppContext

COALESCE_MS = 300  # a burst of changes (a batch of orders packed) is read once
MINUTE_MS = 60 * 1000


class TodayTab(QWidget):
    loaded = Signal()  # a read's figures are on screen (the main window's `ready` waits for the first)
    list_opened = Signal(object)  # a number was opened: its ListFilter (also when no main window takes it)

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.figures: TodayFigures | None = None
        self.reads = 0  # reads whose figures were shown
        self._generation = 0
        self._stale = False
        self._build()
        self._coalesce = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._coalesce.timeout.connect(self.refresh)
        self._minute = QTimer(self, interval=MINUTE_MS)
        self._minute.timeout.connect(lambda: self.refresh(quiet=True))
        self._midnight = QTimer(self, singleShot=True)
        self._midnight.timeout.connect(self._at_midnight)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if QKeySequence(QKeySequence.StandardKey.Refresh) != QKeySequence("F5"):
            f5 = QShortcut(QKeySequence("F5"), self, self.refresh)
            f5.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bus().changed.connect(self.on_changed)
        if ctx is not None:
            self.attach(ctx)
        else:
            self.set_placeholder(self.tr("Opening the shop…"))

    # --- the database ------------------------------------------------------------------------------------------
    def attach(self, ctx: AppContext) -> None:
        """The database is open: read once the window is on screen (its first paint is not kept waiting)."""
        self.ctx = ctx
        self.set_placeholder("")
        QTimer.singleShot(0, lambda: self.refresh(force=True))
        self._minute.start()
        self._arm_midnight()

    @property
    def ready(self) -> bool:
        return self.ctx is not None

    def set_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.placeholder.setVisible(bool(text))

    def title(self) -> str:
        return self.tr("Today")

    def refresh(self, *, force: bool = False, quiet: bool = False) -> None:
        """Read the figures again (off the UI thread). Hidden, the tab reads when next shown (force: read now)."""
        if self.ctx is None:
            return
        if not force and not self.isVisible() and self.reads:
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation, now, tz = self._generation, self.clock(), str(self.ctx.tz)

        def read(session):
            from app.services.reports.settings import today_for_shop

            return today_for_shop(session, now=now, tz=tz)

        def done(figures: TodayFigures) -> None:
            if generation == self._generation:  # a later read is on its way: it shows
                self.show_figures(figures)

        self.ctx.read(read, on_done=done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        from app.ui.kit.errors import error_text

        self.problem.setText(self.tr("The figures could not be read: {0}").format(error_text(exc)))
        self.problem.show()

    @Slot(object)
    def on_changed(self, _changes: Changes) -> None:
        """Anything changed: read again shortly (once for a burst)."""
        if self.ctx is not None:
            self._coalesce.start()

    def _arm_midnight(self) -> None:
        """The next read just after the shop's midnight (a new day: new promises, new cut-offs)."""
        if self.ctx is None:
            return
        now = self.clock().astimezone(self.ctx.tz)
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), tzinfo=self.ctx.tz)
        self._midnight.start(max(1000, int((midnight - now).total_seconds() * 1000) + 1000))

    def _at_midnight(self) -> None:
        self.refresh()
        self._arm_midnight()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- layout ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel(self)
        self.subheading.setStyleSheet("color: #6a6a6a;")
        self.placeholder = QLabel(self)
        self.placeholder.setStyleSheet("color: #8a8a8a;")
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.morning = Section(self.tr("Morning"), self)
        self.day = Section(self.tr("During the day"), self)
        self.evening = Section(self.tr("Evening"), self)
        content = QWidget(self)
        columns = QGridLayout(content)
        columns.addWidget(self.heading, 0, 0, 1, 2)
        columns.addWidget(self.subheading, 1, 0, 1, 2)
        columns.addWidget(self.placeholder, 2, 0, 1, 2)
        columns.addWidget(self.problem, 3, 0, 1, 2)
        columns.addWidget(self.morning, 4, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()  # the day and the evening one under the other, each as tall as its rows
        right.addWidget(self.day)
        right.addWidget(self.evening)
        right.addStretch(1)
        columns.addLayout(right, 4, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        columns.setRowStretch(5, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from number to number
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        self.scroll = scroll

    def sections(self) -> tuple[Section, Section, Section]:
        return self.morning, self.day, self.evening

    # --- the figures on screen ---------------------------------------------------------------------------------
    def show_figures(self, figures: TodayFigures) -> None:
        self.figures = figures
        self.problem.hide()
        locale = QLocale()
        day = QDate(figures.today.year, figures.today.month, figures.today.day)
        self.heading.setText(self.tr("Today, {0}").format(locale.toString(day, "dddd, d MMMM yyyy")))
        local_now = self.clock().astimezone(self.ctx.tz if self.ctx else UTC)
        read_at = locale.toString(local_now.time().replace(second=0, microsecond=0), QLocale.FormatType.ShortFormat)
        self.subheading.setText(self.tr("As of {0}. F5 reads again.").format(read_at) if figures.working_day else
                                self.tr("As of {0}. A day off: no pickups today.").format(read_at))
        self.morning.show_rows(self._morning_rows(figures))
        self.day.show_rows(self._day_rows(figures))
        self.evening.show_rows(self._evening_rows(figures))
        self._tab_order()
        self.reads += 1
        self.loaded.emit()

    def _tab_order(self) -> None:
        """Tab goes through the numbers as they read, section by section (a section built anew keeps its place)."""
        links: list[QWidget] = []
        for section in self.sections():
            for key, widget in section.links.items():
                if isinstance(widget, LinkButton):
                    links.append(widget)
                links += section.number_links.get(key, [])
        for before, after in pairwise(links):
            QWidget.setTabOrder(before, after)

    def _row(self, key: str, label: str, figure: Figure, *, attention: bool = False, indent: bool = False) -> Row:
        tone = ZERO if figure.count == 0 else (ATTENTION if attention else NORMAL)
        return Row(key, label, str(figure.count), tone, lambda f=figure.filter: self.open_list(f), indent)

    def _morning_rows(self, f: TodayFigures) -> list[Row]:
        m = f.morning
        since = QLocale().toString(QDate(m.since.year, m.since.month, m.since.day), "dddd d MMMM")
        unpaid_days = self._unpaid_days(m.unpaid_too_long.filter)
        rows = [self._row("new_orders", self.tr("New orders since {0}").format(since), m.new_orders),
                self._row("unpaid", self.tr("Unpaid for more than {0} days").format(unpaid_days),
                          m.unpaid_too_long, attention=True),
                self._row("blocked", self.tr("Blocked orders"), m.blocked)]
        rows += [self._row(f"blocked:{r.kind}", self.reason_label(r.kind), r, indent=True) for r in m.blocked_reasons]
        rows += [self._row("out_of_stock", self.tr("Products out of stock"), m.out_of_stock, attention=True),
                 self._row("low_stock", self.tr("Products at or below the reorder point"), m.low_stock),
                 self._row("complaints_soon", self.tr("Complaints to answer within 3 days"), m.complaints_due_soon),
                 self._row("complaints_overdue", self.tr("Complaints overdue"), m.complaints_overdue,
                           attention=True),
                 self._row("follow_ups_today", self.tr("Follow-ups due today"), m.follow_ups_today),
                 self._row("follow_ups_overdue", self.tr("Follow-ups overdue"), m.follow_ups_overdue, attention=True),
                 self._row("ksef_queued", self.tr("Invoices waiting to be sent to KSeF"), m.ksef_queued),
                 self._row("ksef_awaiting", self.tr("Invoices sent, KSeF's answer awaited"), m.ksef_awaiting),
                 self._row("ksef_rejected", self.tr("Invoices rejected by KSeF"), m.ksef_rejected, attention=True)]
        return rows

    def _day_rows(self, f: TodayFigures) -> list[Row]:
        from app.services.reports.links import ListFilter

        d = f.day
        rows = [self._row("ready", self.tr("Ready to pack"), d.ready_to_pack)]
        if d.packed_waiting:
            rows += [self._row(f"packed:{c.carrier}", self.tr("Packed, waiting for {0}").format(self.carrier(c.carrier))
                               if c.carrier else self.tr("Packed, no shipment yet"), c) for c in d.packed_waiting]
        else:
            rows.append(Row("packed", self.tr("Packed, waiting for pickup"), "0", ZERO,
                            lambda: self.open_list(ListFilter("orders", "packed"))))
        if not f.working_day:
            rows.append(Row("cutoffs", self.tr("Pickups"), self.tr("none today (a day off)"), ZERO))
        now = self.clock()
        locale = QLocale()
        for c in d.cutoffs:
            at = locale.toString(c.at.time(), QLocale.FormatType.ShortFormat)
            minutes = int((c.at - now).total_seconds() // 60)
            rows.append(Row(f"cutoff:{c.carrier}", self.tr("{0} until {1}").format(self.carrier(c.carrier), at),
                            self.countdown(minutes), ZERO if minutes < 0 else NORMAL))
        return rows

    def _evening_rows(self, f: TodayFigures) -> list[Row]:
        e = f.evening
        late = self._row("late", self.tr("Late (past the carrier's cut-off)"), e.late, attention=True)
        late = Row(late.key, late.label, late.value, late.tone, late.open,
                   numbers=tuple((o.number, lambda i=o.id: self.open_order(i)) for o in e.late_orders))
        cod = Row("cod", self.tr("Cash on delivery expected"),
                  self.tr("{0} (orders: {1})").format(format_money(e.cod_expected), e.cod_orders.count),
                  ZERO if e.cod_orders.count == 0 else NORMAL, lambda: self.open_list(e.cod_orders.filter))
        return [self._row("shipped", self.tr("Shipped today"), e.shipped_today),
                self._row("promised", self.tr("Promised for today"), e.promised_today),
                self._row("promised_shipped", self.tr("of them shipped"), e.promised_shipped, indent=True),
                late,
                self._row("manifests", self.tr("Dispatch manifests not confirmed"), e.manifests_unconfirmed),
                self._row("no_invoice", self.tr("Shipped without the invoice wanted"), e.shipped_without_invoice,
                          attention=True),
                cod]

    # --- words -------------------------------------------------------------------------------------------------
    def countdown(self, minutes_left: int) -> str:
        """"1 h 20 min left" before the cut-off; "after pickup" once it has passed."""
        if minutes_left < 0:
            return self.tr("after pickup")
        hours, minutes = divmod(minutes_left, 60)
        if hours and not minutes:
            return self.tr("{0} h left").format(hours)
        if hours:
            return self.tr("{0} h {1} min left").format(hours, minutes)
        return self.tr("{0} min left").format(minutes)

    def reason_label(self, kind: str) -> str:
        labels = {"not_paid": self.tr("not paid"), "no_address": self.tr("no address"),
                  "address_incomplete": self.tr("address incomplete"), "no_contact": self.tr("no phone or e-mail"),
                  "no_lines": self.tr("no lines"), "unlinked_line": self.tr("a line not linked to a product"),
                  "short_of_stock": self.tr("short of stock"), "possible_duplicate": self.tr("possible duplicate"),
                  "other": self.tr("another reason"), "on_hold": self.tr("on hold"),
                  "held_at_packing": self.tr("held at packing")}
        return labels.get(kind, kind)

    @staticmethod
    def carrier(code: str) -> str:
        from app.ui.shipping.names import carrier_label

        return carrier_label(code)

    def _unpaid_days(self, flt: ListFilter) -> int:
        """The setting as the figure used it: today minus the filter's last day, less one."""
        to = flt.param("date_to")
        if to is None or self.figures is None:
            return 3
        return (self.figures.today - datetime.fromisoformat(to).date()).days - 1

    # --- where a number leads ----------------------------------------------------------------------------------
    def open_list(self, flt: ListFilter) -> None:
        self.list_opened.emit(flt)
        window = self.window()
        if window is not self and hasattr(window, "open_list"):
            window.open_list(flt)

    def open_order(self, order_id: int) -> QWidget | None:
        """A late order's number: that order's window, as the Orders tab opens it (one window per order)."""
        window = self.window()
        if window is not self and hasattr(window, "tab") and self.ctx is not None:
            try:
                orders = window.tab("OrdersTab")
            except KeyError:
                orders = None
            if orders is not None:
                return orders.open_order(order_id)
        from app.ui.orders.dialog import OrderDialog

        dialog = OrderDialog(self.ctx, order_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
