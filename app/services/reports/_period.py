"""The report period and the SQL pieces every figure shares: local days as UTC intervals, and the few expressions
SQLite and PostgreSQL spell differently.

Orders' `created_at` is stored in UTC, but a shop's day is a day in its own time zone (DESIGN.md), and SQLite
cannot convert to Europe/Warsaw. So: a period's filter is one UTC range (`utc_range`: its first local midnight
to the one after its last day, which zoneinfo works out across DST), and where rows are grouped by shop day,
`local_day_number` shifts the stored moment by the zone's UTC offset, picked per DST segment with a CASE (a
handful of segments a year, found here in Python). The same expression runs on SQLite and PostgreSQL, and the
figures group by it into at most a few hundred day rows, summed into buckets in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import Date, Integer, Numeric, case, cast, func, literal, literal_column
from sqlalchemy.orm import Session

from app.models.base import UTCDateTime

Step = Literal["day", "week", "month"]
STEPS: tuple[str, ...] = ("day", "week", "month")


def _month_end(day: date) -> date:
    first_next = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return first_next - timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """Shop days `start`..`end`, both included, shown in buckets of a day, an ISO week (from Monday) or a calendar
    month. A bucket is named by its first day; the first and last buckets may be cut by the period's ends."""

    start: date
    end: date
    step: Step = "day"

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period ends on or after its start")
        if self.step not in STEPS:
            raise ValueError(f"unknown step {self.step!r}")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def whole_months(self) -> int:
        """How many calendar months the period is, when it is whole months (1st to a month's last day); else 0."""
        if self.start.day != 1 or self.end != _month_end(self.end):
            return 0
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def previous(self) -> Period:
        """The period to compare with: the same length just before. Whole calendar months compare with the same
        number of whole months before (March with February, not with the 31 days from 29 January); any other
        period with the same number of days before it."""
        months = self.whole_months
        if months:
            start = _add_months(self.start, -months)
            return Period(start, self.start - timedelta(days=1), self.step)
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1), self.step)

    def bucket_of(self, day: date) -> date:
        """The first day of the bucket holding `day` (never before the period's start)."""
        if self.step == "week":
            first = day - timedelta(days=day.weekday())
        elif self.step == "month":
            first = day.replace(day=1)
        else:
            first = day
        return max(first, self.start)

    def buckets(self) -> list[tuple[date, date]]:
        """(first day, last day) of each bucket, in order."""
        out: list[tuple[date, date]] = []
        day = self.start
        while day <= self.end:
            if self.step == "week":
                last = day + timedelta(days=6 - day.weekday())
            elif self.step == "month":
                last = _month_end(day)
            else:
                last = day
            last = min(last, self.end)
            out.append((day, last))
            day = last + timedelta(days=1)
        return out


def day_start(day: date, tz: str) -> datetime:
    """The UTC moment a shop day begins (its local midnight)."""
    return datetime.combine(day, time(0), ZoneInfo(tz)).astimezone(UTC)


def utc_range(period: Period, tz: str) -> tuple[datetime, datetime]:
    """[first moment, moment after the last) of the period's shop days, in UTC."""
    return day_start(period.start, tz), day_start(period.end + timedelta(days=1), tz)


def dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def hours_between(session: Session, later, earlier):
    """Hours from `earlier` to `later` (two UTC datetime columns), as a number."""
    if dialect(session) == "sqlite":
        return (func.julianday(later) - func.julianday(earlier)) * literal_column("24.0")
    return func.extract("epoch", later - earlier) / literal_column("3600.0")


def day_number(session: Session, day_expr):
    """A Date column as a whole day number (differences of two are days between)."""
    if dialect(session) == "sqlite":
        return cast(func.julianday(day_expr) + literal_column("0.5"), Integer)
    return day_expr - literal(date(2000, 1, 1), Date())


def _offsets(tz: str, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """(from moment, UTC offset in minutes) segments of the zone between two UTC moments: one per DST change,
    found hour by hour across the span (the zone's changes fall on whole hours)."""
    zone = ZoneInfo(tz)

    def offset(at: datetime) -> int:
        return int(at.astimezone(zone).utcoffset().total_seconds() // 60)

    moment = start.replace(minute=0, second=0, microsecond=0)
    segments: list[tuple[datetime, int]] = [(moment, offset(moment))]
    while moment < end:  # day by day; the day a change falls in, hour by hour
        if offset(moment + timedelta(days=1)) != segments[-1][1]:
            for hour in range(1, 25):
                at = moment + timedelta(hours=hour)
                if offset(at) != segments[-1][1]:
                    segments.append((at, offset(at)))
                    break
        moment += timedelta(days=1)
    return segments


def local_day_number(session: Session, moment_col, tz: str, span: tuple[date, date]):
    """The shop day of a stored UTC moment as a day number comparable with `day_number`: the moment shifted by
    the zone's UTC offset, picked per DST segment with a CASE (a handful of segments a year). `span` bounds the
    moments expected (wider is only a longer CASE); outside it the first segment's offset applies."""
    lo, hi = day_start(span[0], "UTC"), day_start(span[1] + timedelta(days=1), "UTC")
    segments = _offsets(tz, lo - timedelta(days=1), hi + timedelta(days=1))
    whens = [(moment_col >= literal(at, UTCDateTime()), minutes) for at, minutes in reversed(segments[1:])]
    minutes = case(*whens, else_=segments[0][1]) if whens else literal(segments[0][1])
    if dialect(session) == "sqlite":
        return cast(func.julianday(moment_col) + minutes / literal_column("1440.0") + literal_column("0.5"), Integer)
    shifted = moment_col + func.make_interval(0, 0, 0, 0, 0, cast(minutes, Integer))
    return cast(shifted, Date) - literal(date(2000, 1, 1), Date())


def money_number():
    """A Numeric type for sums of money in SQL (converted to Decimal and rounded by the caller)."""
    return Numeric(18, 6)


def day_from_number(session: Session, number: int) -> date:
    """The date of a day number made by `day_number` or `local_day_number`."""
    if dialect(session) == "sqlite":  # a Julian day number: 1 January of year 1 is day 1721426
        return date.fromordinal(int(number) - 1721425)
    return date(2000, 1, 1) + timedelta(days=int(number))
