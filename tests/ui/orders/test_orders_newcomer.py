"""Issue 12 in the Orders tab and the order window: money as the labels write it, windows that fit a 1366 x 768
laptop, read-only fields that look read-only, plurals, columns that fit their content."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from app.core.money import format_money
from app.services.orders import lifecycle
from app.services.orders.editing import change_status
from app.ui.orders.dialog import OrderDialog
from tests.support.orders import make_shop


@pytest.fixture
def shop(session, add_product, order_input):
    return make_shop(session, add_product, order_input)


def open_dialog(qtbot, ctx, order_id):
    dialog = OrderDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def screen_room():
    return QApplication.primaryScreen().availableGeometry()


def assert_on_screen(widget):
    """The widget is shown and its whole rectangle lies within the screen's available area."""
    assert widget.isVisible(), widget
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    bottom_right = widget.mapToGlobal(widget.rect().bottomRight())
    room = screen_room()
    assert room.contains(top_left) and room.contains(bottom_right), (widget, top_left, bottom_right, room)


# --- 1. money in the spin boxes as in the labels ------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "pl"])
def test_money_spin_boxes_write_money_as_the_labels_do(qtbot, ctx, shop, lang, request):
    if lang == "pl":
        request.getfixturevalue("polish")
    d = open_dialog(qtbot, ctx, shop["jan"])
    assert d.shipping_cost.text() == format_money(Decimal("12.99")) == "12,99\u00a0zł"
    d.shipping_cost.set_money(Decimal("1234.5"))
    assert d.shipping_cost.text() == "1\u00a0234,50\u00a0zł"
    assert d.adder.price.text() == "0,00\u00a0zł"
    # typed as people type amounts, read as parse_decimal reads them
    d.shipping_cost.lineEdit().selectAll()
    qtbot.keyClicks(d.shipping_cost.lineEdit(), "14,5")
    d.shipping_cost.interpretText()
    assert d.shipping_cost.money() == Decimal("14.50")
    assert "14,50\u00a0zł" in d.totals.text()
