"""Labels read back: page size, Polish text, barcodes decoded by zbarimg at 203 dpi; ZPL against the same data."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from app.printing.barcodes import BarcodeError, code128_layout, draw_code128, validate_ean13
from app.printing.labels.pdf import LabelData, PartyData, render_labels
from app.printing.labels.zpl import render_zpl
from tests.support.pdftools import LABEL_PT, decode_barcodes, pdf_pages

SENDER = PartyData(name="Żółty Kot", street="ul. Świętokrzyska 12", postal_code="00-001", city="Łódź", phone="+48 42 123 45 67",
                   company="Żółty Kot sp. z o.o.")
RECEIVER = PartyData(name="Grzegorz Brzęczyszczykiewicz", street="ul. Źródlana 15/7", postal_code="31-564", city="Kraków", phone="+48 600 700 800")


def label(**kw) -> LabelData:
    fields = {"sender": SENDER, "receiver": RECEIVER, "carrier": "InPost", "service": "Paczkomat",
                  "tracking_number": "602677184325620118345678", "order_number": "Z000123", "parcel_no": 1, "parcel_count": 1,
                  "day": date(2026, 11, 23), "cod_amount": Decimal("1234.50"), "weight_kg": Decimal("2.5"), "size": "B",
                  "locker_code": "KRA01M"}
    fields.update(kw)
    return LabelData(**fields)


def test_label_page_size_text_and_polish_letters():
    pdf = render_labels([label()])
    [(w, h, text)] = pdf_pages(pdf)
    assert (round(w, 2), round(h, 1)) == LABEL_PT
    for expected in ("Grzegorz Brzęczyszczykiewicz", "ul. Źródlana 15/7", "31-564 Kraków", "tel. +48 600 700 800",
                     "Żółty Kot sp. z o.o.", "00-001 Łódź", "POBRANIE", "1 234,50 PLN", "Paczkomat: KRA01M",
                     "Paczka 1 z 1", "23.11.2026", "602677184325620118345678", "Zamówienie Z000123", "InPost"):
        assert expected in text, expected


def test_both_barcodes_decode_exactly_from_a_203_dpi_render(tmp_path):
    labels = [
        label(),
        label(carrier="DPD", service="Kurier", tracking_number="0000123456789U", order_number="SHOP-1001/2",
              cod_amount=None, locker_code="", parcel_no=1, parcel_count=2),
        label(carrier="DHL", tracking_number="JJD000030123456789012", order_number="Z000001", parcel_no=2,
              parcel_count=2, locker_code="", receiver=PartyData(name="Ewa Nowak", street="Długa 1", postal_code="80-001", city="Gdańsk")),
    ]
    pages = decode_barcodes(render_labels(labels), tmp_path)
    assert len(pages) == 3
    for page, lab in zip(pages, labels, strict=True):
        assert sorted(page) == sorted([lab.tracking_number, lab.order_number])


def test_barcodes_also_decode_at_300_dpi_layout(tmp_path):
    pdf = render_labels([label()], dpi=300)
    assert sorted(decode_barcodes(pdf, tmp_path, dpi=300)[0]) == ["602677184325620118345678", "Z000123"]


def test_many_labels_one_pdf_and_parcel_numbers():
    labels = [label(parcel_no=i, parcel_count=3, order_number=f"Z{i:06d}") for i in range(1, 4)]
    pages = pdf_pages(render_labels(labels))
    assert [f"Paczka {i} z 3" in p[2] for i, p in enumerate(pages, start=1)] == [True, True, True]


def test_label_without_tracking_number_says_so_and_english_captions():
    [(_, _, text)] = pdf_pages(render_labels([label(tracking_number="", cod_amount=None)], lang="en"))
    assert "(number given by the carrier)" in text
    assert "Receiver" in text.title() or "RECEIVER" in text
    assert "COD" not in text


def test_code128_modules_are_whole_printer_dots_with_quiet_zones():
    module, total = code128_layout("602677184325620118345678", 260.0, dpi=203)
    dots = module / (72 / 203)
    assert abs(dots - round(dots)) < 1e-9 and round(dots) >= 2
    assert total == pytest.approx((167 + 20) * module)


def test_code128_refuses_non_ascii_and_too_long_values():
    import io

    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(io.BytesIO())
    with pytest.raises(BarcodeError, match="not plain ASCII"):
        draw_code128(c, "Zażółć", 0, 0, max_width=200, height=20)
    with pytest.raises(BarcodeError, match="too long"):
        draw_code128(c, "X" * 200, 0, 0, max_width=100, height=20)


def test_ean13_wrong_check_digit_is_refused_not_recomputed():
    assert validate_ean13("5901234123457") == "5901234123457"
    with pytest.raises(BarcodeError, match="check digit is 8 but the first 12 digits give 7"):
        validate_ean13("5901234123458")
    with pytest.raises(BarcodeError, match="exactly 13 digits"):
        validate_ean13("590123412345")


def test_ean13_drawn_decodes_to_the_same_number(tmp_path):
    import io

    from reportlab.pdfgen.canvas import Canvas

    from app.printing.barcodes import draw_ean13

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(200, 120))
    draw_ean13(c, "5901234123457", 20, 20)
    c.save()
    assert decode_barcodes(buf.getvalue(), tmp_path)[0] == ["5901234123457"]


def _fields(zpl: str) -> list[str]:
    return re.findall(r"\^FD(.*?)\^FS", zpl)


@pytest.mark.parametrize(("dpi", "width", "height"), [(203, 799, 1199), (300, 1181, 1772)])
def test_zpl_carries_the_label_data(dpi, width, height):
    lab = label(receiver=PartyData(name="Zofia Wąs_^~", street="ul. Źródlana 15/7", postal_code="31-564", city="Kraków", phone="+48 600 700 800"))
    zpl = render_zpl([lab, label(parcel_no=2, parcel_count=2)], dpi=dpi).decode("utf-8")
    first = zpl.split("^XZ")[0]
    assert zpl.count("^XA") == 2 and zpl.count("^XZ") == 2
    assert "^CI28" in first and f"^PW{width}" in first and f"^LL{height}" in first
    fields = _fields(first)
    assert "Zofia Wąs_5F_5E_7E" in fields  # ZPL command characters escaped with ^FH
    for expected in ("ul. Źródlana 15/7", "31-564 Kraków", "Żółty Kot sp. z o.o.", "POBRANIE", "1 234,50 PLN",
                     "Paczkomat: KRA01M", "Paczka 1 z 1", "23.11.2026", "Zamówienie Z000123"):
        assert expected in fields, expected
    barcodes = re.findall(r"\^BY(\d+),\d,(\d+)\^BCN,\d+,N,N,N,A\^FH\^FD(.*?)\^FS", first)
    assert [b[2] for b in barcodes] == ["Z000123", "602677184325620118345678"]
    assert all(int(b[0]) >= 2 for b in barcodes)  # module at least two dots
    assert "^FR" in first  # COD printed white on black
    # every field origin lies on the label
    for x, y in re.findall(r"\^F[OT](\d+),(\d+)", zpl):
        assert 0 <= int(x) < width and 0 <= int(y) <= height


def test_zpl_refuses_unknown_dpi():
    with pytest.raises(ValueError, match="203, 300"):
        render_zpl([label()], dpi=600)


def test_orlen_pick_up_point_is_not_called_a_paczkomat():
    orlen = label(carrier="ORLEN Paczka", service="Punkt", locker_code="WAR96M", pickup_point=True)
    [(_, _, text)] = pdf_pages(render_labels([orlen]))
    assert "Punkt odbioru: WAR96M" in text and "Paczkomat" not in text
    assert "Punkt odbioru: WAR96M" in _fields(render_zpl([orlen]).decode("utf-8"))
    assert "Paczkomat: KRA01M" in pdf_pages(render_labels([label()]))[0][2]  # InPost's lockers keep their name
