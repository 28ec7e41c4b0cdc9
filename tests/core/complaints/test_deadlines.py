"""The deadline engine of issue 16 on calendar edge cases worked out by hand (Saturdays, 1 November, 24 December
since 2025, Easter, Corpus Christi, New Year, 29 February, midnight in Europe/Warsaw), and its properties: a
customer's deadline never ends on a day off and never before the plain count; a shop's is exactly +14 days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import DomainError
from app.services.complaints.deadlines import (
    Binds,
    DeadlineKind,
    add_years,
    days_left,
    deadline,
    deadline_from_delivery,
    is_late,
    shop_day,
)

W, L = DeadlineKind.WITHDRAWAL, DeadlineKind.LIABILITY
A, R = DeadlineKind.COMPLAINT_ANSWER, DeadlineKind.REFUND


@pytest.mark.parametrize(("kind", "start", "due", "why"), [
    (W, date(2025, 3, 3), date(2025, 3, 17), "a Monday: nothing to move"),
    (W, date(2025, 3, 1), date(2025, 3, 17), "ends Saturday 15 March: to Monday"),
    (W, date(2025, 10, 18), date(2025, 11, 3), "ends on All Saints' Day (a Saturday), then Sunday"),
    (W, date(2025, 12, 10), date(2025, 12, 29), "ends 24 December 2025: Christmas Eve, Christmas, weekend"),
    (W, date(2024, 12, 10), date(2024, 12, 24), "24 December 2024 was a working day"),
    (W, date(2025, 4, 5), date(2025, 4, 22), "ends Saturday before Easter: Easter Sunday and Monday too"),
    (W, date(2025, 6, 5), date(2025, 6, 20), "ends on Corpus Christi"),
    (W, date(2025, 12, 18), date(2026, 1, 2), "ends on New Year's Day, over the year's end"),
    (W, date(2024, 2, 15), date(2024, 2, 29), "counts the leap day"),
    (L, date(2024, 2, 29), date(2026, 3, 2), "29 February -> 28 February 2026, a Saturday -> Monday"),
    (L, date(2023, 2, 28), date(2025, 2, 28), "a Friday: nothing to move"),
    (L, date(2024, 12, 25), date(2026, 12, 28), "Christmas 2026 on a Friday, then the weekend"),
    (L, date(2024, 1, 31), date(2026, 2, 2), "31 January 2026 is a Saturday"),
])
def test_customer_deadlines_worked_by_hand(kind, start, due, why):
    counted = deadline(kind, start)
    assert counted.due == due, why
    assert counted.binds is Binds.CUSTOMER
    assert counted.moved == (due != counted.plain)
    assert [d.day for d in counted.skipped] == [counted.plain + timedelta(days=i) for i in range(len(counted.skipped))]


def test_a_moved_deadline_says_why():
    counted = deadline(W, date(2025, 12, 10))
    assert counted.plain == date(2025, 12, 24)
    assert [(d.day.day, d.reason) for d in counted.skipped] == [
        (24, "Christmas Eve"), (25, "Christmas Day"), (26, "Second Day of Christmas"), (27, "Saturday"), (28, "Sunday")]
    assert "k.c. art. 115" in counted.rule and "2025-12-29" in counted.rule
    assert counted.basis.endswith("k.c. art. 111, 115")
    assert "art. 115" not in deadline(W, date(2025, 3, 3)).rule


def test_the_holidays_package_knows_24_december_from_2025():
    assert date(2025, 12, 24) in holidays.Poland(years=2025)
    assert date(2024, 12, 24) not in holidays.Poland(years=2024)


@pytest.mark.parametrize(("kind", "start", "due"), [
    (A, date(2025, 11, 9), date(2025, 11, 23)),    # a Sunday: NOT moved
    (A, date(2025, 12, 10), date(2025, 12, 24)),   # Christmas Eve 2025: NOT moved
    (R, date(2025, 10, 18), date(2025, 11, 1)),    # All Saints' Day: NOT moved
    (R, date(2025, 4, 6), date(2025, 4, 20)),      # Easter Sunday: NOT moved
])
def test_shop_deadlines_are_never_moved(kind, start, due):
    counted = deadline(kind, start)
    assert (counted.due, counted.binds, counted.moved, counted.skipped) == (due, Binds.SHOP, False, ())
    assert "never moved" in counted.rule


def test_liability_years_follow_article_112():
    assert add_years(date(2024, 2, 29), 2) == date(2026, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert add_years(date(2025, 8, 31), 2) == date(2027, 8, 31)


def test_counted_from_the_shipping_date_is_an_estimate():
    known = deadline_from_delivery(W, date(2025, 3, 3), date(2025, 3, 1))
    guess = deadline_from_delivery(W, None, date(2025, 3, 1))
    assert (known.start, known.estimated) == (date(2025, 3, 3), False)
    assert (guess.start, guess.estimated, guess.due) == (date(2025, 3, 1), True, date(2025, 3, 17))
    with pytest.raises(DomainError, match="Neither the delivery date nor the shipping date"):
        deadline_from_delivery(L, None, None)


def test_late_is_a_flag_measured_on_the_last_day():
    window = deadline(W, date(2025, 12, 10))  # until 29 December 2025
    assert not is_late(window, date(2025, 12, 29))
    assert is_late(window, date(2025, 12, 30))
    assert days_left(window, date(2025, 12, 24)) == 5
    assert days_left(window, date(2025, 12, 31)) == -2


def test_days_are_counted_in_the_shop_time_zone():
    assert shop_day(datetime(2025, 3, 31, 22, 30, tzinfo=UTC)) == date(2025, 4, 1)   # summer time, UTC+2
    assert shop_day(datetime(2025, 3, 31, 21, 59, tzinfo=UTC)) == date(2025, 3, 31)
    assert shop_day(datetime(2025, 12, 31, 23, 0, tzinfo=UTC)) == date(2026, 1, 1)   # winter time, UTC+1
    received = shop_day(datetime(2025, 11, 8, 23, 30, tzinfo=UTC))  # Sunday 9 November, 00:30 in Warsaw
    assert deadline(A, received).due == date(2025, 11, 23)
    with pytest.raises(ValueError):
        shop_day(datetime(2025, 3, 31, 22, 30))


def test_a_day_too_far_away_is_refused_with_a_message():
    with pytest.raises(DomainError, match="cannot be counted from 9999-12-25"):
        deadline(W, date(9999, 12, 25))


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


def _off(day: date) -> bool:
    return day.weekday() >= 5 or day in holidays.Poland(years=day.year)


@given(days, st.sampled_from([W, L]))
def test_a_customer_deadline_never_ends_on_a_day_off_nor_before_the_plain_count(start, kind):
    counted = deadline(kind, start)
    plain = start + timedelta(days=14) if kind is W else add_years(start, 2)
    assert counted.plain == plain
    assert not _off(counted.due)
    assert counted.due >= plain
    assert all(_off(plain + timedelta(days=i)) for i in range((counted.due - plain).days))  # the next working day


@given(days, st.sampled_from([A, R]))
def test_a_shop_deadline_is_exactly_14_days(start, kind):
    counted = deadline(kind, start)
    assert counted.due == start + timedelta(days=14)
    assert not counted.moved
