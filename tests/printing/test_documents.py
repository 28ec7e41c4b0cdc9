"""Carrier label PDFs fitted onto 100 x 150 mm, and the A4 dispatch manifest, read back."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from reportlab.lib.pagesizes import A4, A6, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.printing.barcodes import draw_code128
from app.printing.fit_pdf import fit_to_label, pdf_page_count
from app.printing.fonts import register_fonts
from app.printing.label_pdf import PartyData
from app.printing.manifest_pdf import ManifestData, ManifestRow, render_manifest
from app.services.errors import DomainError
from tests.printing.pdftools import LABEL_PT, decode_barcodes, pdf_pages


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
    sender = PartyData("Żółty Kot", "ul. Świętokrzyska 12", "00-001", "Łódź", company="Żółty Kot sp. z o.o.")
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
    data = ManifestData("X/1", "GLS", date(2026, 11, 23), PartyData("Sklep"),
                        (ManifestRow("Z1", "123", "Jan", "00-001 Warszawa", Decimal(2)),))
    out = tmp_path / "m.pdf"
    render_manifest(data, out, lang="en")
    [(_, _, text)] = pdf_pages(out.read_bytes())
    assert "COD total" in text and "none" in text and "Dispatch manifest — GLS" in text


def test_manifest_prints_names_with_markup_characters_as_they_are():
    """Receiver and sender go into reportlab Paragraphs: '<' and '&' are text there, never markup."""
    sender = PartyData("Jan", "Polna 1", "00-001", "Łódź", company="Kot & Pies <Hurt>")
    data = ManifestData("DPD/1", "DPD <Classic>", date(2026, 11, 23), sender,
                        (ManifestRow("Z1", "123", "Kowalski & Syn <b>Żółć</b>", "00-001 Warszawa", Decimal(2)),))
    [(_, _, text)] = pdf_pages(render_manifest(data))
    assert "Kowalski & Syn <b>Żółć</b>" in text
    assert "Kot & Pies <Hurt>" in text
    assert "Protokół nadania — DPD <Classic>" in text
