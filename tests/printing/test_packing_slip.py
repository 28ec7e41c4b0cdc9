"""The packing slip (A4 and A6) from a real shop file: read back as text, its order barcode decoded at 203 dpi."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from reportlab.lib.pagesizes import A4, A6

from app.core.errors import DomainError, NotFound
from app.printing.packing_slip import PackingSlipData, SlipLine, render_packing_slip
from app.services.documents.packing import packing_slip_data
from app.services.orders import editing as orders
from app.services.orders.data import LineInput
from tests.support.pdftools import decode_barcodes, pdf_pages


def _size(page) -> tuple[float, float]:
    return round(page[0], 1), round(page[1], 1)


@pytest.fixture
def slip_order(session, add_product, order_input):
    mug = add_product("MUG-ZOL", "Kubek żółty 300 ml", ean="5901234123457")
    tea = add_product("TEA-100", "Herbata & <zielona> 100 g")
    data = order_input(lines=(LineInput(2, Decimal("29.90"), mug), LineInput(1, Decimal("19.00"), tea),
                              LineInput(3, Decimal("5.00"), None, "GIFT", "Bilecik okolicznościowy")),
                       customer_note="Proszę zapakować na prezent.\nBez paragonu w paczce.")
    oid = orders.create_order(session, data, who="t")
    return orders.get_order(session, oid).number


@pytest.mark.parametrize("size", ["a4", "a6"])
def test_the_slip_shows_the_order_its_lines_and_the_note_and_its_barcode_scans(session, slip_order, size, tmp_path):
    data = packing_slip_data(session, slip_order)
    assert [(line.sku, line.quantity) for line in data.lines] == [("MUG-ZOL", 2), ("TEA-100", 1), ("GIFT", 3)]
    assert data.units == 6 and data.lines[0].ean == "5901234123457" and data.customer_name == "Anna Kowalska"
    pdf = render_packing_slip(data, size=size)
    pages = pdf_pages(pdf)
    assert all(_size(p) == (round((A4 if size == "a4" else A6)[0], 1), round((A4 if size == "a4" else A6)[1], 1))
               for p in pages)
    text = "\n".join(p[2] for p in pages)
    for words in ("Lista pakunkowa", f"Zamówienie {slip_order}", "Odbiorca", "Anna Kowalska", "ul. Długa 5/3",
                  "00-950 Warszawa", "InPost Paczkomat", "Kubek żółty 300 ml", "Herbata & <zielona> 100 g",
                  "Bilecik okolicznościowy", "MUG-ZOL", "EAN 5901234123457", "Uwagi klienta",
                  "Proszę zapakować na prezent.", "Bez paragonu w paczce.", "Razem sztuk"):
        assert words in text, words
    assert decode_barcodes(pdf, tmp_path) == [[slip_order]] * len(pages)


def test_english_captions_and_a_long_order_repeats_the_barcode_on_every_page(tmp_path):
    lines = tuple(SlipLine(f"SKU-{i:03d}", f"Product {i}", i % 4 + 1) for i in range(1, 61))
    data = PackingSlipData("Z000777", lines, "Jan Nowak", ("Rynek 1", "31-001 Kraków"), order_day=date(2026, 5, 4),
                           external_number="1042")
    for size in ("a4", "a6"):
        pdf = render_packing_slip(data, size=size, lang="en")
        pages = pdf_pages(pdf)
        assert len(pages) >= 2
        text = "\n".join(p[2] for p in pages)
        assert "Packing slip" in text and "Order Z000777" in text and "Order date: 04.05.2026" in text
        assert "Shop's number: 1042" in text and "Customer's note" not in text
        assert all(f"SKU-{i:03d}" in text for i in range(1, 61))
        assert f"Units in total\n{data.units}" in text or f"Units in total {data.units}" in text
        (tmp_path / size).mkdir()
        assert decode_barcodes(pdf, tmp_path / size) == [["Z000777"]] * len(pages)


def test_the_shops_number_finds_the_order_and_unknown_or_cancelled_is_refused(session, slip_order):
    from app.models import Order

    with session.begin():
        order = session.query(Order).filter_by(number=slip_order).one()
        order.external_number = "1001"
    assert packing_slip_data(session, "#1001").order_number == slip_order
    assert packing_slip_data(session, "1001").external_number == "1001"
    with pytest.raises(NotFound, match="No order with the number 'Z404'"):
        packing_slip_data(session, "Z404")
    oid = orders.find_order_id(session, slip_order)
    orders.change_status(session, [oid], "cancelled", who="t")
    with pytest.raises(DomainError, match="is cancelled"):
        packing_slip_data(session, slip_order)


def test_wrong_size_is_a_programming_error():
    with pytest.raises(ValueError, match="size"):
        render_packing_slip(PackingSlipData("Z1", ()), size="letter")
