"""A report chart's exports: the picture as PNG (drawn by the one renderer, chart_view) and its data as XLSX (the
spec's own table), each written through a temporary name."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSize

from app.core.xlsx import append_row, new_sheet, save
from app.services.reports.charts import ChartSpec
from app.ui.kit.domain_text import domain_text
from app.ui.reports.chart_view import chart_image

PNG_SIZE = QSize(1200, 700)


def export_png(spec: ChartSpec, out: str | Path, size: QSize = PNG_SIZE) -> Path:
    """The chart as a PNG of `size` pixels."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    if not chart_image(spec, size).save(str(tmp), "PNG"):
        raise OSError(f"cannot write {out}")
    tmp.replace(out)
    return out


def export_xlsx(spec: ChartSpec, out: str | Path) -> Path:
    """The chart's table as one sheet: the header translated, money and shares as numbers with two decimals."""
    header = [domain_text(h) for h in spec.header]
    book, sheet = new_sheet(domain_text(spec.title)[:31].replace("/", "-"), header, [max(12, len(h) + 2)
                                                                                     for h in header])
    for row in spec.rows:
        values = [float(v) if isinstance(v, Decimal) else (domain_text(v) if isinstance(v, str) else v) for v in row]
        append_row(sheet, values, money=tuple(i for i, v in enumerate(row) if isinstance(v, Decimal)))
    return save(book, out)
