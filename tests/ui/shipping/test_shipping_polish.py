"""Shipping, dispatch and printing in Polish: the services' English messages reach a Polish user in Polish
(error dialogs, the Printing tab's status line and error box, the print log), the Printing tab's tables
have Polish headers, and every message template of the area has its Polish translation."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.documents import queue as print_queue
from app.services.orders import editing as orders
from app.services.orders import lifecycle
from app.services.shipping import shipments as shipping
from app.services.shipping.data import ParcelInput, PrinterSettingData, ShipmentInput
from app.ui.kit.domain_text import domain_text


def modal_text(action: Callable[[], object]) -> str:
    """Run action; the text of the message box it opens (answered at once, as a user would close it)."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:  # the box is not up yet
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    action()
    assert seen, "no message box was shown"
    return seen[0]


def select_row(view, row: int) -> None:
    """Select a whole row as a click would."""
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(view.model().index(row, 0), flags)






@pytest.fixture
def packed(session, add_product, order_input):
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


@pytest.fixture
def tab(ctx, qtbot, polish):
    from app.ui.printing.tab import PrintingTab

    widget = PrintingTab(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_printing_tables_speak_polish(packed, tab):
    queue, log = tab.queue_model, tab.log_model
    horizontal = Qt.Orientation.Horizontal
    headers = [queue.headerData(c, horizontal) for c in range(queue.columnCount())]
    assert headers == ["Dokument", "Zamówienie", "Odbiorca", "Przewoźnik", "Numer przesyłki", "Status zamówienia",
                       "Czeka od"]
    assert [log.headerData(c, horizontal) for c in range(log.columnCount())] == ["Kiedy", "Dokument", "Drukarka", "Kto",
                                                                          "Strony", "Wynik"]
    assert queue.index(0, queue.KIND).data() == "Etykieta"
    assert queue.index(0, queue.STATUS).data() == "Spakowane"


def test_labels_that_cannot_be_made_are_named_in_polish(packed, tab, session):
    waiting = [(r.id, r.kind, "x", r.order_id, r.shipment_id, None, 1) for r in print_queue.waiting(session)]
    print_queue.record_printed(session, waiting, "Zebra", "t")  # the DPD label is printed already
    tab.print_all_packed()  # the second order gets no shipment: no carrier matches its shipping method
    assert (f"Zamówienie {packed[1][1]}: żaden przewoźnik nie pasuje do sposobu dostawy „Gołębie pocztowe”; "
            "wybierz przewoźnika.") in tab.status.text()


def test_a_missing_printer_is_reported_in_polish(packed, tab, qtbot, session):
    print_queue.save_printer_setting(session, PrinterSettingData("label", "Gone_Zebra", "100x150", "portrait", 203))
    select_row(tab.queue_view, 0)
    tab.print_selected()
    qtbot.waitUntil(lambda: tab.service.last is not None, timeout=30_000)
    expected = ("Drukarka „Gone_Zebra” nie jest zainstalowana na tym komputerze. "
                "Wybierz inną w ustawieniach drukarek.")
    assert tab.status.text() == f"Nie wydrukowano: {expected}"
    assert tab.error_box.text() == expected
    tab.error_box.close()
    log = tab.log_model
    assert log.index(0, log.DOCUMENT).data() == f"Etykieta {packed[0][1]}"  # stored in English, shown in Polish
    assert log.index(0, log.RESULT).data() == f"Błąd: {expected}"


def test_shipment_dialog_error_in_polish(ctx, session, add_product, order_input, qtbot, polish):
    from app.ui.shipping.shipment_dialog import ShipmentDialog

    oid = orders.create_order(session, order_input(add_product("L"), shipping_method="InPost Paczkomat"), who="t")
    number = orders.get_order(session, oid).number
    dialog = ShipmentDialog(ctx, oid)
    qtbot.addWidget(dialog)
    assert dialog.carrier.currentData() == "inpost_locker" and dialog.locker.text() == ""
    text = modal_text(dialog.accept)
    assert text == f"Zamówienie {number}: InPost Paczkomat wymaga kodu punktu odbioru (np. WAW123M)."


def test_dispatch_dialog_errors_in_polish(ctx, session, packed, qtbot, polish):
    from app.ui.printing.service import PrintService
    from app.ui.shipping.dispatch_dialog import DispatchDialog

    dialog = DispatchDialog(ctx, PrintService(ctx))
    qtbot.addWidget(dialog)
    dialog.carrier.setCurrentIndex(dialog.carrier.findData("gls"))
    assert modal_text(dialog.make_manifest) == "Brak spakowanych paczek GLS czekających na protokół nadania."
    second = shipping.create_shipment(session, packed[1][0], ShipmentInput("dpd"), who="t")  # no tracking number
    assert shipping.get_shipment(session, second).parcels[0].tracking_number == ""
    dialog.carrier.setCurrentIndex(dialog.carrier.findData("dpd"))
    assert modal_text(dialog.make_manifest) == (
        f"Nie można utworzyć protokołu: {packed[1][1]} ma paczkę bez numeru przesyłki.")


def test_tracking_import_refusal_in_polish(packed, tab, tmp_path):
    path = tmp_path / "dpd.csv"
    path.write_text("Numer przesyłki;Uwagi\nX1;y\n", encoding="utf-8")
    text = modal_text(lambda: tab.import_tracking(path))
    assert text.splitlines() == [
        "dpd.csv: odrzucony, błędów: 1; nic nie zaimportowano",
        "  wiersz 1: brak kolumny: numer zamówienia (nagłówek: Numer przesyłki, Uwagi)",
    ]


def test_handover_history_and_nested_messages_in_polish(polish):
    from app.core.messages import msg

    assert domain_text(msg("Handed over to {carrier}, manifest {number}", carrier="DPD",
                           number="DPD/20261201/1")) == "Przekazano przewoźnikowi DPD, protokół DPD/20261201/1"
    refused = msg("Order {number} is {status}; it gets no new shipment.", number="ZAP-3",
                  status=lifecycle.status_label(lifecycle.SHIPPED).lower())
    assert domain_text(refused) == "Zamówienie ZAP-3 ma status „wysłane”; nie można utworzyć dla niego nowej przesyłki."
    own = msg("{carrier} needs no dispatch manifest.", carrier=msg("Own delivery"))
    assert domain_text(own) == "Dostawa własna nie wymaga protokołu nadania."
