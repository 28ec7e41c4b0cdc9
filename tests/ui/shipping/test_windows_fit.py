"""Every shipping, printing and settings window at its first open on a 1366 x 768 laptop (the test run's screen):
within the available screen, every button on screen, in English and in Polish; its size remembered for next time;
columns as wide as their texts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabWidget

from app.services.shipping import shipments as shipping
from tests.support.shipping import make_printing_shop


@pytest.fixture
def shop(session, add_product, order_input):
    return make_printing_shop(session, add_product, order_input)


def room() -> QRect:
    return QApplication.primaryScreen().availableGeometry()


def assert_fits(window) -> None:
    """The window within the screen's available area, and each of its visible buttons wholly on screen."""
    window.show()
    QApplication.processEvents()
    screen = room()
    assert screen.width() >= 1366 - 1 and screen.height() >= 700, "the test run's screen is a 1366 x 768 laptop"
    assert screen.contains(window.frameGeometry()), (window.frameGeometry(), screen)
    pages = window.findChildren(QTabWidget)
    for tabs in pages or [None]:
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
            buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text()]
            assert buttons
            for button in buttons:
                rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
                assert screen.contains(rect), (button.text(), rect, screen)
                # not cut by its window either
                inside = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
                assert window.rect().contains(inside), (button.text(), inside, window.rect())


def shipment_dialog(ctx, qtbot, order_id):
    from app.ui.shipping.shipment_dialog import ShipmentDialog

    dialog = ShipmentDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    return dialog


def dispatch_dialog(ctx, qtbot):
    from app.ui.printing.service import PrintService
    from app.ui.shipping.dispatch_dialog import DispatchDialog

    dialog = DispatchDialog(ctx, PrintService(ctx))
    qtbot.addWidget(dialog)
    return dialog


def settings_dialog(ctx, qtbot):
    from app.ui.settings.dialog import PrinterSettingsDialog

    dialog = PrinterSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_every_window_fits_a_laptop_screen_with_its_buttons(ctx, qtbot, shop, session, lang, qapp):
    from app.ui.kit.i18n import install_translations

    install_translations(qapp, lang)
    try:
        many = shipment_dialog(ctx, qtbot, shop[0][0])
        for _ in range(12):  # a pallet of parcels: they scroll, Save stays on screen
            many.add_parcel()
        for window in (shipment_dialog(ctx, qtbot, shop[3][0]), many, dispatch_dialog(ctx, qtbot),
                       settings_dialog(ctx, qtbot)):
            assert_fits(window)
            window.close()
    finally:
        install_translations(qapp, "en")


def test_the_printing_tab_fits_a_laptop_screen_in_polish(ctx, qtbot, shop, polish):
    from app.ui.printing.tab import PrintingTab

    tab = PrintingTab(ctx)
    qtbot.addWidget(tab)
    assert tab.minimumSizeHint().width() <= room().width() - 40  # the main window's frame and margins
    tab.resize(room().width() - 40, room().height() - 120)
    assert_fits(tab)


def test_windows_remember_their_size_within_the_screen(ctx, qtbot, shop):
    dialog = dispatch_dialog(ctx, qtbot)
    dialog.show()
    dialog.resize(700, 400)
    dialog.reject()
    again = dispatch_dialog(ctx, qtbot)
    assert (again.width(), again.height()) == (700, 400)
    settings = settings_dialog(ctx, qtbot)
    settings.show()
    settings.resize(3000, 2000)  # bigger than this screen (remembered from a big monitor)
    settings.reject()
    settings = settings_dialog(ctx, qtbot)
    assert settings.width() <= room().width() and settings.height() <= room().height()
    first = shipment_dialog(ctx, qtbot, shop[0][0])
    first.resize(650, 500)
    first.reject()
    assert shipment_dialog(ctx, qtbot, shop[1][0]).size().toTuple() == (650, 500)


def test_tracking_numbers_elide_in_the_middle_and_manifest_numbers_show_whole(ctx, qtbot, session, shop):
    from PySide6.QtCore import Qt

    from app.services.shipping import dispatch
    from app.ui.printing.tab import PrintingTab

    long = "6" * 24 + "END9"
    shipping.set_tracking(session, shipping.shipment_id_for_order(session, shop[0][0]), 1, long, who="t")
    tab = PrintingTab(ctx)
    qtbot.addWidget(tab)
    view, model = tab.queue_view, tab.queue_model
    delegate = view.itemDelegateForColumn(model.TRACKING)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, model.index(0, model.TRACKING))
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle  # "666…END9": the end a packer compares stays
    metrics = view.fontMetrics()
    for column in (model.ORDER, model.CARRIER, model.NEEDS):  # widths from the texts they hold
        widest = max(metrics.horizontalAdvance(model.index(r, column).data()) for r in range(model.rowCount()))
        assert view.columnWidth(column) >= widest, column
    dispatch.create_manifest(session, "dpd", __import__("datetime").date(2026, 12, 31), who="t",
                             shipment_ids=[shipping.shipment_id_for_order(session, oid) for oid, _ in shop[:3]])
    dialog = dispatch_dialog(ctx, qtbot)
    number = dialog.model.index(0, 0).data()
    assert number == "DPD-2026-12-31-1"
    assert dialog.view.columnWidth(0) > dialog.view.fontMetrics().horizontalAdvance(number)
    assert dialog.model.index(0, 3).data() == "3 parcels"
