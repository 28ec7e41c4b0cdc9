"""Where a PDF page has ink: the box around what its content stream draws, in the page's user space.

A carrier's web panel often gives its 100 x 150 mm label in one corner of an A4 page; scaled as a whole page it
would print at half size, with bars too thin for the courier's scanner. Knowing the drawn area lets
fit_pdf.fit_to_label enlarge just the label. Read from the content stream (pypdf), not from a rendering, so it
needs no renderer: paths that are filled or stroked in a colour other than white, images, form XObjects (entered),
and text (as wide as its font's glyph widths make it; 0.6 em a character where a font gives none).
"""

from __future__ import annotations

from collections.abc import Iterable

from pypdf import PageObject
from pypdf.generic import ContentStream, DictionaryObject

Matrix = tuple[float, float, float, float, float, float]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_DEFAULT_WIDTH = 600.0  # thousandths of an em, for a font without widths (the standard 14 fonts): about Courier's
_PAINT_FILL = {b"f", b"F", b"f*"}
_PAINT_STROKE = {b"S", b"s"}
_PAINT_BOTH = {b"B", b"B*", b"b", b"b*"}
_MAX_FORM_DEPTH = 8


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """m applied first, then n (PDF's row-vector convention: m x n)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _is_white(operands: list, operator: bytes) -> bool:
    values = [float(v) for v in operands if isinstance(v, (int, float))]
    if operator in (b"g", b"G"):
        return bool(values) and values[0] >= 0.99
    if operator in (b"rg", b"RG"):
        return len(values) == 3 and min(values) >= 0.99
    if operator in (b"k", b"K"):
        return len(values) == 4 and max(values) <= 0.01
    return False


class _Ink:
    def __init__(self) -> None:
        self.box: Box | None = None

    def add(self, points: Iterable[tuple[float, float]]) -> None:
        pts = list(points)
        if not pts:
            return
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        new = (min(xs), min(ys), max(xs), max(ys))
        b = self.box
        self.box = new if b is None else (min(b[0], new[0]), min(b[1], new[1]), max(b[2], new[2]), max(b[3], new[3]))


def _corners(m: Matrix, x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    return [apply(m, x, y) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]


class _Font:
    """Glyph widths of one font (thousandths of an em) by character code, from /Widths or a CID font's /W."""

    def __init__(self, font: DictionaryObject | None) -> None:
        self.two_bytes = False
        self.widths: dict[int, float] = {}
        self.default = _DEFAULT_WIDTH
        if font is None:
            return
        if font.get("/Subtype") == "/Type0":
            self.two_bytes = True
            descendants = font.get("/DescendantFonts")
            cid = descendants.get_object()[0].get_object() if descendants is not None else {}
            self.default = float(cid.get("/DW", 1000))
            w = [v.get_object() for v in (cid.get("/W") or [])]
            i = 0
            while i + 1 < len(w):
                first = int(w[i])
                if isinstance(w[i + 1], list):
                    for k, width in enumerate(w[i + 1]):
                        self.widths[first + k] = float(width)
                    i += 2
                elif i + 2 < len(w):
                    for code in range(first, int(w[i + 1]) + 1):
                        self.widths[code] = float(w[i + 2])
                    i += 3
                else:
                    break
        else:
            first = int(font.get("/FirstChar", 0))
            for k, width in enumerate(font.get("/Widths") or []):
                self.widths[first + k] = float(width)
            descriptor = font.get("/FontDescriptor")
            missing = descriptor.get_object().get("/MissingWidth") if descriptor is not None else None
            if missing is not None and self.widths:
                self.default = float(missing)

    def codes(self, data: bytes) -> list[int]:
        if self.two_bytes:
            return [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data) - 1, 2)]
        return list(data)

    def width(self, data: bytes) -> tuple[float, int]:
        """(width in thousandths of an em, number of characters)."""
        codes = self.codes(data)
        return sum(self.widths.get(c, self.default) for c in codes), len(codes)


def _raw(value: object) -> bytes | None:
    if isinstance(value, bytes):
        return bytes(value)
    if isinstance(value, str):
        original = getattr(value, "original_bytes", None)
        return bytes(original) if original is not None else value.encode("latin-1", "replace")
    return None


def _shown_width(operand: object, font: _Font, size: float, char_spacing: float, scale: float) -> float:
    """How far a Tj string or TJ array moves the text position (text space units)."""
    parts = operand if isinstance(operand, list) else [operand]
    total = 0.0
    for part in parts:
        data = _raw(part)
        if data is not None:
            em, count = font.width(data)
            total += (em / 1000 * size + char_spacing * count) * scale
        elif isinstance(part, (int, float)):  # a TJ adjustment, in thousandths of an em, to the left
            total -= float(part) / 1000 * size * scale
    return total


def _walk(content: ContentStream, resources: DictionaryObject | None, ctm: Matrix, ink: _Ink, depth: int,
          pdf: object) -> None:
    stack: list[tuple[Matrix, bool, bool]] = []
    fill_white = stroke_white = False
    path: list[tuple[float, float]] = []
    tm = tlm = IDENTITY
    size = leading = char_spacing = 0.0
    scale = 1.0
    font = _Font(None)
    xobjects = (resources or {}).get("/XObject")
    xobjects = xobjects.get_object() if xobjects is not None else {}
    fonts = (resources or {}).get("/Font")
    fonts = fonts.get_object() if fonts is not None else {}
    for operands, op in content.operations:
        if op == b"q":
            stack.append((ctm, fill_white, stroke_white))
        elif op == b"Q":
            if stack:
                ctm, fill_white, stroke_white = stack.pop()
        elif op == b"cm" and len(operands) == 6:
            ctm = multiply(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
        elif op in (b"g", b"rg", b"k", b"sc", b"scn"):
            fill_white = _is_white(operands, op)
        elif op in (b"G", b"RG", b"K", b"SC", b"SCN"):
            stroke_white = _is_white(operands, op.lower())
        elif op in (b"m", b"l") and len(operands) == 2:
            path.append(apply(ctm, float(operands[0]), float(operands[1])))
        elif op in (b"c", b"v", b"y"):
            nums = [float(v) for v in operands]
            path += [apply(ctm, nums[i], nums[i + 1]) for i in range(0, len(nums) - 1, 2)]
        elif op == b"re" and len(operands) == 4:
            x, y, w, h = (float(v) for v in operands)
            path += _corners(ctm, x, y, x + w, y + h)
        elif op in _PAINT_FILL or op in _PAINT_STROKE or op in _PAINT_BOTH:
            white = (fill_white if op in _PAINT_FILL else stroke_white if op in _PAINT_STROKE
                     else fill_white and stroke_white)
            if not white:
                ink.add(path)
            path = []
        elif op == b"n":
            path = []  # a clipping path: nothing drawn
        elif op == b"BT":
            tm = tlm = IDENTITY
        elif op == b"Tf" and len(operands) == 2:
            size = abs(float(operands[1]))
            chosen = fonts.get(operands[0]) if hasattr(fonts, "get") else None
            font = _Font(chosen.get_object() if chosen is not None else None)
        elif op == b"Tc" and operands:
            char_spacing = float(operands[0])
        elif op == b"Tz" and operands:
            scale = float(operands[0]) / 100
        elif op == b"TL" and operands:
            leading = float(operands[0])
        elif op in (b"Td", b"TD") and len(operands) == 2:
            tx, ty = float(operands[0]), float(operands[1])
            if op == b"TD":
                leading = -ty
            tlm = multiply((1, 0, 0, 1, tx, ty), tlm)
            tm = tlm
        elif op == b"Tm" and len(operands) == 6:
            tm = tlm = tuple(float(v) for v in operands)  # type: ignore[assignment]
        elif op in (b"T*", b"'", b'"'):
            tlm = multiply((1, 0, 0, 1, 0, -leading), tlm)
            tm = tlm
        if op in (b"Tj", b"TJ", b"'", b'"'):
            width = _shown_width(operands[-1], font, size, char_spacing, scale) if operands else 0.0
            if width and not fill_white:
                ink.add(_corners(multiply(tm, ctm), 0, -0.25 * size, width, 0.95 * size))
            tm = multiply((1, 0, 0, 1, width, 0), tm)
        elif op == b"INLINE IMAGE":
            ink.add(_corners(ctm, 0, 0, 1, 1))
        elif op == b"Do" and operands:
            xobject = xobjects.get(operands[0]) if hasattr(xobjects, "get") else None
            xobject = xobject.get_object() if xobject is not None else None
            if xobject is None:
                continue
            if xobject.get("/Subtype") == "/Image":
                ink.add(_corners(ctm, 0, 0, 1, 1))
            elif xobject.get("/Subtype") == "/Form" and depth < _MAX_FORM_DEPTH:
                matrix = tuple(float(v) for v in xobject.get("/Matrix", IDENTITY))
                form_ctm = multiply(matrix, ctm)  # type: ignore[arg-type]
                inner = _Ink()
                _walk(ContentStream(xobject, pdf), xobject.get("/Resources", resources), form_ctm, inner, depth + 1,
                      pdf)
                if inner.box is not None:
                    ink.add([(inner.box[0], inner.box[1]), (inner.box[2], inner.box[3])])


def content_box(page: PageObject) -> Box | None:
    """The box around the page's ink in its user space (before its /Rotate), or None for an empty page."""
    contents = page.get_contents()
    if contents is None:
        return None
    ink = _Ink()
    resources = page.get("/Resources")
    _walk(contents, resources.get_object() if resources is not None else None, IDENTITY, ink, 0, page.pdf)
    return ink.box
