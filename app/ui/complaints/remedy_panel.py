"""The case window's remedies: what follows from the decision, one button per action, and what was done so far
(the stock documents', the correction's and the replacement order's numbers, the refund and the supplier claim).

The buttons follow the service's word on what the case may do now (remedies.remedy_state: the decision's remedy and
what is done already). Each action asks in a small window (quantities, amounts, dates, a confirmation), runs its
service through ctx.run, shows a refusal in that window (which stays open with what was typed), and on success
tells the other views (the bus) and reads the panel again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.money import format_money, parse_decimal
from app.models.complaint import REFUND_METHODS
from app.services.complaints import remedies
from app.services.complaints.labels import DEMAND, REFUND_METHOD, label
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.changes import Changes
    from app.services.complaints.data import CaseDetail
    from app.services.complaints.remedies import CorrectionPlan, RemedyState
    from app.ui.kit.context import AppContext


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _plain(value: Decimal) -> str:
    return f"{value.normalize():f}"


class _ActionDialog(QDialog):
    """A small window that asks, then runs one service: OK waits for its answer (a second press records nothing
    twice); a refusal is shown here and the window stays open; success emits `done(changes)` and closes."""

    done = Signal(object)

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self._running = False
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def work(self) -> Callable[[Session], Changes]:
        """The service call with what was typed; raise ValueError with a message for what cannot be read."""
        raise NotImplementedError

    def accept(self) -> None:
        if self._running:
            return
        try:
            fn = self.work()
        except ValueError as exc:
            self._failed(exc)
            return
        self._running = True
        self.ok_button.setEnabled(False)
        self.ctx.run(fn, on_done=self._done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.ok_button.setEnabled(True)
        self.error.setText(str(exc) if isinstance(exc, ValueError) else error_text(exc))
        self.error.show()

    def _done(self, changes: Changes) -> None:
        self._running = False
        self.ok_button.setEnabled(True)
        self.done.emit(changes)
        super().accept()

    def money(self, edit: QLineEdit, what: str) -> Decimal:
        try:
            return parse_decimal(edit.text())
        except (ValueError, ArithmeticError):
            raise ValueError(QCoreApplication.translate("RemedyPanel", "{0} is not an amount.").format(what)) \
                from None


class TakeBackDialog(_ActionDialog):
    """Per line with units left to take back: how many go back on the shelf (ZW) and how many are written off (RW)."""

    def __init__(self, ctx: AppContext, state: RemedyState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Take goods back: {0}").format(state.number), parent)
        self.case_id = state.case_id
        self.spins: dict[int, tuple[QSpinBox, QSpinBox]] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Product"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Left"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("to stock (ZW)"), self), 0, 2)
        grid.addWidget(QLabel(self.tr("to write off (RW)"), self), 0, 3)
        row = 1
        for line in state.lines:
            left = line.quantity - line.restocked - line.written_off
            if line.product_id is None or left <= 0:
                continue
            to_stock, off = QSpinBox(self), QSpinBox(self)
            to_stock.setRange(0, left)
            off.setRange(0, left)
            to_stock.setValue(left)
            grid.addWidget(QLabel(f"{line.name} ({line.sku})" if line.sku else line.name, self), row, 0)
            grid.addWidget(QLabel(str(left), self), row, 1)
            grid.addWidget(to_stock, row, 2)
            grid.addWidget(off, row, 3)
            self.spins[line.id] = (to_stock, off)
            row += 1
        self.form.addRow(grid)
        self.resize(560, self.sizeHint().height())

    def work(self) -> Callable[[Session], Changes]:
        quantities = {line_id: (a.value(), b.value()) for line_id, (a, b) in self.spins.items()}
        case_id, who = self.case_id, self.ctx.who
        return lambda s: remedies.take_back_goods(s, case_id, quantities, who)


class CorrectionDialog(_ActionDialog):
    """The confirmation: the invoice corrected and the lines before and after (a price reduction asks its amount
    and shows the lines again when it changes), the reason printed on the correction."""

    def __init__(self, ctx: AppContext, state: RemedyState, plan: CorrectionPlan | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Correction invoice: {0}").format(state.number), parent)
        self.case_id = state.case_id
        self.reduction = QLineEdit(self)
        self.reduction.setPlaceholderText(self.tr("gross, e.g. 25,00"))
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(256)
        self.invoice = QLabel(self)
        self.lines = QLabel(self)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        if state.remedy == "price_reduction":
            self.form.addRow(self.tr("Price reduction"), self.reduction)
            self.reduction.editingFinished.connect(self._replan)
        else:
            self.reduction.hide()
        self.form.addRow(self.tr("Invoice"), self.invoice)
        self.form.addRow(self.tr("Lines"), self.lines)
        self.form.addRow(self.tr("Reason"), self.reason)
        if plan is not None:
            self.show_plan(plan)
        else:
            self.invoice.setText(state.invoice_number or "")
        self.resize(560, self.sizeHint().height())

    def show_plan(self, plan: CorrectionPlan) -> None:
        self.error.hide()
        self.invoice.setText(plan.invoice_number)
        rows = []
        for line in plan.lines:
            if line.price_before != line.price_after:
                rows.append(self.tr("{0}. {1}: {2} × {3} → {4} × {5}").format(
                    line.position, line.name, _plain(line.quantity_before), format_money(line.price_before),
                    _plain(line.quantity_after), format_money(line.price_after)))
            else:
                rows.append(self.tr("{0}. {1}: quantity {2} → {3}").format(
                    line.position, line.name, _plain(line.quantity_before), _plain(line.quantity_after)))
        self.lines.setText("\n".join(rows))
        if not self.reason.text():
            self.reason.setText(plan.reason)

    def _reduction(self) -> Decimal | None:
        return self.money(self.reduction, self.tr("The price reduction")) if self.reduction.isVisibleTo(self) \
            else None

    def _replan(self) -> None:
        try:
            reduction = self._reduction()
        except ValueError as exc:
            self._failed(exc)
            return
        case_id = self.case_id
        self.ctx.read(lambda s: remedies.correction_plan(s, case_id, reduction=reduction), on_done=self.show_plan,
                      on_error=self._failed)

    def work(self) -> Callable[[Session], Changes]:
        reduction, reason, case_id, who = self._reduction(), self.reason.text().strip(), self.case_id, self.ctx.who
        return lambda s: remedies.issue_correction(s, case_id, who, reason=reason or None, reduction=reduction)


class RefundDialog(_ActionDialog):
    """Goods and shipping (prefilled: the lines' value, a withdrawal's original shipping), method and due day."""

    def __init__(self, ctx: AppContext, state: RemedyState, goods: Decimal, shipping: Decimal,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Refund: {0}").format(state.number), parent)
        self.case_id = state.case_id
        self.goods = QLineEdit(f"{goods:.2f}".replace(".", ","), self)
        self.shipping = QLineEdit(f"{shipping:.2f}".replace(".", ","), self)
        self.method = QComboBox(self)
        for code in REFUND_METHODS:
            self.method.addItem(domain_text(label(REFUND_METHOD, code)), code)
        self.due = QDateEdit(_qdate(state.refund_due), self)
        self.due.setCalendarPopup(True)
        self.form.addRow(self.tr("Goods"), self.goods)
        self.form.addRow(self.tr("Shipping"), self.shipping)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Due by"), self.due)
        self.resize(420, self.sizeHint().height())

    def work(self) -> Callable[[Session], Changes]:
        goods, shipping = self.money(self.goods, self.tr("Goods")), self.money(self.shipping, self.tr("Shipping"))
        method, due, case_id, who = self.method.currentData(), self.due.date().toPython(), self.case_id, self.ctx.who
        return lambda s: remedies.record_refund(s, case_id, who, goods=goods, shipping=shipping, method=method,
                                                due_on=due)


class DateDialog(_ActionDialog):
    """One date (and, for a supplier claim, one more field) before a service that takes them."""

    def __init__(self, ctx: AppContext, title: str, call: Callable[[Session, date, Any], Changes],
                 field: QWidget | None = None, field_label: str = "", date_label: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, parent)
        self.call = call
        self.field = field
        if field is not None:
            field.setParent(self)
            self.form.addRow(field_label, field)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.form.addRow(date_label or self.tr("Date"), self.day)
        self.resize(420, self.sizeHint().height())

    def value(self) -> Any:
        if isinstance(self.field, QLineEdit):
            return self.field.text()
        if isinstance(self.field, QPlainTextEdit):
            return self.field.toPlainText()
        return None

    def work(self) -> Callable[[Session], Changes]:
        day, value, call = self.day.date().toPython(), self.value(), self.call
        return lambda s: call(s, day, value)


class RemedyPanel(QWidget):
    """What follows from the decision: the buttons and the summary of what was done."""

    changed = Signal()  # an action was recorded (after the bus has carried its changes)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state: RemedyState | None = None
        self._case_id: int | None = None
        self.dialog: QDialog | None = None  # the action window open now (tests drive it)
        box = QGroupBox(self.tr("What follows from the decision"), self)
        self.remedy = QLabel(box)
        self.summary = QLabel(box)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(box)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.take_back_button = QPushButton(self.tr("Take goods back…"), box)
        self.correction_button = QPushButton(self.tr("Correction invoice…"), box)
        self.refund_button = QPushButton(self.tr("Refund…"), box)
        self.paid_button = QPushButton(self.tr("Mark as paid…"), box)
        self.replacement_button = QPushButton(self.tr("Replacement order"), box)
        self.claim_button = QPushButton(self.tr("Supplier claim…"), box)
        self.answer_button = QPushButton(self.tr("Supplier's answer…"), box)
        self.credit_button = QPushButton(self.tr("Credit received…"), box)
        self.take_back_button.clicked.connect(self.take_back)
        self.correction_button.clicked.connect(self.correct)
        self.refund_button.clicked.connect(self.refund)
        self.paid_button.clicked.connect(self.mark_paid)
        self.replacement_button.clicked.connect(self.replace)
        self.claim_button.clicked.connect(self.claim)
        self.answer_button.clicked.connect(self.answer)
        self.credit_button.clicked.connect(self.credit)
        first, second = QHBoxLayout(), QHBoxLayout()
        for b in (self.take_back_button, self.correction_button, self.refund_button, self.paid_button):
            first.addWidget(b)
        for b in (self.replacement_button, self.claim_button, self.answer_button, self.credit_button):
            second.addWidget(b)
        first.addStretch(1)
        second.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.remedy)
        inner.addLayout(first)
        inner.addLayout(second)
        inner.addWidget(self.summary)
        inner.addWidget(self.error)
        inner.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        self._buttons = (self.take_back_button, self.correction_button, self.refund_button, self.paid_button,
                         self.replacement_button, self.claim_button, self.answer_button, self.credit_button)
        for b in self._buttons:
            b.setEnabled(False)

    # --- reading --------------------------------------------------------------------------------------------------

    def show_case(self, detail: CaseDetail) -> None:
        """Show the case's remedies (what was done is read again: stock documents are not in the detail)."""
        self._case_id = detail.id
        self.reload()

    def reload(self) -> None:
        case_id = self._case_id
        if case_id is None:
            return
        self.ctx.read(lambda s: remedies.remedy_state(s, case_id), on_done=self._show, on_error=self._failed)

    def _show(self, state: RemedyState) -> None:
        self.state = state
        self.error.hide()
        unpaid = [r for r in state.refunds if r.paid_on is None]
        claim = state.claims[-1] if state.claims else None
        self.take_back_button.setEnabled(state.can_take_back)
        self.correction_button.setEnabled(state.can_correct)
        self.refund_button.setEnabled(state.can_refund)
        self.paid_button.setEnabled(bool(unpaid))
        self.replacement_button.setEnabled(state.can_replace)
        self.claim_button.setEnabled(state.can_claim)
        self.answer_button.setEnabled(claim is not None and not claim.answer)
        self.credit_button.setEnabled(claim is not None and claim.credit is None)
        self.remedy.setText(self.tr("Remedy: {0}").format(domain_text(label(DEMAND, state.remedy)))
                            if state.remedy else self.tr("No remedy decided yet."))
        self.summary.setText("\n".join(self._done_lines(state)) or self.tr("Nothing done yet."))

    def _done_lines(self, state: RemedyState) -> list[str]:
        out = []
        restocked = sum(ln.restocked for ln in state.lines)
        written_off = sum(ln.written_off for ln in state.lines)
        if state.documents:
            out.append(self.tr("Goods taken back: {0} to stock, {1} written off ({2})").format(
                restocked, written_off, ", ".join(d.number for d in state.documents)))
        if state.correction_number:
            out.append(self.tr("Correction invoice: {0}").format(state.correction_number))
        for r in state.refunds:
            money = format_money(r.amount, r.currency)
            if r.paid_on:
                out.append(self.tr("Refund {0}: paid on {1}").format(money, r.paid_on.isoformat()))
            else:
                out.append(self.tr("Refund {0}: due by {1}, not paid yet").format(money, r.due_on.isoformat()))
        if state.replacement_number:
            out.append(self.tr("Replacement order: {0}").format(state.replacement_number))
        for c in state.claims:
            text = self.tr("Supplier claim at {0}, sent {1}").format(c.supplier, c.sent_on.isoformat())
            if c.answer:
                text += self.tr("; answer of {0}: {1}").format(c.answered_on.isoformat(), c.answer)
            if c.credit is not None:
                text += self.tr("; credit {0} received {1}").format(format_money(c.credit),
                                                                    c.credit_received_on.isoformat())
            out.append(text)
        return out

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    # --- actions --------------------------------------------------------------------------------------------------

    def _open(self, dialog: _ActionDialog) -> None:
        self.dialog = dialog
        dialog.done.connect(self._recorded)
        dialog.open()

    def _recorded(self, changes: Changes) -> None:
        bus().changed.emit(changes)
        self.reload()
        self.changed.emit()

    def take_back(self) -> None:
        if self.state is not None:
            self._open(TakeBackDialog(self.ctx, self.state, self))

    def correct(self) -> None:
        state = self.state
        if state is None:
            return
        if state.remedy == "price_reduction":  # the lines are shown once the amount is typed
            self._open(CorrectionDialog(self.ctx, state, None, self))
            return
        self.ctx.read(lambda s: remedies.correction_plan(s, state.case_id),
                      on_done=lambda plan: self._open(CorrectionDialog(self.ctx, state, plan, self)),
                      on_error=self._failed)

    def refund(self) -> None:
        state = self.state
        if state is None:
            return
        self.ctx.read(lambda s: remedies.default_refund(s, state.case_id),
                      on_done=lambda gs: self._open(RefundDialog(self.ctx, state, gs[0], gs[1], self)),
                      on_error=self._failed)

    def mark_paid(self) -> None:
        state = self.state
        unpaid = [r for r in state.refunds if r.paid_on is None] if state else []
        if not unpaid:
            return
        refund, who = unpaid[0], self.ctx.who
        info = QLabel(format_money(refund.amount, refund.currency))
        self._open(DateDialog(self.ctx, self.tr("Refund paid: {0}").format(state.number),
                              lambda s, day, _v: remedies.mark_refund_paid(s, refund.id, day, who), info,
                              self.tr("Amount"), self.tr("Paid on"), self))

    def replace(self) -> None:
        state = self.state
        if state is None:
            return
        dialog = _ConfirmDialog(self.ctx, self.tr("Replacement order: {0}").format(state.number),
                                self.tr("A new order of the case's goods at 0,00 and free shipping, to the same "
                                        "customer and address, goes to packing with its stock reserved."),
                                lambda s, who=self.ctx.who: remedies.create_replacement_order(s, state.case_id, who),
                                self)
        self._open(dialog)

    def claim(self) -> None:
        state = self.state
        if state is None:
            return
        supplier, who = QLineEdit(state.supplier), self.ctx.who
        self._open(DateDialog(self.ctx, self.tr("Supplier claim: {0}").format(state.number),
                              lambda s, day, name: remedies.open_supplier_claim(s, state.case_id, who,
                                                                                supplier=name, sent_on=day),
                              supplier, self.tr("Supplier"), self.tr("Sent on"), self))

    def answer(self) -> None:
        state = self.state
        if state is None or not state.claims:
            return
        claim, who = state.claims[-1], self.ctx.who
        text = QPlainTextEdit()
        text.setFixedHeight(90)
        self._open(DateDialog(self.ctx, self.tr("Supplier's answer: {0}").format(state.number),
                              lambda s, day, answer: remedies.record_supplier_answer(s, claim.id, answer, day, who),
                              text, self.tr("Answer"), self.tr("Answered on"), self))

    def credit(self) -> None:
        state = self.state
        if state is None or not state.claims:
            return
        claim, who = state.claims[-1], self.ctx.who
        amount = QLineEdit()
        amount.setPlaceholderText(self.tr("e.g. 25,00"))
        dialog = DateDialog(self.ctx, self.tr("Credit received: {0}").format(state.number),
                            lambda s, day, value: remedies.record_supplier_credit(s, claim.id, value, day, who),
                            amount, self.tr("Credit"), self.tr("Received on"), self)
        dialog.value = lambda: dialog.money(amount, self.tr("The credit"))  # type: ignore[method-assign]
        self._open(dialog)


class _ConfirmDialog(_ActionDialog):
    def __init__(self, ctx: AppContext, title: str, text: str, call: Callable[[Session], Changes],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, title, parent)
        self.call = call
        words = QLabel(text, self)
        words.setWordWrap(True)
        self.form.addRow(words)
        self.resize(440, self.sizeHint().height())

    def work(self) -> Callable[[Session], Changes]:
        return self.call
