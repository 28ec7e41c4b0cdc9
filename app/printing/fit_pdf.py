"""A carrier's own label PDF (downloaded from its web panel, A4 or A6) fitted onto our 100 x 150 mm page.

Each page is scaled as a whole (vector content stays vector), turned a quarter when it is landscape so it
uses the portrait label best, and centred. The result prints on the label printer like our own labels.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.errors import PdfReadError

from app.printing.label_pdf import LABEL_SIZE
from app.services.errors import DomainError
from app.services.messages import msg

THE_FILE = msg("the file")  # the name in a message when the caller gives none


def pdf_page_count(data: bytes, filename: str = THE_FILE) -> int:
    """Pages of a PDF, or a DomainError naming the file when it is not a readable PDF."""
    try:
        return len(PdfReader(io.BytesIO(data)).pages)
    except (PdfReadError, ValueError, OSError) as exc:
        raise DomainError(msg("{filename} is not a readable PDF ({error}).", filename=filename, error=exc)) from exc


def fit_to_label(data: bytes, size: tuple[float, float] = LABEL_SIZE, filename: str = THE_FILE) -> bytes:
    """Every page of data fitted onto a size page (points, portrait); returns the new PDF."""
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = list(reader.pages)
    except (PdfReadError, ValueError, OSError) as exc:
        raise DomainError(msg("{filename} is not a readable PDF ({error}).", filename=filename, error=exc)) from exc
    if not pages:
        raise DomainError(msg("{filename} has no pages.", filename=filename))
    target_w, target_h = size
    writer = PdfWriter()
    for page in pages:
        box = page.mediabox
        x0, y0 = float(box.left), float(box.bottom)
        w, h = float(box.width), float(box.height)
        rotate = (page.rotation or 0) % 360
        # Where the page's content ends up after its own /Rotate, as a transformation from user space.
        t = Transformation().translate(-x0, -y0)
        if rotate == 90:
            t = t.rotate(-90).translate(0, w)
            w, h = h, w
        elif rotate == 180:
            t = t.rotate(180).translate(w, h)
        elif rotate == 270:
            t = t.rotate(90).translate(h, 0)
            w, h = h, w
        if w > h:  # landscape: a quarter turn fits the portrait label better
            t = t.rotate(90).translate(h, 0)
            w, h = h, w
        scale = min(target_w / w, target_h / h)
        t = t.scale(scale, scale).translate((target_w - w * scale) / 2, (target_h - h * scale) / 2)
        blank = writer.add_blank_page(width=target_w, height=target_h)
        page.rotation = 0
        blank.merge_transformed_page(page, t)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
