"""The contact window: a contact logged by typing and Ctrl+Enter is stored with the customer; from an order it is
linked to the order and its customer; a quick follow-up button sets the day; the channel last used is offered
again."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from app.core.shop_time import shop_today
from app.models import Order
from app.services.customers.contacts import contacts_of, follow_ups
from app.services.orders.editing import create_order, get_order
from app.ui.customers.contact_dialog import ContactDialog, open_contact_dialog


@pytest.fixture(autouse=True)
def _first_channel():
    """The channel remembered for the app's run starts as the phone, and is put back after each test."""
    ContactDialog.last_channel = "phone"
    yield
    ContactDialog.last_channel = "phone"


@pytest.fixture
def order_id(session, order_input) -> int:
    return create_order(session, order_input(), who="t")


def _customer(session, order_id: int) -> int:
    with session.begin():
        return session.get(Order, order_id).customer_id


def _pick(combo, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def test_log_a_contact_by_typing_the_customer_and_ctrl_enter(qtbot, ctx, session, order_id):
    customer_id = _customer(session, order_id)
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # Ctrl+Enter is a window shortcut: the window must be active, as a user's is
        dialog.show()
        dialog.activateWindow()
    assert dialog.find.isVisible()
    qtbot.keyClicks(dialog.find, "600 100")
    qtbot.keyClick(dialog.find, Qt.Key.Key_Return)
    assert dialog.found.count() == 1 and dialog.customer_id == customer_id
    _pick(dialog.channel, "email")
    _pick(dialog.topic, "payment")
    qtbot.keyClicks(dialog.note, "Pyta o fakture VAT")
    qtbot.mouseClick(dialog.quick_buttons[3], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [row] = contacts_of(session, customer_id=customer_id)
    assert (row.channel, row.direction, row.topic, row.note, row.who) == ("email", "in", "payment", "Pyta o fakture VAT",
                                                                         "test-station")
    assert row.follow_up_on == shop_today() + timedelta(days=3)
    assert ContactDialog.last_channel == "email"
    again = ContactDialog(ctx, customer_id=customer_id)
    qtbot.addWidget(again)
    assert again.channel.currentData() == "email"


def test_from_an_order_the_contact_is_the_orders_and_nothing_without_a_customer(qtbot, ctx, session, order_id):
    dialog = open_contact_dialog(ctx, None, order_id=order_id)
    qtbot.addWidget(dialog)
    number = get_order(session, order_id).number
    assert number in dialog.heading.text() and "Anna Kowalska" in dialog.heading.text()
    assert not dialog.find.isVisible() and dialog.topic.currentData() == "status"
    qtbot.keyClicks(dialog.note, "Gdzie paczka?")
    qtbot.mouseClick(dialog.quick_buttons[1], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [row] = contacts_of(session, order_id=order_id)
    assert row.note == "Gdzie paczka?" and row.customer_id == _customer(session, order_id)
    assert [f.contact_id for f in follow_ups(session, today=shop_today() + timedelta(days=1))] == [row.id]

    empty = ContactDialog(ctx)
    qtbot.addWidget(empty)
    empty.save()
    assert "customer" in empty.status.text() and empty.contact_id is None


def test_import_past_contacts_previews_then_imports_all(qtbot, ctx, session, order_id, tmp_path):
    from app.ui.customers.contact_import_dialog import ContactImportDialog

    bad = tmp_path / "zle.csv"
    bad.write_text("Data;E-mail;Kanał\n14.03.2025;anna@example.pl;gołąb\n", encoding="utf-8")
    dialog = ContactImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_file(bad)
    assert not dialog.import_button.isEnabled() and dialog.model.rowCount() == 1
    assert dialog.model.rows[0][:2] == ("2", "Kanał")

    good = tmp_path / "kontakty.csv"
    good.write_text("Data;E-mail;Kanał;Kierunek;Temat;Notatka\n"
                    "14.03.2025 10:00;anna@example.pl;telefon;przychodzący;zwrot;Chce oddać kubek\n", encoding="utf-8")
    dialog.set_file(good)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None and dialog.result.imported == 1
    assert [r.note for r in contacts_of(session, customer_id=_customer(session, order_id))] == ["Chce oddać kubek"]
    dialog.set_file(good)  # the same file again: shown, not importable
    assert not dialog.import_button.isEnabled()
