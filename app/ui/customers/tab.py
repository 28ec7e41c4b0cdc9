"""The Customers tab: everyone who bought, searched as the user types (issue 17).

Views with their counts (All, VIP, Wholesale, Blocked, Follow-ups due, Anonymised) above a list searched as the user
types (name, e-mail, phone with or without spaces and +48, company, NIP, order or tracking number: the search is
the service's); the selected customer's summary shows beneath it, and Enter or a double-click opens their card
(one window per customer). The toolbar logs a contact, finds duplicates to merge, shows the follow-ups to do, and
opens the reply templates, the import of past contacts, the retention of personal data and the export.

The list follows the bus: when customers, orders or complaints change, or much changed, it reloads (at once when
on screen, else when shown next). The dialogs of the other parts of issue 17 are imported when opened, so the tab
works before they are there.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.money import format_money
from app.core.shop_time import shop_day
from app.ui.customers import model as cm
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.errors import error_text
from app.ui.kit.tab_parts import tab_action, tab_status_bar, view_buttons
from app.ui.kit.tables import make_table, set_widths

if TYPE_CHECKING:
    from app.core.changes import Changes
    from app.services.customers.data import CustomerCard, CustomerRow
    from app.services.reports.links import ListFilter
    from app.ui.kit.context import AppContext

VIEWS = ("all", "vip", "wholesale", "blocked", "follow_ups", "anonymised")


def view_counts(session, today: date) -> dict[str, int]:
    """How many customers each view holds (the list's totals, one short query per view)."""
    from app.services.customers.search import list_customers

    return {v: list_customers(session, view=v, limit=1, today=today).total for v in VIEWS}


class CustomersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = cm.CustomersModel(self, ctx.tz)
        self.model.reader = ctx.read
        self.windows: dict[int, QWidget] = {}  # the card windows open, by customer id
        self.dialog: QWidget | None = None  # the dialog last opened (merge, follow-ups, templates, ...)
        self.counts: dict[str, int] = {}
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_query)
        self._stale = False
        self._details_asked = 0
        self.details_id: int | None = None
        self._build()
        self._restore()
        bus().changed.connect(self.on_changed)
        self.model.loaded.connect(self._listed)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.apply_query()

    def title(self) -> str:
        return self.tr("Customers")

    def today(self) -> date:
        return shop_day(datetime.now(UTC), str(self.ctx.tz))

    # --- layout --------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.view_group, self.view_buttons, views = view_buttons(self, VIEWS, self._view_name, "all")
        self.view_group.buttonClicked.connect(lambda _b: self.apply_query())

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, e-mail, phone, company, NIP, order or tracking number "
                                               "(Ctrl+F)"))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_enter)

        self.card_action = self._action(self.tr("Customer &card"), QKeySequence("Ctrl+O"), self.open_current,
                                        self.tr("The selected customer's card (Enter, Ctrl+O)"))
        self.contact_action = self._action(self.tr("&Log a contact…"), QKeySequence(), self.log_contact,
                                           self.tr("A call, an e-mail or a chat with the selected customer (Ctrl+K "
                                                   "anywhere)"))
        self.merge_action = self._action(self.tr("&Duplicates…"), QKeySequence(), self.find_duplicates,
                                         self.tr("Customers that look like one person (the same e-mail, phone or "
                                                 "NIP), merged after you confirm"))
        self.follow_ups_action = self._action(self.tr("&To do"), QKeySequence("Ctrl+D"), self.show_follow_ups,
                                              self.tr("Follow-ups due today and overdue (Ctrl+D)"))
        self.templates_action = self._action(self.tr("Reply &templates…"), QKeySequence(), self.edit_templates,
                                             self.tr("The shop's answers to the usual questions"))
        self.import_action = self._action(self.tr("&Import contacts…"), QKeySequence(), self.import_contacts,
                                          self.tr("Past contacts from a CSV or XLSX file (all or nothing)"))
        self.retention_action = self._action(self.tr("Data &retention…"), QKeySequence(), self.retention,
                                             self.tr("Customers past the retention period, anonymised in one batch"))
        self.export_action = self._action(self.tr("E&xport…"), QKeySequence("Ctrl+E"), self.export,
                                          self.tr("Every customer with their lifetime figures as an XLSX workbook "
                                                  "(Ctrl+E)"))
        self.find_action = self._action(self.tr("Find a customer"), QKeySequence.StandardKey.Find, self.focus_search)
        buttons = QHBoxLayout()
        self.buttons: dict[QAction, QPushButton] = {}
        for action in (self.card_action, self.contact_action, self.merge_action, self.follow_ups_action):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        for action in (self.templates_action, self.import_action, self.retention_action, self.export_action):
            buttons.addWidget(self._button(action))

        self.table = make_table(self.model, self, one_line_rows=True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        set_widths(self.table, ((cm.NAME, 180), (cm.COMPANY, 150), (cm.EMAIL, 200), (cm.PHONE, 120), (cm.NIP, 100),
                                (cm.TAGS, 110), (cm.ORDERS, 70), (cm.LAST_ORDER, 95), (cm.VALUE, 100)))
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.activated.connect(lambda _i: self.open_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.card_action, self.contact_action])
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.setPlaceholderText(self.tr("Select a customer to see them here; Enter opens their card."))

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 130])

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addLayout(views)
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self.status_bar, self.count_label = tab_status_bar(self, layout)
        self._selection_changed()

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot, tip: str = "") -> QAction:
        return tab_action(self, text, keys, lambda *_: slot(), tip)

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        self.buttons[action] = button
        return button

    def _view_name(self, view: str, count: int | None = None) -> str:
        name = {"all": self.tr("All"), "vip": self.tr("VIP"), "wholesale": self.tr("Wholesale"),
                "blocked": self.tr("Blocked"), "follow_ups": self.tr("To call back"),
                "anonymised": self.tr("Anonymised")}[view]
        return name if count is None else f"{name} ({count})"

    # --- state ---------------------------------------------------------------------------------------------
    def _restore(self) -> None:
        view = remembered.load(Settings.CUSTOMERS_VIEW)
        if view in self.view_buttons:
            self.view_buttons[view].setChecked(True)
        remembered.restore(Settings.CUSTOMERS_HEADER, self.table.horizontalHeader().restoreState)
        remembered.restore(Settings.CUSTOMERS_SPLITTER, self.splitter.restoreState)

    def save_state(self) -> None:
        remembered.save(Settings.CUSTOMERS_HEADER, self.table.horizontalHeader().saveState())
        remembered.save(Settings.CUSTOMERS_SPLITTER, self.splitter.saveState())
        remembered.save(Settings.CUSTOMERS_VIEW, self.view())

    # --- query ---------------------------------------------------------------------------------------------
    def view(self) -> str:
        button = self.view_group.checkedButton()
        return button.property("view") if button is not None else "all"

    def set_view(self, view: str) -> None:
        self.view_buttons[view].setChecked(True)
        self.apply_query()

    def apply_list_filter(self, flt: ListFilter) -> QWidget | None:
        """Open the list a Today figure counts: the view (the customers to call back), and for the follow-ups due
        today or overdue the follow-ups window showing just those (the figure counts follow-ups, not customers)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.set_view(flt.view)
        if flt.param("follow_up_view") is None:
            return None
        window = self.show_follow_ups()
        if window is not None:
            window.apply_list_filter(flt)
        return window

    def current_query(self) -> cm.CustomerQuery:
        return cm.CustomerQuery(view=self.view(), search=self.search.text().strip(), today=self.today())

    def apply_query(self) -> None:
        self._debounce.stop()
        self._stale = False
        self.model.query = self.current_query()
        current = self.current_row()
        keep = current.id if current is not None else None
        self.model.reload(then=lambda: self._reselect(keep))
        self.load_counts()

    def load_counts(self) -> None:
        today = self.today()
        self.ctx.read(lambda s: view_counts(s, today), on_done=self.show_counts, on_error=lambda _e: None)

    def show_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        for view, count in counts.items():
            self.view_buttons[view].setText(self._view_name(view, count))
        due = self.view_buttons["follow_ups"]
        due.setStyleSheet("QPushButton { color: #a40000; font-weight: bold; }" if counts.get("follow_ups") else "")

    def _listed(self) -> None:
        self._update_count()
        self._selection_changed()

    def _update_count(self) -> None:
        total = self.model.total if self.model.total is not None else self.model.rowCount()
        self.count_label.setText(self.tr("Customers in the list: {0}").format(total))

    @Slot(object)  # a Qt slot: the bus lets go of the tab when it is deleted
    def on_changed(self, changes: Changes) -> None:
        if not (getattr(changes, "customers", frozenset()) or changes.orders or changes.complaints or changes.bulk):
            return
        if self.isVisible():
            self.apply_query()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.apply_query)

    # --- selection -----------------------------------------------------------------------------------------
    def current_row(self) -> CustomerRow | None:
        index = self.table.currentIndex()
        if index.isValid() and index.row() < self.model.rowCount():
            return self.model.row(index.row())
        return None

    def current_customer_id(self) -> int | None:
        """The selected customer (the main window's Ctrl+K logs a contact with them)."""
        row = self.current_row()
        return row.id if row is not None else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _reselect(self, customer_id: int | None) -> None:
        row = self.model.row_of(customer_id) if customer_id is not None else None
        if row is not None:
            self.select_row(row)
        self._selection_changed()

    def _selection_changed(self) -> None:
        current = self.current_row()
        for action in (self.card_action, self.contact_action):
            action.setEnabled(current is not None)
        for action, button in self.buttons.items():
            button.setEnabled(action.isEnabled())
        self.show_details(current.id if current is not None else None)

    def show_details(self, customer_id: int | None) -> None:
        """The customer's summary under the list (read in a worker; an answer for a customer left is dropped)."""
        self._details_asked += 1
        asked = self._details_asked
        self.details_id = customer_id
        if customer_id is None:
            self.details.clear()
            return
        from app.services.customers.card import customer_card

        today = self.today()

        def done(card: CustomerCard) -> None:
            if asked == self._details_asked:
                self.details.setHtml(self.details_html(card))

        def failed(exc: BaseException) -> None:
            if asked == self._details_asked:
                self.details.setPlainText(error_text(exc))

        self.ctx.read(lambda s: customer_card(s, customer_id, today=today), on_done=done, on_error=failed)

    def details_html(self, c: CustomerCard) -> str:
        f = c.figures
        head = f"<b>{escape(c.name)}</b>"
        if c.company:
            head += " · " + escape(c.company)
        if c.tags:
            head += " · " + escape(cm.tags_text(c.tags))
        if c.anonymised_at:
            head += " · <i>" + escape(self.tr("anonymised")) + "</i>"
        who = " · ".join(escape(x) for x in (c.email or "", c.phone or "", c.nip and f"NIP {c.nip}" or "") if x)
        last = f.last_order_at.astimezone(self.ctx.tz).date().isoformat() if f.last_order_at else "—"
        figures = escape(self.tr("Orders: {0}, value {1}, last {2} · returns {3}, complaints {4} · open follow-ups: "
                                 "{5}").format(f.orders, format_money(f.value), last, f.returns, f.complaints,
                                               f.open_follow_ups))
        parts = [head, who, figures]
        if c.addresses:
            parts.append(escape(c.addresses[0].one_line))
        if c.notes:
            parts.append("<i>" + escape(c.notes).replace("\n", "<br>") + "</i>")
        return "<br>".join(p for p in parts if p)

    # --- user actions --------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_enter(self) -> None:
        if self._debounce.isActive():
            self.apply_query()
        if self.model.rowCount():
            self.select_row(0)
            self.table.setFocus()

    def show_message(self, text: str) -> None:
        self.status_bar.showMessage(text, 10000)

    def open_current(self) -> QWidget | None:
        current = self.current_row()
        return self.open_card(current.id) if current is not None else None

    def open_card(self, customer_id: int) -> QWidget:
        """The customer's card; one per customer (opened again, it comes to the front)."""
        window = self.windows.get(customer_id)
        if window is None:
            from app.ui.customers.card_window import CustomerCardWindow

            window = CustomerCardWindow(self.ctx, customer_id, self)
            self.windows[customer_id] = window
            window.finished.connect(lambda _r, i=customer_id: self.windows.pop(i, None))
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _open(self, module_name: str, class_name: str, *args, **kwargs) -> QWidget | None:
        """A dialog of another part of issue 17, imported when opened (not there yet: said in the status bar)."""
        import importlib

        try:
            make = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError):
            self.show_message(self.tr("This is not available in this build."))
            return None
        dialog = make(self.ctx, self, *args, **kwargs)
        if isinstance(dialog, QWidget):
            self.dialog = dialog
            if not dialog.isVisible():
                dialog.open() if hasattr(dialog, "open") else dialog.show()
        return dialog

    def log_contact(self) -> QWidget | None:
        customer_id = self.current_customer_id()
        if customer_id is None:
            return None
        return self._open("app.ui.customers.contact_dialog", "open_contact_dialog", customer_id=customer_id)

    def find_duplicates(self) -> QWidget | None:
        return self._open("app.ui.customers.merge_dialog", "MergeDialog")

    def show_follow_ups(self) -> QWidget | None:
        return self._open("app.ui.customers.follow_ups", "FollowUpsView")

    def edit_templates(self) -> QWidget | None:
        return self._open("app.ui.customers.templates_dialog", "TemplatesDialog")

    def import_contacts(self) -> QWidget | None:
        return self._open("app.ui.customers.contact_import_dialog", "ContactImportDialog")

    def retention(self) -> QWidget | None:
        return self._open("app.ui.customers.privacy_dialogs", "RetentionDialog")

    def export(self, target: Path | None = None) -> None:
        """Every customer and their lifetime figures as XLSX (`zaplecze export customers` does the same);
        `target`: what a test answers instead of the file dialog."""
        from app.services.customers.export import export_customers

        if target is None:
            folder = remembered.load(Settings.CUSTOMERS_FOLDER) or str(Path.home())
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the customers list"),
                str(Path(folder) / self.tr("customers-{0}.xlsx").format(self.today().isoformat())),
                self.tr("Excel workbooks (*.xlsx)"))
            if not name:
                return
            target = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
            remembered.save(Settings.CUSTOMERS_FOLDER, str(target.parent))
        path = target
        self.ctx.read(lambda session, _progress: export_customers(session, path),
                      progress_label=self.tr("Writing the customers list..."), parent=self,
                      on_done=lambda rows: self.show_message(
                          self.tr("{0} customers are saved as {1}.").format(rows, path)),
                      on_error=lambda exc: QMessageBox.warning(self, self.tr("Export"), error_text(exc)))
