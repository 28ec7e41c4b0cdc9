"""ZPL II of the same 100 x 150 mm label, for Zebra-type thermal printers at 203 or 300 dpi.

The printer draws the text and barcodes itself, so the output is small and sharp. ^CI28 switches the
printer to UTF-8, so Polish letters in ^FD fields arrive as they are; ^FH lets us escape the three
characters ZPL would otherwise read as commands (^, ~) or as the escape itself (_).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.printing.barcodes import QUIET_MODULES, check_code128, code128_modules
from app.printing.fonts import BOLD, REGULAR, fit_font_size, register_fonts
from app.printing.labels.pdf import CAPTIONS, LabelData, label_facts, locker_line, money

SUPPORTED_DPI = (203, 300)


def escape(text: str) -> str:
    """Field data for ^FH^FD: _ ^ ~ as hex escapes, line breaks as spaces."""
    text = " ".join(text.split())
    return text.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")


PT = 25.4 / 72  # one point in millimetres


class _Zpl:
    """Field builder in millimetres from the label's top-left; text is placed by its baseline (^FT), like the PDF."""

    def __init__(self, dpi: int) -> None:
        if dpi not in SUPPORTED_DPI:
            raise ValueError(f"ZPL labels are made for {SUPPORTED_DPI} dpi, not {dpi}")
        register_fonts()
        self.dpi = dpi
        self.width = round(100 / 25.4 * dpi)
        self.height = round(150 / 25.4 * dpi)
        self.lines: list[str] = []

    def d(self, millimetres: float) -> int:
        return round(millimetres / 25.4 * self.dpi)

    def text(self, x_mm: float, baseline_mm: float, text: str, size_pt: float, *, bold: bool = False,
             align: str = "L", max_width_mm: float | None = None, reverse: bool = False) -> None:
        """A text field (scalable font 0; Zebra has no bold face, so 'bold' is a wider font)."""
        if max_width_mm is not None:
            size_pt = fit_font_size(text, BOLD if bold else REGULAR, size_pt, max_width_mm / PT)
        h = self.d(size_pt * PT)
        w = round(h * (1.0 if bold else 0.85))
        block = f"^FB{self.d(max_width_mm or 92)},1,0,{align},0" if align != "L" else ""
        fr = "^FR" if reverse else ""
        self.lines.append(f"^FT{self.d(x_mm)},{self.d(baseline_mm)}^A0N,{h},{w}{block}{fr}^FH^FD{escape(text)}^FS")

    def box(self, x_mm: float, top_mm: float, w_mm: float, h_mm: float, thickness_mm: float) -> None:
        self.lines.append(f"^FO{self.d(x_mm)},{self.d(top_mm)}^GB{self.d(w_mm)},{self.d(h_mm)},"
                          f"{max(1, self.d(thickness_mm))}^FS")

    def code128(self, top_mm: float, value: str, height_mm: float, max_width_mm: float, max_dots: int) -> None:
        """Centred Code 128 (automatic code sets, mode A), module width in whole dots that fits."""
        check_code128(value)
        modules = code128_modules(value) + 2 * QUIET_MODULES
        k = max(1, min(max_dots, self.d(max_width_mm) // modules))
        x = (self.width - (modules - 2 * QUIET_MODULES) * k) // 2
        self.lines.append(f"^FO{x},{self.d(top_mm)}^BY{k},3,{self.d(height_mm)}"
                          f"^BCN,{self.d(height_mm)},N,N,N,A^FH^FD{escape(value)}^FS")


def label_zpl(label: LabelData, dpi: int = 203, lang: str = "pl") -> str:
    """One label; the same steps as label_pdf.LabelWriter.add, measured from the top (y grows downwards)."""
    t = CAPTIONS.get(lang, CAPTIONS["en"])
    z = _Zpl(dpi)
    m, inner = 4.0, 92.0
    z.lines += ["^XA", "^CI28", f"^PW{z.width}", f"^LL{z.height}", "^LH0,0"]
    y = m + 7
    z.text(m, y, label.carrier, 20, bold=True, max_width_mm=inner * 0.6)
    z.text(m, y, t["parcel"].format(n=label.parcel_no, m=label.parcel_count), 13, bold=True, align="R",
           max_width_mm=inner)
    y += 5
    z.text(m, y, label.service, 11, max_width_mm=inner * 0.6)
    if label.day is not None:
        z.text(m, y, label.day.strftime("%d.%m.%Y"), 10, align="R", max_width_mm=inner)
    y += 2.5
    z.box(m, y, inner, 0.42, 0.42)
    s = label.sender
    y += 3.5
    z.text(m, y, t["from"].upper(), 6.5, bold=True)
    for line in [ln for ln in (s.company or s.name, s.street, f"{s.postal_code} {s.city}".strip(),
                               f"{t['tel']} {s.phone}" if s.phone else "") if ln.strip()]:
        y += 3.3
        z.text(m, y, line, 8, max_width_mm=inner)
    y += 2.5
    z.box(m, y, inner, 0.25, 0.25)
    r = label.receiver
    y += 4
    z.text(m, y, t["to"].upper(), 7, bold=True)
    facts = label_facts(label, t)
    if facts:
        z.text(m, y, facts, 8, align="R", max_width_mm=inner)
    y += 6
    z.text(m, y, r.name, 15, bold=True, max_width_mm=inner)
    if r.company:
        y += 5.5
        z.text(m, y, r.company, 12, max_width_mm=inner)
    y += 6
    z.text(m, y, r.street, 13, max_width_mm=inner)
    y += 7.5
    city = f"{r.postal_code} {r.city}".strip()
    if r.country and r.country.upper() != "PL":
        city = f"{city}, {r.country.upper()}"
    z.text(m, y, city, 17, bold=True, max_width_mm=inner)
    if r.phone:
        y += 5.5
        z.text(m, y, f"{t['tel']} {r.phone}", 11, max_width_mm=inner)
    if label.locker_code:
        y += 8.5
        z.box(m, y - 6, inner, 8, 0.53)
        z.text(m + 2, y, locker_line(label, t), 14, bold=True, max_width_mm=inner - 4)
    if label.cod_amount is not None and label.cod_amount > 0:
        y += 13
        z.box(m, y - 8, inner, 10.5, 10.5)  # filled: the border is as thick as the box
        z.text(m + 2.5, y, t["cod"], 16, bold=True, reverse=True)
        z.text(m, y, money(label.cod_amount, label.currency), 18, bold=True, align="R",
               max_width_mm=inner - 2.5, reverse=True)
    # Bottom part, measured from the foot as on the PDF: order number, then tracking number above it.
    foot = 150 - m
    z.text(m, foot, f"{t['order']} {label.order_number}", 8, align="C", max_width_mm=inner)
    z.code128(foot - 3.5 - 9, label.order_number, 9, inner * 0.55, 2)
    ty = foot - 3.5 - 9 - 4
    if label.tracking_number:
        z.text(m, ty, label.tracking_number, 12, bold=True, align="C", max_width_mm=inner)
        z.code128(ty - 5 - 24, label.tracking_number, 24, inner, 4)
    else:
        z.text(m, ty - 12, t["no_tracking"], 10, align="C", max_width_mm=inner)
    z.lines += ["^PQ1", "^XZ"]
    return "\n".join(z.lines) + "\n"


def render_zpl(labels: Iterable[LabelData], dpi: int = 203, lang: str = "pl") -> bytes:
    """All labels as one ZPL stream (UTF-8, as ^CI28 tells the printer)."""
    parts = [label_zpl(label, dpi, lang) for label in labels]
    if not parts:
        raise ValueError("no labels to render")
    return "".join(parts).encode("utf-8")
