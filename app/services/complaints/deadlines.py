"""The legal deadlines of complaints and returns (issue 16, DESIGN.md "Rules of Polish consumer law"), pure:
no session, no Qt, so the Complaints tab, the CLI (`zaplecze deadlines`) and the demo shop count the same way.

The rule for every doubtful case: a deadline that binds the shop is never extended; one that binds the customer is
extended as the Civil Code (k.c.) extends it.

- complaint answer: 14 days from receiving the complaint (consumer rights act, u.p.k. art. 7a; unanswered, it is
  deemed accepted). Binds the shop: the plain count, never moved, even onto a Sunday or a holiday.
- refund: 14 days from receiving the withdrawal statement (u.p.k. art. 32). Binds the shop: never moved.
- withdrawal window: 14 days from the day the consumer took possession of the goods (u.p.k. art. 27-28). Binds the
  customer: the event's day is not counted (k.c. art. 111 par. 2), and an end on a Saturday or a statutory day off
  moves to the next day that is neither (k.c. art. 115).
- liability for non-conformity: 2 years from delivery (u.p.k. art. 43c). Binds the customer: a period in years
  ends on the day that matches the start by date, or on the last day of the month when there is no such day
  (k.c. art. 112: from 29 February to 28 February), then k.c. art. 115 as above.

Statutory days off are Sundays and the public holidays of the `holidays` package (Poland; it knows 24 December
since 2025), never a hand-kept list. Days are calendar days in the shop's time zone (`shop_day`).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.core.errors import DomainError
from app.core.messages import msg
from app.core.public_holidays import holiday_name
from app.core.shop_time import shop_day, shop_today  # noqa: F401 - shop_today: the area's callers


class DeadlineKind(StrEnum):
    """The four deadlines, named as the CLI's --kind takes them."""

    COMPLAINT_ANSWER = "complaint-answer"
    REFUND = "refund"
    WITHDRAWAL = "withdrawal"
    LIABILITY = "liability"


class Binds(StrEnum):
    """Whom a deadline binds, which decides whether k.c. art. 115 may move it."""

    SHOP = "shop"
    CUSTOMER = "customer"


@dataclass(frozen=True)
class DayOff:
    """A day a customer's deadline was moved past, and why (English, for the UI to translate)."""

    day: date
    reason: str


@dataclass(frozen=True)
class Deadline:
    """A deadline counted: `due` is the last day (the act is on time when done on or before it).

    `plain` is the end by the plain count (before k.c. art. 115); `moved` says `due` is later than it, `skipped`
    lists the days passed over and why; `rule` (an msg() template, filled in) explains the count for the UI and the
    CLI; `basis` names the articles. `estimated` is set when the count starts from the shipping date because the
    delivery date is unknown."""

    kind: DeadlineKind
    start: date
    due: date
    plain: date
    binds: Binds
    moved: bool
    skipped: tuple[DayOff, ...]
    rule: str
    basis: str
    estimated: bool = False

    def as_dict(self) -> dict:
        """Plain data for --json and exports: dates as YYYY-MM-DD."""
        return {
            "kind": self.kind.value, "from": self.start.isoformat(), "due": self.due.isoformat(),
            "plain": self.plain.isoformat(), "binds": self.binds.value, "moved": self.moved,
            "skipped": [{"day": d.day.isoformat(), "reason": d.reason} for d in self.skipped],
            "rule": self.rule, "basis": self.basis, "estimated": self.estimated,
        }


DAYS = 14  # u.p.k. art. 7a, 27, 32
YEARS = 2  # u.p.k. art. 43c

_BINDS = {
    DeadlineKind.COMPLAINT_ANSWER: Binds.SHOP,
    DeadlineKind.REFUND: Binds.SHOP,
    DeadlineKind.WITHDRAWAL: Binds.CUSTOMER,
    DeadlineKind.LIABILITY: Binds.CUSTOMER,
}
_BASIS = {
    DeadlineKind.COMPLAINT_ANSWER: "u.p.k. art. 7a",
    DeadlineKind.REFUND: "u.p.k. art. 32",
    DeadlineKind.WITHDRAWAL: "u.p.k. art. 27-28; k.c. art. 111, 115",
    DeadlineKind.LIABILITY: "u.p.k. art. 43c; k.c. art. 112, 115",
}


def day_off(day: date) -> str | None:
    """Why `day` is not a working day for k.c. art. 115 (Saturday, Sunday, or the public holiday's English name from
    the `holidays` package), or None for a working day."""
    name = holiday_name(day)
    if name:
        return str(name)
    if day.weekday() == 5:
        return "Saturday"
    if day.weekday() == 6:
        return "Sunday"
    return None


def _next_working_day(day: date) -> tuple[date, tuple[DayOff, ...]]:
    """k.c. art. 115: an end on a Saturday or a statutory day off moves to the next day that is neither."""
    skipped: list[DayOff] = []
    while (reason := day_off(day)) is not None:
        skipped.append(DayOff(day, reason))
        day += timedelta(days=1)
    return day, tuple(skipped)


def add_years(start: date, years: int) -> date:
    """k.c. art. 112: a period in years ends on the day matching the start by date, or on the month's last day when
    that month has no such day (29 February 2024 + 2 years = 28 February 2026)."""
    year = start.year + years
    last = calendar.monthrange(year, start.month)[1]
    return start.replace(year=year, day=min(start.day, last))


def deadline(kind: DeadlineKind | str, start: date, *, estimated: bool = False) -> Deadline:
    """The deadline of `kind` counted from `start` (the day the complaint or the withdrawal statement was received,
    the goods were taken into possession, or delivered). Pass `estimated=True` when `start` is the shipping date
    standing in for an unknown delivery date: the result says so.

    Shop-binding deadlines (u.p.k. art. 7a, 32) are start + 14 days, never moved; customer-binding ones follow
    k.c. art. 111/112 and are moved by art. 115."""
    kind = DeadlineKind(kind)
    try:
        if kind is DeadlineKind.LIABILITY:
            plain = add_years(start, YEARS)
        else:
            plain = start + timedelta(days=DAYS)  # art. 111 par. 2: the event's day is not counted
        binds = _BINDS[kind]
        due, skipped = _next_working_day(plain) if binds is Binds.CUSTOMER else (plain, ())
    except (OverflowError, ValueError):
        raise DomainError(msg("A deadline cannot be counted from {day}.", day=start.isoformat())) from None
    rule = _rule(kind, start, plain, due, skipped)
    return Deadline(kind, start, due, plain, binds, due != plain, skipped, rule, _BASIS[kind], estimated)


def _rule(kind: DeadlineKind, start: date, plain: date, due: date, skipped: tuple[DayOff, ...]) -> str:
    """The count in words, for the UI to explain a date (an msg() template, translated where shown)."""
    s, p, d = start.isoformat(), plain.isoformat(), due.isoformat()
    if kind is DeadlineKind.COMPLAINT_ANSWER:
        return msg("The shop answers a complaint within 14 days of receiving it ({start}), by {due}; unanswered, it "
                   "is deemed accepted (u.p.k. art. 7a). A deadline of the shop is never moved.", start=s, due=d)
    if kind is DeadlineKind.REFUND:
        return msg("The shop refunds within 14 days of receiving the withdrawal statement ({start}), by {due} "
                   "(u.p.k. art. 32). A deadline of the shop is never moved.", start=s, due=d)
    if kind is DeadlineKind.WITHDRAWAL and not skipped:
        return msg("The customer may withdraw within 14 days of taking possession of the goods ({start}), that day "
                   "not counted (k.c. art. 111): by {due}.", start=s, due=d)
    if kind is DeadlineKind.WITHDRAWAL:
        return msg("The customer may withdraw within 14 days of taking possession of the goods ({start}), that day "
                   "not counted (k.c. art. 111): by {plain}, a Saturday or a statutory day off, so until the next "
                   "working day, {due} (k.c. art. 115).", start=s, plain=p, due=d)
    if not skipped:
        return msg("Liability for non-conformity lasts 2 years from delivery ({start}), to the same day of the month "
                   "or the month's last day (k.c. art. 112): {due}.", start=s, due=d)
    return msg("Liability for non-conformity lasts 2 years from delivery ({start}), to the same day of the month or "
               "the month's last day (k.c. art. 112): {plain}, a Saturday or a statutory day off, so until the next "
               "working day, {due} (k.c. art. 115).", start=s, plain=p, due=d)


def deadline_from_delivery(kind: DeadlineKind | str, delivered: date | None, shipped: date | None) -> Deadline:
    """A customer's deadline counted from the delivery date, or, when it is unknown, from the shipping date and
    marked as an estimate (issue 16: the app says so)."""
    if delivered is not None:
        return deadline(kind, delivered)
    if shipped is not None:
        return deadline(kind, shipped, estimated=True)
    raise DomainError(msg("Neither the delivery date nor the shipping date is known: the deadline cannot be counted."))


def is_late(due: Deadline, day: date) -> bool:
    """Whether an act done on `day` (a withdrawal statement sent, a claim made, an answer or refund sent) misses the
    deadline. A flag, not a refusal: a late withdrawal or a claim past the liability period is shown, and the owner
    decides (issue 16)."""
    return day > due.due


def days_left(due: Deadline, today: date) -> int:
    """Calendar days from `today` to the last day: 0 on the day itself, negative when overdue."""
    return (due.due - today).days
