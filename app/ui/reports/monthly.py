"""The owner's monthly report PDF (issue 18): every chart of the Reports tab for one calendar month, compared with
the month before, drawn by the same renderer as the tab (chart_view.make_chart, offscreen) and followed by the
table of its figures; laid out with reportlab on A4 with a title, the period and "strona n z m" at each foot
(app.printing.page_numbers). Used by `zaplecze report` and callable from the window."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QSize
from PySide6.QtWidgets import QApplication
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from app.services.reports.charts import ChartSpec, build_charts
from app.services.reports.figures import Period
from app.ui.kit.domain_text import domain_text
from app.ui.kit.i18n import install_translations
from app.ui.reports.chart_view import chart_image

MARGIN = 15 * mm
IMAGE_SIZE = QSize(900, 420)  # text stays readable scaled to the 180 mm column


def gui_app() -> QApplication:
    """A QApplication for drawing charts without a window (QT_QPA_PLATFORM=offscreen where there is no display).
    A bare QCoreApplication (the command line's translator) cannot draw: it is shut down and replaced."""
    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        return app
    if app is not None:
        install_translations(app, "en")  # let go of its translators before they go with it
        app.shutdown()
    return QApplication(["zaplecze"])


def month_period(year: int, month: int) -> Period:
    """The calendar month in weeks (a table of five or six rows a page can hold; the tab offers days)."""
    start = date(year, month, 1)
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return Period(start, end, "week")


def _title(period: Period) -> str:
    return QCoreApplication.translate("MonthlyReport", "Monthly report %1").replace(
        "%1", period.start.strftime("%Y-%m"))


def _cell(value: object, locale: QLocale) -> str:
    if value is None:
        return "–"
    if isinstance(value, Decimal):
        return locale.toString(float(value), "f", 2 if value.as_tuple().exponent <= -2 else 1)
    if isinstance(value, int):
        return locale.toString(value)
    return domain_text(str(value))


def _png(spec: ChartSpec) -> io.BytesIO:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    chart_image(spec, IMAGE_SIZE).save(buffer, "PNG")
    buffer.close()
    return io.BytesIO(bytes(data))


def _story(specs: list[ChartSpec], period: Period, font: str, bold: str) -> list:
    locale = QLocale()
    title = ParagraphStyle("t", fontName=bold, fontSize=16, leading=20, spaceAfter=4)
    sub = ParagraphStyle("s", fontName=font, fontSize=10, leading=13, textColor=colors.Color(0.3, 0.3, 0.3))
    head = ParagraphStyle("h", fontName=bold, fontSize=11, leading=14, spaceBefore=6, spaceAfter=2)
    previous = period.previous()
    story: list = [
        Paragraph(_title(period), title),
        Paragraph(QCoreApplication.translate("MonthlyReport", "Period: %1 – %2, compared with %3 – %4").replace("%1", period.start.isoformat())
                  .replace("%2", period.end.isoformat()).replace("%3", previous.start.isoformat())
                  .replace("%4", previous.end.isoformat()), sub),
        Spacer(1, 4 * mm)]
    width = A4[0] - 2 * MARGIN
    shown_rows: tuple = ()
    for spec in specs:
        picture = Image(_png(spec), width=width, height=width * IMAGE_SIZE.height() / IMAGE_SIZE.width())
        story.append(KeepTogether([Paragraph(domain_text(spec.title), head), picture]))
        if spec.rows == shown_rows:  # orders, revenue and average order value share one table: shown once
            story.append(Spacer(1, 5 * mm))
            continue
        shown_rows = spec.rows
        rows = [[domain_text(h) for h in spec.header]] + [[_cell(v, locale) for v in row] for row in spec.rows]
        numeric = [i for i in range(len(spec.header))
                   if all(row[i] is None or isinstance(row[i], int | Decimal) for row in spec.rows)]
        table = Table(rows, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTNAME", (0, 0), (-1, 0), bold),
                                   ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                                   *(("ALIGN", (i, 0), (i, -1), "RIGHT") for i in numeric),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
        story += [table, Spacer(1, 5 * mm)]
    return story


def write_monthly_report(session: Session, year: int, month: int, out: Path, lang: str = "pl", *,
                         today: date | None = None, tz: str | None = None) -> Path:
    """Write the month's report to `out` (through a temporary name) in `lang`; returns the path. The caller opens
    the session (the command line; the window through ctx.read), as no widget opens one."""
    from app.config import SHOP_TZ_DEFAULT
    from app.printing.fonts import register_fonts
    from app.printing.page_numbers import numbered_canvas

    app = gui_app()
    install_translations(app, lang)
    period = month_period(year, month)
    specs = build_charts(session, period, today=today, tz=tz or SHOP_TZ_DEFAULT)
    font, bold = register_fonts()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    name = _title(period)
    pdf = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=name, author="Zaplecze", creator="Zaplecze")
    pdf.build(_story(specs, period, font, bold), canvasmaker=numbered_canvas(
        f"Zaplecze – {name}", font, margin=MARGIN, drop=8 * mm, size=7.5,
        page_of=QCoreApplication.translate("MonthlyReport", "page %1 of %2").replace("%1", "{n}").replace("%2", "{total}")))
    tmp.replace(out)
    return out
