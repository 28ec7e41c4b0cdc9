"""Adjust stock, write goods off, or take goods back to stock (returns, complaints), with a reason, from the
product card. The use case runs through ctx.run; OK waits for its answer, so a second press records nothing twice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.services.stock.ledger import Posted, adjust_stock, return_to_stock, write_off
from app.ui.kit.bus import bus
from app.ui.kit.context import AppContext
from app.ui.kit.errors import show_error
from app.ui.kit.windows import fit_window

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class AdjustDialog(QDialog):
    """mode "adjust": a signed correction with a reason; mode "write_off": damaged/lost goods leave the stock;
    mode "return": goods a buyer sent back go on the shelf again (ZW), linked to their order when it is given."""

    def __init__(self, ctx: AppContext, product_id: int, sku: str, on_hand: int, mode: str = "adjust",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.product_id, self.mode = ctx, product_id, mode
        self.posted: Posted | None = None
        self._posting = False
        write = mode == "write_off"
        back = mode == "return"
        title = self.tr("Write off {0}") if write else (self.tr("Return {0} to stock") if back
                                                         else self.tr("Adjust stock of {0}"))
        self.setWindowTitle(title.format(sku))
        self.quantity = QSpinBox(self)
        self.order = QLineEdit(self)
        self.order.setPlaceholderText(self.tr("Order number (optional)"))
        if write:
            self.quantity.setRange(1, max(on_hand, 1))
        elif back:
            self.quantity.setRange(1, 99999)
        else:
            self.quantity.setRange(-max(on_hand, 0), 99999)
            self.quantity.setSpecialValueText("")
        self.quantity.setValue(1)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        presets = ([self.tr("Damaged"), self.tr("Lost"), self.tr("Expired"), self.tr("Used as a sample")] if write
                   else [self.tr("Returned by the buyer"), self.tr("Complaint: goods fit for sale")] if back
                   else [self.tr("Found on the shelf"), self.tr("Counting error"), self.tr("Mislabelled delivery")])
        self.reason.addItems(presets)
        self.reason.setCurrentText("")
        self.reason.lineEdit().setPlaceholderText(self.tr("Why (e.g. returned by the buyer)") if back
                                                  else self.tr("Why (required)"))
        form = QFormLayout()
        form.addRow(QLabel(self.tr("On hand now: {0}").format(on_hand), self))
        form.addRow(self.tr("Quantity to write off") if write else self.tr("Quantity back on the shelf") if back
                    else self.tr("Change (+ or -)"), self.quantity)
        form.addRow(self.tr("Reason"), self.reason)
        if back:
            form.addRow(self.tr("Order"), self.order)
        else:
            self.order.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_window(self, Settings.ADJUST_GEOMETRY, 460, self.sizeHint().height())

    def accept(self) -> None:
        if self._posting:
            return
        qty, reason, who = self.quantity.value(), self.reason.currentText(), self.ctx.who
        order_number = self.order.text().strip()
        mode, product_id = self.mode, self.product_id

        def work(s: Session) -> Posted:
            if mode == "write_off":
                return write_off(s, product_id, qty, reason, who)
            if mode == "return":
                from app.services.orders.editing import find_order_id

                order_id = find_order_id(s, order_number) if order_number else None
                return return_to_stock(s, [(product_id, qty)], who, order_id=order_id, note=reason)
            return adjust_stock(s, product_id, qty, reason, who)

        self._posting = True
        self.ok_button.setEnabled(False)
        self.ctx.run(work, on_done=self._done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._posting = False
        self.ok_button.setEnabled(True)
        show_error(self, exc)

    def _done(self, posted: Posted) -> None:
        self._posting = False
        self.ok_button.setEnabled(True)
        self.posted = posted
        bus().changed.emit(posted.changes)
        super().accept()
