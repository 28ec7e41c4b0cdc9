"""Invoices through the print path (PrintService -> the real CUPS queue Zaplecze_PDF, cups-pdf): on the A4 printer,
the KSeF QR code on the paper read back by zbarimg is the verification link of the invoice's own FA(3) file, one
line in the print log naming the invoice, printed again from the log, previewed; and the invoice's PDF and XML
saved to files (save_invoice_files, which the command line uses).

cups-pdf's output is what Qt painted (page images): the QR code is read from a 300 dpi render of it."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import replace

import pytest
from pypdf import PdfReader

from app.core.errors import DomainError, NotFound
from app.printing.fa3_schema import validate_fa3
from app.printing.ksef_xml import invoice_xml
from app.services.documents import queue as print_queue
from app.services.documents.render import invoice_ref, prepare_print, save_pdf
from app.services.invoicing.correcting import correct_from_return
from app.services.invoicing.files import save_invoice_files
from app.services.invoicing.reading import invoice_doc
from app.services.invoicing.settings import get_settings, save_settings
from tests.printing.test_invoice_pdf import decode_qr
from tests.support.cups import QUEUE, need_queue, snapshot, wait_for_new_pdfs
from tests.support.pdftools import pdf_pages
from tests.support.shipping import A4_PT, approx_size
from tests.ui.invoicing.shop import make_invoicing_shop, use_pdf_printer


@pytest.fixture
def shop(session, order_input):
    made = make_invoicing_shop(session, order_input)
    use_pdf_printer(session)
    return made


def expected_link(session, invoice_id: int) -> str:
    """KOD I computed here from the FA(3) file's bytes, apart from the code that prints it."""
    doc = invoice_doc(session, invoice_id)
    digest = base64.urlsafe_b64encode(hashlib.sha256(invoice_xml(doc)).digest()).rstrip(b"=").decode()
    return f"https://qr-test.ksef.mf.gov.pl/invoice/5261040828/{doc.issue_date:%d-%m-%Y}/{digest}"


def _printed(service, qtbot, refs, reprint_log=None):
    before = snapshot(service.job_prefix)
    service.last = None
    if reprint_log is not None:
        service.reprint_log(reprint_log)
    else:
        service.print_refs(refs)
    qtbot.waitUntil(lambda: service.last is not None, timeout=30_000)
    assert service.last.errors == [] and not service.last.cancelled
    return wait_for_new_pdfs(before, 1, tag=service.job_prefix)


def test_an_invoice_prints_on_the_a4_printer_with_its_qr_and_again_from_the_log(service, shop, session, qtbot,
                                                                                 tmp_path):
    need_queue()
    number = invoice_doc(session, shop.anna).number
    link = expected_link(session, shop.anna)
    [pdf] = _printed(service, qtbot, [invoice_ref(shop.anna)])
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1 and approx_size(reader.pages[0], A4_PT)
    (tmp_path / "first").mkdir()
    assert decode_qr(pdf.read_bytes(), tmp_path / "first") == [[link]]
    [row] = print_queue.log_rows(session)
    assert (row.kind, row.document, row.order_id, row.printer, row.who, row.pages, row.ok) == (
        "invoice", f"Invoice {number}", shop.orders["anna"], QUEUE, "station-1", 1, True)
    assert service.last.printers == [QUEUE]

    [again] = _printed(service, qtbot, [], reprint_log=[row.id])
    (tmp_path / "again").mkdir()
    assert decode_qr(again.read_bytes(), tmp_path / "again") == [[link]]
    newest = print_queue.log_rows(session)[0]
    assert (newest.kind, newest.document, newest.reprint, newest.ok) == ("invoice", f"Invoice {number}", True, True)


def test_a_correction_prints_as_one_job_with_its_invoice(service, shop, session, qtbot, tmp_path):
    need_queue()
    kor = correct_from_return(session, shop.firma, {1: 1}, "Zwrot jednego kubka", "t")
    links = [expected_link(session, i) for i in (shop.firma, kor)]
    [pdf] = _printed(service, qtbot, [invoice_ref(shop.firma), invoice_ref(kor)])
    pages = decode_qr(pdf.read_bytes(), tmp_path)
    assert [p for p in pages if p] == [[links[0]], [links[1]]]  # each document's own code, in the order asked
    titles = [r.document for r in print_queue.log_rows(session)]
    number, kor_number = invoice_doc(session, shop.firma).number, invoice_doc(session, kor).number
    assert sorted(titles) == sorted([f"Invoice {number}", f"Correction invoice {kor_number}"])


def test_the_request_makes_the_invoice_as_a_document_of_the_a4_printer(shop, session):
    kor = correct_from_return(session, shop.anna, {2: 1}, "Zwrot herbaty", "t")
    request = prepare_print(session, [invoice_ref(shop.anna), invoice_ref(kor)])
    first, correction = request.documents
    assert (first.printer, first.ref.order_id, first.ref.invoice_id) == ("a4", shop.orders["anna"], shop.anna)
    assert correction.ref.order_id == shop.orders["anna"] and correction.title.startswith("Correction invoice KOR/")
    text = pdf_pages(first.pdf)[0][2]
    for words in ("Faktura VAT", "Żółty Kot sp. z o.o.", "Anna Kowalska", "Kubek żółty", "OFFLINE"):
        assert words in text, words
    assert "Faktura korygująca" in pdf_pages(correction.pdf)[0][2]
    assert [round(x) for x in pdf_pages(first.pdf)[0][:2]] == [595, 842]


def test_the_seller_logo_is_on_the_printed_invoice_and_a_broken_one_is_named(shop, session):
    from io import BytesIO

    from PIL import Image

    png = BytesIO()
    Image.new("RGB", (120, 40), (200, 30, 30)).save(png, "PNG")
    save_settings(session, replace(get_settings(session), logo=png.getvalue()))
    [doc] = prepare_print(session, [invoice_ref(shop.anna)]).documents
    page = PdfReader(BytesIO(doc.pdf)).pages[0]
    assert len(page.images) == 1
    save_settings(session, replace(get_settings(session), logo=b"not an image"))
    with pytest.raises(DomainError, match="The seller's logo in the invoice settings is not an image"):
        prepare_print(session, [invoice_ref(shop.anna)])


def test_a_log_line_without_its_invoice_is_not_printed_again(session, shop):
    [log_id] = print_queue.record_printed(session, [(None, "invoice", "Invoice X", None, None, None, 1)], QUEUE, "t")
    with pytest.raises(DomainError, match="print it from the Invoices tab"):
        prepare_print(session, log_ids=[log_id])
    with pytest.raises(NotFound, match="Invoice 999 does not exist"):
        prepare_print(session, [invoice_ref(999)])


def test_the_preview_shows_the_invoice_on_an_a4_page(service, shop, qtbot):
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    service.preview([invoice_ref(shop.jan)])
    dialog = service.preview_dialog
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 1, timeout=10_000)
    assert "Invoice FV/" in dialog.windowTitle()
    size = service.preview_printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert abs(size.width() - 210) < 1 and abs(size.height() - 297) < 1, QSizeF(size)
    dialog.close()


def test_save_invoice_files_writes_a_pdf_whose_qr_verifies_the_xml_beside_it(shop, session, tmp_path):
    pdf_path, xml_path = tmp_path / "faktura.pdf", tmp_path / "faktura.xml"
    saved = save_invoice_files(session, shop.firma, pdf_path, xml_path)
    xml = xml_path.read_bytes()
    assert validate_fa3(xml) == []
    digest = base64.urlsafe_b64encode(hashlib.sha256(xml).digest()).rstrip(b"=").decode()
    assert saved.link.endswith("/" + digest) and saved.link == expected_link(session, shop.firma)
    assert (saved.number, saved.kind, saved.pages, saved.pdf_path, saved.xml_path) == (
        invoice_doc(session, shop.firma).number, "VAT", 1, pdf_path, xml_path)
    assert b"<NIP>7740001454</NIP>" in xml
    (tmp_path / "qr").mkdir()
    assert decode_qr(pdf_path.read_bytes(), tmp_path / "qr") == [[saved.link]]
    assert "Łąka i Ślęża S.A." in pdf_pages(pdf_path.read_bytes())[0][2]
    only_pdf = save_invoice_files(session, shop.anna, tmp_path / "anna.pdf")
    assert only_pdf.xml_path is None and (tmp_path / "anna.pdf").stat().st_size > 0
    # The same invoice saved through the Printing tab's "Save as PDF" is the same document.
    save_pdf(session, [invoice_ref(shop.anna)], tmp_path / "anna-again.pdf")
    assert pdf_pages((tmp_path / "anna-again.pdf").read_bytes())[0][2] == pdf_pages(
        (tmp_path / "anna.pdf").read_bytes())[0][2]


def test_save_invoice_files_refuses_clearly_and_leaves_no_half_file(shop, session, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(DomainError, match="need different names"):
        save_invoice_files(session, shop.anna, tmp_path / "a.pdf", tmp_path / "a.pdf")
    with pytest.raises(NotFound, match="Invoice 999 does not exist"):
        save_invoice_files(session, 999, tmp_path / "b.pdf")
    missing = tmp_path / "no such folder" / "c.pdf"
    with pytest.raises(DomainError, match="could not be written"):
        save_invoice_files(session, shop.anna, tmp_path / "c.pdf", missing.with_suffix(".xml"))
    assert list(tmp_path.iterdir()) == []  # the PDF written first was taken back with the XML that failed
