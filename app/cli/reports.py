"""report: the owner's monthly report as a PDF, `zaplecze report --db DB --month YYYY-MM --out FILE.pdf` (issue 18).

The charts are the Reports tab's own (app.ui.reports: the command line sits above the window's layer), drawn
offscreen: a QApplication is started on the "offscreen" platform when there is no display. Read-only: the shop
file is not upgraded or written."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from app.cli import WrongArguments, add_db_arg, cli_language, emit
from app.core.messages import msg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write the monthly report (charts and tables of the month's figures) as PDF",
                       description="Writes the month's figures (orders and revenue, average order value, top "
                       "products, time to ship, shipped on time, returns and complaints, complaint handling, stock "
                       "value and cover, by source and by carrier), each compared with the month before, as a PDF.")
    add_db_arg(p)
    p.add_argument("--month", required=True, type=_month, metavar="YYYY-MM")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--json", action="store_true", help="print the file written as JSON")
    p.set_defaults(func=cmd_report)


def _month(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if not m or not 1 <= int(m[2]) <= 12:
        raise argparse.ArgumentTypeError(f"'{text}' is not a month (YYYY-MM)")
    return int(m[1]), int(m[2])


def cmd_report(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".pdf":
        raise WrongArguments(msg("The report is written as PDF: name the file .pdf, not {name}.", name=args.out.name))
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.db import open_database
    from app.ui.reports.monthly import write_monthly_report

    year, month = args.month
    database = open_database(args.db, readonly=True)
    try:
        with database.session() as session:
            out = write_monthly_report(session, year, month, args.out, cli_language(args.lang))
    finally:
        database.dispose()
    emit(args, {"file": str(out), "month": f"{year:04d}-{month:02d}"},
         msg("Report for {month} written to {file}.", month=f"{year:04d}-{month:02d}", file=str(out)))
    return 0
