"""The pack log as figures: per packer and day (in the shop's zone), orders packed, the median seconds an order
took, wrong scans caught."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.models import PackLogEntry


@dataclass(frozen=True)
class PackerDay:
    day: date
    who: str
    orders: int
    median_seconds: float
    wrong_scans: int
    units: int
    overridden: int


def pack_log(session: Session, date_from: date, date_to: date, tz: str = SHOP_TZ_DEFAULT,
             who: str | None = None) -> list[PackerDay]:
    """Every packer's days from date_from to date_to (inclusive, shop days), by day then packer."""
    zone = ZoneInfo(tz)
    start = datetime.combine(date_from, time(0), zone)
    end = datetime.combine(date_to + timedelta(days=1), time(0), zone)
    stmt = select(PackLogEntry.who, PackLogEntry.packed_at, PackLogEntry.seconds, PackLogEntry.wrong_scans,
                  PackLogEntry.units, PackLogEntry.overridden).where(PackLogEntry.packed_at >= start,
                                                                     PackLogEntry.packed_at < end)
    if who is not None:
        stmt = stmt.where(PackLogEntry.who == who)
    groups: dict[tuple[date, str], list[tuple[int, int, int, bool]]] = defaultdict(list)
    with session.begin():
        for name, at, seconds, wrong, units, overridden in session.execute(stmt):
            groups[(at.astimezone(zone).date(), name)].append((seconds, wrong, units, overridden))
    return [PackerDay(day, name, len(rows), float(statistics.median(r[0] for r in rows)), sum(r[1] for r in rows),
                      sum(r[2] for r in rows), sum(1 for r in rows if r[3]))
            for (day, name), rows in sorted(groups.items())]
