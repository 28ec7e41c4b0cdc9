"""The product card as a shop owner sees it: no stray widgets, empty optional fields shown empty."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPoint

from app.services.catalogue.products import ProductInput, create_product
from app.ui.stock.product_card import ProductDialog


def test_an_existing_products_card_shows_no_stray_opening_stock_box(qtbot, ctx, session):
    """The opening stock box belongs to a new product's form only; on an existing card it must not float
    over the SKU label."""
    pid = create_product(session, ProductInput(sku="KUB-BIA", name="Kubek", gross_price=Decimal("29.90")), "t",
                         5).product_id
    card = ProductDialog(ctx, pid)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    assert not card.opening.isVisible()
    new = ProductDialog(ctx, None)
    qtbot.addWidget(new)
    new.show()
    qtbot.waitExposed(new)
    assert new.opening.isVisible()


def test_scanning_the_next_item_into_the_link_field_never_replaces_its_ean(qtbot, ctx, session, db, monkeypatch):
    """After an unknown EAN the link field has focus; the scanner's next code (a known product's EAN) must not
    take that product's EAN away: the link is refused with a message and nothing changes."""
    from PySide6.QtCore import Qt

    from app.services.catalogue.products import get_product
    from app.ui.stock.receipt_dialog import ReceiptDialog

    pid = create_product(session, ProductInput(sku="KUB-BIA", name="Kubek", gross_price=Decimal("29.90"),
                                               ean="5901234123457"), "t", 5).product_id
    dialog = ReceiptDialog(ctx)
    qtbot.addWidget(dialog)
    shown: list[str] = []
    monkeypatch.setattr("app.ui.stock.receipt_dialog.show_error", lambda parent, exc: shown.append(str(exc)))
    qtbot.keyClicks(dialog.scan, "4006381333931")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.link_sku, "5901234123457")
    qtbot.keyClick(dialog.link_sku, Qt.Key.Key_Return)
    assert shown and "already has the EAN 5901234123457" in shown[0]
    with db.session() as s:
        assert get_product(s, pid).ean == "5901234123457"
    assert dialog.model.lines == []


def test_archive_and_bring_back_selected_products_from_the_stock_list(qtbot, ctx, session, db):
    from app.services.catalogue.products import get_product
    from app.ui.stock.tab import StockTab

    mug = create_product(session, ProductInput(sku="KUB-BIA", name="Kubek", gross_price=Decimal("29.90")), "t",
                         5).product_id
    create_product(session, ProductInput(sku="MIOD-400", name="Miód", gross_price=Decimal("19.90")), "t", 2)
    tab = StockTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert [a.text() for a in tab.table.actions()][1:] == ["Archive selected products", "Bring back selected products"]
    tab.table.selectRow(0)
    tab.set_selected_active(False, confirm=False)
    with db.session() as s:
        assert not get_product(s, mug).active
    assert tab.model.total == 1 and "1 product archived" in tab.message.text()
    assert tab.filters.item(3).text() == "Archived (1)"
    tab.filters.setCurrentRow(3)
    tab.table.selectRow(0)
    tab.set_selected_active(True)
    with db.session() as s:
        assert get_product(s, mug).active
    assert tab.filters.item(0).text() == "Active (2)"


def test_scanning_an_archived_products_ean_opens_its_card_instead_of_saying_no_product(qtbot, ctx, session):
    from PySide6.QtCore import Qt

    from app.services.catalogue.products import set_active
    from app.ui.stock.tab import StockTab

    pid = create_product(session, ProductInput(sku="SZAL-SZA", name="Szal", gross_price=Decimal("59.00"),
                                               ean="5901234123457"), "t", 0).product_id
    set_active(session, [pid], False)
    tab = StockTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.keyClicks(tab.search, "5901234123457")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.model.total == 0  # the Active filter does not list it
    assert tab.message.text() == "SZAL-SZA is archived; its card is open."
    card = tab.dialogs[-1]
    assert card.product_id == pid and card.isVisible() and not card.active.isChecked()



def test_goods_sent_back_return_to_stock_from_the_card_linked_to_their_order(qtbot, ctx, session, db, order_input):
    from sqlalchemy import select

    from app.models import StockDocument
    from app.services.catalogue.products import get_product
    from app.services.orders import lifecycle
    from app.services.orders.editing import change_status, create_order, get_order
    from app.services.orders.verification import verify_orders
    from app.services.shopfile.check import check_database

    pid = create_product(session, ProductInput(sku="KUB-BIA", name="Kubek", gross_price=Decimal("29.90")), "t",
                         5).product_id
    oid = create_order(session, order_input(pid, quantity=2), "t")
    assert verify_orders(session, [oid], "t")[oid] == []
    for status in (lifecycle.PACKED, lifecycle.SHIPPED, lifecycle.RETURNED):
        change_status(session, [oid], status, "t")
    number = get_order(session, oid).number
    card = ProductDialog(ctx, pid)
    qtbot.addWidget(card)
    card.show()
    assert card.return_button.isVisible()
    dialog = card.open_adjust("return")
    assert dialog.order.isVisible()
    dialog.quantity.setValue(2)
    qtbot.keyClicks(dialog.reason.lineEdit(), "Returned by the buyer")
    qtbot.keyClicks(dialog.order, number)
    dialog.accept()
    assert dialog.posted is not None and dialog.posted.number.startswith("ZW 1/")
    with db.session() as s:
        assert get_product(s, pid).on_hand == 5
        doc = s.scalar(select(StockDocument).where(StockDocument.kind == "ZW"))
        assert (doc.order_id, doc.note) == (oid, "Returned by the buyer")
    assert tuple(card.movements_model.rows[0][1:5]) == ("Return to stock", "+2", dialog.posted.number, number)
    assert check_database(db) == []


def test_unknown_weight_and_dimensions_read_not_known(qtbot, ctx, session):
    """Empty weight and dimensions are stored as unknown; the card must not claim '0 mm'."""
    from app.services.catalogue.products import get_product

    pid = create_product(session, ProductInput(sku="KUB-BIA", name="Kubek", gross_price=Decimal("29.90"),
                                               weight_g=350), "t", 5).product_id
    card = ProductDialog(ctx, pid)
    qtbot.addWidget(card)
    assert card.weight.text() == "350 g"
    assert [w.text() for w in (card.length, card.width, card.height)] == ["not known"] * 3
    card.height.setValue(95)
    card.save()
    with ctx.db.session() as s:
        p = get_product(s, pid)
    assert (p.weight_g, p.length_mm, p.height_mm) == (350, None, 95)


def test_days_of_cover_header_explains_the_rule_the_list_uses(qtbot, ctx):
    from PySide6.QtCore import Qt

    from app.ui.stock import model as sm

    model = sm.StockModel()
    tip = model.headerData(sm.COVER, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "30 and 90 days" in tip


def test_a_non_shopify_products_file_imports_from_the_tab_by_its_headers(qtbot, ctx, tmp_path, monkeypatch):
    """The issue's mapped CSV/XLSX products import, reachable from the Stock tab: columns recognised by their
    headers (Polish Excel: semicolons, Windows-1250, decimal comma) and shown; unknown headers refused by name."""
    from app.services.catalogue.products import find_by_code, get_product
    from app.ui.stock.tab import StockTab

    tab = StockTab(ctx)
    qtbot.addWidget(tab)
    shown: list[str] = []
    monkeypatch.setattr("app.ui.stock.files.show_error", lambda parent, exc: shown.append(str(exc)))
    path = tmp_path / "cennik.csv"
    path.write_bytes("Symbol;Nazwa;Cena brutto;EAN;Stan;Dostawca\r\n"
                     "SW-LAW;Świeca sojowa lawenda;39,90;4006381333931;6;Woskownia Gdańsk\r\n".encode("cp1250"))
    tab.import_products(path, confirm=False)
    assert shown == [] and "Imported 1 new" in tab.message.text()
    assert "SKU ← Symbol" in tab.import_columns and "Gross price ← Cena brutto" in tab.import_columns
    with ctx.db.session() as s:
        p = get_product(s, find_by_code(s, "SW-LAW"))
    assert (p.name, p.gross_price, p.ean, p.on_hand, p.supplier) == (
        "Świeca sojowa lawenda", Decimal("39.90"), "4006381333931", 6, "Woskownia Gdańsk")
    odd = tmp_path / "odd.csv"
    odd.write_text("Kod;Opis;Kwota\r\nA;B;1\r\n", encoding="utf-8")
    tab.import_products(odd, confirm=False)
    assert len(shown) == 1 and "odd.csv" in shown[0]
    assert "no column is recognised for: SKU, Product name, Gross price" in shown[0] and "Kod, Opis, Kwota" in shown[0]


def test_stock_list_and_card_follow_an_orders_verification_and_cancellation(qtbot, ctx, session, order_input):
    """Verifying or cancelling an order announces only the order; the Stock list and an open product card must
    still show the new reserved and available."""
    from app.core.changes import Changes
    from app.services.orders import lifecycle
    from app.services.orders.editing import change_status, create_order
    from app.ui.kit.bus import bus
    from app.ui.orders.dialog import OrderDialog
    from app.ui.stock import model as sm
    from app.ui.stock.tab import StockTab

    pid = create_product(session, ProductInput(sku="KUB-BIA", name="Kubek", gross_price=Decimal("29.90")), "t",
                         5).product_id
    oid = create_order(session, order_input(pid, quantity=2), "t")
    tab = StockTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    card = tab.open_product(pid)
    assert tab.model.index(0, sm.AVAILABLE).data() == "5"
    dialog = OrderDialog(ctx, oid)
    qtbot.addWidget(dialog)
    dialog.verify()
    assert (tab.model.index(0, sm.RESERVED).data(), tab.model.index(0, sm.AVAILABLE).data()) == ("2", "3")
    assert "reserved 2" in card.summary.text() and card.reservations_model.rowCount() == 1
    with ctx.db.session() as s:  # a fresh session, as every use case of the app has (the fixture's is stale now)
        bus().changed.emit(change_status(s, [oid], lifecycle.CANCELLED, "t"))
    assert (tab.model.index(0, sm.RESERVED).data(), tab.model.index(0, sm.AVAILABLE).data()) == ("", "5")
    assert "reserved 0" in card.summary.text() and card.reservations_model.rowCount() == 0
    bus().changed.emit(Changes())  # nothing changed: nothing to do


def test_a_code_scanned_into_the_receipt_table_counts_as_a_scan_not_a_quantity(qtbot, ctx, session):
    """The user clicked a quantity cell, then scanned the next carton: the cell editor got the digits. A
    13-digit quantity must not be received; the code counts as a scan and the line keeps its quantity."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from app.ui.stock.receipt_dialog import QTY, ReceiptDialog

    for sku, ean in (("KUB-BIA", "5901234123457"), ("KUB-GRA", "4006381333931")):
        create_product(session, ProductInput(sku=sku, name=sku, gross_price=Decimal("29.90"), ean=ean), "t", 0)
    dialog = ReceiptDialog(ctx)
    qtbot.addWidget(dialog)
    dialog._confirmed_discard = True  # closing at the end must not ask about the scanned lines
    dialog.show()
    qtbot.keyClicks(dialog.scan, "5901234123457")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    dialog.table.edit(dialog.model.index(0, QTY))  # the cell editor is open when the scanner types
    editor = dialog.table.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "4006381333931")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() != dialog.table.State.EditingState, timeout=2000)  # commit is queued
    assert [(ln.sku, ln.quantity) for ln in dialog.model.lines] == [("KUB-BIA", 1), ("KUB-GRA", 1)]
    assert not dialog.model.setData(dialog.model.index(0, QTY), "250000")  # no plausible delivery line
    assert dialog.model.setData(dialog.model.index(0, QTY), "24") and dialog.model.lines[0].quantity == 24


def test_a_cut_movements_history_says_so(qtbot, ctx, session, monkeypatch):
    from app.services.stock.ledger import adjust_stock
    from app.ui.stock import product_card as product_dialog

    monkeypatch.setattr(product_dialog, "MOVEMENTS_SHOWN", 3)
    pid = create_product(session, ProductInput(sku="KUB-BIA", name="Kubek", gross_price=Decimal("29.90")), "t",
                         5).product_id
    for delta in (1, 1, 1):
        adjust_stock(session, pid, delta, "recount", "t")
    card = ProductDialog(ctx, pid)
    qtbot.addWidget(card)
    card.show()
    card.tabs.setCurrentIndex(1)
    assert card.movements_model.rowCount() == 3 and card.movements_note.isVisible()
    assert "newest 3 movements" in card.movements_note.text()
    card.reason_filter.setCurrentIndex(card.reason_filter.findData("adjustment"))
    assert card.movements_model.rowCount() == 3  # 4 adjustments (opening stock too): still cut
    card.reason_filter.setCurrentIndex(card.reason_filter.findData("write_off"))
    assert card.movements_model.rowCount() == 0 and not card.movements_note.isVisible()


def test_receiving_an_archived_product_says_it_is_archived(qtbot, ctx, session):
    from PySide6.QtCore import Qt

    from app.services.catalogue.products import set_active
    from app.ui.stock.receipt_dialog import ReceiptDialog

    pid = create_product(session, ProductInput(sku="SZAL-SZA", name="Szal", gross_price=Decimal("59.00"),
                                               ean="5901234123457"), "t", 0).product_id
    set_active(session, [pid], False)
    dialog = ReceiptDialog(ctx)
    qtbot.addWidget(dialog)
    dialog._confirmed_discard = True
    qtbot.keyClicks(dialog.scan, "5901234123457")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert [(ln.sku, ln.quantity) for ln in dialog.model.lines] == [("SZAL-SZA", 1)]
    assert "archived product" in dialog.feedback.text()


def test_clicking_days_of_cover_keeps_the_sort_arrow_where_the_list_is_sorted(qtbot, ctx, session):
    from PySide6.QtCore import Qt

    from app.ui.stock import model as sm
    from app.ui.stock.tab import StockTab

    for sku in ("B-1", "A-1", "C-1"):
        create_product(session, ProductInput(sku=sku, name=sku, gross_price=Decimal("1.00")), "t", 1)
    tab = StockTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    header = tab.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + QPoint(header.sectionViewportPosition(sm.NAME) + 5, 5))
    assert header.sortIndicatorSection() == sm.NAME
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(sm.COVER) + 5, 5))
    assert header.sortIndicatorSection() == sm.NAME and tab.model.query.sort_key == "name"
    assert "cannot sort" in tab.message.text()


def test_product_card_shows_ean_problems_errors_and_movement_notes_in_polish(qtbot, polish_tab, shop, warnings):
    card = polish_tab.open_product(shop["honey"])
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

    new = polish_tab.new_product()
    new.sku.setText("KUB-BIA")
    new.name.setText("Drugi kubek")
    new.price.setText("10")
    new.save()
    assert warnings[-1] == "SKU KUB-BIA jest już używane przez inny produkt."
    new.reject()


def test_adjust_and_write_off_refusals_in_polish(qtbot, polish_tab, shop, warnings):
    card = polish_tab.open_product(shop["honey"])
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


def test_save_waits_for_the_product_to_be_read(qtbot, later, session, db):
    """The card reads the product in the background; saving the still empty form would blank the product, so
    Save waits for it, and a second press while saving writes nothing twice."""
    from app.services.catalogue.products import get_product

    pid = create_product(session, ProductInput(sku="KUB-BIA", name="Kubek", gross_price=Decimal("29.90")), "t",
                         5).product_id
    card = ProductDialog(later, pid)
    qtbot.addWidget(card)
    assert not card.save_button.isEnabled() and not card.adjust_button.isEnabled()
    card.save()
    assert later.runner.writes() == 0
    later.runner.answer_all()
    assert card.save_button.isEnabled() and card.name.text() == "Kubek" and "on hand 5" in card.summary.text()
    card.name.setText("Kubek biały")
    card.save()
    card.save()
    assert later.runner.writes() == 1 and not card.save_button.isEnabled()
    later.runner.answer_all()
    with db.session() as s:
        assert get_product(s, pid).name == "Kubek biały"
