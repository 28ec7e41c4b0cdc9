"""The A4 pick list from a real shop file: bin order, totals per SKU, the orders each goes to, the orders' barcodes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from reportlab.lib.pagesizes import A4
from sqlalchemy import select, update

from app.core.errors import DomainError, NotFound
from app.models import Order, Product
from app.printing.picklist import PickLine, PicklistData, PickOrder, render_picklist
from app.services.documents.packing import bin_key, picklist_data
from app.services.orders import editing as orders
from app.services.orders.data import LineInput
from tests.support.pdftools import decode_barcodes, pdf_pages


@pytest.fixture
def batch(db, session, add_product, order_input):
    """Three orders over four products on shelves A-2-1, A-10-1, B-01-3 and none, and a line without a product."""
    ids = {sku: add_product(sku, name) for sku, name in (
        ("MUG-ZOL", "Kubek żółty"), ("TEA-100", "Herbata zielona"), ("SOAP", "Mydło naturalne"),
        ("BAG", "Torba lniana"))}
    with db.session() as s, s.begin():
        for sku, location in (("MUG-ZOL", "A-10-1"), ("TEA-100", "A-2-1"), ("SOAP", "B-01-3")):
            s.execute(update(Product).where(Product.sku == sku).values(location=location))
    p = Decimal("10.00")
    plans = [
        (LineInput(2, p, ids["MUG-ZOL"]), LineInput(1, p, ids["BAG"])),
        (LineInput(1, p, ids["TEA-100"]), LineInput(3, p, ids["MUG-ZOL"]), LineInput(1, p, None, "CARD", "Bilecik")),
        (LineInput(1, p, ids["SOAP"]), LineInput(1, p, ids["MUG-ZOL"])),
    ]
    numbers = []
    for i, lines in enumerate(plans):
        oid = orders.create_order(session, order_input(lines=lines, customer_name=f"Klient Żółty {i}"), who="t")
        numbers.append(orders.get_order(session, oid).number)
    return numbers


def test_the_pick_list_goes_shelf_by_shelf_with_totals_and_orders(session, batch, tmp_path):
    data = picklist_data(session, batch)
    assert [(line.location, line.sku, line.quantity) for line in data.lines] == [
        ("A-2-1", "TEA-100", 1), ("A-10-1", "MUG-ZOL", 6), ("B-01-3", "SOAP", 1), ("", "BAG", 1), ("", "CARD", 1)]
    mug = data.lines[1]
    assert mug.orders == ((batch[0], 2), (batch[1], 3), (batch[2], 1))
    assert data.units == 10 and [o.number for o in data.orders] == batch and data.orders[1].units == 5

    pdf = render_picklist(data)
    pages = pdf_pages(pdf)
    assert all((round(w, 1), round(h, 1)) == (round(A4[0], 1), round(A4[1], 1)) for w, h, _ in pages)
    text = "\n".join(p[2] for p in pages)
    assert "Lista kompletacyjna" in text and "Zamówienia w partii" in text and "Do zamówień" in text
    positions = [text.index(s) for s in ("Herbata zielona", "Kubek żółty", "Mydło naturalne", "Torba lniana")]
    assert positions == sorted(positions)  # bin order: A-2-1, A-10-1, B-01-3, then no location
    assert f"{batch[0]} ×2, {batch[1]} ×3, {batch[2]}" in " ".join(text.split())  # wrapped in its cell
    assert "Klient Żółty 1, 5 szt." in text and "Bilecik" in text
    found = decode_barcodes(pdf, tmp_path)
    assert sorted(code for page in found for code in page) == sorted(batch)


def test_a_big_batch_runs_over_pages_and_every_order_scans(tmp_path):
    orders = tuple(PickOrder(f"Z{i:06d}", f"Klient {i}", 2, "DPD") for i in range(1, 31))
    lines = tuple(PickLine(f"A-{i:02d}-1", f"SKU-{i:03d}", f"Produkt {i}", 2, ((f"Z{i:06d}", 2),))
                  for i in range(1, 31))
    pdf = render_picklist(PicklistData(orders, lines), lang="en")
    pages = pdf_pages(pdf)
    text = "\n".join(p[2] for p in pages)
    assert len(pages) >= 2 and "Pick list" in text and "Page 2" in text and "Units: 60" in text
    assert all(f"SKU-{i:03d}" in text for i in range(1, 31))
    found = decode_barcodes(pdf, tmp_path)
    assert sorted(code for page in found for code in page) == [o.number for o in orders]


def test_bin_order_compares_numbers_as_numbers():
    shelves = ["", "B-1-1", "A-10-2", "a-2-1", "A-2-10", "A-2-2", "R2"]
    assert sorted(shelves, key=bin_key) == ["a-2-1", "A-2-2", "A-2-10", "A-10-2", "B-1-1", "R2", ""]


def test_unknown_cancelled_or_empty_orders_are_refused(session, batch, add_product, order_input):
    with pytest.raises(NotFound, match="No orders with the numbers Z404, Z405"):
        picklist_data(session, [batch[0], "Z404", "Z405"])
    with pytest.raises(DomainError, match="No order numbers were given"):
        picklist_data(session, [" "])
    assert [o.number for o in picklist_data(session, [batch[1], batch[1], batch[0]]).orders] == [batch[1], batch[0]]
    orders.change_status(session, [orders.find_order_id(session, batch[2])], "cancelled", who="t")
    with pytest.raises(DomainError, match=f"Nothing to pick for {batch[2]}"):
        picklist_data(session, batch)


def test_the_demo_shops_ready_orders_have_bin_locations(db, session, tmp_path):
    from app.services.demo.shop import fill_demo

    fill_demo(db, orders=60)
    with session.begin():
        ready = list(session.scalars(select(Order.number).where(Order.status == "ready").order_by(Order.id).limit(8)))
    assert ready
    data = picklist_data(session, ready)
    assert all(line.location for line in data.lines)
    assert [bin_key(line.location) for line in data.lines] == sorted(bin_key(line.location) for line in data.lines)
    pdf = render_picklist(data)
    text = "\n".join(p[2] for p in pdf_pages(pdf))
    assert data.lines[0].location in text and data.lines[-1].sku in text
    assert sorted(code for page in decode_barcodes(pdf, tmp_path) for code in page) == sorted(ready)
