"""The shipment dialog: an order's shipment made or changed with scanned tracking numbers (Enter moves to the next
parcel), read in the background before it can be saved, and its errors in Polish."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services.orders import editing as orders
from app.services.shipping import shipments as shipping
from tests.support.shipping import modal_text


def test_shipment_dialog_scanned_tracking_numbers(ctx, session, add_product, order_input, qtbot):
    from app.ui.shipping.shipment_dialog import ShipmentDialog

    oid = orders.create_order(session, order_input(add_product("S"), shipping_method="Paczkomat WAW12M",
                                                   payment_method="cod", payment_status="unpaid"), who="t")
    dialog = ShipmentDialog(ctx, oid)
    qtbot.addWidget(dialog)
    assert dialog.carrier.currentData() == "inpost_locker" and dialog.locker.text() == "WAW12M"
    assert dialog.cod_on.isChecked()
    dialog.add_parcel()
    qtbot.keyClicks(dialog.parcels[0].tracking, "6000111")
    qtbot.keyClick(dialog.parcels[0].tracking, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.parcels[1].tracking, "6000222")
    dialog.accept()
    session.expire_all()
    detail = shipping.get_shipment(session, shipping.shipment_id_for_order(session, oid))
    assert [p.tracking_number for p in detail.parcels] == ["6000111", "6000222"]
    assert detail.locker_code == "WAW12M" and detail.cod_amount == orders.get_order(session, oid).total
    again = ShipmentDialog(ctx, oid)
    qtbot.addWidget(again)
    assert [p.tracking.text() for p in again.parcels] == ["6000111", "6000222"] and again.attach.isEnabled()


def test_the_dialog_is_saved_only_once_its_order_is_read(ctx, session, add_product, order_input, qtbot):
    """In the app the order is read in a worker: until it is in, nothing can be saved or added."""
    from app.ui.shipping.shipment_dialog import ShipmentDialog

    oid = orders.create_order(session, order_input(add_product("W"), shipping_method="Kurier DPD"), who="t")
    pending = []
    read = ctx.read
    ctx.read = lambda fn, **kw: pending.append((fn, kw))  # the worker has not answered yet
    dialog = ShipmentDialog(ctx, oid)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and not any(b.isEnabled() for b in dialog.editing) and not dialog.attach.isEnabled()
    dialog.accept()  # Enter before the order is in: nothing is saved
    assert shipping.shipment_id_for_order(session, oid) is None
    [(fn, kw)] = pending
    read(fn, **kw)  # the answer arrives
    assert save.isEnabled() and dialog.carrier.currentData() == "dpd" and len(dialog.parcels) == 1
    assert dialog.windowTitle() == f"Shipment of order {orders.get_order(session, oid).number}"


def test_shipment_dialog_error_in_polish(ctx, session, add_product, order_input, qtbot, polish):
    from app.ui.shipping.shipment_dialog import ShipmentDialog

    oid = orders.create_order(session, order_input(add_product("L"), shipping_method="InPost Paczkomat"), who="t")
    number = orders.get_order(session, oid).number
    dialog = ShipmentDialog(ctx, oid)
    qtbot.addWidget(dialog)
    assert dialog.carrier.currentData() == "inpost_locker" and dialog.locker.text() == ""
    text = modal_text(dialog.accept)
    assert text == f"Zamówienie {number}: InPost Paczkomat wymaga kodu punktu odbioru (np. WAW123M)."


def test_amounts_and_weights_in_the_users_locale(ctx, session, add_product, order_input, qtbot, polish):
    """In Polish: '62,98 zł' cash on delivery and '1,400 kg' a parcel, as every label beside them writes numbers."""
    from decimal import Decimal

    from app.ui.shipping.shipment_dialog import ShipmentDialog

    oid = orders.create_order(session, order_input(add_product("LOC"), shipping_method="Kurier DPD",
                                                   payment_method="cod", payment_status="unpaid"), who="t")
    dialog = ShipmentDialog(ctx, oid)
    qtbot.addWidget(dialog)
    assert dialog.cod.text() == "62,98 zł" and dialog.insurance.text() == "0,00 zł"
    dialog.parcels[0].weight.setValue(1.4)
    assert dialog.parcels[0].weight.text() == "1,400 kg"
    dialog.cod.lineEdit().selectAll()
    qtbot.keyClicks(dialog.cod, "12,5")
    assert dialog.value().cod_amount == Decimal("12.50")
