"""Goods receipt by scanner: scan EANs (or type an SKU) + Enter, quantities add up, then one PZ document.

An unknown EAN stops nothing: a panel offers to create a product with it or to link it to an existing
product (by SKU), and the scan is counted once that is done. Keyboard only: the scan field keeps focus.

Each scan is looked up in the background (one read, ctx.read). A scanner types faster than an answer may come, so
scans wait in line and are answered one after another: a burst is counted in the order scanned, each scan once.
Posting waits for the line to empty, and the link and the PZ answer once however often Enter is pressed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.gtin import GTIN_LENGTHS, gtin_problem, is_valid_gtin
from app.core.money import parse_decimal
from app.services.catalogue.products import ProductDetail, ProductSaved, get_product, link_ean, product_by_code
from app.services.stock.ledger import Posted, ReceiptLine, receive_goods
from app.ui.kit.bus import bus
from app.ui.kit.context import AppContext
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import show_error
from app.ui.kit.tables import make_table
from app.ui.kit.windows import fit_window
from app.ui.kit.words import number, plural
from app.ui.stock.sizing import fit_columns

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Lookup = Callable[["Session"], ProductDetail | None]

SKU, NAME, QTY, PRICE = range(4)
MAX_QUANTITY = 99_999  # more on one line of a delivery is a code scanned into the table, not a count
_ROOT = QModelIndex()


@dataclass
class Line:
    product_id: int
    sku: str
    name: str
    quantity: int
    price: Decimal | None


class ReceiptLinesModel(QAbstractTableModel):
    """The lines being received; quantity and purchase price are edited in place."""

    # A scanner's code typed into a cell (the table had focus): the dialog treats it as a scan.
    code_typed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[Line] = []
        self.headers = (self.tr("SKU"), self.tr("Name"), self.tr("Quantity"), self.tr("Purchase price (net)"))

    def add(self, product_id: int, sku: str, name: str, quantity: int, price: Decimal | None) -> Line:
        for row, line in enumerate(self.lines):
            if line.product_id == product_id:
                line.quantity += quantity
                self.dataChanged.emit(self.index(row, QTY), self.index(row, QTY))
                return line
        self.beginInsertRows(QModelIndex(), len(self.lines), len(self.lines))
        line = Line(product_id, sku, name, quantity, price)
        self.lines.append(line)
        self.endInsertRows()
        return line

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in (QTY, PRICE) else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (line.sku, line.name, str(line.quantity),
                    "" if line.price is None else number(line.price, 2))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (QTY, PRICE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.lines[index.row()]
        text = str(value).strip()
        if index.column() in (QTY, PRICE) and text.isdigit() and len(text) in GTIN_LENGTHS \
                and int(text) > MAX_QUANTITY:
            self.code_typed.emit(text)
            return False
        try:
            if index.column() == QTY:
                quantity = int(text)
                if not 0 <= quantity <= MAX_QUANTITY:
                    return False
                line.quantity = quantity
            elif index.column() == PRICE:
                line.price = parse_decimal(text).quantize(Decimal("0.01")) if text else None
            else:
                return False
        except ValueError:
            return False
        self.dataChanged.emit(index, index)
        return True


class ReceiptDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.posted: Posted | None = None
        self.pending_code = ""
        self.misread = False  # the pending code has a wrong check digit: no product is made or linked with it
        # Scans not answered yet, in order: (look-up, code scanned or "" for a resolved unknown code, units).
        self._scans: deque[tuple[Lookup, str, int]] = deque()
        self._looking_up = self._linking = self._posting = self._post_when_scanned = False
        self.setWindowTitle(self.tr("Goods receipt (PZ)"))
        self.supplier = QLineEdit(self)
        self.document = QLineEdit(self)
        self.document.setPlaceholderText(self.tr("The supplier's invoice or delivery note number"))
        self.scan = QLineEdit(self)
        self.scan.setPlaceholderText(self.tr("Scan an EAN or type an SKU, then Enter"))
        self.scan.setStyleSheet("font-size: 16pt; padding: 4px;")
        self.scan.returnPressed.connect(self.on_scan)
        self.per_scan = QSpinBox(self)
        self.per_scan.setRange(1, 10000)
        self.per_scan.setPrefix("× ")
        self.per_scan.setToolTip(self.tr("Units added by each scan (for cartons)"))
        self.feedback = QLabel(self)
        self.feedback.setStyleSheet("font-size: 13pt;")
        self.model = ReceiptLinesModel(self)
        self.table = make_table(self.model, self)
        fit_columns(self.table, NAME, elide_middle=(SKU,), designed={SKU: 150, QTY: 90, PRICE: 150})
        self.table.setEditTriggers(self.table.EditTrigger.DoubleClicked | self.table.EditTrigger.EditKeyPressed
                                   | self.table.EditTrigger.AnyKeyPressed)
        self.model.dataChanged.connect(lambda *_: self._update_total())
        self.model.rowsInserted.connect(lambda *_: self._update_total())
        self.model.code_typed.connect(self.scan_code)
        self.total = QLabel(self)

        self.unknown = QFrame(self)
        self.unknown.setFrameShape(QFrame.Shape.StyledPanel)
        self.unknown.setStyleSheet("QFrame { background: #fdedc4; }")
        self.unknown_label = QLabel(self.unknown)
        self.unknown_label.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a product…"), self.unknown)
        self.link_sku = QLineEdit(self.unknown)
        self.link_sku.setPlaceholderText(self.tr("SKU of the product this code belongs to"))
        self.link_sku.returnPressed.connect(self.link_unknown)
        self.link_button = QPushButton(self.tr("Link"), self.unknown)
        self.skip_button = QPushButton(self.tr("Skip"), self.unknown)
        self.create_button.clicked.connect(self.create_for_unknown)
        self.link_button.clicked.connect(self.link_unknown)
        self.skip_button.clicked.connect(self.skip_unknown)
        row = QHBoxLayout(self.unknown)
        row.addWidget(self.unknown_label, 1)
        for w in (self.create_button, self.link_sku, self.link_button, self.skip_button):
            row.addWidget(w)
        self.unknown.hide()

        self.post_button = QPushButton(self.tr("Post receipt"), self)
        self.post_button.setToolTip(self.tr("Record one goods receipt document (Ctrl+Enter)"))
        self.post_button.clicked.connect(self.post)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.post)

        form = QFormLayout()
        form.addRow(self.tr("Supplier"), self.supplier)
        form.addRow(self.tr("Supplier's document"), self.document)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.per_scan)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total)
        buttons.addStretch(1)
        buttons.addWidget(self.post_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(scan_row)
        layout.addWidget(self.feedback)
        layout.addWidget(self.unknown)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        # Enter belongs to the scan field: no button may take it (a scanner sends Enter after each code).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._update_total()
        fit_window(self, Settings.RECEIPT_GEOMETRY, 900, 620)
        self.scan.setFocus()

    # --- scanning ------------------------------------------------------------------------------------------
    def on_scan(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        self.scan_code(code)

    def scan_code(self, code: str) -> None:
        """One scanned code: from the scan field, or typed by the scanner into a table cell that had focus."""
        if not code:
            return
        self._scans.append((lambda s: product_by_code(s, code), code, self.per_scan.value()))
        self._next_scan()

    def add_product(self, product_id: int, quantity: int) -> None:
        """Count a known product (an unknown code just created or linked), in line with the scans before it."""
        self._scans.append((lambda s: get_product(s, product_id), "", quantity))
        self._next_scan()

    def _next_scan(self) -> None:
        """Answer the oldest waiting scan, one at a time; when none waits, a post asked meanwhile goes ahead."""
        if self._looking_up or self._posting:
            return
        if not self._scans:
            if self._post_when_scanned:
                self._post_when_scanned = False
                self.post()
            return
        lookup, code, quantity = self._scans.popleft()
        self._looking_up = True
        self.ctx.read(lookup, on_done=lambda product: self._answered(code, quantity, product),
                      on_error=self._lookup_failed)

    def _answered(self, code: str, quantity: int, product: ProductDetail | None) -> None:
        self._looking_up = False
        if product is None:
            self._ask_about(code)
        else:
            if code and product.pack_ean and code.strip() == product.pack_ean and product.pack_quantity:
                quantity *= product.pack_quantity  # a box of 6 received by its own EAN is six units
            self._add(product, quantity)
        self._next_scan()

    def _lookup_failed(self, exc: BaseException) -> None:
        self._looking_up = False
        self._post_when_scanned = False  # the user should see the error before anything is posted
        show_error(self, exc)
        self._next_scan()

    def _add(self, d: ProductDetail, quantity: int) -> None:
        line = self.model.add(d.id, d.sku, d.name, quantity, d.purchase_price)
        text = self.tr("+{0} {1} {2} (now {3})").format(quantity, d.sku, d.name, line.quantity)
        if not d.active:  # received all the same (goods are here), but the user should know
            text += " " + self.tr("— archived product: bring it back on its card to sell it")
        self.feedback.setStyleSheet(f"font-size: 13pt; color: {'#1a6b1a' if d.active else '#8a5a00'};")
        self.feedback.setText(text)
        if self.misread:  # the package scanned again, read right this time: the warning is over
            self.unknown.hide()
            self.pending_code, self.misread = "", False
        row = next(i for i, ln in enumerate(self.model.lines) if ln.product_id == d.id)
        self.table.selectRow(row)
        if not self.unknown.isVisible():  # a scan answered after an unknown one leaves the focus on its panel
            self.scan.setFocus()

    def _ask_about(self, code: str) -> None:
        QApplication.beep()
        self.pending_code = code
        looks_like_ean = code.isdigit() and len(code) in GTIN_LENGTHS
        self.feedback.setStyleSheet("font-size: 13pt; color: #a40000;")
        if looks_like_ean and not is_valid_gtin(code):
            # No product can have it: a digit was misread by the scanner or mistyped. Creating or linking a product
            # with it would give the shop a code no real package carries.
            self.misread = True
            self.feedback.setText(self.tr("Misread code {0}: scan it again").format(code))
            self.unknown_label.setText(self.tr("{0} is no valid EAN: its check digit is wrong, so a digit was misread "
                                               "or mistyped. Scan the package again or type the code carefully.")
                                       .format(code))
            self.unknown_label.setToolTip(domain_text(gtin_problem(code) or ""))
            for widget in (self.create_button, self.link_sku, self.link_button):
                widget.hide()
            self.unknown.show()
            self.scan.setFocus()  # the package scanned again goes where a scan belongs
            return
        self.misread = False
        self.feedback.setText(self.tr("Unknown code {0}").format(code))
        self.unknown_label.setText(self.tr("No product has the code {0}.").format(code))
        self.unknown_label.setToolTip("")
        self.create_button.show()
        self.link_sku.setVisible(looks_like_ean)
        self.link_button.setVisible(looks_like_ean)
        self.unknown.show()
        (self.link_sku if looks_like_ean else self.create_button).setFocus()

    def create_for_unknown(self):
        from app.ui.stock.product_card import ProductDialog

        code = self.pending_code
        if self.misread:  # never a product with a code no package carries
            return None
        is_ean = code.isdigit() and len(code) in GTIN_LENGTHS
        dialog = ProductDialog(self.ctx, None, self, ean=code if is_ean else "", sku="" if is_ean else code)
        dialog.supplier.setText(self.supplier.text())
        dialog.saved.connect(lambda pid: self._resolved(pid, code))
        dialog.open()
        return dialog

    def link_unknown(self) -> None:
        if self._linking or self.misread:  # Enter pressed again while the link is being written
            return
        sku, code = self.link_sku.text().strip(), self.pending_code
        self._linking = True
        self.link_button.setEnabled(False)
        self.ctx.run(lambda s: link_ean(s, sku, code), on_done=lambda saved: self._linked(saved, code),
                     on_error=self._not_linked)

    def _linked(self, saved: ProductSaved, code: str) -> None:
        self._linking = False
        self.link_button.setEnabled(True)
        bus().changed.emit(saved.changes)
        self._resolved(saved.product_id, code)

    def _not_linked(self, exc: BaseException) -> None:
        self._linking = False
        self.link_button.setEnabled(True)
        show_error(self, exc)

    def _resolved(self, product_id: int, code: str) -> None:
        """The unknown `code` now belongs to a product: count its scan (the panel closes unless it already asks
        about a later unknown code)."""
        if self.pending_code == code:
            self.unknown.hide()
            self.link_sku.clear()
            self.pending_code = ""
        self.add_product(product_id, self.per_scan.value())

    def skip_unknown(self) -> None:
        self.unknown.hide()
        self.pending_code = ""
        self.misread = False
        self.feedback.setText("")
        self.scan.setFocus()

    # --- posting -------------------------------------------------------------------------------------------
    def _update_total(self) -> None:
        units = sum(ln.quantity for ln in self.model.lines)
        products = len(self.model.lines)
        self.total.setText(plural(self.tr("%n product(s)", "", products), products) + ", "
                           + plural(self.tr("%n unit(s)", "", units), units))
        self.post_button.setEnabled(units > 0 and not self._posting)

    def post(self) -> None:
        if self._posting:
            return
        if self._looking_up or self._scans:  # the scans already made belong to this delivery: post after them
            self._post_when_scanned = True
            return
        lines = [ReceiptLine(ln.product_id, ln.quantity, ln.price) for ln in self.model.lines if ln.quantity > 0]
        if not lines:
            return
        supplier, document, who = self.supplier.text(), self.document.text(), self.ctx.who
        self._set_posting(True)
        self.ctx.run(lambda s: receive_goods(s, lines, who, supplier=supplier, supplier_document=document),
                     on_done=self._posted, on_error=self._not_posted)

    def _set_posting(self, posting: bool) -> None:
        """While the PZ is written the scan field takes nothing (a scan then would miss the document)."""
        self._posting = posting
        self.scan.setEnabled(not posting)
        self._update_total()

    def _not_posted(self, exc: BaseException) -> None:
        self._set_posting(False)
        show_error(self, exc)
        self.scan.setFocus()
        self._next_scan()

    def _posted(self, posted: Posted) -> None:
        self._set_posting(False)
        self.posted = posted
        bus().changed.emit(posted.changes)
        self.accept()

    def reject(self) -> None:
        if self.model.lines and self.posted is None and not getattr(self, "_confirmed_discard", False):
            answer = QMessageBox.question(self, self.windowTitle(),
                                          self.tr("Discard the scanned lines? Nothing has been received yet."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
