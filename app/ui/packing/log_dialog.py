"""The pack log: per packer and shop day, orders packed, the median time per order, units, wrong scans caught and
orders packed with the owner's PIN, over a date range (the last 30 days at first), with the range's totals; and
its export to XLSX (both sheets of app.services.packing.log_export).

The figures are read in the background (ctx.read) whenever the range changes, and an answer for an older range is
dropped; the packer filter works on what was read (its totals were read per packer too), so it answers at once.
The station opens it (a button, Ctrl+L); it fits a 1366 x 768 screen.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.shop_time import shop_today
from app.services.packing.log import PackerDay, pack_log
from app.services.packing.log_export import (
    PackTotals,
    default_file_name,
    default_range,
    export_pack_log,
    pack_totals,
)
from app.ui.kit import settings as remembered
from app.ui.kit.context import AppContext
from app.ui.kit.errors import show_error
from app.ui.kit.tables import SimpleTableModel, make_table
from app.ui.kit.windows import fit_window
from app.ui.kit.words import ui_lang

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.progress import Progress

ALL = ""  # the packer filter's "everyone"


def duration(seconds: float) -> str:
    """m:ss ('1:05'); an hour or more as h:mm:ss."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PackLogDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.days: list[PackerDay] = []
        self.totals: dict[str | None, PackTotals] = {}
        self.exported: Path | None = None
        self._asked = 0  # the newest range asked for
        self.setWindowTitle(self.tr("Pack log"))
        start, end = default_range(shop_today(str(ctx.tz)))
        self.date_from, self.date_to = QDateEdit(_qdate(start), self), QDateEdit(_qdate(end), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.load())
        self.packer = QComboBox(self)
        self.packer.addItem(self.tr("All packers"), ALL)
        self.packer.currentIndexChanged.connect(lambda _i: self.show_rows())
        self.model = SimpleTableModel(
            [self.tr("Day"), self.tr("Packer"), self.tr("Orders packed"), self.tr("Median time per order"),
             self.tr("Units"), self.tr("Wrong scans caught"), self.tr("Packed with PIN")], self,
            numeric=(2, 3, 4, 5, 6))
        self.table = make_table(self.model, self, (130, 120, 110, 150, 70, 140), one_line_rows=True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold; padding: 4px 0;")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export to XLSX…"), self)
        self.export_button.setToolTip(self.tr("Both sheets: per packer and day, and every packed order (Ctrl+E)"))
        self.export_button.clicked.connect(lambda: self.export())
        self.export_button.setEnabled(False)  # until the figures are in
        QShortcut(QKeySequence("Ctrl+E"), self, activated=lambda: self.export())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        for label, widget in ((self.tr("From"), self.date_from), (self.tr("To"), self.date_to),
                              (self.tr("Packer"), self.packer)):
            top.addWidget(QLabel(label, self))
            top.addWidget(widget)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)
        fit_window(self, Settings.PACK_LOG_GEOMETRY, 1180, 620)  # the Polish titles are long
        self.load()

    def dates(self) -> tuple[date, date]:
        return _date(self.date_from.date()), _date(self.date_to.date())

    def selected_packer(self) -> str | None:
        return self.packer.currentData() or None

    # --- reading --------------------------------------------------------------------------------------------
    def load(self) -> None:
        self._asked += 1
        asked = self._asked
        start, end = self.dates()
        self.export_button.setEnabled(False)
        if start > end:
            self.days, self.totals = [], {}
            self.show_rows()
            self.summary.setText(self.tr("The start date is after the end date."))
            return
        tz = str(self.ctx.tz)

        def read(session: Session) -> tuple[list[PackerDay], dict[str | None, PackTotals]]:
            return pack_log(session, start, end, tz), pack_totals(session, start, end, tz)

        self.ctx.read(read, on_done=lambda found: self._loaded(found, asked),
                      on_error=lambda exc: show_error(self, exc))

    def _loaded(self, found: tuple[list[PackerDay], dict[str | None, PackTotals]], asked: int) -> None:
        if asked != self._asked:
            return  # the range changed since: its own answer is on the way
        self.days, self.totals = found
        current = self.packer.currentData()
        self.packer.blockSignals(True)
        self.packer.clear()
        self.packer.addItem(self.tr("All packers"), ALL)
        for name in sorted({d.who for d in self.days}, key=str.casefold):
            self.packer.addItem(name, name)
        self.packer.setCurrentIndex(max(self.packer.findData(current), 0))
        self.packer.blockSignals(False)
        self.show_rows()

    def visible_days(self) -> list[PackerDay]:
        who = self.selected_packer()
        return [d for d in self.days if who is None or d.who == who]

    def show_rows(self) -> None:
        days = self.visible_days()
        locale = QLocale()
        self.model.set_rows([
            (f"{d.day.isoformat()} {locale.dayName(d.day.isoweekday(), QLocale.FormatType.ShortFormat)}", d.who,
             str(d.orders), duration(d.median_seconds), str(d.units), str(d.wrong_scans), str(d.overridden))
            for d in days], [(d.day, d.who) for d in days])
        totals = self.totals.get(self.selected_packer())
        if totals is None:
            self.summary.setText(self.tr("Nothing was packed on these days."))
        else:
            self.summary.setText(self.tr(
                "Total: orders packed {0} · median time per order {1} · units {2} · wrong scans caught {3} · "
                "packed with PIN {4}").format(totals.orders, duration(totals.median_seconds), totals.units,
                                              totals.wrong_scans, totals.overridden))
        self.export_button.setEnabled(self.dates()[0] <= self.dates()[1])

    # --- export ---------------------------------------------------------------------------------------------
    def export(self, path: str | Path | None = None) -> None:
        """Both sheets of the range and packer shown, in the user's language; asks where unless given a path (the
        folder is remembered)."""
        if not self.export_button.isEnabled():
            return
        start, end = self.dates()
        who, lang, tz = self.selected_packer(), ui_lang(), str(self.ctx.tz)
        if path is None:
            folder = remembered.load(Settings.PACK_LOG_FOLDER) or str(Path.home())
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the pack log"),
                                                  str(Path(folder) / default_file_name(start, end, lang)),
                                                  self.tr("Excel (*.xlsx)"))
            if not path:
                return
            remembered.save(Settings.PACK_LOG_FOLDER, str(Path(path).parent))
        out = Path(path)
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")

        def work(session: Session, progress: Progress) -> int:
            return export_pack_log(session, out, start, end, progress, who=who, lang=lang, tz=tz)

        self.export_button.setEnabled(False)
        self.message.setText("")
        self.ctx.read(work, progress_label=self.tr("Exporting the pack log…"), parent=self,
                      on_done=lambda _rows: self._exported(out), on_error=self._not_exported)

    def _exported(self, out: Path) -> None:
        self.exported = out
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("Exported to {0}").format(out))

    def _not_exported(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        show_error(self, exc)
