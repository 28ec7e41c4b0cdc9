"""The settings window's Today page: unpaid days, working days promised, an invoice for every order and each active
carrier's cut-off (a QTimeEdit), typed and saved with the window's one Save; the Today tab then counts with them."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTime

from app.services.reports.settings import read_report_settings
from app.services.shipping.carriers import CARRIERS, CarrierSettingData, save_carrier_settings


def open_dialog(ctx, qtbot):
    from app.ui.settings.dialog import PrinterSettingsDialog

    dialog = PrinterSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_today_page_saves_with_the_window(ctx, session, qtbot):
    save_carrier_settings(session, [CarrierSettingData(code, code in ("dpd", "inpost_locker")) for code in CARRIERS])
    dialog = open_dialog(ctx, qtbot)
    page = dialog.today_page
    assert page.loaded and page.unpaid_days.value() == 3 and page.promise_days.value() == 1
    assert sorted(page.cutoffs) == ["dpd", "inpost_locker"]
    assert page.cutoffs["dpd"].time() == QTime(15, 0)
    dialog.pages.setCurrentWidget(page)
    page.unpaid_days.setValue(5)
    page.invoice_all.setChecked(True)
    page.cutoffs["dpd"].setTime(QTime(13, 45))
    dialog.accept()
    saved = read_report_settings(session)
    assert (saved.unpaid_days, saved.promise_working_days, saved.invoice_all) == (5, 1, True)
    assert {c.carrier: c.cutoff for c in saved.cutoffs} == {"inpost_locker": "15:00", "dpd": "13:45"}


def test_an_untouched_page_writes_nothing(ctx, session, qtbot):
    from app.models.report import ReportSettings

    dialog = open_dialog(ctx, qtbot)
    assert not dialog.today_page.changed()
    dialog.accept()
    with session.begin():
        assert session.get(ReportSettings, 1) is None  # the defaults stay defaults


def test_the_page_in_polish(ctx, session, qtbot, polish, tmp_path):
    save_carrier_settings(session, [CarrierSettingData(code, code in ("dpd", "inpost_locker", "gls"))
                                    for code in CARRIERS])
    dialog = open_dialog(ctx, qtbot)
    dialog.pages.setCurrentWidget(dialog.today_page)
    assert dialog.pages.tabText(dialog.pages.currentIndex()) == "Dzisiaj"
    assert dialog.today_page.promise_days.isVisible()
    qtbot.wait(50)
    folder = Path(os.environ.get("ZAPLECZE_SHOTS", tmp_path))
    dialog.grab().save(str(folder / "pl-settings-today.png"))
