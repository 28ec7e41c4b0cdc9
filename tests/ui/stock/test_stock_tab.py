"""The Stock tab and its dialogs on the real widgets: scanning, receipts, the product card, stocktake, reorder."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.models import StockDocument
from app.services.catalogue.products import get_product
from app.services.shopfile.check import check_database
from app.services.stock.history import movements
from app.ui.stock import model as sm
from app.ui.stock.product_card import ProductDialog
from app.ui.stock.tab import StockTab


def skus(tab: StockTab) -> list[str]:
    return [tab.model.index(r, sm.SKU).data() for r in range(tab.model.rowCount())]


def test_search_as_you_type_and_by_scanning_an_ean(qtbot, tab, shop):
    assert tab.count_label.text() == "4 products"
    qtbot.keyClicks(tab.search, "kubek")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=3000)
    assert skus(tab) == ["KUB-BIA", "KUB-GRA"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "5901234123457")  # what a scanner types, then Enter
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert skus(tab) == ["KUB-BIA"]
    card = tab.dialogs[-1]
    assert isinstance(card, ProductDialog) and card.isVisible() and card.product_id == shop["mug"]
    assert "on hand 20" in card.summary.text()
    card.reject()
    tab.search.clear()
    qtbot.keyClicks(tab.search, "5901234123458")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 0 and "5901234123458" in tab.message.text()


def test_low_and_out_of_stock_highlighted_and_filterable(qtbot, tab):
    levels = {tab.model.index(r, sm.SKU).data(): tab.model.index(r, sm.SKU).data(sm.LEVEL_ROLE)
              for r in range(tab.model.rowCount())}
    assert levels == {"HERB-AS": "out", "KUB-BIA": "ok", "KUB-GRA": "low", "MIOD-400": "ok"}
    row = skus(tab).index("HERB-AS")
    assert tab.model.index(row, sm.NAME).data(Qt.ItemDataRole.BackgroundRole) == sm.OUT_BRUSH
    texts = {tab.filters.item(i).data(Qt.ItemDataRole.UserRole): tab.filters.item(i).text()
             for i in range(tab.filters.count())}
    assert texts["low"] == "Low stock (2)" and texts["out"] == "Out of stock (1)"
    tab.filters.setCurrentRow(1)
    assert skus(tab) == ["HERB-AS", "KUB-GRA"]
    tab.filters.setCurrentRow(2)
    assert skus(tab) == ["HERB-AS"]


def test_receipt_by_scanner_adds_up_links_an_unknown_ean_and_posts_one_pz(qtbot, tab, shop, ctx, db):
    dialog = tab.open_receipt()
    qtbot.keyClicks(dialog.supplier, "Ceramika Boleslawiec")  # keyClicks types Latin-1 only
    qtbot.keyClicks(dialog.document, "FV 123/11/2026")
    for code in ("5901234123457", "5901234123457", "kub-gra", "5901234123457"):
        qtbot.keyClicks(dialog.scan, code)
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert [(ln.sku, ln.quantity) for ln in dialog.model.lines] == [("KUB-BIA", 3), ("KUB-GRA", 1)]
    assert "now 3" in dialog.feedback.text()
    assert dialog.isVisible()  # Enter from the scanner never posts the receipt
    # An unknown EAN: link it to the honey by its SKU.
    qtbot.keyClicks(dialog.scan, "4006381333931")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert dialog.unknown.isVisible() and "4006381333931" in dialog.unknown_label.text()
    qtbot.keyClicks(dialog.link_sku, "MIOD-400")
    qtbot.keyClick(dialog.link_sku, Qt.Key.Key_Return)
    assert not dialog.unknown.isVisible()
    assert [(ln.sku, ln.quantity) for ln in dialog.model.lines][-1] == ("MIOD-400", 1)
    # Quantity typed in the table for the cartons of a second scan.
    dialog.model.setData(dialog.model.index(1, 2), "12")
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert dialog.posted is not None and dialog.posted.number.startswith("PZ 1/")
    with db.session() as s:
        assert get_product(s, shop["mug"]).on_hand == 23
        assert get_product(s, shop["mug2"]).on_hand == 15
        honey = get_product(s, shop["honey"])
        assert (honey.on_hand, honey.ean) == (13, "4006381333931")
        doc = s.scalar(select(StockDocument).where(StockDocument.kind == "PZ"))
        assert (doc.supplier, doc.supplier_document) == ("Ceramika Boleslawiec", "FV 123/11/2026")
    assert tab.model.index(skus(tab).index("KUB-BIA"), sm.ON_HAND).data() == "23"  # the list followed the bus
    assert check_database(db) == []


def test_unknown_ean_creates_a_product_from_the_receipt(qtbot, tab, db):
    dialog = tab.open_receipt()
    qtbot.keyClicks(dialog.supplier, "Palarnia")
    qtbot.keyClicks(dialog.scan, "10614141000415")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    card = dialog.create_for_unknown()
    assert card.ean.text() == "10614141000415" and card.supplier.text() == "Palarnia"
    qtbot.keyClicks(card.sku, "KAWA-1KG")
    qtbot.keyClicks(card.name, "Kawa ziarnista 1 kg")
    qtbot.keyClicks(card.price, "109,00")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert [(ln.sku, ln.quantity) for ln in dialog.model.lines] == [("KAWA-1KG", 1)]
    dialog.post()
    with db.session() as s:
        pid = dialog.model.lines[0].product_id
        p = get_product(s, pid)
        assert (p.ean, p.gross_price, p.on_hand, p.supplier) == ("10614141000415", Decimal("109.00"), 1, "Palarnia")


def test_product_card_refuses_a_wrong_ean_and_writes_off_with_a_reason(qtbot, tab, shop, db, monkeypatch):
    card = tab.open_product(shop["honey"])
    card.ean.clear()
    qtbot.keyClicks(card.ean, "5901234123458")
    assert "check digit" in card.ean_problem.text()
    shown: list[str] = []
    monkeypatch.setattr("app.ui.stock.product_card.show_error", lambda parent, exc: shown.append(str(exc)))
    card.save()
    assert shown and "5901234123458" in shown[0] and card.isVisible()
    with db.session() as s:
        assert get_product(s, shop["honey"]).ean is None
    adjust = card.open_adjust("write_off")
    adjust.quantity.setValue(2)
    qtbot.keyClicks(adjust.reason.lineEdit(), "Broken jar")
    adjust.accept()
    assert adjust.posted is not None and adjust.posted.number.startswith("RW 1/")
    assert "on hand 10" in card.summary.text()
    assert tuple(card.movements_model.rows[0][1:3]) == ("Write-off", "-2")
    card.reason_filter.setCurrentIndex(card.reason_filter.findData("write_off"))
    assert [r[2] for r in card.movements_model.rows] == ["-2"]
    with db.session() as s:
        assert [m.note for m in movements(s, shop["honey"], "write_off")] == ["Broken jar"]


def test_stocktake_round_trip_with_a_real_xlsx(qtbot, tab, shop, db, tmp_path):
    dialog = tab.open_stocktake()
    dialog.confirm = False
    sheet_path = tmp_path / "count.xlsx"
    dialog.export_sheet(sheet_path)
    assert dialog.exported == 4 and "4 products" in dialog.status.text()
    book = openpyxl.load_workbook(sheet_path)
    sheet = book.active
    rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(rows["KUB-BIA"], 6, 18)
    sheet.cell(rows["HERB-AS"], 6, 4)
    sheet.cell(rows["MIOD-400"], 6, 12)
    book.save(sheet_path)
    dialog.import_sheet(sheet_path)
    assert dialog.preview is not None and dialog.apply_button.isEnabled()
    assert [(r[1], r[6]) for r in dialog.model.rows] == [("KUB-BIA", "-2"), ("HERB-AS", "+4")]
    assert "1 row not counted" in dialog.status.text()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.posted is not None and "INW 1/" in dialog.status.text()
    with db.session() as s:
        assert get_product(s, shop["mug"]).on_hand == 18 and get_product(s, shop["tea"]).on_hand == 4
        assert get_product(s, shop["mug2"]).on_hand == 3  # not counted, left as it was
    assert tab.model.index(skus(tab).index("HERB-AS"), sm.SKU).data(sm.LEVEL_ROLE) == "ok"  # no longer out
    assert check_database(db) == []


def test_reorder_dialog_writes_an_order_sheet_per_supplier(qtbot, tab, tmp_path):
    dialog = tab.open_reorder()
    assert sorted(r[0] for r in dialog.model.rows) == ["HERB-AS", "KUB-GRA"]
    dialog.export_sheets(tmp_path)
    files = dialog.written
    assert sorted(p.name.split("-")[1] for p in files) == ["Ceramika", "Herbaciarnia"]
    rows = list(openpyxl.load_workbook(next(p for p in files if "Ceramika" in p.name)).active.iter_rows(values_only=True))
    assert rows[1][0] == "KUB-GRA" and rows[1][3] == 2  # reorder point 5 - available 3


def test_reservations_on_the_card_open_their_order(qtbot, tab, shop, session, order_input):
    from app.services.orders.editing import create_order
    from app.services.orders.verification import verify_orders

    oid = create_order(session, order_input(shop["mug"], quantity=4), "t")
    assert verify_orders(session, [oid], "t")[oid] == []
    card = tab.open_product(shop["mug"])
    assert "reserved 4" in card.summary.text() and "available 16" in card.summary.text()
    assert [r[3] for r in card.reservations_model.rows] == ["4"]
    order = card.open_order(0)
    assert order.isVisible() and order.order_id == oid
    order.reject()


def test_import_and_export_from_the_tab(qtbot, tab, tmp_path):
    path = tmp_path / "products_export.csv"
    path.write_text("Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price,Variant Barcode,"
                    "Variant Inventory Qty\r\nswieca,Świeca sojowa,Zapach,Lawenda,SW-LAW,39.00,'4006381333931,6\r\n"
                    "swieca,,,Wanilia,SW-WAN,39.00,,2\r\n", encoding="utf-8-sig")
    tab.import_products(path, confirm=False)
    assert "Imported 2 new" in tab.message.text()
    tab.search.setText("świeca")
    tab.apply_query()
    assert skus(tab) == ["SW-LAW", "SW-WAN"]
    assert tab.model.index(0, sm.EAN).data() == "4006381333931" and tab.model.index(0, sm.ON_HAND).data() == "6"
    out = tmp_path / "stock.xlsx"
    tab.export_stock(out)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 1 + 6 and "6 products exported" in tab.message.text()


def test_stock_tab_column_headers_and_tooltips_are_polish(polish_tab):
    header = polish_tab.table.horizontalHeader()
    texts = [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(sm.COLUMN_COUNT)]
    assert texts == ["SKU", "EAN", "Nazwa", "Lokalizacja", "Stan", "Zarezerwowane", "Dostępne", "Stan minimalny",
                     "Zapas (dni)", "Kategoria"]
    tip = polish_tab.model.headerData(sm.COVER, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Dostępny stan podzielony")
    row = [polish_tab.model.index(r, sm.SKU).data() for r in range(polish_tab.model.rowCount())].index("HERB-AS")
    assert polish_tab.model.index(row, sm.NAME).data(Qt.ItemDataRole.ToolTipRole).startswith("Brak towaru")


def test_receipt_link_of_a_taken_ean_is_refused_in_polish(qtbot, polish_tab, shop, warnings):
    dialog = polish_tab.open_receipt()
    qtbot.keyClicks(dialog.scan, "4006381333931")  # an unknown, valid EAN
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert dialog.unknown.isVisible()
    qtbot.keyClicks(dialog.link_sku, "NIE-MA")
    qtbot.keyClick(dialog.link_sku, Qt.Key.Key_Return)
    assert warnings[-1] == "Brak produktu o SKU NIE-MA."
    dialog.link_sku.clear()
    qtbot.keyClicks(dialog.link_sku, "KUB-BIA")  # already has its own EAN
    qtbot.keyClick(dialog.link_sku, Qt.Key.Key_Return)
    assert warnings[-1] == ("Produkt KUB-BIA ma już EAN 5901234123457; jeśli 4006381333931 naprawdę go zastępuje, "
                            "zmień go na karcie produktu.")
    dialog._confirmed_discard = True
    dialog.reject()


def test_stocktake_refusal_and_warnings_in_polish(qtbot, polish_tab, shop, warnings, tmp_path):
    dialog = polish_tab.open_stocktake()
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
                                         "  wiersz 2, kolumna „Policzone”: „osiem” nie jest liczbą całkowitą"]

    sheet.cell(rows["KUB-BIA"], 5, 25)  # the stock moved since the sheet was exported
    sheet.cell(rows["KUB-BIA"], 6, 18)
    book.save(sheet_path)
    dialog.import_sheet(sheet_path)
    assert dialog.preview is not None
    assert dialog.warnings.text() == ("wiersz 2, kolumna „Oczekiwane”: stan produktu KUB-BIA zmienił się od eksportu "
                                      "arkusza (wtedy 25, teraz 20); różnica jest liczona względem obecnego stanu")
    dialog.apply()
    assert dialog.posted is not None
    card = polish_tab.open_product(shop["mug"])
    assert card.movements_model.rows[0][7] == "Policzono 18, było 20"


def test_products_file_without_known_columns_is_refused_in_polish(polish_tab, warnings, tmp_path):
    path = tmp_path / "inne.csv"
    path.write_text("Kolor;Rozmiar\nczerwony;M\n", encoding="utf-8")
    polish_tab.import_products(path, confirm=False)
    assert warnings[-1].splitlines()[0] == "inne.csv: odrzucony, błędów: 1; nic nie zaimportowano"
    assert warnings[-1].splitlines()[1].startswith("  wiersz 1: to nie jest eksport produktów z Shopify i nie "
                                                   "rozpoznano kolumny dla: ")


def test_scans_answered_later_count_in_order_each_once_and_the_pz_waits_for_them(qtbot, later, shop, db):
    """In production a scan's look-up answers after the scanner has typed on: the scans wait in line, each is
    counted once and in order, Post pressed meanwhile waits for them, and pressing it again posts nothing twice."""
    from app.ui.stock.receipt_dialog import ReceiptDialog

    dialog = ReceiptDialog(later)
    qtbot.addWidget(dialog)
    dialog.show()
    for code in ("5901234123457", "kub-gra", "4006381333931", "5901234123457"):
        qtbot.keyClicks(dialog.scan, code)
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert len(later.runner.waiting) == 1 and dialog.model.lines == []  # one look-up at a time, none lost
    dialog.post()  # Ctrl+Enter before the answers came
    later.runner.answer()
    later.runner.answer()
    assert [(ln.sku, ln.quantity) for ln in dialog.model.lines] == [("KUB-BIA", 1), ("KUB-GRA", 1)]
    later.runner.answer()  # the unknown EAN: its panel opens, the next scan is still counted
    assert dialog.unknown.isVisible() and dialog.pending_code == "4006381333931"
    later.runner.answer()
    assert [(ln.sku, ln.quantity) for ln in dialog.model.lines] == [("KUB-BIA", 2), ("KUB-GRA", 1)]
    assert later.runner.writes() == 1  # the post asked for, now that every scan is in
    dialog.post()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert later.runner.writes() == 1 and not dialog.post_button.isEnabled() and not dialog.scan.isEnabled()
    later.runner.answer_all()
    assert dialog.posted is not None and dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        assert (get_product(s, shop["mug"]).on_hand, get_product(s, shop["mug2"]).on_hand) == (22, 4)
        assert len(s.scalars(select(StockDocument).where(StockDocument.kind == "PZ")).all()) == 1


def test_the_list_shows_the_newest_search_when_answers_come_back_out_of_order(qtbot, later, shop):
    tab = StockTab(later)
    qtbot.addWidget(tab)
    later.runner.answer_all()
    assert tab.count_label.text() == "4 products"
    tab.search.setText("kubek")
    tab.apply_query()
    tab.search.setText("assam")
    tab.apply_query()
    while later.runner.waiting:  # the newest answers first, the older search's last
        later.runner.answer(-1)
    assert skus(tab) == ["HERB-AS"] and tab.count_label.text() == "1 product"
    assert tab.filters.item(0).text() == "Active (4)"


def test_enter_waits_for_the_list_before_opening_the_only_match(qtbot, later, shop):
    tab = StockTab(later)
    qtbot.addWidget(tab)
    later.runner.answer_all()
    tab.search.setText("5901234123457")
    tab.search_enter()
    assert tab.dialogs == []  # the list for the code is not in yet
    later.runner.answer_all()
    card = tab.dialogs[-1]
    assert card.product_id == shop["mug"]
    later.runner.answer_all()  # the card's own reads
    assert "on hand 20" in card.summary.text()
