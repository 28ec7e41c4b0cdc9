"""What the order dialog's buttons do: save, verify, change status, add a note (each one service call).

Kept apart from the dialog's layout (order_dialog.py) as a mixin; every write runs through ctx.tasks and
announces its Changes on the bus, and the dialog reloads itself from there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.core.changes import Changes
from app.services.orders import lifecycle
from app.ui.kit.bus import bus
from app.ui.orders.batch_actions import allowed_targets
from app.ui.orders.model import status_text

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
    def save(self, then=None) -> None:
        data = self.order_input()
        db, who, oid = self.ctx.db, self.ctx.who, self.order_id

        def work() -> int:
            from app.services.orders.editing import create_order, update_order

            with db.session() as s:
                if oid is None:
                    return create_order(s, data, who)
                update_order(s, oid, data, who)
                return oid

        def done(new_id: int) -> None:
            self.order_id = new_id
            self.dirty = False
            bus().changed.emit(Changes.of_orders([new_id]))
            if self.detail is None:  # a new order: the bus did not know our id yet
                self.load()
            if then is not None:
                then()

        self.ctx.tasks.run(work, on_done=done, on_error=self._error)

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
        db, who, oid = self.ctx.db, self.ctx.who, self.order_id

        def work() -> dict[int, list[str]]:
            from app.services.orders.verification import verify_orders

            with db.session() as s:
                return verify_orders(s, [oid], who, accept_duplicate=accept_duplicate)

        def done(result: dict[int, list[str]]) -> None:
            bus().changed.emit(Changes.of_orders([oid]))
            if not result.get(oid):
                self._message(QMessageBox.Icon.Information, translate("OrderDialog", "The order is verified and ready to pack."))

        self.ctx.tasks.run(work, on_done=done, on_error=self._error)

    def set_allow_negative(self, allow: bool) -> None:
        """The user's explicit permission for this order to take available stock below zero; Verify then
        reserves it even when the products are short."""
        if self.order_id is None:
            return
        db, who, oid = self.ctx.db, self.ctx.who, self.order_id

        def work() -> Changes:
            from app.services.stock.order_effects import allow_negative_stock

            with db.session() as s:
                return allow_negative_stock(s, oid, allow, who)

        def failed(exc: BaseException) -> None:
            self.allow_negative.setChecked(not allow)
            self._error(exc)

        self.ctx.tasks.run(work, on_done=lambda ch: bus().changed.emit(ch), on_error=failed)

    def fill_status_menu(self) -> None:
        self.status_menu.clear()
        targets = allowed_targets({self.detail.status}) if self.detail else []
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
        db, who, oid = self.ctx.db, self.ctx.who, self.order_id

        def work() -> Changes:
            from app.services.orders.editing import WHY_ORDER_WINDOW, change_status

            with db.session() as s:
                return change_status(s, [oid], to_status, who, WHY_ORDER_WINDOW)

        self.ctx.tasks.run(work, on_done=lambda ch: bus().changed.emit(ch), on_error=self._error)

    def add_note(self) -> None:
        text = self.note_edit.text().strip()
        if self.order_id is None or not text:
            return
        db, who, oid = self.ctx.db, self.ctx.who, self.order_id

        def work() -> Changes:
            from app.services.orders.editing import add_note

            with db.session() as s:
                return add_note(s, oid, text, who)

        def done(changes: Changes) -> None:
            self.note_edit.clear()
            if self.dirty:  # keep the user's edits; refresh only the timeline
                self._reload_history()
            bus().changed.emit(changes)

        self.ctx.tasks.run(work, on_done=done, on_error=self._error)

    def _reload_history(self) -> None:
        db, oid = self.ctx.db, self.order_id

        def work():
            from app.services.orders.editing import get_order

            with db.session() as s:
                return get_order(s, oid).events

        self.ctx.tasks.run(work, write=False, on_done=self.history.set_events, on_error=self._error)
