"""Stocktake round trip: export the count sheet, import the counted sheet, preview the differences, apply them.

Writing the count sheet and reading the counted one run in the background with a progress dialog (a whole shop's
sheet is tens of thousands of rows); Apply waits for the preview of the sheet it records, and for its own answer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.services.stock.ledger import Posted
from app.services.stock.stocktake import StocktakePreview, apply_stocktake, export_count_sheet, preview_stocktake
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.context import AppContext
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import show_error
from app.ui.kit.tables import SimpleTableModel, make_table
from app.ui.kit.windows import fit_window
from app.ui.kit.words import plural, ui_lang
from app.ui.stock.sizing import fit_columns


class StocktakeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sheet: Path | None = None
        self.preview: StocktakePreview | None = None
        self.posted: Posted | None = None
        self.exported: int | None = None
        self._reading = 0  # the newest counted sheet opened; an older one's preview is dropped
        self.confirm = True  # tests switch the confirmation off
        self.setWindowTitle(self.tr("Stocktake"))
        self.location = QLineEdit(self)
        self.location.setPlaceholderText(self.tr("Only locations starting with… (empty: the whole shop)"))
        self.export_button = QPushButton(self.tr("1. Export count sheet…"), self)
        self.import_button = QPushButton(self.tr("2. Import counted sheet…"), self)
        self.apply_button = QPushButton(self.tr("3. Apply differences"), self)
        self.export_button.clicked.connect(lambda: self.export_sheet())
        self.import_button.clicked.connect(lambda: self.import_sheet())
        self.apply_button.clicked.connect(self.apply)
        self.apply_button.setEnabled(False)
        self.status = QLabel(self.tr("Export a count sheet, fill in its Counted column (leave a row empty if you did "
                                     "not count it), then import it here."), self)
        self.status.setWordWrap(True)
        self.model = SimpleTableModel(
            [self.tr("Row"), self.tr("SKU"), self.tr("Name"), self.tr("Location"), self.tr("On hand"),
             self.tr("Counted"), self.tr("Difference")], self, numeric=(0, 4, 5, 6),
            brush=lambda r: QBrush(QColor("#f8d0cd" if self.model.payloads[r] < 0 else "#e4f3e0")))
        self.table = make_table(self.model, self)
        fit_columns(self.table, 2, elide_middle=(1,), designed={0: 50, 1: 140, 3: 90, 4: 80, 5: 80, 6: 80})
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        top = QHBoxLayout()
        top.addWidget(self.location, 1)
        top.addWidget(self.export_button)
        steps = QHBoxLayout()
        steps.addWidget(self.import_button)
        steps.addWidget(self.apply_button)
        steps.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        steps.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(steps)
        fit_window(self, Settings.STOCKTAKE_GEOMETRY, 960, 620)

    def _ask(self, save: bool) -> str:
        start = remembered.load(Settings.STOCKTAKE_FOLDER) or str(Path.home())
        if save:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the count sheet"),
                                                  str(Path(start) / self.tr("count-sheet.xlsx")), self.tr("Excel (*.xlsx)"))
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open the counted sheet"), start,
                                                  self.tr("Count sheets (*.xlsx *.csv)"))
        if path:
            remembered.save(Settings.STOCKTAKE_FOLDER, str(Path(path).parent))
        return path

    def export_sheet(self, path: str | Path | None = None) -> None:
        """Write the count sheet off the UI thread (tens of thousands of rows take a few seconds)."""
        path = path or self._ask(save=True)
        if not path:
            return
        prefix = self.location.text().strip()
        self.export_button.setEnabled(False)
        lang = ui_lang()  # the sheet's headers in the user's language ("Policzone"); both are read back
        self.ctx.read(lambda s, progress: export_count_sheet(s, path, location_prefix=prefix, lang=lang),
                      progress_label=self.tr("Writing the count sheet…"), parent=self,
                      on_done=lambda count: self._exported(count, path), on_error=self._not_exported)

    def _not_exported(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        show_error(self, exc)

    def _exported(self, count: int, path: str | Path) -> None:
        self.export_button.setEnabled(True)
        self.exported = count
        self.status.setText(plural(self.tr("Count sheet with %n product(s) saved to {0}.", "", count), count)
                            .format(path))

    def import_sheet(self, path: str | Path | None = None) -> None:
        """Read the counted sheet in the background; its preview lands in `preview` (None: refused)."""
        path = path or self._ask(save=False)
        if not path:
            return
        self.preview, self.sheet = None, None  # Apply records only the sheet whose preview is shown
        self.apply_button.setEnabled(False)
        self._reading += 1
        reading = self._reading
        self.ctx.read(lambda s, progress: preview_stocktake(s, path),
                      on_done=lambda preview: self._previewed(path, preview, reading),
                      on_error=lambda exc: self._refused(exc, reading),
                      progress_label=self.tr("Reading the counted sheet…"), parent=self)

    def _refused(self, exc: BaseException, reading: int) -> None:
        """A refused file is shown as it is."""
        if reading != self._reading:  # another sheet was opened meanwhile
            return
        self.model.set_rows([])
        show_error(self, exc)

    def _previewed(self, path: str | Path, preview: StocktakePreview, reading: int) -> None:
        if reading != self._reading:
            return
        self.sheet, self.preview = Path(path), preview
        diffs = preview.differences
        self.model.set_rows([(str(d.row), d.sku, d.name, d.location, str(d.on_hand), str(d.counted),
                              f"{d.difference:+d}") for d in diffs], [d.difference for d in diffs])
        self.status.setText(
            plural(self.tr("%n product(s) counted", "", preview.counted), preview.counted) + ", "
            + plural(self.tr("%n row(s) not counted (left as they are)", "", preview.not_counted),
                     preview.not_counted) + "; "
            + plural(self.tr("%n difference(s).", "", len(diffs)), len(diffs)))
        self.warnings.setText("\n".join(domain_text(w) for w in preview.warnings))
        self.apply_button.setEnabled(bool(diffs))

    def apply(self) -> None:
        if self.sheet is None or self.preview is None:
            return
        if self.confirm and QMessageBox.question(
                self, self.windowTitle(), plural(self.tr("Record %n stocktake difference(s) as one document?", "",
                                                         len(self.preview.differences)), len(self.preview.differences))
        ) != QMessageBox.StandardButton.Yes:
            return
        sheet, who = self.sheet, self.ctx.who
        self.apply_button.setEnabled(False)
        self.ctx.run(lambda s: apply_stocktake(s, sheet, who), on_done=self._applied, on_error=self._not_applied)

    def _not_applied(self, exc: BaseException) -> None:
        self.apply_button.setEnabled(self.preview is not None and bool(self.preview.differences))
        show_error(self, exc)

    def _applied(self, posted: Posted | None) -> None:
        self.posted = posted
        self.apply_button.setEnabled(False)
        if posted is not None:
            bus().changed.emit(posted.changes)
            self.status.setText(self.tr("Recorded as {0}.").format(posted.number))
        else:
            self.status.setText(self.tr("Every count matched; nothing to record."))
