"""The A4 pick list for a batch of orders: what to take from the shelves, in bin order.

One row per product: its bin location, SKU and EAN, name, the total to take, and which orders it goes to (with
each order's quantity when more than one). Then the batch's orders, each with its number as Code 128, so the
packer can open them at the station from this sheet. The rows come in the order given (the service sorts them
by bin); long batches run over pages with the table header repeated.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.printing.barcodes import code128_layout, draw_code128
from app.printing.fonts import register_fonts

CAPTIONS = {
    "pl": {"title": "Lista kompletacyjna", "made": "Wydruk", "orders": "Zamówienia", "products": "Produkty",
           "units": "Sztuk", "no": "Lp.", "location": "Lokalizacja", "sku": "SKU / EAN", "name": "Nazwa",
           "qty": "Ilość", "for": "Do zamówień", "batch": "Zamówienia w partii", "pcs": "szt.",
           "page": "Strona {n}", "none": "—"},
    "en": {"title": "Pick list", "made": "Printed", "orders": "Orders", "products": "Products",
           "units": "Units", "no": "No.", "location": "Location", "sku": "SKU / EAN", "name": "Name",
           "qty": "Qty", "for": "For orders", "batch": "Orders in the batch", "pcs": "pcs",
           "page": "Page {n}", "none": "—"},
}


@dataclass(frozen=True)
class PickOrder:
    number: str
    customer_name: str = ""
    units: int = 0
    shipping_method: str = ""


@dataclass(frozen=True)
class PickLine:
    """One product to take: the total over the batch and (order number, quantity) for each order it goes to."""

    location: str
    sku: str
    name: str
    quantity: int
    orders: tuple[tuple[str, int], ...]
    ean: str = ""


@dataclass(frozen=True)
class PicklistData:
    """Built by app.services.documents.packing.picklist_data; lines already in bin order."""

    orders: tuple[PickOrder, ...]
    lines: tuple[PickLine, ...]
    made_at: datetime | None = None  # in the shop's time zone

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)


class Code128Flowable(Flowable):
    """A Code 128 barcode as a platypus flowable (vector bars on the printer's dot grid, quiet zones included)."""

    def __init__(self, value: str, max_width: float, height: float, dpi: int = 203, max_dots: int = 3) -> None:
        super().__init__()
        self.value, self.max_width, self.bar_height, self.dpi, self.max_dots = value, max_width, height, dpi, max_dots
        self.width = code128_layout(value, max_width, dpi, max_dots)[1]
        self.height = height

    def draw(self) -> None:
        draw_code128(self.canv, self.value, 0, 0, max_width=self.width, height=self.bar_height, dpi=self.dpi,
                     max_dots=self.max_dots, center=False)


def _who(orders: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(f"{escape(n)} ×{q}" if q > 1 else escape(n) for n, q in orders)


def render_picklist(data: PicklistData, out: str | Path | None = None, *, lang: str = "pl", dpi: int = 203) -> bytes:
    """The pick list as A4 PDF bytes (also written to out when given)."""
    font, bold = register_fonts()
    t = CAPTIONS.get(lang, CAPTIONS["en"])
    margin = 12 * mm
    inner = A4[0] - 2 * margin
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=11)
    small = ParagraphStyle("small", parent=base, fontSize=7.5, leading=9)
    head = ParagraphStyle("head", parent=base, fontName=bold, fontSize=16, leading=20)
    loc = ParagraphStyle("loc", parent=base, fontName=bold, fontSize=11, leading=13)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin + 4 * mm, title=t["title"], author="Zaplecze", creator="Zaplecze")
    made = f"{t['made']}: {data.made_at.strftime('%d.%m.%Y %H:%M')}   " if data.made_at else ""
    story: list = [
        Paragraph(t["title"], head),
        Paragraph(f"{made}{t['orders']}: <b>{len(data.orders)}</b>   {t['products']}: <b>{len(data.lines)}</b>   "
                  f"{t['units']}: <b>{data.units}</b>", base),
        Spacer(0, 4 * mm),
    ]
    rows: list[list] = [[t["no"], t["location"], t["sku"], t["name"], t["qty"], t["for"], "✓"]]
    for i, line in enumerate(data.lines, start=1):
        sku = escape(line.sku) + (f"<br/><font size={small.fontSize}>{escape(line.ean)}</font>" if line.ean else "")
        rows.append([str(i), Paragraph(escape(line.location) or t["none"], loc), Paragraph(sku, base),
                     Paragraph(escape(line.name), base), str(line.quantity), Paragraph(_who(line.orders), small), ""])
    widths = [9 * mm, 22 * mm, 34 * mm, 0, 13 * mm, 42 * mm, 8 * mm]
    widths[3] = inner - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), bold, 8.5), ("FONT", (0, 1), (-1, -1), font, 9),
        ("FONT", (4, 1), (4, -1), bold, 12),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"), ("ALIGN", (4, 0), (4, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story += [table, Spacer(0, 7 * mm), Paragraph(t["batch"], ParagraphStyle("h2", parent=head, fontSize=12,
                                                                             leading=15)), Spacer(0, 2 * mm)]
    # The orders' barcodes, two to a row with a wide gap, so the scanner sees one at a time.
    cell = (inner - 10 * mm) / 2
    cells = []
    for o in data.orders:
        caption = f"<b>{escape(o.number)}</b> — {escape(o.customer_name)}, {o.units} {t['pcs']}"
        if o.shipping_method:
            caption += f"<br/>{escape(o.shipping_method)}"
        cells.append([Code128Flowable(o.number, cell, 11 * mm, dpi=dpi), Paragraph(caption, small)])
    grid = [[cells[i], "", cells[i + 1] if i + 1 < len(cells) else ""] for i in range(0, len(cells), 2)]
    if grid:
        story.append(Table(grid, colWidths=[cell, 10 * mm, cell], style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm)]))

    def footer(canvas, _doc) -> None:
        canvas.setFont(font, 8)
        canvas.drawRightString(A4[0] - margin, margin, f"{t['title']} — " + t["page"].format(n=canvas.getPageNumber()))

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    pdf = buffer.getvalue()
    if out is not None:
        Path(out).write_bytes(pdf)
    return pdf
