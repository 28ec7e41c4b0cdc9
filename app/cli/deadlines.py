"""deadlines: a legal deadline of complaints and returns, counted by the same engine as the Complaints tab
(app.services.complaints.deadlines), for whoever answers customers' questions. Read-only: no shop file is opened,
so no --db.

Prints the last day as YYYY-MM-DD; with --json also whom it binds, the plain count, whether and why it was moved
and the articles applied (k.c. art. 111, 112, 115; u.p.k. art. 7a, 27-28, 32, 43c)."""

from __future__ import annotations

import argparse
from datetime import date

from app.cli import WrongArguments, emit
from app.core.errors import DomainError
from app.services.complaints.deadlines import DeadlineKind, deadline


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "deadlines", help="print a legal deadline (YYYY-MM-DD): a complaint's answer, a refund, the withdrawal "
        "window or the liability period, counted from a day",
        description="Counts a deadline of Polish consumer law from a day. The shop's deadlines (complaint-answer: "
        "14 days from receiving the complaint; refund: 14 days from receiving the withdrawal statement) are never "
        "moved. The customer's (withdrawal: 14 days from taking possession of the goods; liability: 2 years from "
        "delivery) move past Saturdays and statutory days off as the Civil Code (art. 111, 112, 115) moves them.")
    p.add_argument("--kind", required=True, choices=[k.value for k in DeadlineKind])
    p.add_argument("--from", dest="start", required=True, type=_day, metavar="YYYY-MM-DD",
                   help="the day counted from: complaint or withdrawal statement received, goods taken into "
                   "possession, or delivered")
    p.add_argument("--json", action="store_true", help="also the rule applied, whom it binds and why it moved")
    p.set_defaults(func=cmd_deadlines)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def cmd_deadlines(args: argparse.Namespace) -> int:
    try:
        counted = deadline(args.kind, args.start)
    except DomainError as exc:  # a day too far away to count from: the argument is wrong, not the data
        raise WrongArguments(str(exc)) from None
    emit(args, counted.as_dict(), counted.due.isoformat())
    return 0
