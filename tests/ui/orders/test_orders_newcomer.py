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
from tests.support.orders import open_dialog


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


# --- 3. windows that fit a 1366 x 768 laptop ------------------------------------------------------------------
def test_the_order_window_fits_the_laptop_screen_with_save_and_close_in_view(qtbot, ctx, shop, polish):
    room = screen_room()
    assert (room.width(), room.height()) == (1366, 768)  # the test run's screen (tests/conftest.py)
    d = open_dialog(qtbot, ctx, shop["jan"])
    assert d.frameGeometry().height() <= room.height() and d.width() <= room.width()
    for button in d.findChildren(QPushButton):
        if button.isVisibleTo(d) and not d.body.isAncestorOf(button):
            assert_on_screen(button)
    assert_on_screen(d.save_button)
    qtbot.wait(50)  # the scroll area settles
    d.grab().save("/tmp/order_window_pl.png")
    # a new order too
    new = open_dialog(qtbot, ctx, None)
    assert_on_screen(new.save_button)


def test_the_order_window_remembers_its_size_within_the_screen(qtbot, ctx, shop):
    d = open_dialog(qtbot, ctx, shop["jan"])
    d.resize(1100, 600)  # wider than its least width (the buttons row, 1,005 px in Polish)
    d.reject()
    again = open_dialog(qtbot, ctx, shop["anna"])
    assert (again.width(), again.height()) == (1100, 600)
    again.resize(3000, 2000)  # a size remembered on a bigger screen
    again.reject()
    third = open_dialog(qtbot, ctx, shop["ewa"])
    assert third.frameGeometry().height() <= screen_room().height()
    assert_on_screen(third.save_button)


# --- 5. a read-only field looks read-only ---------------------------------------------------------------------
def _base(widget):
    return widget.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)


def test_a_packed_orders_fields_look_read_only_like_the_greyed_ones(qtbot, ctx, shop):
    editable = open_dialog(qtbot, ctx, shop["jan"])
    white = _base(editable.customer_name)
    with ctx.db.session() as s:
        change_status(s, [shop["piotr"]], lifecycle.READY, "t")
    with ctx.db.session() as s:
        change_status(s, [shop["piotr"]], lifecycle.PACKED, "t")
    d = open_dialog(qtbot, ctx, shop["piotr"])
    greyed = d.payment_method.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base)
    assert not d.payment_method.isEnabled()
    for field in (d.customer_name, d.email, d.phone, d.shipping.street, d.shipping.city, d.internal_note,
                  d.customer_note, d.tracking):
        assert field.isReadOnly() and field.isEnabled()  # still selectable and copyable
        assert _base(field) == greyed != white, field
    assert _base(editable.tracking) == greyed  # never typed in: set by the shipping work
    assert _base(editable.customer_name) == white and _base(editable.shipping.street) == white
    d.grab().save("/tmp/order_window_packed.png")


# --- 2. plurals in both languages -----------------------------------------------------------------------------
@pytest.mark.parametrize("lang, one, few, many", [
    ("en", "1 order", "3 orders", "5 orders"),
    ("pl", "1 zamówienie", "3 zamówienia", "5 zamówień"),
])
def test_counts_have_their_plural_forms(qtbot, ctx, shop, request, lang, one, few, many):
    from app.ui.orders.tab import OrdersTab

    if lang == "pl":
        request.getfixturevalue("polish")
    tab = OrdersTab(ctx)
    qtbot.addWidget(tab)
    assert tab.count_label.text() == many
    tab.search.setText("Nowak")
    tab.apply_query()
    assert tab.count_label.text() == one
    tab.filters.select_key("all")
    tab.search.setText("example")
    tab.apply_query()
    assert tab.count_label.text() == few  # anna@, piotr@, kasia@
    tab.table.selectAll()
    tab.actions_.change_status(lifecycle.CANCELLED)
    assert tab.actions_.last_box.text().startswith({"en": "Cancel 3 orders?", "pl": "Anulować 3 zamówienia?"}[lang])
    tab.actions_.last_box.reject()
    tab.actions_.verify_selected()
    assert tab.status_bar.currentMessage() == {"en": "Ready to pack: 2 of 3 orders.",
                                               "pl": "Gotowe do pakowania: 2 z 3 zamówień."}[lang]


# --- 4. columns from their content; completion shows a variant's colour -------------------------------------
def test_orders_list_columns_fit_their_texts_at_1600_px_in_polish(qtbot, ctx, shop, session, polish):
    from sqlalchemy import update

    from app.models import Order
    from app.ui.orders import model as om
    from app.ui.orders.tab import OrdersTab

    with ctx.db.session() as s:
        change_status(s, [shop["anna"], shop["piotr"]], lifecycle.READY, "t")
    with ctx.db.session() as s, s.begin():
        s.execute(update(Order).values(shipping_method="InPost Paczkomat", tracking_number="6200123456789012345678"))
    tab = OrdersTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1600, 800)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: not tab._fit_columns)
    view, metrics = tab.table, tab.table.fontMetrics()
    for col, text in ((om.STATUS, "Gotowe do pakowania"), (om.SHIPPING, "InPost Paczkomat"),
                      (om.TRACKING, "6200123456789012345678")):
        assert any(tab.model.index(r, col).data() == text for r in range(tab.model.rowCount()))
        assert view.columnWidth(col) >= metrics.horizontalAdvance(text) + 8, (col, view.columnWidth(col))
    used = sum(view.columnWidth(c) for c in range(om.PROBLEMS))
    assert used + 140 <= view.viewport().width()  # Problems keeps room and takes the rest
    tab.grab().save("/tmp/orders_tab_1600_pl.png")
    # a narrow window: the key columns keep their texts, the customer's name gives way first
    narrow = OrdersTab(ctx)
    qtbot.addWidget(narrow)
    narrow.resize(1100, 700)
    narrow.show()
    qtbot.waitExposed(narrow)
    qtbot.waitUntil(lambda: not narrow._fit_columns)
    assert narrow.table.columnWidth(om.STATUS) >= metrics.horizontalAdvance("Gotowe do pakowania") + 8
    assert narrow.table.columnWidth(om.CUSTOMER) <= view.columnWidth(om.CUSTOMER)


def test_product_completion_shows_the_whole_name_with_its_colour(qtbot, ctx, add_product):
    add_product("KUB-CER-330-ZIELONY-MATOWY", "Kubek ceramiczny 330 ml, szkliwiony, matowy — butelkowa zieleń", "39.90")
    add_product("KUB-CER-330-ZIELONY-BLYSK", "Kubek ceramiczny 330 ml, szkliwiony, błyszczący — oliwkowa zieleń",
                "39.90")
    d = open_dialog(qtbot, ctx, None)
    d.adder.product.setFocus()
    qtbot.keyClicks(d.adder.product, "KUB-CER")
    popup = d.adder.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    metrics = popup.fontMetrics()
    longest = max(metrics.horizontalAdvance(d.adder.products.index(r).data())
                  for r in range(d.adder.products.rowCount()))
    assert popup.width() >= longest, (popup.width(), longest)
    assert popup.width() <= d.width()
