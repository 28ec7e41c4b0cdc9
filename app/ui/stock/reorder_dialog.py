"""Reorder suggestions: what to order, from whom, and how much; XLSX order sheets per supplier.

The suggestions are read in the background (ctx.read) and the sheets written there too (ctx.tasks.run: files, no
database); Export waits for the suggestions, and an answer for an older choice is dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.services.stock.reorder import ReorderRow, reorder_suggestions, write_order_sheets
from app.ui.kit import settings as remembered
from app.ui.kit.context import AppContext
from app.ui.kit.errors import show_error
from app.ui.kit.tables import SimpleTableModel, make_table
from app.ui.kit.windows import fit_window
from app.ui.kit.words import number
from app.ui.stock.model import cover_text
from app.ui.stock.sizing import fit_columns


class ReorderDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ReorderRow] = []
        self.written: list[Path] = []
        self._asked = 0  # the newest suggestions asked for
        self.setWindowTitle(self.tr("Reorder suggestions"))
        self.supplier = QComboBox(self)
        self.supplier.currentIndexChanged.connect(lambda _i: self.show_rows())
        self.everything = QCheckBox(self.tr("Show every active product"), self)
        self.everything.toggled.connect(lambda _c: self.load())
        # The key columns first: what to order of which product; the figures behind it after.
        self.model = SimpleTableModel(
            [self.tr("SKU"), self.tr("Name"), self.tr("Suggested"), self.tr("Available"), self.tr("Days of cover"),
             self.tr("Per day"), self.tr("Sold 30 d"), self.tr("Sold 90 d"), self.tr("Reorder point"),
             self.tr("Lead time"), self.tr("Supplier")], self, numeric=(2, 3, 4, 5, 6, 7, 8, 9))
        self.table = make_table(self.model, self)
        self._sized = False  # columns fit the first rows shown; after that they are the user's
        self.table.setSortingEnabled(False)
        self.info = QLabel(self.tr("Velocity: the faster of the last 30 and 90 days of shipped orders. Suggested: "
                                   "enough to reach the reorder point plus the sales of the lead time, at least the "
                                   "reorder quantity."), self)
        self.info.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export order sheets…"), self)
        self.export_button.clicked.connect(lambda: self.export_sheets())
        self.export_button.setEnabled(False)  # until the suggestions are in
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Supplier"), self))
        top.addWidget(self.supplier, 1)
        top.addWidget(self.everything)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        fit_window(self, Settings.REORDER_GEOMETRY, 1180, 640)
        self.load()

    def load(self) -> None:
        self._asked += 1
        asked, everything = self._asked, self.everything.isChecked()
        self.export_button.setEnabled(False)
        self.ctx.read(lambda s: reorder_suggestions(s, everything=everything),
                      on_done=lambda rows: self._loaded(rows, asked), on_error=lambda exc: show_error(self, exc))

    def _loaded(self, rows: list[ReorderRow], asked: int) -> None:
        if asked != self._asked:
            return
        self.rows = rows
        current = self.supplier.currentData()
        self.supplier.blockSignals(True)
        self.supplier.clear()
        self.supplier.addItem(self.tr("All suppliers"), None)
        for name in sorted({r.supplier for r in self.rows}):
            self.supplier.addItem(name or self.tr("(no supplier)"), name)
        index = self.supplier.findData(current)
        self.supplier.setCurrentIndex(max(index, 0))
        self.supplier.blockSignals(False)
        self.show_rows()

    def visible_rows(self) -> list[ReorderRow]:
        supplier = self.supplier.currentData()
        return [r for r in self.rows if supplier is None or r.supplier == supplier]

    def show_rows(self) -> None:
        rows = self.visible_rows()
        self.model.set_rows([
            (r.sku, r.name, str(r.suggested) if r.suggested else "", str(r.available), cover_text(r.days_of_cover),
             number(r.per_day, 1), str(r.sold_30), str(r.sold_90), str(r.reorder_point), str(r.lead_time_days),
             r.supplier) for r in rows], [r.product_id for r in rows])
        if not self._sized:
            fit_columns(self.table, 1, elide_middle=(0,), widest=220, designed={0: 120})
            self._sized = bool(rows)
        self.export_button.setEnabled(any(r.suggested for r in rows))

    def export_sheets(self, folder: str | Path | None = None) -> None:
        """Write one order sheet per supplier of the suggestions shown (asks for a folder unless given one); the
        files land in `written` and are named under the table."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the order sheets"),
                                                      remembered.load(Settings.REORDER_FOLDER) or str(Path.home()))
            if not folder:
                return
            remembered.save(Settings.REORDER_FOLDER, folder)
        rows = self.visible_rows()
        self.export_button.setEnabled(False)
        self.ctx.tasks.run(lambda: write_order_sheets(rows, folder), write=False, on_done=self._written,
                           on_error=self._not_written)

    def _written(self, written: list[Path]) -> None:
        self.written = written
        self.show_rows()
        self.info.setText(self.tr("Written: {0}").format(", ".join(p.name for p in self.written)))

    def _not_written(self, exc: BaseException) -> None:
        self.show_rows()
        show_error(self, exc)
