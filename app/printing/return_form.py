"""The return form a shop hands its customer (issue 16): page 1 the shop's own form (the order, its items with a
column for how many come back, the reason, the account for the refund, the signature), page 2 the model
withdrawal form of annex 2 to the consumer rights act (ustawa z 30 maja 2014 r. o prawach konsumenta,
załącznik nr 2), with the shop filled in as "Adresat".

The customer reads it, so it is Polish only. The annex's wording is the act's, with the shop's data where the act
says the trader writes them; the items the customer may return are listed under it to pick from. Plain data in
(`ReturnFormDoc`), PDF bytes out.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.printing.fonts import register_fonts

MARGIN = 18 * mm
GREY = colors.Color(0.9, 0.9, 0.9)
DOTS = "." * 90

ANNEX_TITLE = "Wzór formularza odstąpienia od umowy"
ANNEX_NOTE = "(formularz ten należy wypełnić i odesłać tylko w przypadku chęci odstąpienia od umowy)"
ANNEX_STATEMENT = ("Ja/My(*) niniejszym informuję/informujemy(*) o moim/naszym odstąpieniu od umowy sprzedaży "
                   "następujących rzeczy(*) umowy dostawy następujących rzeczy(*) umowy o dzieło polegającej na "
                   "wykonaniu następujących rzeczy(*)/o świadczenie następującej usługi(*)")
ANNEX_FOOT = "(*) Niepotrzebne skreślić."


@dataclass(frozen=True)
class ReturnItem:
    name: str
    sku: str
    quantity: int


@dataclass(frozen=True)
class ReturnFormDoc:
    """One order's return form. `bank_account` is printed when known, else a blank line for the customer."""

    seller_name: str
    seller_address: tuple[str, ...]
    seller_contact: str  # e-mail / phone ("" : none)
    order_number: str
    order_date: date | None
    customer_name: str
    customer_address: tuple[str, ...]
    items: tuple[ReturnItem, ...]
    bank_account: str = ""


def _day(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def _styles(font: str, bold: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=15, leading=19, alignment=1,
                                spaceAfter=2 * mm),
        "annex": ParagraphStyle("annex", parent=base, alignment=2, fontSize=8.5),
        "center": ParagraphStyle("center", parent=base, alignment=1),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=10.5, leading=14, spaceBefore=3 * mm,
                               spaceAfter=1.5 * mm),
        "point": ParagraphStyle("point", parent=base, leftIndent=5 * mm, bulletIndent=0, spaceBefore=2.5 * mm),
    }


def _lines(*parts: str) -> str:
    return "<br/>".join(escape(p) for p in parts if p and p.strip())


def _seller(doc: ReturnFormDoc) -> str:
    return _lines(doc.seller_name, *doc.seller_address, doc.seller_contact)


def _boxed(cells: list[list], widths: list[float]) -> Table:
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def _form_page(doc: ReturnFormDoc, inner: float, st: dict[str, ParagraphStyle], font: str, bold: str) -> list:
    story: list = [Paragraph("Formularz zwrotu towaru", st["title"]),
                   Paragraph(f"do zamówienia nr <b>{escape(doc.order_number)}</b>"
                             + (f" z dnia {_day(doc.order_date)}" if doc.order_date else ""), st["center"]),
                   Spacer(0, 5 * mm)]
    customer = _lines(doc.customer_name, *doc.customer_address)
    story.append(_boxed([[Paragraph(f"<b>Sprzedawca (adres do zwrotu)</b><br/>{_seller(doc)}", st["base"]),
                          Paragraph(f"<b>Klient</b><br/>{customer}", st["base"])]], [inner / 2, inner / 2]))
    story.append(Paragraph("Zwracane produkty", st["head"]))
    rows: list[list] = [["Lp.", "Nazwa produktu", "SKU", "Ilość\nzamówiona", "Zwracana\nilość"]]
    for n, item in enumerate(doc.items, start=1):
        rows.append([str(n), Paragraph(escape(item.name), st["cell"]), Paragraph(escape(item.sku), st["cell"]),
                     str(item.quantity), ""])
    widths = [10 * mm, 0, 32 * mm, 22 * mm, 24 * mm]
    widths[1] = inner - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), bold, 8.5), ("FONT", (0, 1), (-1, -1), font, 9),
                               ("BACKGROUND", (0, 0), (-1, 0), GREY), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 1), (0, -1), "RIGHT"),
                               ("ALIGN", (3, 0), (4, -1), "CENTER"), ("TOPPADDING", (0, 1), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]))
    story.append(table)
    story.append(Paragraph("Przyczyna zwrotu (nieobowiązkowo)", st["head"]))
    story.append(Paragraph(f"{DOTS}<br/><br/>{DOTS}", st["base"]))
    story.append(Paragraph("Numer rachunku bankowego do zwrotu płatności", st["head"]))
    account = escape(doc.bank_account) if doc.bank_account.strip() else DOTS
    story.append(Paragraph(account, st["base"]))
    story.append(Paragraph("Właściciel rachunku: " + "." * 70, st["base"]))
    story.append(Spacer(0, 4 * mm))
    story.append(Paragraph(
        "Zwrot płatności nastąpi w ciągu 14 dni od dnia otrzymania oświadczenia o odstąpieniu od umowy; sprzedawca "
        "może wstrzymać się ze zwrotem do chwili otrzymania rzeczy z powrotem lub dostarczenia dowodu jej odesłania. "
        "Oświadczenie o odstąpieniu od umowy można złożyć na wzorze formularza na następnej stronie.", st["small"]))
    story.append(Spacer(0, 14 * mm))
    sign = Table([[Paragraph("." * 45 + "<br/>data", st["center"]),
                   Paragraph("." * 60 + "<br/>podpis klienta", st["center"])]], colWidths=[inner / 2, inner / 2])
    story.append(sign)
    return story


def _annex_page(doc: ReturnFormDoc, inner: float, st: dict[str, ParagraphStyle]) -> list:
    def point(text: str) -> Paragraph:
        return Paragraph(text, st["point"], bulletText="–")

    items = "<br/>".join(f"{escape(i.name)}" + (f" ({escape(i.sku)})" if i.sku else "") + f" × {i.quantity}"
                         for i in doc.items)
    story: list = [
        Paragraph("Załącznik nr 2 do ustawy z dnia 30 maja 2014 r. o prawach konsumenta", st["annex"]),
        Spacer(0, 6 * mm),
        Paragraph(ANNEX_TITLE.upper(), st["title"]),
        Paragraph(ANNEX_NOTE, st["center"]),
        Spacer(0, 6 * mm),
        point(f"Adresat:<br/><b>{_seller(doc)}</b>"),
        point(ANNEX_STATEMENT),
        Paragraph(f"{items}<br/>{DOTS}" if items else DOTS, st["point"]),
        point("Data zawarcia umowy(*)/odbioru(*): "
              + (f"{_day(doc.order_date)} (zamówienie nr {escape(doc.order_number)}) / " if doc.order_date else "")
              + "." * 30),
        point("Imię i nazwisko konsumenta(-ów): " + (escape(doc.customer_name) or "." * 60)),
        point("Adres konsumenta(-ów): " + (escape(", ".join(a for a in doc.customer_address if a.strip()))
                                           or "." * 70)),
        Spacer(0, 10 * mm),
        point("Podpis konsumenta(-ów) (tylko jeżeli formularz jest przesyłany w wersji papierowej): " + "." * 40),
        Spacer(0, 4 * mm),
        point("Data: " + "." * 30),
        Spacer(0, 10 * mm),
        Paragraph(ANNEX_FOOT, st["small"]),
    ]
    return story


def render_return_form(doc: ReturnFormDoc) -> bytes:
    """The return form and the model withdrawal form as PDF bytes (A4, two pages; long orders run longer)."""
    font, bold = register_fonts()
    st = _styles(font, bold)
    buffer = io.BytesIO()
    inner = A4[0] - 2 * MARGIN
    pdf = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=f"Formularz zwrotu — zamówienie {doc.order_number}",
                            author=doc.seller_name or "Zaplecze", creator="Zaplecze")
    pdf.build([*_form_page(doc, inner, st, font, bold), PageBreak(), *_annex_page(doc, inner, st)])
    return buffer.getvalue()
