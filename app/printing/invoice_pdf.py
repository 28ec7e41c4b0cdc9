"""The invoice as an A4 PDF in Polish: every field art. 106e of the VAT act asks for, and the KSeF QR code (KOD I).

Made from `InvoiceDoc` only (app.services.invoicing.data), the same shape the FA(3) XML is made from, so the two
state the same amounts to the grosz. An invoice issued in Poland is in Polish, so there is no other language.

Top to bottom: the title ("Faktura VAT" or "Faktura korygująca"), number, dates and place (a correction also
names the invoice it corrects and why); seller and buyer (NIP as ten digits; a buyer without one is a consumer);
the seller's bank account in groups of four; the lines (unit price and value net or gross as `doc.method` says,
art. 106e ust. 7-8); for a correction the lines before, after and the difference; the summary per rate (net,
VAT, gross, and the VAT in PLN with the exchange rate for a foreign currency, art. 106e ust. 11); the notes that
apply (cash accounting, split payment, reverse charge, self-billing, the basis of an exemption, margin scheme);
the amount due in figures and in words, payment form and due date (or when it was paid); and the KSeF code.
Under a margin scheme (art. 119-120) no rate, net value or VAT is stated, only gross (art. 106e ust. 3).

The KSeF code: the verification link (KOD I) as a QR code drawn as vector squares with segno (ISO/IEC 18004,
error correction M as the Ministry's own PDF generator uses), with "OFFLINE" beneath until the invoice has a KSeF
number and that number once it has one (KSeF docs, kody-qr.md); an invoice issued offline has KOD II beside it,
the issuer's certificate link, labelled "CERTYFIKAT" (kody-qr.md, "KOD II - Weryfikacja certyfikatu"). The docs set
no size; the Ministry's generator draws it 150 pt wide. Here it is 40 mm with its quiet zone (a module of about
0.8 mm for the usual version 6 link), which a phone reads at arm's length and office printers print cleanly; KOD II
is as wide (its link, with an RSA signature, makes a denser code: modules of about 0.45 mm). A click opens the link.

Long names wrap in their cell; many lines run onto further pages with the table header repeated, each page
footed with the number and "strona n z m".
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.printing import invoice_format as fmt
from app.printing.fonts import fit_font_size, register_fonts
from app.printing.page_numbers import numbered_canvas

# The doc is an app.services.invoicing.data.InvoiceDoc, read here by its fields: printing sits below services and
# may not import them (tests/core/test_architecture.py), so the annotations below say Any.
InvoiceDoc = Any
DocLine = Any
KOR = "KOR"  # app.services.invoicing.data.KOR

MARGIN = 15 * mm
QR_SIZE = 40 * mm  # the symbol with its quiet zone of four modules
QR_COLUMN = 56 * mm
KOD2_COLUMN = 47 * mm  # each of the two codes' columns on an offline invoice (KOD I and KOD II side by side)
# An offline invoice without KOD II cannot prove its issuer: it is for the buyer only once KSeF has it (issue 15).
OFFLINE_WITHOUT_CERTIFICATE = ("Faktura wystawiona w trybie offline — można ją przekazać nabywcy dopiero po "
                               "wysłaniu do KSeF.")
LOGO_BOX = (50 * mm, 22 * mm)
GREY = colors.Color(0.9, 0.9, 0.9)
ZERO = Decimal("0.00")


def _styles(font: str, bold: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=8.5, leading=10.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7, leading=8.5),
        "small_center": ParagraphStyle("small_center", parent=base, fontSize=7, leading=8.5, alignment=1),
        "seller": ParagraphStyle("seller", parent=base, fontName=bold, fontSize=13, leading=16),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.5),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=17, leading=21, alignment=2),
        "number": ParagraphStyle("number", parent=base, fontName=bold, fontSize=11.5, leading=14, alignment=2),
        "right": ParagraphStyle("right", parent=base, alignment=2),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=9.5, leading=12, spaceBefore=4,
                               spaceAfter=2, keepWithNext=1),
        "due": ParagraphStyle("due", parent=base, fontName=bold, fontSize=12.5, leading=16),
    }


class _QrCode(Flowable):
    """The link as a QR code of vector squares (one rectangle per run of dark modules), with its quiet zone."""

    def __init__(self, link: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.link = link
        self.size = size
        self.qr = segno.make(link, error="m", micro=False)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        rows = [[bool(v) for v in row] for row in self.qr.matrix_iter(scale=1, border=0)]
        module = self.size / (len(rows) + 8)
        c = self.canv
        c.saveState()
        c.setFillColor(colors.black)
        path = c.beginPath()
        for r, row in enumerate(rows):
            y = self.size - (4 + r + 1) * module
            start = None
            for col, dark in enumerate([*row, False]):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    path.rect((4 + start) * module, y, (col - start) * module, module)
                    start = None
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()
        c.linkURL(self.link, (0, 0, self.size, self.size), relative=1)


class _Fitted(Flowable):
    """One line of text centred in a width, its size shrunk to fit (a KSeF number is 35 characters)."""

    def __init__(self, text: str, font: str, size: float, width: float) -> None:
        super().__init__()
        self.text, self.font, self.width_ = text, font, width
        self.size = fit_font_size(text, font, size, width)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width_, self.size * 1.3

    def draw(self) -> None:
        self.canv.setFont(self.font, self.size)
        self.canv.drawCentredString(self.width_ / 2, self.size * 0.3, self.text)


def _title(doc: InvoiceDoc) -> str:
    return "Faktura korygująca" if doc.kind == KOR else "Faktura VAT"


def _party(caption: str, party: Any, extra: Sequence[str], st: dict[str, ParagraphStyle]) -> Paragraph:
    lines = [f"<b>{caption}</b>", f"<b>{escape(party.name)}</b>"]
    lines += [escape(x) for x in (party.address_line_1, party.address_line_2) if x.strip()]
    if party.country and party.country.upper() != "PL":
        lines.append(escape(party.country.upper()))
    if party.nip:
        lines.append(f"NIP: {escape(party.nip)}")
    lines += list(extra)
    return Paragraph("<br/>".join(lines), st["base"])


def _header(doc: InvoiceDoc, logo: bytes | None, inner: float, st: dict[str, ParagraphStyle]) -> list:
    facts = [f"Data wystawienia: <b>{fmt.day(doc.issue_date)}</b>"]
    if doc.place_of_issue:
        facts.append(f"Miejsce wystawienia: {escape(doc.place_of_issue)}")
    facts.append(f"Data sprzedaży: <b>{fmt.day(doc.sale_date or doc.issue_date)}</b>")
    if doc.correction is not None:
        cor = doc.correction
        facts.append(f"Do faktury nr <b>{escape(cor.corrected_number)}</b> z dnia {fmt.day(cor.corrected_issue_date)}")
        if cor.corrected_ksef_number:
            facts.append(f"Nr KSeF faktury korygowanej: {escape(cor.corrected_ksef_number)}")
    right = [Paragraph(_title(doc), st["title"]), Paragraph(f"nr {escape(doc.number)}", st["number"]),
             Spacer(0, 2 * mm), Paragraph("<br/>".join(facts), st["right"])]
    left: list = []
    if logo:
        reader = ImageReader(io.BytesIO(logo))
        w, h = reader.getSize()
        scale = min(LOGO_BOX[0] / w, LOGO_BOX[1] / h)
        left.append(Image(io.BytesIO(logo), width=w * scale, height=h * scale, hAlign="LEFT"))
    else:
        left.append(Paragraph(escape(doc.seller.name), st["seller"]))
    head = Table([[left, right]], colWidths=[inner * 0.4, inner * 0.6],
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    seller_extra = []
    if doc.seller_bank_account:
        seller_extra.append(f"Nr rachunku: <b>{escape(fmt.iban(doc.seller_bank_account))}</b>")
    if doc.seller_bank_name:
        seller_extra.append(f"Bank: {escape(doc.seller_bank_name)}")
    buyer_extra = [] if doc.buyer.nip or doc.buyer.country.upper() != "PL" else ["Konsument (nabywca bez NIP)"]
    parties = Table([[_party("Sprzedawca", doc.seller, seller_extra, st),
                      _party("Nabywca", doc.buyer, buyer_extra, st)]], colWidths=[inner / 2, inner / 2])
    parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (0, 0), 0.5, colors.grey),
                                 ("BOX", (1, 0), (1, 0), 0.5, colors.grey), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 5), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    story = [head, Spacer(0, 4 * mm), parties]
    if doc.correction is not None:
        story += [Spacer(0, 3 * mm),
                  Paragraph(f"<b>Przyczyna korekty:</b> {escape(doc.correction.reason)}", st["base"])]
    return story


def _table_style(font: str, bold: str, last_bold: bool = False) -> TableStyle:
    commands = [("FONT", (0, 0), (-1, 0), bold, 7.5), ("FONT", (0, 1), (-1, -1), font, 8),
                ("BACKGROUND", (0, 0), (-1, 0), GREY), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 1), (0, -1), "RIGHT"),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if last_bold:
        commands += [("FONT", (0, -1), (-1, -1), bold, 8), ("BACKGROUND", (0, -1), (-1, -1), GREY)]
    return TableStyle(commands)


def _margin(doc: InvoiceDoc) -> bool:
    """Under a margin scheme (art. 119-120) the invoice states no rate, no net and no VAT (art. 106e ust. 3)."""
    return bool(doc.annotations.margin_scheme)


def _rate(doc: InvoiceDoc, rate: str) -> str:
    return "" if _margin(doc) else fmt.rate_label(rate)


def _line_values(doc: InvoiceDoc, line: DocLine) -> tuple[Decimal | None, Decimal]:
    """(unit price, value) as the method states them: net for net, gross for gross (and under a margin scheme)."""
    if doc.method == "gross" or _margin(doc):
        return line.unit_gross, line.gross
    return line.unit_net, line.net


def _lines_table(doc: InvoiceDoc, rows: list[list], inner: float, font: str, bold: str) -> Table:
    kind = "brutto" if doc.method == "gross" or _margin(doc) else "netto"
    header = ["Lp.", "Nazwa towaru lub usługi", "J.m.", "Ilość", f"Cena jedn.\n{kind}",
              "" if _margin(doc) else "Stawka\nVAT", f"Wartość\n{kind}"]
    widths = [9 * mm, 0, 12 * mm, 16 * mm, 24 * mm, 14 * mm, 26 * mm]
    widths[1] = inner - sum(widths)
    table = Table([header, *rows], colWidths=widths, repeatRows=1)
    table.setStyle(_table_style(font, bold))
    table.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "CENTER"), ("ALIGN", (5, 0), (5, -1), "CENTER"),
                               ("ALIGN", (3, 0), (4, 0), "RIGHT"), ("ALIGN", (6, 0), (6, 0), "RIGHT")]))
    return table


def _line_rows(doc: InvoiceDoc, lines: Sequence[DocLine], st: dict[str, ParagraphStyle]) -> list[list]:
    rows = []
    for line in lines:
        price, value = _line_values(doc, line)
        rows.append([str(line.position), Paragraph(escape(line.name), st["cell"]), line.unit,
                     fmt.quantity(line.quantity), fmt.unit_price(price) if price is not None else "",
                     _rate(doc, line.rate), fmt.amount(value)])
    return rows


def _difference_rows(doc: InvoiceDoc, st: dict[str, ParagraphStyle]) -> list[list]:
    """Per position: the change of quantity and value (after - before); a line on one side only counts as 0."""
    before = {line.position: line for line in doc.lines if line.before}
    after = {line.position: line for line in doc.lines if not line.before}
    rows = []
    for position in sorted(before.keys() | after.keys()):
        b, a = before.get(position), after.get(position)
        shown = a if a is not None else b
        qty = (a.quantity if a else ZERO) - (b.quantity if b else ZERO)
        value = (_line_values(doc, a)[1] if a else ZERO) - (_line_values(doc, b)[1] if b else ZERO)
        price = _line_values(doc, shown)[0]
        rows.append([str(position), Paragraph(escape(shown.name), st["cell"]), shown.unit, fmt.quantity(qty)
                     if qty else "0", fmt.unit_price(price) if price is not None else "", _rate(doc, shown.rate),
                     fmt.amount(value)])
    return rows


def _summary(doc: InvoiceDoc, inner: float, font: str, bold: str, st: dict[str, ParagraphStyle]) -> list:
    if _margin(doc):
        return [Spacer(0, 2 * mm), Paragraph(f"Wartość sprzedaży ({escape(_margin_name(doc))}): "
                                             f"<b>{fmt.money(doc.gross, doc.currency)}</b>", st["right"])]
    foreign = doc.vat_pln is not None
    header = ["Stawka VAT", "Wartość netto", "Kwota VAT", "Wartość brutto"] + (["VAT w PLN"] if foreign else [])
    rows = [header]
    for r in doc.rates:
        rows.append([fmt.rate_label(r.rate), fmt.amount(r.net), fmt.amount(r.vat), fmt.amount(r.gross)]
                    + ([fmt.amount(r.vat_pln) if r.vat_pln is not None else ""] if foreign else []))
    rows.append([f"Razem ({doc.currency})", fmt.amount(doc.net), fmt.amount(doc.vat), fmt.amount(doc.gross)]
                + ([fmt.amount(doc.vat_pln)] if foreign and doc.vat_pln is not None else []))
    col = 26 * mm
    table = Table(rows, colWidths=[30 * mm] + [col] * (len(header) - 1), hAlign="RIGHT")
    table.setStyle(_table_style(font, bold, last_bold=True))
    table.setStyle(TableStyle([("ALIGN", (0, 0), (0, -1), "LEFT"), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    title = "Podsumowanie korekty według stawek VAT (różnica)" if doc.kind == KOR else \
        "Podsumowanie według stawek VAT"
    notes = []
    rates = {r.rate for r in doc.rates} | {line.rate for line in doc.lines}
    if "zw" in rates:
        basis = doc.annotations.exemption_basis or "(nie podano)"
        notes.append(f"zw - sprzedaż zwolniona z VAT; podstawa zwolnienia: <b>{escape(basis)}</b>")
    if "np" in rates:
        notes.append("np - sprzedaż niepodlegająca opodatkowaniu VAT na terytorium kraju")
    if foreign and doc.exchange_rate is not None:
        rate = f"{doc.exchange_rate.normalize():f}".replace(".", ",")
        source = f"średni kurs NBP z dnia {fmt.day(doc.exchange_rate_date)}" if doc.exchange_rate_date else "kurs"
        table_no = f", tabela nr {escape(doc.exchange_table)}" if doc.exchange_table else ""
        notes.append(f"Kurs wymiany: 1 {escape(doc.currency)} = {rate} PLN ({source}{table_no})")
        notes.append(f"Kwota podatku VAT w PLN: <b>{fmt.money(doc.vat_pln or ZERO, 'PLN')}</b>")
    story: list = [Paragraph(title, st["head"]), table]
    if notes:
        story += [Spacer(0, 1.5 * mm), *(Paragraph(n, st["base"]) for n in notes)]
    return story


def _margin_name(doc: InvoiceDoc) -> str:
    return fmt.MARGIN_SCHEMES.get(doc.annotations.margin_scheme, "procedura marży")


def _annotations(doc: InvoiceDoc, st: dict[str, ParagraphStyle]) -> list:
    a = doc.annotations
    items = [text for on, text in ((a.cash_accounting, "metoda kasowa"), (a.self_billing, "samofakturowanie"),
                                   (a.reverse_charge, "odwrotne obciążenie"),
                                   (a.split_payment, "mechanizm podzielonej płatności")) if on]
    if a.margin_scheme:
        items.append(_margin_name(doc))
    if not items:
        return []
    return [Spacer(0, 2 * mm), Paragraph("<b>Adnotacje:</b> " + "; ".join(f"<b>{escape(i)}</b>" for i in items),
                                         st["base"])]


def _payment(doc: InvoiceDoc, link: str, font: str, bold: str, inner: float, st: dict[str, ParagraphStyle],
             certificate_link: str | None, offline: bool) -> KeepTogether:
    refund = doc.kind == KOR and doc.gross < 0
    left = [Paragraph(f"{'Do zwrotu' if refund else 'Do zapłaty'}: {fmt.money(abs(doc.gross), doc.currency)}",
                      st["due"]),
            Paragraph(f"Słownie: {escape(fmt.amount_in_words(doc.gross, doc.currency))}", st["base"]),
            Spacer(0, 2 * mm), Paragraph(f"Forma płatności: <b>{escape(fmt.payment_name(doc.payment_form))}</b>",
                                         st["base"])]
    if doc.paid:
        left.append(Paragraph(f"Zapłacono dnia: <b>{fmt.day(doc.paid_date)}</b>", st["base"]))
        left.append(Paragraph(f"Pozostało do zapłaty: {fmt.money(ZERO, doc.currency)}", st["base"]))
    elif doc.due_date is not None:
        left.append(Paragraph(f"Termin płatności: <b>{fmt.day(doc.due_date)}</b>", st["base"]))
    if doc.order_number:
        left += [Spacer(0, 2 * mm), Paragraph(f"Dotyczy zamówienia nr {escape(doc.order_number)}", st["base"])]
    if doc.issued_by:
        left.append(Paragraph(f"Wystawił(a): {escape(doc.issued_by)}", st["base"]))
    left += [Spacer(0, 2 * mm), Paragraph(f"Weryfikacja faktury w KSeF: {escape(link)}", st["small"])]
    if offline and not certificate_link and not doc.ksef_number:
        left += [Spacer(0, 2 * mm), Paragraph(f"<b>{OFFLINE_WITHOUT_CERTIFICATE}</b>", st["base"])]
    column = QR_COLUMN if certificate_link is None else KOD2_COLUMN
    codes = [[Paragraph("Kod weryfikacyjny KSeF", st["small_center"]), _QrCode(link),
              _Fitted(doc.ksef_number or "OFFLINE", bold, 9, column - 4 * mm)]]
    if certificate_link is not None:
        codes.append([Paragraph("Certyfikat wystawcy KSeF", st["small_center"]), _QrCode(certificate_link),
                      _Fitted("CERTYFIKAT", bold, 9, column - 4 * mm)])
    widths = [inner - column * len(codes)] + [column] * len(codes)
    block = Table([[left, *codes]], colWidths=widths)
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                               ("ALIGN", (1, 0), (-1, 0), "CENTER"), ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.grey),
                               ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    return KeepTogether([Spacer(0, 3 * mm), block])


def render_invoice_pdf(doc: InvoiceDoc, link: str, *, logo: bytes | None = None, certificate_link: str | None = None,
                       offline: bool = False) -> bytes:
    """The invoice or correction as A4 PDF bytes; `link` is its KSeF verification link (KOD I), shown as a QR
    code (app.printing.ksef_xml.verification_link computes it from the XML); `logo` is an image file's bytes.

    An invoice issued offline (`offline`) also carries KOD II, `certificate_link` (signed with the shop's offline
    certificate: app.services.invoicing.ksef.offline_cert), beside KOD I and labelled CERTYFIKAT; with no such
    link, and no KSeF number yet, it says instead that it may be handed to the buyer only once sent to KSeF."""
    font, bold = register_fonts()
    st = _styles(font, bold)
    page_w, page_h = A4
    inner = page_w - 2 * MARGIN
    title = f"{_title(doc)} {doc.number}"
    buffer = io.BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                                 bottomMargin=MARGIN + 2 * mm, title=title, author=doc.seller.name,
                                 creator="Zaplecze", subject=title)
    story = _header(doc, logo, inner, st)
    if doc.kind == KOR:
        before = [line for line in doc.lines if line.before]
        after = [line for line in doc.lines if not line.before]
        story += [Paragraph("Przed korektą", st["head"]), _lines_table(doc, _line_rows(doc, before, st), inner,
                                                                        font, bold),
                  Paragraph("Po korekcie", st["head"]), _lines_table(doc, _line_rows(doc, after, st), inner,
                                                                      font, bold),
                  Paragraph("Różnica (korekta)", st["head"]), _lines_table(doc, _difference_rows(doc, st), inner,
                                                                            font, bold)]
    else:
        story += [Spacer(0, 4 * mm), _lines_table(doc, _line_rows(doc, doc.lines, st), inner, font, bold)]
    story += _summary(doc, inner, font, bold, st)
    story += _annotations(doc, st)
    story.append(_payment(doc, link, font, bold, inner, st, certificate_link, offline))

    def later_page(canvas: Canvas, _doc) -> None:
        canvas.setFont(font, 7)
        canvas.setFillColor(colors.Color(0.3, 0.3, 0.3))
        canvas.drawRightString(page_w - MARGIN, page_h - MARGIN + 3 * mm, f"{title} (ciąg dalszy)")

    template.build(story, onLaterPages=later_page, canvasmaker=numbered_canvas(title, font, margin=MARGIN, drop=5 * mm,
                                                                                 size=7))
    return buffer.getvalue()
