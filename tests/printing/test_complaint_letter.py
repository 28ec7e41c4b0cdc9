"""The complaint letter read back as a customer reads it: Polish letters intact, the case number, the subject, each
paragraph, the sender and the recipient; a long letter runs onto a second page with page numbers."""

from __future__ import annotations

import subprocess

from app.printing.complaint_letter import LetterDoc, paragraphs, render_letter
from tests.support.pdftools import need, pdf_pages

BODY = ("Szanowna Pani,\n\nw odpowiedzi na reklamację z dnia 2 grudnia 2026 r. uprzejmie informujemy, że została "
        "ona uznana.\nKubek zostanie wymieniony na nowy.\n\nZ poważaniem\nZespół sklepu")


def _doc(body: str = BODY, logo: bytes | None = None) -> LetterDoc:
    return LetterDoc(seller_name="Żółty Kot sp. z o.o.", seller_address=("ul. Świętokrzyska 12/4", "00-916 Warszawa"),
                     seller_contact="sklep@zolty-kot.pl", seller_nip="5261040828",
                     place_and_date="Warszawa, 6 grudnia 2026 r.", customer_name="Zofia Łęcka-Gąsiorowska",
                     customer_address=("ul. Źródlana 7", "", "80-180 Gdańsk"), case_number="REK/2026/0007",
                     subject="Uznanie reklamacji", body=body, logo_png=logo)


def _text(pdf: bytes, tmp_path) -> str:
    need("pdftotext")
    src = tmp_path / "letter.pdf"
    src.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(src), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_paragraphs_split_on_blank_lines_and_keep_line_breaks() -> None:
    assert paragraphs("a\nb\n\n  \n\nc\r\n") == ["a\nb", "c"]
    assert paragraphs("\n\n") == []


def test_letter_reads_back_with_every_part(tmp_path) -> None:
    pdf = render_letter(_doc())
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    assert abs(pages[0][0] - 595.28) < 1 and abs(pages[0][1] - 841.89) < 1  # A4
    text = _text(pdf, tmp_path)
    for part in ("Żółty Kot sp. z o.o.", "ul. Świętokrzyska 12/4", "NIP: 5261040828", "Warszawa, 6 grudnia 2026 r.",
                 "Zofia Łęcka-Gąsiorowska", "ul. Źródlana 7", "80-180 Gdańsk", "Dotyczy: reklamacja nr REK/2026/0007",
                 "Uznanie reklamacji", "Kubek zostanie wymieniony na nowy.", "Zespół sklepu"):
        assert part in text, part
    assert "strona 1 z" not in text  # one page: no page numbers


def test_long_letter_runs_over_with_page_numbers(tmp_path) -> None:
    body = "\n\n".join(f"Akapit {n}: zażółć gęślą jaźń, " + "treść pisma " * 30 for n in range(1, 16))
    pdf = render_letter(_doc(body))
    pages = pdf_pages(pdf)
    assert len(pages) >= 2
    text = _text(pdf, tmp_path)
    assert f"strona 2 z {len(pages)}" in text
    assert "Akapit 15: zażółć gęślą jaźń" in text
    assert "Reklamacja nr REK/2026/0007" in text


def test_letter_with_logo(tmp_path) -> None:
    from PIL import Image

    buf = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (200, 30, 30)).save(buf)
    pdf = render_letter(_doc(logo=buf.read_bytes()))
    assert "Uznanie reklamacji" in _text(pdf, tmp_path)
