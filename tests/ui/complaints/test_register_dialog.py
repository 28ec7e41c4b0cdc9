"""The registration window driven as a shop owner or a packer at the returns desk would: an order number typed
and Enter, a parcel's tracking number as a scanner sends it, a customer found by phone; lines ticked, the kind
chosen, Register (Ctrl+Enter) and the case written with its due date; refusals shown in the window; the periods
left shown live; Polish on a 1366 x 768 screen."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.models import Complaint, Product
from app.services.complaints.deadlines import deadline
from app.services.orders.editing import change_status, get_order
from app.services.shipping.data import ParcelInput, ShipmentInput
from app.services.shipping.shipments import create_shipment
from app.ui.complaints.register_dialog import TICK, RegisterDialog, register_from_order
from app.ui.kit.bus import bus

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def order(session, add_product, ready_order):
    """A shipped order of a mug (24 months' guarantee) and two plates, parcel DPD 555 000 111; (id, number)."""
    mug = add_product("MUG", "Kubek zielony")
    plate = add_product("PLATE", "Talerz płytki")
    with session.begin():
        session.get(Product, mug).guarantee_months = 24
    oid = ready_order((mug, 1), (plate, 2), phone="600100200")
    change_status(session, [oid], "packed", who="t")
    create_shipment(session, oid, ShipmentInput("dpd", parcels=(ParcelInput(tracking_number="DPD555000111"),)),
                    who="t")
    change_status(session, [oid], "shipped", who="t")
    return oid, get_order(session, oid).number


def _dialog(qtbot, ctx, **kw) -> RegisterDialog:
    dialog = RegisterDialog(ctx, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _today(ctx) -> date:
    return datetime.now(ctx.tz).date()


def _cases(session) -> list[Complaint]:
    with session.begin():
        cases = session.scalars(select(Complaint).order_by(Complaint.id)).all()
        for case in cases:
            _ = case.lines  # loaded while the transaction is open
        session.expunge_all()
        return list(cases)


def _tick(dialog: RegisterDialog, row: int) -> None:
    dialog.lines.item(row, TICK).setCheckState(Qt.CheckState.Checked)


def test_order_number_and_enter_then_a_ticked_line_registers_a_complaint(qtbot, ctx, session, order):
    oid, number = order
    dialog = _dialog(qtbot, ctx)
    assert dialog.scan.hasFocus()  # a scanner's keys go there at once
    qtbot.keyClicks(dialog.scan, number.lower())
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.order is not None and dialog.order.order_id == oid  # Enter only finds
    assert dialog.lines.rowCount() == 2 and dialog.ticked() == []
    assert "Anna Kowalska" in dialog.order_info.text()
    _tick(dialog, 1)
    dialog.lines.cellWidget(1, 6).setValue(1)
    dialog.kind.setCurrentIndex(dialog.kind.findData("liability"))
    dialog.description.setPlainText("Pęknięty talerz")
    seen = []
    bus().changed.connect(seen.append)
    qtbot.keyClick(dialog.description, Qt.Key.Key_Return, CTRL)
    assert dialog.registered is not None and dialog.result() == dialog.DialogCode.Accepted
    [case] = _cases(session)
    assert (case.number, case.order_id, case.kind) == (dialog.registered.number, oid, "liability")
    assert case.due_on == _today(ctx) + timedelta(days=14) == dialog.registered.due_on
    assert [(x.sku, x.quantity) for x in case.lines] == [("PLATE", 1)]
    assert any(case.id in c.complaints for c in seen)


def test_a_scanned_tracking_number_finds_the_order_and_registers_a_return(qtbot, ctx, session, order):
    oid, _number = order
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.scan, "dpd555000111")  # as a scanner types it
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Enter)
    assert dialog.order is not None and dialog.order.order_id == oid
    assert "estimated" in dialog.delivery_note.text() and dialog.delivered_widget.isVisibleTo(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("withdrawal"))
    assert dialog.demand.currentData() == "refund" and not dialog.demand.isEnabled()
    assert not dialog.guarantor.isVisibleTo(dialog)
    _tick(dialog, 0)
    dialog.register_button.click()
    [case] = _cases(session)
    assert (case.kind, case.demand, case.reason, case.delivery_estimated) == ("withdrawal", "refund",
                                                                              "changed_mind", True)
    assert not case.out_of_time and case.due_on == _today(ctx) + timedelta(days=14)


def test_periods_left_are_shown_live_with_the_products_guarantee(qtbot, ctx, order):
    oid, _number = order
    dialog = _dialog(qtbot, ctx, order_id=oid)
    _tick(dialog, 0)
    text = dialog.warranty_text.text()
    today = _today(ctx)
    assert "Liability: until" in text and "(estimated)" in text
    assert f"Guarantee (Kubek zielony): until {today.replace(year=today.year + 2).isoformat()}" in text
    dialog.delivered_known.setChecked(True)
    dialog.received.setDate(dialog.received.date())  # unchanged day: the typed delivery is today
    assert "(estimated)" not in dialog.warranty_text.text()
    window = deadline("withdrawal", today).due  # from the typed delivery day, today
    assert f"Withdrawal: until {window.isoformat()} (days left: {(window - today).days})" in dialog.warranty_text.text()


def test_customer_found_by_phone_with_its_orders_or_no_order(qtbot, ctx, session, order):
    oid, number = order
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.search, "+48 600 100 200")
    qtbot.waitUntil(lambda: dialog.hits.count() > 0 and dialog.hits.item(0).text() != "No customer found")
    assert "600100200" in dialog.hits.item(0).text()
    dialog.hits.setCurrentRow(0)
    assert [dialog.hit_orders.item(i).text() for i in range(dialog.hit_orders.count())] == [
        f"Order {number}", "No order: type the product"]
    dialog.hit_orders.itemClicked.emit(dialog.hit_orders.item(1))
    assert dialog.manual.isVisibleTo(dialog) and not dialog.lines.isVisibleTo(dialog)
    assert dialog.customer_name.text() == "Anna Kowalska" and dialog.customer_phone.text() == "600100200"
    dialog.product_name.setText("Kubek kupiony na targach")
    dialog.kind.setCurrentIndex(dialog.kind.findData("guarantee"))
    assert dialog.guarantor.isVisibleTo(dialog)
    dialog.guarantor.setText("Ceramika Sp. z o.o.")
    dialog.register_button.click()
    [case] = _cases(session)
    assert (case.order_id, case.customer_name, case.guarantor) == (None, "Anna Kowalska", "Ceramika Sp. z o.o.")
    assert case.lines[0].name == "Kubek kupiony na targach"
    dialog2 = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog2.search, "kowalska")
    qtbot.waitUntil(lambda: dialog2.hits.count() > 0)
    dialog2.hits.setCurrentRow(0)
    dialog2.hit_orders.itemClicked.emit(dialog2.hit_orders.item(0))
    assert dialog2.order is not None and dialog2.order.order_id == oid and dialog2.order.cases == ()


def test_refusals_are_shown_in_the_window_which_keeps_what_was_typed(qtbot, ctx, session, order, tmp_path):
    oid, _number = order
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.scan, "NOPE-1")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert "NOPE-1" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    dialog.register_button.click()
    assert "Find the order first" in dialog.error.text()
    dialog.load_order(oid)
    assert not dialog.error.isVisibleTo(dialog)
    dialog.register_button.click()
    assert "Tick the order's lines" in dialog.error.text()
    _tick(dialog, 0)
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    dialog.add_files([str(tmp_path / "missing.jpg")])
    dialog.register_button.click()
    assert "description" in dialog.error.text() and dialog.isVisible()
    dialog.description.setPlainText("Ucho odpadło")
    dialog.register_button.click()
    assert "missing.jpg" in dialog.error.text() and dialog.registered is None
    assert _cases(session) == []
    dialog.files.setCurrentRow(0)
    dialog.remove_current_file()
    dialog.register_button.click()
    assert dialog.registered is not None


def test_register_from_order_opens_on_the_order(qtbot, ctx, order):
    oid, number = order
    dialog = register_from_order(ctx, oid)
    qtbot.addWidget(dialog)
    assert dialog.order is not None and dialog.order.number == number
    assert dialog.lines.rowCount() == 2


def test_polish_and_fits_the_screen(qtbot, ctx, order, polish):
    oid, _number = order
    dialog = _dialog(qtbot, ctx, order_id=oid)
    _tick(dialog, 0)
    dialog.kind.setCurrentIndex(dialog.kind.findData("guarantee"))
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= screen.width() and dialog.frameGeometry().height() <= screen.height()
    assert dialog.windowTitle() != "Register a complaint or return"
    assert dialog.kind.currentText() == "Gwarancja"
    assert "Rękojmia" in dialog.warranty_text.text()
    shots = Path("/tmp/shots")
    shots.mkdir(exist_ok=True)
    dialog.grab().save(str(shots / "register_dialog.png"))


def test_polish_without_an_order(qtbot, ctx, order, polish):
    dialog = _dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.search, "600 100")
    qtbot.waitUntil(lambda: dialog.hits.count() > 0)
    dialog.hits.setCurrentRow(0)
    dialog.hit_orders.itemClicked.emit(dialog.hit_orders.item(dialog.hit_orders.count() - 1))
    assert dialog.hit_orders.item(dialog.hit_orders.count() - 1).text() == "Bez zamówienia: wpisz produkt"
    assert "data doręczenia nie jest znana" in dialog.delivery_note.text()
    assert "Rękojmia: nie da się policzyć" in dialog.warranty_text.text()
    qtbot.wait(50)  # the layout settles after the boxes swapped
    Path("/tmp/shots").mkdir(exist_ok=True)
    dialog.grab().save("/tmp/shots/register_dialog_no_order.png")
