"""The Stock tab: filters (low, out of stock, archived) with counts, search as you type or by scanning an EAN,
the lazy list, and the stock jobs: goods receipt, product card, reorder, stocktake, import and export.

Reads (count and first page, the filter counts, a scanned code) go through ctx.read and land when they are in; a
result for an older search is dropped. Writes go through ctx.run and announce the changes their service returns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.changes import Changes
from app.core.gtin import GTIN_LENGTHS
from app.services.stock import listing as stock_list
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.context import AppContext
from app.ui.kit.errors import show_error
from app.ui.kit.tables import make_table
from app.ui.kit.words import plural
from app.ui.stock import model as sm
from app.ui.stock.files import StockFileActions
from app.ui.stock.sizing import fit_columns

if TYPE_CHECKING:
    from app.services.catalogue.products import ProductDetail
    from app.services.reports.links import ListFilter


class StockTab(StockFileActions, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = sm.StockModel(self)
        self.model.reader = ctx.read
        self.dialogs: list[QWidget] = []
        self._counts_asked = 0  # the newest filter counts asked for; older answers are dropped
        self._code_asked = 0  # the same for a scanned code looked up outside the filter
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_query)
        self._build()
        self._restore()
        self.apply_query()
        bus().changed.connect(self.on_changed)

    def title(self) -> str:
        return self.tr("Stock")

    # --- layout --------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: SKU, name, location, or scan an EAN (Ctrl+F)"))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.search_enter)
        self.filters = QListWidget(self)
        self.filter_labels = {"active": self.tr("Active"), "low": self.tr("Low stock"), "out": self.tr("Out of stock"),
                              "archived": self.tr("Archived"), "all": self.tr("All products")}
        for key in stock_list.FILTERS:
            item = QListWidgetItem(self.filter_labels[key], self.filters)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.filters.setCurrentRow(0)
        self.filters.currentRowChanged.connect(lambda _r: self.apply_query())
        self.filters.setMinimumWidth(170)
        self.filters.setStyleSheet("QListWidget::item { padding: 5px 4px; }")

        self.table = make_table(self.model, self, one_line_rows=True)
        fit_columns(self.table, sm.NAME, elide_middle=(sm.SKU,), designed={
            sm.SKU: 125, sm.EAN: 115, sm.LOCATION: 75, sm.ON_HAND: 70, sm.RESERVED: 70, sm.AVAILABLE: 70,
            sm.REORDER_POINT: 90, sm.COVER: 90, sm.CATEGORY: 110})
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSortIndicator(sm.SKU, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self.sort_by)
        # The category is hidden until asked for (a right click on the titles): at 1366 px the names need the room.
        self.category_action = QAction(self.tr("Show the Category column"), self)
        self.category_action.setCheckable(True)
        self.category_action.toggled.connect(self._show_category)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header.addAction(self.category_action)
        self.model.loaded.connect(self._show_total)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

        self.receipt_button = QPushButton(self.tr("Goods receipt"), self)
        self.receipt_button.setToolTip(self.tr("Receive a delivery with the scanner (Ctrl+R)"))
        self.new_button = QPushButton(self.tr("New product"), self)
        self.open_button = QPushButton(self.tr("Product card"), self)
        self.reorder_button = QPushButton(self.tr("Reorder…"), self)
        self.stocktake_button = QPushButton(self.tr("Stocktake…"), self)
        self.import_button = QPushButton(self.tr("Import products…"), self)
        self.export_button = QPushButton(self.tr("Export stock…"), self)
        for button, slot in ((self.receipt_button, self.open_receipt), (self.new_button, self.new_product),
                             (self.open_button, self.open_selected), (self.reorder_button, self.open_reorder),
                             (self.stocktake_button, self.open_stocktake),
                             (self.import_button, lambda: self.import_products()),
                             (self.export_button, lambda: self.export_stock())):
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        for b in (self.receipt_button, self.new_button, self.open_button, self.reorder_button, self.stocktake_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.filters)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1000])
        self.count_label = QLabel(self)
        self.message = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        for keys, slot in (("Ctrl+R", self.open_receipt), ("Ctrl+F", self.focus_search)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        # Archive / bring back the selected products (right-click on the list); archived ones stay for old orders.
        self.archive_action = QAction(self.tr("Archive selected products"), self.table)
        self.archive_action.triggered.connect(lambda: self.set_selected_active(False))
        self.restore_action = QAction(self.tr("Bring back selected products"), self.table)
        self.restore_action.triggered.connect(lambda: self.set_selected_active(True))
        open_action = QAction(self.tr("Product card"), self.table)
        open_action.triggered.connect(self.open_selected)
        for action in (open_action, self.archive_action, self.restore_action):
            self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)

    # --- state ---------------------------------------------------------------------------------------------
    def _restore(self) -> None:
        header = self.table.horizontalHeader()
        if remembered.restore(Settings.STOCK_HEADER, header.restoreState):
            # The user's widths, but the name gives way first and no title is cut (a state saved by an older
            # version stretched the last column, which cut "Days of cover" on a 1280 px screen).
            header.setStretchLastSection(False)
            header.setSectionResizeMode(sm.NAME, header.ResizeMode.Stretch)
            header.ensurePolished()
            for col in range(sm.COLUMN_COUNT):
                if col != sm.NAME and header.sectionSize(col) < header.sectionSizeHint(col):
                    header.resizeSection(col, header.sectionSizeHint(col))
        remembered.restore(Settings.STOCK_SPLITTER, self.splitter.restoreState)
        shown = bool(remembered.load(Settings.STOCK_CATEGORY_SHOWN))
        self.category_action.blockSignals(True)  # restored, not chosen: nothing to save
        self.category_action.setChecked(shown)
        self.category_action.blockSignals(False)
        self.table.setColumnHidden(sm.CATEGORY, not shown)

    def _show_category(self, shown: bool) -> None:
        self.table.setColumnHidden(sm.CATEGORY, not shown)
        remembered.save(Settings.STOCK_CATEGORY_SHOWN, shown)

    def save_state(self) -> None:
        remembered.save(Settings.STOCK_HEADER, self.table.horizontalHeader().saveState())
        remembered.save(Settings.STOCK_SPLITTER, self.splitter.saveState())

    # --- list ----------------------------------------------------------------------------------------------
    def apply_list_filter(self, flt: ListFilter, then: Callable[[], None] | None = None) -> None:
        """Open the list a Today figure counts (out of stock, low stock): its filter, the search emptied."""
        keys = [self.filters.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.filters.count())]
        for widget in (self.filters, self.search):
            widget.blockSignals(True)
        self.filters.setCurrentRow(keys.index(flt.view))
        self.search.clear()
        for widget in (self.filters, self.search):
            widget.blockSignals(False)
        self.apply_query(then)

    def filter_key(self) -> str:
        item = self.filters.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "active"

    def apply_query(self, then: Callable[[], None] | None = None) -> None:
        """Reload the list for the filter and the search; `then` runs once its first rows are in."""
        self._debounce.stop()

        def loaded() -> None:
            if self.model.rows:
                self.table.selectRow(0)
            if then is not None:
                then()

        self.model.set_query(self.filter_key(), self.search.text(), then=loaded)
        self.update_counts()

    def update_counts(self) -> None:
        self._counts_asked += 1
        asked = self._counts_asked

        def show(counts: dict[str, int]) -> None:
            if asked != self._counts_asked:
                return
            for i in range(self.filters.count()):
                item = self.filters.item(i)
                key = item.data(Qt.ItemDataRole.UserRole)
                item.setText(f"{self.filter_labels[key]} ({counts.get(key, 0)})")

        self.ctx.read(stock_list.filter_counts, on_done=show, on_error=lambda exc: show_error(self, exc))

    def _show_total(self) -> None:
        self.count_label.setText(plural(self.tr("%n product(s)", "", self.model.total), self.model.total))

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """Sort in the database; days of cover is computed per page and cannot sort the whole list, so its header
        keeps showing the sort in force (the reorder suggestions sort by it)."""
        if sm.SORT_KEYS[column] is None:
            header, query = self.table.horizontalHeader(), self.model.query
            header.blockSignals(True)
            header.setSortIndicator(sm.SORT_KEYS.index(query.sort_key),
                                    Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            self.message.setText(self.tr("Days of cover cannot sort the whole list; Reorder… lists what runs out first."))
            return
        self.model.sort(column, order)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def search_enter(self) -> None:
        """Enter (a scanner sends it after the code): search now; one match opens its card."""
        text = self.search.text().strip()
        self.apply_query(then=lambda: self._open_found(text))

    def _open_found(self, text: str) -> None:
        """The list for `text` is in: one match opens its card; none, the code is looked up outside the filter."""
        self._code_asked += 1
        if self.model.total == 1:
            self.open_product(self.model.product_id(0))
            self.search.selectAll()
        elif self.model.total == 0 and text:
            from app.services.catalogue.products import product_by_code

            asked = self._code_asked
            # An archived product (or one outside the filter) still has its code.
            self.ctx.read(lambda s: product_by_code(s, text), on_error=lambda exc: show_error(self, exc),
                          on_done=lambda product: self._open_outside(product, text, asked))

    def _open_outside(self, product: ProductDetail | None, text: str, asked: int) -> None:
        if asked != self._code_asked:  # the user searched again meanwhile
            return
        if product is not None:
            self.open_product(product.id)
            self.search.selectAll()
            self.message.setText((self.tr("{0} is archived; its card is open.") if not product.active else
                                  self.tr("{0} is not in this filter; its card is open.")).format(product.sku))
        elif text.isdigit() and len(text) in GTIN_LENGTHS:
            self.message.setText(self.tr("No product has the EAN {0}.").format(text))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.product_id(r) for r in rows]

    def on_changed(self, changes: Changes) -> None:
        if changes.bulk:
            self.apply_query()
            return
        if changes.orders:  # verifying, cancelling or shipping an order moves its products' reserved/on hand
            orders = changes.orders
            self.ctx.read(lambda s: stock_list.products_of_orders(s, orders),
                          on_done=lambda products: self._refresh(set(changes.products) | products),
                          on_error=lambda exc: show_error(self, exc))
        else:
            self._refresh(set(changes.products))

    def _refresh(self, products: set[int]) -> None:
        if products:
            self.model.refresh_rows(products)
            self.update_counts()

    # --- jobs ----------------------------------------------------------------------------------------------
    def set_selected_active(self, active: bool, *, confirm: bool = True) -> None:
        """Archive the selected products (asks first) or bring them back; the list then shows the new state."""
        from app.services.catalogue.products import set_active

        ids = self.selected_ids()
        if not ids:
            return
        if not active and confirm and QMessageBox.question(
                self, self.tr("Archive products"),
                plural(self.tr("Archive %n product(s)? They leave the everyday lists; their orders and movements stay, "
                               "and the Archived filter brings them back.", "", len(ids)), len(ids))
        ) != QMessageBox.StandardButton.Yes:
            return

        def done(changes: Changes) -> None:
            n = len(ids)
            self.message.setText(plural(self.tr("%n product(s) archived.", "", n) if not active
                                        else self.tr("%n product(s) brought back.", "", n), n))
            bus().changed.emit(changes)
            self.apply_query()

        self.ctx.run(lambda s: set_active(s, ids, active), on_done=done, on_error=lambda exc: show_error(self, exc))

    def _keep(self, dialog: QWidget) -> QWidget:
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def open_product(self, product_id: int):
        from app.ui.stock.product_card import ProductDialog

        return self._keep(ProductDialog(self.ctx, product_id, self))

    def open_selected(self):
        ids = self.selected_ids()
        return self.open_product(ids[0]) if ids else None

    def new_product(self):
        from app.ui.stock.product_card import ProductDialog

        return self._keep(ProductDialog(self.ctx, None, self))

    def open_receipt(self):
        from app.ui.stock.receipt_dialog import ReceiptDialog

        return self._keep(ReceiptDialog(self.ctx, self))

    def open_reorder(self):
        from app.ui.stock.reorder_dialog import ReorderDialog

        return self._keep(ReorderDialog(self.ctx, self))

    def open_stocktake(self):
        from app.ui.stock.stocktake_dialog import StocktakeDialog

        return self._keep(StocktakeDialog(self.ctx, self))
