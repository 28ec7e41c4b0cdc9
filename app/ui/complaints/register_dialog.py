"""Registering a complaint or a return (issue 16): the window the Complaints tab (Ctrl+N, a scan of a returned
parcel) and the order window open.

At the top, one field takes an order number or a tracking number, typed or sent by a barcode scanner as keys
and Enter (the packing slip's Code 128 carries the order number, the parcel's label its tracking number); the
other searches customers as one types (name, e-mail, phone, company): a customer picked shows their orders, and
"No order" lets the product and the customer be typed. The order's lines come as a table, each with a tick and
a quantity (at most what is not in another case yet). What the law counts is shown live from the services
(registering.warranty_info over the deadline engine): how much of the liability period, of the withdrawal window
and of each product's guarantee is left on the day received, and whether it is estimated from the shipping day.

Register (Ctrl+Enter) runs register_case through ctx.run; a refusal is shown in the window, which keeps what was
typed; on success `registered` holds the result, the bus carries its changes and the window accepts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.money import format_money
from app.models.complaint import CHANNELS, DEMANDS, GUARANTEE, KINDS, LIABILITY, REASONS, TRANSPORT, WITHDRAWAL
from app.services.complaints.data import (
    CaseInput,
    CaseLineInput,
    CustomerHit,
    OrderForCase,
    PeriodLeft,
    Registered,
    WarrantyInfo,
)
from app.services.complaints.labels import CHANNEL, DEMAND, KIND, REASON, label
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text
from app.ui.kit.windows import fit_to_screen

if TYPE_CHECKING:
    from app.ui.kit.context import AppContext

TICK, NAME, SKU, PRICE, BOUGHT, IN_CASES, QTY = range(7)
NO_ORDER = -1  # the "No order" entry of a customer's orders
_SEARCH_DELAY_MS = 250
_DEFAULT_REASON = {LIABILITY: "defect", GUARANTEE: "defect", WITHDRAWAL: "changed_mind", TRANSPORT: "damaged"}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@dataclass(frozen=True)
class _Customer:
    """The customer picked from the search, for a case without an order."""

    id: int | None
    name: str
    email: str | None
    phone: str | None


class RegisterDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, order_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order: OrderForCase | None = None
        self.no_order = False
        self.customer: _Customer | None = None
        self.registered: Registered | None = None
        self.warranty: WarrantyInfo | None = None
        self._reads = 0  # warranty reads asked for; an older answer is dropped
        self._searches = 0
        self.setWindowTitle(self.tr("Register a complaint or return"))
        self._build()
        fit_to_screen(self, 1240, 700)
        if order_id is not None:
            self.load_order(order_id)
        self.scan.setFocus()

    # --- layout ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.scan = QLineEdit(self)
        self.scan.setPlaceholderText(self.tr("Scan or type an order or tracking number, then Enter"))
        self.scan.returnPressed.connect(self.find_order)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, e-mail, phone or company"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_customers)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Order or parcel:"), self, buddy=self.scan))
        top.addWidget(self.scan, 3)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("or &customer:"), self, buddy=self.search))
        top.addWidget(self.search, 2)
        self.order_info = QLabel(self.tr("Find the order first, or search the customer."), self)
        self.order_info.setWordWrap(True)
        self.order_info.setTextFormat(Qt.TextFormat.PlainText)

        self.hits = QListWidget(self)
        self.hits.currentRowChanged.connect(self._hit_chosen)
        self.hit_orders = QListWidget(self)
        self.hit_orders.itemActivated.connect(self._hit_order_chosen)
        self.hit_orders.itemClicked.connect(self._hit_order_chosen)
        self.customer_box = QWidget(self)
        hits_layout = QHBoxLayout(self.customer_box)
        hits_layout.setContentsMargins(0, 0, 0, 0)
        hits_layout.addWidget(self.hits, 3)
        hits_layout.addWidget(self.hit_orders, 2)
        self.customer_box.setMaximumHeight(130)
        self.customer_box.hide()

        self.lines = QTableWidget(0, 7, self)
        self.lines.setHorizontalHeaderLabels(["✓", self.tr("Product"), self.tr("SKU"), self.tr("Price"),
                                              self.tr("Bought"), self.tr("In other cases"), self.tr("Quantity")])
        self.lines.verticalHeader().hide()
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((TICK, 34), (SKU, 100), (PRICE, 90), (BOUGHT, 70), (IN_CASES, 130), (QTY, 80)):
            self.lines.setColumnWidth(col, width)
        self.lines.itemChanged.connect(lambda _item: self._lines_changed())

        self.manual = QGroupBox(self.tr("Without an order: the product and the customer"), self)
        self.product_name = QLineEdit(self.manual)
        self.product_sku = QLineEdit(self.manual)
        self.product_qty = QSpinBox(self.manual)
        self.product_qty.setRange(1, 9999)
        self.customer_name = QLineEdit(self.manual)
        self.customer_email = QLineEdit(self.manual)
        self.customer_phone = QLineEdit(self.manual)
        self.customer_address = QLineEdit(self.manual)
        manual_form = QFormLayout(self.manual)
        product_row = QHBoxLayout()
        product_row.addWidget(self.product_name, 3)
        product_row.addWidget(QLabel(self.tr("SKU:"), self.manual))
        product_row.addWidget(self.product_sku, 1)
        product_row.addWidget(QLabel(self.tr("Qty:"), self.manual))
        product_row.addWidget(self.product_qty)
        manual_form.addRow(self.tr("Product:"), product_row)
        manual_form.addRow(self.tr("Customer:"), self.customer_name)
        contact = QHBoxLayout()
        contact.addWidget(self.customer_email, 1)
        contact.addWidget(QLabel(self.tr("Phone:"), self.manual))
        contact.addWidget(self.customer_phone, 1)
        manual_form.addRow(self.tr("E-mail:"), contact)
        manual_form.addRow(self.tr("Address:"), self.customer_address)
        self.manual.hide()

        self.files = QListWidget(self)
        self.files.setMaximumHeight(70)
        add_file = QPushButton(self.tr("&Add files…"), self)
        add_file.clicked.connect(self.choose_files)
        self.remove_file = QPushButton(self.tr("Re&move"), self)
        self.remove_file.clicked.connect(self.remove_current_file)
        files_buttons = QVBoxLayout()
        files_buttons.addWidget(add_file)
        files_buttons.addWidget(self.remove_file)
        files_buttons.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1, Qt.AlignmentFlag.AlignTop)
        files_row.addLayout(files_buttons)

        left = QVBoxLayout()
        left.addWidget(self.customer_box)
        left.addWidget(self.lines, 1)
        left.addWidget(self.manual)
        left.addWidget(QLabel(self.tr("Photos and files from the customer:"), self))
        left.addLayout(files_row)
        left.addStretch(0)  # takes the room only while the lines table is hidden (a case without an order)

        self.kind = self._combo(KINDS, KIND)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.channel = self._combo(CHANNELS, CHANNEL)
        today = datetime.now(self.ctx.tz).date()
        self.received = QDateEdit(self)
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.received.setMaximumDate(_qdate(today))
        self.received.setDate(_qdate(today))
        self.received.dateChanged.connect(lambda _d: self.refresh_warranty())
        self.demand = self._combo(DEMANDS, DEMAND)
        self.reason = self._combo(REASONS, REASON)
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("What the customer says is wrong"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.guarantor = QLineEdit(self)
        self.guarantor.setPlaceholderText(self.tr("Who gives the guarantee (maker, importer)"))
        self.terms = QPlainTextEdit(self)
        self.terms.setPlaceholderText(self.tr("The guarantee's terms (period, where to send it)"))
        self.terms.setTabChangesFocus(True)
        self.terms.setFixedHeight(50)
        self.delivered_known = QCheckBox(self.tr("The customer says it was delivered on:"), self)
        self.delivered_known.toggled.connect(self._delivered_toggled)
        self.delivered = QDateEdit(self)
        self.delivered.setCalendarPopup(True)
        self.delivered.setDisplayFormat("yyyy-MM-dd")
        self.delivered.setMaximumDate(_qdate(today))
        self.delivered.setDate(_qdate(today))
        self.delivered.setEnabled(False)
        self.delivered.dateChanged.connect(lambda _d: self.refresh_warranty())
        self.delivery_note = QLabel(self)
        self.delivery_note.setWordWrap(True)
        self.warranty_text = QLabel(self)
        self.warranty_text.setWordWrap(True)
        self.warranty_text.setTextFormat(Qt.TextFormat.PlainText)
        font = self.warranty_text.font()
        font.setBold(True)
        self.warranty_text.setFont(font)

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("C&hannel:"), self.channel)
        self.form.addRow(self.tr("&Received on:"), self.received)
        self.form.addRow(self.tr("&Demand:"), self.demand)
        self.form.addRow(self.tr("R&eason:"), self.reason)
        self.form.addRow(self.tr("Descri&ption:"), self.description)
        self.form.addRow(self.tr("&Guarantor:"), self.guarantor)
        self.form.addRow(self.tr("Guarantee &terms:"), self.terms)
        delivered_row = QHBoxLayout()
        delivered_row.addWidget(self.delivered_known)
        delivered_row.addWidget(self.delivered)
        delivered_row.addStretch(1)
        self.delivered_widget = QWidget(self)
        self.delivered_widget.setLayout(delivered_row)
        delivered_row.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.delivered_widget)
        self.form.addRow(self.delivery_note)
        self.form.addRow(self.warranty_text)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(self.form)
        right_layout.addStretch(1)

        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addWidget(right, 2)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.register_button = QPushButton(self.tr("&Register"), self)
        self.register_button.setToolTip(self.tr("Register the case (Ctrl+Enter)"))
        self.register_button.clicked.connect(self.register)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        for button in (self.register_button, cancel, add_file, self.remove_file):
            button.setAutoDefault(False)  # Enter in the scan field finds the order; it never registers
            button.setDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(cancel)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.register)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.order_info)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._kind_changed()
        self._show_delivery()

    def _combo(self, codes: tuple[str, ...], names: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        for code in codes:
            combo.addItem(domain_text(label(names, code)), code)
        return combo

    @staticmethod
    def _choose(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)

    # --- the order ---------------------------------------------------------------------------------------------
    def find_order(self) -> None:
        """The order of what was typed or scanned (Enter)."""
        from app.services.complaints.registering import find_order_for_case

        code = self.scan.text().strip()
        if not code:
            return
        self.ctx.read(lambda session: find_order_for_case(session, code), on_done=self._order_loaded,
                      on_error=self._not_found)

    def load_order(self, order_id: int) -> None:
        from app.services.complaints.registering import order_for_case

        self.ctx.read(lambda session: order_for_case(session, order_id), on_done=self._order_loaded,
                      on_error=self._not_found)

    def _not_found(self, exc: BaseException) -> None:
        self._show_error(error_text(exc))
        self.scan.selectAll()
        self.scan.setFocus()

    def _order_loaded(self, order: OrderForCase) -> None:
        self.order, self.no_order = order, False
        self._show_error("")
        self.scan.setText(order.number)
        self.customer_box.hide()
        self.manual.hide()
        self.lines.show()
        parts = [self.tr("Order {0}: {1}").format(order.number, order.customer_name)]
        if order.phone or order.email:
            parts.append(", ".join(p for p in (order.phone, order.email) if p))
        if order.shipped_on is not None:
            parts.append(self.tr("shipped {0}").format(order.shipped_on.isoformat()))
        if order.delivered_on is not None:
            parts.append(self.tr("delivered {0}").format(order.delivered_on.isoformat()))
        if order.cases:
            parts.append(self.tr("earlier cases: {0}").format(", ".join(order.cases)))
        self.order_info.setText(" · ".join(parts))
        self._fill_lines(order)
        self._show_delivery()
        self.refresh_warranty()

    def _fill_lines(self, order: OrderForCase) -> None:
        self.lines.blockSignals(True)
        self.lines.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            left = line.quantity - line.in_other_cases
            tick = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsUserCheckable
            if left > 0:
                flags |= Qt.ItemFlag.ItemIsEnabled
            else:
                tick.setToolTip(self.tr("All of this line is in other cases already."))
            tick.setFlags(flags)
            tick.setCheckState(Qt.CheckState.Checked if len(order.lines) == 1 and left > 0
                               else Qt.CheckState.Unchecked)
            self.lines.setItem(row, TICK, tick)
            for col, text in ((NAME, line.name), (SKU, line.sku), (PRICE, format_money(line.unit_price,
                                                                                        order.currency)),
                              (BOUGHT, str(line.quantity)), (IN_CASES, str(line.in_other_cases))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if col in (PRICE, BOUGHT, IN_CASES):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(row, col, item)
            spin = QSpinBox(self.lines)
            spin.setRange(1 if left > 0 else 0, max(left, 0))
            spin.setValue(max(left, 0))
            spin.setEnabled(left > 0)
            self.lines.setCellWidget(row, QTY, spin)
        self.lines.blockSignals(False)

    def ticked(self) -> list[tuple[int, int]]:
        """(row, quantity) of the ticked lines."""
        out = []
        for row in range(self.lines.rowCount()):
            item = self.lines.item(row, TICK)
            spin = self.lines.cellWidget(row, QTY)
            if item is not None and item.checkState() == Qt.CheckState.Checked and isinstance(spin, QSpinBox):
                out.append((row, spin.value()))
        return out

    def _lines_changed(self) -> None:
        self.refresh_warranty()

    # --- customers ---------------------------------------------------------------------------------------------
    def search_customers(self) -> None:
        from app.services.complaints.registering import find_customers

        text = self.search.text().strip()
        self._searches += 1
        ask = self._searches
        if len(text) < 2:
            self.hits.clear()
            self.hit_orders.clear()
            self.customer_box.hide()
            return
        self.ctx.read(lambda session: find_customers(session, text),
                      on_done=lambda hits: self._hits_found(ask, hits), on_error=self._not_found)

    def _hits_found(self, ask: int, hits: list[CustomerHit]) -> None:
        if ask != self._searches:
            return  # the user typed on
        self.hits.clear()
        self.hit_orders.clear()
        for hit in hits:
            text = " · ".join(p for p in (hit.name, hit.phone or "", hit.email or "") if p)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.hits.addItem(item)
        if not hits:
            self.hits.addItem(QListWidgetItem(self.tr("No customer found")))
        self.customer_box.show()

    def _hit_chosen(self, row: int) -> None:
        self.hit_orders.clear()
        item = self.hits.item(row) if row >= 0 else None
        hit = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(hit, CustomerHit):
            return
        for order_id, number in hit.orders:
            entry = QListWidgetItem(self.tr("Order {0}").format(number))
            entry.setData(Qt.ItemDataRole.UserRole, order_id)
            self.hit_orders.addItem(entry)
        none = QListWidgetItem(self.tr("No order: type the product"))
        none.setData(Qt.ItemDataRole.UserRole, NO_ORDER)
        self.hit_orders.addItem(none)
        self.customer = _Customer(hit.customer_id, hit.name, hit.email, hit.phone)

    def _hit_order_chosen(self, item: QListWidgetItem) -> None:
        order_id = item.data(Qt.ItemDataRole.UserRole)
        if order_id == NO_ORDER:
            self.without_order()
        elif isinstance(order_id, int):
            self.load_order(order_id)

    def without_order(self) -> None:
        """A case without an order: the product and the customer typed (the customer picked fills them)."""
        self.order, self.no_order = None, True
        self.lines.setRowCount(0)
        self.lines.hide()
        self.manual.show()
        customer = self.customer
        if customer is not None:
            self.customer_name.setText(customer.name)
            self.customer_email.setText(customer.email or "")
            self.customer_phone.setText(customer.phone or "")
        self.order_info.setText(self.tr("No order: type the product and check the customer's data."))
        self._show_delivery()
        self.refresh_warranty()
        self.product_name.setFocus()

    # --- kind, delivery, periods ------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        guarantee = kind == GUARANTEE
        for widget in (self.guarantor, self.terms):
            widget.setVisible(guarantee)
            self.form.labelForField(widget).setVisible(guarantee)
        if kind == WITHDRAWAL:
            self._choose(self.demand, "refund")
        self.demand.setEnabled(kind != WITHDRAWAL)
        self._choose(self.reason, _DEFAULT_REASON.get(kind, "other"))

    def _delivered_toggled(self, on: bool) -> None:
        self.delivered.setEnabled(on)
        self._show_delivery()
        self.refresh_warranty()

    def _show_delivery(self) -> None:
        """The delivery day: shown when the order knows it; else editable, with what the periods count from."""
        order = self.order
        known = order is not None and order.delivered_on is not None
        self.delivered_widget.setVisible(not known and (order is not None or self.no_order))
        if known:
            self.delivery_note.setText(self.tr("Delivered on {0} (from the order).").format(
                order.delivered_on.isoformat()))
        elif self.delivered_known.isChecked():
            self.delivery_note.setText(self.tr("The periods are counted from the delivery day typed above."))
        elif order is not None and order.shipped_on is not None:
            self.delivery_note.setText(self.tr("The delivery day is unknown: the periods are estimated from the "
                                               "shipping day, {0}.").format(order.shipped_on.isoformat()))
        elif order is not None:
            self.delivery_note.setText(self.tr("The delivery day is unknown and the order was not shipped: type "
                                               "the delivery day to count the periods."))
        elif self.no_order:
            self.delivery_note.setText(self.tr("Without an order the delivery day is not known: type it to count "
                                               "the periods."))
        else:
            self.delivery_note.setText("")

    def typed_delivery(self) -> date | None:
        if self.delivered_widget.isHidden() or not self.delivered_known.isChecked():
            return None
        return _day(self.delivered.date())

    def _product_ids(self) -> list[int]:
        if self.order is None:
            return []
        rows = self.ticked() or [(r, 0) for r in range(len(self.order.lines))]
        return [pid for r, _q in rows if (pid := self.order.lines[r].product_id) is not None]

    def refresh_warranty(self) -> None:
        """Ask for the periods left on the day received (liability, withdrawal, guarantees)."""
        from app.services.complaints.registering import warranty_info

        if self.order is None and not self.no_order:
            self.warranty_text.setText("")
            return
        order_id = self.order.order_id if self.order is not None else None
        products, received, delivered = self._product_ids(), _day(self.received.date()), self.typed_delivery()
        self._reads += 1
        ask = self._reads
        self.ctx.read(lambda session: warranty_info(session, order_id, products, received, delivered),
                      on_done=lambda info: self._warranty_read(ask, info),
                      on_error=lambda exc: self.warranty_text.setText(error_text(exc)))

    def _period(self, name: str, period: PeriodLeft | None) -> str:
        if period is None:
            return self.tr("{0}: cannot be counted without a delivery or shipping day").format(name)
        if period.days_left >= 0:
            text = self.tr("{0}: until {1} (days left: {2})").format(name, period.due.isoformat(), period.days_left)
        else:
            text = self.tr("{0}: the period ended on {1}").format(name, period.due.isoformat())
        return text + (self.tr(" (estimated)") if period.estimated else "")

    def _warranty_read(self, ask: int, info: WarrantyInfo) -> None:
        if ask != self._reads:
            return
        self.warranty = info
        lines = [self._period(self.tr("Liability"), info.liability),
                 self._period(self.tr("Withdrawal"), info.withdrawal)]
        lines += [self._period(self.tr("Guarantee ({0})").format(name), period) for name, period in info.guarantees]
        self.warranty_text.setText("\n".join(lines))

    # --- files -------------------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Photos and files from the customer"))
        self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        have = set(self.file_paths())
        for path in paths:
            if path not in have:
                item = QListWidgetItem(Path(path).name)
                item.setToolTip(path)
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.files.addItem(item)

    def remove_current_file(self) -> None:
        row = self.files.currentRow()
        if row >= 0:
            self.files.takeItem(row)

    def file_paths(self) -> list[str]:
        return [self.files.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.files.count())]

    # --- registering -------------------------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def case_input(self) -> CaseInput | None:
        """What was typed as the services take it; None (with the reason shown) when nothing is chosen."""
        common = {"kind": self.kind.currentData(), "channel": self.channel.currentData(),
                  "received_on": _day(self.received.date()), "demand": self.demand.currentData(),
                  "reason": self.reason.currentData(), "description": self.description.toPlainText().strip(),
                  "guarantor": self.guarantor.text().strip(), "guarantee_terms": self.terms.toPlainText().strip(),
                  "delivered_on": self.typed_delivery(), "files": tuple(self.file_paths())}
        if self.order is not None:
            lines = tuple(CaseLineInput(self.order.lines[row].order_line_id, qty) for row, qty in self.ticked())
            if not lines:
                self._show_error(self.tr("Tick the order's lines the case is about."))
                return None
            return CaseInput(lines=lines, order_id=self.order.order_id, customer_id=self.order.customer_id, **common)
        if self.no_order:
            line = CaseLineInput(None, self.product_qty.value(), sku=self.product_sku.text().strip(),
                                 name=self.product_name.text().strip())
            customer = self.customer
            return CaseInput(lines=(line,), customer_id=customer.id if customer else None,
                             customer_name=self.customer_name.text().strip(),
                             email=self.customer_email.text().strip() or None,
                             phone=self.customer_phone.text().strip() or None,
                             address=self.customer_address.text().strip(), **common)
        self._show_error(self.tr("Find the order first (scan or type its number), or pick a customer."))
        return None

    def register(self) -> None:
        from app.services.complaints.registering import register_case

        data = self.case_input()
        if data is None:
            return
        who = self.ctx.who
        self._show_error("")
        self.register_button.setEnabled(False)
        self.ctx.run(lambda session: register_case(session, data, who), on_done=self._registered,
                     on_error=self._refused, parent=self)

    def _refused(self, exc: BaseException) -> None:
        self.register_button.setEnabled(True)
        self._show_error(error_text(exc))

    def _registered(self, result: Registered) -> None:
        self.registered = result
        self.register_button.setEnabled(True)
        bus().changed.emit(result.changes)
        self.accept()


def register_from_order(ctx: AppContext, order_id: int, parent: QWidget | None = None) -> RegisterDialog:
    """The registration window for an order (the order window's "Complaint or return…"), opened window-modal."""
    dialog = RegisterDialog(ctx, parent, order_id=order_id)
    dialog.open()
    return dialog
