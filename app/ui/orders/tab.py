"""The Orders tab: status filters with counts, a date range, search as you type, the lazy list, batch actions.

Reads go through ctx.read in the list model, in two steps for a new search or date range: the first page (shown
at once), then the counts per filter and the total, which a huge result set takes longer to count than to show
(bench/bench_search.py); the selection is restored when the rows are in, the counts shown when they are. Writes (verify, status, payment) go through
ctx.run and announce what they changed on the bus, which every open view listens to.

At start-up the tab is built before the database layer is imported (OrdersTab(None, window)): the search box,
filters and an empty table with an "Opening the shop…" note show at once, and attach(ctx) fills the list as soon
as the database is open. What the user typed meanwhile is searched then.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStatusBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.config import SHOP_TZ_DEFAULT, Settings
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.tables import ElideMiddle, set_widths
from app.ui.kit.words import plural
from app.ui.orders import model as om
from app.ui.orders.batch_actions import OrdersActions
from app.ui.orders.columns import fit_columns
from app.ui.orders.filters import DateRange, FilterList, LinkChip, grouped

if TYPE_CHECKING:  # the services import SQLAlchemy: only when the tab has a database (attach)
    from app.core.changes import Changes
    from app.services.orders.listing import OrderQuery
    from app.services.reports.links import ListFilter
    from app.ui.kit.context import AppContext

# Select all loads the list's rows up to this many first: enough for any day's batch, and a batch change that
# touches a quarter of a million orders by one keystroke is not what anyone means.
SELECT_ALL_LIMIT = 20_000


class OrdersTable(QTableView):
    """The list; Ctrl+A (and Edit > Select all) selects the list's orders, not only those scrolled into view."""

    def __init__(self, tab: OrdersTab) -> None:
        super().__init__(tab)
        self.tab = tab  # the splitter becomes the parent

    def selectAll(self) -> None:
        """Select once the rows up to the limit are in (at once when they already are)."""
        def select_loaded() -> None:
            super(OrdersTable, self).selectAll()
            self.tab.selected_all()

        model = self.model()
        if isinstance(model, om.OrdersModel):
            model.fetch_up_to(SELECT_ALL_LIMIT, then=select_loaded)
        else:
            select_loaded()


class OrdersTab(QWidget):
    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        """With ctx None the tab waits for attach(ctx): everything is there but the list, which says so."""
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.model = om.OrdersModel(ctx.tz if ctx else ZoneInfo(SHOP_TZ_DEFAULT), self)
        self.dialogs: dict[int | None, QWidget] = {}
        self.actions_ = OrdersActions(self, self)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_query)
        self._needs_shop: list[QAction | QWidget] = []  # disabled until the database is open
        self._listing = False  # a query was asked for and its rows are not in yet
        self._enter_pending = False  # Enter in the search box, to act on when the list is in
        self._narrow: tuple[tuple[str, str], ...] = ()  # a Today figure's narrowings (apply_list_filter)
        self._build()
        self._restore()
        bus().changed.connect(self.on_changed)
        self.model.counted.connect(self.update_counts)
        self.model.dataChanged.connect(lambda *_: self._update_buttons())  # rows re-read in place (Pack first)
        if ctx is not None:
            self.attach(ctx)
        else:
            for w in self._needs_shop:
                w.setEnabled(False)
            self.filters.reserve_counts()
            self.set_placeholder(self.tr("Opening the shop…"))

    def attach(self, ctx: AppContext) -> None:
        """The database is open: fill the list (with whatever was typed into the search box meanwhile)."""
        self.ctx = ctx
        self.model.tz = ctx.tz
        self.model.attach(ctx.read)
        self.set_placeholder("")
        for w in self._needs_shop:
            w.setEnabled(True)
        self.apply_query()  # an Enter typed meanwhile opens the match when the list is in

    @property
    def ready(self) -> bool:
        return self.ctx is not None

    def set_placeholder(self, text: str) -> None:
        """A quiet note in the middle of the empty list while the shop opens (empty text hides it)."""
        self.placeholder.setText(text)
        self.placeholder.setVisible(bool(text))

    def title(self) -> str:
        return self.tr("Orders")

    # --- layout --------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: number, name, e-mail, phone, SKU, EAN, tracking (Ctrl+F)"))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_enter)
        self.dates = DateRange(self)
        self.dates.changed.connect(self._debounce.start)  # typing a date changes it digit by digit

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.dates)
        self.link_chip = LinkChip(self)
        self.link_chip.cleared.connect(self.clear_list_filter)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New order"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.verify_button = QPushButton(self.tr("Verify"), self)
        self.verify_button.setToolTip(self.tr("Check the selected orders; those without problems go to packing"))
        self.status_button = QToolButton(self, text=self.tr("Change status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self)
        self.status_menu.aboutToShow.connect(self.actions_.fill_status_menu)
        self.status_button.setMenu(self.status_menu)
        self.paid_button = QPushButton(self.tr("Mark paid"), self)
        self.new_button.clicked.connect(self.new_order)
        self.open_button.clicked.connect(self.open_selected)
        self.verify_button.clicked.connect(self.actions_.verify_selected)
        self.paid_button.clicked.connect(self.actions_.mark_paid)
        self._packing_actions()
        self.print_button = QToolButton(self, text=self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = QMenu(self)
        self.print_menu.addActions([self.picklist_action, self.slips_action])
        self.print_button.setMenu(self.print_menu)
        self.priority_button = QToolButton(self)
        self.priority_button.setDefaultAction(self.priority_action)
        self.invoice_button = QToolButton(self)
        self.invoice_button.setDefaultAction(self.invoice_action)
        for w in (self.new_button, self.open_button, self.verify_button, self.status_button, self.paid_button,
                  self.print_button, self.priority_button, self.invoice_button):
            buttons.addWidget(w)
        buttons.addStretch(1)

        self.filters = FilterList(self)
        self.filters.currentRowChanged.connect(lambda _r: self.apply_query())

        self.table = OrdersTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        set_widths(self.table, ((om.NUMBER, 80), (om.DATE, 120), (om.CUSTOMER, 180), (om.ITEMS, 50), (om.TOTAL, 90),
                                (om.PAYMENT, 115), (om.STATUS, 120), (om.SHIPPING, 125), (om.TRACKING, 185)))
        self.table.setItemDelegateForColumn(om.TRACKING, ElideMiddle(self.table))
        header.setSortIndicator(om.DATE, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # right click: the batch actions
        open_action = QAction(self.tr("Open"), self.table)
        open_action.triggered.connect(self.open_selected)
        verify_action = QAction(self.tr("Verify"), self.table)
        verify_action.triggered.connect(self.actions_.verify_selected)
        self.table.addActions([open_action, verify_action, self._separator(), self.picklist_action, self.slips_action,
                               self._separator(), self.priority_action, self.invoice_action])
        self.selection_actions = [verify_action, self.picklist_action, self.slips_action, self.priority_action,
                                  self.invoice_action]
        self.open_action = open_action
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.placeholder = QLabel(self.table.viewport())
        self.placeholder.setObjectName("ordersPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        quiet = self.placeholder.palette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):  # on the list's Base: Text
            quiet.setColor(role, quiet.color(QPalette.ColorRole.PlaceholderText))
        self.placeholder.setPalette(quiet)
        font = self.placeholder.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.placeholder.setFont(font)
        self.placeholder.hide()
        note = QVBoxLayout(self.table.viewport())
        note.addWidget(self.placeholder, 0, Qt.AlignmentFlag.AlignCenter)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.filters)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1000])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.link_chip)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self.count_label = QLabel(self)
        window = self.parent()
        if isinstance(window, QMainWindow):
            self.status_bar = window.statusBar()
        else:
            self.status_bar = QStatusBar(self)
            layout.addWidget(self.status_bar)
        self.status_bar.addPermanentWidget(self.count_label)
        self._shortcuts()
        self._update_buttons()

    def _packing_actions(self) -> None:
        """Pick list, packing slips and Pack first for the selected orders: in the buttons' row, on a right click
        on the list, and on keys of their own while the tab has the focus."""
        self.picklist_action = QAction(self.tr("Pick &list…"), self)
        self.picklist_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.picklist_action.setToolTip(self.tr("Print one pick list of the selected orders (A4, in bin order)"))
        self.picklist_action.triggered.connect(self.actions_.print_picklist)
        self.slips_action = QAction(self.tr("Packing &slips…"), self)
        self.slips_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.slips_action.setToolTip(self.tr("Print the packing slip of each selected order"))
        self.slips_action.triggered.connect(self.actions_.print_packing_slips)
        self.priority_action = QAction(self.tr("Pack &first"), self)
        self.priority_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.priority_action.setCheckable(True)
        self.priority_action.setToolTip(self.tr("The packing station takes these orders before older ones; "
                                                "again to put them back in their turn"))
        self.priority_action.triggered.connect(self._toggle_priority)
        self.invoice_action = QAction(self.tr("Issue &invoices…"), self)
        self.invoice_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.invoice_action.setToolTip(self.tr("Issue the VAT invoice of each selected order that has none "
                                               "(Ctrl+Shift+I)"))
        self.invoice_action.triggered.connect(self.actions_.issue_invoices)
        for action in (self.picklist_action, self.slips_action, self.priority_action, self.invoice_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self._needs_shop += [self.picklist_action, self.slips_action, self.priority_action, self.invoice_action]

    def _toggle_priority(self) -> None:
        self.actions_.toggle_priority()
        self._update_buttons()  # the check follows the rows (Qt flipped it on the click), now and when they are re-read

    def _separator(self) -> QAction:
        separator = QAction(self.table)
        separator.setSeparator(True)
        return separator

    def _shortcuts(self) -> None:
        self.new_action = QAction(self.tr("&New order"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_order)
        self._needs_shop += [self.new_action, self.new_button]
        self.find_action = QAction(self.tr("Find order"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.new_action)
        self.addAction(self.find_action)
        # On the table only: Enter in the search box has its own meaning (open the only match).
        for key, slot in ((QKeySequence(Qt.Key.Key_Return), self.open_selected),
                          (QKeySequence(Qt.Key.Key_Enter), self.open_selected),
                          (QKeySequence(QKeySequence.StandardKey.Delete), self.explain_no_delete)):
            shortcut = QShortcut(key, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def file_actions(self) -> list[QAction]:
        importing = QAction(self.tr("&Import orders…"), self)
        importing.setShortcut(QKeySequence("Ctrl+I"))
        importing.triggered.connect(self.import_orders)
        exporting = QAction(self.tr("&Export orders…"), self)
        exporting.setShortcut(QKeySequence("Ctrl+E"))
        exporting.triggered.connect(self.export_orders)
        for action in (importing, exporting):
            action.setEnabled(self.ready)
            self._needs_shop.append(action)
        return [self.new_action, importing, exporting]

    # --- state ---------------------------------------------------------------------------------------------
    def _restore(self) -> None:
        # Widths the user set are kept; else they come from the first rows (and the window's width) when they are in.
        self._fit_columns = not remembered.restore(Settings.ORDERS_HEADER, self.table.horizontalHeader().restoreState)
        remembered.restore(Settings.ORDERS_SPLITTER, self.splitter.restoreState)

    def save_state(self) -> None:
        remembered.save(Settings.ORDERS_HEADER, self.table.horizontalHeader().saveState())
        remembered.save(Settings.ORDERS_SPLITTER, self.splitter.saveState())

    # --- query ---------------------------------------------------------------------------------------------
    def current_query(self) -> OrderQuery:
        from app.services.orders.listing import OrderQuery

        header = self.table.horizontalHeader()
        date_from, date_to = self.dates.dates()
        return OrderQuery(
            filter=self.filters.current_key(), date_from=date_from, date_to=date_to,
            search=self.search.text(), sort=om.SORT_KEYS[header.sortIndicatorSection()],
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder, tz=str(self.ctx.tz),
            narrow=self._narrow,
        )

    def apply_list_filter(self, flt: ListFilter) -> None:
        """Open the list a Today figure counts: its status filter and days, its narrowings (orders.listing's
        NARROWINGS), the search emptied, and the chip that says so (its ✕: clear_list_filter). Before the shop is
        open (the quick start) the list follows when it is."""
        params = dict(flt.params)
        days = [params.get(k) for k in ("date_from", "date_to")]
        self._narrow = tuple(sorted((k, v) for k, v in flt.params if k not in ("date_from", "date_to")))
        for widget in (self.filters, self.search):
            widget.blockSignals(True)
        self.filters.select_key(flt.view)
        self.search.clear()
        for widget in (self.filters, self.search):
            widget.blockSignals(False)
        self.dates.blockSignals(True)
        self.dates.set_dates(*(date.fromisoformat(d) if d else None for d in days))
        self.dates.blockSignals(False)
        shown = tuple((k, v) for k, v in flt.params if k != "cutoffs")
        self.link_chip.show_text(self.link_chip.describe(self.filters.labels[flt.view], shown))
        self.apply_query()

    def clear_list_filter(self) -> None:
        """The chip's ✕: the whole list again (every order, any day, no narrowing)."""
        self._narrow = ()
        self.link_chip.hide()
        self.filters.blockSignals(True)
        self.filters.select_key("all")
        self.filters.blockSignals(False)
        self.dates.blockSignals(True)
        self.dates.clear()
        self.dates.blockSignals(False)
        self.apply_query()

    def apply_query(self) -> None:
        self._debounce.stop()
        if not self.ready:  # attach() runs it with what the search box and filters hold by then
            return
        selected = set(self.selected_ids())
        self._listing = True
        self.model.set_query(self.current_query(), then=lambda: self._listed(selected))

    def _listed(self, selected: set[int]) -> None:
        """The rows of the query are in: select again what was selected, show the counts, act on an Enter."""
        self._listing = False
        self._fit_once()
        self._reselect(selected)
        self.update_counts()
        if self._enter_pending:
            self._enter_pending = False
            self._open_the_match()

    def _fit_once(self) -> None:
        """Column widths from the first rows, once they are in and the list is on screen at its width."""
        if self._fit_columns and self.model.rowCount() and self.table.isVisible():
            self._fit_columns = False
            fit_columns(self.table)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_once)  # after the layout gave the list its width

    def _sort_changed(self, _section: int, _order: Qt.SortOrder) -> None:
        self.apply_query()

    def update_counts(self) -> None:
        """The status line and the filter list say what is known: the total and the counts per filter of a huge
        result set follow its first page (the counts shown stay until the new ones are in)."""
        if self.model.counts_current():
            self.filters.set_counts(self.model.counts)
        total = self.model.total
        if total is None:
            self.count_label.setText(self.tr("Counting orders…"))
        else:
            self.count_label.setText(plural(self.tr("%Ln order(s)", "", total), total))

    def on_changed(self, changes: Changes) -> None:
        """Changed orders on screen update in place; anything else (new orders, imports) reloads the list."""
        if not self.ready:
            return
        self.model.forget_counts()
        if changes.bulk or any(not self.model.is_loaded(i) for i in changes.orders):
            self.apply_query()
            return
        if changes.orders:
            self.model.refresh_rows(changes.orders)
            self.model.recount()  # the filter list and status line follow (model.counted)
            self._update_buttons()

    # --- selection -----------------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.order_id(r) for r in rows]

    def selected_rows(self) -> list[om.OrderRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows]

    def _reselect(self, ids: set[int]) -> None:
        sel = self.table.selectionModel()
        for oid in ids:
            row = self.model.row_of(oid)
            if row is not None:
                sel.select(self.model.index(row, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        n = len(self.table.selectionModel().selectedRows())
        for w in (self.verify_button, self.status_button, self.paid_button, self.print_button,
                  *self.selection_actions):
            w.setEnabled(n > 0)
        self.open_button.setEnabled(n == 1)
        self.open_action.setEnabled(n > 0)
        rows = self.selected_rows() if n else []
        self.priority_action.setChecked(bool(rows) and all(r.priority for r in rows))

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    # --- user actions --------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_enter(self) -> None:
        """Enter in the search box: the first match is selected, the only one opened; with what was typed last
        (a list still coming, or the shop still opening, answers when it is in)."""
        if not self.ready or self._listing or self._debounce.isActive():
            self._enter_pending = True
            if self.ready and self._debounce.isActive():
                self.apply_query()
            return
        self._open_the_match()

    def _open_the_match(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.select_row(0)
        self.table.setFocus()
        if self.model.rowCount() == 1:
            self.open_selected()

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        ids = self.selected_ids()
        if index.isValid() and self.model.order_id(index.row()) in ids:
            self.open_order(self.model.order_id(index.row()))
        elif ids:
            self.open_order(ids[0])

    def open_order(self, order_id: int | None) -> QWidget:
        from app.ui.orders.dialog import OrderDialog

        # The window already showing this order (also one that was a new order until it was saved).
        dialog = next((d for d in self.dialogs.values() if order_id is not None and d.order_id == order_id), None)
        if dialog is None:
            dialog = OrderDialog(self.ctx, order_id, self)
            self.dialogs[order_id] = dialog
            dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _forget(self, dialog: QWidget) -> None:
        for key, value in list(self.dialogs.items()):
            if value is dialog:
                del self.dialogs[key]
        dialog.deleteLater()

    def new_order(self) -> QWidget:
        from app.ui.orders.dialog import OrderDialog

        dialog = OrderDialog(self.ctx, None, self)
        self.dialogs[None] = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        dialog.show()
        return dialog

    def explain_no_delete(self) -> None:
        self.show_message(self.tr("Orders are never deleted. To drop an order, change its status to Cancelled."))

    def selected_all(self) -> None:
        """Ctrl+A took every order of the list up to SELECT_ALL_LIMIT; say so when the list holds more (once it is
        counted)."""
        self.model.when_counted(self._say_selected)

    def _say_selected(self) -> None:
        if self.model.total is not None and self.model.total > len(self.model.rows):
            total = self.model.total
            self.show_message(plural(self.tr("The first {0} of %Ln order(s) are selected; narrow the list with a "
                                             "filter or the search to act on the others.", "", total), total)
                              .format(grouped(len(self.model.rows))))

    def show_message(self, text: str) -> None:
        self.status_bar.showMessage(text, 10000)

    def import_orders(self) -> QWidget:
        from app.ui.importing.dialog import open_import_dialog

        return open_import_dialog(self.ctx, self)

    def export_orders(self) -> None:
        """Export the orders the list shows (its filter, dates and search) to an XLSX file."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the orders in the list"), "orders.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.actions_.export_to(path)
