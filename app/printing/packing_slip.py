"""The packing slip (A4 or A6): one order's lines and quantities, its order number as Code 128, the customer's note.

The order number's barcode heads every page: the packing station opens the order by scanning it. Under it the
receiver and the shipping method, then a table of the lines (SKU, name, EAN, quantity) and the number of units,
then the customer's note in a box. Captions in Polish or English (`lang`), as the label's are.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.printing.barcodes import draw_code128
from app.printing.fonts import fit_font_size, register_fonts

SIZES = {"a4": A4, "a6": A6}

CAPTIONS = {
    "pl": {"title": "Lista pakunkowa", "order": "Zamówienie", "shop_number": "Nr w sklepie", "day": "Data zamówienia",
           "to": "Odbiorca", "shipping": "Dostawa", "no": "Lp.", "sku": "SKU", "name": "Nazwa", "qty": "Ilość",
           "ean": "EAN", "units": "Razem sztuk", "note": "Uwagi klienta", "page": "Strona {n}", "check": "✓"},
    "en": {"title": "Packing slip", "order": "Order", "shop_number": "Shop's number", "day": "Order date",
           "to": "Receiver", "shipping": "Shipping", "no": "No.", "sku": "SKU", "name": "Name", "qty": "Qty",
           "ean": "EAN", "units": "Units in total", "note": "Customer's note", "page": "Page {n}", "check": "✓"},
}


@dataclass(frozen=True)
class SlipLine:
    sku: str
    name: str
    quantity: int
    ean: str = ""


@dataclass(frozen=True)
class PackingSlipData:
    """One order as its slip shows it; built by app.services.documents.packing.packing_slip_data."""

    order_number: str
    lines: tuple[SlipLine, ...]
    customer_name: str = ""
    ship_to: tuple[str, ...] = ()  # the shipping address, one printed line each
    shipping_method: str = ""
    customer_note: str = ""
    external_number: str = ""
    order_day: date | None = None
    shop: str = ""  # the sender's name, printed small at the top

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)


@dataclass(frozen=True)
class _Layout:
    margin: float
    header: float  # height of the header band (title, number, barcode)
    bar_height: float
    base: float  # body font size


_LAYOUTS = {"a4": _Layout(15 * mm, 34 * mm, 15 * mm, 10), "a6": _Layout(5 * mm, 33 * mm, 12 * mm, 7.5)}


def render_packing_slip(data: PackingSlipData, out: str | Path | None = None, *, size: str = "a4", lang: str = "pl",
                        dpi: int = 203) -> bytes:
    """The slip as PDF bytes (A4 or A6), also written to out when given."""
    if size not in SIZES:
        raise ValueError(f"packing slip size must be one of {sorted(SIZES)}, not {size!r}")
    font, bold = register_fonts()
    t = CAPTIONS.get(lang, CAPTIONS["en"])
    lay = _LAYOUTS[size]
    page_w, page_h = SIZES[size]
    inner = page_w - 2 * lay.margin
    base = ParagraphStyle("base", fontName=font, fontSize=lay.base, leading=lay.base * 1.25)
    small = ParagraphStyle("small", parent=base, fontSize=lay.base * 0.8, leading=lay.base)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=SIZES[size], leftMargin=lay.margin, rightMargin=lay.margin,
                            topMargin=lay.margin + lay.header, bottomMargin=lay.margin + 5 * mm,
                            title=f"{t['title']} {data.order_number}", author="Zaplecze", creator="Zaplecze")

    facts = []
    if data.order_day is not None:
        facts.append(f"<b>{t['day']}:</b> {data.order_day.strftime('%d.%m.%Y')}")
    if data.external_number:
        facts.append(f"<b>{t['shop_number']}:</b> {escape(data.external_number)}")
    if data.shipping_method:
        facts.append(f"<b>{t['shipping']}:</b> {escape(data.shipping_method)}")
    receiver = "<br/>".join(escape(x) for x in (data.customer_name, *data.ship_to) if x)
    story: list = []
    left = Paragraph(f"<b>{t['to']}:</b><br/>{receiver}", base) if receiver else Paragraph("", base)
    right = Paragraph("<br/>".join(facts), base)
    if size == "a4":
        story.append(Table([[left, right]], colWidths=[inner / 2, inner / 2],
                           style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    else:
        story += [left, Spacer(0, 1 * mm), right]
    story.append(Spacer(0, 4 * mm if size == "a4" else 2 * mm))

    rows: list[list] = [[t["no"], t["sku"], t["name"], t["qty"], t["check"]]]
    for i, line in enumerate(data.lines, start=1):
        name = escape(line.name)
        if line.ean:
            name += f"<br/><font size={small.fontSize}>{t['ean']} {escape(line.ean)}</font>"
        rows.append([str(i), Paragraph(escape(line.sku), base), Paragraph(name, base), str(line.quantity), ""])
    rows.append(["", "", Paragraph(f"<b>{t['units']}</b>", base), str(data.units), ""])
    if size == "a4":
        widths = [10 * mm, 38 * mm, inner - 10 * mm - 38 * mm - 18 * mm - 10 * mm, 18 * mm, 10 * mm]
    else:
        widths = [6 * mm, 24 * mm, inner - 6 * mm - 24 * mm - 10 * mm - 6 * mm, 10 * mm, 6 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), bold, lay.base), ("FONT", (0, 1), (-1, -1), font, lay.base),
        ("FONT", (3, 1), (3, -1), bold, lay.base * 1.3),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("GRID", (0, 0), (-1, -2), 0.4, colors.black), ("BOX", (2, -1), (3, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (3, 0), (4, -1), "CENTER"),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 if size == "a6" else 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 if size == "a6" else 4),
    ]))
    story.append(table)
    if data.customer_note.strip():
        note = escape(data.customer_note.strip()).replace("\n", "<br/>")
        box = Table([[Paragraph(f"<b>{t['note']}:</b><br/>{note}", base)]], colWidths=[inner])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black)]))
        story += [Spacer(0, 4 * mm if size == "a4" else 2 * mm), KeepTogether([box])]

    def page(canvas, _doc) -> None:
        top = page_h - lay.margin
        x = lay.margin
        canvas.setFont(font, lay.base * 0.8)
        if data.shop:
            canvas.drawRightString(page_w - lay.margin, top - lay.base * 0.8, data.shop)
        canvas.setFont(bold, lay.base * 1.1)
        canvas.drawString(x, top - lay.base, t["title"])
        number = f"{t['order']} {data.order_number}"
        if size == "a4":
            canvas.setFont(bold, fit_font_size(number, bold, 20, inner * 0.45))
            canvas.drawString(x, top - 10 * mm, number)
            # The barcode on the right half: the scanner finds it at once on every page.
            draw_code128(canvas, data.order_number, x + inner * 0.45, top - lay.header + 6 * mm,
                         max_width=inner * 0.55, height=lay.bar_height, dpi=dpi, max_dots=3)
            rule = top - lay.header + 3 * mm
        else:
            canvas.setFont(bold, fit_font_size(number, bold, 13, inner))
            canvas.drawString(x, top - 8.5 * mm, number)
            draw_code128(canvas, data.order_number, x, top - lay.header + 4 * mm, max_width=inner,
                         height=lay.bar_height, dpi=dpi, max_dots=3)
            rule = top - lay.header + 2.5 * mm
        canvas.setLineWidth(0.8)
        canvas.line(x, rule, page_w - lay.margin, rule)
        canvas.setFont(font, lay.base * 0.75)
        canvas.drawRightString(page_w - lay.margin, lay.margin,
                               f"{data.order_number} — " + t["page"].format(n=canvas.getPageNumber()))

    doc.build(story, onFirstPage=page, onLaterPages=page)
    pdf = buffer.getvalue()
    if out is not None:
        Path(out).write_bytes(pdf)
    return pdf
