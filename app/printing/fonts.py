"""The bundled TTF font (DejaVu Sans, Bitstream Vera licence in resources/fonts/) registered with reportlab.

reportlab's built-in Helvetica has no Polish letters (ą, ę, ł, ś, ż ...) in its standard encoding, so every
document uses this font. Registration happens once per process; reportlab subsets it into each PDF.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.config import resource_path

REGULAR = "ZapDejaVuSans"
BOLD = "ZapDejaVuSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces; returns their reportlab names (regular, bold)."""
    for name, filename in FILES.items():
        path = resource_path("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"bundled font missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD


def fit_font_size(text: str, font: str, size: float, max_width: float, min_size: float = 5.0) -> float:
    """The largest size <= size at which text fits max_width (long street names must not run off the label)."""
    width = pdfmetrics.stringWidth(text, font, size)
    if width <= max_width or width == 0:
        return size
    return max(min_size, size * max_width / width)
