"""Issue 12 in the Stock tab and its dialogs: counts in both languages' plural forms, numbers in the user's
locale, the same days of cover on the list and in the reorder dialog, a misread EAN at the goods receipt."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import openpyxl
from PySide6.QtCore import Qt
from sqlalchemy import bindparam, text

from app.models.base import UTCDateTime, utcnow
from app.services.catalogue.products import ProductInput, create_product
from app.services.orders import lifecycle
from app.services.orders.editing import change_status, create_order
from app.services.orders.verification import verify_orders
from app.ui.kit.words import plural
from app.ui.stock import model as sm


def test_counts_use_plural_forms_in_english(tab):
    assert tab.count_label.text() == "4 products"
    tab.search.setText("assam")
    tab.apply_query()
    assert tab.count_label.text() == "1 product"
    assert plural("%n unit(s)", 1) == "%n unit" and plural("%n unit(s)", 0) == "%n units"


def test_counts_use_the_three_polish_forms(qtbot, polish_tab, shop):
    assert polish_tab.count_label.text() == "4 produkty"
    polish_tab.search.setText("assam")
    polish_tab.apply_query()
    assert polish_tab.count_label.text() == "1 produkt"
    dialog = polish_tab.open_receipt()
    for code in ["5901234123457"] * 5:
        dialog.scan_code(code)
    assert dialog.total.text() == "1 produkt, 5 sztuk"
    dialog.scan_code("96385074")
    dialog.scan_code("96385074")
    assert dialog.total.text() == "2 produkty, 7 sztuk"
    dialog.model.lines.clear()
    dialog.reject()


def test_a_polish_count_sheet_names_its_counted_column_in_polish(qtbot, polish_tab, tmp_path):
    dialog = polish_tab.open_stocktake()
    assert "„Policzone”" in dialog.status.text() and "Counted" not in dialog.status.text()
    dialog.export_sheet(tmp_path / "spis.xlsx")
    header = [c.value for c in openpyxl.load_workbook(tmp_path / "spis.xlsx").active[1]]
    assert header == ["SKU", "EAN", "Nazwa", "Lokalizacja", "Oczekiwane", "Policzone"]
    assert dialog.status.text().startswith("Zapisano arkusz spisu z 4 produktami")


def test_the_stock_export_is_polish_in_the_polish_app(qtbot, polish_tab, tmp_path):
    polish_tab.export_stock(tmp_path / "stan.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "stan.xlsx").active
    assert sheet.title == "Stany magazynowe" and next(sheet.iter_rows(values_only=True))[2] == "Nazwa"
    assert polish_tab.message.text().startswith("Wyeksportowano 4 produkty")


def test_prices_in_the_users_locale(qtbot, ctx, session, polish):
    from app.ui.stock.product_card import ProductDialog

    pid = create_product(session, ProductInput(sku="KUB", name="Kubek", gross_price=Decimal("1234.50"),
                                               purchase_price=Decimal("14.5")), "t", 1).product_id
    card = ProductDialog(ctx, pid)
    qtbot.addWidget(card)
    assert (card.price.text(), card.purchase_price.text()) == ("1234,50", "14,50")


def test_prices_in_english_have_a_decimal_point(qtbot, ctx, session):
    from app.ui.stock.product_card import ProductDialog

    pid = create_product(session, ProductInput(sku="KUB", name="Kubek", gross_price=Decimal("29.9")), "t",
                         1).product_id
    card = ProductDialog(ctx, pid)
    qtbot.addWidget(card)
    assert card.price.text() == "29.90"
    card.save()  # read back as it is shown
    assert card.result() == card.DialogCode.Accepted


def test_days_of_cover_agree_between_the_list_and_the_reorder_dialog(qtbot, ctx, session, order_input, polish):
    from app.ui.stock.tab import StockTab

    pid = create_product(session, ProductInput(sku="KUB", name="Kubek", gross_price=Decimal("29.90")), "t",
                         70).product_id
    oid = create_order(session, order_input(pid, quantity=40), "t")
    assert verify_orders(session, [oid], "t")[oid] == []
    change_status(session, [oid], lifecycle.PACKED, "t")
    change_status(session, [oid], lifecycle.SHIPPED, "t")
    with session.begin():  # 40 sold 60 days ago, 30 left: 67.5 days of cover
        session.execute(text("UPDATE stock_movement SET at = :at WHERE reason = 'issue'").bindparams(
            bindparam("at", type_=UTCDateTime())), {"at": utcnow() - timedelta(days=60)})
    tab = StockTab(ctx)
    qtbot.addWidget(tab)
    listed = tab.model.index(0, sm.COVER).data()
    reorder = tab.open_reorder()
    reorder.everything.setChecked(True)
    headers = reorder.model.headers
    row = reorder.model.rows[0]
    assert listed == row[headers.index("Zapas (dni)")] == "67 d"
    assert row[headers.index("Dziennie")] == "0,4"
    reorder.reject()


def test_a_misread_ean_is_said_to_be_misread_and_makes_no_product(qtbot, tab, shop):
    dialog = tab.open_receipt()
    qtbot.keyClicks(dialog.scan, "5901234123458")  # the mug's EAN with its last digit misread
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert dialog.unknown.isVisible()
    assert "Misread" in dialog.feedback.text() and "Unknown" not in dialog.feedback.text()
    assert "check digit" in dialog.unknown_label.text()
    assert not dialog.create_button.isVisible() and not dialog.link_button.isVisible()
    assert dialog.create_for_unknown() is None
    assert dialog.focusWidget() is dialog.scan
    qtbot.keyClicks(dialog.scan, "5901234123457")  # scanned again, read right
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert not dialog.unknown.isVisible()
    assert [(ln.sku, ln.quantity) for ln in dialog.model.lines] == [("KUB-BIA", 1)]
    qtbot.keyClicks(dialog.scan, "5901234123464")  # a valid code no product has: still offered to create
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert "Unknown code" in dialog.feedback.text() and dialog.create_button.isVisible()
    dialog.model.lines.clear()
    dialog.reject()


# --- windows that fit ------------------------------------------------------------------------------------------
def _fits_with_buttons(qtbot, dialog) -> None:
    """The dialog is inside the available screen (without the task bar) and so is every button it shows."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton

    dialog.show()
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    assert room.contains(dialog.frameGeometry()), (dialog.windowTitle(), dialog.frameGeometry(), room)
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog) and b.text()]
    assert buttons
    for b in buttons:
        rect = QRect(b.mapToGlobal(b.rect().topLeft()), b.size())
        assert room.contains(rect), (dialog.windowTitle(), b.text(), rect, room)
        assert dialog.rect().contains(QRect(b.mapTo(dialog, b.rect().topLeft()), b.size())), b.text()


def test_every_stock_dialog_fits_the_screen_with_its_buttons_in_view(qtbot, polish_tab, shop):
    from app.ui.stock.adjust_dialog import AdjustDialog
    from app.ui.stock.import_preview import ProductsImportPreview

    tab = polish_tab
    card = tab.open_product(shop["mug"])
    dialogs = [card, tab.new_product(), tab.open_receipt(), tab.open_reorder(), tab.open_stocktake(),
               AdjustDialog(tab.ctx, shop["mug"], "KUB-BIA", 20, "return", tab),
               ProductsImportPreview("plik.csv: 3 nowe", [f"wiersz {i}: ostrzeżenie" for i in range(300)], 300, tab)]
    for dialog in dialogs:
        _fits_with_buttons(qtbot, dialog)
        dialog.done(0)


def test_a_stock_dialog_remembers_its_size_within_the_screen(qtbot, tab):
    dialog = tab.open_reorder()
    dialog.resize(640, 420)
    dialog.accept()
    again = tab.open_reorder()
    assert (again.width(), again.height()) == (640, 420)
    room = again.screen().availableGeometry()
    again.resize(room.width() + 400, room.height() + 400)
    again.accept()
    third = tab.open_reorder()
    assert third.width() <= room.width() and third.height() <= room.height()
    third.accept()


def test_key_columns_in_view_and_titles_whole(qtbot, ctx, shop, polish):
    from app.ui.stock.tab import StockTab

    tab = StockTab(ctx)
    qtbot.addWidget(tab)
    room = tab.screen().availableGeometry()
    tab.resize(min(1280, room.width()), min(700, room.height()))
    tab.show()
    qtbot.waitExposed(tab)
    header = tab.table.horizontalHeader()
    for col in range(sm.COLUMN_COUNT):  # no title cut ("Zapas (d…")
        assert header.sectionSize(col) >= header.sectionSizeHint(col) or col == sm.NAME, col
    cover = header.sectionViewportPosition(sm.COVER) + header.sectionSize(sm.COVER)
    assert cover <= tab.table.viewport().width()  # Days of cover without scrolling
    reorder = tab.open_reorder()
    reorder.everything.setChecked(True)
    reorder.show()
    qtbot.waitExposed(reorder)
    rh = reorder.table.horizontalHeader()
    suggested = reorder.model.headers.index("Do zamówienia")
    assert rh.sectionViewportPosition(suggested) + rh.sectionSize(suggested) <= reorder.table.viewport().width()
    reorder.accept()


def test_long_skus_elide_in_the_middle(qtbot, tab):
    from PySide6.QtWidgets import QStyleOptionViewItem

    delegate = tab.table.itemDelegateForColumn(sm.SKU)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, tab.model.index(0, sm.SKU))
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle


def test_the_card_says_when_the_import_made_the_sku(qtbot, ctx, session, db, polish):
    from app.models import Product
    from app.ui.stock.product_card import ProductDialog

    made = create_product(session, ProductInput(sku="kubek-bialy-350", name="Kubek / Biały", gross_price=Decimal(9)),
                          "t").product_id
    own = create_product(session, ProductInput(sku="KUB", name="Kubek", gross_price=Decimal(9)), "t").product_id
    with db.session() as s, s.begin():
        s.get(Product, made).sku_generated = True
    card = ProductDialog(ctx, made)
    qtbot.addWidget(card)
    card.show()
    assert card.sku_note.isVisible() and "Shopify" in card.sku_note.text() and "handle" in card.sku_note.text()
    other = ProductDialog(ctx, own)
    qtbot.addWidget(other)
    other.show()
    assert not other.sku_note.isVisible()
