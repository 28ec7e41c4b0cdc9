"""The correction window: an invoice's lines as they stand (after any earlier correction), their quantities and
unit prices editable, a line taken off (quantity 0, as the correction states it), the reason (required: it is
printed on the correction), the kind and the date; below, before / after / difference per VAT rate and in
total, recomputed at every change by the same functions the correction is issued with
(app.services.invoicing.correcting.value_lines, amounts.difference), so what is shown is what will be issued.

The lines are read in a worker (correction_start: the chain's latest document, which a new correction corrects);
Issue runs correct_invoice through ctx.run; a refusal is shown in the window, which stays open with what was
typed. `issued(id, number)` is emitted when the correction is written, and the window closes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.changes import Changes
from app.core.money import format_money, parse_decimal
from app.ui.invoicing.model import amount
from app.ui.kit.bus import bus
from app.ui.kit.errors import error_text
from app.ui.kit.table_model import RowsModel
from app.ui.kit.tables import SimpleTableModel, make_table
from app.ui.kit.windows import fit_window

if TYPE_CHECKING:
    from app.services.invoicing.amounts import Amounts
    from app.services.invoicing.correcting import CorrectionLine, CorrectionStart
    from app.ui.kit.context import AppContext

POS, NAME, RATE, QTY_BEFORE, QTY, PRICE_BEFORE, PRICE, VALUE_BEFORE, VALUE = range(9)
EDITABLE = (QTY, PRICE)
# Reasons often given, offered in the reason box. They are printed on the correction, a Polish document (as the
# invoice is), so they are Polish whatever the window's language; the user may type any other.
REASONS = ("Zwrot towaru", "Rabat udzielony po sprzedaży", "Błędna cena", "Błędna ilość",
           "Reklamacja: obniżenie ceny", "Pomyłka w fakturze")
MAX_REASON = 256


def _plain(value: Decimal) -> str:
    return f"{value.normalize():f}"


class CorrectionLinesModel(RowsModel):
    """`before`: the lines as they stand; `after`: the same lines as the correction will state them."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.before: list[CorrectionLine] = []
        self.after: list[CorrectionLine] = []
        self.method = "gross"
        self.refused = ""  # why the last edit was not taken (shown by the window)
        self._set_headers()

    def _set_headers(self) -> None:
        gross = self.method == "gross"
        price = self.tr("Gross price") if gross else self.tr("Net price")
        value = self.tr("Gross value") if gross else self.tr("Net value")
        now = self.tr("{0} now")
        self.headers = (self.tr("No."), self.tr("Name"), self.tr("Rate"), now.format(self.tr("Qty")), self.tr("Qty"),
                        now.format(price), price, now.format(value), value)

    def set_lines(self, lines: tuple[CorrectionLine, ...], method: str) -> None:
        self.beginResetModel()
        self.before, self.after, self.method = list(lines), list(lines), method
        self._set_headers()
        self.endResetModel()
        self.changed.emit()

    # --- edits -------------------------------------------------------------------------------------------
    def _put(self, row: int, line: CorrectionLine) -> None:
        self.after[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.changed.emit()

    def remove(self, row: int) -> None:
        """Take the line off: the correction states it going to quantity 0."""
        if 0 <= row < len(self.after):
            self._put(row, replace(self.after[row], quantity=Decimal(0)))

    def restore(self, row: int) -> None:
        if 0 <= row < len(self.after):
            self._put(row, self.before[row])

    def set_quantity(self, row: int, quantity: Decimal) -> None:
        self._put(row, replace(self.after[row], quantity=quantity))

    def set_price(self, row: int, price: Decimal) -> None:
        self._put(row, replace(self.after[row], unit_price=price))

    def changed_rows(self) -> list[int]:
        return [i for i, (a, b) in enumerate(zip(self.after, self.before, strict=True)) if a != b]

    # --- Qt model API (row and column counts and titles: RowsModel's, over the lines as they will be) ----------
    @property
    def rows(self) -> list:
        return self.after

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        b, a = self.before[row], self.after[row]
        if role == Qt.ItemDataRole.EditRole and col in EDITABLE:
            return _plain(a.quantity) if col == QTY else f"{a.unit_price:.2f}"
        if role == Qt.ItemDataRole.DisplayRole:
            return {POS: str(b.position), NAME: b.name, RATE: f"{b.rate}%" if b.rate.isdigit() else b.rate,
                    QTY_BEFORE: _plain(b.quantity), QTY: _plain(a.quantity), PRICE_BEFORE: amount(b.unit_price),
                    PRICE: amount(a.unit_price), VALUE_BEFORE: amount(b.quantity * b.unit_price),
                    VALUE: amount(a.quantity * a.unit_price)}[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (NAME, POS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col in (QTY, PRICE, VALUE) and a != b:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and a.quantity == 0 and b.quantity != 0:
            return self.tr("Taken off: the correction states this line going to 0.")
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        try:
            number = parse_decimal(str(value))
        except ValueError:
            self.refused = self.tr("'{0}' is not a number.").format(value)
            self.changed.emit()
            return False
        if number < 0:
            self.refused = self.tr("A quantity or a price cannot be below 0.")
        elif index.column() == PRICE and number != number.quantize(Decimal("0.01")):
            self.refused = self.tr("A price has at most two decimal places.")
        elif index.column() == QTY and number != number.quantize(Decimal("0.001")):
            self.refused = self.tr("A quantity has at most three decimal places.")
        else:
            self.refused = ""
            if index.column() == QTY:
                self.set_quantity(index.row(), number)
            else:
                self.set_price(index.row(), number.quantize(Decimal("0.01")))
            return True
        self.changed.emit()
        return False


SUMMARY_NUMERIC = tuple(range(1, 10))


class CorrectionDialog(QDialog):
    issued = Signal(int, str)  # the correction's id and number

    def __init__(self, ctx: AppContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.invoice_id = ctx, invoice_id
        self.start: CorrectionStart | None = None
        self.issued_id: int | None = None
        self.setWindowTitle(self.tr("Correct an invoice"))
        self._build()
        fit_window(self, Settings.CORRECTION_GEOMETRY, 1180, 700)
        self._load()

    # --- layout ----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self.tr("Reading the invoice…"), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.lines = CorrectionLinesModel(self)
        self.lines.changed.connect(self._recompute)
        self.lines_view = make_table(self.lines, self, (40, 250, 55, 85, 70, 115, 100, 115, 100), one_line_rows=True)
        self.lines_view.setEditTriggers(self.lines_view.EditTrigger.DoubleClicked
                                        | self.lines_view.EditTrigger.EditKeyPressed
                                        | self.lines_view.EditTrigger.AnyKeyPressed)
        self.remove_button = QPushButton(self.tr("&Take line off"), self)
        self.remove_button.setToolTip(self.tr("The correction states the line going to quantity 0 (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.restore_button = QPushButton(self.tr("&Undo line changes"), self)
        self.restore_button.clicked.connect(self.restore_current)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.lines_view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(QLabel(self.tr("Change the quantities and prices the invoice should have stated."),
                                      self), 1)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addWidget(self.restore_button)

        self.summary = SimpleTableModel((self.tr("Rate"), self.tr("Net now"), self.tr("Net after"),
                                         self.tr("Net difference"), self.tr("VAT now"), self.tr("VAT after"),
                                         self.tr("VAT difference"), self.tr("Gross now"), self.tr("Gross after"),
                                         self.tr("Gross difference")), self, numeric=SUMMARY_NUMERIC)
        self.summary_view = make_table(self.summary, self, (60,) + (105,) * 9, one_line_rows=True)
        self.due = QLabel(self)
        due_font = self.due.font()
        due_font.setBold(True)
        self.due.setFont(due_font)

        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.addItems(REASONS)
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setMaxLength(MAX_REASON)
        self.reason.lineEdit().setPlaceholderText(self.tr("Why the invoice is corrected (printed on the correction)"))
        self.reason.setMinimumWidth(420)
        self.reason.editTextChanged.connect(lambda _t: self._update_ok())
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("1: an error in the invoice (counts in the invoice's period)"), 1)
        self.kind.addItem(self.tr("2: a return or a discount afterwards (counts when the correction is issued)"), 2)
        self.kind.addItem(self.tr("3: another date"), 3)
        self.issue_date = QDateEdit(self)
        self.issue_date.setCalendarPopup(True)
        self.issue_date.setDisplayFormat("yyyy-MM-dd")
        today = datetime.now(self.ctx.tz).date()
        self.issue_date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.issue_date.setDate(QDate(today.year, today.month, today.day))
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Issue &date:"), self.issue_date)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Issue correction"))
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.lines_view)
        top_layout.addLayout(line_buttons)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("Per VAT rate: now, after the correction, and the difference"), self))
        bottom_layout.addWidget(self.summary_view)
        bottom_layout.addWidget(self.due)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update_ok()

    # --- data --------------------------------------------------------------------------------------------
    def _load(self) -> None:
        from app.services.invoicing.correcting import correction_start

        invoice_id = self.invoice_id
        self.ctx.read(lambda session: correction_start(session, invoice_id), on_done=self._loaded,
                      on_error=self._failed)

    def _loaded(self, start: CorrectionStart) -> None:
        self.start = start
        self.heading.setText(self.tr("Correction of {0}").format(start.number))
        notes = [self.tr("Amounts in {0}; unit prices {1}, as the invoice states them.").format(
            start.currency, self.tr("gross") if start.method == "gross" else self.tr("net"))]
        if start.invoice_id != self.invoice_id:
            notes.insert(0, self.tr("The invoice was corrected before: this correction corrects {0}, the latest "
                                    "document, from its lines as they now stand.").format(start.number))
        self.note.setText(" ".join(notes))
        self.lines.set_lines(start.lines, start.method)
        self.lines_view.setFocus()
        if self.lines.rowCount():
            self.lines_view.setCurrentIndex(self.lines.index(0, QTY))

    def _failed(self, exc: BaseException) -> None:
        self.heading.setText(self.tr("The invoice cannot be corrected"))
        self._show_error(error_text(exc))
        self.ok_button.setEnabled(False)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def remove_current(self) -> None:
        index = self.lines_view.currentIndex()
        if index.isValid():
            self.lines.remove(index.row())

    def restore_current(self) -> None:
        index = self.lines_view.currentIndex()
        if index.isValid():
            self.lines.restore(index.row())

    def amounts(self) -> tuple[Amounts, Amounts, Amounts]:
        """Now, after, and the difference, as correct_invoice computes them."""
        from app.services.invoicing.amounts import difference
        from app.services.invoicing.correcting import value_lines

        assert self.start is not None
        before = value_lines(self.lines.before, self.start.method, None)
        after = value_lines(self.lines.after, self.start.method, None)
        return before, after, difference(before, after)

    def _recompute(self) -> None:
        self._show_error(self.lines.refused)
        if self.start is None:
            return
        before, after, diff = self.amounts()
        b = {r.rate: r for r in before.rates}
        a = {r.rate: r for r in after.rates}
        rows = []
        zero = Decimal("0.00")
        for d in diff.rates:
            x, y = b.get(d.rate), a.get(d.rate)
            cells = [d.rate + "%" if d.rate.isdigit() else d.rate]
            for field in ("net", "vat", "gross"):
                cells += [amount(getattr(x, field) if x else zero), amount(getattr(y, field) if y else zero),
                          amount(getattr(d, field))]
            rows.append(cells)
        total = [self.tr("Total")]
        for field in ("net", "vat", "gross"):
            total += [amount(getattr(before, field)), amount(getattr(after, field)), amount(getattr(diff, field))]
        rows.append(total)
        self.summary.set_rows(rows)
        currency = self.start.currency
        if diff.gross > 0:
            self.due.setText(self.tr("The buyer pays {0} more.").format(format_money(diff.gross, currency)))
        elif diff.gross < 0:
            self.due.setText(self.tr("The buyer gets {0} back.").format(format_money(-diff.gross, currency)))
        else:
            self.due.setText(self.tr("The amount due does not change."))
        self._update_ok()

    def _update_ok(self) -> None:
        ready = self.start is not None and bool(self.lines.changed_rows()) and bool(self.reason.currentText().strip())
        self.ok_button.setEnabled(ready)
        if self.start is not None and not self.lines.changed_rows():
            self.ok_button.setToolTip(self.tr("Change a quantity or a price first."))
        elif not self.reason.currentText().strip():
            self.ok_button.setToolTip(self.tr("Give the reason of the correction first."))
        else:
            self.ok_button.setToolTip("")

    def chosen_date(self) -> date:
        d = self.issue_date.date()
        return date(d.year(), d.month(), d.day())

    def issue(self) -> None:
        """Issue the correction (the button is enabled once a line changed and the reason is given)."""
        if self.start is None:
            return
        reason = self.reason.currentText().strip()
        if not reason:
            self._show_error(self.tr("Give the reason of the correction: it is printed on it."))
            self.reason.setFocus()
            return
        if not self.lines.changed_rows():
            self._show_error(self.tr("Nothing is changed yet: change a quantity or a price, or take a line off."))
            return
        from app.services.invoicing.correcting import correct_invoice

        corrected, lines, who = self.start.invoice_id, list(self.lines.after), self.ctx.who
        kind, day = self.kind.currentData(), self.chosen_date()
        self.ok_button.setEnabled(False)
        self.ctx.run(lambda session: correct_invoice(session, corrected, lines, reason, who, kind=kind,
                                                     issue_date=day),
                     on_done=self._issued, on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self._show_error(error_text(exc))
        self._update_ok()

    def _issued(self, correction_id: int) -> None:
        from app.services.invoicing.reading import rows_by_id

        self.issued_id = correction_id
        corrected = self.start.invoice_id if self.start is not None else self.invoice_id

        def announce(rows) -> None:
            row = rows.get(correction_id)
            orders = {row.order_id} if row is not None and row.order_id is not None else set()
            bus().changed.emit(Changes.of_invoices({correction_id, corrected}) | Changes.of_orders(orders))
            self.accept()
            self.issued.emit(correction_id, row.number if row is not None else "")

        self.ctx.read(lambda session: rows_by_id(session, [correction_id]), on_done=announce,
                      on_error=lambda _exc: announce({}))
