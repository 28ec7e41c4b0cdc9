"""Carrier label PDFs fitted onto 100 x 150 mm, and the A4 dispatch manifest, read back."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from reportlab.lib.pagesizes import A4, A6, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.core.errors import DomainError
from app.printing.barcodes import draw_code128
from app.printing.fonts import register_fonts
from app.printing.labels.fit import fit_to_label, pdf_page_count
from app.printing.labels.pdf import PartyData
from app.printing.manifest import ManifestData, ManifestRow, render_manifest
from tests.support.pdftools import LABEL_PT, decode_barcodes, pdf_pages


def carrier_pdf(pagesize, tracking: str, rotate: int = 0) -> bytes:
    """A stand-in for a label downloaded from a carrier's panel: a big barcode and some text."""
    font, _ = register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=pagesize)
    w, h = pagesize
    c.setFont(font, 14)
    c.drawString(15 * mm, h - 20 * mm, f"Etykieta przewoźnika {tracking} — Łódź")
    draw_code128(c, tracking, 10 * mm, h / 2 - 20 * mm, max_width=w - 20 * mm, height=40 * mm, dpi=203, max_dots=6)
    if rotate:
        c.setPageRotation(rotate)
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("pagesize", "rotate"), [(A4, 0), (A6, 0), (landscape(A6), 0), (A6, 90)])
def test_carrier_label_fitted_onto_100x150_and_still_scans(tmp_path, pagesize, rotate):
    source = carrier_pdf(pagesize, "6X0123456789", rotate)
    fitted = fit_to_label(source)
    [(w, h, text)] = pdf_pages(fitted)
    assert (round(w, 2), round(h, 1)) == LABEL_PT
    assert "6X0123456789" in text and "Łódź" in text
    assert decode_barcodes(fitted, tmp_path) == [["6X0123456789"]]


def test_not_a_pdf_is_refused_with_the_file_name():
    with pytest.raises(DomainError, match="label.pdf is not a readable PDF"):
        fit_to_label(b"hello, not a pdf", filename="label.pdf")
    assert pdf_page_count(carrier_pdf(A6, "1")) == 1


def manifest(rows: int) -> ManifestData:
    sender = PartyData(name="Żółty Kot", street="ul. Świętokrzyska 12", postal_code="00-001", city="Łódź", company="Żółty Kot sp. z o.o.")
    return ManifestData(
        number="DPD/20261123/1", carrier="DPD", day=date(2026, 11, 23), sender=sender,
        rows=tuple(ManifestRow(f"Z{i:06d}", f"0000{i:010d}U", f"Zażółć Gęślą {i}", "00-950 Warszawa",
                               Decimal("1.250"), Decimal("99.90") if i % 3 == 0 else None,
                               "EUR" if i == 30 else "PLN") for i in range(1, rows + 1)))


def test_manifest_lists_every_parcel_and_its_totals():
    data = manifest(45)
    pages = pdf_pages(render_manifest(data))
    assert len(pages) >= 2
    assert all((round(w, 1), round(h, 1)) == (round(A4[0], 1), round(A4[1], 1)) for w, h, _ in pages)
    text = "\n".join(p[2] for p in pages)
    for i in range(1, 46):
        assert f"0000{i:010d}U" in text and f"Z{i:06d}" in text
    assert "Protokół nadania — DPD" in text and "Zażółć Gęślą 7" in text
    # 15 parcels with COD: 14 x 99.90 PLN and one in EUR
    assert data.cod_totals() == {"PLN": Decimal("1398.60"), "EUR": Decimal("99.90")}
    assert "1 398,60 PLN" in text and "99,90 EUR" in text
    assert "56,25 kg" in text  # 45 x 1.25 kg
    assert "Podpis nadawcy" in text and "Podpis kuriera" in text
    assert "Strona 2" in text


def test_manifest_without_cod_says_none(tmp_path):
    data = ManifestData("X/1", "GLS", date(2026, 11, 23), PartyData(name="Sklep"),
                        (ManifestRow("Z1", "123", "Jan", "00-001 Warszawa", Decimal(2)),))
    out = tmp_path / "m.pdf"
    render_manifest(data, out, lang="en")
    [(_, _, text)] = pdf_pages(out.read_bytes())
    assert "COD total" in text and "none" in text and "Dispatch manifest — GLS" in text


def test_manifest_prints_names_with_markup_characters_as_they_are():
    """Receiver and sender go into reportlab Paragraphs: '<' and '&' are text there, never markup."""
    sender = PartyData(name="Jan", street="Polna 1", postal_code="00-001", city="Łódź", company="Kot & Pies <Hurt>")
    data = ManifestData("DPD/1", "DPD <Classic>", date(2026, 11, 23), sender,
                        (ManifestRow("Z1", "123", "Kowalski & Syn <b>Żółć</b>", "00-001 Warszawa", Decimal(2)),))
    [(_, _, text)] = pdf_pages(render_manifest(data))
    assert "Kowalski & Syn <b>Żółć</b>" in text
    assert "Kot & Pies <Hurt>" in text
    assert "Protokół nadania — DPD <Classic>" in text


def a4_sheet_with_label_in_a_corner(tracking: str) -> bytes:
    """What many carrier panels give: an A4 sheet painted white, the 100 x 150 mm label in its top-left corner
    (a frame, the receiver, a barcode), the rest of the paper blank."""
    font, _ = register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    w, h = A4
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, w, h, stroke=0, fill=1)  # a white background must not count as ink
    c.setFillColorRGB(0, 0, 0)
    left, top = 5 * mm, h - 5 * mm
    c.rect(left, top - 150 * mm, 100 * mm, 150 * mm, stroke=1, fill=0)
    c.setFont(font, 12)
    c.drawString(left + 5 * mm, top - 12 * mm, "Odbiorca: Zażółć Gęślą, 00-950 Warszawa")
    draw_code128(c, tracking, left + 5 * mm, top - 110 * mm, max_width=90 * mm, height=30 * mm, dpi=203, max_dots=3)
    c.save()
    return buf.getvalue()


def test_a_label_in_the_corner_of_an_a4_sheet_prints_at_full_size(tmp_path):
    from pypdf import PdfReader

    from app.printing.pdf_content import content_box

    source = a4_sheet_with_label_in_a_corner("6X0123456789")
    x0, y0, x1, y1 = content_box(PdfReader(io.BytesIO(source)).pages[0])
    assert abs(x0 - 5 * mm) < 2 and abs((x1 - x0) - 100 * mm) < 2 and abs((y1 - y0) - 150 * mm) < 2
    fitted = fit_to_label(source)
    [(w, h, text)] = pdf_pages(fitted)
    assert (round(w, 2), round(h, 1)) == LABEL_PT and "Zażółć" in text
    # The label fills the 100 x 150 mm page (scaled to about 0.93, not 0.48 as the whole A4 sheet would be).
    fx0, fy0, fx1, fy1 = content_box(PdfReader(io.BytesIO(fitted)).pages[0])
    assert (fx1 - fx0) > 0.9 * w and (fy1 - fy0) > 0.9 * h
    assert decode_barcodes(fitted, tmp_path) == [["6X0123456789"]]


def test_a_sheet_covered_with_ink_is_still_fitted_whole():
    """A page whose ink spans it (an A4 form) keeps its whole page: nothing of it is cut."""
    from pypdf import PdfReader

    from app.printing.pdf_content import content_box

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.rect(10 * mm, 10 * mm, A4[0] - 20 * mm, A4[1] - 20 * mm, stroke=1, fill=0)
    c.save()
    fitted = fit_to_label(buf.getvalue())
    fx0, fy0, fx1, fy1 = content_box(PdfReader(io.BytesIO(fitted)).pages[0])
    scale = min(LABEL_PT[0] / A4[0], LABEL_PT[1] / A4[1])  # the whole sheet: 100 mm / 210 mm
    assert abs((fy1 - fy0) - (A4[1] - 20 * mm) * scale) < 2 and abs((fx1 - fx0) - (A4[0] - 20 * mm) * scale) < 2
