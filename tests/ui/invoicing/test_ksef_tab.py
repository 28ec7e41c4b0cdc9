"""The Invoices tab and KSeF, against the local KSeF stand-in (tests/support/ksef_standin.py) through the real
gateway: send the selected invoice and see it accepted with its KSeF number (column, details, UPO dialog and its
export); a rejection shown with KSeF's code and reason; KSeF down: the invoice stays queued and the summary says so;
the KSeF filter by state."""

from __future__ import annotations

import pytest
from lxml import etree
from PySide6.QtCore import Qt

from app.models import Invoice
from app.services.invoicing.ksef import secrets, ui_support
from app.ui.invoicing import model as im
from tests.ui.invoicing.test_invoices_tab import row_of, select

NIP = "5261040828"  # the test shop's seller (tests/ui/invoicing/shop.py) and the stand-in's


@pytest.fixture
def ksef(ksef_standin, credential_store, monkeypatch):
    """The stand-in, its token stored for the seller in a test credential store, the app sending to it
    (ZAPLECZE_KSEF_BASE_URL) and polling quickly."""
    monkeypatch.setenv(ui_support.BASE_URL_ENV, ksef_standin.base_url)
    monkeypatch.setattr(ui_support, "POLL_SECONDS", 0.05)
    monkeypatch.setattr(ui_support, "WAIT_SECONDS", 5.0)
    secrets.store_secret(NIP, "test", ksef_standin.token)
    return ksef_standin


def ksef_cell(tab, invoice_id: int) -> str:
    return tab.model.index(row_of(tab, invoice_id), im.KSEF).data()


def stored(session, invoice_id: int) -> Invoice:
    session.expire_all()
    with session.begin():
        invoice = session.get(Invoice, invoice_id)
        session.expunge(invoice)
    return invoice


def test_send_selected_is_accepted_with_its_number_shown_and_its_upo(shop, tab, ksef, qtbot, session, tmp_path):
    assert ksef_cell(tab, shop.anna) == "Not sent"
    select(tab, shop.anna)
    assert tab.send_action.isEnabled() and not tab.upo_action.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: ksef_cell(tab, shop.anna).startswith("Accepted: "))
    invoice = stored(session, shop.anna)
    assert invoice.ksef_status == "accepted" and invoice.ksef_number
    assert ksef_cell(tab, shop.anna) == f"Accepted: {invoice.ksef_number}"
    assert len(ksef.invoices) == 1 and ksef.invoices[0].xml is not None  # it arrived, once
    box = tab.ksef_actions.last_box
    assert "Accepted by KSeF: 1." in box.text()
    box.close()
    qtbot.waitUntil(lambda: invoice.ksef_number in tab.details.toPlainText())
    assert "KSeF: Accepted" in tab.details.toPlainText()

    assert tab.upo_action.isEnabled()
    tab.upo_action.trigger()
    dialog = tab.ksef_actions.dialog
    assert dialog is not None and invoice.ksef_number in dialog.text.toPlainText()
    assert "\n  <" in dialog.text.toPlainText()  # indented for reading
    target = dialog.export(tmp_path / "upo.xml")
    assert target.read_bytes() == invoice.ksef_upo  # as KSeF gave it
    etree.fromstring(target.read_bytes())
    dialog.close()


def test_a_rejection_is_shown_with_its_code_and_reason(shop, tab, ksef, qtbot, session):
    ksef.reject_next(450, "Błąd weryfikacji semantyki dokumentu faktury", ("Niepoprawna data",))
    select(tab, shop.firma)
    tab.send_action.trigger()
    qtbot.waitUntil(lambda: ksef_cell(tab, shop.firma).startswith("Rejected: "))
    assert ksef_cell(tab, shop.firma) == "Rejected: 450 Błąd weryfikacji semantyki dokumentu faktury"
    box = tab.ksef_actions.last_box
    assert "Rejected: 1." in box.text() and "Niepoprawna data" in box.informativeText()
    assert stored(session, shop.firma).ksef_error_code == 450
    qtbot.waitUntil(lambda: "Niepoprawna data" in tab.details.toPlainText())
    box.close()
    tab.filters.ksef.setCurrentIndex(tab.filters.ksef.findData("rejected"))
    tab.apply_query()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.row(0).id == shop.firma


def test_ksef_down_leaves_the_invoice_queued_and_says_so(shop, tab, ksef, qtbot, session):
    ksef.go_down("refused")
    select(tab, shop.jan)
    tab.send_action.trigger()
    qtbot.waitUntil(lambda: ksef_cell(tab, shop.jan).startswith("Queued since "))
    assert stored(session, shop.jan).ksef_status == "queued"
    box = tab.ksef_actions.last_box
    assert "KSeF cannot be reached; still queued: 1." in box.text()
    box.close()

    ksef.come_up()  # back: "Send everything queued" sends it
    tab.send_all_action.trigger()
    qtbot.waitUntil(lambda: ksef_cell(tab, shop.jan).startswith("Accepted: "))
    tab.ksef_actions.last_box.close()


def test_no_token_says_where_to_enter_it(shop, tab, ksef, qtbot, session):
    secrets.delete_secret(NIP, "test")
    select(tab, shop.anna)
    tab.send_action.trigger()
    qtbot.waitUntil(lambda: tab.ksef_actions.last_box is not None)
    assert "No KSeF token is stored" in tab.ksef_actions.last_box.text()
    assert stored(session, shop.anna).ksef_status == ""  # nothing queued before the token is there
    tab.ksef_actions.last_box.close()
