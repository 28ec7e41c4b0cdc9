"""Batch actions of the Orders tab on the selected orders: verify, change status, mark paid, export.

Every action is one service call run through ctx.run (the export through ctx.read); on success the bus carries
the Changes the service returned, and the list updates itself. Message boxes are opened non-blocking (open(),
not exec()), so a test can read and answer them. The actions know the tab only as an OrdersView (what they ask
of it), so the tab imports them and not the other way round.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.services.orders import lifecycle
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.words import plural
from app.ui.orders.model import status_text

if TYPE_CHECKING:  # the services import SQLAlchemy: only when the tab has a database
    from app.core.changes import Changes
    from app.services.orders.listing import OrderQuery, OrderRow
    from app.services.orders.verification import Verification
    from app.ui.kit.context import AppContext


# The XLSX export's own words (app.services.orders.export writes English unless given a translation), marked for
# lupdate; headers and labels that the list and the order window already show are taken from their contexts.
EXPORT_WORDS = (
    QT_TRANSLATE_NOOP("ExportOrders", "Orders"), QT_TRANSLATE_NOOP("ExportOrders", "Currency"),
    QT_TRANSLATE_NOOP("ExportOrders", "Payment method"), QT_TRANSLATE_NOOP("ExportOrders", "Shipping method"),
    QT_TRANSLATE_NOOP("ExportOrders", "City"), QT_TRANSLATE_NOOP("ExportOrders", "Postal code"),
    QT_TRANSLATE_NOOP("ExportOrders", "E-mail"), QT_TRANSLATE_NOOP("ExportOrders", "Phone"),
    QT_TRANSLATE_NOOP("ExportOrders", "Payment status"), QT_TRANSLATE_NOOP("ExportOrders", "Writing orders"),
)
_EXPORT_CONTEXTS = ("ExportOrders", "OrdersModel", "OrderDialog", "AddressForm")


def export_translate(text: str) -> str:
    """An English word of the export in the user's language (the first context that translates it)."""
    for context in _EXPORT_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


class OrdersView(Protocol):
    """What the batch actions ask of the Orders tab."""

    ctx: AppContext | None
    status_menu: QMenu

    def selected_ids(self) -> list[int]: ...

    def selected_rows(self) -> list[OrderRow]: ...

    def current_query(self) -> OrderQuery: ...

    def show_message(self, text: str) -> None: ...


class OrdersActions(QObject):
    def __init__(self, tab: OrdersView, window: QWidget) -> None:
        """`window`: the tab's widget, over which the message boxes and the progress open."""
        super().__init__(window)
        self.tab, self.window = tab, window
        self.last_box: QMessageBox | None = None

    @property
    def ctx(self) -> AppContext:
        assert self.tab.ctx is not None, "the actions are enabled once the shop is open"
        return self.tab.ctx

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        if detail:
            box.setInformativeText(detail)
        self.last_box = box
        box.open()
        return box

    # --- verify --------------------------------------------------------------------------------------------
    def verify_selected(self) -> None:
        ids = self.tab.selected_ids()
        if not ids:
            return
        from app.services.orders.verification import verify_orders

        numbers = {r.id: r.number for r in self.tab.selected_rows()}
        who = self.ctx.who
        self.ctx.run(lambda session: verify_orders(session, ids, who),
                     on_done=lambda result: self._verified(result, numbers), on_error=self._error)

    def _verified(self, result: Verification, numbers: dict[int, str]) -> None:
        bus().changed.emit(result.changes)
        failed = {oid: p for oid, p in result.items() if p}
        passed = len(result) - len(failed)
        summary = plural(self.tr("Ready to pack: {0} of %Ln order(s).", "", len(result)), len(result)).format(passed)
        if not failed:
            self.tab.show_message(summary)
            return
        lines = []
        for oid, problems in sorted(failed.items(), key=lambda kv: numbers.get(kv[0], "")):
            lines.append(numbers.get(oid, f"#{oid}") + ":\n  • " + "\n  • ".join(map(domain_text, problems)))
        self.tab.show_message(summary)
        self._box(QMessageBox.Icon.Warning, self.tr("Verification"),
                  summary + " " + self.tr("These cannot go to packing yet:"), "\n".join(lines))

    # --- status --------------------------------------------------------------------------------------------
    def fill_status_menu(self) -> None:
        menu = self.tab.status_menu
        menu.clear()
        targets = lifecycle.allowed_targets({r.status for r in self.tab.selected_rows()})
        if not targets:
            none = menu.addAction(self.tr("No status change is allowed for all selected orders"))
            none.setEnabled(False)
            return
        for status in targets:
            action = menu.addAction(status_text(status))
            action.setData(status)
            action.triggered.connect(lambda _c=False, s=status: self.change_status(s))

    def change_status(self, to_status: str) -> None:
        ids = self.tab.selected_ids()
        if not ids:
            return
        if to_status == lifecycle.CANCELLED:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel orders"),
                              plural(self.tr("Cancel %Ln order(s)? Cancelled orders stay in the list and cannot "
                                             "be reopened.", "", len(ids)), len(ids)),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Cancel orders"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep them"))
            box.accepted.connect(lambda: self._run_status(ids, to_status))
            self.last_box = box
            box.open()
            return
        self._run_status(ids, to_status)

    def _run_status(self, ids: list[int], to_status: str) -> None:
        from app.services.orders.editing import WHY_ORDERS_LIST, change_status

        who = self.ctx.who
        self.ctx.run(lambda session: change_status(session, ids, to_status, who, WHY_ORDERS_LIST),
                     on_done=self._changed, on_error=self._error)

    def mark_paid(self) -> None:
        ids = [r.id for r in self.tab.selected_rows() if r.payment_status != "paid"]
        if not ids:
            self.tab.show_message(self.tr("The selected orders are already paid."))
            return
        from app.services.orders.editing import set_payments

        who = self.ctx.who
        self.ctx.run(lambda session: set_payments(session, ids, "paid", who), on_done=self._changed,
                     on_error=self._error)

    def _changed(self, changes: Changes) -> None:
        bus().changed.emit(changes)

    def _error(self, exc: BaseException) -> None:
        from app.ui.kit.errors import error_text

        self._box(QMessageBox.Icon.Warning, self.tr("Orders"), error_text(exc))

    # --- export --------------------------------------------------------------------------------------------
    def export_to(self, path: str) -> None:
        """Export what the list shows (filter, dates, search, sort) to an XLSX file, off the UI thread."""
        from app.services.orders.export import export_orders

        query, tz = self.tab.current_query(), str(self.ctx.tz)

        def done(count: int) -> None:
            self.tab.show_message(plural(self.tr("%Ln order(s) exported to {0}", "", count), count).format(path))

        self.ctx.read(lambda session, progress: export_orders(session, path, query, progress=progress,
                                                              translate=export_translate, tz=tz),
                      on_done=done, on_error=self._error, progress_label=self.tr("Exporting orders…"),
                      parent=self.window)
