"""The invoice PDF read back as a person and a phone would: pdftotext finds every field art. 106e of the VAT act
asks for (and art. 106j for a correction) with its Polish letters intact, and zbarimg reads the KSeF QR code
from a 300 dpi render and gives exactly the verification link.

The documents are built by hand with the real amounts module (amounts.compute), the way the invoicing services
build them; the expected figures are worked out by hand in the comments, not taken from the code under test.
"""

from __future__ import annotations

import io
import re
import subprocess
from collections import Counter
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from app.printing.invoice_pdf import render_invoice_pdf
from app.services.invoicing.amounts import GROSS, NET, LineIn, compute, difference
from app.services.invoicing.data import KOR, VAT, Annotations, Correction, DocLine, DocRate, InvoiceDoc, Party
from tests.support.pdftools import decode_qr, need, pdf_pages

SELLER = Party("Żółty Kot sp. z o.o.", "5261040828", "ul. Świętokrzyska 12/4", "00-916", "Warszawa")
CONSUMER = Party("Grzegorz Brzęczyszczykiewicz", None, "ul. Źródlana 7", "31-564", "Kraków")
COMPANY = Party("Łąka & Ślęża <Hurt> S.A.", "7740001454", "al. Jerozolimskie 181", "02-222", "Warszawa")
FOREIGN = Party("Müller Bürobedarf GmbH", None, "Friedrichstraße 10", "10117", "Berlin", country="DE")
LINK = "https://qr-test.ksef.mf.gov.pl/invoice/5261040828/23-11-2026/UtQp9Gpc51y-u3xApZjIjgkpZ01js-J8KflSPW8WzIE"
KSEF_NUMBER = "5261040828-20261123-0100001AF629-AF"


def make_doc(items, method: str, buyer: Party, **changes) -> InvoiceDoc:
    """An issued invoice of (name, quantity, unit price, rate) items, valued by amounts.compute."""
    rate = changes.pop("exchange_rate", None)
    amounts = compute([LineIn(Decimal(q), Decimal(p), r) for _, q, p, r in items], method, rate)
    lines = tuple(DocLine(i, name, f"SKU-{i}", "szt.", x.quantity, x.unit_net, x.unit_gross, x.rate, x.net, x.vat,
                          x.gross) for i, ((name, *_), x) in enumerate(zip(items, amounts.lines, strict=True), 1))
    return InvoiceDoc(**{
        "id": 1, "kind": VAT, "number": "FV/2026/11/0007", "issue_date": date(2026, 11, 23),
        "place_of_issue": "Warszawa", "sale_date": date(2026, 11, 21), "currency": "PLN", "exchange_rate": rate,
        "exchange_rate_date": None, "exchange_table": "", "seller": SELLER,
        "seller_bank_account": "PL61109010140000071219812874", "seller_bank_name": "Santander Bank Polska",
        "buyer": buyer, "method": method, "lines": lines,
        "rates": tuple(DocRate(r.rate, r.net, r.vat, r.gross, r.vat_pln) for r in amounts.rates),
        "net": amounts.net, "vat": amounts.vat, "gross": amounts.gross, "vat_pln": amounts.vat_pln,
        "payment_form": "transfer", "due_date": date(2026, 12, 7), "paid": False, "paid_date": None,
        "order_number": "Z000123", "issued_by": "Anna Kowalska", "created_at": datetime(2026, 11, 23, 10, 0),
        **changes})


class Read:
    """The PDF's text two ways: in the order it is drawn (pypdf; a table cell's wrapped lines stay together), with
    runs of white space made one space, and as pdftotext lays it out on the page (a table row on one line)."""

    def __init__(self, pdf: bytes, tmp_path: Path) -> None:
        need("pdftotext")
        src = tmp_path / "invoice.pdf"
        src.write_bytes(pdf)
        self.flat = " ".join(" ".join(page[2] for page in pdf_pages(pdf)).split())
        self.layout = subprocess.run(["pdftotext", "-layout", str(src), "-"], check=True, capture_output=True,
                                     text=True).stdout
        self.words = set(self.layout.split())

    def __contains__(self, phrase: str) -> bool:
        """The phrase in drawing order, and each of its words, Polish letters and all, found by pdftotext too."""
        return phrase in self.flat and set(phrase.split()) <= self.words

    def row(self, *cells: str) -> bool:
        """Whether one line of the laid-out page holds these cells in this order (a table row)."""
        pattern = r"(?<!\S)" + r"\s+".join(re.escape(c) for c in cells) + r"(?!\S)"
        return any(re.search(pattern, line) for line in self.layout.splitlines())


LONG_NAME = ("Kubek ceramiczny żółty 300 ml z uchem w kształcie kota, ręcznie malowany, zestaw prezentowy dla "
             "miłośników herbaty")
B2C_ITEMS = [(LONG_NAME, 2, "29.90", "23"),
             ("Herbata zielona 100 g", 1, "19.00", "5"), ("Książka: Pan Tadeusz", 1, "39.99", "5"),
             ("Dostawa InPost Paczkomat", 1, "12.99", "23")]


def test_a_consumer_invoice_states_every_mandatory_field_and_its_qr_gives_the_link(tmp_path):
    doc = make_doc(B2C_ITEMS, GROSS, CONSUMER)
    pdf = render_invoice_pdf(doc, LINK)
    pages = pdf_pages(pdf)
    assert len(pages) == 1 and (round(pages[0][0], 1), round(pages[0][1], 1)) == (round(A4[0], 1), round(A4[1], 1))
    text = Read(pdf, tmp_path)
    for words in (
        "Faktura VAT", "nr FV/2026/11/0007",  # art. 106e ust. 1 pkt 2: the number
        "Data wystawienia: 23.11.2026", "Miejsce wystawienia: Warszawa",  # pkt 1
        "Data sprzedaży: 21.11.2026",  # pkt 6
        "Sprzedawca Żółty Kot sp. z o.o. ul. Świętokrzyska 12/4 00-916 Warszawa NIP: 5261040828",  # pkt 3, 4
        "Nabywca Grzegorz Brzęczyszczykiewicz ul. Źródlana 7 31-564 Kraków Konsument (nabywca bez NIP)",  # pkt 3
        "Nr rachunku: PL61 1090 1014 0000 0712 1981 2874", "Bank: Santander Bank Polska",
        B2C_ITEMS[0][0], "Herbata zielona 100 g", "Książka: Pan Tadeusz",  # pkt 7, long name wrapped whole
        "Cena jedn. brutto", "Wartość brutto",  # art. 106e ust. 7-8: a consumer's invoice from gross
        "Do zapłaty: 131,78 PLN",  # pkt 15
        "Słownie: sto trzydzieści jeden złotych, siedemdziesiąt osiem groszy",
        "Forma płatności: przelew", "Termin płatności: 07.12.2026", "Dotyczy zamówienia nr Z000123",
        "Wystawił(a): Anna Kowalska", "OFFLINE", "strona 1 z 1",
    ):
        assert words in text, words
    # pkt 8-12: unit, quantity, unit price, value and rate of each line.
    assert text.row("szt.", "2", "29,90", "23%", "59,80")
    assert text.row("2", "Herbata zielona 100 g", "szt.", "1", "19,00", "5%", "19,00")
    assert text.row("4", "Dostawa InPost Paczkomat", "szt.", "1", "12,99", "23%", "12,99")
    # pkt 13-14 per rate, from gross: 23%: 72,79 gross, VAT 72,79 x 23/123 = 13,61, net 59,18;
    # 5%: 58,99 gross, VAT 58,99 x 5/105 = 2,81, net 56,18.
    assert text.row("23%", "59,18", "13,61", "72,79")
    assert text.row("5%", "56,18", "2,81", "58,99")
    assert text.row("Razem (PLN)", "115,36", "16,42", "131,78")
    for absent in ("metoda kasowa", "odwrotne obciążenie", "mechanizm podzielonej płatności", "samofakturowanie",
                   "Adnotacje", "Zapłacono", "Kurs wymiany", "Przyczyna korekty"):
        assert absent not in text, absent
    assert decode_qr(pdf, tmp_path) == [[LINK]]


def _qr_width(pdf: bytes) -> float:
    """Width in points of the QR symbol: the rows of dark modules are the page's rectangles of one height."""
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[-1]
    rects = [tuple(float(v) for v in operands) for operands, op in ContentStream(page.get_contents(), reader).operations
             if op == b"re"]
    module = Counter(round(h, 3) for _, _, _, h in rects).most_common(1)[0][0]
    squares = [r for r in rects if round(r[3], 3) == module]
    return max(x + w for x, _, w, _ in squares) - min(x for x, _, _, _ in squares)


def test_the_qr_code_is_vector_and_large_enough_and_a_logo_is_the_only_image(tmp_path):
    doc = make_doc(B2C_ITEMS, GROSS, CONSUMER)
    pdf = render_invoice_pdf(doc, LINK)
    images = [name for page in PdfReader(io.BytesIO(pdf)).pages for name, x in
              (page["/Resources"].get("/XObject") or {}).items() if x.get_object()["/Subtype"] == "/Image"]
    assert images == []  # the QR code is drawn as squares, not as a picture
    assert 30 * mm <= _qr_width(pdf) <= 40 * mm  # 41 modules of a version 6 symbol, quiet zone aside

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 100), (230, 180, 0)).save(buffer, format="PNG")  # a wide yellow logo
    with_logo = render_invoice_pdf(doc, LINK, logo=buffer.getvalue())
    page = PdfReader(io.BytesIO(with_logo)).pages[0]
    assert [x.get_object()["/Subtype"] for x in page["/Resources"]["/XObject"].values()] == ["/Image"]
    assert decode_qr(with_logo, tmp_path) == [[LINK]]


def test_a_company_invoice_from_net_paid_with_its_ksef_number_and_split_payment(tmp_path):
    items = [("Regał magazynowy metalowy 180 x 90 cm", 5, "2469.14", "23")]
    doc = make_doc(items, NET, COMPANY, paid=True, paid_date=date(2026, 11, 22), payment_form="card",
                   due_date=None, ksef_number=KSEF_NUMBER, annotations=Annotations(split_payment=True))
    pdf = render_invoice_pdf(doc, LINK)
    text = Read(pdf, tmp_path)
    for words in ("Nabywca Łąka & Ślęża <Hurt> S.A. al. Jerozolimskie 181 02-222 Warszawa NIP: 7740001454",
                  "Cena jedn. netto", "Wartość netto",  # the net method: unit net price (pkt 9), net value (pkt 11)
                  "Do zapłaty: 15 185,21 PLN",
                  "Słownie: piętnaście tysięcy sto osiemdziesiąt pięć złotych, dwadzieścia jeden groszy",
                  "Forma płatności: karta płatnicza", "Zapłacono dnia: 22.11.2026", "Pozostało do zapłaty: 0,00 PLN",
                  "Adnotacje: mechanizm podzielonej płatności", KSEF_NUMBER):
        assert words in text, words
    assert "OFFLINE" not in text and "Konsument" not in text and "Termin płatności" not in text
    # 5 x 2 469,14 = 12 345,70 net; VAT 23% on the sum: 2 839,511 -> 2 839,51; gross 15 185,21.
    assert text.row("1", "Regał magazynowy metalowy 180 x 90 cm", "szt.", "5", "2 469,14", "23%", "12 345,70")
    assert text.row("23%", "12 345,70", "2 839,51", "15 185,21")
    assert decode_qr(pdf, tmp_path) == [[LINK]]


def test_exempt_and_out_of_scope_lines_print_the_basis_and_the_notes_that_apply(tmp_path):
    items = [("Szkolenie z pakowania przesyłek", 1, "500.00", "zw"), ("Doradztwo dla klienta spoza UE", 1,
                                                                        "300.00", "np"),
             ("Eksport kubków", 10, "8.00", "0")]
    notes = Annotations(cash_accounting=True, self_billing=True, reverse_charge=True,
                        exemption_basis="art. 43 ust. 1 pkt 29 lit. a ustawy o VAT")
    doc = make_doc(items, NET, COMPANY, annotations=notes)
    text = Read(render_invoice_pdf(doc, LINK), tmp_path)
    assert "zw - sprzedaż zwolniona z VAT; podstawa zwolnienia: art. 43 ust. 1 pkt 29 lit. a ustawy o VAT" in text
    assert "np - sprzedaż niepodlegająca opodatkowaniu VAT na terytorium kraju" in text
    assert "Adnotacje: metoda kasowa; samofakturowanie; odwrotne obciążenie" in text
    assert text.row("0%", "80,00", "0,00", "80,00") and text.row("zw", "500,00", "0,00", "500,00")
    assert text.row("np", "300,00", "0,00", "300,00") and text.row("Razem (PLN)", "880,00", "0,00", "880,00")
    assert "Słownie: osiemset osiemdziesiąt złotych, zero groszy" in text


def test_a_margin_scheme_invoice_states_no_rate_net_or_vat(tmp_path):
    items = [("Komoda dębowa używana, stan dobry", 1, "850.00", "23"), ("Lustro w ramie, używane", 2, "120.00", "23")]
    doc = make_doc(items, GROSS, CONSUMER, annotations=Annotations(margin_scheme="3_1"))
    text = Read(render_invoice_pdf(doc, LINK), tmp_path)
    assert "Adnotacje: procedura marży - towary używane" in text
    assert "Wartość sprzedaży (procedura marży - towary używane): 1 090,00 PLN" in text
    assert text.row("1", "Komoda dębowa używana, stan dobry", "szt.", "1", "850,00", "850,00")
    assert "%" not in text.layout and "Kwota VAT" not in text and "Stawka" not in text  # art. 106e ust. 3
    assert "Do zapłaty: 1 090,00 PLN" in text


def test_a_euro_invoice_states_the_vat_in_zloty_and_the_exchange_rate(tmp_path):
    items = [("Lampa biurkowa LED", 3, "45.50", "23"), ("Montaż lampy", 1, "120.00", "23"),
             ("Poradnik oświetlenia", 2, "10.00", "8")]
    doc = make_doc(items, NET, FOREIGN, currency="EUR", exchange_rate=Decimal("4.3012"),
                   exchange_rate_date=date(2026, 11, 20), exchange_table="225/A/NBP/2026")
    pdf = render_invoice_pdf(doc, LINK)
    text = Read(pdf, tmp_path)
    assert "Nabywca Müller Bürobedarf GmbH Friedrichstraße 10 10117 Berlin DE" in text
    assert "Konsument" not in text  # a foreign buyer without a Polish NIP is not called a consumer
    # 23%: 136,50 + 120,00 = 256,50 net, VAT 58,995 -> 59,00, in PLN 59,00 x 4,3012 = 253,7708 -> 253,77;
    # 8%: 20,00 net, VAT 1,60, in PLN 6,88192 -> 6,88; VAT in PLN 260,65 (art. 106e ust. 11).
    assert text.row("23%", "256,50", "59,00", "315,50", "253,77")
    assert text.row("8%", "20,00", "1,60", "21,60", "6,88")
    assert text.row("Razem (EUR)", "276,50", "60,60", "337,10", "260,65")
    rate = "Kurs wymiany: 1 EUR = 4,3012 PLN (średni kurs NBP z dnia 20.11.2026, tabela nr 225/A/NBP/2026)"
    for words in ("VAT w PLN", rate, "Kwota podatku VAT w PLN: 260,65 PLN", "Do zapłaty: 337,10 EUR",
                  "Słownie: trzysta trzydzieści siedem euro, dziesięć centów"):
        assert words in text, words


def test_a_currency_num2words_cannot_name_is_worded_with_its_code(tmp_path):
    doc = make_doc([("Dywan kilim", 1, "1234.56", "23")], GROSS, CONSUMER, currency="TRY",
                   exchange_rate=Decimal("0.0961"), exchange_rate_date=date(2026, 11, 20))
    text = Read(render_invoice_pdf(doc, LINK), tmp_path)
    assert "Słownie: tysiąc dwieście trzydzieści cztery TRY 56/100" in text
    assert "Kurs wymiany: 1 TRY = 0,0961 PLN (średni kurs NBP z dnia 20.11.2026)" in text


def _correction(original: InvoiceDoc, after_items, reason: str) -> InvoiceDoc:
    before_amounts = compute([LineIn(x.quantity, x.unit_gross or x.unit_net, x.rate) for x in original.lines],
                             original.method)
    after_amounts = compute([LineIn(Decimal(q), Decimal(p), r) for _, q, p, r in after_items], original.method)
    diff = difference(before_amounts, after_amounts)
    before = tuple(DocLine(x.position, x.name, x.sku, x.unit, x.quantity, x.unit_net, x.unit_gross, x.rate, x.net,
                           x.vat, x.gross, before=True) for x in original.lines)
    after = tuple(DocLine(i, name, f"SKU-{i}", "szt.", x.quantity, x.unit_net, x.unit_gross, x.rate, x.net, x.vat,
                          x.gross) for i, ((name, *_), x) in enumerate(zip(after_items, after_amounts.lines,
                                                                               strict=True), 1))
    return InvoiceDoc(**{
        **original.__dict__, "kind": KOR, "number": "KOR/2026/11/0002", "issue_date": date(2026, 11, 30),
        "lines": before + after, "net": diff.net, "vat": diff.vat, "gross": diff.gross,
        "rates": tuple(DocRate(r.rate, r.net, r.vat, r.gross, r.vat_pln) for r in diff.rates),
        "correction": Correction(reason, 1, original.number, original.issue_date, KSEF_NUMBER)})


def test_a_correction_names_the_invoice_and_the_reason_and_shows_before_after_and_the_difference(tmp_path):
    original = make_doc(B2C_ITEMS[:2], GROSS, CONSUMER)
    kor = _correction(original, [(B2C_ITEMS[0][0], 1, "29.90", "23"), ("Herbata zielona 100 g", 1, "19.00", "5")],
                      "Zwrot towaru przez konsumenta (odstąpienie od umowy)")
    pdf = render_invoice_pdf(kor, LINK)
    text = Read(pdf, tmp_path)
    for words in ("Faktura korygująca", "nr KOR/2026/11/0002", "Data wystawienia: 30.11.2026",
                  "Do faktury nr FV/2026/11/0007 z dnia 23.11.2026", f"Nr KSeF faktury korygowanej: {KSEF_NUMBER}",
                  "Przyczyna korekty: Zwrot towaru przez konsumenta (odstąpienie od umowy)",
                  "Przed korektą", "Po korekcie", "Różnica (korekta)",
                  "Podsumowanie korekty według stawek VAT (różnica)",
                  "Do zwrotu: 29,90 PLN", "Słownie: dwadzieścia dziewięć złotych, dziewięćdziesiąt groszy"):
        assert words in text, words
    assert "Do zapłaty" not in text
    assert text.row("szt.", "2", "29,90", "23%", "59,80")  # before
    assert text.row("szt.", "1", "29,90", "23%", "29,90")  # after
    assert text.row("szt.", "-1", "29,90", "23%", "-29,90")  # the difference
    assert text.row("2", "Herbata zielona 100 g", "szt.", "0", "19,00", "5%", "0,00")
    # 23% before: 59,80 gross, VAT 11,18, net 48,62; after: 29,90, VAT 5,59, net 24,31; difference below.
    assert text.row("23%", "-24,31", "-5,59", "-29,90")
    assert text.row("5%", "0,00", "0,00", "0,00")
    assert text.row("Razem (PLN)", "-24,31", "-5,59", "-29,90")
    assert decode_qr(pdf, tmp_path) == [[LINK]]


def test_forty_lines_run_over_pages_with_the_header_repeated_and_pages_counted(tmp_path):
    items = [(f"Produkt nr {i} — świeca sojowa zapachowa „Leśna polana” w szklanym słoiku z drewnianym knotem",
              i % 3 + 1, f"{10 + i}.99", "23" if i % 4 else "8") for i in range(1, 41)]
    doc = make_doc(items, GROSS, CONSUMER)
    pdf = render_invoice_pdf(doc, LINK)
    pages = pdf_pages(pdf)
    assert len(pages) >= 2
    n = len(pages)
    for number, (_, _, page_text) in enumerate(pages, start=1):
        flat = " ".join(page_text.split())
        assert "Nazwa towaru lub usługi" in flat, number  # the table's header on every page
        assert f"strona {number} z {n}" in flat
        assert ("ciąg dalszy" in flat) == (number > 1)
    text = Read(pdf, tmp_path)
    assert all(f"Produkt nr {i} — świeca sojowa zapachowa „Leśna polana” w szklanym słoiku z drewnianym knotem"
               in text for i in range(1, 41))
    assert "Do zapłaty: 2 506,20 PLN" in text  # the sum of (i % 3 + 1) x (10,99 + i) over i = 1..40
    qr = decode_qr(pdf, tmp_path)
    assert qr[-1] == [LINK] and all(found == [] for found in qr[:-1])


def test_cash_on_delivery_is_named_in_polish(tmp_path):
    """Issuing stores cash on delivery as "cod" (FA(3) PlatnoscInna): the buyer reads "za pobraniem", not a code."""
    doc = make_doc(B2C_ITEMS, GROSS, CONSUMER, payment_form="cod")
    text = Read(render_invoice_pdf(doc, LINK), tmp_path)
    assert "Forma płatności: za pobraniem" in text and "cod" not in text.words
