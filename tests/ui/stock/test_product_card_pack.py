"""The pack EAN on the product card: typed with its units and saved with the card's one Save; a code another product
has is refused on the field, and then nothing of that Save is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.catalogue.products import get_product
from app.services.packing.pack_barcodes import set_pack_barcode
from app.ui.stock.product_card import ProductDialog

PACK = "5901234123464"  # a valid EAN-13 no product has


def _open(qtbot, ctx, pid: int | None) -> ProductDialog:
    card = ProductDialog(ctx, pid)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    return card


def _type_pack(qtbot, card: ProductDialog, code: str, units: int) -> None:
    card.pack_ean.clear()
    qtbot.keyClicks(card.pack_ean, code)  # as a scanner types it
    card.pack_quantity.setValue(units)


def _save(qtbot, card: ProductDialog) -> None:
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)


def test_pack_ean_and_units_are_saved_and_shown_again(qtbot, ctx, db, shop, warnings) -> None:
    card = _open(qtbot, ctx, shop["mug"])
    assert card.pack_ean.text() == "" and card.pack_quantity.text() == "no pack"
    card.name.setText("Kubek biały 350 ml")
    _type_pack(qtbot, card, PACK, 6)
    assert card.pack_problem.text() == ""
    with qtbot.waitSignal(card.finished):
        _save(qtbot, card)
    assert warnings == []
    with db.session() as s:
        saved = get_product(s, shop["mug"])
    assert (saved.name, saved.pack_ean, saved.pack_quantity) == ("Kubek biały 350 ml", PACK, 6)
    again = _open(qtbot, ctx, shop["mug"])
    assert (again.pack_ean.text(), again.pack_quantity.value()) == (PACK, 6)
    # Cleared again: no pack EAN removes the units too.
    again.pack_ean.clear()
    with qtbot.waitSignal(again.finished):
        _save(qtbot, again)
    with db.session() as s:
        cleared = get_product(s, shop["mug"])
    assert (cleared.pack_ean, cleared.pack_quantity) == (None, None)


def test_another_products_ean_is_refused_on_the_field_and_nothing_is_saved(qtbot, ctx, db, shop, warnings) -> None:
    card = _open(qtbot, ctx, shop["tea"])
    card.name.setText("Herbata Assam 100 g")  # changed in the same Save: must not be kept either
    _type_pack(qtbot, card, "5901234123457", 12)  # the mug's own EAN
    _save(qtbot, card)
    assert card.isVisible() and warnings == []  # on the field, not in a dialog
    assert card.pack_problem.text() == "EAN 5901234123457 already belongs to product KUB-BIA."
    assert "background" in card.pack_ean.styleSheet() and card.focusWidget() is card.pack_ean
    with db.session() as s:
        tea = get_product(s, shop["tea"])
    assert (tea.name, tea.pack_ean, tea.pack_quantity) == ("Herbata Assam", None, None)
    # Fixed on the field, the same card saves both.
    _type_pack(qtbot, card, PACK, 12)
    with qtbot.waitSignal(card.finished):
        _save(qtbot, card)
    with db.session() as s:
        tea = get_product(s, shop["tea"])
    assert (tea.name, tea.pack_ean, tea.pack_quantity) == ("Herbata Assam 100 g", PACK, 12)


def test_a_refused_product_change_puts_the_pack_back(qtbot, ctx, db, session, shop, warnings) -> None:
    """The pack is saved first; when the product's own change is then refused (an SKU another product has), the
    pack EAN it had is put back: the Save leaves nothing half done."""
    set_pack_barcode(session, shop["honey"], "5901234123471", 6)
    card = _open(qtbot, ctx, shop["honey"])
    assert (card.pack_ean.text(), card.pack_quantity.value()) == ("5901234123471", 6)
    card.sku.setText("KUB-GRA")  # another product's SKU
    _type_pack(qtbot, card, PACK, 24)
    _save(qtbot, card)
    assert warnings == ["SKU KUB-GRA is already used by another product."]
    with db.session() as s:
        honey = get_product(s, shop["honey"])
    assert (honey.sku, honey.pack_ean, honey.pack_quantity) == ("MIOD-400", "5901234123471", 6)


def test_a_bad_code_or_no_units_never_leave_the_card(qtbot, ctx, db, shop, warnings, later) -> None:
    card = ProductDialog(later, shop["mug"])
    qtbot.addWidget(card)
    later.runner.answer_all()  # the product is in
    _type_pack(qtbot, card, "5901234123465", 6)  # a wrong check digit
    assert "wrong check digit" in card.pack_problem.text()
    _save(qtbot, card)
    assert later.runner.writes() == 0
    _type_pack(qtbot, card, PACK, 0)
    assert card.pack_problem.text() == "Type how many units one pack holds (2 to 10000)."
    _save(qtbot, card)
    assert later.runner.writes() == 0
    _type_pack(qtbot, card, "5901234123457", 6)  # the product's own EAN
    _save(qtbot, card)
    assert later.runner.writes() == 0
    assert card.pack_problem.text() == "5901234123457 is the EAN of one unit; a pack has an EAN of its own."
    assert warnings == []


def test_a_new_product_with_a_pack_ean(qtbot, ctx, db, shop, warnings) -> None:
    card = _open(qtbot, ctx, None)
    qtbot.keyClicks(card.sku, "KAWA-250")
    qtbot.keyClicks(card.name, "Kawa 250 g")
    qtbot.keyClicks(card.price, "32,90")
    _type_pack(qtbot, card, "96385074", 12)  # the tea's EAN-8: refused before the product is made
    _save(qtbot, card)
    assert card.pack_problem.text() == "EAN 96385074 already belongs to Herbata Assam (HERB-AS)."
    assert card.product_id is None
    _type_pack(qtbot, card, PACK, 12)
    with qtbot.waitSignal(card.finished):
        _save(qtbot, card)
    with db.session() as s:
        made = get_product(s, card.product_id)
    assert (made.sku, made.pack_ean, made.pack_quantity) == ("KAWA-250", PACK, 12)


def test_the_refusal_in_polish(qtbot, ctx, db, shop, warnings, polish) -> None:
    card = _open(qtbot, ctx, shop["tea"])
    _type_pack(qtbot, card, "5901234123457", 12)
    _save(qtbot, card)
    assert card.pack_problem.text() == "EAN 5901234123457 należy już do produktu KUB-BIA."
    assert card.pack_quantity.specialValueText() == "brak opakowania"


def test_a_pack_ean_finds_its_product_and_is_received_as_its_units(qtbot, ctx, session, db):
    """Scanned at the Stock tab, a box's own EAN opens its product's card; at a goods receipt it counts its units."""
    from decimal import Decimal

    from app.services.catalogue.products import ProductInput, create_product, get_product
    from app.services.packing.pack_barcodes import set_pack_barcode
    from app.ui.stock.tab import StockTab

    coffee = create_product(session, ProductInput(sku="KAWA-250", name="Kawa ziarnista 250 g",
                                                  gross_price=Decimal("39.90"), ean="5901234123457"), "t",
                            opening_stock=4).product_id
    set_pack_barcode(session, coffee, "5901234123464", 12)
    tab = StockTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.keyClicks(tab.search, "5901234123464")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(tab.dialogs), timeout=3000)
    assert tab.dialogs[-1].product_id == coffee
    tab.dialogs[-1].reject()
    dialog = tab.open_receipt()
    for code in ("5901234123464", "5901234123457"):
        qtbot.keyClicks(dialog.scan, code)
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert [(ln.sku, ln.quantity) for ln in dialog.model.lines] == [("KAWA-250", 13)]
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert get_product(s, coffee).on_hand == 17
