"""The order dialog on the real widgets: open, edit and save, a new phone order with product completion,
verify, status changes, notes, read-only states."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.orders import lifecycle
from app.services.orders.editing import change_status, get_order
from app.ui.orders.dialog import OrderDialog
from tests.support.orders import open_dialog


def read(ctx, order_id):
    with ctx.db.session() as s:
        return get_order(s, order_id)


def test_shows_the_order_with_history(qtbot, ctx, shop):
    d = open_dialog(qtbot, ctx, shop["jan"])
    assert d.customer_name.text() == "Jan Nowak"
    assert d.email.text() == "jan.nowak@poczta.pl" and d.phone.text() == "601-222-333"
    assert d.shipping.city.text() == "Kraków" and d.same_as_shipping.isChecked()
    assert d.lines.rowCount() == 1
    assert d.lines.index(0, 0).data() == "TEE-XL"
    assert d.payment_method.currentData() == "cod"
    assert "Total 170,99\u00a0zł" in d.totals.text()          # 2 x 79.00 + 12.99
    assert d.history.topLevelItem(0).text(1) == "New"
    assert d.history.topLevelItem(0).text(3) == "Entered by hand"
    assert not d.problems.isVisible() and not d.read_only_note.isVisible()
    assert d.tracking.text() == "" and d.tracking.isReadOnly()


def test_edit_and_save_with_live_totals(qtbot, ctx, shop):
    d = open_dialog(qtbot, ctx, shop["anna"])
    d.phone.clear()
    qtbot.keyClicks(d.phone, "+48 511 222 333")
    d.shipping_cost.setValue(0)
    assert "Total 29,90\u00a0zł" in d.totals.text()          # computed as the user edits
    d.lines.setData(d.lines.index(0, 2), 3)                  # quantity 1 -> 3, as the spin delegate would
    assert "Total 89,70\u00a0zł" in d.totals.text()
    d.same_as_shipping.setChecked(False)
    d.billing.name.setText("Firma Kowalska sp. z o.o.")
    d.billing.street.setText("Rynek 1")
    d.billing.postal_code.setText("31-001")
    d.billing.city.setText("Kraków")
    d.internal_note.setPlainText("Wants a paper invoice")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    saved = read(ctx, shop["anna"])
    assert saved.phone == "+48 511 222 333"
    assert saved.total == Decimal("89.70") and saved.lines[0].quantity == 3
    assert saved.billing_address.name == "Firma Kowalska sp. z o.o."
    assert saved.shipping_address.name == "Anna Kowalska"
    assert saved.internal_note == "Wants a paper invoice"
    assert not d.dirty
    assert d.history.topLevelItem(0).text(1) == "Edited"     # reloaded from the bus


def test_new_phone_order_with_product_completion(qtbot, ctx, shop):
    d = open_dialog(qtbot, ctx, None)
    assert d.windowTitle() == "New order" and not d.verify_button.isEnabled()
    qtbot.keyClicks(d.customer_name, "Zofia Mazur")
    qtbot.keyClicks(d.phone, "604 555 666")
    qtbot.keyClicks(d.shipping.name, "Zofia Mazur")
    qtbot.keyClicks(d.shipping.street, "ul. Kwiatowa 7")
    qtbot.keyClicks(d.shipping.postal_code, "02-100")
    qtbot.keyClicks(d.shipping.city, "Warszawa")

    # By name: type part of it, the completer offers the product, pick it, price and VAT follow.
    qtbot.keyClicks(d.adder.product, "kubek")
    popup = d.adder.completer.popup()
    assert popup.isVisible()
    assert "MUG-RED" in popup.model().index(0, 0).data()
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert d.adder.price.value() == pytest.approx(29.90)
    assert d.adder.vat.currentText() == "23"
    d.adder.quantity.setValue(2)
    qtbot.mouseClick(d.adder.add_button, Qt.MouseButton.LeftButton)
    # By EAN, as a scanner types it: Enter adds the line at once.
    qtbot.keyClicks(d.adder.product, "5900000000017")
    qtbot.keyClick(d.adder.product, Qt.Key.Key_Return)
    assert [d.lines.index(r, 0).data() for r in range(d.lines.rowCount())] == ["MUG-RED", "TEE-XL"]

    d.shipping_method.setCurrentText("DPD")
    d.shipping_cost.setValue(15)
    d.payment_method.setCurrentIndex(d.payment_method.findData("cod"))
    assert "Total 153,80\u00a0zł" in d.totals.text()         # 2 x 29.90 + 79.00 + 15.00
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.order_id is not None
    saved = read(ctx, d.order_id)
    assert saved.customer_name == "Zofia Mazur" and saved.source == "manual"
    assert saved.total == Decimal("153.80")
    assert [(ln.sku, ln.quantity, ln.unit_price) for ln in saved.lines] == [
        ("MUG-RED", 2, Decimal("29.90")), ("TEE-XL", 1, Decimal("79.00"))]
    assert saved.shipping_method == "DPD" and saved.payment_method == "cod"
    assert d.windowTitle() == f"Order {saved.number}" and d.verify_button.isEnabled()


def test_saving_without_a_name_shows_the_domain_error(qtbot, ctx, shop):
    d = open_dialog(qtbot, ctx, None)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.last_box.isVisible() and "buyer's name" in d.last_box.text()
    assert d.order_id is None


def test_verify_shows_every_reason_then_passes(qtbot, ctx, shop):
    d = open_dialog(qtbot, ctx, shop["ewa"])
    qtbot.mouseClick(d.verify_button, Qt.MouseButton.LeftButton)
    assert d.problems.isVisible()
    assert "Not paid" in d.problems.text() and "postal code" in d.problems.text()
    assert d.history.topLevelItem(0).text(1) == "Verification"

    qtbot.keyClicks(d.shipping.postal_code, "80-100")
    d.payment_status.setCurrentIndex(d.payment_status.findData("paid"))
    qtbot.mouseClick(d.verify_button, Qt.MouseButton.LeftButton)   # saves the edits first, then verifies
    assert read(ctx, shop["ewa"]).status == lifecycle.READY
    assert not d.problems.isVisible()
    assert "Ready to pack" in d.title.text()


def test_status_change_cancel_asks_first(qtbot, ctx, shop):
    d = open_dialog(qtbot, ctx, shop["anna"])
    d.fill_status_menu()
    targets = [a.data() for a in d.status_menu.actions()]
    assert targets == [s for s in lifecycle.STATUSES if s in lifecycle.TRANSITIONS[lifecycle.NEW]]
    next(a for a in d.status_menu.actions() if a.data() == lifecycle.CANCELLED).trigger()
    assert read(ctx, shop["anna"]).status == lifecycle.NEW
    d.last_box.button(QMessageBox.StandardButton.Yes).click()
    assert read(ctx, shop["anna"]).status == lifecycle.CANCELLED
    assert "Cancelled" in d.title.text()
    assert not d.save_button.isEnabled() and d.customer_name.isReadOnly()
    d.fill_status_menu()
    assert [a.isEnabled() for a in d.status_menu.actions()] == [False]


def test_packed_order_is_read_only_but_takes_notes(qtbot, ctx, shop):
    with ctx.db.session() as s:
        change_status(s, [shop["piotr"]], lifecycle.READY, "t")
    with ctx.db.session() as s:
        change_status(s, [shop["piotr"]], lifecycle.PACKED, "t")
    d = open_dialog(qtbot, ctx, shop["piotr"])
    assert not d.save_button.isEnabled() and not d.adder.isVisible()
    assert "packed" in d.read_only_note.text() and d.read_only_note.isVisible()
    assert d.shipping.street.isReadOnly() and not d.payment_method.isEnabled()
    assert d.lines.flags(d.lines.index(0, 2)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    assert d.history.topLevelItem(0).text(1) == "Ready to pack → Packed"
    qtbot.keyClicks(d.note_edit, "Customer called: deliver after 16:00")
    qtbot.keyClick(d.note_edit, Qt.Key.Key_Return)
    assert d.history.topLevelItem(0).text(1) == "Note"
    assert d.history.topLevelItem(0).text(3) == "Customer called: deliver after 16:00"
    assert d.history.topLevelItem(0).text(2) == "test-station"


def test_closing_with_unsaved_edits_asks(qtbot, ctx, shop):
    d = open_dialog(qtbot, ctx, shop["jan"])
    qtbot.keyClicks(d.customer_name, " Jr")
    d.reject()
    assert d.isVisible() and d.last_box.isVisible()
    d.last_box.button(QMessageBox.StandardButton.Discard).click()
    assert not d.isVisible()
    assert read(ctx, shop["jan"]).customer_name == "Jan Nowak"


def test_a_saved_new_order_is_not_opened_twice(qtbot, ctx, shop):
    from app.ui.orders.tab import OrdersTab

    tab = OrdersTab(ctx)
    qtbot.addWidget(tab)
    d = tab.new_order()
    d.customer_name.setText("Telefon Klient")
    d.save()
    assert tab.model.rowCount() == 6                      # the list took the new order from the bus
    tab.select_row(tab.model.row_of(d.order_id))
    tab.open_selected()
    assert tab.open_order(d.order_id) is d


def test_a_possible_duplicate_can_be_released_as_not_a_duplicate(qtbot, ctx, session, add_product, order_input):
    """A buyer who orders the same again within days is flagged; the owner must be able to say it is a separate
    order, or it could never go to packing."""
    from app.services.orders.editing import create_order

    pid = add_product("MUG-RED", "Kubek czerwony", "29.90", on_hand=50)
    create_order(session, order_input(pid), "t")
    again = create_order(session, order_input(pid), "t")
    d = open_dialog(qtbot, ctx, again)
    assert not d.not_duplicate_button.isVisible()
    d.verify()
    assert read(ctx, again).status == lifecycle.NEW
    assert d.problems.isVisible() and "Possible duplicate of order Z000001" in d.problems.text()
    assert d.not_duplicate_button.isVisible()
    d.not_duplicate_button.click()
    detail = read(ctx, again)
    assert detail.status == lifecycle.READY and detail.problems == ()
    assert "Not a duplicate (checked by the user)" in [e.why for e in detail.events]
    assert not d.problems.isVisible() and not d.not_duplicate_button.isVisible()


def test_enter_in_a_field_never_saves_a_half_typed_order(qtbot, ctx, session, add_product):
    """Enter after the buyer's name, or after a scanned EAN, used to press the default Save button: a new order
    with a name and nothing else was written (and orders are never deleted). Save is Ctrl+S."""
    from sqlalchemy import func, select

    from app.models import Order

    add_product("MUG-RED", "Kubek czerwony", "29.90", ean="5901234123457", on_hand=50)
    d = open_dialog(qtbot, ctx, None)
    qtbot.keyClicks(d.customer_name, "Jan Nowak")
    qtbot.keyClick(d.customer_name, Qt.Key.Key_Return)
    qtbot.keyClicks(d.adder.product, "5901234123457")           # the scanner types the EAN and Enter
    qtbot.keyClick(d.adder.product, Qt.Key.Key_Return)
    assert [(ln.sku, ln.quantity) for ln in d.lines.lines] == [("MUG-RED", 1)]
    with ctx.db.session() as s, s.begin():
        assert s.scalar(select(func.count()).select_from(Order)) == 0
    assert d.order_id is None
    qtbot.keyClick(d, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert d.order_id is not None and read(ctx, d.order_id).lines[0].sku == "MUG-RED"


def test_a_payment_change_reads_in_words_in_the_history(qtbot, ctx, shop):
    from app.services.orders.editing import set_payment

    with ctx.db.session() as s:
        set_payment(s, shop["katarzyna"], "paid", "biuro")
    d = open_dialog(qtbot, ctx, shop["katarzyna"])
    assert d.history.topLevelItem(0).text(1) == "Edited"
    assert d.history.topLevelItem(0).text(3) == "Payment: Unpaid → Paid"        # not the codes unpaid -> paid


def test_a_sku_typed_in_lower_case_and_enter_adds_its_line(qtbot, ctx, add_product):
    add_product("MUG-RED", "Kubek czerwony", "29.90", on_hand=50)
    d = open_dialog(qtbot, ctx, None)
    qtbot.keyClicks(d.adder.product, "mug-red")
    qtbot.keyClick(d.adder.product, Qt.Key.Key_Return)
    assert [(ln.sku, ln.unit_price) for ln in d.lines.lines] == [("MUG-RED", Decimal("29.90"))]


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
