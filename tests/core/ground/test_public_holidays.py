"""Polish public holidays (app.core.public_holidays): the package's own Poland, without every other country."""

import subprocess
import sys
from datetime import date

import holidays

from app.core.public_holidays import holiday_name, is_public_holiday, is_working_day, polish_holidays


def test_known_days_off_and_working_days():
    assert holiday_name(date(2026, 4, 6)) == "Easter Monday"
    assert is_public_holiday(date(2025, 12, 24))  # Christmas Eve is a day off since 2025
    assert not is_public_holiday(date(2024, 12, 24))
    assert holiday_name(date(2026, 11, 11)) == "National Independence Day"
    assert not is_working_day(date(2026, 11, 11))  # a Wednesday
    assert not is_working_day(date(2026, 12, 5))  # a Saturday
    assert is_working_day(date(2026, 12, 4))  # a Friday
    assert len(polish_holidays(2026)) == 14


def test_the_same_days_and_names_as_the_package_registry():
    for year in range(2015, 2036):
        assert dict(polish_holidays(year)) == dict(holidays.Poland(years=year)), year


def test_a_year_is_read_only():
    days = polish_holidays(2026)
    try:
        days[date(2026, 6, 1)] = "Children's Day"  # type: ignore[index]
    except TypeError:
        pass
    assert date(2026, 6, 1) not in polish_holidays(2026)


def test_no_other_country_is_imported():
    """The point of the module: the Today view's first read does not import the world's holidays (~70-200 ms)."""
    code = ("import sys; from app.core.public_holidays import is_working_day; is_working_day(__import__('datetime')"
            ".date(2026, 5, 1)); print(sorted(m for m in sys.modules if m.startswith('holidays.countries')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
