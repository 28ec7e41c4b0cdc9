"""A complaint's letter and an order's return form through the print path (the case's print request -> PrintService
-> the real CUPS queue Zaplecze_PDF, cups-pdf), then printed again from the Printing tab's log: the log line names
the letter it printed, a reprint prints the letter's PDF exactly as kept with the case (not made anew from today's
seller data), a second job comes out of the queue, and the tab names both kinds (in Polish too)."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.core.errors import DomainError
from app.core.shop_time import shop_day
from app.models import Complaint, ComplaintEvent, ComplaintLetter, ComplaintLine, Order, PrintLogEntry
from app.models.base import utcnow
from app.services.complaints import letters
from app.services.documents.render import prepare_print
from app.services.invoicing.settings import SellerSettings, get_settings, save_settings
from tests.support.cups import QUEUE, job_tag, need_queue, snapshot, wait_for_new_pdfs
from tests.support.pdftools import pdf_pages
from tests.support.shipping import A4_PT, approx_size, select_row
from tests.ui.invoicing.shop import use_pdf_printer

SELLER = SellerSettings(name="Żółty Kot sp. z o.o.", nip="526-104-08-28", street="ul. Świętokrzyska 12/4",
                        postal_code="00-916", city="Warszawa")
SUBJECT = "Uznanie reklamacji nr {numer_sprawy}"


@pytest.fixture(autouse=True)
def _qsettings(qapp, tmp_path_factory):
    """The tab remembers its columns in QSettings: kept in a temp folder, never the user's."""
    from PySide6.QtCore import QSettings

    qapp.setOrganizationName("ZapleczeTests")
    qapp.setApplicationName("ZapleczeTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path_factory.mktemp("qsettings")))


@pytest.fixture
def case(session, order_input) -> tuple[int, int, str]:
    """A case of an order, accepted with a replacement, made as rows; its acceptance letter written by the letters
    service (rendered and kept with the case). (order id, letter id, case number)."""
    from app.services.orders.data import LineInput
    from app.services.orders.editing import create_order

    save_settings(session, SELLER)
    order_id = create_order(session, order_input(lines=(LineInput(quantity=1, unit_price=Decimal("29.90"),
                                                                  sku="MUG-ZOL", name="Kubek żółty"),),
                                                 customer_name="Zofia Łęcka"), who="t")
    today = shop_day(utcnow())
    number = f"REK/{today.year}/0001"
    with session.begin():
        order = session.get(Order, order_id)
        row = Complaint(number=number, kind="liability", channel="email", received_on=today, status="in_review",
                        order_id=order_id, customer_name="Zofia Łęcka", address="ul. Źródlana 7, 80-180 Gdańsk",
                        demand="replacement", reason="defect", due_on=today, decision="accepted",
                        remedy="replacement", created_by="t")
        row.lines.append(ComplaintLine(order_line_id=order.lines[0].id, sku="MUG-ZOL", name="Kubek żółty",
                                       quantity=1, unit_price=Decimal("29.90")))
        row.events.append(ComplaintEvent(kind="registered", who="t", text="Registered"))
        session.add(row)
        session.flush()
        case_id = row.id
    draft = letters.fill_letter(session, case_id, "accept")
    letter_id, _changes = letters.write_letter(session, case_id, "accept", draft.subject, draft.body, "t",
                                               today=today)
    use_pdf_printer(session)
    return order_id, letter_id, number


@pytest.fixture
def tab(db, qtbot):
    """The Printing tab on the test's shop, background work inline, its jobs titled so this test's PDFs are found
    (and removed after)."""
    from app.ui.kit.context import AppContext
    from app.ui.kit.tasks import Tasks
    from app.ui.printing.tab import PrintingTab

    before = Tasks.synchronous
    Tasks.synchronous = True
    widget = PrintingTab(AppContext(db=db, who="station-1"))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(widget.isActiveWindow)
    widget.service.job_prefix = job_tag()
    yield widget
    Tasks.synchronous = before
    for pdf in snapshot(widget.service.job_prefix):
        pdf.unlink(missing_ok=True)


def _print_prepared(tab, qtbot, request) -> None:
    """What the case window's Print does with the letters service's request, on the tab's PrintService."""
    before = snapshot(tab.service.job_prefix)
    tab.service.last = None
    tab.service.print_prepared(request)
    qtbot.waitUntil(lambda: tab.service.last is not None, timeout=30_000)
    assert tab.service.last.errors == [] and not tab.service.last.cancelled
    wait_for_new_pdfs(before, tag=tab.service.job_prefix)
    tab.log_model.reload()


def _reprint_first_log_row(tab, qtbot):
    """Select the newest log line and press Ctrl+R, as the packer does; the PDF that came out of the queue."""
    tab.service.last = None
    select_row(tab.log_view, 0)
    before = snapshot(tab.service.job_prefix)
    qtbot.keyClick(tab.log_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.service.last is not None, timeout=30_000)
    assert tab.service.last.errors == [] and not tab.service.last.cancelled
    [pdf] = wait_for_new_pdfs(before, tag=tab.service.job_prefix)
    return pdf


def _log(session) -> list[PrintLogEntry]:
    session.expire_all()  # what the UI's own sessions wrote
    with session.begin():
        return list(session.scalars(select(PrintLogEntry).order_by(PrintLogEntry.id)))


def test_a_printed_letter_is_printed_again_from_the_log_as_kept(case, tab, session, qtbot):
    need_queue()
    order_id, letter_id, number = case
    _print_prepared(tab, qtbot, letters.letter_print_request(session, letter_id))
    [first] = _log(session)
    assert (first.kind, first.complaint_letter_id, first.order_id, first.ok, first.reprint, first.printer) == (
        "complaint_letter", letter_id, order_id, True, False, QUEUE)
    log = tab.log_model
    assert log.index(0, log.DOCUMENT).data() == f"Complaint letter {number}: Uznanie reklamacji nr {number}"
    assert log.index(0, log.DOCUMENT).data(Qt.ItemDataRole.ToolTipRole) == "Complaint letter"

    # The shop renames itself afterwards: a reprint is still the letter the customer got, not one made anew.
    save_settings(session, replace(get_settings(session), name="Inna Firma S.A."))
    pdf = _reprint_first_log_row(tab, qtbot)
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1 and approx_size(reader.pages[0], A4_PT)
    first, again = _log(session)
    assert (again.kind, again.complaint_letter_id, again.order_id, again.reprint, again.ok, again.document) == (
        "complaint_letter", letter_id, order_id, True, True, first.document)
    assert log.index(0, log.DOCUMENT).data() == f"Complaint letter {number}: Uznanie reklamacji nr {number} (reprint)"
    assert log.index(0, log.RESULT).data() == "Printed"
    # What went to the queue is the kept PDF, byte for byte.
    with session.begin():
        kept = session.get(ComplaintLetter, letter_id).pdf
    [doc] = prepare_print(session, log_ids=[again.id]).documents
    assert (doc.pdf, doc.printer, doc.ref.complaint_letter_id) == (kept, "a4", letter_id)
    assert "Żółty Kot sp. z o.o." in pdf_pages(doc.pdf)[0][2]


def test_a_printed_return_form_is_printed_again_from_the_log(case, tab, session, qtbot):
    need_queue()
    order_id, _letter_id, _number = case
    with session.begin():
        order_number = session.get(Order, order_id).number
    _print_prepared(tab, qtbot, letters.return_form_print_request(session, order_id))
    [first] = _log(session)
    assert (first.kind, first.order_id, first.complaint_letter_id, first.ok) == ("return_form", order_id, None, True)
    log = tab.log_model
    assert log.index(0, log.DOCUMENT).data(Qt.ItemDataRole.ToolTipRole) == "Return form"
    pdf = _reprint_first_log_row(tab, qtbot)
    pages = len(PdfReader(pdf).pages)
    assert pages == len(PdfReader(io.BytesIO(letters.return_form_pdf(session, order_id))).pages) >= 2  # the annex's page too
    _first, again = _log(session)
    assert (again.kind, again.order_id, again.reprint, again.ok, again.pages) == ("return_form", order_id, True, True,
                                                                                 pages)
    assert log.index(0, log.DOCUMENT).data() == f"Return form {order_number} (reprint)"
    [doc] = prepare_print(session, log_ids=[again.id]).documents
    text = pdf_pages(doc.pdf)[0][2]
    for words in ("Formularz zwrotu towaru", "Kubek żółty", order_number):
        assert words in text, words


def test_a_log_line_whose_letter_is_gone_is_refused_with_its_reason(case, session):
    from app.services.documents import queue as print_queue

    order_id, letter_id, number = case
    entry = (None, "complaint_letter", f"Complaint letter {number}: x", order_id, None, None, 1, None, letter_id)
    [log_id] = print_queue.record_printed(session, [entry], QUEUE, "t")
    with session.begin():
        session.delete(session.get(ComplaintLetter, letter_id))
    session.expire_all()
    with session.begin():
        assert session.get(PrintLogEntry, log_id).complaint_letter_id is None  # the log line stays, unlinked
    with pytest.raises(DomainError, match="the letter is no longer kept with its case"):
        prepare_print(session, log_ids=[log_id])


@pytest.fixture
def polish(qapp):
    from app.ui.kit.i18n import install_translations

    assert install_translations(qapp, "pl") == "pl"
    yield
    install_translations(qapp, "en")


def test_the_printing_tab_names_both_kinds_in_polish(case, session, polish, tab):
    from app.services.documents import queue as print_queue

    order_id, letter_id, number = case
    print_queue.record_printed(session, [(None, "return_form", "Return form X", order_id, None, None, 2),
                                         (None, "complaint_letter", f"Complaint letter {number}: Uznanie", order_id,
                                          None, None, 1, None, letter_id)], QUEUE, "t")
    tab.log_model.reload()
    log = tab.log_model
    assert [log.index(r, log.DOCUMENT).data(Qt.ItemDataRole.ToolTipRole) for r in (0, 1)] == [
        "Pismo w sprawie reklamacji", "Formularz zwrotu"]
    assert log.index(0, log.DOCUMENT).data() == f"Pismo w sprawie {number}: Uznanie"
