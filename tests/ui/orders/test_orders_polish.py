"""A Polish user reads the orders' and the import's service messages in Polish, on the real widgets:
error dialogs of the order window and the orders list, the order history, the import preview's errors, notes,
skips and warnings, and the mapping dialog's message line. Every msg() template of the orders and import
code has a Polish translation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from test_import_dialog import bad_price_file

from app.services.orders import lifecycle
from app.services.orders.editing import change_status, get_order
from app.ui.importing.dialog import ImportDialog, open_import_dialog
from app.ui.orders.dialog import OrderDialog
from app.ui.orders.tab import OrdersTab
from tests.support.orders import make_shop

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data" / "import"




@pytest.fixture
def shop(session, add_product, order_input):
    return make_shop(session, add_product, order_input)


def table_rows(dialog: ImportDialog) -> list[tuple[str, ...]]:
    m = dialog.model
    return [tuple(m.index(r, c).data() for c in range(m.columnCount())) for r in range(m.rowCount())]






def test_order_window_error_and_history_in_polish(qtbot, ctx, shop, polish):
    new = OrderDialog(ctx, None)
    qtbot.addWidget(new)
    new.show()
    qtbot.mouseClick(new.save_button, Qt.MouseButton.LeftButton)        # no buyer's name
    assert new.last_box.isVisible()
    assert new.last_box.text() == "Zamówienie wymaga imienia i nazwiska kupującego."
    new.last_box.close()

    d = OrderDialog(ctx, shop["anna"])
    qtbot.addWidget(d)
    d.show()
    assert d.history.topLevelItem(0).text(3) == "Wprowadzone ręcznie"
    d._run_status(lifecycle.ON_HOLD)                                     # what the status menu runs
    with ctx.db.session() as s:
        assert get_order(s, shop["anna"]).status == lifecycle.ON_HOLD
    d.show_detail(get_order(ctx.db.session(), shop["anna"]))
    assert d.history.topLevelItem(0).text(3) == "Zmienione w oknie zamówienia"


def test_orders_list_refused_batch_change_in_polish(qtbot, ctx, shop, polish):
    tab = OrdersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    with ctx.db.session() as s:
        change_status(s, [shop["anna"]], lifecycle.CANCELLED, "biuro")
    tab.table.clearSelection()
    sel = tab.table.selectionModel()
    for oid in (shop["ewa"], shop["katarzyna"]):
        sel.select(tab.model.index(tab.model.row_of(oid), 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    tab.actions_.change_status(lifecycle.READY)                          # both have problems: none moves
    lines = tab.actions_.last_box.text().splitlines()
    assert lines[0] == ("Nie zmieniono żadnego zamówienia: 2 z 2 zaznaczonych zamówień nie może przejść do stanu "
                        "„Gotowe do pakowania”.")
    assert any(line.startswith("Zamówienie Z000003 nie jest gotowe do pakowania: ") for line in lines)
    assert "not ready" not in tab.actions_.last_box.text()
    tab.actions_.last_box.close()


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
