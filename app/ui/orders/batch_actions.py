"""Batch actions of the Orders tab on the selected orders: verify, change status, mark paid, export, print their
pick list or packing slips (through the PrintService, on the printers the settings name), pack them first, issue
their invoices (app.ui.orders.invoice_actions: progress, Cancel, a summary and the issued ones printed on request).

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
from app.ui.orders.invoice_actions import OrderInvoiceActions
from app.ui.orders.model import status_text

if TYPE_CHECKING:  # the services import SQLAlchemy: only when the tab has a database
    from app.core.changes import Changes
    from app.services.orders.listing import OrderQuery, OrderRow
    from app.services.orders.verification import Verification
    from app.ui.kit.context import AppContext
    from app.ui.printing.service import PrintOutcome, PrintService


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
        self._print_service: PrintService | None = None  # made at the first print (it imports the services)
        self.invoices = OrderInvoiceActions(tab, window, tab.show_message)

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

    # --- packing documents -------------------------------------------------------------------------------
    @property
    def print_service(self) -> PrintService:
        if self._print_service is None:
            from app.ui.printing.service import PrintService

            self._print_service = PrintService(self.ctx, self)
            self._print_service.finished.connect(self._printed)
        return self._print_service

    def print_picklist(self) -> None:
        """One A4 pick list of the selected orders: what to take from the shelves, in bin order."""
        ids = self.tab.selected_ids()
        if not ids:
            self.tab.show_message(self.tr("Select the orders to pick first."))
            return
        from app.services.documents.render import picklist_ref

        self.print_service.print_refs([picklist_ref(ids)], parent=self.window, on_error=self._error)

    def print_packing_slips(self) -> None:
        """Each selected order's packing slip (A4 or A6, as the printer settings say), in one job."""
        ids = self.tab.selected_ids()
        if not ids:
            self.tab.show_message(self.tr("Select the orders whose packing slips to print first."))
            return
        from app.services.documents.render import DocumentRef

        self.print_service.print_refs([DocumentRef("packing_slip", oid) for oid in ids], parent=self.window,
                                      on_error=self._error)

    def _printed(self, outcome: PrintOutcome) -> None:
        if outcome.errors:
            self._box(QMessageBox.Icon.Warning, self.tr("Printing"), "\n".join(map(domain_text, outcome.errors)))
        elif outcome.cancelled:
            self.tab.show_message(self.tr("Printing cancelled."))
        else:
            self.tab.show_message(self.tr("Printed on {0}; pages: {1}.").format(", ".join(outcome.printers),
                                                                               outcome.pages))

    # --- invoices ------------------------------------------------------------------------------------------
    def issue_invoices(self) -> None:
        """Each selected order's VAT invoice, with progress and Cancel; refusals are listed with their reasons."""
        rows = self.tab.selected_rows()
        self.invoices.issue_for_orders([r.id for r in rows], {r.id: r.number for r in rows})

    # --- pack first ----------------------------------------------------------------------------------------
    def toggle_priority(self) -> None:
        """Pack the selected orders first; when every one of them already is, back to their turn."""
        rows = self.tab.selected_rows()
        if rows:
            self.set_priority([r.id for r in rows], not all(r.priority for r in rows))

    def set_priority(self, ids: list[int], on: bool) -> None:
        from app.services.orders.priority import set_priority

        who = self.ctx.who

        def done(changes: Changes) -> None:
            bus().changed.emit(changes)
            self.tab.show_message(self.tr("Marked to pack first.") if on else self.tr("No longer marked to pack first."))

        self.ctx.run(lambda session: set_priority(session, ids, on, who), on_done=done, on_error=self._error)

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
