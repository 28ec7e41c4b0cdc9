"""The products and stock area in Polish: the Stock tab's columns, and the services' messages (errors, warnings,
movement notes) reaching the user in Polish through the real widgets."""

from __future__ import annotations

import openpyxl
import pytest
import test_stock_tab as stock_tab_tests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.ui.stock import model as sm

shop = stock_tab_tests.shop  # the same four products as the English tests


@pytest.fixture
def tab(qtbot, ctx, shop, polish):
    return stock_tab_tests.open_stock_tab(qtbot, ctx)


@pytest.fixture
def warnings(monkeypatch):
    """The texts of the error dialogs (app.ui.kit.errors.show_error -> QMessageBox.warning), without showing them."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def test_stock_tab_column_headers_and_tooltips_are_polish(tab):
    header = tab.table.horizontalHeader()
    texts = [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(sm.COLUMN_COUNT)]
    assert texts == ["SKU", "EAN", "Nazwa", "Lokalizacja", "Stan", "Zarezerwowane", "Dostępne", "Stan minimalny",
                     "Zapas (dni)"]
    tip = tab.model.headerData(sm.COVER, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Dostępny stan podzielony")
    row = [tab.model.index(r, sm.SKU).data() for r in range(tab.model.rowCount())].index("HERB-AS")
    assert tab.model.index(row, sm.NAME).data(Qt.ItemDataRole.ToolTipRole).startswith("Brak towaru")


def test_product_card_shows_ean_problems_errors_and_movement_notes_in_polish(qtbot, tab, shop, warnings):
    card = tab.open_product(shop["honey"])
    assert card.movements_model.rows[-1][7] == "Stan początkowy"  # the opening stock's note, stored in English
    card.ean.clear()
    qtbot.keyClicks(card.ean, "5901234123458")
    assert card.ean_problem.text() == ("EAN/GTIN „5901234123458” ma błędną cyfrę kontrolną "
                                       "(któraś cyfra jest źle wpisana lub jej brakuje)")
    card.save()
    assert warnings == [("EAN/GTIN „5901234123458” ma błędną cyfrę kontrolną "
                         "(któraś cyfra jest źle wpisana lub jej brakuje).")]
    card.ean.setText("5901234123457")  # the mug's
    card.save()
    assert warnings[-1] == "EAN 5901234123457 należy już do produktu KUB-BIA."
    card.reject()

    new = tab.new_product()
    new.sku.setText("KUB-BIA")
    new.name.setText("Drugi kubek")
    new.price.setText("10")
    new.save()
    assert warnings[-1] == "SKU KUB-BIA jest już używane przez inny produkt."
    new.reject()


def test_adjust_and_write_off_refusals_in_polish(qtbot, tab, shop, warnings):
    card = tab.open_product(shop["honey"])
    write_off = card.open_adjust("write_off")
    write_off.quantity.setValue(2)
    write_off.accept()  # no reason given
    assert warnings[-1] == ("Podaj, dlaczego towar jest spisywany ze stanu "
                            "(uszkodzony, zgubiony, przeterminowany…).")
    assert write_off.posted is None
    write_off.reject()
    adjust = card.open_adjust("adjust")
    adjust.quantity.setValue(0)
    adjust.reason.setCurrentText("Pomyłka przy liczeniu")
    adjust.accept()
    assert warnings[-1] == "Korekta wynosi zero; nie ma czego zapisać."
    adjust.quantity.setValue(-12)
    adjust.accept()
    assert adjust.posted is not None  # 12 on hand: all of them may go
    adjust.close()


def test_receipt_link_of_a_taken_ean_is_refused_in_polish(qtbot, tab, shop, warnings):
    dialog = tab.open_receipt()
    qtbot.keyClicks(dialog.scan, "4006381333931")  # an unknown, valid EAN
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert dialog.unknown.isVisible()
    qtbot.keyClicks(dialog.link_sku, "KUB-BIA")  # already has its own EAN
    qtbot.keyClick(dialog.link_sku, Qt.Key.Key_Return)
    assert warnings[-1] == ("Produkt KUB-BIA ma już EAN 5901234123457; jeśli 4006381333931 naprawdę go zastępuje, "
                            "zmień go na karcie produktu.")
    dialog._confirmed_discard = True
    dialog.reject()


def test_stocktake_refusal_and_warnings_in_polish(qtbot, tab, shop, warnings, tmp_path):
    dialog = tab.open_stocktake()
    dialog.confirm = False
    sheet_path = tmp_path / "count.xlsx"
    dialog.export_sheet(sheet_path)
    book = openpyxl.load_workbook(sheet_path)
    sheet = book.active
    rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(rows["KUB-BIA"], 6, "osiem")
    book.save(sheet_path)
    dialog.import_sheet(sheet_path)
    assert dialog.preview is None
    assert warnings[-1].splitlines() == ["count.xlsx: odrzucony, błędów: 1; nic nie zaimportowano",
                                         "  wiersz 2, kolumna „Counted”: „osiem” nie jest liczbą całkowitą"]

    sheet.cell(rows["KUB-BIA"], 5, 25)  # the stock moved since the sheet was exported
    sheet.cell(rows["KUB-BIA"], 6, 18)
    book.save(sheet_path)
    dialog.import_sheet(sheet_path)
    assert dialog.preview is not None
    assert dialog.warnings.text() == ("wiersz 2, kolumna „Expected”: stan produktu KUB-BIA zmienił się od eksportu "
                                      "arkusza (wtedy 25, teraz 20); różnica jest liczona względem obecnego stanu")
    dialog.apply()
    assert dialog.posted is not None
    card = tab.open_product(shop["mug"])
    assert card.movements_model.rows[0][7] == "Policzono 18, było 20"


def test_products_file_without_known_columns_is_refused_in_polish(tab, warnings, tmp_path):
    path = tmp_path / "inne.csv"
    path.write_text("Kolor;Rozmiar\nczerwony;M\n", encoding="utf-8")
    tab.import_products(path, confirm=False)
    assert warnings[-1].splitlines()[0] == "inne.csv: odrzucony, błędów: 1; nic nie zaimportowano"
    assert warnings[-1].splitlines()[1].startswith("  wiersz 1: to nie jest eksport produktów z Shopify i nie "
                                                   "rozpoznano kolumny dla: ")




