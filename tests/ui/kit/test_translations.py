"""The Polish translation is complete, compiled, and what a Polish user sees."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.config import resource_path

ROOT = Path(__file__).resolve().parents[3]


def test_every_ui_string_has_a_polish_translation():
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]


@pytest.mark.parametrize("name", ["zaplecze_pl", "qt_extra_pl"])
def test_compiled_qm_matches_the_ts(name):
    ts = resource_path("translations", f"{name}.ts")
    qm = resource_path("translations", f"{name}.qm")
    fresh = Path(tempfile.mkdtemp()) / "fresh.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), "run: uv run python tools/translations.py"


def test_main_window_in_polish(qtbot, qapp, ctx):
    from app.ui.kit.i18n import install_translations
    from app.ui.main_window import MainWindow

    try:
        assert install_translations(qapp, "pl") == "pl"
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles[:3] == ["Dzisiaj", "Zamówienia", "Magazyn"]
        assert window.menuBar().actions()[0].text().replace("&", "") == "Plik"
    finally:
        install_translations(qapp, "en")


def test_polish_column_titles_are_not_cut(qtbot, qapp, ctx):
    """The widths were chosen for English titles; a Polish title ('Zarezerwowane') must still show whole."""
    from PySide6.QtWidgets import QTableView

    from app.ui.kit.i18n import install_translations
    from app.ui.main_window import MainWindow

    try:
        assert install_translations(qapp, "pl") == "pl"
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        cut = []
        for name in ("OrdersTab", "StockTab", "PrintingTab"):
            for view in window.tab(name).findChildren(QTableView):
                header = view.horizontalHeader()
                for col in range(header.count() - 1):  # the last one stretches
                    if view.columnWidth(col) < header.sectionSizeHint(col):
                        cut.append((name, view.model().headerData(col, header.orientation())))
        assert not cut, cut
        stock = window.tab("StockTab")
        titles = [stock.model.headerData(c, header.orientation()) for c in range(stock.model.columnCount())]
        assert "Zarezerwowane" in titles
    finally:
        install_translations(qapp, "en")


def test_qts_own_dialogs_are_polish_too(qtbot, qapp):
    """Qt's file dialog and standard buttons come with qtbase_pl, which PySide6 ships (and the bundle carries)."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    from app.ui.kit.i18n import install_translations

    try:
        assert install_translations(qapp, "pl") == "pl"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        assert sorted(b.text().replace("&", "") for b in buttons.buttons()) == ["Anuluj", "Zachowaj"]
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert "&Szukaj w:" in texts and "Pliki &rodzaju:" in texts and "Nazwa &pliku:" in texts, texts
    finally:
        install_translations(qapp, "en")
