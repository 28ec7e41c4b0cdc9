"""The main window's status bar says how many invoices wait for KSeF, since when and by which day, on every tab,
and nothing when none wait; with auto-send on, an invoice issued (announced on the bus as the order window, the
Orders tab and the packing station announce it) is queued and sent to the local KSeF stand-in at once, and when
KSeF is down it stays queued offline and is counted."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.config import Settings
from app.core.changes import Changes
from app.models import Invoice
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.ksef.queue import queue
from app.services.orders.data import LineInput
from app.services.orders.editing import create_order
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from tests.ui.invoicing import test_ksef_tab

ksef = test_ksef_tab.ksef  # the stand-in with the seller's token (a fixture)


@pytest.fixture
def window(ctx, shop, qtbot):
    from app.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    yield w
    remembered.save(Settings.KSEF_AUTO_SEND, False)


def issue_new(session, order_input) -> int:
    data = order_input(customer_name="Ola Nowa", email="ola@example.pl", payment_method="prepaid",
                       payment_status="paid",
                       lines=(LineInput(quantity=1, unit_price=Decimal("12.00"), sku="X-1", name="Świeca",
                                        vat_rate="23"),))
    return issue_invoice(session, create_order(session, data, who="t"), "t")


def state(session, invoice_id: int) -> Invoice:
    session.expire_all()
    with session.begin():
        invoice = session.get(Invoice, invoice_id)
        session.expunge(invoice)
    return invoice


def test_the_queue_is_counted_on_every_tab_and_nothing_shows_when_empty(window, shop, session, qtbot):
    label = window.ksef_watch.label
    assert not label.isVisible() and label.text() == ""
    queue(session, [shop.anna, shop.firma])
    bus().changed.emit(Changes.of_invoices([shop.anna, shop.firma]))
    qtbot.waitUntil(label.isVisible)
    assert label.text().startswith("KSeF: invoices waiting: 2, since ")
    deadline = state(session, shop.anna).ksef_deadline
    assert f"send by {deadline.isoformat()}" in label.text()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert label.isVisible()


def test_auto_send_sends_what_is_issued(window, shop, session, order_input, ksef, qtbot):
    remembered.save(Settings.KSEF_AUTO_SEND, True)
    new = issue_new(session, order_input)
    bus().changed.emit(Changes.of_invoices([new]))  # as issuing from an order announces it
    qtbot.waitUntil(lambda: state(session, new).ksef_status == "accepted", timeout=10000)
    assert len(ksef.invoices) == 1
    assert state(session, shop.anna).ksef_status == ""  # only the new one
    assert "accepted" in window.statusBar().currentMessage()
    assert not window.ksef_watch.label.isVisible()


def test_auto_send_with_ksef_down_leaves_it_queued_offline_and_counted(window, shop, session, order_input, ksef,
                                                                        qtbot):
    remembered.save(Settings.KSEF_AUTO_SEND, True)
    ksef.go_down("503")
    new = issue_new(session, order_input)
    bus().changed.emit(Changes.of_invoices([new]))
    qtbot.waitUntil(lambda: state(session, new).ksef_status == "queued", timeout=15000)
    assert state(session, new).ksef_offline
    qtbot.waitUntil(lambda: window.ksef_watch.label.text().startswith("KSeF: invoices waiting: 1"))
    assert "cannot be reached" in window.statusBar().currentMessage()


def test_auto_send_off_sends_nothing(window, shop, session, order_input, ksef, qtbot):
    remembered.save(Settings.KSEF_AUTO_SEND, False)
    new = issue_new(session, order_input)
    bus().changed.emit(Changes.of_invoices([new]))
    assert state(session, new).ksef_status == "" and ksef.invoices == []
