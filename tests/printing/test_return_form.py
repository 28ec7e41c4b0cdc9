"""The return form read back: the order and its items with the "zwracana ilość" column, a blank account line, and
the model withdrawal form of annex 2 to the consumer rights act with the shop as its addressee."""

from __future__ import annotations

import subprocess
from datetime import date

from app.printing.return_form import ReturnFormDoc, ReturnItem, render_return_form
from tests.support.pdftools import need, pdf_pages


def _doc(items: tuple[ReturnItem, ...], account: str = "") -> ReturnFormDoc:
    return ReturnFormDoc(seller_name="Żółty Kot sp. z o.o.", seller_address=("ul. Świętokrzyska 12/4", "00-916 Warszawa"),
                         seller_contact="sklep@zolty-kot.pl", order_number="ZAM/2026/000123",
                         order_date=date(2026, 11, 28), customer_name="Zofia Łęcka",
                         customer_address=("ul. Źródlana 7", "80-180 Gdańsk"), items=items, bank_account=account)


def _text(pdf: bytes, tmp_path, page: int | None = None) -> str:
    need("pdftotext")
    src = tmp_path / "form.pdf"
    src.write_bytes(pdf)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return " ".join(subprocess.run(["pdftotext", *pages, str(src), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


ITEMS = (ReturnItem("Kubek żółty", "MUG-ZOL", 2), ReturnItem("Herbata zielona „Łąka”", "TEA-100", 1))


def test_form_page_lists_the_order_and_its_items(tmp_path) -> None:
    pdf = render_return_form(_doc(ITEMS))
    assert len(pdf_pages(pdf)) == 2
    first = _text(pdf, tmp_path, 1)
    for part in ("Formularz zwrotu towaru", "ZAM/2026/000123", "28.11.2026", "Żółty Kot sp. z o.o.", "Zofia Łęcka",
                 "ul. Źródlana 7", "Kubek żółty", "MUG-ZOL", "Herbata zielona „Łąka”", "TEA-100", "Zwracana ilość",
                 "Przyczyna zwrotu (nieobowiązkowo)", "Numer rachunku bankowego do zwrotu płatności",
                 "podpis klienta"):
        assert part in first, part
    assert "Niepotrzebne skreślić" not in first  # the annex is on a page of its own


def test_annex_two_of_the_act_with_the_shop_as_addressee(tmp_path) -> None:
    pdf = render_return_form(_doc(ITEMS))
    annex = _text(pdf, tmp_path, 2)
    for part in ("Załącznik nr 2 do ustawy z dnia 30 maja 2014 r. o prawach konsumenta",
                 "WZÓR FORMULARZA ODSTĄPIENIA OD UMOWY",
                 "(formularz ten należy wypełnić i odesłać tylko w przypadku chęci odstąpienia od umowy)",
                 "Adresat: Żółty Kot sp. z o.o.",
                 ("Ja/My(*) niniejszym informuję/informujemy(*) o moim/naszym odstąpieniu od umowy sprzedaży "
                 "następujących rzeczy(*)"),
                 "Data zawarcia umowy(*)/odbioru(*)", "Imię i nazwisko konsumenta(-ów): Zofia Łęcka",
                 "Adres konsumenta(-ów): ul. Źródlana 7, 80-180 Gdańsk",
                 "Podpis konsumenta(-ów) (tylko jeżeli formularz jest przesyłany w wersji papierowej)", "Data:",
                 "(*) Niepotrzebne skreślić.", "Kubek żółty (MUG-ZOL) × 2"):
        assert part in annex, part


def test_account_blank_unless_known_and_many_items_run_over(tmp_path) -> None:
    assert "PL61 1090" not in _text(render_return_form(_doc(ITEMS)), tmp_path)
    known = _text(render_return_form(_doc(ITEMS, account="PL61 1090 1014 0000 0712 1981 2874")), tmp_path, 1)
    assert "PL61 1090 1014 0000 0712 1981 2874" in known
    many = tuple(ReturnItem(f"Produkt nr {n} ąę", f"SKU-{n}", n) for n in range(1, 45))
    pdf = render_return_form(_doc(many))
    assert len(pdf_pages(pdf)) >= 3
    assert "Produkt nr 44 ąę" in _text(pdf, tmp_path)
