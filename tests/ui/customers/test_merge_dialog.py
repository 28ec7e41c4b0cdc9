"""Merging duplicates through the dialog: the suggested groups (the same e-mail, phone or NIP), the customers side
by side with the oldest kept by default, a confirmation that names what moves (cancelled: nothing merged), then
the orders move to the one kept and the group is gone from the suggestions."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.models import Customer, Order
from app.ui.customers.merge_dialog import MergeDialog


@pytest.fixture
def twins(session, add_product, order_input):
    """Two orders by one person typed twice (create_order makes a customer each): the same e-mail."""
    from app.services.orders.editing import create_order

    mug = add_product("MUG", "Kubek", "30.00", on_hand=10)
    first = create_order(session, order_input(mug, customer_name="Marta Lis", email="marta@example.pl",
                                              phone="+48 511 222 333"), who="t")
    second = create_order(session, order_input(mug, customer_name="Marta Lis-Nowak", email="marta@example.pl",
                                               phone="511 999 000"), who="t")
    with session.begin():
        ids = [session.get(Order, i).customer_id for i in (first, second)]
    return ids, (first, second)


def answer(dialog: MergeDialog, button: QMessageBox.StandardButton) -> None:
    assert dialog.question is not None
    dialog.question.button(button).click()


def test_duplicates_merged_after_confirming(qtbot, ctx, twins, session):
    (old, new), orders = twins
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.group_list.count() == 1
    assert "marta@example.pl" in dialog.group_list.item(0).text()
    assert [c.id for c in dialog.cards] == [old, new]
    assert dialog.keep_id() == old  # the oldest by default
    assert dialog.merge_ids() == (new,)

    dialog.ask()
    assert "Marta Lis-Nowak" in dialog.question.text() and "cannot be undone" in dialog.question.text()
    answer(dialog, QMessageBox.StandardButton.Cancel)
    session.expire_all()
    with session.begin():
        assert session.get(Customer, new).merged_into_id is None

    dialog.ask()
    answer(dialog, QMessageBox.StandardButton.Yes)
    assert dialog.result_ is not None and dialog.result_.orders_moved == 1
    assert "orders moved 1" in dialog.note.text()
    session.expire_all()
    with session.begin():
        assert session.get(Customer, new).merged_into_id == old
        assert {session.get(Order, i).customer_id for i in orders} == {old}
    assert dialog.group_list.count() == 0  # nothing left to merge
    assert not dialog.merge_button.isEnabled()


def test_the_newer_one_may_be_kept(qtbot, ctx, twins, session):
    (old, new), orders = twins
    dialog = MergeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_keep(new)
    assert dialog.merge_ids() == (old,)
    dialog.ask()
    answer(dialog, QMessageBox.StandardButton.Yes)
    session.expire_all()
    with session.begin():
        assert session.get(Customer, old).merged_into_id == new
        assert {session.get(Order, i).customer_id for i in orders} == {new}


def test_from_a_cards_possible_duplicates(qtbot, ctx, twins):
    from app.ui.customers.card_window import CustomerCardWindow

    (old, new), _orders = twins
    card = CustomerCardWindow(ctx, new)
    qtbot.addWidget(card)
    assert "Possible duplicates: 1" in card.duplicates.text()
    dialog = card.show_duplicates()
    qtbot.addWidget(dialog)
    assert [c.id for c in dialog.cards] == [old, new] and dialog.keep_id() == old
