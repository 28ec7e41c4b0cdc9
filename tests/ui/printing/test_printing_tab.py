"""The Printing tab driven like a user would, printing through the real CUPS queue Zaplecze_PDF (cups-pdf):
batch print of every packed label in one job, reprint from the log, Cancel, preview, tracking import, the order
scan that opens a shipment; and the same tab in Polish (headers, status line, error box, print log)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.services.documents import queue as print_queue
from app.services.orders import editing as orders
from app.services.shipping import shipments as shipping
from app.services.shipping.data import ParcelInput, PrinterSettingData, SenderData, ShipmentInput, ShippingSettingsData
from tests.support.cups import QUEUE, job_tag, need_queue, snapshot, wait_for_new_pdfs, written_since
from tests.support.pdftools import decode_barcodes
from tests.support.shipping import (
    LABEL_PT,
    approx_size,
    make_printing_shop,
    make_two_packed,
    modal_text,
    select_row,
)


@pytest.fixture
def shop(session, add_product, order_input):
    """Three packed orders with DPD shipments, one ready (not packed) order; labels on the cups-pdf queue."""
    return make_printing_shop(session, add_product, order_input)


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


@pytest.fixture
def packed(session, add_product, order_input):
    """Two packed orders: one going by DPD with a tracking number, one by a method no carrier matches."""
    return make_two_packed(session, add_product, order_input)


@pytest.fixture
def polish_tab(polish, tab):
    """The tab made after the app was switched to Polish (its headers are translated when it is made)."""
    return tab


def test_tab_lists_waiting_labels_and_filters(shop, tab, qtbot):
    assert tab.title() == "Printing"
    assert tab.queue_model.rowCount() == 4
    tab.packed_only.setChecked(True)
    assert tab.queue_model.rowCount() == 3
    qtbot.keyClicks(tab.search, shop[1][1])
    qtbot.waitUntil(lambda: tab.queue_model.rowCount() == 1)
    assert tab.queue_model.index(0, tab.queue_model.ORDER).data() == shop[1][1]
    assert tab.queue_model.index(0, tab.queue_model.CARRIER).data() == "DPD"
    assert tab.status.text().startswith("1 shown. 4 documents waiting to print, 3 packed orders.")


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
    # What the user sees: only the not-yet-packed order's label waits, then the packed orders, which need their
    # manifest now; the log names printer and station.
    model = tab.queue_model
    assert model.rowCount() == 4 and model.index(0, 1).data() == shop[3][1]
    assert model.index(0, model.NEEDS).data() == "packing, its label printed, a dispatch manifest"
    assert [(model.index(r, model.KIND).data(), model.index(r, model.NEEDS).data()) for r in range(1, 4)] == [
        ("Packed order", "a dispatch manifest")] * 3
    assert tab.log_model.rowCount() == 3
    assert {tab.log_model.index(r, tab.log_model.PRINTER).data() for r in range(3)} == {QUEUE}
    assert {tab.log_model.index(r, tab.log_model.WHO).data() for r in range(3)} == {"test-station"}
    assert "Printed 3 pages of 3 documents on Zaplecze_PDF" in tab.status.text()


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
    assert "Printed 1 page of 1 document on" in tab.status.text()
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


def test_tracking_import_from_the_tab(shop, tab, tmp_path, session):
    path = tmp_path / "dpd.csv"
    path.write_text(f"Numer przesyłki;Referencja\nNEW1;{shop[0][1]}\n", encoding="cp1250")
    tab.import_tracking(path)
    assert "dpd.csv: 1 tracking number set, 0 unchanged." in tab.status.text()
    session.expire_all()  # the UI wrote through its own sessions
    assert orders.get_order(session, shop[0][0]).tracking_number == "NEW1"


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


# --- in Polish: the services' English messages reach a Polish user in Polish --------------------------------------

def test_printing_tables_speak_polish(packed, polish_tab):
    queue, log = polish_tab.queue_model, polish_tab.log_model
    horizontal = Qt.Orientation.Horizontal
    headers = [queue.headerData(c, horizontal) for c in range(queue.columnCount())]
    assert headers == ["Dokument", "Zamówienie", "Odbiorca", "Przewoźnik", "Numer przesyłki", "Jeszcze potrzebuje",
                       "Status zamówienia", "Czeka od"]
    assert [log.headerData(c, horizontal) for c in range(log.columnCount())] == ["Kiedy", "Dokument", "Drukarka", "Kto",
                                                                          "Strony", "Wynik"]
    assert queue.index(0, queue.KIND).data() == "Etykieta"
    assert queue.index(0, queue.STATUS).data() == "Spakowane"


def test_labels_that_cannot_be_made_are_named_in_polish(packed, polish_tab, session):
    waiting = [(r.id, r.kind, "x", r.order_id, r.shipment_id, None, 1) for r in print_queue.waiting(session)]
    print_queue.record_printed(session, waiting, "Zebra", "t")  # the DPD label is printed already
    polish_tab.print_all_packed()  # the second order gets no shipment: no carrier matches its shipping method
    assert (f"Zamówienie {packed[1][1]}: żaden przewoźnik nie pasuje do sposobu dostawy „Gołębie pocztowe”; "
            "wybierz przewoźnika.") in polish_tab.status.text()


def test_a_missing_printer_is_reported_in_polish(packed, polish_tab, qtbot, session):
    tab = polish_tab
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


def test_tracking_import_refusal_in_polish(packed, polish_tab, tmp_path):
    path = tmp_path / "dpd.csv"
    path.write_text("Numer przesyłki;Uwagi\nX1;y\n", encoding="utf-8")
    text = modal_text(lambda: polish_tab.import_tracking(path))
    assert text.splitlines() == [
        "dpd.csv: odrzucony, błędów: 1; nic nie zaimportowano",
        "  wiersz 1: brak kolumny: numer zamówienia (nagłówek: Numer przesyłki, Uwagi)",
    ]


# --- every packed order, with what it still needs; a label saved as PDF ------------------------------------------

@pytest.fixture
def packed_mix(session, add_product, order_input):
    """Four packed orders: one without a shipment, one whose parcel has no tracking number, one whose label waits,
    one whose label was printed already (it waits for its manifest)."""
    made = []
    for n in range(4):
        oid = orders.create_order(session, order_input(add_product(f"MIX{n}"), email=f"mix{n}@x.pl",
                                                       shipping_method="Kurier DPD"), who="t")
        orders.change_status(session, [oid], "ready", who="t")
        orders.change_status(session, [oid], "packed", who="t")
        made.append((oid, orders.get_order(session, oid).number))
    for n, tracking in ((1, ""), (2, "DPD2"), (3, "DPD3")):
        shipping.create_shipment(session, made[n][0], ShipmentInput("dpd", parcels=(ParcelInput(tracking_number=tracking),)),
                                 who="t")
    [printed] = [r for r in print_queue.waiting(session) if r.order_id == made[3][0]]
    print_queue.record_printed(session, [(printed.id, "label", "x", made[3][0], printed.shipment_id, None, 1)], "Z", "t")
    return made


def test_every_packed_order_is_listed_with_what_it_still_needs(packed_mix, tab, qtbot):
    model = tab.queue_model
    listed = {model.index(r, model.ORDER).data(): model.index(r, model.NEEDS).data() for r in range(model.rowCount())}
    numbers = [number for _, number in packed_mix]
    assert set(listed) == set(numbers)  # the one printed before and the one without a shipment too
    assert listed[numbers[0]] == "a shipment"
    assert listed[numbers[1]] == "a tracking number, its label printed, a dispatch manifest"
    assert listed[numbers[2]] == "its label printed, a dispatch manifest"
    assert listed[numbers[3]] == "a dispatch manifest"
    kinds = {model.index(r, model.ORDER).data(): model.index(r, model.KIND).data() for r in range(model.rowCount())}
    assert kinds[numbers[0]] == kinds[numbers[3]] == "Packed order" and kinds[numbers[2]] == "Label"
    assert "2 documents waiting to print, 4 packed orders. 2 packed orders cannot get a label yet" in tab.status.text()
    tab.kind.setCurrentIndex(tab.kind.findData("order"))
    assert sorted(model.index(r, model.ORDER).data() for r in range(model.rowCount())) == [numbers[0], numbers[3]]


def test_a_label_is_saved_as_pdf_from_the_tab(packed_mix, tab, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from tests.support.pdftools import decode_barcodes as barcodes

    model = tab.queue_model
    row = next(r for r in range(model.rowCount()) if model.index(r, model.ORDER).data() == packed_mix[2][1])
    select_row(tab.queue_view, row)
    target = tmp_path / "etykieta"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: (asked.append(args[2]), (str(target), ""))[1]))
    qtbot.keyClick(tab.queue_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked and asked[0].endswith(f"label {packed_mix[2][1]}.pdf")
    saved = tmp_path / "etykieta.pdf"
    reader = PdfReader(saved)
    assert len(reader.pages) == 1 and approx_size(reader.pages[0], (283, 425))
    assert sorted(barcodes(saved, tmp_path)[0]) == sorted(["DPD2", packed_mix[2][1]])
    assert "Saved 1 page to" in tab.status.text()
    # A packed order printed before: its label again; one without a shipment: said so.
    row = next(r for r in range(model.rowCount()) if model.index(r, model.ORDER).data() == packed_mix[3][1])
    select_row(tab.queue_view, row)
    tab.save_pdf(tmp_path / "again.pdf")
    assert sorted(barcodes(tmp_path / "again.pdf", tmp_path)[0]) == sorted(["DPD3", packed_mix[3][1]])
    row = next(r for r in range(model.rowCount()) if model.index(r, model.ORDER).data() == packed_mix[0][1])
    select_row(tab.queue_view, row)
    tab.save_pdf(tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()
    assert f"No shipment yet, so no label: {packed_mix[0][1]}" in tab.status.text()


def test_counts_in_polish_take_their_three_forms(packed_mix, polish_tab):
    text = polish_tab.status.text()
    assert "2 dokumenty czekają na wydruk, 4 spakowane zamówienia." in text
    assert "2 spakowane zamówienia nie mogą jeszcze dostać etykiety" in text
    model = polish_tab.queue_model
    needs = {model.index(r, model.ORDER).data(): model.index(r, model.NEEDS).data() for r in range(model.rowCount())}
    assert needs[packed_mix[0][1]] == "utworzenia przesyłki"
