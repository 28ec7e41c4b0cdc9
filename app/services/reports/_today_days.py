"""Working days for the Today view: Monday to Friday and not a Polish public holiday (app.core.public_holidays)."""

from __future__ import annotations

from datetime import date, timedelta

from app.core.public_holidays import is_working_day


def working_day(day: date) -> bool:
    """A day the shop works and the couriers come: Monday to Friday, not a public holiday in Poland."""
    return is_working_day(day)


def last_working_day_before(day: date) -> date:
    """The last working day before `day`: Friday for a Monday, the day before Christmas Eve's weekend, and so on."""
    prev = day - timedelta(days=1)
    while not working_day(prev):
        prev -= timedelta(days=1)
    return prev
