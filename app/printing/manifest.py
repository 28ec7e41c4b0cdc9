"""The A4 dispatch manifest (protokół nadania): one carrier's parcels handed over on one day.

A table of every parcel (order, tracking number, receiver, weight, cash on delivery), the totals (parcels,
weight, COD per currency) and two signature fields, for the shop and the courier. Long lists run over
several pages with the table header repeated and the page number at the foot.
"""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.printing.fonts import register_fonts
from app.printing.labels.pdf import PartyData, money

CAPTIONS = {
    "pl": {"title": "Protokół nadania", "carrier": "Przewoźnik", "day": "Data nadania", "sender": "Nadawca",
           "no": "Lp.", "order": "Zamówienie", "tracking": "Numer przesyłki", "receiver": "Odbiorca",
           "weight": "Waga [kg]", "cod": "Pobranie", "parcels": "Liczba paczek", "total_weight": "Łączna waga",
           "total_cod": "Suma pobrań", "sign_shop": "Podpis nadawcy", "sign_courier": "Podpis kuriera (odbiór)",
           "date_time": "data i godzina", "page": "Strona {n}", "number": "Numer protokołu", "none": "brak"},
    "en": {"title": "Dispatch manifest", "carrier": "Carrier", "day": "Dispatch day", "sender": "Sender",
           "no": "No.", "order": "Order", "tracking": "Tracking number", "receiver": "Receiver",
           "weight": "Weight [kg]", "cod": "COD", "parcels": "Parcels", "total_weight": "Total weight",
           "total_cod": "COD total", "sign_shop": "Sender's signature", "sign_courier": "Courier's signature",
           "date_time": "date and time", "page": "Page {n}", "number": "Manifest number", "none": "none"},
}


@dataclass(frozen=True)
class ManifestRow:
    order_number: str
    tracking_number: str
    receiver: str  # name
    receiver_city: str  # postal code and city
    weight_kg: Decimal
    cod_amount: Decimal | None = None
    currency: str = "PLN"
    parcel: str = "1/1"


@dataclass(frozen=True)
class ManifestData:
    number: str
    carrier: str
    day: date
    sender: PartyData
    rows: tuple[ManifestRow, ...]

    @property
    def total_weight(self) -> Decimal:
        return sum((r.weight_kg for r in self.rows), Decimal(0))

    def cod_totals(self) -> dict[str, Decimal]:
        """COD per currency (a parcel's COD counts once, on its first parcel row)."""
        totals: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
        for r in self.rows:
            if r.cod_amount:
                totals[r.currency] += r.cod_amount
        return dict(totals)


def _kg(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.001')):.3f}".rstrip("0").rstrip(".").replace(".", ",") or "0"


def render_manifest(data: ManifestData, out: str | Path | None = None, lang: str = "pl") -> bytes:
    """The manifest as A4 PDF bytes (also written to out when given)."""
    font, bold = register_fonts()
    t = CAPTIONS.get(lang, CAPTIONS["en"])
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=11)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=9.5)
    head = ParagraphStyle("head", parent=base, fontName=bold, fontSize=16, leading=20)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=18 * mm, title=f"{t['title']} {data.number}", author="Zaplecze")
    s = data.sender
    # Paragraphs read markup: names and numbers are escaped so '&' and '<' print as they are.
    sender = "<br/>".join(escape(x) for x in (s.company or s.name, s.street, f"{s.postal_code} {s.city}".strip(),
                                              s.phone) if x)
    number, carrier = escape(data.number), escape(data.carrier)
    story: list = [
        Paragraph(f"{t['title']} — {carrier}", head),
        Spacer(0, 3 * mm),
        Table([[Paragraph(f"<b>{t['number']}:</b> {number}<br/><b>{t['carrier']}:</b> {carrier}<br/>"
                          f"<b>{t['day']}:</b> {data.day.strftime('%d.%m.%Y')}", base),
                Paragraph(f"<b>{t['sender']}:</b><br/>{sender}", base)]],
              colWidths=[87 * mm, 87 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]),
        Spacer(0, 5 * mm),
    ]
    header = [t["no"], t["order"], t["tracking"], t["receiver"], t["weight"], t["cod"]]
    rows = [header]
    for i, r in enumerate(data.rows, start=1):
        rows.append([str(i), f"{r.order_number}\n{r.parcel}", r.tracking_number,
                     Paragraph(f"{escape(r.receiver)}<br/>{escape(r.receiver_city)}", small), _kg(r.weight_kg),
                     money(r.cod_amount, r.currency) if r.cod_amount else "—"])
    table = Table(rows, colWidths=[10 * mm, 25 * mm, 46 * mm, 50 * mm, 20 * mm, 24 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), bold, 8.5), ("FONT", (0, 1), (-1, -1), font, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (4, 0), (5, -1), "RIGHT"), ("ALIGN", (0, 0), (0, -1), "RIGHT"),
    ]))
    story += [table, Spacer(0, 5 * mm)]
    cod = data.cod_totals()
    cod_text = ", ".join(money(v, k) for k, v in sorted(cod.items())) or t["none"]
    totals = Table([[t["parcels"], str(len(data.rows))], [t["total_weight"], f"{_kg(data.total_weight)} kg"],
                    [t["total_cod"], cod_text]], colWidths=[45 * mm, 60 * mm], hAlign="RIGHT")
    totals.setStyle(TableStyle([("FONT", (0, 0), (0, -1), font, 10), ("FONT", (1, 0), (1, -1), bold, 10),
                                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.grey)]))
    signatures = Table([["", ""], [f"{t['sign_shop']}, {t['date_time']}", f"{t['sign_courier']}, {t['date_time']}"]],
                       colWidths=[85 * mm, 85 * mm], rowHeights=[20 * mm, 6 * mm], spaceBefore=12 * mm)
    signatures.setStyle(TableStyle([("FONT", (0, 1), (-1, 1), font, 8), ("LINEABOVE", (0, 1), (0, 1), 0.6, colors.black),
                                    ("LINEABOVE", (1, 1), (1, 1), 0.6, colors.black),
                                    ("LEFTPADDING", (1, 0), (1, -1), 12 * mm)]))
    story += [totals, signatures]

    def footer(canvas, _doc) -> None:
        canvas.setFont(font, 8)
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"{data.number} — " + t["page"].format(n=canvas.getPageNumber()))

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    pdf = buffer.getvalue()
    if out is not None:
        Path(out).write_bytes(pdf)
    return pdf
