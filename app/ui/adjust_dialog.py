"""Adjust stock or write goods off, with a reason, from the product card."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.stock import adjust_stock, write_off
from app.ui.bus import bus
from app.ui.context import AppContext
from app.ui.errors import show_error


class AdjustDialog(QDialog):
    """mode "adjust": a signed correction with a reason; mode "write_off": damaged/lost goods leave the stock."""

    def __init__(self, ctx: AppContext, product_id: int, sku: str, on_hand: int, mode: str = "adjust",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.product_id, self.mode = ctx, product_id, mode
        self.posted = None
        write = mode == "write_off"
        title = self.tr("Write off {0}") if write else self.tr("Adjust stock of {0}")
        self.setWindowTitle(title.format(sku))
        self.quantity = QSpinBox(self)
        if write:
            self.quantity.setRange(1, max(on_hand, 1))
        else:
            self.quantity.setRange(-max(on_hand, 0), 99999)
            self.quantity.setSpecialValueText("")
        self.quantity.setValue(1)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        presets = ([self.tr("Damaged"), self.tr("Lost"), self.tr("Expired"), self.tr("Used as a sample")] if write
                   else [self.tr("Found on the shelf"), self.tr("Counting error"), self.tr("Mislabelled delivery")])
        self.reason.addItems(presets)
        self.reason.setCurrentText("")
        self.reason.lineEdit().setPlaceholderText(self.tr("Why (required)"))
        form = QFormLayout()
        form.addRow(QLabel(self.tr("On hand now: {0}").format(on_hand), self))
        form.addRow(self.tr("Quantity to write off") if write else self.tr("Change (+ or -)"), self.quantity)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        qty, reason, who = self.quantity.value(), self.reason.currentText(), self.ctx.who

        def work():
            with self.ctx.db.session() as s:
                if self.mode == "write_off":
                    return write_off(s, self.product_id, qty, reason, who)
                return adjust_stock(s, self.product_id, qty, reason, who)

        self.ctx.tasks.run(work, on_done=self._done, on_error=lambda exc: show_error(self, exc))

    def _done(self, posted) -> None:
        self.posted = posted
        bus().changed.emit(posted.changes)
        super().accept()
