"""The main window: one tab per area of the shop's day, remembered geometry, menus."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget

from app import __version__
from app.ui.bus import bus
from app.ui.context import AppContext

# (module, class) of each tab, in the order shown. A tab class takes (ctx, parent) and has a title().
TABS = (
    ("app.ui.orders_tab", "OrdersTab"),
    ("app.ui.stock_tab", "StockTab"),
    ("app.ui.printing_tab", "PrintingTab"),
)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Zaplecze"))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tab_widgets: dict[str, object] = {}
        for module_name, class_name in TABS:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name != module_name:
                    raise
                continue
            tab = getattr(module, class_name)(ctx, self)
            self.tabs.addTab(tab, tab.title())
            self.tab_widgets[class_name] = tab
        self._build_menus()
        self.statusBar().showMessage(self.tr("Database: {0}").format(ctx.db.path or ctx.db.url), 5000)
        self.resize(1280, 800)
        self._restore()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        orders = self.tab_widgets.get("OrdersTab")
        if orders is not None and hasattr(orders, "file_actions"):
            for action in orders.file_actions():
                file_menu.addAction(action)
            file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Zaplecze"), self)
        about.triggered.connect(lambda: QMessageBox.about(
            self, self.tr("About Zaplecze"),
            self.tr("Zaplecze {0}\nThe back room of a small web shop.").format(__version__)))
        help_menu.addAction(about)

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        index = settings.value("main/tab", 0, type=int)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/tab", self.tabs.currentIndex())
        for tab in self.tab_widgets.values():
            if hasattr(tab, "save_state"):
                tab.save_state(settings)
        super().closeEvent(event)

    @staticmethod
    def changes_bus():  # noqa: ANN205
        return bus()
