"""The order dialog's lines editor: a small editable table model, and the row that adds a line.

A product is picked by SKU, EAN or name through a QCompleter whose model asks the database as the user
types (product_picker.find_products, through the context's reader: off the UI thread, the answer for text
typed over since dropped); a scanner typing an EAN and Enter adds the line at once, as soon as the answer for
that EAN is in. Price and VAT rate default from the product and may be changed; line totals are computed,
never typed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QWidget,
)

from app.core.money import CENT, VAT_RATES, cents, format_money, parse_decimal
from app.services.orders.data import LineInput
from app.services.orders.product_picker import ProductChoice, find_products
from app.ui.kit.table_model import Reader
from app.ui.orders.money_edit import MoneySpinBox

SKU, NAME, QTY, PRICE, VAT, TOTAL = range(6)
_ROOT = QModelIndex()  # the invisible root: default parent of the model API


@dataclass(frozen=True)
class LineDraft:
    quantity: int
    unit_price: Decimal
    product_id: int | None = None
    sku: str = ""
    ean: str = ""
    name: str = ""
    vat_rate: str = "23"

    @property
    def total(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(CENT)

    def to_input(self) -> LineInput:
        return LineInput(quantity=self.quantity, unit_price=self.unit_price, product_id=self.product_id,
                         sku=self.sku, name=self.name, ean=self.ean, vat_rate=self.vat_rate)


class LinesModel(QAbstractTableModel):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[LineDraft] = []
        self.read_only = False
        self.currency = "PLN"
        self._headers = (self.tr("SKU"), self.tr("Product"), self.tr("Qty"), self.tr("Unit price (gross)"),
                         self.tr("VAT"), self.tr("Total"))

    def set_lines(self, lines: list[LineDraft]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()
        self.changed.emit()

    def add(self, line: LineDraft) -> None:
        """Add a line; the same product again adds to the quantity of its line."""
        for i, existing in enumerate(self.lines):
            if line.product_id is not None and existing.product_id == line.product_id \
                    and existing.unit_price == line.unit_price:
                self.lines[i] = replace(existing, quantity=existing.quantity + line.quantity)
                self.dataChanged.emit(self.index(i, 0), self.index(i, TOTAL))
                self.changed.emit()
                return
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        self.changed.emit()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self.changed.emit()

    def lines_total(self) -> Decimal:
        return sum((ln.total for ln in self.lines), Decimal("0.00"))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not self.read_only and index.column() in (NAME, QTY, PRICE, VAT):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ln, col = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {SKU: ln.sku, NAME: ln.name, QTY: str(ln.quantity),
                    PRICE: format_money(ln.unit_price, self.currency),
                    VAT: ln.vat_rate if ln.vat_rate == "zw" else f"{ln.vat_rate}%",
                    TOTAL: format_money(ln.total, self.currency)}[col]
        if role == Qt.ItemDataRole.EditRole:
            return {SKU: ln.sku, NAME: ln.name, QTY: ln.quantity, PRICE: f"{ln.unit_price:.2f}".replace(".", ","),
                    VAT: ln.vat_rate, TOTAL: str(ln.total)}[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (QTY, PRICE, VAT, TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and ln.product_id is None:
            return self.tr("Not linked to a product in the catalogue")
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        ln, col = self.lines[index.row()], index.column()
        try:
            if col == QTY:
                new = replace(ln, quantity=max(1, int(value)))
            elif col == PRICE:
                new = replace(ln, unit_price=max(Decimal("0.00"), cents(parse_decimal(str(value)))))
            elif col == VAT and value in VAT_RATES:
                new = replace(ln, vat_rate=value)
            elif col == NAME:
                new = replace(ln, name=str(value).strip() or ln.name)
            else:
                return False
        except ValueError:
            return False
        self.lines[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), TOTAL))
        self.changed.emit()
        return True


class VatDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(list(VAT_RATES))
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentText())


class ProductsModel(QAbstractListModel):
    """Completion model backed by SQL: re-queried as the user types, at most a few dozen rows. `answered(text)`
    says the choices for that text are in; the answer to a text typed over since is dropped."""

    answered = Signal(str)

    def __init__(self, reader: Reader, parent=None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.choices: list[ProductChoice] = []
        self.text: str | None = None  # what the choices were found for
        self._asked: str | None = None

    def search(self, text: str) -> None:
        self._asked = text
        self.reader(lambda session: find_products(session, text), on_done=lambda found: self._found(text, found))

    def _found(self, text: str, found: list[ProductChoice]) -> None:
        if text != self._asked:
            return
        self.beginResetModel()
        self.choices, self.text = found, text
        self.endResetModel()
        self.answered.emit(text)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return f"{c.label()} — {format_money(c.gross_price)}"
        if role == Qt.ItemDataRole.UserRole:
            return c
        return None


class LineAdder(QWidget):
    """Product (with completion), quantity, unit price, VAT rate, Add."""

    added = Signal(object)  # LineDraft

    def __init__(self, reader: Reader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picked: ProductChoice | None = None
        self._enter_pending = False  # Enter came before the choices for the typed text
        self.product = QLineEdit(self)
        self.product.setPlaceholderText(self.tr("Product: SKU, EAN or name"))
        self.products = ProductsModel(reader, self)
        self.products.answered.connect(self._answered)
        self.completer = QCompleter(self.products, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.product.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.product.textEdited.connect(self._typed)
        self.product.returnPressed.connect(self._enter)
        self.quantity = QSpinBox(self, minimum=1, maximum=9999, value=1)
        self.price = MoneySpinBox(self, maximum=999999.99)
        self.vat = QComboBox(self)
        self.vat.addItems(list(VAT_RATES))
        self.add_button = QPushButton(self.tr("Add line"), self)
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.product, 3)
        for w in (self.quantity, self.price, self.vat, self.add_button):
            row.addWidget(w)

    def _typed(self, text: str) -> None:
        self.picked = None
        self._enter_pending = False
        self.products.search(text)

    def _answered(self, text: str) -> None:
        if text != self.product.text():  # the line was added or cleared meanwhile
            return
        if self._enter_pending:
            self._enter_pending = False
            self._take_exact()
        elif self.products.rowCount():
            self._size_popup()
            self.completer.complete()

    def _size_popup(self) -> None:
        """The choices whole (the colour or size at the end of a name tells variants apart): the popup as wide as
        its longest choice, up to the window's width; beyond that, names elide in the middle."""
        popup = self.completer.popup()
        popup.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        metrics = popup.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.products.index(r).data() or "")
                       for r in range(self.products.rowCount())), default=0)
        scroll = popup.verticalScrollBar().sizeHint().width()
        width = max(self.product.width(), min(longest + scroll + 24, self.window().width() - 40))
        popup.setMinimumWidth(width)

    def _activated(self, index: QModelIndex) -> None:
        choice = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(choice, ProductChoice):
            self.pick(choice)

    def pick(self, choice: ProductChoice) -> None:
        self.picked = choice
        self.product.setText(choice.label())
        self.price.set_money(choice.gross_price)
        self.vat.setCurrentText(choice.vat_rate)
        self.quantity.setFocus()
        self.quantity.selectAll()

    def _enter(self) -> None:
        """Enter after a scan or an exact SKU: take that product and add the line straight away (once the choices
        for what was typed are in)."""
        if self.picked is not None:
            return
        if self.products.text != self.product.text():
            self._enter_pending = True
            self.products.search(self.product.text())
            return
        self._take_exact()

    def _take_exact(self) -> None:
        text = self.product.text().strip()
        # SKUs are matched as the catalogue search matches them: "mug-red" is MUG-RED
        exact = [c for c in self.products.choices if text.casefold() == c.sku.casefold() or text == c.ean]
        if exact:
            self.pick(exact[0])
            self.add()

    def add(self) -> None:
        text = self.product.text().strip()
        if self.picked is None and not text:
            return
        price = self.price.money()
        c = self.picked
        line = (LineDraft(self.quantity.value(), price, c.id, c.sku, c.ean, c.name, self.vat.currentText()) if c
                else LineDraft(self.quantity.value(), price, None, "", "", text, self.vat.currentText()))
        self.added.emit(line)
        self.picked = None
        self.product.clear()
        self.quantity.setValue(1)
        self.price.setValue(0)
        self.product.setFocus()
