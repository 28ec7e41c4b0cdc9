"""Invoices from the Orders tab and the order window, driven as a shop owner drives them: the buyer's NIP on the
order (checked on save, the reason under the field), "Issue invoice" for one order (another currency asks for its
NBP rate, typed or read from a downloaded table), "Issue invoices" (Ctrl+Shift+I) for the selected orders with a
summary of what was refused and why, Cancel part-way, missing seller data leading to the settings' Invoices page,
and the issued invoices printed through the real cups-pdf queue (their KSeF QR code read back by zbarimg)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton
from sqlalchemy import func, select

from app.models import Invoice, Order
from app.services.documents import queue as print_queue
from app.services.invoicing.nbp import last_business_day_before
from app.services.invoicing.settings import SellerSettings, save_settings
from app.services.orders import editing as orders
from app.services.orders import lifecycle
from app.services.shipping.data import PrinterSettingData
from tests.support.cups import QUEUE, job_tag, need_queue, snapshot, wait_for_new_pdfs
from tests.support.orders import open_dialog
from tests.support.pdftools import qr_codes as decode_qr
from tests.ui.invoicing.shop import expected_link

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SELLER = SellerSettings("Zielony Kot sp. z o.o.", "1234563218", "ul. Polna 1", "90-001", "Łódź",
                        bank_account="PL61109010140000071219812874")
COMPANY_NIP = "5260250274"


@pytest.fixture
def seller(session):
    return save_settings(session, SELLER)


def invoices_of(db, order_id: int) -> list[Invoice]:
    with db.session() as s:
        return list(s.scalars(select(Invoice).where(Invoice.order_id == order_id).order_by(Invoice.id)))


def box_of(owner) -> QMessageBox:
    box = owner.invoice_actions.last_box if hasattr(owner, "invoice_actions") else owner.actions_.invoices.last_box
    assert box is not None and box.isVisible()
    return box


def button(box: QMessageBox, text: str) -> QPushButton:
    return next(b for b in box.buttons() if b.text() == text)


def shop_today():
    return datetime.now(ZoneInfo("Europe/Warsaw")).date()


def a4_on_cups(session) -> None:
    need_queue()
    print_queue.save_printer_setting(session, PrinterSettingData("a4", QUEUE, "A4", "portrait", 300, False, True))


# --- the buyer's NIP on the order ---------------------------------------------------------------------------------

def test_the_buyers_nip_is_checked_on_save_and_kept_with_the_order(qtbot, ctx, db, shop):
    dialog = open_dialog(qtbot, ctx, shop["anna"])
    field = dialog.buyer_nip
    assert field.isVisible() and field.value() == ""  # visible with the billing address the same as shipping
    qtbot.keyClicks(field.edit, "526-025-02-75")  # one digit off
    dialog.save_button.click()
    assert field.error.isVisible() and "wrong check digit" in field.error.text()
    assert dialog.dirty  # nothing was saved
    with db.session() as s:
        assert s.get(Order, shop["anna"]).buyer_nip is None
    field.edit.clear()
    qtbot.keyClicks(field.edit, "PL 526-025-02-74")
    assert not field.error.isVisible()  # typing again takes the reason away
    dialog.save_button.click()
    assert not dialog.dirty
    with db.session() as s:
        assert s.get(Order, shop["anna"]).buyer_nip == COMPANY_NIP  # stored as 10 digits
    again = open_dialog(qtbot, ctx, shop["anna"])
    assert again.buyer_nip.value() == COMPANY_NIP


# --- one order, from the order window ------------------------------------------------------------------------------

def test_issue_a_company_invoice_from_the_order_window_and_print_it(qtbot, ctx, db, session, shop, seller,
                                                                    tmp_path):
    a4_on_cups(session)
    dialog = open_dialog(qtbot, ctx, shop["anna"])
    assert dialog.issue_button.isVisible() and not dialog.invoice_button.isVisible()
    qtbot.keyClicks(dialog.buyer_nip.edit, "526-025-02-74")
    dialog.issue_button.click()  # the NIP is saved with the order first, then the invoice is issued
    [invoice] = invoices_of(db, shop["anna"])
    assert invoice.buyer_nip == COMPANY_NIP and invoice.method == "net" and invoice.number.startswith("FV/")
    box = box_of(dialog)
    assert box.text() == f"Invoice {invoice.number} is issued."
    assert dialog.invoice_button.isVisible() and dialog.invoice_button.text() == f"Invoice {invoice.number}"
    assert not dialog.issue_button.isVisible()
    assert dialog.buyer_nip.edit.isReadOnly() is False  # the order is still new: its data stays editable
    with db.session() as s:
        assert s.get(Order, shop["anna"]).buyer_nip == COMPANY_NIP
    service = dialog.invoice_actions.print_service
    service.job_prefix = tag = job_tag()
    before = snapshot(tag)
    try:
        button(box, "Print it").click()
        [pdf] = wait_for_new_pdfs(before, tag=tag)
        assert decode_qr(pdf, tmp_path) == [expected_link(session, invoice.id)]
        assert service.last.printers == [QUEUE] and service.last.errors == []
    finally:
        for path in snapshot(tag):
            path.unlink(missing_ok=True)
    actions = [a.text() for a in dialog.invoice_menu.actions() if a.text()]
    assert actions == [f"Print {invoice.number}", f"Preview {invoice.number}"]


def test_a_nip_given_for_a_shipped_order_goes_onto_its_invoice(qtbot, ctx, db, session, shop, seller):
    orders.change_status(session, [shop["piotr"]], lifecycle.READY, who="t")
    orders.change_status(session, [shop["piotr"]], lifecycle.PACKED, who="t")
    dialog = open_dialog(qtbot, ctx, shop["piotr"])
    assert not dialog.save_button.isEnabled() and not dialog.buyer_nip.edit.isReadOnly()
    qtbot.keyClicks(dialog.buyer_nip.edit, "12345")
    dialog.issue_button.click()
    assert "must have 10 digits" in dialog.buyer_nip.error.text() and invoices_of(db, shop["piotr"]) == []
    dialog.buyer_nip.edit.clear()
    qtbot.keyClicks(dialog.buyer_nip.edit, COMPANY_NIP)
    dialog.issue_button.click()
    [invoice] = invoices_of(db, shop["piotr"])
    assert invoice.buyer_nip == COMPANY_NIP
    assert dialog.buyer_nip.edit.isReadOnly() and dialog.buyer_nip.value() == ""  # the order itself keeps none


def test_missing_seller_data_is_named_and_the_invoices_settings_open(qtbot, ctx, db, shop):
    dialog = open_dialog(qtbot, ctx, shop["anna"])
    dialog.issue_button.click()
    box = box_of(dialog)
    assert box.text() == ("Fill in the seller's data in the invoice settings first: seller's name, seller's NIP, "
                          "street, postal code, city.")
    assert invoices_of(db, shop["anna"]) == []
    button(box, "Open the invoice settings").click()
    settings = dialog.invoice_actions.settings_dialog
    page = settings.invoices_page
    assert settings.isVisible() and settings.pages.currentWidget() is page
    for edit, text in ((page.name, SELLER.name), (page.nip, SELLER.nip), (page.street, SELLER.street),
                       (page.postal_code, SELLER.postal_code), (page.city, "Lodz")):
        qtbot.keyClicks(edit, text)
    settings.accept()
    dialog.issue_button.click()
    [invoice] = invoices_of(db, shop["anna"])
    assert invoice.seller_city == "Lodz" and invoice.buyer_nip is None and invoice.method == "gross"


def nbp_table(path: Path, days: list, mid: str = "4.2718") -> Path:
    tables = "".join(
        f"<ExchangeRatesTable><Table>A</Table><No>{n:03d}/A/NBP/{day.year}</No>"
        f"<EffectiveDate>{day.isoformat()}</EffectiveDate><Rates>"
        f"<Rate><Currency>dolar amerykański</Currency><Code>USD</Code><Mid>3.9012</Mid></Rate>"
        f"<Rate><Currency>euro</Currency><Code>EUR</Code><Mid>{mid}</Mid></Rate></Rates></ExchangeRatesTable>"
        for n, day in enumerate(days, start=100))
    path.write_text('<?xml version="1.0" encoding="utf-8"?><ArrayOfExchangeRatesTable xmlns:xsd="http://www.w3.org/'
                    f'2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{tables}'
                    "</ArrayOfExchangeRatesTable>", encoding="utf-8")
    return path


def in_euro(session, order_id: int) -> None:
    session.get(Order, order_id).currency = "EUR"
    session.commit()


def test_an_order_in_euro_takes_the_nbp_rate_from_a_downloaded_table(qtbot, ctx, db, session, shop, seller,
                                                                      tmp_path, monkeypatch):
    in_euro(session, shop["anna"])
    today = shop_today()
    day = last_business_day_before(today)
    older = last_business_day_before(day)
    table = nbp_table(tmp_path / "tabela.xml", [older, day, today])  # today's table is after the sale: not taken
    dialog = open_dialog(qtbot, ctx, shop["anna"])
    dialog.issue_button.click()
    rate = dialog.invoice_actions.rate_dialog
    number = dialog.detail.number
    assert rate.isVisible() and rate.windowTitle() == f"Exchange rate for order {number}"
    assert rate.intro.text().startswith(f"Order {number} is in EUR.")
    assert rate.rate_date.date().toPython() == day  # the day the rate must be of, offered at once
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(table), ""))
    rate.from_file.click()
    assert rate.rate.text() == "4.2718" and rate.table.text() == "101/A/NBP/" + str(day.year)
    assert not rate.message.isVisible()
    rate.accept()
    [invoice] = invoices_of(db, shop["anna"])
    assert (invoice.currency, invoice.exchange_rate, invoice.exchange_rate_date, invoice.exchange_table) == (
        "EUR", Decimal("4.271800"), day, f"101/A/NBP/{day.year}")
    assert invoice.vat_pln == (invoice.vat * Decimal("4.2718")).quantize(Decimal("0.01"))


def test_a_typed_rate_is_checked_and_a_file_without_the_currency_is_said(qtbot, ctx, db, session, shop, seller,
                                                                         tmp_path, monkeypatch):
    in_euro(session, shop["anna"])
    dialog = open_dialog(qtbot, ctx, shop["anna"])
    dialog.issue_button.click()
    rate = dialog.invoice_actions.rate_dialog
    rate.accept()
    assert rate.isVisible() and "Type the exchange rate" in rate.message.text()
    qtbot.keyClicks(rate.rate, "4,31")
    rate.rate_date.setDate(rate.sale_date.date())  # the sale's own day: too late for its rate
    rate.accept()
    assert rate.isVisible() and "a day before the sale date" in rate.message.text()
    old = last_business_day_before(last_business_day_before(shop_today()))
    usd_only = tmp_path / "usd.json"
    usd_only.write_text('{"table":"A","currency":"dolar","code":"USD","rates":[{"no":"1/A/NBP/2026",'
                        f'"effectiveDate":"{old.isoformat()}","mid":3.9}}]}}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(usd_only), ""))
    rate.from_file.click()
    assert "no rate of EUR; it has: USD" in rate.message.text()
    stale = nbp_table(tmp_path / "old.xml", [old])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(stale), ""))
    rate.from_file.click()  # an older table: taken, but the user is told which day the sale needs
    assert rate.rate_date.date().toPython() == old and "needs the table of" in rate.message.text()
    rate.rate.setText("4,31")
    rate.accept()
    [invoice] = invoices_of(db, shop["anna"])
    assert invoice.exchange_rate == Decimal("4.31") and invoice.exchange_rate_date == old


# --- many orders, from the Orders tab ----------------------------------------------------------------------------

def make_tab(qtbot, ctx):
    from app.ui.orders.tab import OrdersTab

    widget = OrdersTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    widget.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(widget.isActiveWindow)
    widget.table.setFocus()
    return widget


def select_ids(tab, ids: list[int]) -> None:
    tab.table.clearSelection()
    sel = tab.table.selectionModel()
    for oid in ids:
        sel.select(tab.model.index(tab.model.row_of(oid), 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)


def test_issue_invoices_for_the_selected_orders_says_what_was_refused_and_prints_the_issued(
        qtbot, ctx, db, session, shop, seller, tmp_path):
    a4_on_cups(session)
    orders.change_status(session, [shop["jan"]], lifecycle.CANCELLED, who="t")
    in_euro(session, shop["ewa"])
    tab = make_tab(qtbot, ctx)
    numbers = {name: orders.get_order(session, oid).number for name, oid in shop.items()}
    select_ids(tab, list(shop.values()))
    assert tab.invoice_action.isEnabled() and tab.invoice_button.isVisible()
    qtbot.keyClick(tab.table, Qt.Key.Key_I, CTRL_SHIFT)
    box = box_of(tab)
    assert box.text() == "Invoices issued: 3. Refused: 2."
    detail = box.informativeText().splitlines()
    assert f"{numbers['jan']}: Order {numbers['jan']} is cancelled: it gets no invoice." in detail
    assert any(line.startswith(f"{numbers['ewa']}: Order {numbers['ewa']} is in EUR") for line in detail)
    issued = [inv for name in ("anna", "piotr", "katarzyna") for inv in invoices_of(db, shop[name])]
    assert len(issued) == 3 and sorted(int(i.number.rsplit("/", 1)[1]) for i in issued) == [1, 2, 3]
    assert "Invoices issued: 3" in tab.status_bar.currentMessage()

    service = tab.actions_.invoices.print_service
    service.job_prefix = tag = job_tag()
    before = snapshot(tag)
    try:
        button(box, "Print the issued ones").click()
        [pdf] = wait_for_new_pdfs(before, tag=tag)  # one job of three pages
        assert sorted(decode_qr(pdf, tmp_path)) == sorted(expected_link(session, i.id) for i in issued)
    finally:
        for path in snapshot(tag):
            path.unlink(missing_ok=True)

    select_ids(tab, [shop["anna"]])  # again: it has its invoice already
    tab.invoice_action.trigger()
    again = box_of(tab)
    assert again.text() == "Invoices issued: 0. Refused: 1." and "already has invoice" in again.informativeText()
    assert not any(b.text() == "Print the issued ones" for b in again.buttons())


def test_issue_invoices_without_seller_data_offers_the_settings_and_issues_nothing(qtbot, ctx, db, shop):
    tab = make_tab(qtbot, ctx)
    select_ids(tab, [shop["anna"], shop["piotr"]])
    tab.invoice_action.trigger()
    box = box_of(tab)
    assert box.text().startswith("Fill in the seller's data in the invoice settings first: seller's name")
    assert any(b.text() == "Open the invoice settings" for b in box.buttons())
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0


def test_cancel_stops_the_batch_and_keeps_what_was_issued(qtbot, threaded_ctx, db, session, add_product,
                                                          order_input, seller):
    product = add_product("MUG", on_hand=0)
    ids = [orders.create_order(session, order_input(product, email=f"b{n}@x.pl"), "t") for n in range(60)]
    tab = make_tab(qtbot, threaded_ctx)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 60, timeout=10000)
    select_ids(tab, ids)
    tab.invoice_action.trigger()
    qtbot.waitUntil(lambda: bool(tab.findChildren(QProgressDialog)), timeout=10000)
    [progress] = tab.findChildren(QProgressDialog)
    assert progress.labelText().startswith("Issuing invoices")
    progress.findChild(QPushButton).click()  # its Cancel
    qtbot.waitUntil(lambda: tab.actions_.invoices.last_box is not None, timeout=20000)
    box = tab.actions_.invoices.last_box
    assert "Stopped by Cancel" in box.text()
    with db.session() as s:
        numbers = s.scalars(select(Invoice.number).order_by(Invoice.id)).all()
    assert len(numbers) < 60
    assert box.text().startswith(f"Invoices issued: {len(numbers)}. Refused: 0.")
    assert [int(n.rsplit("/", 1)[1]) for n in numbers] == list(range(1, len(numbers) + 1))  # no gap


def test_issuing_in_polish(qtbot, ctx, db, shop, polish):
    tab = make_tab(qtbot, ctx)
    assert tab.invoice_action.text() == "Wystaw &faktury…"
    select_ids(tab, [shop["anna"]])
    tab.invoice_action.trigger()
    box = box_of(tab)
    assert box.text().startswith("Najpierw uzupełnij dane sprzedawcy w ustawieniach faktur; brakuje: nazwy sprzedawcy")
    assert any(b.text() == "Otwórz ustawienia faktur" for b in box.buttons())
    dialog = open_dialog(qtbot, ctx, shop["anna"])
    assert dialog.issue_button.text() == "Wystaw fakturę"
    qtbot.keyClicks(dialog.buyer_nip.edit, "12345")
    dialog.save_button.click()
    assert "musi mieć 10 cyfr" in dialog.buyer_nip.error.text()


def test_the_order_window_with_its_invoice_fits_the_laptop_screen_in_polish(qtbot, ctx, session, shop, seller,
                                                                             polish):
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    from app.services.invoicing.issuing import issue_invoice

    invoice_id = issue_invoice(session, shop["ewa"], "t")  # Ewa's order: incomplete, with the most buttons shown
    dialog = open_dialog(qtbot, ctx, shop["ewa"])
    room = QApplication.primaryScreen().availableGeometry()
    assert dialog.frameGeometry().width() <= room.width()
    number = invoices_of(ctx.db, shop["ewa"])[0].number
    assert dialog.invoice_button.text() == f"Faktura {number}"
    for widget in (dialog.invoice_button, dialog.save_button):
        rect = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
        assert dialog.rect().contains(rect), (widget.text(), rect, dialog.rect())
    dialog.invoice_actions.preview_invoice(invoice_id)  # the menu's Preview: the invoice on an A4 page
    preview = dialog.invoice_actions.print_service.preview_dialog
    assert preview is not None and preview.isVisible() and number in preview.windowTitle()
    preview.close()
