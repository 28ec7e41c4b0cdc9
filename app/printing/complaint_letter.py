"""A complaint's written answer as an A4 letter PDF in Polish (issue 16, "the written answer").

The letter goes to a consumer in Poland, so it is Polish only. Made from `LetterDoc` (plain data: the seller as
the invoice settings hold it, the customer's snapshot from the case, the text the user edited), never from the
database. Layout as a Polish business letter: the sender top left (the logo above it when there is one), place and
date top right, the recipient under them, "Dotyczy: reklamacja nr …", the subject in bold, the body (a blank line
starts a new paragraph, a single line break stays a line break), and a place for the signature. A long body runs
onto further pages, each footed with the case number and "strona n z m".
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from app.printing.fonts import register_fonts
from app.printing.page_numbers import numbered_canvas

MARGIN = 20 * mm
LOGO_BOX = (50 * mm, 20 * mm)


@dataclass(frozen=True)
class LetterDoc:
    """One letter as printed. Address lines are printed one under another, empty ones left out."""

    seller_name: str
    seller_address: tuple[str, ...]
    seller_contact: str  # e-mail / phone, one line ("" : none)
    seller_nip: str
    place_and_date: str  # "Warszawa, 6 grudnia 2026 r."
    customer_name: str
    customer_address: tuple[str, ...]
    case_number: str
    subject: str
    body: str
    logo_png: bytes | None = None


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs: a blank line (spaces allowed) separates two; lines inside one are kept."""
    out: list[str] = []
    current: list[str] = []
    for line in body.replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            out.append("\n".join(current))
            current = []
    if current:
        out.append("\n".join(current))
    return out


def _styles(font: str, bold: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=14)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "right": ParagraphStyle("right", parent=base, alignment=2),
        "seller": ParagraphStyle("seller", parent=base, fontName=bold, fontSize=12, leading=15),
        "subject": ParagraphStyle("subject", parent=base, fontName=bold, fontSize=11.5, leading=15, spaceAfter=3 * mm),
        "body": ParagraphStyle("body", parent=base, alignment=4, spaceAfter=3 * mm),
        "sign": ParagraphStyle("sign", parent=base, fontSize=8.5, leading=11, alignment=1),
    }


def _lines(*parts: str) -> str:
    return "<br/>".join(escape(p) for p in parts if p and p.strip())


def render_letter(doc: LetterDoc) -> bytes:
    """The letter as PDF bytes (A4)."""
    font, bold = register_fonts()
    st = _styles(font, bold)
    buffer = io.BytesIO()
    inner = A4[0] - 2 * MARGIN
    pdf = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=f"Reklamacja {doc.case_number}: {doc.subject}",
                            author=doc.seller_name or "Zaplecze", creator="Zaplecze")
    sender: list = []
    if doc.logo_png:
        reader = ImageReader(io.BytesIO(doc.logo_png))
        w, h = reader.getSize()
        scale = min(LOGO_BOX[0] / w, LOGO_BOX[1] / h)
        sender += [Image(io.BytesIO(doc.logo_png), width=w * scale, height=h * scale, hAlign="LEFT"),
                   Spacer(0, 2 * mm)]
    sender.append(Paragraph(escape(doc.seller_name), st["seller"]))
    extra = [*doc.seller_address, doc.seller_contact, f"NIP: {doc.seller_nip}" if doc.seller_nip else ""]
    sender.append(Paragraph(_lines(*extra), st["base"]))
    head = Table([[sender, Paragraph(escape(doc.place_and_date), st["right"])]],
                 colWidths=[inner * 0.6, inner * 0.4],
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    recipient = Paragraph(f"<b>{escape(doc.customer_name)}</b><br/>{_lines(*doc.customer_address)}", st["base"])
    to = Table([["", recipient]], colWidths=[inner * 0.55, inner * 0.45],
               style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    story: list = [head, Spacer(0, 12 * mm), to, Spacer(0, 14 * mm),
                   Paragraph(f"Dotyczy: reklamacja nr <b>{escape(doc.case_number)}</b>", st["base"]),
                   Spacer(0, 3 * mm), Paragraph(escape(doc.subject), st["subject"])]
    for text in paragraphs(doc.body):
        story.append(Paragraph(escape(text).replace("\n", "<br/>"), st["body"]))
    signature = Table([["", [Spacer(0, 14 * mm), Paragraph("." * 60, st["sign"]),
                             Paragraph(f"podpis w imieniu {escape(doc.seller_name)}" if doc.seller_name
                                       else "podpis", st["sign"])]]],
                      colWidths=[inner * 0.5, inner * 0.5],
                      style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    story.append(KeepTogether([Spacer(0, 6 * mm), signature]))
    pdf.build(story, canvasmaker=numbered_canvas(
        f"Reklamacja nr {doc.case_number}", font, margin=MARGIN, drop=8 * mm, size=7.5, only_when_many=True))
    return buffer.getvalue()
