"""File > Import orders… on the real widgets: preview, import with the change signal, mapping a new file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import func, select

from app.models import Order
from app.services.importing.orders import list_mappings
from app.ui.importing.dialog import ImportDialog, import_action, open_import_dialog
from app.ui.kit.bus import bus

DATA = Path(__file__).resolve().parents[2] / "data" / "import"


def table_rows(dialog: ImportDialog) -> list[tuple[str, ...]]:
    m = dialog.model
    return [tuple(m.index(r, c).data() for c in range(m.columnCount())) for r in range(m.rowCount())]


def order_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Order))


@pytest.fixture
def products(add_product):
    add_product("KUB-001", "Kubek", "39.99")
    add_product("KOSZ-M", "Koszulka", "129.00")


def test_shopify_file_preview_then_import(qtbot, ctx, db, products):
    dialog = open_import_dialog(ctx, None, str(DATA / "shopify_orders.csv"))
    qtbot.addWidget(dialog)
    assert "Shopify orders export" in dialog.detected.text()
    assert not dialog.mapping_widget.isEnabled()
    assert "new 8" in dialog.summary.text() and "skipped 1" in dialog.summary.text()
    rows = table_rows(dialog)
    assert ("Skipped", "8", "", "1006", "a test order (Bogus Gateway or tagged 'test')") in rows
    assert any(r[0] == "Warning" and r[1] == "12" and "PODK-404" in r[4] for r in rows)
    assert order_count(db) == 0
    dialog.grab().save("/tmp/import_preview.png")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(bus().changed, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].bulk and len(blocker.args[0].orders) == 8
    assert order_count(db) == 8
    assert "Imported." in dialog.summary.text() and "new 8" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.close_button.text() == "Done"

    again = open_import_dialog(ctx, None, str(DATA / "shopify_orders.csv"))
    qtbot.addWidget(again)
    assert "unchanged 8" in again.summary.text() and "nothing new" in again.summary.text()
    assert "was imported on" in again.summary.text()
    assert not again.import_button.isEnabled()


def bad_price_file(tmp_path: Path) -> Path:
    """The Shopify sample with a price typed with a letter O on its file row 4."""
    text = (DATA / "shopify_orders.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines(True)))
    rows[3][rows[0].index("Lineitem price")] = "59,9O"
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return bad


def test_refused_file_lists_row_and_column_and_cannot_be_imported(qtbot, ctx, db, tmp_path):
    bad = bad_price_file(tmp_path)
    dialog = open_import_dialog(ctx, None, str(bad))
    qtbot.addWidget(dialog)
    assert "refused" in dialog.summary.text()
    assert table_rows(dialog)[0] == ("Error", "4", "Lineitem price", "", "'59,9O' is not a number")
    assert not dialog.import_button.isEnabled()
    assert order_count(db) == 0


def test_other_file_is_mapped_once_in_the_dialog_then_imported(qtbot, ctx, db, tmp_path):
    dialog = open_import_dialog(ctx, None, str(DATA / "mapped_orders.csv"))
    qtbot.addWidget(dialog)
    assert "need a mapping (CP1250, ';')" in dialog.detected.text()
    assert dialog.mapping_widget.isEnabled() and not dialog.import_button.isEnabled()
    assert "Map the columns" in dialog.summary.text()

    mapping = dialog.edit_mapping()
    qtbot.addWidget(mapping)
    combos: dict[str, QComboBox] = mapping.combos
    assert combos["order_number"].currentData() == "Nr zamówienia"  # guessed from the Polish header
    assert combos["unit_price"].currentData() == "Cena brutto"
    assert "Zofia Mazur" in mapping.sample_labels["customer_name"].text()
    combos["quantity"].setCurrentIndex(0)  # "(not in the file)"
    assert mapping.sample_labels["quantity"].text() == ""
    mapping.save_button.click()
    assert "Give the mapping a name." in mapping.message.text() and "'Quantity'" in mapping.message.text()
    assert list_mappings(db.session()) == []
    combos["quantity"].setCurrentIndex(combos["quantity"].findData("Ilość"))
    assert mapping.sample_labels["quantity"].text() == "2 · 1 · 1"
    qtbot.keyClicks(mapping.name, "Sklep PL")
    mapping.save_as_file(str(tmp_path / "m.json"))
    assert '"Sklep PL"' in (tmp_path / "m.json").read_text(encoding="utf-8")
    mapping.save_button.click()
    assert [m.name for m in list_mappings(db.session())] == ["Sklep PL"]
    assert dialog.mapping_combo.currentText() == "Sklep PL"
    assert "new 2" in dialog.summary.text()
    dialog.import_button.click()
    assert order_count(db) == 2

    # The next file from the same shop: the saved mapping is chosen by itself.
    later = open_import_dialog(ctx, None, str(DATA / "mapped_orders.csv"))
    qtbot.addWidget(later)
    assert later.mapping_combo.currentText() == "Sklep PL"
    assert "unchanged 2" in later.summary.text()


def test_import_preview_history_and_refused_file_in_polish(qtbot, ctx, db, add_product, tmp_path, polish):
    add_product("KUB-001", "Kubek", "39.99")
    add_product("KOSZ-M", "Koszulka", "129.00")
    dialog = open_import_dialog(ctx, None, str(DATA / "shopify_orders.csv"))
    qtbot.addWidget(dialog)
    rows = table_rows(dialog)
    assert ("Pominięte", "8", "", "1006", "zamówienie testowe (Bogus Gateway lub tag „test”)") in rows
    assert any(r[4] == "Pominięte zamówienia testowe: 1" for r in rows)
    unknown = [r[4] for r in rows if "PODK-404" in r[4]]
    assert unknown and unknown[0].startswith("SKU PODK-404 nie ma w katalogu (pozycje: 1): zachowane bez produktu")
    assert not [r for r in rows if "Shopify" in r[4] and " in Shopify" in r[4]]  # no English left in the notes
    dialog.import_button.click()
    with db.session() as s:
        from sqlalchemy import select

        from app.models import Order

        oid = s.scalar(select(Order.id).where(Order.external_number == "1001"))
    from app.ui.orders.dialog import OrderDialog

    d = OrderDialog(ctx, oid)
    qtbot.addWidget(d)
    assert d.history.topLevelItem(d.history.topLevelItemCount() - 1).text(3) == \
        "Zaimportowane z shopify_orders.csv (shopify #1001)"

    refused = open_import_dialog(ctx, None, str(bad_price_file(tmp_path)))
    qtbot.addWidget(refused)
    assert table_rows(refused)[0] == ("Błąd", "4", "Lineitem price", "", "„59,9O” nie jest liczbą")

    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    dialog.set_file(str(empty))
    assert "plik jest pusty" in dialog.summary.text() or "plik jest pusty" in dialog.detected.text()


def test_mapping_dialog_shows_the_service_error_in_polish(qtbot, ctx, db, polish):
    dialog = open_import_dialog(ctx, None, str(DATA / "mapped_orders.csv"))
    qtbot.addWidget(dialog)
    mapping = dialog.edit_mapping()
    qtbot.addWidget(mapping)
    combos: dict[str, QComboBox] = mapping.combos
    assert combos["quantity"].currentData()                              # a complete mapping, guessed
    qtbot.keyClicks(mapping.name, "x" * 90)                              # too long for the service
    mapping.save_button.click()
    assert mapping.message.text() == "Nazwa mapowania jest za długa (najwyżej 80 znaków)."


def test_import_action_has_ctrl_i(qtbot, ctx):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    action = import_action(ctx, parent)
    assert action.shortcut().toString() == "Ctrl+I"
    assert "Import orders" in action.text()


def big_export(tmp_path: Path, orders: int = 3000) -> Path:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", DATA / "make_fixtures.py")
    fx = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fx)
    rows = []
    for n in range(orders):
        rows += fx.order(f"#{5000 + n}", f"k{n}@example.pl", "2026-11-05 09:00:00 +0100",
                         [("1", "Kubek", "39.99", "KUB-001"), ("2", "Koszulka", "129.00", "KOSZ-M")])
    path = tmp_path / "big.csv"
    fx.write_csv(rows, path)
    return path


def test_import_on_a_worker_thread(qtbot, threaded_ctx, db, products):
    dialog = open_import_dialog(threaded_ctx, None, str(DATA / "shopify_orders.csv"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "new 8" in dialog.summary.text(), timeout=10000)
    with qtbot.waitSignal(bus().changed, timeout=10000):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: "Imported." in dialog.summary.text(), timeout=5000)
    assert order_count(db) == 8


def test_cancel_during_import_changes_nothing(qtbot, threaded_ctx, db, products, tmp_path):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    dialog = open_import_dialog(threaded_ctx, None, str(big_export(tmp_path)))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "new 3000" in dialog.summary.text(), timeout=20000)
    dialog.import_button.click()
    [progress] = [p for p in dialog.findChildren(QProgressDialog) if p.labelText().startswith("Importing")]
    progress.findChild(QPushButton).click()  # its Cancel button
    qtbot.waitUntil(lambda: "Cancelled; nothing was changed." in dialog.summary.text(), timeout=20000)
    assert order_count(db) == 0
    assert dialog.import_button.isEnabled()  # the preview still stands; the user may try again


def test_from_the_menu_the_file_is_asked_for_at_once(qtbot, ctx, db, products, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    answers = iter([("", ""), (str(DATA / "shopify_orders.csv"), "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: next(answers))
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_choice()  # the user closes the file dialog: no empty import dialog is left open
    assert not dialog.isVisible()
    dialog.show()
    dialog.first_choice()
    assert dialog.isVisible() and "new 8" in dialog.summary.text()


def test_size_and_column_widths_are_remembered(qtbot, ctx):
    first = ImportDialog(ctx)
    qtbot.addWidget(first)
    first.resize(640, 480)  # within the offscreen screen (800 wide), which clamps restored geometry
    first.table.setColumnWidth(4, 333)
    first.table.setColumnWidth(2, 177)
    first.reject()
    second = ImportDialog(ctx)
    qtbot.addWidget(second)
    assert second.table.columnWidth(2) == 177
    assert (second.size().width(), second.size().height()) == (640, 480)


def _assert_on_screen(widget):
    from PySide6.QtWidgets import QApplication

    room = QApplication.primaryScreen().availableGeometry()
    assert widget.isVisible(), widget
    assert room.contains(widget.mapToGlobal(widget.rect().topLeft()))
    assert room.contains(widget.mapToGlobal(widget.rect().bottomRight())), (widget, room)


def test_import_and_mapping_dialogs_fit_the_laptop_screen_and_remember_their_size(qtbot, ctx, polish):
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    room = QApplication.primaryScreen().availableGeometry()
    assert (room.width(), room.height()) == (1366, 768)
    dialog = open_import_dialog(ctx, None, str(DATA / "mapped_orders.csv"))  # deleted when closed
    qtbot.waitExposed(dialog)
    for button in (dialog.import_button, dialog.close_button):
        _assert_on_screen(button)
    mapping = dialog.edit_mapping()
    qtbot.waitExposed(mapping)
    assert mapping.frameGeometry().height() <= room.height()
    for button in mapping.findChildren(QDialogButtonBox)[0].buttons():
        _assert_on_screen(button)
    mapping.grab().save("/tmp/mapping_dialog_pl.png")
    dialog.grab().save("/tmp/import_dialog_pl.png")
    mapping.resize(700, 500)
    mapping.reject()
    dialog.resize(850, 520)
    dialog.reject()
    again = open_import_dialog(ctx, None, str(DATA / "mapped_orders.csv"))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (850, 520)
    second = again.edit_mapping()
    assert (second.width(), second.height()) == (700, 500)
    second.reject()


def test_the_preview_counts_add_up_in_polish_with_plural_forms(qtbot, ctx, db, products, polish):
    dialog = open_import_dialog(ctx, None, str(DATA / "shopify_orders.csv"))
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    # 9 orders in the file: 8 new and a test order skipped
    assert text.startswith("9 zamówień z ") and " w " in text, text
    assert "<b>nowe: 8</b>, <b>do aktualizacji: 0</b>, bez zmian: 0, pominięte: 1." in text
    rows = table_rows(dialog)
    assert any("anulowane" in r[4].lower() for r in rows if r[0] == "Informacja")  # the cancelled order is new here
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text().startswith("<b>Zaimportowano.</b> 9 zamówień")
    again = open_import_dialog(ctx, None, str(DATA / "shopify_orders.csv"))
    qtbot.addWidget(again)
    assert "bez zmian: 8, pominięte: 1." in again.summary.text()
    assert not any("anulowane" in r[4].lower() for r in table_rows(again))  # nothing is imported as cancelled now
