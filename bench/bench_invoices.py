"""1,000 invoice PDFs (and their FA(3) XML once app.printing.ksef_xml exists) vs bare reportlab drawing the same page.

    uv run python bench/bench_invoices.py [--invoices 1000] [--runs 5]

Ours: for each of N invoices of varied realistic data (consumers from gross, companies from net, one in ten in
EUR, one in ten a correction, 1 to 12 lines, long Polish names), one separate PDF in memory with
`render_invoice_pdf` (platypus layout, wrapped names, tables, the per-rate summary, the amount in words, the KSeF
QR code as vector squares, "strona n z m"). When `app.printing.ksef_xml` is there (and not --pdf-only), each
invoice's FA(3) XML is made first and its QR link computed from the file's hash, as the app does, timed on its
own; otherwise the link is a fixed one of the same length and only the PDF is measured (the script says which).
Baseline, same run: a plain reportlab Canvas per invoice that draws the same strings (the names unwrapped) at
fixed positions with the same bundled fonts, the boxes and rules, and the same link's QR squares (segno's
matrix, one rectangle per module): what reportlab itself costs for that content, with no layout decisions. The
bytecode is compiled first (as an installed app has it). Medians of --runs runs; one sample of each PDF is
written to bench/out/.
"""

from __future__ import annotations

import argparse
import compileall
import io
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
compileall.compile_dir(ROOT / "app", quiet=1)

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.printing import invoice_format as fmt
from app.printing.fonts import register_fonts
from app.printing.invoice_pdf import render_invoice_pdf
from app.services.invoicing.amounts import GROSS, NET, LineIn, compute, difference
from app.services.invoicing.data import (
    KOR,
    VAT,
    Annotations,
    Correction,
    DocLine,
    DocRate,
    InvoiceDoc,
    Party,
)

try:  # the FA(3) XML (app.printing.ksef_xml); without it the PDF alone is measured
    from app.printing.ksef_xml import invoice_xml, verification_link
except ImportError:
    invoice_xml = verification_link = None

SELLER = Party("Żółty Kot sp. z o.o.", "5261040828", "ul. Świętokrzyska 12/4", "00-916", "Warszawa")
NAMES = ("Anna Kowalska", "Grzegorz Brzęczyszczykiewicz", "Zofia Wąsik", "Łukasz Żółtowski", "Małgorzata Nowak-Ślęzak")
FIRMS = (("Łąka Ślężańska S.A.", "7740001454"), ("Źródło Smaku sp. j.", "5260250274"), ("Pszczółka Maja sp. z o.o.",
                                                                                        "1132853869"))
PRODUCTS = (("Kubek ceramiczny żółty 300 ml z uchem w kształcie kota, ręcznie malowany", "29.90", "23"),
            ("Herbata zielona liściasta 100 g", "19.00", "5"), ("Książka: Pan Tadeusz, wydanie ilustrowane", "39.99", "5"),
            ("Świeca sojowa zapachowa „Leśna polana” w szklanym słoiku", "24.50", "23"),
            ("Miód wielokwiatowy 400 g", "32.00", "5"), ("Zestaw prezentowy: dzbanek i dwie filiżanki", "119.00", "23"),
            ("Kalendarz ścienny 2027", "27.90", "8"), ("Dostawa InPost Paczkomat", "12.99", "23"))
CITIES = (("31-564", "Kraków"), ("90-001", "Łódź"), ("80-001", "Gdańsk"), ("50-001", "Wrocław"), ("00-950", "Warszawa"))
BASES = "https://qr-test.ksef.mf.gov.pl/invoice"
ZERO = Decimal("0.00")


def _doc(i: int) -> InvoiceDoc:
    company = i % 3 == 0
    method = NET if company else GROSS
    foreign = i % 10 == 7
    rate = Decimal("4.3012") if foreign else None
    items = [PRODUCTS[(i + k) % len(PRODUCTS)] for k in range(i % 12 + 1)]
    lines_in = [LineIn(Decimal(k % 3 + 1), Decimal(price), r) for k, (_, price, r) in enumerate(items)]
    amounts = compute(lines_in, method, rate)
    postal, city = CITIES[i % len(CITIES)]
    name, nip = FIRMS[i % len(FIRMS)] if company else (NAMES[i % len(NAMES)], None)
    day = date(2026, 11, 1) + timedelta(days=i % 28)
    lines = tuple(DocLine(k, items[k - 1][0], f"SKU-{k}", "szt.", x.quantity, x.unit_net, x.unit_gross, x.rate, x.net,
                          x.vat, x.gross) for k, x in enumerate(amounts.lines, 1))
    kind, correction, totals = VAT, None, amounts
    if i % 10 == 3:  # a correction: the first line was invoiced at two more units, one of which came back
        first = lines_in[0]
        before_in = [LineIn(first.quantity + 2, first.unit_price, first.rate), *lines_in[1:]]
        after_in = [LineIn(first.quantity + 1, first.unit_price, first.rate), *lines_in[1:]]
        before, after = compute(before_in, method, rate), compute(after_in, method, rate)
        totals = difference(before, after)
        lines = tuple(DocLine(k, items[k - 1][0], f"SKU-{k}", "szt.", x.quantity, x.unit_net, x.unit_gross, x.rate,
                              x.net, x.vat, x.gross, before=side == "before")
                      for side, amounts_ in (("before", before), ("after", after))
                      for k, x in enumerate(amounts_.lines, 1))
        kind = KOR
        correction = Correction("Zwrot części towaru przez klienta", 1, f"FV/2026/10/{i:04d}", day - timedelta(30))
    return InvoiceDoc(
        id=i, kind=kind, number=f"{'KOR' if kind == KOR else 'FV'}/2026/11/{i:04d}", issue_date=day,
        place_of_issue="Warszawa", sale_date=day - timedelta(days=1), currency="EUR" if foreign else "PLN",
        exchange_rate=rate, exchange_rate_date=day - timedelta(days=2) if foreign else None,
        exchange_table="225/A/NBP/2026" if foreign else "", seller=SELLER,
        seller_bank_account="PL61109010140000071219812874", seller_bank_name="Santander Bank Polska",
        buyer=Party(name, nip, f"ul. Długa {i % 200 + 1}/{i % 30 + 1}", postal, city), method=method, lines=lines,
        rates=tuple(DocRate(r.rate, r.net, r.vat, r.gross, r.vat_pln) for r in totals.rates), net=totals.net,
        vat=totals.vat, gross=totals.gross, vat_pln=totals.vat_pln, payment_form="transfer" if company else "card",
        due_date=day + timedelta(days=14), paid=not company, paid_date=None if company else day,
        annotations=Annotations(split_payment=company and totals.gross > 15000), correction=correction,
        order_number=f"Z{i + 1:06d}", issued_by="Anna Kowalska", created_at=datetime(2026, 11, 23, 10, 0))


def make_docs(n: int) -> list[InvoiceDoc]:
    return [_doc(i) for i in range(n)]


def _link(doc: InvoiceDoc) -> str:
    return f"{BASES}/{doc.seller.nip}/{doc.issue_date:%d-%m-%Y}/UtQp9Gpc51y-u3xApZjIjgkpZ01js-J8KflSPW8WzIE"


def xml_and_links(docs: list[InvoiceDoc]) -> list[str]:
    """What the app does first per invoice: its FA(3) XML, and the QR link from that file's hash."""
    return [verification_link(doc, invoice_xml(doc)) for doc in docs]


def ours(docs: list[InvoiceDoc], links: list[str]) -> list[bytes]:
    return [render_invoice_pdf(doc, link) for doc, link in zip(docs, links, strict=True)]


class _Bare:
    """A canvas and a pen that moves down the page, a new page when it reaches the bottom: no measuring, no
    wrapping, every string where a fixed step puts it."""

    def __init__(self, doc: InvoiceDoc, font: str, bold: str) -> None:
        self.buffer = io.BytesIO()
        self.c = Canvas(self.buffer, pagesize=A4)
        self.doc, self.font, self.bold = doc, font, bold
        self.title = f"{'Faktura korygująca' if doc.kind == KOR else 'Faktura VAT'} {doc.number}"
        self.y = 282 * mm
        self.page = 1

    def text(self, x: float, s: str, size: float = 8.5, bold: bool = False, step: float = 4 * mm,
             right: bool = False) -> None:
        if self.y < 25 * mm:
            self.new_page()
        self.c.setFont(self.bold if bold else self.font, size)
        (self.c.drawRightString if right else self.c.drawString)(x, self.y, s)
        self.y -= step

    def cells(self, columns: tuple[float, ...], values: tuple[str, ...], bold: bool = False) -> None:
        if self.y < 25 * mm:
            self.new_page()
        self.c.setFont(self.bold if bold else self.font, 7.5 if bold else 8)
        for x, value in zip(columns, values, strict=True):
            self.c.drawString(x, self.y, value)
        self.c.rect(LEFT, self.y - 1.5 * mm, RIGHT - LEFT, 5 * mm)
        self.y -= 5 * mm

    def footer(self) -> None:
        self.c.setFont(self.font, 7)
        self.c.drawString(LEFT, 10 * mm, self.title)
        self.c.drawRightString(RIGHT, 10 * mm, f"strona {self.page} z 1")

    def new_page(self) -> None:
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = 282 * mm
        self.c.setFont(self.font, 7)
        self.c.drawRightString(RIGHT, 285 * mm, f"{self.title} (ciąg dalszy)")

    def done(self) -> bytes:
        self.footer()
        self.c.showPage()
        self.c.save()
        return self.buffer.getvalue()


LEFT, RIGHT = 15 * mm, 195 * mm
COLUMNS = (LEFT, 24 * mm, 119 * mm, 131 * mm, 147 * mm, 171 * mm, 185 * mm)


def _line_cells(doc: InvoiceDoc, lines) -> list[tuple[str, ...]]:
    gross = doc.method == GROSS
    return [(str(x.position), x.name, x.unit, fmt.quantity(x.quantity),
             fmt.unit_price(x.unit_gross if gross else x.unit_net), fmt.rate_label(x.rate),
             fmt.amount(x.gross if gross else x.net)) for x in lines]


def _difference_cells(doc: InvoiceDoc) -> list[tuple[str, ...]]:
    gross = doc.method == GROSS
    before = {x.position: x for x in doc.lines if x.before}
    after = {x.position: x for x in doc.lines if not x.before}
    rows = []
    for k in sorted(before.keys() | after.keys()):
        b, a = before.get(k), after.get(k)
        qty = (a.quantity if a else ZERO) - (b.quantity if b else ZERO)
        value = ((a.gross if gross else a.net) if a else ZERO) - ((b.gross if gross else b.net) if b else ZERO)
        x = a or b
        rows.append((str(k), x.name, x.unit, fmt.quantity(qty) if qty else "0",
                     fmt.unit_price(x.unit_gross if gross else x.unit_net), fmt.rate_label(x.rate), fmt.amount(value)))
    return rows


def _bare_one(doc: InvoiceDoc, link: str, font: str, bold: str) -> bytes:
    p = _Bare(doc, font, bold)
    c = p.c
    c.setFont(bold, 13)
    c.drawString(LEFT, 275 * mm, doc.seller.name)
    p.text(RIGHT, "Faktura korygująca" if doc.kind == KOR else "Faktura VAT", 17, True, 6 * mm, right=True)
    p.text(RIGHT, f"nr {doc.number}", 11.5, True, 6 * mm, right=True)
    p.text(RIGHT, f"Data wystawienia: {fmt.day(doc.issue_date)}", right=True)
    p.text(RIGHT, f"Miejsce wystawienia: {doc.place_of_issue}", right=True)
    p.text(RIGHT, f"Data sprzedaży: {fmt.day(doc.sale_date or doc.issue_date)}", right=True)
    if doc.correction is not None:
        cor = doc.correction
        p.text(RIGHT, f"Do faktury nr {cor.corrected_number} z dnia {fmt.day(cor.corrected_issue_date)}", right=True)
    top = p.y - 2 * mm
    for x, caption, party in ((LEFT, "Sprzedawca", doc.seller), (107 * mm, "Nabywca", doc.buyer)):
        p.y = top - 4 * mm
        c.rect(x, top - 33 * mm, 88 * mm, 33 * mm)
        p.text(x + 2 * mm, caption, bold=True)
        p.text(x + 2 * mm, party.name, bold=True)
        p.text(x + 2 * mm, party.street)
        p.text(x + 2 * mm, f"{party.postal_code} {party.city}")
        if party.country != "PL":
            p.text(x + 2 * mm, party.country)
        p.text(x + 2 * mm, f"NIP: {party.nip}" if party.nip else "Konsument (nabywca bez NIP)")
        if party is doc.seller:
            p.text(x + 2 * mm, f"Nr rachunku: {fmt.iban(doc.seller_bank_account)}")
            p.text(x + 2 * mm, f"Bank: {doc.seller_bank_name}")
    p.y = top - 38 * mm
    header = ("Lp.", "Nazwa towaru lub usługi", "J.m.", "Ilość", "Cena jedn.", "Stawka VAT", "Wartość")
    if doc.kind == KOR:
        p.text(LEFT, f"Przyczyna korekty: {doc.correction.reason}")
        tables = (("Przed korektą", _line_cells(doc, [x for x in doc.lines if x.before])),
                  ("Po korekcie", _line_cells(doc, [x for x in doc.lines if not x.before])),
                  ("Różnica (korekta)", _difference_cells(doc)))
    else:
        tables = (("", _line_cells(doc, doc.lines)),)
    for heading, rows in tables:
        if heading:
            p.text(LEFT, heading, 9.5, True, 5 * mm)
        p.cells(COLUMNS, header, bold=True)
        for row in rows:
            p.cells(COLUMNS, row)
    p.y -= 3 * mm
    p.text(LEFT, "Podsumowanie według stawek VAT", 9.5, True, 5 * mm)
    foreign = doc.vat_pln is not None
    summary = (90 * mm, 120 * mm, 140 * mm, 160 * mm, 180 * mm)[: 5 if foreign else 4]
    p.cells(summary, ("Stawka VAT", "Wartość netto", "Kwota VAT", "Wartość brutto", "VAT w PLN")[: len(summary)],
            bold=True)
    for r in doc.rates:
        p.cells(summary, (fmt.rate_label(r.rate), fmt.amount(r.net), fmt.amount(r.vat), fmt.amount(r.gross),
                          fmt.amount(r.vat_pln or ZERO))[: len(summary)])
    p.cells(summary, (f"Razem ({doc.currency})", fmt.amount(doc.net), fmt.amount(doc.vat), fmt.amount(doc.gross),
                      fmt.amount(doc.vat_pln or ZERO))[: len(summary)], bold=True)
    if foreign:
        p.text(LEFT, f"Kurs wymiany: 1 {doc.currency} = {doc.exchange_rate} PLN (średni kurs NBP z dnia "
                     f"{fmt.day(doc.exchange_rate_date)}, tabela nr {doc.exchange_table})")
        p.text(LEFT, f"Kwota podatku VAT w PLN: {fmt.money(doc.vat_pln, 'PLN')}")
    if doc.annotations.split_payment:
        p.text(LEFT, "Adnotacje: mechanizm podzielonej płatności")
    if p.y < 80 * mm:
        p.new_page()
    p.y -= 4 * mm
    qr_top = p.y
    refund = doc.kind == KOR and doc.gross < 0
    p.text(LEFT, f"{'Do zwrotu' if refund else 'Do zapłaty'}: {fmt.money(abs(doc.gross), doc.currency)}", 12.5, True,
           6 * mm)
    p.text(LEFT, f"Słownie: {fmt.amount_in_words(doc.gross, doc.currency)}")
    p.text(LEFT, f"Forma płatności: {fmt.payment_name(doc.payment_form)}")
    if doc.paid:
        p.text(LEFT, f"Zapłacono dnia: {fmt.day(doc.paid_date)}")
        p.text(LEFT, f"Pozostało do zapłaty: {fmt.money(ZERO, doc.currency)}")
    else:
        p.text(LEFT, f"Termin płatności: {fmt.day(doc.due_date)}")
    p.text(LEFT, f"Dotyczy zamówienia nr {doc.order_number}")
    p.text(LEFT, f"Wystawił(a): {doc.issued_by}")
    p.text(LEFT, f"Weryfikacja faktury w KSeF: {link}", 7)
    c.setFont(font, 7)
    c.drawCentredString(170 * mm, qr_top, "Kod weryfikacyjny KSeF")
    # The same QR squares as ours: reportlab's own QrCodeWidget took longer than our whole invoice (a Python
    # encoder and one shape per module), so the baseline too draws segno's matrix, one rectangle per module.
    path = c.beginPath()
    size = 40 * mm / 49
    for r, row in enumerate(segno.make(link, error="m", micro=False).matrix):
        for col, dark in enumerate(row):
            if dark:
                path.rect(150 * mm + (4 + col) * size, qr_top - 42 * mm + (44 - r) * size, size, size)
    c.drawPath(path, stroke=0, fill=1)
    c.setFont(bold, 9)
    c.drawCentredString(170 * mm, qr_top - 46 * mm, doc.ksef_number or "OFFLINE")
    return p.done()


def bare(docs: list[InvoiceDoc], links: list[str]) -> list[bytes]:
    font, bold = register_fonts()
    return [_bare_one(doc, link, font, bold) for doc, link in zip(docs, links, strict=True)]


def timed(fn, *args) -> tuple[float, list[bytes]]:
    t0 = time.perf_counter()
    data = fn(*args)
    return time.perf_counter() - t0, data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pdf-only", action="store_true", help="leave the XML out even when it is there")
    args = parser.parse_args()
    with_xml = invoice_xml is not None and not args.pdf_only
    docs = make_docs(args.invoices)
    links = [_link(doc) for doc in docs]
    register_fonts()
    ours(docs[:5], links[:5])  # warm up: fonts, imports
    bare(docs[:5], links[:5])
    t_xml, t_ours, t_bare = [], [], []
    for _ in range(args.runs):
        if with_xml:
            t, links = timed(xml_and_links, docs)
            t_xml.append(t)
        t, pdfs = timed(ours, docs, links)
        t_ours.append(t)
        t, base_pdfs = timed(bare, docs, links)
        t_bare.append(t)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "invoice.pdf").write_bytes(pdfs[3])
    (out / "invoice-bare.pdf").write_bytes(base_pdfs[3])
    m_ours, m_bare = statistics.median(t_ours), statistics.median(t_bare)
    n = args.invoices
    print(f"{n} invoices, each its own PDF, {args.runs} runs, medians"
          + ("" if with_xml else "; PDF only (no app.printing.ksef_xml, or --pdf-only)"))
    print(f"  render_invoice_pdf: {m_ours:.3f} s  ({n / m_ours:,.0f} invoices/s, "
          f"{sum(map(len, pdfs)) / n / 1e3:.0f} kB each)")
    print(f"  bare reportlab:     {m_bare:.3f} s  ({n / m_bare:,.0f} invoices/s, "
          f"{sum(map(len, base_pdfs)) / n / 1e3:.0f} kB each)")
    print(f"  ratio PDF ours/bare: {m_ours / m_bare:.2f}")
    if with_xml:
        m_xml = statistics.median(t_xml)
        print(f"  invoice_xml + verification_link: {m_xml:.3f} s  ({n / m_xml:,.0f} invoices/s)")
        print(f"  XML + PDF: {m_xml + m_ours:.3f} s, ratio to bare {(m_xml + m_ours) / m_bare:.2f}")


if __name__ == "__main__":
    main()
