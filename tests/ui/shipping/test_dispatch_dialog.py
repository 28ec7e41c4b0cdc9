"""The dispatch dialog: a manifest made from the packed parcels, printed on A4 through the real CUPS queue, the
hand-over that ships the orders; its list loads page after page; its errors and messages in Polish."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from app.services.documents import queue as print_queue
from app.services.orders import editing as orders
from app.services.orders import lifecycle
from app.services.shipping import dispatch
from app.services.shipping import shipments as shipping
from app.services.shipping.data import ParcelInput, ShipmentInput
from app.ui.kit.domain_text import domain_text
from tests.support.cups import job_tag, need_queue, snapshot, wait_for_new_pdfs
from tests.support.shipping import A4_PT, approx_size, make_printing_shop, make_two_packed, modal_text


def open_dialog(ctx, qtbot):
    from app.ui.printing.service import PrintService
    from app.ui.shipping.dispatch_dialog import DispatchDialog

    service = PrintService(ctx)
    service.job_prefix = job_tag()  # our jobs, told apart from other runs on the shared queue
    dialog = DispatchDialog(ctx, service)
    qtbot.addWidget(dialog)
    return dialog


def test_manifest_printed_on_a4_and_handover_ships(ctx, qtbot, session, add_product, order_input):
    need_queue()
    shop = make_printing_shop(session, add_product, order_input)
    dialog = open_dialog(ctx, qtbot)
    service = dialog.service
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
    assert reader.metadata.title.strip("()") == f"{service.job_prefix}Manifest DPD-{date.today():%Y-%m-%d}-1"
    assert print_queue.waiting(session, kind="manifest") == []  # printed from the dialog: no longer waiting
    dialog.confirm_selected(ask=False)
    assert "3 orders shipped" in dialog.message.text()
    session.expire_all()
    assert {orders.get_order(session, oid).status for oid, _ in shop[:3]} == {"shipped"}
    assert orders.get_order(session, shop[3][0]).status == "ready"


def test_the_list_of_manifests_loads_more_pages_as_it_scrolls(ctx, qtbot, session, add_product, order_input,
                                                              monkeypatch):
    """It stopped after its first page: the pages after it were never read."""
    from app.ui.shipping.dispatch_dialog import ManifestModel

    monkeypatch.setattr(ManifestModel, "page_size", 2)
    for n in range(5):
        oid = orders.create_order(session, order_input(add_product(f"M{n}"), email=f"m{n}@x.pl"), who="t")
        orders.change_status(session, [oid], lifecycle.READY, who="t")
        orders.change_status(session, [oid], lifecycle.PACKED, who="t")
        sid = shipping.create_shipment(session, oid, ShipmentInput("dpd", parcels=(
            ParcelInput(tracking_number=f"DPD{n}"),)), who="t")
        dispatch.create_manifest(session, "dpd", date(2026, 11, 23), who="t", shipment_ids=[sid])
    dialog = open_dialog(ctx, qtbot)
    assert dialog.model.rowCount() == 2  # the first page
    dialog.show()
    dialog.view.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5)  # the view asked for the rest as it showed them
    assert [dialog.model.index(r, 0).data() for r in range(5)] == [f"DPD-2026-11-23-{n}" for n in (5, 4, 3, 2, 1)]
    assert not dialog.model.canFetchMore()


# --- in Polish ------------------------------------------------------------------------------------------------------

@pytest.fixture
def packed(session, add_product, order_input):
    """Two packed orders: one going by DPD with a tracking number, one by a method no carrier matches."""
    return make_two_packed(session, add_product, order_input)


def test_dispatch_dialog_errors_in_polish(ctx, session, packed, qtbot, polish):
    dialog = open_dialog(ctx, qtbot)
    dialog.carrier.setCurrentIndex(dialog.carrier.findData("gls"))
    assert modal_text(dialog.make_manifest) == "Brak spakowanych paczek GLS czekających na protokół nadania."
    second = shipping.create_shipment(session, packed[1][0], ShipmentInput("dpd"), who="t")  # no tracking number
    assert shipping.get_shipment(session, second).parcels[0].tracking_number == ""
    dialog.carrier.setCurrentIndex(dialog.carrier.findData("dpd"))
    assert modal_text(dialog.make_manifest) == (
        f"Nie można utworzyć protokołu: {packed[1][1]} ma paczkę bez numeru przesyłki.")


def test_handover_history_and_nested_messages_in_polish(polish):
    from app.core.messages import msg

    assert domain_text(msg("Handed over to {carrier}, manifest {number}", carrier="DPD",
                           number="DPD/20261201/1")) == "Przekazano przewoźnikowi DPD, protokół DPD/20261201/1"
    refused = msg("Order {number} is {status}; it gets no new shipment.", number="ZAP-3",
                  status=lifecycle.status_label(lifecycle.SHIPPED).lower())
    assert domain_text(refused) == "Zamówienie ZAP-3 ma status „wysłane”; nie można utworzyć dla niego nowej przesyłki."
    own = msg("{carrier} needs no dispatch manifest.", carrier=msg("Own delivery"))
    assert domain_text(own) == "Dostawa własna nie wymaga protokołu nadania."
