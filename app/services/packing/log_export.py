"""`zaplecze export packlog` and the pack log window's Export: the pack log of a date range as XLSX; and the
window's totals (`pack_totals`).

Two sheets: per packer and day (orders packed, median time per order, units, wrong scans caught, orders packed with
the owner's PIN), exactly the figures `pack_log` gives the window; then every packed order of the range (station,
packer, when it started and was packed, seconds, units, wrong scans, weight, size, why it was packed with the PIN).
Days, times and the range are the shop's (its time zone); times are real date cells, the median a real duration
cell shown as m:ss, so a spreadsheet can sum and sort them. Headers and sheet names follow `lang` ('pl' or 'en'),
as the other exports do.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.core.errors import DomainError
from app.core.messages import msg
from app.core.progress import Progress
from app.core.shop_time import shop_today
from app.core.xlsx import append_row, new_sheet, save
from app.models import Order, PackLogEntry
from app.services.packing.log import PackerDay, pack_log

DEFAULT_DAYS = 30  # the range the window opens on and the command line takes without --from: the last 30 days
DAY_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DURATION_FORMAT = "[m]:ss"
WEIGHT_FORMAT = "0.000"

DAY_HEADERS = {
    "en": ["Day", "Packer", "Orders packed", "Median time per order", "Units", "Wrong scans caught",
           "Packed with PIN"],
    "pl": ["Dzień", "Pakujący", "Spakowane zamówienia", "Mediana czasu na zamówienie", "Sztuki",
           "Wyłapane błędne skany", "Spakowane z PIN-em"],
}
DAY_WIDTHS = [12, 18, 14, 14, 10, 14, 14]
ORDER_HEADERS = {
    "en": ["Order", "Station", "Packer", "Started", "Packed", "Seconds", "Units", "Wrong scans", "Weight (kg)",
           "Size", "Why packed with PIN"],
    "pl": ["Zamówienie", "Stanowisko", "Pakujący", "Rozpoczęte", "Spakowane", "Sekundy", "Sztuki", "Błędne skany",
           "Waga (kg)", "Gabaryt", "Powód pakowania z PIN-em"],
}
ORDER_WIDTHS = [14, 16, 18, 20, 20, 9, 8, 12, 11, 8, 50]
SHEET_NAMES = {"en": ("Packers by day", "Packed orders"), "pl": ("Pakujący wg dni", "Spakowane zamówienia")}
FILE_NAMES = {"en": "pack-log-{start}-{end}.xlsx", "pl": "dziennik-pakowania-{start}-{end}.xlsx"}


@dataclass(frozen=True)
class PackTotals:
    """A range's figures for one packer (or everyone): the median is of the orders themselves, not of the days."""

    orders: int
    median_seconds: float
    units: int
    wrong_scans: int
    overridden: int


def default_range(today: date) -> tuple[date, date]:
    """The last DEFAULT_DAYS days up to today, both ends included."""
    return today - timedelta(days=DEFAULT_DAYS - 1), today


def default_file_name(date_from: date, date_to: date, lang: str = "en") -> str:
    """The file name offered for the export, in `lang`, with its range ('pack-log-2026-03-01-2026-03-31.xlsx')."""
    return FILE_NAMES.get(lang, FILE_NAMES["en"]).format(start=date_from.isoformat(), end=date_to.isoformat())


def check_range(date_from: date, date_to: date) -> None:
    if date_from > date_to:
        raise DomainError(msg("The start date {start} is after the end date {end}.", start=date_from.isoformat(),
                              end=date_to.isoformat()))


def export_pack_log(session: Session, out: str | Path, date_from: date | None = None, date_to: date | None = None,
                    progress: Progress | None = None, *, who: str | None = None, lang: str = "en",
                    tz: str = SHOP_TZ_DEFAULT) -> int:
    """Write the pack log from date_from to date_to (shop days, both included; the last 30 days when not given),
    of one packer when `who` is given; returns the number of packer-day rows written.

    Two reads (pack_log has its own transaction): an order packed between them may show on the orders sheet only.
    """
    lang = lang if lang in DAY_HEADERS else "en"
    if date_from is None or date_to is None:
        start, end = default_range(shop_today(tz))
        date_from, date_to = date_from or start, date_to or end
    check_range(date_from, date_to)
    days = pack_log(session, date_from, date_to, tz, who)
    if progress:
        progress(1, 3, "")
    orders = _orders(session, date_from, date_to, tz, who)
    if progress:
        progress(2, 3, "")
    day_title, order_title = SHEET_NAMES[lang]
    book, sheet = new_sheet(day_title, DAY_HEADERS[lang], DAY_WIDTHS)
    for d in days:
        _days_row(sheet, d)
    second = book.create_sheet(order_title[:31])
    second.append(ORDER_HEADERS[lang])
    for cell in second[1]:
        cell.font = Font(bold=True)
    second.freeze_panes = "A2"
    for i, width in enumerate(ORDER_WIDTHS, start=1):
        second.column_dimensions[get_column_letter(i)].width = width
    zone = ZoneInfo(tz)
    for number, station, name, started, packed, seconds, units, wrong, weight, size, why in orders:
        append_row(second, [number, station, name, _local(started, zone), _local(packed, zone), seconds, units, wrong,
                            weight, size, why])
        row = second[second.max_row]
        row[3].number_format = row[4].number_format = TIME_FORMAT
        row[8].number_format = WEIGHT_FORMAT
    save(book, out)
    if progress:
        progress(3, 3, "")
    return len(days)


def pack_totals(session: Session, date_from: date, date_to: date,
                tz: str = SHOP_TZ_DEFAULT) -> dict[str | None, PackTotals]:
    """Totals of the range per packer, and for everyone under the key None (absent when nothing was packed)."""
    check_range(date_from, date_to)
    start, end = _bounds(date_from, date_to, tz)
    stmt = select(PackLogEntry.who, PackLogEntry.seconds, PackLogEntry.units, PackLogEntry.wrong_scans,
                  PackLogEntry.overridden).where(PackLogEntry.packed_at >= start, PackLogEntry.packed_at < end)
    groups: dict[str | None, list[tuple[int, int, int, bool]]] = defaultdict(list)
    with session.begin():
        for who, seconds, units, wrong, overridden in session.execute(stmt):
            groups[who].append((seconds, units, wrong, overridden))
            groups[None].append((seconds, units, wrong, overridden))
    return {who: PackTotals(len(rows), float(statistics.median(r[0] for r in rows)), sum(r[1] for r in rows),
                            sum(r[2] for r in rows), sum(1 for r in rows if r[3]))
            for who, rows in groups.items()}


def _bounds(date_from: date, date_to: date, tz: str) -> tuple[datetime, datetime]:
    """The shop days from date_from to date_to as [start, end) instants."""
    zone = ZoneInfo(tz)
    return datetime.combine(date_from, time(0), zone), datetime.combine(date_to + timedelta(days=1), time(0), zone)


def _days_row(sheet, d: PackerDay) -> None:
    append_row(sheet, [d.day, d.who, d.orders, timedelta(seconds=d.median_seconds), d.units, d.wrong_scans,
                       d.overridden])
    row = sheet[sheet.max_row]
    row[0].number_format = DAY_FORMAT
    row[3].number_format = DURATION_FORMAT


def _local(at: datetime, zone: ZoneInfo) -> datetime:
    """Excel has no time zones: the cell holds the shop's wall time."""
    return at.astimezone(zone).replace(tzinfo=None)


def _orders(session: Session, date_from: date, date_to: date, tz: str,
            who: str | None) -> list[tuple[str, str, str, datetime, datetime, int, int, int, Decimal | None, str, str]]:
    start, end = _bounds(date_from, date_to, tz)
    stmt = (select(Order.number, PackLogEntry.station, PackLogEntry.who, PackLogEntry.started_at,
                   PackLogEntry.packed_at, PackLogEntry.seconds, PackLogEntry.units, PackLogEntry.wrong_scans,
                   PackLogEntry.weight, PackLogEntry.size, PackLogEntry.override_why)
            .join(Order, Order.id == PackLogEntry.order_id)
            .where(PackLogEntry.packed_at >= start, PackLogEntry.packed_at < end)
            .order_by(PackLogEntry.packed_at, PackLogEntry.id))
    if who is not None:
        stmt = stmt.where(PackLogEntry.who == who)
    with session.begin():
        return [tuple(row) for row in session.execute(stmt)]
