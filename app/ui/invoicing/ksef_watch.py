"""The KSeF queue as the main window shows it on every tab, and auto-sending what is issued.

The status bar says "KSeF: invoices waiting: N, since … — send by …" while anything waits in the queue
(queue.queued()), and nothing when it is empty; it is read again whenever the bus says invoices changed.

With "Send to KSeF automatically right after issuing" on (the settings' KSeF box, this computer's setting), an
invoice issued anywhere in this window (the order window, the Orders tab's batch, the packing station, a
correction) is queued and sent in the background: one issued is new, its id above every id this window knew.
KSeF unreachable: it stays queued, marked offline, and the status bar says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QLabel, QStatusBar

from app.config import SHOP_TZ_DEFAULT, Settings
from app.core.changes import Changes
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text

if TYPE_CHECKING:
    from app.services.invoicing.ksef.queue import Queued
    from app.services.invoicing.ksef.ui_support import AutoSent
    from app.ui.kit.context import AppContext


class KsefWatch(QObject):
    def __init__(self, ctx: AppContext, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self.ctx, self.status_bar = ctx, status_bar
        self.label = QLabel(status_bar)
        self.label.setObjectName("ksef_queue")
        self.label.hide()
        status_bar.addPermanentWidget(self.label)
        self.last_id: int | None = None  # the highest invoice id known: what comes above it is newly issued
        self.last_auto: AutoSent | None = None
        bus().changed.connect(self.on_changed)
        from app.services.invoicing.ksef.ui_support import last_invoice_id

        ctx.read(last_invoice_id, on_done=self._known, on_error=lambda _e: None)
        self.refresh()

    def _known(self, last: int) -> None:
        self.last_id = max(last, self.last_id or 0)

    def refresh(self) -> None:
        from app.services.invoicing.ksef.queue import queued

        self.ctx.read(queued, on_done=self.show, on_error=lambda _e: None)

    def show(self, info: Queued) -> None:
        if not info.count:
            self.label.clear()
            self.label.hide()
            return
        since = info.oldest.astimezone(ZoneInfo(SHOP_TZ_DEFAULT)).strftime("%Y-%m-%d %H:%M") if info.oldest else ""
        text = self.tr("KSeF: invoices waiting: {0}, since {1}").format(info.count, since)
        if info.deadline is not None:
            text += self.tr(" — send by {0}").format(info.deadline.isoformat())
        self.label.setText(text)
        self.label.setToolTip(self.tr("Offline (issued while KSeF could not be reached): {0}. Send them from the "
                                      "Invoices tab: KSeF, Send everything queued.").format(info.offline))
        self.label.show()

    @Slot(object)  # a Qt slot: the bus lets go of it when it is deleted
    def on_changed(self, changes: Changes) -> None:
        invoices = getattr(changes, "invoices", frozenset())
        if not invoices and not changes.bulk:
            return
        if self.last_id is not None and invoices:
            new = sorted(i for i in invoices if i > self.last_id)
            self.last_id = max(self.last_id, *invoices)
            if new and remembered.load(Settings.KSEF_AUTO_SEND):
                self.auto_send(new)
        self.refresh()

    def auto_send(self, ids: list[int]) -> None:
        from app.services.invoicing.ksef.ui_support import auto_send

        who = self.ctx.who
        self.ctx.run(lambda session: auto_send(session, ids, who), on_done=self._auto_sent,
                     on_error=lambda exc: self.status_bar.showMessage(
                         self.tr("Not sent to KSeF: {0}").format(error_text(exc)), 15000))

    def _auto_sent(self, result: AutoSent) -> None:
        self.last_auto = result
        if result.queued:
            bus().changed.emit(Changes.of_invoices(result.queued))
        summary = result.summary
        if result.problem:
            text = self.tr("Queued for KSeF, not sent: {0}").format(domain_text(result.problem))
        elif summary is None:
            return
        elif summary.unavailable:
            text = self.tr("KSeF cannot be reached: the invoice waits in the queue (offline); send it by its "
                           "deadline.")
        elif summary.rejected:
            text = self.tr("Rejected by KSeF: see the Invoices tab.")
        elif summary.stopped:
            text = self.tr("Not sent to KSeF: {0}").format(domain_text(summary.stopped))
        elif summary.accepted:
            text = self.tr("Sent to KSeF and accepted.")
        else:
            text = self.tr("Sent to KSeF; its answer is asked for on the next send.")
        self.status_bar.showMessage(text, 15000)
