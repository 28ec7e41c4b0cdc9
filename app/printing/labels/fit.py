"""A carrier's own label PDF (downloaded from its web panel, A4 or A6) fitted onto our 100 x 150 mm page.

Each page is scaled (vector content stays vector), turned a quarter when it is landscape so it uses the portrait
label best, and centred. A page much larger than the label (A4) whose ink covers only part of it (the label in
one corner, the rest blank) is fitted by that part, so the label prints at full size rather than shrunk with the
empty paper around it. The result prints on the label printer like our own labels.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.errors import PdfReadError

from app.core.errors import DomainError
from app.core.messages import msg
from app.printing.labels.pdf import LABEL_SIZE
from app.printing.pdf_content import Box, content_box

THE_FILE = msg("the file")  # the name in a message when the caller gives none
_MARGIN = 8.5  # points (3 mm) kept around the ink when a page is fitted by its ink
_LARGER = 1.5  # a page this many times the label's area or more is a sheet with the label somewhere on it
_PART = 0.6  # ... and is fitted by its ink when the ink's box covers less than this share of the page


def pdf_page_count(data: bytes, filename: str = THE_FILE) -> int:
    """Pages of a PDF, or a DomainError naming the file when it is not a readable PDF."""
    try:
        return len(PdfReader(io.BytesIO(data)).pages)
    except (PdfReadError, ValueError, OSError) as exc:
        raise DomainError(msg("{filename} is not a readable PDF ({error}).", filename=filename, error=exc)) from exc


def _area(page: object, label_area: float) -> Box:
    """The part of the page to fit: the whole page, or the box around its ink on a large, mostly blank sheet."""
    box = page.mediabox  # type: ignore[attr-defined]
    page_box = (float(box.left), float(box.bottom), float(box.right), float(box.top))
    page_area = (page_box[2] - page_box[0]) * (page_box[3] - page_box[1])
    if page_area < _LARGER * label_area:
        return page_box
    try:
        ink = content_box(page)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - a content stream we cannot follow: the whole page is always right
        return page_box
    if ink is None:
        return page_box
    x0, y0 = max(page_box[0], ink[0] - _MARGIN), max(page_box[1], ink[1] - _MARGIN)
    x1, y1 = min(page_box[2], ink[2] + _MARGIN), min(page_box[3], ink[3] + _MARGIN)
    if x1 <= x0 or y1 <= y0 or (x1 - x0) * (y1 - y0) >= _PART * page_area:
        return page_box
    return x0, y0, x1, y1


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
        x0, y0, x1, y1 = _area(page, target_w * target_h)
        w, h = x1 - x0, y1 - y0
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
