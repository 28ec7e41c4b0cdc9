"""One order on screen: detail and edit, or a new order typed in by hand (a phone order).

The dialog holds plain data (OrderDetail, read through ctx.read) and builds an OrderInput on Save; the services
compute totals, check the lifecycle and write the history. It is modeless, so the user can keep several orders
open while answering the phone; each reloads itself when the bus says its order changed and it has no unsaved
edits. Until an existing order's data is in, nothing can be saved over it.
"""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.money import format_money
from app.services.invoicing.reading import order_invoices
from app.services.orders import lifecycle
from app.services.orders.data import PAYMENT_METHODS, PAYMENT_STATUSES, OrderDetail, OrderInput
from app.services.orders.editing import get_order
from app.services.orders.problems import POSSIBLE_DUPLICATE
from app.services.packing.photos import parcel_photos
from app.ui.complaints.letters_panel import ReturnFormActions
from app.ui.customers.contact_dialog import open_contact_dialog
from app.ui.customers.reply_dialog import open_reply_dialog
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.context import AppContext
from app.ui.kit.domain_text import domain_text
from app.ui.kit.windows import fit_to_screen
from app.ui.orders.dialog_actions import OrderDialogActions
from app.ui.orders.forms import AddressForm, BuyerNipField, NotesAndHistory, show_read_only
from app.ui.orders.invoice_actions import OrderInvoiceActions
from app.ui.orders.lines import PRICE, QTY, VAT, LineAdder, LineDraft, LinesModel, VatDelegate
from app.ui.orders.model import payment_method_text, payment_status_text, status_text
from app.ui.orders.money_edit import MoneySpinBox

SHIPPING_METHODS = ("InPost Paczkomat", "InPost Kurier", "DPD", "DHL", "Poczta Polska", "GLS", "Orlen Paczka",
                    "Odbiór osobisty")


class OrderDialog(OrderDialogActions, QDialog):
    def __init__(self, ctx: AppContext, order_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.order_id = ctx, order_id
        self.detail: OrderDetail | None = None
        self.invoices: list[tuple[int, str, str]] = []  # (id, number, kind) of its invoice and corrections
        self.invoice_actions = OrderInvoiceActions(self, self)
        self.invoice_actions.issued.connect(lambda _ids: self._invoice_issued())
        self.dirty = False
        self._loads = 0  # reads asked for; an answer to an older one is dropped
        self.last_box: QMessageBox | None = None
        self._build()
        if remembered.restore(Settings.ORDER_GEOMETRY, self.restoreGeometry):
            fit_to_screen(self)
        else:
            fit_to_screen(self, 1180, 820)
        bus().changed.connect(self._on_changed)
        if order_id is None:
            self.setWindowTitle(self.tr("New order"))
            self.title.setText(self.tr("New order (entered by hand)"))
            # A phone order is usually paid by bank transfer; the user picks COD or prepaid when it is not.
            self.payment_method.setCurrentIndex(self.payment_method.findData("transfer"))
            self._apply_state()
            self.customer_name.setFocus()
            self.dirty = False
        else:
            self._apply_state()  # read-only until the order is in
            self.load()

    # --- layout --------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.read_only_note = QLabel(self)
        self.read_only_note.setStyleSheet("color: #555;")
        self.read_only_note.hide()
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("background: #fde2e1; color: #7a1111; border: 1px solid #e8a09c;"
                                    " border-radius: 4px; padding: 6px;")
        self.problems.hide()

        customer = QGroupBox(self.tr("Customer"), self)
        form = QFormLayout(customer)
        self.customer_name, self.email, self.phone = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        form.addRow(self.tr("Name"), self.customer_name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        self.shipping = AddressForm(self.tr("Shipping address"), self)
        self.same_as_shipping = QCheckBox(self.tr("Billing address same as shipping"), self)
        self.same_as_shipping.setChecked(True)
        self.billing = AddressForm(self.tr("Billing address"), self)
        self.billing.setVisible(False)
        self.same_as_shipping.toggled.connect(lambda on: (self.billing.setVisible(not on), self._edited()))
        self.buyer_nip = BuyerNipField(self)  # the billing part's: shown with or without a billing address
        self.buyer_nip.edited.connect(self._edited)
        left = QVBoxLayout()
        for w in (customer, self.shipping, self.same_as_shipping, self.buyer_nip, self.billing):
            left.addWidget(w)
        left.addStretch(1)

        lines_box = QGroupBox(self.tr("Lines"), self)
        self.lines = LinesModel(self)
        self.lines.changed.connect(self._lines_changed)
        self.adder = LineAdder(self.ctx.read, self)
        self.adder.added.connect(self.lines.add)
        self.lines_view = QTableView(self)
        self.lines_view.setModel(self.lines)
        self.lines_view.setItemDelegateForColumn(VAT, VatDelegate(self))
        self.lines_view.verticalHeader().setVisible(False)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 110), (QTY, 50), (PRICE, 120), (VAT, 50), (5, 110)):
            self.lines_view.setColumnWidth(col, width)
        self.remove_line = QPushButton(self.tr("Remove line"), self)
        self.remove_line.clicked.connect(lambda: self.lines.remove(self.lines_view.currentIndex().row()))
        lv = QVBoxLayout(lines_box)
        lv.addWidget(self.adder)
        lv.addWidget(self.lines_view, 1)
        lv.addWidget(self.remove_line, 0, Qt.AlignmentFlag.AlignLeft)

        pay_box = QGroupBox(self.tr("Shipping and payment"), self)
        grid = QGridLayout(pay_box)
        self.shipping_method = QComboBox(self)
        self.shipping_method.setEditable(True)
        self.shipping_method.addItems(list(SHIPPING_METHODS))
        self.shipping_method.setCurrentText("")
        self.shipping_cost = MoneySpinBox(self)
        self.payment_method = QComboBox(self)
        for m in PAYMENT_METHODS:
            self.payment_method.addItem(payment_method_text(m), m)
        self.payment_status = QComboBox(self)
        for s in PAYMENT_STATUSES:
            self.payment_status.addItem(payment_status_text(s), s)
        grid.addWidget(QLabel(self.tr("Shipping method"), self), 0, 0)
        grid.addWidget(self.shipping_method, 0, 1)
        grid.addWidget(QLabel(self.tr("Shipping cost"), self), 0, 2)
        grid.addWidget(self.shipping_cost, 0, 3)
        grid.addWidget(QLabel(self.tr("Payment"), self), 1, 0)
        grid.addWidget(self.payment_method, 1, 1)
        grid.addWidget(QLabel(self.tr("Payment status"), self), 1, 2)
        grid.addWidget(self.payment_status, 1, 3)
        self.tracking = QLineEdit(self)
        self.tracking.setReadOnly(True)  # set by the shipping work, shown for answering the customer
        self.tracking.setPlaceholderText(self.tr("none yet"))
        grid.addWidget(QLabel(self.tr("Tracking number"), self), 3, 0)
        grid.addWidget(self.tracking, 3, 1, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self.totals = QLabel(self)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(self.totals, 4, 0, 1, 4)
        self.shipping_cost.valueChanged.connect(lambda _v: (self._update_totals(), self._edited()))
        self.shipping_method.currentTextChanged.connect(lambda _t: self._edited())
        self.payment_method.currentIndexChanged.connect(lambda _i: self._edited())
        self.payment_status.currentIndexChanged.connect(lambda _i: self._edited())

        right = QVBoxLayout()
        right.addWidget(lines_box, 1)
        right.addWidget(pay_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)

        self.bottom = NotesAndHistory(self.ctx.tz, self)
        self.customer_note, self.internal_note = self.bottom.customer_note, self.bottom.internal_note
        self.history, self.note_edit = self.bottom.history, self.bottom.note_edit
        self.note_button = self.bottom.note_button
        for edit in (self.customer_note, self.internal_note):
            edit.textChanged.connect(self._edited)
        self.note_edit.returnPressed.connect(self.add_note)
        self.note_button.clicked.connect(self.add_note)

        self.verify_button = QPushButton(self.tr("Verify"), self)
        self.verify_button.clicked.connect(lambda: self.verify())
        self.not_duplicate_button = QPushButton(self.tr("Not a duplicate: verify"), self)
        self.not_duplicate_button.setToolTip(self.tr("The buyer really ordered again: verify this order without "
                                                     "the duplicate check (recorded in the history)"))
        self.not_duplicate_button.clicked.connect(lambda: self.verify(accept_duplicate=True))
        self.not_duplicate_button.hide()
        self.allow_negative = QCheckBox(self.tr("Allow selling below zero stock"), self)
        self.allow_negative.setToolTip(self.tr("This order may be verified and shipped even when its products are "
                                               "not available (goods on their way); recorded in the history"))
        self.allow_negative.clicked.connect(lambda checked: self.set_allow_negative(checked))
        self.status_button = QToolButton(self, text=self.tr("Change status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self)
        self.status_menu.aboutToShow.connect(self.fill_status_menu)
        self.status_button.setMenu(self.status_menu)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the order (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(lambda: self.save() if self.editable() else None)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        self.photos_button = QPushButton(self, text=self.tr("Parcel photos"))
        self.photos_button.setToolTip(self.tr("Photos of the open parcel taken at the packing station"))
        self.photos_button.clicked.connect(self.show_photos)
        self.photos_button.hide()
        self.return_form_button = QToolButton(self, text=self.tr("Return form (PDF)…"))  # issue 16
        self.return_form_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.return_form = ReturnFormActions(self.ctx, lambda: self.order_id, self)
        self.return_form_button.setMenu(self.return_form.menu)
        self.photos: list = []
        self.issue_button = QPushButton(self.tr("Issue invoice"), self)
        self.issue_button.setToolTip(self.tr("Issue this order's VAT invoice (a company invoice when the NIP is "
                                             "filled in)"))
        self.issue_button.clicked.connect(lambda: self.issue_invoice())
        self.issue_button.hide()
        self.invoice_button = QToolButton(self)
        self.invoice_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.invoice_menu = QMenu(self)
        self.invoice_button.setMenu(self.invoice_menu)
        self.invoice_button.hide()
        self.contact_button = QPushButton(self.tr("Contact…"), self)  # issue 17: the contact log and answers
        self.contact_button.setToolTip(self.tr("Log a call, an e-mail or a chat about this order"))
        self.contact_button.clicked.connect(lambda: open_contact_dialog(self.ctx, self, order_id=self.order_id))
        self.reply_button = QPushButton(self.tr("Reply…"), self)
        self.reply_button.setToolTip(self.tr("Answer the customer from a template filled with this order"))
        self.reply_button.clicked.connect(lambda: open_reply_dialog(self.ctx, self, order_id=self.order_id))
        buttons = QHBoxLayout()
        for w in (self.verify_button, self.not_duplicate_button, self.allow_negative, self.status_button,
                  self.photos_button, self.issue_button, self.invoice_button, self.return_form_button,
                  self.contact_button, self.reply_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        for edit in (self.customer_name, self.email, self.phone):
            edit.textEdited.connect(lambda _t: self._edited())
        self.shipping.edited.connect(self._edited)
        self.billing.edited.connect(self._edited)

        # Title, what blocks the order, and the buttons stay in view; the order's data scrolls when the screen is
        # too short for it (a 1366 x 768 laptop), so Save and Close are never below the screen's edge.
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(columns, 1)
        body_layout.addWidget(self.bottom)
        self.body = QScrollArea(self)
        self.body.setWidget(body)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.problems)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self._update_totals()
        # Enter belongs to the field it is typed in (a scanned EAN adds its line, a note is added), never to a
        # default button: Enter after the buyer's name must not save a half-typed order. Save is Ctrl+S.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    def done(self, result: int) -> None:
        remembered.save(Settings.ORDER_GEOMETRY, self.saveGeometry())
        super().done(result)

    # --- data in and out -----------------------------------------------------------------------------------
    def load(self) -> None:
        oid = self.order_id
        self._loads += 1
        asked = self._loads

        def loaded(detail: OrderDetail) -> None:
            # Not when a newer read was asked for, nor over edits the user began while it ran.
            if asked == self._loads and not (self.dirty and self.detail is not None):
                self.show_detail(detail)

        self.ctx.read(lambda session: get_order(session, oid), on_done=loaded, on_error=self._error)
        if oid is not None:
            self.ctx.read(lambda session: parcel_photos(session, oid), on_done=self._show_photos_button,
                          on_error=self._error)
            self.ctx.read(lambda session: order_invoices(session, oid), on_done=self._show_invoices,
                          on_error=self._error)

    def _show_photos_button(self, photos: list) -> None:
        self.photos = photos
        self.photos_button.setText(self.tr("Parcel photos ({0})").format(len(photos)))
        self.photos_button.setVisible(bool(photos))

    def show_photos(self) -> None:
        from app.ui.orders.photos_dialog import PhotosDialog

        number = self.detail.number if self.detail is not None else ""
        self.photos_dialog = PhotosDialog(self.ctx, number, self.photos, self)
        self.photos_dialog.open()

    def show_detail(self, d: OrderDetail) -> None:
        self.detail = d
        self.setWindowTitle(self.tr("Order {0}").format(d.number))
        source = "" if d.source == "manual" else self.tr(" · from {0} {1}").format(d.source, d.external_number)
        created = d.created_at.astimezone(self.ctx.tz).strftime("%Y-%m-%d %H:%M")
        self.title.setText(self.tr("Order {number} — {status}").format(number=d.number, status=status_text(d.status))
                           + f"  <span style='font-size:10pt;font-weight:400;color:#555'>{created}{source}</span>")
        self.customer_name.setText(d.customer_name)
        self.email.setText(d.email)
        self.phone.setText(d.phone)
        self.shipping.set_data(d.shipping_address)
        same = d.billing_address == d.shipping_address
        self.same_as_shipping.setChecked(same)
        self.billing.set_data(d.billing_address)
        self.buyer_nip.set_value(d.buyer_nip)
        self.lines.currency = d.currency
        self.lines.set_lines([LineDraft(ln.quantity, ln.unit_price, ln.product_id, ln.sku, ln.ean, ln.name,
                                        ln.vat_rate) for ln in d.lines])
        self.shipping_method.setCurrentText(d.shipping_method)
        self.tracking.setText(d.tracking_number)
        self.shipping_cost.set_currency(d.currency)
        self.adder.price.set_currency(d.currency)
        self.shipping_cost.set_money(d.shipping_cost)
        self.payment_method.setCurrentIndex(max(0, self.payment_method.findData(d.payment_method)))
        self.payment_status.setCurrentIndex(max(0, self.payment_status.findData(d.payment_status)))
        self.customer_note.setPlainText(d.customer_note)
        self.internal_note.setPlainText(d.internal_note)
        self.history.set_events(d.events)
        self.allow_negative.setChecked(d.allow_negative_stock)
        blocked = bool(d.problems) and d.status in lifecycle.VERIFIABLE
        if blocked:
            self.problems.setText(self.tr("Cannot go to packing:") + "<ul style='margin:0'>"
                                  + "".join(f"<li>{html.escape(domain_text(p))}</li>" for p in d.problems) + "</ul>")
        self.problems.setVisible(blocked)
        self.not_duplicate_button.setVisible(blocked and POSSIBLE_DUPLICATE in d.problem_kinds)
        self._apply_state()
        self.dirty = False

    def editable(self) -> bool:
        """A new order, or an order shown in a status that may still be edited (not one still being read)."""
        if self.detail is None:
            return self.order_id is None
        return self.detail.status in lifecycle.EDITABLE

    def _apply_state(self) -> None:
        editable = self.editable()
        for e in (self.customer_name, self.email, self.phone, self.internal_note):
            show_read_only(e, not editable)
        imported = self.detail is not None and self.detail.source != "manual"
        show_read_only(self.customer_note, not editable or imported)
        show_read_only(self.tracking, True)  # set by the shipping work, shown for answering the customer
        self.shipping.set_read_only(not editable)
        self.billing.set_read_only(not editable)
        # The NIP may still be given for the invoice of a packed or shipped order (it goes on the invoice then).
        self.buyer_nip.set_read_only(not (editable or self.can_issue()))
        for w in (self.shipping_method, self.shipping_cost, self.payment_method, self.payment_status,
                  self.same_as_shipping, self.remove_line):
            w.setEnabled(editable)
        self.adder.setVisible(editable)
        self.lines.read_only = not editable
        self.save_button.setEnabled(editable)
        locked = not editable and self.detail is not None
        if locked:
            self.read_only_note.setText(self.tr("This order is {0}: its data can no longer be changed; notes and "
                                                "status changes still can.").format(
                status_text(self.detail.status).lower()))
        self.read_only_note.setVisible(locked)
        existing = self.detail is not None
        for w in (self.verify_button, self.status_button, self.note_edit, self.note_button, self.contact_button,
                  self.reply_button):
            w.setEnabled(existing)
        if existing:
            self.verify_button.setEnabled(self.detail.status in lifecycle.VERIFIABLE)
        verifiable = existing and self.detail.status in lifecycle.VERIFIABLE
        self.allow_negative.setVisible(verifiable or (existing and self.detail.allow_negative_stock))
        self.allow_negative.setEnabled(verifiable)
        self._show_invoice_buttons()

    # --- invoice --------------------------------------------------------------------------------------------
    def vat_invoice(self) -> tuple[int, str] | None:
        """(id, number) of the order's VAT invoice, when it has one."""
        return next(((i, n) for i, n, kind in self.invoices if kind == "VAT"), None)

    def can_issue(self) -> bool:
        return (self.detail is not None and self.detail.status != lifecycle.CANCELLED
                and self.vat_invoice() is None)

    def _invoice_issued(self) -> None:
        """Shown again from the database: the invoice's button, and the NIP as the order keeps it (a NIP typed for
        a packed or shipped order went onto the invoice only)."""
        if not self.editable():
            self.dirty = False
        self.load()

    def _show_invoices(self, invoices: list[tuple[int, str, str]]) -> None:
        self.invoices = list(invoices)
        self._apply_state()

    def _show_invoice_buttons(self) -> None:
        """"Issue invoice" while the order has none; "Invoice FV/…" with print and preview once it has."""
        invoice = self.vat_invoice()
        self.issue_button.setVisible(self.can_issue())
        self.invoice_button.setVisible(invoice is not None)
        self.invoice_menu.clear()
        if invoice is None:
            return
        self.invoice_button.setText(self.tr("Invoice {0}").format(invoice[1]))
        for invoice_id, number_, _kind in self.invoices:
            if len(self.invoices) > 1:
                self.invoice_menu.addSection(number_)
            self.invoice_menu.addAction(self.tr("Print {0}").format(number_),
                                        lambda i=invoice_id: self.invoice_actions.print_invoices([i]))
            self.invoice_menu.addAction(self.tr("Preview {0}").format(number_),
                                        lambda i=invoice_id: self.invoice_actions.preview_invoice(i))

    def order_input(self) -> OrderInput:
        shipping = self.shipping.data()
        return OrderInput(
            customer_name=self.customer_name.text().strip(), email=self.email.text().strip(),
            phone=self.phone.text().strip(), shipping_address=shipping,
            billing_address=None if self.same_as_shipping.isChecked() else self.billing.data(),
            lines=tuple(ln.to_input() for ln in self.lines.lines),
            shipping_method=self.shipping_method.currentText().strip(),
            shipping_cost=self.shipping_cost.money(),
            payment_method=self.payment_method.currentData(), payment_status=self.payment_status.currentData(),
            customer_note=self.customer_note.toPlainText(), internal_note=self.internal_note.toPlainText(),
            buyer_nip=self.buyer_nip.value(),
        )

    # --- totals --------------------------------------------------------------------------------------------
    def _edited(self) -> None:
        self.dirty = True

    def _lines_changed(self) -> None:
        self._edited()
        self._update_totals()

    def total(self) -> Decimal:
        discount = self.detail.discount if self.detail else Decimal("0.00")
        return self.lines.lines_total() + self.shipping_cost.money() - discount

    def _update_totals(self) -> None:
        cur = self.lines.currency
        discount = self.detail.discount if self.detail else Decimal("0.00")
        items = sum(ln.quantity for ln in self.lines.lines)
        parts = [self.tr("Items: {0}").format(items),
                 self.tr("lines {0}").format(format_money(self.lines.lines_total(), cur)),
                 self.tr("shipping {0}").format(format_money(self.shipping_cost.money(), cur))]
        if discount:
            parts.append(self.tr("discount −{0}").format(format_money(discount, cur)))
        self.totals.setText(" · ".join(parts) + "   <b style='font-size:13pt'>"
                            + self.tr("Total {0}").format(format_money(self.total(), cur)) + "</b>")
