"""Barcodes drawn as vector bars: Code 128 for tracking and order numbers, EAN-13 for products.

Bars are rectangles in the PDF (never a bitmap), their module width a whole number of printer dots and
their left edge on the dot grid, with quiet zones of ten modules on both sides, so a thermal printer at
203 or 300 dpi prints clean edges and a real scanner reads them.

EAN-13 check digits are validated and a wrong one is refused with a message; we never "correct" it
(some libraries silently recompute it, which prints a different product's number).
"""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.eanbc import Ean13BarcodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from app.core.errors import DomainError
from app.core.messages import msg

QUIET_MODULES = 10
POINTS_PER_INCH = 72.0


class BarcodeError(DomainError):
    """A value that cannot be printed as the barcode asked for (wrong check digit, character, length)."""


def dot(dpi: int) -> float:
    """One printer dot in PDF points."""
    return POINTS_PER_INCH / dpi


def check_code128(value: str) -> str:
    if not value:
        raise BarcodeError(msg("A Code 128 barcode needs a value; it is empty."))
    bad = sorted({ch for ch in value if not 32 <= ord(ch) <= 126})
    if bad:
        raise BarcodeError(msg("'{value}' cannot be printed as Code 128: characters {characters} are not plain ASCII.",
                                 value=value, characters=repr("".join(bad))))
    return value


def code128_modules(value: str) -> int:
    """Width of the symbol in modules, without quiet zones (reportlab picks code sets, C for digit runs)."""
    bc = Code128(check_code128(value), barWidth=1, quiet=0)
    bc.validate()
    bc.encode()
    return len(bc.encoded) * 11 + 2  # every symbol is 11 modules, the stop symbol 13


def code128_layout(value: str, max_width: float, dpi: int = 203, max_dots: int = 4) -> tuple[float, float]:
    """(module width, total width with quiet zones) in points: the widest whole-dot module that fits."""
    modules = code128_modules(value) + 2 * QUIET_MODULES
    k = min(max_dots, int(max_width / (modules * dot(dpi))))
    if k < 1:
        raise BarcodeError(msg("'{value}' is too long for a {width:.0f} mm wide Code 128 barcode.", value=value,
                                 width=max_width / 72 * 25.4))
    module = k * dot(dpi)
    return module, modules * module


def draw_code128(canvas: Canvas, value: str, x: float, y: float, *, max_width: float, height: float,
                 dpi: int = 203, max_dots: int = 4, center: bool = True) -> float:
    """Draw value at (x, y) (bottom-left of the quiet zone); returns the total width drawn, quiet zones included.

    With center=True the symbol is centred within max_width. x is snapped to the printer's dot grid.
    """
    module, total = code128_layout(value, max_width, dpi, max_dots)
    if center:
        x += (max_width - total) / 2
    d = dot(dpi)
    x = round(x / d) * d
    bc = Code128(value, barWidth=module, barHeight=height, quiet=1,
                 lquiet=QUIET_MODULES * module, rquiet=QUIET_MODULES * module)
    bc.drawOn(canvas, x, y)
    return total


def ean13_check_digit(first12: str) -> str:
    digits = [int(c) for c in first12]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return str((10 - total % 10) % 10)


def validate_ean13(code: str) -> str:
    """The code as given if it is a valid EAN-13; otherwise BarcodeError saying what is wrong."""
    text = code.strip()
    if not text.isdigit() or len(text) != 13:
        raise BarcodeError(msg("'{code}' is not an EAN-13: it must be exactly 13 digits.", code=code))
    expected = ean13_check_digit(text[:12])
    if text[12] != expected:
        raise BarcodeError(msg(
            "'{code}' is not a valid EAN-13: its check digit is {digit} but the first 12 digits give {expected}."
            " Check the number on the product; it was not changed.", code=code, digit=text[12], expected=expected))
    return text


def draw_ean13(canvas: Canvas, code: str, x: float, y: float, *, module: float = 0.33 * 72 / 25.4,
               height: float = 22 * 72 / 25.4) -> float:
    """Draw a validated EAN-13 (vector) with its digits; returns its width in points."""
    text = validate_ean13(code)
    # The widget takes 12 digits and appends the check digit it computes, which validation proved equal.
    widget = Ean13BarcodeWidget(text[:12], barWidth=module, barHeight=height, quiet=True)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(x1 - x0, y1 - y0)
    widget.x, widget.y = -x0, -y0
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)
    return x1 - x0
