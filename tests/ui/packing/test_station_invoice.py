"""The packing station prints the invoice with the label when its settings say so: a packed order without an invoice
gets one (a company invoice when the order has the buyer's NIP), printed on the A4 printer through the real cups-pdf
queue (its KSeF QR code read back); an order that has its invoice gets that one printed again; a refusal is said in
the banner and the order stays packed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.config import Settings
from app.models import Invoice, Order, Product
from app.services.documents.queue import save_printer_setting
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.settings import SellerSettings, save_settings
from app.services.shipping.data import PrinterSettingData
from tests.support.cups import QUEUE, job_tag, need_queue, snapshot, wait_for_new_pdfs
from tests.support.pdftools import decode_barcodes
from tests.support.pdftools import qr_codes as decode_qr
from tests.ui.invoicing.shop import expected_link

MUG, PLATE = "5901234123457", "5900000000014"
SELLER = SellerSettings("Zielony Kot sp. z o.o.", "1234563218", "ul. Polna 1", "90-001", "Łódź")


@pytest.fixture
def shop(db, add_product, ready_order):
    """Two orders ready to pack by DPD (the older first in the queue): 2 mugs and a plate, then 6 plates."""
    mug = add_product("KUB-1", "Kubek niebieski", ean=MUG, on_hand=50)
    plate = add_product("TAL-2", "Talerz płytki", ean=PLATE, on_hand=50)
    with db.session() as s, s.begin():
        s.get(Product, mug).location, s.get(Product, plate).location = "B-02", "A-01"
    return {"first": ready_order((mug, 2), (plate, 1), shipping_method="Kurier DPD"),
            "second": ready_order((plate, 6), shipping_method="Kurier DPD")}


@pytest.fixture
def station(qtbot, ctx, shop):
    from app.ui.packing.tab import PackingTab

    tab = PackingTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.show()
    tab.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(tab.isActiveWindow)
    yield tab.station


@pytest.fixture
def printers(session):
    need_queue()
    for kind, paper in (("label", "100x150"), ("a4", "A4")):
        save_printer_setting(session, PrinterSettingData(kind, QUEUE, paper, "portrait", 300, False, True))


def scan(qtbot, station, text: str) -> None:
    station.input.setFocus()
    qtbot.keyClicks(station.input, text)
    qtbot.keyClick(station.input, Qt.Key.Key_Return)


def pack_first_order(qtbot, station):
    """F2, every item, a weight, Enter: the Finished of the packed order."""
    qtbot.keyClick(station.input, Qt.Key.Key_F2)
    scan(qtbot, station, "2*" + MUG)
    scan(qtbot, station, PLATE)
    assert station.state.complete
    scan(qtbot, station, "1,4")
    with qtbot.waitSignal(station.packed, timeout=5000) as done:
        qtbot.keyClick(station.input, Qt.Key.Key_Return)
    return done.args[0]


def invoices(db, order_id: int) -> list[Invoice]:
    with db.session() as s:
        return list(s.scalars(select(Invoice).where(Invoice.order_id == order_id)))


def test_the_invoice_is_issued_and_printed_with_the_label(qtbot, station, shop, db, session, printers, tmp_path):
    save_settings(session, SELLER)
    session.get(Order, shop["first"]).buyer_nip = "5260250274"  # the buyer wants a company invoice
    session.commit()
    station.print_invoice = True
    station.printer_service().job_prefix = tag = job_tag()
    before = snapshot(tag)
    finished = pack_first_order(qtbot, station)
    [invoice] = invoices(db, shop["first"])
    assert invoice.buyer_nip == "5260250274" and invoice.method == "net" and invoice.who == station.packer
    assert "The label and the invoice are printing." in station.banner.text() and station.banner_kind != "bad"
    try:
        pdfs = wait_for_new_pdfs(before, count=2, tag=tag)  # the label's job and the A4 one
        assert sorted(decode_qr(pdf, tmp_path) for pdf in pdfs) == [[], [expected_link(session, invoice.id)]]
        [label] = [pdf for pdf in pdfs if not decode_qr(pdf, tmp_path)]
        assert decode_barcodes(label, tmp_path) == [[finished.packed.number]]
    finally:
        for path in snapshot(tag):
            path.unlink(missing_ok=True)
    with db.session() as s:
        assert s.get(Order, shop["first"]).status == "packed"


def test_an_order_that_has_its_invoice_gets_that_one_printed(qtbot, station, shop, db, session, printers, tmp_path):
    save_settings(session, SELLER)
    invoice_id = issue_invoice(session, shop["first"], "office")
    station.print_invoice = True
    station.printer_service().job_prefix = tag = job_tag()
    before = snapshot(tag)
    pack_first_order(qtbot, station)
    assert [i.id for i in invoices(db, shop["first"])] == [invoice_id]  # no second invoice
    try:
        pdfs = wait_for_new_pdfs(before, count=2, tag=tag)
        assert sorted(decode_qr(pdf, tmp_path) for pdf in pdfs) == [[], [expected_link(session, invoice_id)]]
    finally:
        for path in snapshot(tag):
            path.unlink(missing_ok=True)


def test_a_refused_invoice_is_said_and_the_order_stays_packed(qtbot, station, shop, db, session):
    station.print_invoice = True  # no seller data in the settings: no invoice can be issued
    finished = pack_first_order(qtbot, station)
    assert invoices(db, shop["first"]) == []
    with db.session() as s:
        assert s.get(Order, shop["first"]).status == "packed"
    # The next order opened; the refusal is said above its first words.
    qtbot.waitUntil(lambda: station.order is not None and station.order.order_id == shop["second"], timeout=5000)
    assert (f"Order {finished.packed.number} is packed, but it has no invoice: Fill in the seller's data in the "
            "invoice settings first") in station.banner.text()


def test_without_the_option_no_invoice_is_issued(qtbot, station, shop, db, session, printers):
    save_settings(session, SELLER)
    assert not station.print_invoice  # off unless the station's settings turn it on
    station.printer_service().job_prefix = tag = job_tag()
    before = snapshot(tag)
    try:
        pack_first_order(qtbot, station)
        assert invoices(db, shop["first"]) == [] and "The label is printing." in station.banner.text()
        assert len(wait_for_new_pdfs(before, tag=tag)) == 1  # the label alone
    finally:
        for path in snapshot(tag):
            path.unlink(missing_ok=True)


def test_the_option_is_set_in_the_station_settings_and_remembered(qtbot, ctx, station):
    from app.ui.kit import settings as remembered
    from app.ui.packing.settings_dialog import StationSettingsDialog

    dialog = StationSettingsDialog(ctx, station)
    qtbot.addWidget(dialog)
    assert not dialog.invoice.isChecked() and dialog.invoice.text() == "Print the invoice with the label"
    dialog.invoice.setChecked(True)
    dialog.save()
    assert station.print_invoice and remembered.load(Settings.PACKING_PRINT_INVOICE) is True
    again = StationSettingsDialog(ctx, station)
    qtbot.addWidget(again)
    assert again.invoice.isChecked()


def test_the_option_in_polish(qtbot, ctx, station, polish):
    from app.ui.packing.settings_dialog import StationSettingsDialog

    dialog = StationSettingsDialog(ctx, station)
    qtbot.addWidget(dialog)
    assert dialog.invoice.text() == "Drukuj fakturę razem z etykietą"
