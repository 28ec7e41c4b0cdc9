"""The product card: details (editable, EAN validated), the movements history (filterable) and the open
reservations with their orders; adjust or write off stock from here.

The pack's own EAN and its units (what the packing station ticks on one scan of a 6-pack's box) are on the Details
tab too and saved with the same Save, through app.services.packing.pack_barcodes: the pack first, so a refused pack
EAN leaves the product as it was; if the product's own change is refused after it, the pack is put back as it was.
A refused pack EAN is shown on its field.

Everything is read in the background (ctx.read) and shown when it is in; Save and the stock buttons wait for the
product, since saving a form not yet filled would blank it. An answer older than the newest one asked is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCollator, QLocale, QStringListModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.changes import Changes
from app.core.errors import DomainError
from app.core.gtin import clean_gtin, gtin_problem
from app.core.money import VAT_RATES, parse_decimal
from app.services.catalogue.products import (
    ProductDetail,
    ProductInput,
    ProductSaved,
    categories,
    create_product,
    get_product,
    update_product,
)
from app.services.packing.pack_barcodes import MAX_PACK, set_pack_barcode
from app.services.packing.reading import product_name_by_code
from app.services.stock.history import (
    MOVEMENT_REASONS,
    MovementRow,
    ReservationRow,
    movements,
    open_reservations,
)
from app.ui.kit.bus import bus
from app.ui.kit.context import AppContext
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import show_error
from app.ui.kit.tables import SimpleTableModel, make_table
from app.ui.kit.windows import fit_window
from app.ui.kit.words import number
from app.ui.stock.adjust_dialog import AdjustDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

BAD = "QLineEdit { background: #f8d0cd; }"
MOVEMENTS_SHOWN = 1000  # the newest ones; the kind filter reaches further back


class _PackRefused(DomainError):
    """The pack barcode part of a Save was refused: shown on the pack EAN field, not in a dialog."""


@dataclass(frozen=True)
class _Outcome:
    saved: ProductSaved
    pack_error: str = ""  # a new product was made, but another product took its pack EAN meanwhile


def _money(value: Decimal | None) -> str:
    """A price in the user's locale ('14,50' in Polish, '14.50' in English); parse_decimal reads both back."""
    return "" if value is None else number(value, 2)


class ProductDialog(QDialog):
    saved = Signal(int)  # the product id, after a successful save

    def __init__(self, ctx: AppContext, product_id: int | None = None, parent: QWidget | None = None, *,
                 ean: str = "", sku: str = "") -> None:
        super().__init__(parent)
        self.ctx, self.product_id = ctx, product_id
        self.detail: ProductDetail | None = None
        # The newest read of each kind; an older answer is dropped. The form is filled once, from its own read.
        self._asked = {"form": 0, "detail": 0, "movements": 0, "reservations": 0, "categories": 0}
        self._filled = self._saving = self._opening_adjust = False
        self._pack_loaded: tuple[str | None, int | None] = (None, None)  # as read: saved only when changed
        self.setWindowTitle(self.tr("New product") if product_id is None else self.tr("Product"))
        self._build()
        self.load_categories()
        if product_id is not None:
            self.load()
        else:
            self.ean.setText(ean)
            self.sku.setText(sku)
        bus().changed.connect(self._on_changed)
        fit_window(self, Settings.PRODUCT_CARD_GEOMETRY, 820, 680)

    # --- layout --------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setStyleSheet("font-size: 14pt; padding: 4px;")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.has_history = self.product_id is not None  # a new product's card has no history tabs
        if self.has_history:
            self.tabs.addTab(self._movements_tab(), self.tr("Movements"))
            self.tabs.addTab(self._reservations_tab(), self.tr("Reservations"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.adjust_button = QPushButton(self.tr("Adjust stock…"), self)
        self.write_off_button = QPushButton(self.tr("Write off…"), self)
        self.return_button = QPushButton(self.tr("Return to stock…"), self)
        self.return_button.setToolTip(self.tr("Goods a buyer sent back (a return or a complaint) go on the shelf"))
        self.adjust_button.clicked.connect(lambda: self.open_adjust("adjust"))
        self.write_off_button.clicked.connect(lambda: self.open_adjust("write_off"))
        self.return_button.clicked.connect(lambda: self.open_adjust("return"))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for b in (self.adjust_button, self.write_off_button, self.return_button):
            b.setVisible(self.product_id is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.adjust_button)
        buttons.addWidget(self.write_off_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.reject)

    def _details_tab(self) -> QWidget:
        """The form in a scroll area: on a low screen it scrolls instead of pushing Save off the screen."""
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(scroll)
        scroll.setWidget(page)
        form = QFormLayout(page)
        self.sku, self.name, self.ean = QLineEdit(page), QLineEdit(page), QLineEdit(page)
        self.ean.setPlaceholderText(self.tr("Scan or type the EAN/GTIN"))
        self.sku_note = QLabel(self.tr("SKU made by the products import from Shopify's product handle and options: "
                                       "this variant has no SKU in Shopify."), page)
        self.sku_note.setWordWrap(True)
        self.sku_note.setStyleSheet("color: #555;")
        self.sku_note.hide()
        self.ean_problem = QLabel(page)
        self.ean_problem.setStyleSheet("color: #a40000;")
        self.ean.textChanged.connect(self._check_ean)
        self.price, self.purchase_price = QLineEdit(page), QLineEdit(page)
        self.vat = QComboBox(page)
        for rate in VAT_RATES:
            self.vat.addItem(self.tr("exempt (zw)") if rate == "zw" else f"{rate} %", rate)
        self.weight = self._spin(page, 0, 1_000_000, self.tr(" g"))
        self.length, self.width, self.height = (self._spin(page, 0, 100_000, self.tr(" mm")) for _ in range(3))
        for spin in (self.weight, self.length, self.width, self.height):
            spin.setSpecialValueText(self.tr("not known"))  # 0 is saved as unknown, so it must not read "0 mm"
        dims = QHBoxLayout()
        for w in (self.length, self.width, self.height):
            dims.addWidget(w)
        self.location, self.supplier, self.group = QLineEdit(page), QLineEdit(page), QLineEdit(page)
        self.location.setPlaceholderText(self.tr("e.g. A-03-2"))
        self.group.setPlaceholderText(self.tr("Variants share a group name"))
        self.category = QLineEdit(page)
        self.category.setMaxLength(120)
        self.category.setPlaceholderText(self.tr("e.g. Mugs, Coffee"))
        self.category.setToolTip(self.tr("The reports add up sales per category; pick one the shop already uses "
                                         "from the list as you type"))
        self.categories_model = QStringListModel(self)
        completer = QCompleter(self.categories_model, self.category)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.category.setCompleter(completer)
        self.reorder_point = self._spin(page, 0, 1_000_000)
        self.reorder_qty = self._spin(page, 0, 1_000_000)
        self.lead_time = self._spin(page, 0, 365, self.tr(" days"))
        self.lead_time.setValue(7)
        self.active = QCheckBox(self.tr("Active (uncheck to archive)"), page)
        self.active.setChecked(True)
        self.opening = self._spin(page, 0, 1_000_000)
        self.guarantee = QLineEdit(page)  # empty: no guarantee; the service checks 0..120 months
        self.guarantee.setValidator(QIntValidator(0, 9999, self.guarantee))
        self.guarantee.setPlaceholderText(self.tr("none"))
        self.guarantee.setToolTip(self.tr("The producer's guarantee in months; a complaint shows how much of it is "
                                          "left. Empty: the product has none."))
        self.pack_ean = QLineEdit(page)
        self.pack_ean.setPlaceholderText(self.tr("The EAN printed on a pack of it (a box of 6), if it has one"))
        self.pack_ean.setToolTip(self.tr("At the packing station one scan of this code counts the units in pack"))
        self.pack_problem = QLabel(page)
        self.pack_problem.setStyleSheet("color: #a40000;")
        self.pack_problem.setWordWrap(True)
        self.pack_ean.textChanged.connect(self._check_pack)
        self.pack_quantity = self._spin(page, 0, MAX_PACK)
        self.pack_quantity.setSpecialValueText(self.tr("no pack"))
        self.pack_quantity.valueChanged.connect(lambda _v: self._check_pack(self.pack_ean.text()))
        rows = ((self.tr("SKU"), self.sku), ("", self.sku_note), (self.tr("Name"), self.name), (self.tr("EAN / GTIN"), self.ean),
                ("", self.ean_problem), (self.tr("Pack EAN"), self.pack_ean), ("", self.pack_problem),
                (self.tr("Units in pack"), self.pack_quantity), (self.tr("Gross price"), self.price),
                (self.tr("VAT rate"), self.vat),
                (self.tr("Purchase price (net)"), self.purchase_price), (self.tr("Weight"), self.weight),
                (self.tr("Dimensions (L × W × H)"), dims), (self.tr("Location"), self.location),
                (self.tr("Supplier"), self.supplier), (self.tr("Guarantee (months)"), self.guarantee),
                (self.tr("Reorder point"), self.reorder_point),
                (self.tr("Reorder quantity"), self.reorder_qty), (self.tr("Lead time"), self.lead_time),
                (self.tr("Category"), self.category), (self.tr("Group"), self.group), ("", self.active))
        for label, widget in rows:
            form.addRow(label, widget)
        self.details_scroll = scroll
        if self.product_id is None:
            form.addRow(self.tr("Opening stock"), self.opening)
        else:
            self.opening.hide()  # an existing product's stock changes through the ledger (Adjust stock…)
        return scroll

    @staticmethod
    def _spin(parent: QWidget, low: int, high: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def _movements_tab(self) -> QWidget:
        page = QWidget(self)
        self.reason_filter = QComboBox(page)
        self.reason_filter.addItem(self.tr("All movements"), None)
        labels = {"receipt": self.tr("Goods receipts (PZ)"), "issue": self.tr("Goods issues (WZ)"),
                  "return": self.tr("Returns to stock"), "write_off": self.tr("Write-offs"),
                  "adjustment": self.tr("Adjustments"), "stocktake": self.tr("Stocktakes")}
        self.reason_labels = {"receipt": self.tr("Goods receipt (PZ)"), "issue": self.tr("Goods issue (WZ)"),
                              "return": self.tr("Return to stock"), "write_off": self.tr("Write-off"),
                              "adjustment": self.tr("Adjustment"), "stocktake": self.tr("Stocktake")}
        for reason in MOVEMENT_REASONS:
            self.reason_filter.addItem(labels[reason], reason)
        self.reason_filter.currentIndexChanged.connect(lambda _i: self.load_movements())
        self.movements_model = SimpleTableModel(
            [self.tr("When"), self.tr("Movement"), self.tr("Quantity"), self.tr("Document"),
             self.tr("Supplier / order"),
             self.tr("Who"), self.tr("Purchase price"), self.tr("Note")], self, numeric=(2, 6),
            brush=lambda r: QBrush(QColor("#e4f3e0")) if self.movements_model.payloads[r] > 0 else None)
        self.movements_view = make_table(self.movements_model, page, (125, 130, 70, 110, 170, 100, 90))
        self.movements_note = QLabel(page)
        self.movements_note.setStyleSheet("color: #555;")
        self.movements_note.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.reason_filter)
        layout.addWidget(self.movements_view)
        layout.addWidget(self.movements_note)
        return page

    def _reservations_tab(self) -> QWidget:
        page = QWidget(self)
        self.reservations_model = SimpleTableModel(
            [self.tr("Order"), self.tr("Status"), self.tr("Customer"), self.tr("Reserved"), self.tr("Ordered on")],
            self, numeric=(3,))
        self.reservations_view = make_table(self.reservations_model, page, (110, 110, 200, 80))
        self.reservations_view.setToolTip(self.tr("Double-click to open the order"))
        self.reservations_view.doubleClicked.connect(lambda index: self.open_order(index.row()))
        layout = QVBoxLayout(page)
        layout.addWidget(self.reservations_view)
        return page

    # --- data ---------------------------------------------------------------------------------------------
    def _read(self, what: str, fn: Callable[[Session], Any], done: Callable[[Any], None]) -> None:
        """fn(session) in the background; done(result) unless a newer read of the same kind was asked meanwhile."""
        self._asked[what] += 1
        asked = self._asked[what]

        def arrived(result: Any) -> None:
            if asked == self._asked[what]:
                done(result)

        self.ctx.read(fn, on_done=arrived, on_error=lambda exc: show_error(self, exc))

    def _set_ready(self) -> None:
        """Save and the stock buttons work once the product is in (a new product's form is ready at once)."""
        ready = self.product_id is None or self._filled
        self.save_button.setEnabled(ready and not self._saving)
        for button in (self.adjust_button, self.write_off_button, self.return_button):
            button.setEnabled(ready)

    def load(self) -> None:
        pid = self._require_id()
        self._set_ready()
        self._read("form", lambda s: get_product(s, pid), self._fill)
        self.load_movements()
        self.load_reservations()

    def load_categories(self) -> None:
        """The categories in use, for the Category field's completer (read once when the card opens), in Polish
        alphabetical order (the database sorts "Słodycze" after "Spiżarnia")."""
        order = QCollator(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
        self._read("categories", categories, lambda names: self.categories_model.setStringList(
            sorted(names, key=order.sortKey)))

    def _require_id(self) -> int:
        assert self.product_id is not None, "a new product has nothing to read yet"
        return self.product_id

    def _fill(self, d: ProductDetail) -> None:
        self.setWindowTitle(self.tr("Product {0}").format(d.sku))
        self.sku.setText(d.sku)
        self.sku_note.setVisible(d.sku_generated)
        self.name.setText(d.name)
        self.ean.setText(d.ean or "")
        self.price.setText(_money(d.gross_price))
        self.vat.setCurrentIndex(max(self.vat.findData(d.vat_rate), 0))
        self.purchase_price.setText(_money(d.purchase_price))
        for spin, value in ((self.weight, d.weight_g), (self.length, d.length_mm), (self.width, d.width_mm),
                            (self.height, d.height_mm), (self.reorder_point, d.reorder_point),
                            (self.reorder_qty, d.reorder_qty), (self.lead_time, d.lead_time_days)):
            spin.setValue(value or 0)
        self.location.setText(d.location)
        self.supplier.setText(d.supplier)
        self.guarantee.setText("" if d.guarantee_months is None else str(d.guarantee_months))
        self.group.setText(d.group_name)
        self.category.setText(d.category)
        self.active.setChecked(d.active)
        self._pack_loaded = (d.pack_ean, d.pack_quantity)
        self.pack_ean.setText(d.pack_ean or "")
        self.pack_quantity.setValue(d.pack_quantity or 0)
        if not self._asked["detail"]:  # else a fresher summary is in or on its way
            self._show_summary(d)
        self._filled = True
        self._set_ready()

    def _show_summary(self, d: ProductDetail) -> None:
        self.detail = d
        self.summary.setText(self.tr("{0}: on hand {1} · reserved {2} · available {3}").format(
            d.sku, d.on_hand, d.reserved, d.available))

    def load_movements(self) -> None:
        if not self.has_history:
            return
        pid, reason = self._require_id(), self.reason_filter.currentData()
        self._read("movements", lambda s: movements(s, pid, reason, limit=MOVEMENTS_SHOWN), self._show_movements)

    def _show_movements(self, rows: list[MovementRow]) -> None:
        tz = ZoneInfo(str(self.ctx.tz))
        self.movements_note.setText(self.tr("Only the newest {0} movements are shown; choose a kind of movement "
                                            "to see older ones.").format(MOVEMENTS_SHOWN))
        self.movements_note.setVisible(len(rows) >= MOVEMENTS_SHOWN)
        self.movements_model.set_rows(
            [(r.at.astimezone(tz).strftime("%Y-%m-%d %H:%M"), self.reason_labels.get(r.reason, r.reason),
              f"{r.quantity:+d}", r.document, r.order_number or " ".join(x for x in (r.supplier, r.supplier_document)
                                                                        if x), r.who, _money(r.purchase_price),
              domain_text(r.note))
             for r in rows], [r.quantity for r in rows])

    def load_reservations(self) -> None:
        pid = self._require_id()
        self._read("reservations", lambda s: open_reservations(s, pid), self._show_reservations)

    def _show_reservations(self, rows: list[ReservationRow]) -> None:
        from app.ui.orders.model import status_text

        tz = ZoneInfo(str(self.ctx.tz))
        self.reservations_model.set_rows(
            [(r.order_number, status_text(r.status), r.customer_name, str(r.quantity),
              r.created_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")) for r in rows], [r.order_id for r in rows])

    def open_order(self, row: int) -> QDialog:
        from app.ui.orders.dialog import OrderDialog

        dialog = OrderDialog(self.ctx, self.reservations_model.payloads[row], self)
        dialog.open()
        return dialog

    def _check_ean(self, text: str) -> None:
        code = clean_gtin(text)
        problem = gtin_problem(code) if code else None
        self.ean.setStyleSheet(BAD if problem else "")
        self.ean_problem.setText(domain_text(problem or ""))

    def _check_pack(self, text: str) -> None:
        """As the pack EAN is typed or scanned: a code that is no GTIN, or a pack with no units, says so at once."""
        code = clean_gtin(text)
        problem = domain_text(gtin_problem(code) or "") if code else ""
        if code and not problem and self.pack_quantity.value() < 2:
            problem = self.tr("Type how many units one pack holds (2 to {0}).").format(MAX_PACK)
        self._show_pack_problem(problem, focus=False)

    def _show_pack_problem(self, text: str, *, focus: bool = True) -> None:
        self.pack_ean.setStyleSheet(BAD if text else "")
        self.pack_problem.setText(text)
        if text and focus:
            self.tabs.setCurrentIndex(0)
            self.details_scroll.ensureWidgetVisible(self.pack_ean)
            self.pack_ean.setFocus()

    def read_pack(self, ean: str | None) -> tuple[str | None, int | None]:
        """(pack EAN, units) as typed, or _PackRefused with what is wrong; no pack EAN clears both. `ean`: the
        product's own EAN as typed (a pack has a code of its own)."""
        code = clean_gtin(self.pack_ean.text())
        if code is None:
            return None, None
        problem = gtin_problem(code)
        if problem:
            raise _PackRefused(domain_text(problem))
        if not 2 <= self.pack_quantity.value() <= MAX_PACK:
            raise _PackRefused(self.tr("Type how many units one pack holds (2 to {0}).").format(MAX_PACK))
        if code == clean_gtin(ean):
            raise _PackRefused(self.tr("{0} is the EAN of one unit; a pack has an EAN of its own.").format(code))
        return code, self.pack_quantity.value()

    def read_input(self) -> ProductInput:
        def money(edit: QLineEdit, what: str, required: bool) -> Decimal | None:
            text = edit.text().strip()
            if not text:
                if required:
                    raise DomainError(self.tr("Type the {0}.").format(what))
                return None
            try:
                return parse_decimal(text).quantize(Decimal("0.01"))
            except ValueError:
                raise DomainError(self.tr("'{0}' is not a price ({1}).").format(text, what)) from None

        return ProductInput(
            sku=self.sku.text(), name=self.name.text(), ean=self.ean.text() or None,
            gross_price=money(self.price, self.tr("gross price"), True), vat_rate=self.vat.currentData(),
            purchase_price=money(self.purchase_price, self.tr("purchase price"), False),
            weight_g=self.weight.value() or None, length_mm=self.length.value() or None,
            width_mm=self.width.value() or None, height_mm=self.height.value() or None,
            location=self.location.text(), supplier=self.supplier.text(), reorder_point=self.reorder_point.value(),
            reorder_qty=self.reorder_qty.value(), lead_time_days=self.lead_time.value(), group_name=self.group.text(),
            active=self.active.isChecked(), category=self.category.text(),
            guarantee_months=int(self.guarantee.text()) if self.guarantee.text().strip() else None)

    def save(self) -> None:
        if self._saving or (self.product_id is not None and not self._filled):
            return  # saving already, or the product is not in yet: its empty form must not be saved over it
        try:
            data = self.read_input()
            pack = self.read_pack(data.ean)
        except _PackRefused as exc:
            self._show_pack_problem(str(exc))
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        pid, opening, who, old_pack = self.product_id, self.opening.value(), self.ctx.who, self._pack_loaded
        taken = self.tr("EAN {0} already belongs to {1}.")

        def set_pack(s: Session, product_id: int) -> ProductSaved:
            try:
                return ProductSaved(product_id, set_pack_barcode(s, product_id, *pack))
            except DomainError as exc:
                raise _PackRefused(str(exc)) from exc

        def work(s: Session) -> _Outcome:
            if pid is None:
                if pack[0] is not None and (owner := product_name_by_code(s, pack[0])):
                    raise _PackRefused(taken.format(pack[0], owner))  # before the product is made
                saved = create_product(s, data, who, opening_stock=opening)
                if pack[0] is None:
                    return _Outcome(saved)
                try:
                    packed = set_pack(s, saved.product_id)
                except _PackRefused as exc:  # taken by another station meanwhile: the product stays, without it
                    return _Outcome(saved, str(exc))
                return _Outcome(ProductSaved(saved.product_id, saved.changes | packed.changes))
            if pack == old_pack:
                return _Outcome(update_product(s, pid, data, who))
            packed = set_pack(s, pid)  # refused: nothing is saved
            try:
                saved = update_product(s, pid, data, who)
            except BaseException:
                set_pack_barcode(s, pid, *old_pack)  # the product's change was refused: the pack as it was
                raise
            return _Outcome(ProductSaved(pid, saved.changes | packed.changes))

        self._saving = True
        self._set_ready()
        self.ctx.run(work, on_done=self._saved, on_error=self._not_saved)

    def _not_saved(self, exc: BaseException) -> None:
        self._saving = False
        self._set_ready()
        if isinstance(exc, _PackRefused):
            self._show_pack_problem(domain_text(str(exc)))
        else:
            show_error(self, exc)

    def _saved(self, outcome: _Outcome) -> None:
        saved = outcome.saved
        self._saving = False
        self.product_id = saved.product_id
        bus().changed.emit(saved.changes)
        self.saved.emit(saved.product_id)
        if outcome.pack_error:  # the product is made, without its pack EAN: the form stays as typed, to fix and save
            self._filled, self._pack_loaded = True, (None, None)
            self._set_ready()
            self._show_pack_problem(domain_text(outcome.pack_error))
            return
        self.accept()

    def open_adjust(self, mode: str) -> AdjustDialog | None:
        """Read the stock as it is now, then open the dialog; returned when it is already open (tests run the read
        inline), else None and it opens when the stock is in."""
        if self._opening_adjust:
            return None
        pid = self._require_id()
        opened: list[AdjustDialog] = []

        def show(d: ProductDetail) -> None:
            self._opening_adjust = False
            dialog = AdjustDialog(self.ctx, pid, d.sku, d.on_hand, mode, self)
            dialog.open()
            opened.append(dialog)

        def failed(exc: BaseException) -> None:
            self._opening_adjust = False
            show_error(self, exc)

        self._opening_adjust = True
        self.ctx.read(lambda s: get_product(s, pid), on_done=show, on_error=failed)
        return opened[0] if opened else None

    def _on_changed(self, changes: Changes) -> None:
        # An order's verification, cancellation or shipping changes its products' reservations and stock.
        touched = changes.bulk or self.product_id in changes.products or bool(changes.orders)
        if self.has_history and touched and self.isVisible():
            pid = self._require_id()
            self._read("detail", lambda s: get_product(s, pid), self._show_summary)
            self.load_movements()
            self.load_reservations()

    def done(self, result: int) -> None:
        try:
            bus().changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
