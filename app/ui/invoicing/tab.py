"""The Invoices tab: the register of issued invoices and corrections over SQL, narrowed by period, series, kind,
payment and KSeF, searched as the user types (number, buyer, NIP, order), with the selected invoice's details
beneath; print (Ctrl+P, on the A4 printer), preview, save PDF and XML, mark paid or unpaid, correct, open the order;
send to KSeF (the selected, or everything queued) and show an accepted invoice's UPO (ksef_actions.py).

The list is a LazyTableModel (pages read in a worker); it follows the bus: invoices a use case changed are re-read
in place, a new one (issued in the Orders tab, a correction) reloads the list. Orders changing elsewhere (an
invoice issued from the Orders tab or the packing station) reload it too, at once when the tab is on screen and
else when it is shown next.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.ui.invoicing import model as im
from app.ui.invoicing.actions import InvoiceActions
from app.ui.invoicing.details import InvoiceDetails
from app.ui.invoicing.filters import ALL as ALL_DATES
from app.ui.invoicing.filters import InvoiceFilters
from app.ui.invoicing.ksef_actions import KsefActions
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.tab_parts import tab_action, tab_status_bar
from app.ui.kit.tables import make_table, set_widths

if TYPE_CHECKING:
    from app.core.changes import Changes
    from app.services.invoicing.reading import InvoiceQuery, InvoiceRow
    from app.services.reports.links import ListFilter
    from app.ui.kit.context import AppContext


class InvoicesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = im.InvoicesModel(self)
        self.model.reader = ctx.read
        self.actions_ = InvoiceActions(self, self)
        self.ksef_actions = KsefActions(self, self)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_query)
        self._stale = False  # something changed while the tab was not on screen
        self._sort_column = im.ISSUED
        self._build()
        self._restore()
        bus().changed.connect(self.on_changed)
        self.model.loaded.connect(self._listed)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.dataChanged.connect(lambda *_: self._selection_changed())  # rows re-read in place (paid)
        self._load_series()
        self.apply_query()

    def title(self) -> str:
        return self.tr("Invoices")

    def today(self) -> date:
        return datetime.now(self.ctx.tz).date()

    # --- layout --------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: invoice number, buyer, NIP, order (Ctrl+F)"))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_enter)
        self.filters = InvoiceFilters(self)
        self.filters.today = self.today()
        self.filters.changed.connect(self._debounce.start)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addLayout(self.filters.period_row())
        choices = self.filters.choice_row()
        choices.addStretch(1)

        self.print_action = self._action(self.tr("&Print"), QKeySequence.StandardKey.Print,
                                         self.actions_.print_selected,
                                         self.tr("Print the selected invoices on the A4 printer (Ctrl+P)"))
        self.preview_action = self._action(self.tr("Pre&view"), QKeySequence("Ctrl+Shift+V"),
                                           self.actions_.preview_selected)
        self.save_action = self._action(self.tr("&Save PDF and XML…"), QKeySequence.StandardKey.Save,
                                        lambda: self.actions_.save_files(),
                                        self.tr("The invoice as PDF and its FA(3) XML file for KSeF (Ctrl+S)"))
        self.paid_action = self._action(self.tr("Mark p&aid…"), QKeySequence("Ctrl+Shift+M"),
                                        self.actions_.mark_paid)
        self.unpaid_action = self._action(self.tr("Mark &unpaid"), QKeySequence("Ctrl+Shift+U"),
                                          self.actions_.mark_unpaid,
                                          self.tr("Take back a payment marked by mistake"))
        self.correct_action = self._action(self.tr("&Correct…"), QKeySequence("Ctrl+K"), self.actions_.correct,
                                           self.tr("Issue a correction invoice of the selected invoice (Ctrl+K)"))
        self.order_action = self._action(self.tr("Open the &order"), QKeySequence("Ctrl+O"),
                                         self.actions_.open_order)
        self.register_action = self._action(self.tr("&Register of a month (XLSX)…"), QKeySequence("Ctrl+E"),
                                            lambda: self.actions_.export_register(),
                                            self.tr("The sales register of a month for the accountant: one row per "
                                                    "invoice and correction, net, VAT and gross per rate (Ctrl+E)"))
        self.send_action = self._action(self.tr("Send to &KSeF"), QKeySequence("Ctrl+Shift+S"),
                                        self.ksef_actions.send_selected,
                                        self.tr("Send the selected invoices to KSeF now (Ctrl+Shift+S)"))
        self.send_all_action = self._action(self.tr("Send everything &queued"), QKeySequence(),
                                            self.ksef_actions.send_all_queued,
                                            self.tr("Send every invoice waiting in the KSeF queue"))
        self.upo_action = self._action(self.tr("UP&O…"), QKeySequence(), self.ksef_actions.show_upo,
                                       self.tr("KSeF's official receipt of the selected invoice"))
        self.find_action = self._action(self.tr("Find invoice"), QKeySequence.StandardKey.Find, self.focus_search)
        buttons = QHBoxLayout()
        self.buttons: dict[QAction, QPushButton] = {}
        for action in (self.print_action, self.preview_action, self.save_action, self.paid_action,
                       self.unpaid_action, self.correct_action, self.order_action, self.register_action):
            button = QPushButton(action.text(), self)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.buttons[action] = button
        self.ksef_button = QPushButton(self.tr("KSe&F"), self)  # one button, its menu: the row fits a laptop
        self.ksef_button.setToolTip(self.tr("Send to KSeF, the queue, the UPO"))
        ksef_menu = QMenu(self.ksef_button)
        ksef_menu.addActions([self.send_action, self.send_all_action, self.upo_action])
        self.ksef_button.setMenu(ksef_menu)
        buttons.addWidget(self.ksef_button)
        buttons.addStretch(1)

        self.table = make_table(self.model, self, one_line_rows=True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        set_widths(self.table, ((im.NUMBER, 120), (im.KIND, 80), (im.ISSUED, 90), (im.BUYER, 200), (im.NIP, 95),
                                (im.NET, 85), (im.VAT, 75), (im.GROSS, 85), (im.CURRENCY, 55), (im.PAID, 185),
                                (im.KSEF, 170)))
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(im.ISSUED, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.doubleClicked.connect(lambda _i: self.actions_.preview_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.print_action, self.preview_action, self.save_action, self._separator(),
                               self.paid_action, self.unpaid_action, self._separator(), self.correct_action,
                               self.order_action, self._separator(), self.send_action, self.upo_action])
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.details = InvoiceDetails(self)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 160])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self.status_bar, self.count_label = tab_status_bar(self, layout)
        self._selection_changed()

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot, tip: str = "") -> QAction:
        return tab_action(self, text, keys, slot, tip)

    def _separator(self) -> QAction:
        separator = QAction(self.table)
        separator.setSeparator(True)
        return separator

    # --- state ---------------------------------------------------------------------------------------------
    def _restore(self) -> None:
        header = self.table.horizontalHeader()
        if remembered.restore(Settings.INVOICES_HEADER, header.restoreState):
            section = header.sortIndicatorSection()
            self._sort_column = section if 0 <= section < len(im.SORT_KEYS) and im.SORT_KEYS[section] else im.ISSUED
        remembered.restore(Settings.INVOICES_SPLITTER, self.splitter.restoreState)
        self.filters.blockSignals(True)
        self.filters.set_period(remembered.load(Settings.INVOICES_PERIOD))
        self.filters.blockSignals(False)

    def save_state(self) -> None:
        remembered.save(Settings.INVOICES_HEADER, self.table.horizontalHeader().saveState())
        remembered.save(Settings.INVOICES_SPLITTER, self.splitter.saveState())
        remembered.save(Settings.INVOICES_PERIOD, self.filters.current_period())

    def _load_series(self) -> None:
        """The series for the filter (list_series makes the standard ones on first use, so it is a write)."""
        from app.services.invoicing.numbering import list_series

        self.ctx.run(list_series, on_done=lambda series: self.filters.set_series(
            [(s.code, s.pattern) for s in series]), on_error=lambda _exc: None)

    # --- query ---------------------------------------------------------------------------------------------
    def current_query(self) -> InvoiceQuery:
        from app.services.invoicing.reading import InvoiceQuery

        header = self.table.horizontalHeader()
        return InvoiceQuery(search=self.search.text(), sort=im.SORT_KEYS[self._sort_column] or "issue_date",
                            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
                            **self.filters.values())

    def apply_list_filter(self, flt: ListFilter) -> None:
        """Open the list a Today figure counts (invoices queued for KSeF, awaiting its answer, rejected): every
        date, series, kind and payment, the KSeF state of the link, the search emptied."""
        f = self.filters
        widgets = (f, f.period, f.series, f.kind, f.paid, f.ksef, self.search)
        for w in widgets:
            w.blockSignals(True)
        try:
            f.set_period(ALL_DATES)
            for combo in (f.series, f.kind, f.paid):
                combo.setCurrentIndex(0)
            f.ksef.setCurrentIndex(max(f.ksef.findData(flt.param("ksef_status")), 0))
            self.search.clear()
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.apply_query()

    def apply_query(self) -> None:
        self._debounce.stop()
        self._stale = False
        self.model.today = self.filters.today = self.today()
        self.model.query = self.current_query()
        selected = {r.id for r in self.selected_rows()}
        self.model.reload(then=lambda: self._reselect(selected))

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        """A column the register cannot sort by keeps the sort the list had."""
        if not im.SORT_KEYS[section]:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self._sort_column, order)
            header.blockSignals(False)
            self.show_message(self.tr("The list cannot be sorted by that column."))
        else:
            self._sort_column = section
        self.apply_query()

    def _listed(self) -> None:
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        total = self.model.total if self.model.total is not None else self.model.rowCount()
        self.count_label.setText(self.tr("Invoices in the list: {0}").format(total))

    @Slot(object)  # a Qt slot: the bus lets go of the tab when it is deleted
    def on_changed(self, changes: Changes) -> None:
        """Changed invoices on screen update in place; a new one, or orders changed elsewhere, reload the list."""
        invoices = getattr(changes, "invoices", frozenset())
        new = any(not self.model.is_loaded(i) for i in invoices)
        if changes.bulk or new or (changes.orders and not invoices):
            if self.isVisible():
                self.apply_query()
            else:
                self._stale = True
            return
        if invoices:
            self.model.refresh_rows(invoices)
            if self.details.invoice_id in invoices:
                self._show_details()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.apply_query)

    # --- selection -----------------------------------------------------------------------------------------
    def selected_rows(self) -> list[InvoiceRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows if r < self.model.rowCount()]

    def current_row(self) -> InvoiceRow | None:
        index = self.table.currentIndex()
        selected = self.selected_rows()
        if index.isValid() and index.row() < self.model.rowCount():
            row = self.model.row(index.row())
            if row in selected:
                return row
        return selected[0] if selected else None

    def _reselect(self, ids: set[int]) -> None:
        sel = self.table.selectionModel()
        for invoice_id in ids:
            row = self.model.row_of(invoice_id)
            if row is not None:
                sel.select(self.model.index(row, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
        self._selection_changed()

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        some = bool(rows)
        for action in (self.print_action, self.preview_action, self.save_action):
            action.setEnabled(some)
        self.paid_action.setEnabled(any(not r.paid for r in rows))
        self.unpaid_action.setEnabled(any(r.paid for r in rows))
        self.correct_action.setEnabled(len(rows) == 1)
        self.order_action.setEnabled(len(rows) == 1 and rows[0].order_id is not None)
        self.send_action.setEnabled(any(r.ksef_status != "accepted" for r in rows))
        facts = getattr(rows[0], "ksef", None) if len(rows) == 1 else None
        self.upo_action.setEnabled(facts is not None and facts.has_upo)
        for action, button in self.buttons.items():
            button.setEnabled(action.isEnabled())
        current = self.current_row()
        if (current.id if current is not None else None) != self.details.invoice_id:
            self._show_details()

    def _show_details(self) -> None:
        """The current invoice's details, read again (also when it is the one shown: it changed)."""
        row = self.current_row()
        self.details.show_invoice(self.ctx, row.id if row is not None else None)

    # --- user actions --------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_enter(self) -> None:
        """Enter in the search box: the list as typed, its first invoice selected."""
        if self._debounce.isActive():
            self.apply_query()
        if self.model.rowCount():
            self.select_row(0)
            self.table.setFocus()

    def show_message(self, text: str) -> None:
        self.status_bar.showMessage(text, 10000)
