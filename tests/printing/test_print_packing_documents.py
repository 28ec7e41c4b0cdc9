"""Packing slips and pick lists through the print path (PrintService -> the real CUPS queue Zaplecze_PDF, cups-pdf):
on the A4 printer, an A6 slip on the label printer when the shop says so, one readable line in the print log each,
a slip printed again from the log, a pick list refused there with a clear message.

cups-pdf's output is what Qt painted: page images (text does not survive a raster job). The text is read from the
very document the print request made, and the output is read back by its size and its barcodes (the order numbers
the packing station scans)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.core.errors import DomainError
from app.services.documents import queue as print_queue
from app.services.documents.render import DocumentRef, picklist_ref, prepare_print
from app.services.orders import editing as orders
from app.services.orders.data import LineInput
from app.services.shipping.data import PrinterSettingData
from tests.support.cups import QUEUE, need_queue, snapshot, wait_for_new_pdfs
from tests.support.pdftools import decode_barcodes, pdf_pages
from tests.support.shipping import A4_PT, LABEL_PT, approx_size


@pytest.fixture
def batch(session, add_product):
    """Two ready orders on the cups-pdf queue (both printers): the first with two products, the second with one of
    the same; (id, number) each."""
    from app.services.orders.data import AddressData, OrderInput

    for kind, paper in (("label", "100x150"), ("a4", "A4")):
        print_queue.save_printer_setting(session, PrinterSettingData(kind, QUEUE, paper, "portrait", 203, False, True))
    mug, tea = add_product("MUG-ZOL", "Kubek żółty"), add_product("TEA-100", "Herbata zielona")
    made = []
    for n, lines in enumerate(((LineInput(2, Decimal("29.90"), mug), LineInput(1, Decimal("19.00"), tea)),
                               (LineInput(1, Decimal("19.00"), tea),))):
        data = OrderInput(customer_name=f"Klient {n}", email=f"k{n}@example.pl", phone="",
                          shipping_address=AddressData(f"Klient {n}", "", "Polna 1", "00-001", "Łódź", "PL"),
                          lines=lines, shipping_method="Kurier DPD", payment_method="prepaid", payment_status="paid")
        oid = orders.create_order(session, data, who="t")
        orders.change_status(session, [oid], "ready", who="t")
        made.append((oid, orders.get_order(session, oid).number))
    return made


def _printed(service, qtbot, refs, count=1, reprint_log=None):
    before = snapshot(service.job_prefix)
    service.last = None
    if reprint_log is not None:
        service.reprint_log(reprint_log)
    else:
        service.print_refs(refs)
    qtbot.waitUntil(lambda: service.last is not None, timeout=30_000)
    assert service.last.errors == [] and not service.last.cancelled
    return wait_for_new_pdfs(before, count, tag=service.job_prefix)


def test_a_packing_slip_prints_on_the_a4_printer_and_again_from_the_log(service, batch, session, qtbot, tmp_path):
    need_queue()
    (oid, number), _ = batch
    ref = DocumentRef("packing_slip", oid)
    [pdf] = _printed(service, qtbot, [ref])
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1 and approx_size(reader.pages[0], A4_PT)
    assert decode_barcodes(pdf, tmp_path) == [[number]]
    [doc] = prepare_print(session, [ref]).documents  # what was painted, as text
    text = pdf_pages(doc.pdf)[0][2]
    for words in ("Lista pakunkowa", f"Zamówienie {number}", "MUG-ZOL", "TEA-100", "Kubek żółty", "Razem sztuk"):
        assert words in text, words
    [row] = print_queue.log_rows(session)
    assert (row.kind, row.document, row.order_id, row.printer, row.who, row.ok) == (
        "packing_slip", f"Packing slip {number}", oid, QUEUE, "station-1", True)

    [again] = _printed(service, qtbot, [], reprint_log=[row.id])
    assert decode_barcodes(again, tmp_path) == [[number]]
    newest = print_queue.log_rows(session)[0]
    assert (newest.kind, newest.order_id, newest.reprint) == ("packing_slip", oid, True)


def test_a_pick_list_of_two_orders_is_one_a4_job_and_one_log_line(service, batch, session, qtbot, tmp_path):
    need_queue()
    (first, n1), (second, n2) = batch
    ref = picklist_ref([first, second])
    [pdf] = _printed(service, qtbot, [ref])
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1 and approx_size(reader.pages[0], A4_PT)
    assert sorted(decode_barcodes(pdf, tmp_path)[0]) == sorted([n1, n2])
    [doc] = prepare_print(session, [ref]).documents
    text = pdf_pages(doc.pdf)[0][2]
    assert "MUG-ZOL" in text and "TEA-100" in text and n1 in text and n2 in text
    assert doc.printer == "a4"
    [row] = print_queue.log_rows(session)
    assert (row.kind, row.document, row.order_id, row.pages, row.ok) == ("picklist", f"Pick list: {n1}, {n2}",
                                                                          first, 1, True)
    # Printed again from the log it is not: the log keeps one order of the batch, which may have moved on.
    with pytest.raises(DomainError, match="select its orders in the Orders tab and print a new pick list"):
        prepare_print(session, log_ids=[row.id])


def test_an_a6_slip_goes_to_the_label_printer(service, batch, session, qtbot, tmp_path):
    from app.services.shipping.settings import get_settings, save_station_settings, station_settings

    need_queue()
    (oid, number), _ = batch
    values = station_settings(session)
    assert values.slip_size == "A4"
    save_station_settings(session, [values.label, values.a4], get_settings(session), values.carriers, "A6")
    assert station_settings(session).slip_size == "A6"
    [doc] = prepare_print(session, [DocumentRef("packing_slip", oid)]).documents
    assert doc.printer == "label" and [round(x) for x in pdf_pages(doc.pdf)[0][:2]] == [298, 420]  # A6
    [pdf] = _printed(service, qtbot, [DocumentRef("packing_slip", oid)])
    reader = PdfReader(pdf)
    assert approx_size(reader.pages[0], LABEL_PT)  # the label roll's page, the A6 slip fitted on it
    assert decode_barcodes(pdf, tmp_path) == [[number]]


def test_the_slip_size_is_a4_or_a6(session):
    from app.services.shipping.settings import get_settings, save_station_settings, station_settings

    values = station_settings(session)
    with pytest.raises(DomainError, match="A packing slip is printed on A4 or A6, not 'A5'"):
        save_station_settings(session, [values.label, values.a4], get_settings(session), values.carriers, "A5")
    assert station_settings(session).slip_size == "A4"


def test_a_pick_list_of_a_shipped_order_is_refused_naming_it(batch, session):
    (first, n1), (second, _n2) = batch
    orders.change_status(session, [first], "packed", who="t")
    orders.change_status(session, [first], "shipped", who="t")
    with pytest.raises(DomainError, match=f"Nothing to pick for {n1}: shipped"):
        prepare_print(session, [picklist_ref([first, second])])
