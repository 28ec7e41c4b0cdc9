"""The 100 x 150 mm shipping label as a PDF: one page per parcel, many labels into one document.

Layout, top to bottom: carrier and service with parcel n of m and date; sender (small); receiver (large:
name, street, postal code and city, phone; parcel locker code when there is one); cash on delivery in an
inverted box that cannot be missed; weight and size; the tracking number as a large Code 128 with its text;
the order number as a small Code 128.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.core.address import Address
from app.printing.barcodes import draw_code128
from app.printing.fonts import fit_font_size, register_fonts

LABEL_SIZE = (100 * mm, 150 * mm)
MARGIN = 4 * mm

CAPTIONS = {
    "pl": {"from": "Nadawca", "to": "Odbiorca", "cod": "POBRANIE", "parcel": "Paczka {n} z {m}",
           "tel": "tel.", "weight": "Waga", "size": "Gabaryt", "locker": "Paczkomat", "point": "Punkt odbioru", "order": "Zamówienie",
           "tracking": "Numer przesyłki", "no_tracking": "(numer nadaje przewoźnik)", "insurance": "Ubezp."},
    "en": {"from": "Sender", "to": "Receiver", "cod": "COD", "parcel": "Parcel {n} of {m}",
           "tel": "phone", "weight": "Weight", "size": "Size", "locker": "Locker", "point": "Pick-up point", "order": "Order",
           "tracking": "Tracking number", "no_tracking": "(number given by the carrier)", "insurance": "Insured"},
}


PartyData = Address  # the sender and the receiver on a label


@dataclass(frozen=True)
class LabelData:
    """Everything one parcel's label shows; built by app.services.shipping.shipments.label_data from a shipment."""

    sender: PartyData
    receiver: PartyData
    carrier: str  # the carrier's name as printed, e.g. "InPost"
    service: str  # e.g. "Paczkomat", "Kurier"
    tracking_number: str
    order_number: str
    parcel_no: int = 1
    parcel_count: int = 1
    day: date | None = None
    cod_amount: Decimal | None = None
    currency: str = "PLN"
    weight_kg: Decimal | None = None
    size: str = ""
    locker_code: str = ""
    insurance: Decimal | None = None
    pickup_point: bool = False  # the code is of a pick-up point (ORLEN Paczka), not of an InPost Paczkomat


def money(amount: Decimal, currency: str) -> str:
    """1234.5 -> '1 234,50 PLN' as Polish documents write it."""
    text = f"{amount.quantize(Decimal('0.01')):,.2f}".replace(",", " ").replace(".", ",")
    return f"{text} {currency}"


def locker_line(label: LabelData, t: dict[str, str]) -> str:
    """'Paczkomat: WAW123M', or 'Punkt odbioru: ...' for a carrier whose points are not InPost's lockers."""
    return f"{t['point'] if label.pickup_point else t['locker']}: {label.locker_code}"


def label_facts(label: LabelData, t: dict[str, str]) -> str:
    facts = []
    if label.weight_kg is not None:
        facts.append(f"{t['weight']}: {str(label.weight_kg.normalize()).replace('.', ',')} kg")
    if label.size:
        facts.append(f"{t['size']}: {label.size}")
    if label.insurance:
        facts.append(f"{t['insurance']}: {money(label.insurance, label.currency)}")
    return "   ".join(facts)


class LabelWriter:
    """Draws labels onto one canvas, one page each."""

    def __init__(self, target: str | Path | io.BytesIO, *, dpi: int = 203, lang: str = "pl",
                 title: str = "Labels") -> None:
        self.font, self.bold = register_fonts()
        self.dpi = dpi
        self.t = CAPTIONS.get(lang, CAPTIONS["en"])
        self.c = Canvas(str(target) if isinstance(target, Path) else target, pagesize=LABEL_SIZE)
        self.c.setTitle(title)
        self.c.setAuthor("Zaplecze")
        self.c.setCreator("Zaplecze")
        self.pages = 0

    def _text(self, x: float, y: float, text: str, size: float, bold: bool = False, max_width: float | None = None,
              align: str = "left") -> None:
        font = self.bold if bold else self.font
        if max_width is not None:
            size = fit_font_size(text, font, size, max_width)
        self.c.setFont(font, size)
        if align == "right":
            self.c.drawRightString(x, y, text)
        elif align == "center":
            self.c.drawCentredString(x, y, text)
        else:
            self.c.drawString(x, y, text)

    def add(self, label: LabelData) -> None:
        c, t = self.c, self.t
        width, height = LABEL_SIZE
        inner = width - 2 * MARGIN
        left, right = MARGIN, width - MARGIN
        y = height - MARGIN

        # Header: carrier, service; parcel n of m and date on the right.
        y -= 7 * mm
        self._text(left, y, label.carrier, 20, bold=True, max_width=inner * 0.6)
        parcel = t["parcel"].format(n=label.parcel_no, m=label.parcel_count)
        self._text(right, y, parcel, 13, bold=True, align="right")
        y -= 5 * mm
        self._text(left, y, label.service, 11, max_width=inner * 0.6)
        if label.day is not None:
            self._text(right, y, label.day.strftime("%d.%m.%Y"), 10, align="right")
        y -= 2.5 * mm
        c.setLineWidth(1.2)
        c.line(left, y, right, y)

        # Sender, small.
        s = label.sender
        y -= 3.5 * mm
        self._text(left, y, t["from"].upper(), 6.5, bold=True)
        sender_lines = [s.company or s.name, s.street, f"{s.postal_code} {s.city}".strip(),
                        f"{t['tel']} {s.phone}" if s.phone else ""]
        for line in [ln for ln in sender_lines if ln.strip()]:
            y -= 3.3 * mm
            self._text(left, y, line, 8, max_width=inner)
        y -= 2.5 * mm
        c.setLineWidth(0.6)
        c.line(left, y, right, y)

        # Receiver, large.
        r = label.receiver
        y -= 4 * mm
        self._text(left, y, t["to"].upper(), 7, bold=True)
        # Weight, size, insurance: small, on the receiver caption's line, right-aligned.
        facts = label_facts(label, t)
        if facts:
            self._text(right, y, facts, 8, align="right", max_width=inner * 0.75)
        y -= 6 * mm
        self._text(left, y, r.name, 15, bold=True, max_width=inner)
        if r.company:
            y -= 5.5 * mm
            self._text(left, y, r.company, 12, max_width=inner)
        y -= 6 * mm
        self._text(left, y, r.street, 13, max_width=inner)
        y -= 7.5 * mm
        city = f"{r.postal_code} {r.city}".strip()
        if r.country and r.country.upper() != "PL":
            city = f"{city}, {r.country.upper()}"
        self._text(left, y, city, 17, bold=True, max_width=inner)
        if r.phone:
            y -= 5.5 * mm
            self._text(left, y, f"{t['tel']} {r.phone}", 11, max_width=inner)
        if label.locker_code:
            y -= 8.5 * mm
            c.setLineWidth(1.5)
            c.rect(left, y - 2 * mm, inner, 8 * mm, stroke=1, fill=0)
            self._text(left + 2 * mm, y, locker_line(label, t), 14, bold=True, max_width=inner - 4 * mm)

        # Cash on delivery: white on black so it stands out.
        if label.cod_amount is not None and label.cod_amount > 0:
            y -= 13 * mm
            c.setFillGray(0)
            c.rect(left, y - 2.5 * mm, inner, 10.5 * mm, stroke=0, fill=1)
            c.setFillGray(1)
            self._text(left + 2.5 * mm, y, t["cod"], 16, bold=True)
            self._text(right - 2.5 * mm, y, money(label.cod_amount, label.currency), 18, bold=True, align="right",
                       max_width=inner * 0.62)
            c.setFillGray(0)

        base = MARGIN
        order_bar_h, track_bar_h = 9 * mm, 24 * mm
        # Order number: small Code 128 at the bottom, its text under it.
        self._text(width / 2, base, f"{t['order']} {label.order_number}", 8, align="center")
        draw_code128(c, label.order_number, left + inner * 0.225, base + 3.5 * mm, max_width=inner * 0.55,
                     height=order_bar_h, dpi=self.dpi, max_dots=2)
        # Tracking number: large Code 128 with its text.
        ty = base + 3.5 * mm + order_bar_h + 4 * mm
        if label.tracking_number:
            self._text(width / 2, ty, label.tracking_number, 12, bold=True, align="center", max_width=inner)
            draw_code128(c, label.tracking_number, left, ty + 5 * mm, max_width=inner, height=track_bar_h,
                         dpi=self.dpi, max_dots=4)
        else:
            self._text(width / 2, ty + 12 * mm, t["no_tracking"], 10, align="center")
        c.showPage()
        self.pages += 1

    def save(self) -> None:
        self.c.save()


def render_labels(labels: Iterable[LabelData], out: str | Path | None = None, *, dpi: int = 203,
                  lang: str = "pl", title: str = "Labels") -> bytes:
    """Labels into one PDF; written to out when given, and returned as bytes."""
    buffer = io.BytesIO()
    writer = LabelWriter(buffer, dpi=dpi, lang=lang, title=title)
    for label in labels:
        writer.add(label)
    if writer.pages == 0:
        raise ValueError("no labels to render")
    writer.save()
    data = buffer.getvalue()
    if out is not None:
        Path(out).write_bytes(data)
    return data
