"""The pack log window on the demo shop: the last 30 days per packer and day, the packer filter with its totals, the
range, the export to XLSX read back, Polish, and a 1366 x 768 screen."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from app.config import Settings
from app.services.demo.shop import fill_demo
from app.ui.kit import settings as remembered
from app.ui.kit.windows import available
from app.ui.packing.log_dialog import PackLogDialog, duration


@pytest.fixture
def demo(db):
    fill_demo(db, orders=300)  # now: its pack log runs up to today
    return db


@pytest.fixture
def dialog(qtbot, ctx, demo):
    d = PackLogDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _column(d: PackLogDialog, col: int) -> list[str]:
    return [d.model.rows[r][col] for r in range(d.model.rowCount())]


def test_opens_on_the_last_30_days_per_packer_and_day(dialog) -> None:
    start, end = dialog.dates()
    assert (end - start).days == 29
    assert dialog.model.rowCount() >= 10
    assert set(_column(dialog, 1)) == {"Ania", "Tomek", "Magda"}
    assert [dialog.packer.itemText(i) for i in range(dialog.packer.count())] == ["All packers", "Ania", "Magda",
                                                                                 "Tomek"]
    orders = sum(int(n) for n in _column(dialog, 2))
    assert dialog.summary.text().startswith(f"Total: orders packed {orders} · median time per order ")
    assert all(":" in t for t in _column(dialog, 3))  # m:ss
    assert dialog.export_button.isEnabled()


def test_packer_filter_and_totals(dialog) -> None:
    everyone = dialog.summary.text()
    dialog.packer.setCurrentIndex(dialog.packer.findData("Ania"))
    assert set(_column(dialog, 1)) == {"Ania"}
    total = dialog.totals["Ania"]
    assert total.orders == sum(int(n) for n in _column(dialog, 2))
    assert dialog.summary.text() != everyone and f"median time per order {duration(total.median_seconds)}" in \
        dialog.summary.text()


def test_the_range_reads_again_and_a_reversed_one_says_so(dialog) -> None:
    _start, end = dialog.dates()
    dialog.date_from.setDate(dialog.date_to.date())  # today only
    assert all(row[0].startswith(end.isoformat()) for row in dialog.model.rows)
    dialog.date_from.setDate(dialog.date_to.date().addDays(1))
    assert dialog.model.rowCount() == 0 and not dialog.export_button.isEnabled()
    assert dialog.summary.text() == "The start date is after the end date."
    dialog.date_from.setDate(dialog.date_to.date().addDays(-400))
    dialog.date_to.setDate(dialog.date_to.date().addDays(-200))
    assert dialog.model.rowCount() == 0 and dialog.summary.text() == "Nothing was packed on these days."


def test_export_writes_what_is_shown(dialog, tmp_path) -> None:
    dialog.packer.setCurrentIndex(dialog.packer.findData("Tomek"))
    out = tmp_path / "log.xlsx"
    dialog.export(out)
    assert dialog.exported == out and str(out) in dialog.message.text()
    days, orders = openpyxl.load_workbook(out).worksheets
    rows = [[c.value for c in row] for row in days.iter_rows(min_row=2)]
    assert len(rows) == dialog.model.rowCount() and {r[1] for r in rows} == {"Tomek"}
    assert [str(r[2]) for r in rows] == _column(dialog, 2)
    assert [duration(r[3].total_seconds()) for r in rows] == _column(dialog, 3)
    assert orders.max_row - 1 == dialog.totals["Tomek"].orders


def test_export_asks_where_and_remembers_the_folder(dialog, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "raporty"
    folder.mkdir()
    offered: list[str] = []

    def ask(parent, title, suggested, filters):
        offered.append(suggested)
        return str(folder / "dziennik"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    dialog.export()
    assert (folder / "dziennik.xlsx").exists()  # .xlsx added
    assert remembered.load(Settings.PACK_LOG_FOLDER) == str(folder)
    dialog.export()
    start, end = dialog.dates()
    assert offered[1] == str(folder / f"pack-log-{start.isoformat()}-{end.isoformat()}.xlsx")


def test_fits_a_1366_x_768_screen(dialog) -> None:
    room = available(dialog)
    assert room.contains(dialog.frameGeometry())
    for button in (dialog.export_button,):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner)


def test_in_polish(qtbot, ctx, demo, polish, tmp_path) -> None:
    d = PackLogDialog(ctx)
    qtbot.addWidget(d)
    assert d.windowTitle() == "Dziennik pakowania" and d.packer.itemText(0) == "Wszyscy pakujący"
    assert d.model.headers[3] == "Mediana czasu na zamówienie"
    assert d.summary.text().startswith("Razem: spakowane zamówienia ")
    out = Path(tmp_path / "dziennik.xlsx")
    d.export(out)
    assert openpyxl.load_workbook(out).worksheets[0].title == "Pakujący wg dni"


def test_duration() -> None:
    assert [duration(s) for s in (0, 5, 65, 599.6, 3725)] == ["0:00", "0:05", "1:05", "10:00", "1:02:05"]
    assert duration(timedelta(minutes=2).total_seconds()) == "2:00"
