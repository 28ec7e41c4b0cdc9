"""The Printing tab driven like a user would, printing through the real CUPS queue Zaplecze_PDF (cups-pdf):
batch print of every packed label in one job, reprint from the log, Cancel, preview, the shipment dialog,
tracking import, printer settings, dispatch manifest and hand-over."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.services.documents import queue as print_queue
from app.services.orders import editing as orders
from app.services.shipping import shipments as shipping
from app.services.shipping.data import ParcelInput, PrinterSettingData, SenderData, ShipmentInput, ShippingSettingsData
from tests.support.cups import QUEUE, job_tag, need_queue, snapshot, wait_for_new_pdfs, written_since
from tests.support.pdftools import decode_barcodes

A4_PT = (595, 842)
LABEL_PT = (283, 425)  # cups-pdf (ghostscript) rounds the 283.46 x 425.2 pt page to whole points


def select_row(view, row: int) -> None:
    """Select a whole row as a click would (QTableView.selectRow depends on the header's layout offscreen)."""
    from PySide6.QtCore import QItemSelectionModel

    index = view.model().index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(index, flags)


def approx_size(page, expected: tuple[int, int]) -> bool:
    return abs(float(page.mediabox.width) - expected[0]) <= 1.5 and abs(float(page.mediabox.height) - expected[1]) <= 1.5


@pytest.fixture
def shop(session, add_product, order_input):
    """Three packed orders with DPD shipments, one ready (not packed) order; labels on the cups-pdf queue."""
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


@pytest.fixture
def tab(ctx, qtbot):
    from app.ui.printing.tab import PrintingTab

    widget = PrintingTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(widget.isActiveWindow)
    widget.queue_view.setFocus()
    widget.service.job_prefix = job_tag()  # our jobs, told apart from other runs on the shared queue
    yield widget
    for pdf in snapshot(widget.service.job_prefix):  # what cups-pdf wrote for this test
        pdf.unlink(missing_ok=True)


def test_tab_lists_waiting_labels_and_filters(shop, tab, qtbot):
    assert tab.title() == "Printing"
    assert tab.queue_model.rowCount() == 4
    tab.packed_only.setChecked(True)
    assert tab.queue_model.rowCount() == 3
    qtbot.keyClicks(tab.search, shop[1][1])
    qtbot.waitUntil(lambda: tab.queue_model.rowCount() == 1)
    assert tab.queue_model.index(0, tab.queue_model.ORDER).data() == shop[1][1]
    assert tab.queue_model.index(0, tab.queue_model.CARRIER).data() == "DPD"
    assert "1 document(s) waiting" in tab.status.text()


def test_tab_warns_while_the_sender_is_not_filled_in(ctx, session, tab):
    assert "The sender is not filled in" in tab.status.text()  # a new shop: labels would go out without a sender
    shipping.save_settings(session, ShippingSettingsData(SenderData("Jan", "Żółty Kot", "Polna 1", "00-001", "Łódź")))
    tab.reload()
    assert "sender" not in tab.status.text() and "waiting to print" in tab.status.text()

def test_batch_print_of_every_packed_label_is_one_cups_job(shop, tab, qtbot, tmp_path):
    need_queue()
    before = snapshot(tab.service.job_prefix)
    qtbot.keyClick(tab.queue_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: tab.service.last is not None, timeout=30_000)
    outcome = tab.service.last
    assert (outcome.pages, outcome.documents, outcome.errors, outcome.cancelled) == (3, 3, [], False)
    [pdf] = wait_for_new_pdfs(before, tag=tab.service.job_prefix)
    reader = PdfReader(pdf)
    assert len(reader.pages) == 3 and all(approx_size(p, LABEL_PT) for p in reader.pages)
    assert reader.metadata.title.strip("()") == tab.service.job_prefix + "3 documents"
    pages = decode_barcodes(pdf, tmp_path)
    assert [sorted(p) for p in pages] == [sorted([f"DPD00{n}", shop[n][1]]) for n in range(3)]
    # What the user sees: only the not-yet-packed order's label waits; the log names printer and station.
    assert tab.queue_model.rowCount() == 1 and tab.queue_model.index(0, 1).data() == shop[3][1]
    assert tab.log_model.rowCount() == 3
    assert {tab.log_model.index(r, tab.log_model.PRINTER).data() for r in range(3)} == {QUEUE}
    assert {tab.log_model.index(r, tab.log_model.WHO).data() for r in range(3)} == {"test-station"}
    assert "Printed 3 page(s) of 3 document(s) on Zaplecze_PDF" in tab.status.text()


def test_batch_print_makes_missing_shipments_first(ctx, session, add_product, order_input, tab, qtbot, tmp_path):
    need_queue()
    print_queue.save_printer_setting(session, PrinterSettingData("label", QUEUE, "100x150", "portrait", 203, False, True))
    made = {}
    for n, method in enumerate(("Kurier DPD", "Teleport")):
        oid = orders.create_order(session, order_input(add_product(f"M{n}"), email=f"m{n}@x.pl",
                                                       shipping_method=method), who="t")
        orders.change_status(session, [oid], "ready", who="t")
        orders.change_status(session, [oid], "packed", who="t")
        made[method] = orders.get_order(session, oid).number
    before = snapshot(tab.service.job_prefix)
    tab.print_all_packed()
    qtbot.waitUntil(lambda: tab.service.last is not None, timeout=30_000)
    [pdf] = wait_for_new_pdfs(before, tag=tab.service.job_prefix)
    assert decode_barcodes(pdf, tmp_path)[0] == [made["Kurier DPD"]]  # no tracking number yet: only the order's
    assert "Printed 1 page(s)" in tab.status.text()
    assert f"Without a label: Order {made['Teleport']}: no carrier matches the shipping method 'Teleport'" \
        in tab.status.text()


def test_reprint_from_the_log(shop, tab, qtbot, tmp_path):
    need_queue()
    select_row(tab.queue_view, 0)
    before = snapshot(tab.service.job_prefix)
    qtbot.keyClick(tab.queue_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.service.last is not None, timeout=30_000)
    wait_for_new_pdfs(before, tag=tab.service.job_prefix)
    tab.service.last = None
    select_row(tab.log_view, 0)
    before = snapshot(tab.service.job_prefix)
    qtbot.keyClick(tab.log_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.service.last is not None, timeout=30_000)
    [pdf] = wait_for_new_pdfs(before, tag=tab.service.job_prefix)
    assert sorted(decode_barcodes(pdf, tmp_path)[0]) == sorted(["DPD000", shop[0][1]])
    assert approx_size(PdfReader(pdf).pages[0], LABEL_PT)
    assert tab.log_model.rowCount() == 2
    assert tab.log_model.index(0, tab.log_model.DOCUMENT).data() == f"Label {shop[0][1]} (reprint)"
    assert tab.log_model.index(0, tab.log_model.RESULT).data() == "Printed"


def test_cancel_aborts_the_job_and_nothing_is_marked_printed(shop, tab, qtbot):
    need_queue()
    tab.service.page_hook = lambda n: tab.service.progress_dialog.cancel() if n == 1 else None
    before = snapshot(tab.service.job_prefix)
    tab.print_all_packed()
    qtbot.waitUntil(lambda: tab.service.last is not None, timeout=30_000)
    assert tab.service.last.cancelled
    assert tab.queue_model.rowCount() == 4  # still waiting
    assert {tab.log_model.index(r, tab.log_model.RESULT).data() for r in range(3)} == {"Cancelled"}
    assert "cancelled" in tab.status.text()
    qtbot.wait(3000)
    assert written_since(before, tab.service.job_prefix) == []  # an aborted job never reaches the queue


def test_missing_printer_is_a_clear_error(shop, tab, qtbot, session):
    print_queue.save_printer_setting(session, PrinterSettingData("label", "Gone_Zebra", "100x150", "portrait", 203))
    select_row(tab.queue_view, 0)
    tab.print_selected()
    qtbot.waitUntil(lambda: tab.service.last is not None, timeout=30_000)
    assert "The printer 'Gone_Zebra' is not installed" in tab.status.text()
    assert tab.queue_model.rowCount() == 4
    assert tab.log_model.index(0, tab.log_model.RESULT).data().startswith("Failed: The printer 'Gone_Zebra'")
    tab.error_box.close()


def test_preview_shows_the_label_pages(shop, tab, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    select_row(tab.queue_view, 0)
    tab.preview_selected()
    dialog = tab.service.preview_dialog
    qtbot.waitUntil(lambda: dialog.findChild(QPrintPreviewWidget).pageCount() == 1, timeout=10_000)
    assert shop[0][1] in dialog.windowTitle()
    dialog.close()


def test_preview_survives_garbage_collection(shop, tab, qtbot):
    """The preview dialog does not own its QPrinter: once Python collected it, painting the preview crashed."""
    import gc

    from PySide6.QtPrintSupport import QPrintPreviewWidget

    select_row(tab.queue_view, 0)
    tab.preview_selected()
    gc.collect()
    dialog = tab.service.preview_dialog
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    qtbot.waitUntil(lambda: preview.pageCount() == 1, timeout=10_000)
    assert dialog.grab().width() > 0
    dialog.close()


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


def test_tracking_import_from_the_tab(shop, tab, tmp_path, session):
    path = tmp_path / "dpd.csv"
    path.write_text(f"Numer przesyłki;Referencja\nNEW1;{shop[0][1]}\n", encoding="cp1250")
    tab.import_tracking(path)
    assert "dpd.csv: 1 tracking number(s) set, 0 unchanged." in tab.status.text()
    session.expire_all()  # the UI wrote through its own sessions
    assert orders.get_order(session, shop[0][0]).tracking_number == "NEW1"


def test_printer_settings_dialog_saves(ctx, session, qtbot):
    from app.ui.settings.dialog import PrinterSettingsDialog

    dialog = PrinterSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    box = dialog.label_box
    if box.printer.findData(QUEUE) >= 0:
        box.printer.setCurrentIndex(box.printer.findData(QUEUE))
    box.zpl.setChecked(True)
    box.dpi.setCurrentIndex(box.dpi.findData(300))
    dialog.fields["city"].setText("Łódź")  # QTest cannot type non-ASCII keys
    qtbot.keyClicks(dialog.fields["street"], "Polna 1")
    dialog.accept()
    session.expire_all()
    saved = print_queue.get_printer_setting(session, "label")
    assert (saved.zpl, saved.dpi, saved.paper) == (True, 300, "100x150")
    sender = shipping.get_settings(session).sender
    assert (sender.city, sender.street) == ("Łódź", "Polna 1")



def test_settings_dialog_saves_nothing_when_one_value_is_refused(ctx, session, qtbot):
    """Printers, sender and carriers are saved together: a refused value leaves every setting as it was."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.ui.settings.dialog import PrinterSettingsDialog

    dialog = PrinterSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.label_box.dpi.setCurrentIndex(dialog.label_box.dpi.findData(300))
    dialog.fields["city"].setText("Łódź")
    dialog.prefix.setText("Z-D")  # refused: printed as a barcode, letters and digits only
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()

    QTimer.singleShot(0, answer)
    dialog.accept()
    assert seen and "letters and digits only" in seen[0]
    session.expire_all()
    assert print_queue.get_printer_setting(session, "label").dpi == 203  # unchanged
    assert shipping.get_settings(session).sender.city == ""

def test_manifest_printed_on_a4_and_handover_ships(shop, ctx, qtbot, session, tmp_path):
    need_queue()
    from app.ui.printing.service import PrintService
    from app.ui.shipping.dispatch_dialog import DispatchDialog

    service = PrintService(ctx)
    service.job_prefix = job_tag()
    dialog = DispatchDialog(ctx, service)
    qtbot.addWidget(dialog)
    dialog.carrier.setCurrentIndex(dialog.carrier.findData("dpd"))
    dialog.make_manifest()
    assert dialog.model.rowCount() == 1
    number = dialog.model.index(0, 0).data()  # shown whole, not cut off
    assert dialog.view.columnWidth(0) > dialog.view.fontMetrics().horizontalAdvance(number)
    before = snapshot(service.job_prefix)
    dialog.print_selected()
    qtbot.waitUntil(lambda: service.last is not None, timeout=30_000)
    [pdf] = wait_for_new_pdfs(before, tag=service.job_prefix)
    reader = PdfReader(pdf)
    pdf.unlink()
    assert approx_size(reader.pages[0], A4_PT)
    assert reader.metadata.title.strip("()") == f"{service.job_prefix}Manifest DPD/{date.today():%Y%m%d}/1"
    assert print_queue.waiting(session, kind="manifest") == []  # printed from the dialog: no longer waiting
    dialog.confirm_selected(ask=False)
    assert "3 order(s) shipped" in dialog.message.text()
    session.expire_all()
    assert {orders.get_order(session, oid).status for oid, _ in shop[:3]} == {"shipped"}
    assert orders.get_order(session, shop[3][0]).status == "ready"


def test_raw_zpl_to_a_missing_queue_is_refused():
    import shutil

    from app.core.errors import DomainError
    from app.ui.printing.printers import raw_print

    if shutil.which("lp") is None:
        pytest.skip("CUPS lp is not installed")
    with pytest.raises(DomainError, match="refused the job"):
        raw_print("No_Such_Zebra", b"^XA^FDx^FS^XZ", "t")


def test_raw_zpl_without_a_printer_or_without_pywin32_says_what_to_do():
    import importlib.util

    from app.core.errors import DomainError
    from app.ui.printing.printers import _raw_print_windows, raw_print

    with pytest.raises(DomainError, match="Choose the label printer"):
        raw_print("", b"^XA^XZ", "t")
    if importlib.util.find_spec("win32print") is not None:
        pytest.skip("pywin32 is installed: the Windows spooler path is used for real")
    with pytest.raises(DomainError, match="pywin32 is missing.*Turn off 'ZPL'"):
        _raw_print_windows("Zebra", b"^XA^XZ", "t")


def test_scanning_an_order_number_opens_its_shipment(ctx, tab, session, add_product, order_input, qtbot):
    oid = orders.create_order(session, order_input(add_product("X"), shipping_method="GLS"), who="t")
    number = orders.get_order(session, oid).number
    qtbot.keyClicks(tab.order_entry, "Z999")
    qtbot.keyClick(tab.order_entry, Qt.Key.Key_Return)
    assert "No order with the number 'Z999'" in tab.status.text()
    tab.order_entry.clear()
    qtbot.keyClicks(tab.order_entry, number)
    qtbot.keyClick(tab.order_entry, Qt.Key.Key_Return)
    dialog = tab.shipment_dialog
    assert dialog.isVisible() and dialog.carrier.currentData() == "gls"
    qtbot.keyClicks(dialog.parcels[0].tracking, "GLS123")
    dialog.accept()
    qtbot.waitUntil(lambda: tab.queue_model.rowCount() == 1)
    assert tab.queue_model.index(0, tab.queue_model.TRACKING).data() == "GLS123"


def test_carriers_and_shipping_method_rules_in_settings(ctx, session, qtbot):
    from app.services.shipping import carriers
    from app.ui.settings.dialog import PrinterSettingsDialog

    dialog = PrinterSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    rules = dialog.rules_page
    qtbot.keyClicks(rules.pattern, "Teleport 24h")
    rules.carrier.setCurrentIndex(rules.carrier.findData("gls"))
    qtbot.keyClick(rules.pattern, Qt.Key.Key_Return)
    assert rules.model.rowCount() == 1 and rules.model.index(0, 1).data() == "GLS"
    active = dialog.carriers_page.rows["dhl"][0]
    active.setChecked(False)
    dpd_service = dialog.carriers_page.rows["dpd"][1]
    dpd_service.setCurrentIndex(dpd_service.findData("Next Day"))
    dialog.accept()
    session.expire_all()
    assert carriers.guess_carrier(session, "Kurier Teleport 24h") == ("gls", "Business Parcel")
    saved = {s.code: s for s in carriers.carrier_settings(session)}
    assert not saved["dhl"].active and saved["dpd"].default_service == "Next Day"
    rules.view.selectionModel().select(rules.model.index(0, 0), rules.view.selectionModel().SelectionFlag.Select
                                       | rules.view.selectionModel().SelectionFlag.Rows)
    rules.remove_selected()
    assert rules.model.rowCount() == 0
