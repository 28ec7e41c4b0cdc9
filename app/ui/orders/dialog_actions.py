"""What the order dialog's buttons do: save, verify, change status, add a note, issue the invoice (each one service
call; the invoice through app.ui.orders.invoice_actions).

Kept apart from the dialog's layout (dialog.py) as a mixin; every write runs through ctx.run and announces the
Changes its service returned on the bus, and the dialog reloads itself from there (reads through ctx.read).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.core.errors import DomainError
from app.services.invoicing.settings import BUYER_NIP, check_nip
from app.services.orders import lifecycle
from app.services.orders.editing import WHY_ORDER_WINDOW, add_note, change_status, get_order, save_order
from app.services.orders.verification import verify_orders
from app.services.stock.order_effects import allow_negative_stock
from app.ui.kit.bus import bus
from app.ui.orders.model import status_text

if TYPE_CHECKING:
    from app.core.changes import Changes
    from app.services.orders.editing import SavedOrder
    from app.services.orders.verification import Verification

# Strings of the dialog's actions live in the dialog's translation context.
translate = QCoreApplication.translate


class OrderDialogActions:
    """Mixin for OrderDialog (expects its widgets: ctx, order_id, detail, dirty, lines, status_menu, ...)."""

    def _message(self, icon: QMessageBox.Icon, text: str, detail: str = "") -> QMessageBox:
        box = QMessageBox(icon, self.windowTitle(), text, QMessageBox.StandardButton.Ok, self)
        if detail:
            box.setInformativeText(detail)
        self.last_box = box
        box.open()
        return box

    def _error(self, exc: BaseException) -> None:
        from app.ui.kit.errors import error_text

        self._message(QMessageBox.Icon.Warning, error_text(exc))

    def _on_changed(self, changes: Changes) -> None:
        if self.order_id is not None and self.order_id in changes.orders and not self.dirty:
            self.load()

    # --- save ----------------------------------------------------------------------------------------------
    def nip_refused(self) -> bool:
        """The NIP field checked as the invoicing area checks it; a refusal is said under the field, which gets the
        focus (nothing is saved or issued with a NIP that cannot be right)."""
        nip = self.buyer_nip.value()
        if not nip:
            return False
        try:
            check_nip(nip, BUYER_NIP)
        except DomainError as exc:
            from app.ui.kit.errors import error_text

            self.buyer_nip.set_error(error_text(exc))
            self.buyer_nip.edit.setFocus()
            return True
        return False

    def save(self, then=None) -> None:
        if self.nip_refused():
            return
        data = self.order_input()
        who, oid = self.ctx.who, self.order_id

        def done(saved: SavedOrder) -> None:
            self.order_id = saved.order_id
            self.dirty = False
            bus().changed.emit(saved.changes)
            if self.detail is None:  # a new order: the bus did not know our id yet
                self.load()
            if then is not None:
                then()

        self.ctx.run(lambda session: save_order(session, oid, data, who), on_done=done, on_error=self._error)

    def reject(self) -> None:
        """Close; with unsaved edits ask first (non-blocking, so tests can answer)."""
        if not self.dirty or not self.editable():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          translate("OrderDialog", "This order has unsaved changes. Close without saving?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Discard).clicked.connect(lambda: self._discard_and_close())
        self.last_box = box
        box.open()

    def _discard_and_close(self) -> None:
        self.dirty = False
        super().reject()

    # --- verify, status, notes -----------------------------------------------------------------------------
    def verify(self, accept_duplicate: bool = False) -> None:
        """Verify this order; with accept_duplicate the user has looked at the "possible duplicate" warning and
        said it is a separate order (a buyer who ordered the same again), which verification then remembers."""
        if self.order_id is None:
            return
        if self.dirty and self.editable():
            self.save(then=lambda: self.verify(accept_duplicate))
            return
        who, oid = self.ctx.who, self.order_id

        def done(result: Verification) -> None:
            bus().changed.emit(result.changes)
            if not result.get(oid):
                self._message(QMessageBox.Icon.Information, translate("OrderDialog", "The order is verified and ready to pack."))

        self.ctx.run(lambda session: verify_orders(session, [oid], who, accept_duplicate=accept_duplicate),
                     on_done=done, on_error=self._error)

    def set_allow_negative(self, allow: bool) -> None:
        """The user's explicit permission for this order to take available stock below zero; Verify then
        reserves it even when the products are short."""
        if self.order_id is None:
            return
        who, oid = self.ctx.who, self.order_id

        def failed(exc: BaseException) -> None:
            self.allow_negative.setChecked(not allow)
            self._error(exc)

        self.ctx.run(lambda session: allow_negative_stock(session, oid, allow, who),
                     on_done=lambda changes: bus().changed.emit(changes), on_error=failed)

    def fill_status_menu(self) -> None:
        self.status_menu.clear()
        targets = lifecycle.allowed_targets({self.detail.status}) if self.detail else []
        if not targets:
            self.status_menu.addAction(translate("OrderDialog", "No further status")).setEnabled(False)
        for status in targets:
            action = self.status_menu.addAction(status_text(status))
            action.setData(status)
            action.triggered.connect(lambda _c=False, s=status: self.change_status(s))

    def change_status(self, to_status: str) -> None:
        if self.order_id is None:
            return
        if to_status == lifecycle.CANCELLED:
            box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                              translate("OrderDialog", "Cancel this order? A cancelled order cannot be reopened."),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.button(QMessageBox.StandardButton.Yes).setText(translate("OrderDialog", "Cancel the order"))
            box.button(QMessageBox.StandardButton.No).setText(translate("OrderDialog", "Keep it"))
            box.accepted.connect(lambda: self._run_status(to_status))
            self.last_box = box
            box.open()
            return
        self._run_status(to_status)

    def _run_status(self, to_status: str) -> None:
        who, oid = self.ctx.who, self.order_id
        self.ctx.run(lambda session: change_status(session, [oid], to_status, who, WHY_ORDER_WINDOW),
                     on_done=lambda changes: bus().changed.emit(changes), on_error=self._error)

    def issue_invoice(self) -> None:
        """Issue this order's invoice (unsaved edits saved first): with the NIP field's NIP a company invoice, and
        for an order in another currency the exchange rate asked first."""
        if self.order_id is None or self.detail is None or self.nip_refused():
            return
        if self.dirty and self.editable():
            self.save(then=self.issue_invoice)
            return
        nip = self.buyer_nip.value()
        self.invoice_actions.issue_for_order(self.order_id, self.detail.number, self.detail.currency, nip)

    def add_note(self) -> None:
        text = self.note_edit.text().strip()
        if self.order_id is None or not text:
            return
        who, oid = self.ctx.who, self.order_id

        def done(changes: Changes) -> None:
            self.note_edit.clear()
            if self.dirty:  # keep the user's edits; refresh only the timeline
                self._reload_history()
            bus().changed.emit(changes)

        self.ctx.run(lambda session: add_note(session, oid, text, who), on_done=done, on_error=self._error)

    def _reload_history(self) -> None:
        oid = self.order_id
        self.ctx.read(lambda session: get_order(session, oid).events, on_done=self.history.set_events,
                      on_error=self._error)
