"""Selling below zero stock is allowed per order, by the user, in the order dialog next to Verify."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.catalogue.products import get_product
from app.services.orders import lifecycle
from app.services.orders.editing import create_order, get_order
from app.ui.orders.dialog import OrderDialog


def test_the_order_dialog_lets_the_user_allow_selling_below_zero(qtbot, ctx, session, add_product, order_input):
    pid = add_product("MUG-1", on_hand=1)
    oid = create_order(session, order_input(pid, quantity=3), "anna")
    dialog = OrderDialog(ctx, oid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.allow_negative.isVisible() and dialog.allow_negative.isEnabled()
    assert not dialog.allow_negative.isChecked()
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert "Not enough stock of MUG-1" in dialog.problems.text()
    qtbot.mouseClick(dialog.allow_negative, Qt.MouseButton.LeftButton)
    with ctx.db.session() as s:
        assert get_order(s, oid).allow_negative_stock
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    with ctx.db.session() as s:
        assert get_order(s, oid).status == lifecycle.READY
        p = get_product(s, pid)
        assert (p.on_hand, p.reserved, p.available) == (1, 3, -2)
    # Verified: the permission is shown but can no longer be withdrawn (the reservation was made under it).
    assert dialog.allow_negative.isChecked() and not dialog.allow_negative.isEnabled()
