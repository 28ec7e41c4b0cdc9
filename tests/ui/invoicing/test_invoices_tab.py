"""The Invoices tab driven like a shop owner would: the register with its amounts, filters and search as you type,
mark paid on a day (and back), a correction made in the correction window and printed through the real CUPS queue
Zaplecze_PDF (its KSeF QR code read back by zbarimg), printing with Ctrl+P and again from the Printing tab's log,
preview, PDF and XML saved, the order opened, the list following the bus, Polish, a 1366 x 768 screen."""

from __future__ import annotations

import base64
import hashlib
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.changes import Changes
from app.printing.fa3_schema import validate_fa3
from app.printing.ksef_xml import invoice_xml
from app.services.invoicing.reading import invoice_doc
from app.ui.invoicing import model as im
from app.ui.invoicing.filters import LAST_MONTH, THIS_MONTH, THIS_YEAR
from app.ui.kit.bus import bus
from tests.printing.test_invoice_pdf import decode_qr
from tests.support.cups import need_queue, snapshot, wait_for_new_pdfs
from tests.ui.invoicing.shop import use_pdf_printer

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def cells(tab, column: int) -> list[str]:
    return [tab.model.index(r, column).data() for r in range(tab.model.rowCount())]


def row_of(tab, invoice_id: int) -> int:
    row = tab.model.row_of(invoice_id)
    assert row is not None, f"invoice {invoice_id} is not in the list"
    return row


def select(tab, *invoice_ids: int) -> None:
    """Select these invoices, the first current (through the selection model: a view's selectRow follows the
    keyboard modifiers Qt believes held, which a shortcut that opened a window may leave behind)."""
    sel = tab.table.selectionModel()
    flags = sel.SelectionFlag
    for n, invoice_id in enumerate(invoice_ids):
        index = tab.model.index(row_of(tab, invoice_id), 0)
        if n == 0:
            sel.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        else:
            sel.select(index, flags.Select | flags.Rows)


def link_of(session, invoice_id: int) -> str:
    """KOD I computed here from the invoice's FA(3) bytes, apart from the code that prints it."""
    doc = invoice_doc(session, invoice_id)
    digest = base64.urlsafe_b64encode(hashlib.sha256(invoice_xml(doc)).digest()).rstrip(b"=").decode()
    return f"https://qr-test.ksef.mf.gov.pl/invoice/5261040828/{doc.issue_date:%d-%m-%Y}/{digest}"


def money(value: str) -> str:
    return f"{Decimal(value):,.2f}".replace(",", "\u00a0").replace(".", ",")


# --- the register ---------------------------------------------------------------------------------------------

def test_the_register_lists_every_invoice_with_its_amounts(shop, tab, session):
    assert tab.title() == "Invoices"
    assert tab.model.rowCount() == 4
    assert tab.count_label.text() == "Invoices in the list: 4"
    assert cells(tab, im.ISSUED) == sorted(cells(tab, im.ISSUED), reverse=True)  # newest first
    firma = invoice_doc(session, shop.firma)
    r = row_of(tab, shop.firma)
    shown = [tab.model.index(r, c).data() for c in range(tab.model.columnCount())]
    assert shown == [firma.number, "Invoice", shop.today.isoformat(), "Łąka i Ślęża S.A.", "7740001454",
                     money(firma.net), money(firma.vat), money(firma.gross), "PLN",
                     f"Due {firma.due_date.isoformat()}", "Not sent", firma.order_number]
    assert firma.gross == Decimal("91.80")  # B2B from net: 2 x 24.31 + 18.10 + 10.56 net, VAT per rate
    anna = row_of(tab, shop.anna)
    assert tab.model.index(anna, im.GROSS).data() == "91,79"  # a consumer's invoice totals the order
    assert tab.model.index(anna, im.PAID).data() == f"Paid {shop.today.isoformat()}"
    jan = row_of(tab, shop.jan)
    assert tab.model.index(jan, im.PAID).data().startswith("Overdue since")
    assert tab.model.index(jan, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # overdue stands out
    assert tab.model.index(anna, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert tab.model.index(anna, im.GROSS).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    # The details under the list say what the selected invoice states.
    select(tab, shop.firma)
    text = tab.details.toPlainText()
    for words in (firma.number, "Łąka i Ślęża S.A.", "NIP 7740001454", "Kubek żółty", "Herbata zielona",
                  "Summary per rate", "23%", "5%", "91,80 PLN", "bank transfer", "not sent to KSeF"):
        assert words in text, words


def test_period_series_kind_payment_and_ksef_filters_narrow_the_list(shop, tab, qtbot):
    f = tab.filters

    def shows(count: int) -> None:
        qtbot.waitUntil(lambda: tab.model.rowCount() == count and not tab._debounce.isActive(), timeout=3000)
        assert tab.count_label.text() == f"Invoices in the list: {count}"

    f.set_period(THIS_MONTH)
    shows(3)
    assert shop.jan not in {tab.model.row(r).id for r in range(3)}
    assert f.dates.dates() == (shop.today.replace(day=1), f.dates.dates()[1])
    f.set_period(LAST_MONTH)
    shows(1)
    assert tab.model.row(0).id == shop.jan
    f.set_period(THIS_YEAR)
    shows(4 if shop.last_month.year == shop.today.year else 3)
    # A day typed by hand makes it a custom range.
    f.dates.set_dates(shop.last_month, shop.last_month)
    shows(1)
    assert f.period.currentText() == "Custom range"
    f.set_period("all")
    shows(4)
    assert f.dates.dates() == (None, None)
    qtbot.waitUntil(lambda: f.series.count() >= 3)  # all, FV, FVB (and no KOR series of VAT invoices' kind)
    f.series.setCurrentIndex(f.series.findData("FVB"))
    shows(1)
    assert tab.model.row(0).id == shop.ewa
    f.series.setCurrentIndex(0)
    f.paid.setCurrentIndex(f.paid.findData(False))
    shows(2)
    assert {tab.model.row(r).id for r in range(2)} == {shop.firma, shop.jan}
    f.paid.setCurrentIndex(0)
    f.kind.setCurrentIndex(f.kind.findData("KOR"))
    shows(0)
    f.kind.setCurrentIndex(0)
    f.ksef.setCurrentIndex(f.ksef.findData(True))
    shows(0)
    f.ksef.setCurrentIndex(f.ksef.findData(False))
    shows(4)


def test_search_as_you_type_finds_by_nip_buyer_and_number(shop, tab, qtbot, session):
    qtbot.keyClicks(tab.search, "7740")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.row(0).id == shop.firma
    tab.search.clear()
    tab.search.insert("ŚLĘŻA")  # case does not matter, Polish letters neither (QTest types Latin-1 only)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.search.clear()
    qtbot.keyClicks(tab.search, invoice_doc(session, shop.ewa).number)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.row(0).id == shop.ewa)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # Enter: the list's first invoice selected
    assert [r.id for r in tab.selected_rows()] == [shop.ewa]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "nobody here")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert tab.count_label.text() == "Invoices in the list: 0"


def test_sorting_by_a_column_and_a_column_it_cannot_sort_by(shop, tab, qtbot):
    header = tab.table.horizontalHeader()
    header.setSortIndicator(im.GROSS, Qt.SortOrder.AscendingOrder)
    assert tab.model.query.sort == "gross" and not tab.model.query.descending
    assert tab.model.row(tab.model.rowCount() - 1).id == shop.firma  # 91,80 is the largest
    header.setSortIndicator(im.NIP, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == im.GROSS and tab.model.query.sort == "gross"
    assert "cannot be sorted by that column" in tab.status_bar.currentMessage()


# --- payments ---------------------------------------------------------------------------------------------------

def test_mark_paid_on_a_day_shows_and_persists_and_can_be_taken_back(shop, tab, qtbot, session):
    select(tab, shop.firma)
    assert tab.paid_action.isEnabled() and not tab.unpaid_action.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_M, CTRL | SHIFT)
    dialog = tab.actions_.dialog
    assert dialog.isVisible() and dialog.paid_date() == shop.today  # today unless said otherwise
    assert dialog.day.maximumDate() == QDate(shop.today.year, shop.today.month, shop.today.day)  # never later
    yesterday = shop.today - timedelta(days=1)
    dialog.day.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    dialog.accept()
    r = row_of(tab, shop.firma)
    assert tab.model.index(r, im.PAID).data() == f"Paid {yesterday.isoformat()}"
    doc = invoice_doc(session, shop.firma)
    assert (doc.paid, doc.paid_date) == (True, yesterday)
    assert "Marked paid on" in tab.status_bar.currentMessage()
    assert tab.unpaid_action.isEnabled() and not tab.paid_action.isEnabled()
    assert tab.model.rowCount() == 4  # updated in place, not reloaded away
    qtbot.keyClick(tab.table, Qt.Key.Key_U, CTRL | SHIFT)
    assert tab.model.index(r, im.PAID).data().startswith("Due ")
    assert invoice_doc(session, shop.firma).paid is False


def test_mark_paid_of_paid_invoices_says_so(shop, tab):
    select(tab, shop.anna, shop.ewa)
    tab.actions_.mark_paid()
    assert tab.status_bar.currentMessage() == "The selected invoices are paid already."


# --- corrections ------------------------------------------------------------------------------------------------

def half_up(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def vat_in(gross: Decimal, rate: int) -> Decimal:
    return half_up(gross * rate / (100 + rate))


def edit(view, row: int, column: int, text: str, qtbot) -> None:
    """Type into a cell as a user does: its editor opened (F2), the text replaced, Enter."""
    from PySide6.QtWidgets import QLineEdit

    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    [editor] = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def active(dialog, qtbot) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_a_correction_from_the_window_is_issued_with_its_differences_listed_and_printed(shop, tab, qtbot,
                                                                                         session, tmp_path):
    from app.ui.invoicing.correction_dialog import PRICE, QTY

    need_queue()
    use_pdf_printer(session)
    select(tab, shop.anna)
    qtbot.keyClick(tab.table, Qt.Key.Key_K, CTRL)
    dialog = tab.actions_.dialog
    qtbot.addWidget(dialog)
    active(dialog, qtbot)
    lines = dialog.lines
    assert [(ln.name, ln.quantity, ln.unit_price) for ln in lines.before] == [
        ("Kubek żółty", 2, Decimal("29.90")), ("Herbata zielona", 1, Decimal("19.00")), ("Wysyłka", 1,
                                                                                       Decimal("12.99"))]
    assert not dialog.ok_button.isEnabled()  # nothing changed yet
    edit(dialog.lines_view, 0, QTY, "1", qtbot)  # one mug came back
    dialog.lines_view.setCurrentIndex(lines.index(1, QTY))
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Delete)  # the tea taken off
    edit(dialog.lines_view, 2, PRICE, "9,99", qtbot)  # shipping charged 3 zł less
    assert [(ln.quantity, ln.unit_price) for ln in lines.after] == [
        (1, Decimal("29.90")), (0, Decimal("19.00")), (1, Decimal("9.99"))]
    # The summary: per rate now, after, difference (net, VAT, gross), computed here by the rule of the VAT act.
    g23_now, g23_after = Decimal("29.90") * 2 + Decimal("12.99"), Decimal("29.90") + Decimal("9.99")
    v23_now, v23_after = vat_in(g23_now, 23), vat_in(g23_after, 23)
    rows = dialog.summary.rows
    assert rows[0] == ["23%", money(g23_now - v23_now), money(g23_after - v23_after),
                       money((g23_after - v23_after) - (g23_now - v23_now)), money(v23_now), money(v23_after),
                       money(v23_after - v23_now), money(g23_now), money(g23_after), money(g23_after - g23_now)]
    assert rows[1][0] == "5%" and rows[1][-3:] == [money("19.00"), money("0.00"), money("-19.00")]
    total = g23_after - g23_now - Decimal("19.00")
    assert rows[-1][0] == "Total" and rows[-1][-1] == money(total)
    assert dialog.due.text() == f"The buyer gets {money(-total)}\u00a0zł back."
    assert not dialog.ok_button.isEnabled()  # the reason is required
    qtbot.keyClicks(dialog.reason.lineEdit(), "Zwrot kubka i herbaty")
    assert dialog.ok_button.isEnabled()
    before = snapshot(tab.actions_.print_service.job_prefix)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.issued_id is not None
    kor = dialog.issued_id
    doc = invoice_doc(session, kor)
    assert (doc.kind, doc.correction.reason, doc.correction.corrected_number, doc.gross) == (
        "KOR", "Zwrot kubka i herbaty", invoice_doc(session, shop.anna).number, total)
    assert {r.rate: r.gross for r in doc.rates} == {"23": g23_after - g23_now, "5": Decimal("-19.00")}
    # It is in the list at once, as a correction.
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5)
    r = row_of(tab, kor)
    assert (tab.model.index(r, im.KIND).data(), tab.model.index(r, im.GROSS).data(),
            tab.model.index(r, im.PAID).data()) == ("Correction", money(total), "To refund")
    assert tab.model.index(r, im.NUMBER).data(Qt.ItemDataRole.ToolTipRole) == \
        f"Corrects {invoice_doc(session, shop.anna).number}"
    # Offered to print: Print sends it to the A4 printer, its QR code the link of its own XML.
    box = tab.actions_.last_box
    assert box.isVisible() and doc.number in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: tab.actions_.print_service.last is not None, timeout=30_000)
    assert tab.actions_.print_service.last.errors == []
    [pdf] = wait_for_new_pdfs(before, tag=tab.actions_.print_service.job_prefix)
    assert [p for p in decode_qr(pdf.read_bytes(), tmp_path) if p] == [[link_of(session, kor)]]


def test_the_correction_window_wants_a_reason_and_a_change_and_shows_refusals(shop, tab, qtbot, session):
    from app.ui.invoicing.correction_dialog import QTY

    select(tab, shop.jan)
    tab.actions_.correct()
    dialog = tab.actions_.dialog
    qtbot.addWidget(dialog)
    dialog.issue()  # the button is off; asked anyway, it says why
    dialog.reason.setEditText("Rabat")
    dialog.issue()
    assert "Nothing is changed yet" in dialog.error.text() and dialog.isVisible()
    assert not dialog.lines.setData(dialog.lines.index(0, QTY), "dużo")
    assert dialog.error.text() == "'dużo' is not a number."
    assert not dialog.lines.setData(dialog.lines.index(0, QTY), "-1")
    assert "cannot be below 0" in dialog.error.text()
    assert dialog.lines.setData(dialog.lines.index(0, QTY), "3")
    assert dialog.error.isHidden() and dialog.due.text().startswith("The buyer pays ")
    dialog.issue_date.setDate(QDate(2000, 1, 3))  # before the invoice: the service refuses, the window says so
    dialog.issue()
    assert "cannot be dated before the invoice it corrects" in dialog.error.text() and dialog.isVisible()
    assert dialog.ok_button.isEnabled()  # corrected, it may be issued again
    assert len([r for r in range(tab.model.rowCount()) if tab.model.row(r).kind == "KOR"]) == 0
    dialog.reject()


def test_a_second_correction_corrects_the_first(shop, tab, qtbot, session):
    from app.services.invoicing.correcting import correct_from_return

    first = correct_from_return(session, shop.firma, {2: 1}, "Zwrot herbaty", "t")
    bus().changed.emit(Changes.of_invoices({first}))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5)
    select(tab, shop.firma)
    tab.actions_.correct()
    dialog = tab.actions_.dialog
    qtbot.addWidget(dialog)
    number = invoice_doc(session, first).number
    assert dialog.heading.text() == f"Correction of {number}"
    assert "corrected before" in dialog.note.text()
    assert [ln.quantity for ln in dialog.lines.before] == [2, 0, 1]  # the tea already taken off
    dialog.reject()


# --- printing, preview, files -----------------------------------------------------------------------------------

def test_ctrl_p_prints_the_selected_invoice_and_the_printing_tab_reprints_it(shop, tab, ctx, qtbot, session,
                                                                              tmp_path):
    from app.ui.printing.tab import PrintingTab

    need_queue()
    use_pdf_printer(session)
    service = tab.actions_.print_service
    select(tab, shop.firma)
    before = snapshot(service.job_prefix)
    qtbot.keyClick(tab.table, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: service.last is not None, timeout=30_000)
    [pdf] = wait_for_new_pdfs(before, tag=service.job_prefix)
    (tmp_path / "first").mkdir()
    assert decode_qr(pdf.read_bytes(), tmp_path / "first") == [[link_of(session, shop.firma)]]
    assert tab.status_bar.currentMessage() == "Printed: 1 (pages: 1) on Zaplecze_PDF."
    # The print log in the Printing tab names it, and prints it again.
    printing = PrintingTab(ctx)
    qtbot.addWidget(printing)
    printing.service.job_prefix = service.job_prefix
    number = invoice_doc(session, shop.firma).number
    assert printing.log_model.index(0, printing.log_model.DOCUMENT).data() == f"Invoice {number}"
    printing.log_view.selectRow(0)
    before = snapshot(service.job_prefix)
    printing.reprint_selected()
    qtbot.waitUntil(lambda: printing.service.last is not None, timeout=30_000)
    [again] = wait_for_new_pdfs(before, tag=service.job_prefix)
    (tmp_path / "again").mkdir()
    assert decode_qr(again.read_bytes(), tmp_path / "again") == [[link_of(session, shop.firma)]]
    assert printing.log_model.index(0, printing.log_model.DOCUMENT).data() == f"Invoice {number} (reprint)"


def test_a_double_click_previews_the_invoice(shop, tab, qtbot, session):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    select(tab, shop.jan)
    rect = tab.table.visualRect(tab.model.index(row_of(tab, shop.jan), im.BUYER))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's press
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = tab.actions_.print_service.preview_dialog
    qtbot.waitUntil(lambda: dialog.findChild(QPrintPreviewWidget).pageCount() == 1, timeout=10_000)
    assert invoice_doc(session, shop.jan).number in dialog.windowTitle()
    dialog.close()


def test_save_pdf_and_xml_of_one_invoice_and_of_several(shop, tab, qtbot, session, tmp_path):
    from app.config import Settings
    from app.ui.kit import settings as remembered

    select(tab, shop.firma)
    tab.actions_.save_files(tmp_path / "faktura")
    pdf, xml = tmp_path / "faktura.pdf", tmp_path / "faktura.xml"
    assert pdf.read_bytes().startswith(b"%PDF") and validate_fa3(xml.read_bytes()) == []
    assert xml.read_bytes() == invoice_xml(invoice_doc(session, shop.firma))
    assert "faktura.xml" in tab.status_bar.currentMessage()
    assert remembered.load(Settings.INVOICES_FOLDER) == str(tmp_path)
    # An XML of that name with no PDF beside it (the save dialog asked about the PDF only): asked first.
    pdf.unlink()
    xml.write_bytes(b"<mine/>")
    tab.actions_.save_files(tmp_path / "faktura.pdf")
    box = tab.actions_.last_box
    assert box.isVisible() and "faktura.xml" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert xml.read_bytes() == b"<mine/>" and not pdf.exists()
    folder = tmp_path / "all"
    folder.mkdir()
    tab.table.selectAll()
    tab.actions_.save_files(folder)
    numbers = [invoice_doc(session, i).number.replace("/", "-") for i in (shop.anna, shop.firma, shop.jan, shop.ewa)]
    assert sorted(p.name for p in folder.iterdir()) == sorted([f"{n}.{ext}" for n in numbers for ext in ("pdf",
                                                                                                          "xml")])
    assert "of 4 invoices" in tab.status_bar.currentMessage()
    # Again into the same folder: asked first; No keeps the files as they are.
    stamps = {p: p.stat().st_mtime_ns for p in folder.iterdir()}
    tab.actions_.save_files(folder)
    box = tab.actions_.last_box
    assert box.isVisible() and "Replace them?" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert {p: p.stat().st_mtime_ns for p in folder.iterdir()} == stamps


def test_open_the_order_of_the_invoice(shop, tab, qtbot):
    select(tab, shop.jan)
    qtbot.keyClick(tab.table, Qt.Key.Key_O, CTRL)
    dialog = tab.actions_.dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.order_id == shop.orders["jan"]
    dialog.close()


def test_nothing_selected_is_said_not_failed(shop, tab):
    tab.table.clearSelection()
    assert not tab.print_action.isEnabled() and not tab.correct_action.isEnabled()
    tab.actions_.print_selected()
    assert tab.status_bar.currentMessage() == "Select the invoices to print first."
    tab.actions_.correct()
    assert tab.status_bar.currentMessage() == "Select the invoice to correct first."


# --- the bus ----------------------------------------------------------------------------------------------------

def test_the_list_follows_the_bus(shop, tab, qtbot, session, order_input):
    from app.services.invoicing.issuing import issue_many
    from app.services.invoicing.payments import mark_paid
    from app.services.orders.editing import create_order, get_order

    # An invoice issued in the Orders tab: its Changes name the order; the register shows the new invoice.
    order = create_order(session, order_input(), who="t")
    result = issue_many(session, [order], "t")
    bus().changed.emit(result.changes)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5)
    assert get_order(session, order).number in cells(tab, im.ORDER)
    # A payment marked elsewhere: the row is re-read in place.
    first_row = tab.model.row(0)
    changed = mark_paid(session, [shop.jan], shop.today, "t")
    bus().changed.emit(Changes.of_invoices(changed))
    assert tab.model.index(row_of(tab, shop.jan), im.PAID).data() == f"Paid {shop.today.isoformat()}"
    assert tab.model.row(0) is first_row  # the others untouched: not reloaded


# --- Polish, and a laptop's screen ------------------------------------------------------------------------------

@pytest.fixture
def polish_tab(polish, shop, ctx, qtbot):
    from app.ui.invoicing.tab import InvoicesTab

    widget = InvoicesTab(ctx)
    qtbot.addWidget(widget)
    return widget


def test_the_tab_speaks_polish(polish_tab, shop, qtbot, session):
    tab = polish_tab
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    assert headers == ["Numer", "Rodzaj", "Wystawiona", "Nabywca", "NIP", "Netto", "VAT", "Brutto", "Waluta",
                       "Płatność", "KSeF", "Zamówienie"]
    assert tab.count_label.text() == "Faktur na liście: 4"
    r = row_of(tab, shop.firma)
    assert tab.model.index(r, im.KIND).data() == "Faktura"
    assert tab.model.index(r, im.PAID).data().startswith("Termin ")
    assert tab.model.index(r, im.KSEF).data() == "Niewysłana"
    assert tab.filters.period.itemText(1) == "Bieżący miesiąc"
    assert tab.print_action.text() == "&Drukuj"
    select(tab, shop.firma)
    assert "Podsumowanie według stawek" in tab.details.toPlainText()
    tab.actions_.correct()
    dialog = tab.actions_.dialog
    qtbot.addWidget(dialog)
    assert dialog.heading.text().startswith("Korekta faktury")
    assert dialog.ok_button.text() == "&Wystaw korektę"
    dialog.reject()


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_the_tab_and_the_correction_window_fit_a_laptop_screen(shop, ctx, qtbot, qapp, lang):
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractButton

    from app.ui.invoicing.correction_dialog import CorrectionDialog
    from app.ui.invoicing.tab import InvoicesTab
    from app.ui.kit.i18n import install_translations

    install_translations(qapp, lang)
    try:
        room = qapp.primaryScreen().availableGeometry()
        assert (room.width(), room.height()) == (1366, 768)
        tab = InvoicesTab(ctx)
        qtbot.addWidget(tab)
        assert tab.minimumSizeHint().width() <= room.width() - 40  # the main window's frame and margins
        dialog = CorrectionDialog(ctx, shop.anna)
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert room.contains(dialog.frameGeometry()), (dialog.frameGeometry(), room)
        for button in (b for b in dialog.findChildren(QAbstractButton) if b.isVisible() and b.text()):
            inside = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
            assert dialog.rect().contains(inside), (button.text(), inside)
        dialog.reject()
    finally:
        install_translations(qapp, "en")


def test_the_tab_remembers_its_columns_splitter_and_period(shop, ctx, qtbot):
    from app.ui.invoicing.tab import InvoicesTab

    first = InvoicesTab(ctx)
    qtbot.addWidget(first)
    first.table.setColumnWidth(im.BUYER, 333)
    first.filters.set_period(LAST_MONTH)
    qtbot.waitUntil(lambda: not first._debounce.isActive() and first.model.rowCount() == 1)
    first.splitter.setSizes([300, 250])
    sizes = first.splitter.sizes()
    first.save_state()
    again = InvoicesTab(ctx)
    qtbot.addWidget(again)
    assert again.table.columnWidth(im.BUYER) == 333
    assert again.filters.current_period() == LAST_MONTH and again.model.rowCount() == 1
    assert again.splitter.sizes() == sizes


def test_the_main_window_has_the_invoices_tab_sixth(ctx, qtbot):
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    last = 5  # Today (issue 18) came before it, Complaints (issue 16) after it
    assert window.tabs.tabText(last) == "Invoices"
    window.tabs.setCurrentIndex(last)
    assert window.tab("InvoicesTab").count_label.isVisible() is window.isVisible()


def test_the_tab_and_a_correction_with_the_work_on_worker_threads(shop, threaded_ctx, qtbot, session):
    """As in the app: every read and write in a worker with its own session, the answers later."""
    from app.ui.invoicing.correction_dialog import QTY
    from app.ui.invoicing.tab import InvoicesTab

    tab = InvoicesTab(threaded_ctx)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4)
    qtbot.keyClicks(tab.search, "7740")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.row(0).id == shop.firma)
    select(tab, shop.firma)
    qtbot.waitUntil(lambda: "7740001454" in tab.details.toPlainText())
    tab.actions_.correct()
    dialog = tab.actions_.dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.lines.rowCount() == 3)
    assert dialog.lines.setData(dialog.lines.index(0, QTY), "1")
    dialog.reason.setEditText("Zwrot kubka")
    dialog.issue()
    qtbot.waitUntil(lambda: dialog.issued_id is not None and not dialog.isVisible(), timeout=10_000)
    assert invoice_doc(session, dialog.issued_id).correction.reason == "Zwrot kubka"
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5, timeout=10_000)
    tab.actions_.last_box.button(QMessageBox.StandardButton.No).click()
    for pool in (threaded_ctx.runner.read_pool, threaded_ctx.runner.write_pool):
        pool.waitForDone(10_000)
    qtbot.wait(100)  # the last answers delivered while the tab is still there


def test_the_month_register_is_written_for_the_accountant(shop, tab, qtbot, session, tmp_path):
    """Ctrl+E: the month's register as XLSX, one row per invoice and correction, read back."""
    import openpyxl

    from app.services.invoicing.register_export import previous_month

    assert tab.register_action.shortcut().toString() == "Ctrl+E" and tab.buttons[tab.register_action].isEnabled()
    assert previous_month(date(2026, 12, 6)) == (2026, 11)  # what the month dialog offers on 6 December
    out = tmp_path / "rejestr.xlsx"
    tab.actions_.export_register((shop.today.year, shop.today.month), out)
    sheet = openpyxl.load_workbook(out).active
    numbers = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]
    month = f"{shop.today.year:04d}-{shop.today.month:02d}"
    listed = sorted(tab.model.index(r, im.NUMBER).data() for r in range(tab.model.rowCount())
                    if tab.model.index(r, im.ISSUED).data().startswith(month))
    assert listed and sorted(n for n in numbers if n in listed) == listed  # every invoice of the month
    assert len(numbers) == len(listed) + 1  # and the totals row beneath
    assert "is saved as" in tab.status_bar.currentMessage()
