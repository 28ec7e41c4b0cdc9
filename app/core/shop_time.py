"""The shop's calendar day: DESIGN.md counts days (legal deadlines, follow-ups, invoice dates, the day's log) in the
shop's time zone, not the computer's nor UTC. One definition for every area and the CLI."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

SHOP_TZ_DEFAULT = "Europe/Warsaw"  # a shop's zone until it has one of its own (app.config re-exports it)


def shop_day(moment: datetime, tz: str = SHOP_TZ_DEFAULT) -> date:
    """The calendar day of an aware moment in the shop's time zone: a complaint received at 23:30 UTC on 31 March is
    received on 1 April in Warsaw."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no day in the shop's time zone")
    return moment.astimezone(ZoneInfo(tz)).date()


def shop_today(tz: str = SHOP_TZ_DEFAULT) -> date:
    """Today in the shop's time zone: the day a letter, an invoice, a contact's follow-up or a reply counts from."""
    return shop_day(datetime.now(UTC), tz)
