"""The main window: one tab per area of the shop's day, remembered geometry, menus.

MainWindow(ctx) is built with an open database. MainWindow(None) is the quick start (app.ui.app.start_window):
the window with its menus, tabs and the Orders tab's search box shows before the database layer (SQLAlchemy) is
even imported, and attach(ctx) brings the data in when it is open; `ready` says so.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from app import __version__
from app.config import Settings
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.windows import fit_to_screen

if TYPE_CHECKING:
    from app.services.reports.links import ListFilter
    from app.ui.kit.context import AppContext

# (module, class, title) of each tab, in the order shown. A tab class takes (ctx, parent).
# Only the Today tab (the morning's first look), the Orders tab (the File menu is its actions) and the tab open when
# the app last closed are built at start; the others are imported and built when first opened, which keeps start-up
# short. The tabs built at start without a database (Tab(None, parent)) are given one later with attach(ctx): the
# quick start. A module not in this build (yet) is left out.
TABS = (
    ("app.ui.today.tab", "TodayTab", QT_TRANSLATE_NOOP("MainWindow", "Today")),
    ("app.ui.orders.tab", "OrdersTab", QT_TRANSLATE_NOOP("MainWindow", "Orders")),
    ("app.ui.stock.tab", "StockTab", QT_TRANSLATE_NOOP("MainWindow", "Stock")),
    ("app.ui.printing.tab", "PrintingTab", QT_TRANSLATE_NOOP("MainWindow", "Printing")),
    ("app.ui.packing.tab", "PackingTab", QT_TRANSLATE_NOOP("MainWindow", "Packing")),
    ("app.ui.invoicing.tab", "InvoicesTab", QT_TRANSLATE_NOOP("MainWindow", "Invoices")),
    ("app.ui.complaints.tab", "ComplaintsTab", QT_TRANSLATE_NOOP("MainWindow", "Complaints")),
    ("app.ui.customers.tab", "CustomersTab", QT_TRANSLATE_NOOP("MainWindow", "Customers")),
    ("app.ui.reports.tab", "ReportsTab", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
)
DAILY_BACKUP_AFTER_MS = 10_000  # the daily backup waits until the first reads and clicks are done
FIRST_DATA_WAIT_MS = 3000  # the other tabs read after the tab on screen has its data, or after this at the latest
ALWAYS_BUILT = ("TodayTab", "OrdersTab")  # built at start, with or without a database (see TABS)
# The tab class a figure's ListFilter.tab names (app.services.reports.links), for open_list.
LIST_TABS = {"orders": "OrdersTab", "stock": "StockTab", "complaints": "ComplaintsTab", "customers": "CustomersTab",
             "invoicing": "InvoicesTab", "shipping": "PrintingTab"}


def _tab_title(source: str) -> str:
    return QCoreApplication.translate("MainWindow", source)


class _LazyTab(QWidget):
    """Stands in for a tab until it is first opened (or, at the quick start, until the database is open)."""

    def __init__(self, module_name: str, class_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.module_name, self.class_name = module_name, class_name
        self.note = QLabel(self)
        quiet = self.note.palette()
        quiet.setColor(QPalette.ColorRole.WindowText, quiet.color(QPalette.ColorRole.PlaceholderText))
        self.note.setPalette(quiet)
        font = self.note.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)  # as the Orders tab's note
        self.note.setFont(font)
        QVBoxLayout(self).addWidget(self.note, 0, Qt.AlignmentFlag.AlignCenter)


class MainWindow(QMainWindow):
    ready = Signal()  # attach(ctx) is done: the database is open, the Orders tab shows its list, Today its figures
    painted = Signal()  # the first time the window was painted: the user sees it (the quick start waits for this)
    closed = Signal()  # the window was closed (its state saved): a demo shop is thrown away with it

    def __init__(self, ctx: AppContext | None) -> None:
        super().__init__()
        self.ctx = ctx
        self._painted = False
        self.setWindowTitle(self.tr("Zaplecze"))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tab_widgets: dict[str, QWidget] = {}
        start_index = remembered.load(Settings.MAIN_TAB)
        for index, (module_name, class_name, title) in enumerate(TABS):
            if importlib.util.find_spec(module_name) is None:
                continue
            if index == 0 or class_name in ALWAYS_BUILT or (index == start_index and ctx is not None):
                self.tabs.addTab(self._build_tab(module_name, class_name), _tab_title(title))
            else:
                self.tabs.addTab(_LazyTab(module_name, class_name, self), _tab_title(title))
        self.tabs.currentChanged.connect(self._ensure_built)
        self.tabs.currentChanged.connect(self._status_of_current_tab)
        self._build_menus()
        self._waiting_tabs: list[QWidget] = []  # built without a database, they read after the tab on screen
        self._backup_planned = False
        if ctx is not None:
            self._say_database()
            self._start_watches()
        else:
            self.set_placeholder(self.tr("Opening the shop…"))
        fit_to_screen(self, 1280, 800)
        self.locked_to: QWidget | None = None
        self._restore()
        self._status_of_current_tab(self.tabs.currentIndex())  # the Orders count only while the Orders tab shows
        current = self.tabs.currentWidget()
        if ctx is None and hasattr(current, "search"):
            current.search.setFocus()  # typing can start at once; the search runs when the list is there
        if ctx is not None:
            self._restore_station_mode()

    def attach(self, ctx: AppContext) -> None:
        """The database is open: the tab on screen gets it (or is built) first, `ready` fires when its first data is
        in, and only then do the other tabs built without a database and the status bar's watches read theirs.

        On two cores every read started at once slows the one the user looks at (the reads share the GIL): with
        the Today tab first, the hidden Orders list and the watches' counts come after Today's figures.
        """
        self.ctx = ctx
        self._say_database()
        self._restore_station_mode()
        current = self.tabs.currentWidget()
        self._waiting_tabs = [tab for tab in self.tab_widgets.values()
                              if tab is not current and getattr(tab, "ctx", ctx) is None]
        loaded = getattr(getattr(current, "model", None), "loaded", None) or getattr(current, "loaded", None)
        if current in self.tab_widgets.values() and getattr(current, "ctx", ctx) is None and loaded is not None:
            def first_data(*_args) -> None:
                loaded.disconnect(first_data)
                self._first_data_in()

            loaded.connect(first_data)
            current.attach(ctx)
            QTimer.singleShot(FIRST_DATA_WAIT_MS, self, self._attach_the_rest)  # a read that never comes back
        else:
            if getattr(current, "ctx", ctx) is None:
                current.attach(ctx)
            self._ensure_built(self.tabs.currentIndex())
            self._first_data_in()

    def _first_data_in(self) -> None:
        self.ready.emit()
        QTimer.singleShot(0, self, self._attach_the_rest)

    def _attach_the_rest(self) -> None:
        """The tabs built without a database that are not on screen read now, and the status bar's watches start."""
        waiting, self._waiting_tabs = self._waiting_tabs, []
        for tab in waiting:
            if getattr(tab, "ctx", self.ctx) is None:
                tab.attach(self.ctx)
        self._start_watches()
        if not self._backup_planned:
            self._backup_planned = True
            QTimer.singleShot(DAILY_BACKUP_AFTER_MS, self, self.daily_backup)

    def daily_backup(self) -> None:
        """DESIGN: an automatic, verified backup every day, into backups/ beside the shop file (app.dbfile
        .daily_backup keeps the newest 14), in the background; the status bar says where, or why it failed.
        A shop on PostgreSQL is backed up by its server."""
        path = self.ctx.db.path if self.ctx is not None else None
        if path is None:
            return
        from app import dbfile

        def made(backup) -> None:
            if backup is not None:
                self.statusBar().showMessage(self.tr("Daily backup made: {0}").format(backup), 8000)

        def failed(exc: BaseException) -> None:
            import logging

            from app.ui.kit.errors import error_text

            logging.getLogger("zaplecze.ui").error("daily backup failed", exc_info=(type(exc), exc, exc.__traceback__))
            self.statusBar().showMessage(self.tr("The daily backup could not be made: {0}").format(error_text(exc)))

        self.ctx.tasks.run(lambda: dbfile.daily_backup(path), on_done=made, on_error=failed, write=False)

    def set_placeholder(self, text: str) -> None:
        """What the window says while the shop opens (opening, upgrading the database, making a demo shop)."""
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, _LazyTab):
                widget.note.setText(text)
            elif hasattr(widget, "set_placeholder") and getattr(widget, "ctx", None) is None:
                widget.set_placeholder(text)

    def _say_database(self) -> None:
        self.statusBar().showMessage(self.tr("Database: {0}").format(self.ctx.db.path or self.ctx.db.url), 5000)

    def _start_watches(self) -> None:
        """The status bar's counts on every tab: the KSeF queue, complaints due, follow-ups due."""
        if getattr(self, "ksef_watch", None) is None:  # the KSeF queue's count on every tab, and auto-send
            from app.ui.invoicing.ksef_watch import KsefWatch

            self.ksef_watch = KsefWatch(self.ctx, self.statusBar())
        if getattr(self, "complaints_watch", None) is None:  # open and overdue complaints: tab title, status bar
            from app.ui.complaints.watch import ComplaintsWatch

            self.complaints_watch = ComplaintsWatch(self.ctx, self)
        if getattr(self, "customers_watch", None) is None:  # follow-ups due: tab title, status bar
            from app.ui.customers.watch import CustomersWatch

            self.customers_watch = CustomersWatch(self.ctx, self)

    def _build_tab(self, module_name: str, class_name: str) -> QWidget:
        tab = getattr(importlib.import_module(module_name), class_name)(self.ctx, self)
        self.tab_widgets[class_name] = tab
        return tab

    def _ensure_built(self, index: int) -> None:
        placeholder = self.tabs.widget(index)
        if placeholder in self._waiting_tabs:  # opened before its turn to read: all of them read now
            self._attach_the_rest()
        if not isinstance(placeholder, _LazyTab) or self.ctx is None:
            return
        tab = self._build_tab(placeholder.module_name, placeholder.class_name)
        title = self.tabs.tabText(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()

    def open_list(self, flt: ListFilter) -> QWidget | None:
        """A figure's list (the Today view, the reports): the tab its filter names, built if not yet, showing the
        filter when the tab takes one (apply_list_filter). The follow-ups open in their own window."""
        name = LIST_TABS.get(flt.tab)
        if name is None or not any(c == name for _m, c, _t in TABS) or self.ctx is None:
            self.statusBar().showMessage(self.tr("That list is not available in this build."), 5000)
            return None
        tab = self.tab(name)
        if flt.tab == "customers" and flt.view == "follow_ups" and hasattr(tab, "show_follow_ups"):
            window = tab.show_follow_ups()
            if window is not None and hasattr(window, "apply_list_filter"):
                window.apply_list_filter(flt)
            return window
        self.tabs.setCurrentWidget(tab)
        if hasattr(tab, "apply_list_filter"):
            tab.apply_list_filter(flt)
        return tab

    def tab(self, class_name: str) -> QWidget:
        """The tab of that class, built now if it was not yet opened."""
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, _LazyTab) and widget.class_name == class_name:
                self._ensure_built(index)
        return self.tab_widgets[class_name]

    def _status_of_current_tab(self, index: int) -> None:
        """Each tab says its own: a message of the tab left goes, and a tab's permanent widgets in the status bar
        (the Orders tab's count, its `count_label`) show only while that tab is open."""
        self.statusBar().clearMessage()
        current = self.tabs.widget(index)
        for tab in self.tab_widgets.values():
            label = getattr(tab, "count_label", None)
            if label is not None:
                label.setVisible(tab is current)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        orders = self.tab_widgets.get("OrdersTab")
        if orders is not None and hasattr(orders, "file_actions"):
            for action in orders.file_actions():
                file_menu.addAction(action)
            file_menu.addSeparator()
        contact = QAction(self.tr("Log a &contact…"), self)
        contact.setShortcut(QKeySequence("Ctrl+K"))
        contact.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        contact.triggered.connect(lambda: self.log_contact())
        file_menu.addAction(contact)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        for index in range(self.tabs.count()):  # Ctrl+1 ... Ctrl+9: a tab by its place
            go = QAction(self.tabs.tabText(index), self)
            if index < 9:
                go.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            go.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            view.addAction(go)
        view.addSeparator()
        for text, keys, step in ((self.tr("Next tab"), ("Ctrl+Tab", "Ctrl+PgDown"), 1),
                                 (self.tr("Previous tab"), ("Ctrl+Shift+Tab", "Ctrl+PgUp"), -1)):
            move = QAction(text, self)
            move.setShortcuts([QKeySequence(k) for k in keys])
            move.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # from the tables too, which take Tab
            move.triggered.connect(lambda _=False, d=step: self.tabs.setCurrentIndex(
                (self.tabs.currentIndex() + d) % self.tabs.count()))
            view.addAction(move)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Zaplecze"), self)
        about.triggered.connect(lambda: QMessageBox.about(
            self, self.tr("About Zaplecze"),
            self.tr("Zaplecze {0}\nThe back room of a small web shop.").format(__version__)))
        help_menu.addAction(about)

    def contact_target(self) -> dict[str, int]:
        """What the tab on screen has selected, for a contact logged with Ctrl+K: the order (Orders, Invoices), the
        case (Complaints) or the customer (Customers); nothing when none or several are selected."""
        tab = self.tabs.currentWidget()
        name = type(tab).__name__
        if name == "CustomersTab":
            customer_id = tab.current_customer_id()
            return {"customer_id": customer_id} if customer_id is not None else {}
        if name == "ComplaintsTab":
            row = tab.current_row()
            return {"complaint_id": row.id} if row is not None else {}
        if name == "OrdersTab":
            ids = tab.selected_ids()
            return {"order_id": ids[0]} if len(ids) == 1 else {}
        if name == "InvoicesTab":
            order_id = getattr(tab.current_row(), "order_id", None)
            return {"order_id": order_id} if order_id is not None else {}
        return {}

    def log_contact(self):
        """Ctrl+K anywhere: the contact dialog, with what the tab on screen has selected."""
        if self.ctx is None:
            return None
        try:
            from app.ui.customers.contact_dialog import open_contact_dialog
        except ImportError:
            self.statusBar().showMessage(self.tr("The contact log is not available in this build."), 5000)
            return None
        return open_contact_dialog(self.ctx, self, **self.contact_target())

    def _restore(self) -> None:
        if remembered.restore(Settings.MAIN_GEOMETRY, self.restoreGeometry):
            fit_to_screen(self)  # remembered on a bigger screen: still within this one
        remembered.restore(Settings.MAIN_STATE, self.restoreState)
        index = remembered.load(Settings.MAIN_TAB)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            self._ensure_built(index)

    def _restore_station_mode(self) -> None:
        """A station closed in station mode opens in it again (it is a packing station, not the owner's desk)."""
        if remembered.load(Settings.PACKING_STATION_MODE) and self.locked_to is None:
            packing = self.tab("PackingTab") if any(m == "app.ui.packing.tab" for m, _c, _t in TABS) else None
            if packing is not None and hasattr(packing, "set_station_mode"):
                packing.set_station_mode(True)

    def lock_to(self, tab: QWidget | None) -> None:
        """Station mode: only `tab` shows, no other tab and no menu (their shortcuts off too); None unlocks."""
        self.locked_to = tab
        locked = tab is not None
        if locked:
            self.tabs.setCurrentWidget(tab)
        self.tabs.tabBar().setVisible(not locked)
        self.menuBar().setVisible(not locked)
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            for action in (menu.actions() if menu is not None else []):
                action.setEnabled(not locked)
        self.setWindowTitle(self.tr("Zaplecze — packing station") if locked else self.tr("Zaplecze"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked_to is not None and hasattr(self.locked_to, "leave_station_mode"):
            event.ignore()  # a locked station closes with the owner's PIN only
            self.locked_to.leave_station_mode(then=self.close)
            return
        remembered.save(Settings.MAIN_GEOMETRY, self.saveGeometry())
        remembered.save(Settings.MAIN_STATE, self.saveState())
        remembered.save(Settings.MAIN_TAB, self.tabs.currentIndex())
        for tab in self.tab_widgets.values():
            if hasattr(tab, "save_state"):
                tab.save_state()
        super().closeEvent(event)
        self.closed.emit()

    @staticmethod
    def changes_bus():
        return bus()
