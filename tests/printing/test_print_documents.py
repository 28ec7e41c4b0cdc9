"""Queue entries turned into documents: our labels (PDF and ZPL), a carrier's label, a manifest; one batch PDF."""

from __future__ import annotations

from datetime import date

from app.services.documents import queue as print_queue
from app.services.documents.render import combine_pdfs, ref_for_log, refs_for_orders, refs_for_queue, render_documents
from app.services.orders import editing as orders
from app.services.shipping import dispatch
from app.services.shipping import shipments as shipping
from app.services.shipping.data import ParcelInput, ShipmentInput
from tests.support.pdftools import LABEL_PT, decode_barcodes, pdf_pages


def two_packed_orders_with_every_document(session, add_product, order_input) -> tuple[list[int], int]:
    """Two packed orders: our labels (2 parcels, 1 parcel), a carrier's label for the first, a DPD manifest."""
    oids = []
    for n in range(2):
        pid = add_product(f"P{n}")
        oid = orders.create_order(session, order_input(pid, email=f"b{n}@x.pl"), who="t")
        orders.change_status(session, [oid], "ready", who="t")
        orders.change_status(session, [oid], "packed", who="t")
        oids.append(oid)
    s1 = shipping.create_shipment(session, oids[0], ShipmentInput("dpd", parcels=(ParcelInput(tracking_number="D1"),
                                                                                   ParcelInput(tracking_number="D2"))),
                                  who="t")
    shipping.create_shipment(session, oids[1], ShipmentInput("inpost_locker", locker_code="WAW01M",
                                                             parcels=(ParcelInput(tracking_number="I1"),)), who="t")
    carrier_pdf = combine_pdfs(render_documents(session, refs_for_orders(session, [oids[1]])))
    shipping.attach_carrier_label(session, s1, "dpd-panel.pdf", carrier_pdf, who="t")
    dispatch.create_manifest(session, "dpd", date(2026, 11, 23), who="t")
    return oids, s1


def test_queue_to_documents_and_one_batch_pdf(session, add_product, order_input, tmp_path):
    oids, s1 = two_packed_orders_with_every_document(session, add_product, order_input)
    queue = print_queue.waiting(session)
    assert [q.kind for q in queue] == ["label", "label", "carrier_label", "manifest"]
    assert print_queue.packed_label_entries(session) == [q.id for q in queue[:3]]
    docs = render_documents(session, refs_for_queue(session, [q.id for q in queue]), zpl=True, dpi=203)
    assert [d.pages for d in docs] == [2, 1, 1, 1]
    assert docs[0].title.startswith("Label Z") and docs[3].title == "Manifest DPD-2026-11-23-1"
    assert docs[0].zpl is not None and docs[0].zpl.count(b"^XA") == 2 and docs[2].zpl is None
    batch = combine_pdfs(docs[:3])
    pages = pdf_pages(batch)
    assert len(pages) == 4 and all((round(w, 2), round(h, 1)) == LABEL_PT for w, h, _ in pages)
    n1, n2 = (orders.get_order(session, oid).number for oid in oids)
    found = [sorted(page) for page in decode_barcodes(batch, tmp_path)]
    assert found == [sorted(p) for p in (["D1", n1], ["D2", n1], ["I1", n2], ["I1", n2])]
    assert "D1" in pdf_pages(docs[3].pdf)[0][2]

    [log_id] = print_queue.record_printed(session, [(queue[0].id, "label", docs[0].title, oids[0], s1, None, 2)],
                                          "Zaplecze_PDF", "t")
    again = ref_for_log(session, log_id)
    assert (again.kind, again.shipment_id, again.queue_id) == ("label", s1, None)


def test_a_print_request_reads_in_one_transaction_and_logs_in_one(db, session, add_product, order_input):
    """Printing carrier labels opened a transaction per document; the request reads once, then logs once."""
    from sqlalchemy import event

    from app.services.documents.render import prepare_print

    oids, _ = two_packed_orders_with_every_document(session, add_product, order_input)
    queue = print_queue.waiting(session)
    commits: list[int] = []
    event.listen(db.engine, "commit", lambda conn: commits.append(1))
    request = prepare_print(session, queue_ids=[q.id for q in queue], progress=lambda *_: None)
    assert len(commits) == 1
    assert [d.ref.kind for d in request.documents] == ["label", "label", "carrier_label", "manifest"]
    assert set(request.settings) == {"label", "a4"} and request.documents[0].zpl is None  # the label printer: PDF
    outcomes = [((d.ref.queue_id, d.ref.kind, d.title, d.ref.order_id, d.ref.shipment_id, d.ref.manifest_id, d.pages),
                 "Zaplecze_PDF", d.ref.kind != "manifest", "" if d.ref.kind != "manifest" else "jammed")
                for d in request.documents]
    logged = print_queue.log_print_request(session, outcomes, "anna")
    assert len(commits) == 2 and len(logged.ids) == 4
    assert logged.changes.orders == frozenset(oids)
    assert [q.kind for q in print_queue.waiting(session)] == ["manifest"]  # the failed one still waits
    newest = print_queue.log_rows(session)[0]
    assert (newest.ok, newest.message) == (False, "jammed")
