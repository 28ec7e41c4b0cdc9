"""Test data and helpers for the Printing tab and the shipping dialogs, made through the services (imported by
tests/ui/printing, tests/ui/shipping and tests/ui/settings)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.documents import queue as print_queue
from app.services.orders import editing as orders
from app.services.orders import lifecycle
from app.services.shipping import shipments as shipping
from app.services.shipping.data import ParcelInput, PrinterSettingData, SenderData, ShipmentInput, ShippingSettingsData
from tests.support.cups import QUEUE

A4_PT = (595, 842)
LABEL_PT = (283, 425)  # cups-pdf (ghostscript) rounds the 283.46 x 425.2 pt page to whole points


def make_printing_shop(session, add_product, order_input) -> list[tuple[int, str]]:
    """Three packed orders with DPD shipments, one ready (not packed) order; labels and A4 on the cups-pdf queue.

    (order id, order number) of each, the ready one last."""
    shipping.save_settings(session, ShippingSettingsData(SenderData("Jan", "Żółty Kot", "Polna 1", "00-001", "Łódź")))
    print_queue.save_printer_setting(session, PrinterSettingData("label", QUEUE, "100x150", "portrait", 203, False, True))
    print_queue.save_printer_setting(session, PrinterSettingData("a4", QUEUE, "A4", "portrait", 300, False, True))
    made = []
    for n in range(4):
        oid = orders.create_order(session, order_input(add_product(f"SKU{n}"), email=f"b{n}@x.pl",
                                                       shipping_method="Kurier DPD"), who="t")
        orders.change_status(session, [oid], "ready", who="t")
        if n < 3:
            orders.change_status(session, [oid], "packed", who="t")
        shipping.create_shipment(session, oid, ShipmentInput("dpd", parcels=(ParcelInput(tracking_number=f"DPD00{n}"),)),
                                 who="t")
        made.append((oid, orders.get_order(session, oid).number))
    return made


def make_two_packed(session, add_product, order_input) -> list[tuple[int, str]]:
    """Two packed orders: one going by DPD with a tracking number, one by a method no carrier matches."""
    made = []
    for n, method in enumerate(("Kurier DPD", "Gołębie pocztowe")):
        oid = orders.create_order(session, order_input(add_product(f"PL{n}"), email=f"p{n}@x.pl",
                                                       shipping_method=method), who="t")
        orders.change_status(session, [oid], lifecycle.READY, who="t")
        orders.change_status(session, [oid], lifecycle.PACKED, who="t")
        made.append((oid, orders.get_order(session, oid).number))
    shipping.create_shipment(session, made[0][0], ShipmentInput("dpd", parcels=(ParcelInput(tracking_number="DPD1"),)),
                             who="t")
    return made


def select_row(view, row: int) -> None:
    """Select a whole row as a click would (QTableView.selectRow depends on the header's layout offscreen)."""
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(view.model().index(row, 0), flags)


def modal_text(action: Callable[[], object]) -> str:
    """Run action; the text of the message box it opens (answered at once, as a user would close it)."""
    seen: list[str] = []

    def answer(tries: int = 300) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        elif tries:  # the box is not up yet
            QTimer.singleShot(10, lambda: answer(tries - 1))

    QTimer.singleShot(0, answer)
    action()
    assert seen, "no message box was shown"
    return seen[0]


def approx_size(page, expected: tuple[int, int]) -> bool:
    """A pypdf page of about this size in points (cups-pdf rounds)."""
    return abs(float(page.mediabox.width) - expected[0]) <= 1.5 and abs(float(page.mediabox.height) - expected[1]) <= 1.5
