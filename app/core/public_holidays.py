"""Polish public holidays, from the `holidays` package: one place for the working days of the Today view, the legal
deadlines of complaints, KSeF's offline deadline, the NBP table's day and the demo shop.

`holidays.Poland` goes through the package's registry, which imports `holidays.countries`, i.e. the module of
every country in the world: 70-200 ms on this project's 2-core machine, paid by the Today view's first read while
the window opens. Poland's own module needs only the package's base class and holiday groups, so it is loaded
alone from its file. Where there is no such file (a bundle that keeps modules in an archive) the registry's
`holidays.Poland` is used; both are the same class of the same package, so the dates and names are the same.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Mapping
from datetime import date
from functools import cache
from pathlib import Path
from types import MappingProxyType

_lock = threading.Lock()  # the Today view reads on worker threads: a year is computed once


@cache
def _poland_class() -> type:
    import holidays

    source = Path(holidays.__file__).parent / "countries" / "poland.py"
    spec = importlib.util.spec_from_file_location("holidays.countries.poland", source) if source.is_file() else None
    if spec is None or spec.loader is None:
        return holidays.Poland
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except ImportError:  # a package whose Polish module needs more than its base class and groups
        return holidays.Poland
    return module.Poland


@cache
def _year(year: int) -> Mapping[date, str]:
    return MappingProxyType(dict(_poland_class()(years=year)))


def polish_holidays(year: int) -> Mapping[date, str]:
    """The year's public holidays in Poland: day -> name (as the `holidays` package names it), read-only."""
    with _lock:
        return _year(year)


def holiday_name(day: date) -> str | None:
    """The public holiday on `day` in Poland, or None."""
    return polish_holidays(day.year).get(day)


def is_public_holiday(day: date) -> bool:
    return day in polish_holidays(day.year)


def is_working_day(day: date) -> bool:
    """A Polish business day: Monday to Friday and not a public holiday."""
    return day.weekday() < 5 and not is_public_holiday(day)
