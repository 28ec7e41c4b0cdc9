"""`zaplecze export KIND --db DB --out FILE.xlsx`: the shop's lists as spreadsheets.

Each kind names the service function that writes it ("module:function", imported only when used);
the function takes (session, out_path) and returns the number of rows written. A kind whose service
is not built yet is listed as None and answered with a clear message and exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from datetime import date
from pathlib import Path

from app.cli import WrongArguments, add_db_arg, cli_language, emit, say
from app.core.errors import DomainError
from app.core.messages import msg

EXPORTERS: dict[str, str | None] = {
    "orders": "app.services.orders.export:export_orders",
    "stock": "app.services.stock.export:export_stock",
    "packlog": "app.services.packing.log_export:export_pack_log",
    "invoices": "app.services.invoicing.register_export:export_register",
    "complaints": "app.services.complaints.export:export_complaints",
    "customers": "app.services.customers.export:export_customers",
}
NOT_AVAILABLE = 2
EXPORTED = {  # what the user reads after each kind (a sentence per kind: kinds are words of their own in Polish)
    "orders": lambda rows, out: msg("Orders exported to {file} (rows: {rows}).", file=out, rows=rows),
    "stock": lambda rows, out: msg("Stock exported to {file} (rows: {rows}).", file=out, rows=rows),
    "packlog": lambda rows, out: msg("Pack log exported to {file} (rows: {rows}).", file=out, rows=rows),
    "complaints": lambda rows, out: msg("Complaints exported to {file} (cases: {rows}).", file=out, rows=rows),
    "customers": lambda rows, out: msg("Customers exported to {file} (customers: {rows}).", file=out, rows=rows),
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write orders, stock, the pack log, a month's invoice register, complaints or "
                       "customers to an XLSX file")
    p.add_argument("kind", choices=sorted(EXPORTERS), help="what to export")
    add_db_arg(p)
    p.add_argument("--out", required=True, type=Path, help="the XLSX file to write")
    p.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD",
                   help="packlog: the first shop day (default: 29 days before --to); complaints: the first day "
                   "received (default: the first case)")
    p.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD", help="packlog: the last shop day "
                   "(default: today); complaints: the last day received (default: the last case)")
    p.add_argument("--month", type=_month, metavar="YYYY-MM", help="invoices: the month whose invoices and corrections "
                   "the register lists (default: last month)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _month(text: str) -> tuple[int, int]:
    from app.services.invoicing.register_export import parse_month

    try:
        return parse_month(text)
    except DomainError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_export(args: argparse.Namespace) -> int:
    target = EXPORTERS[args.kind]
    if target is None:
        print(say(msg("error: {message}", message=msg("Exporting {kind} is not available yet in this version of "
                                                         "Zaplecze.", kind=args.kind))), file=sys.stderr)
        return NOT_AVAILABLE
    if args.out.suffix.lower() != ".xlsx":
        raise WrongArguments(f"the output file must end in .xlsx (got {args.out.name}).")
    module_name, func_name = target.split(":")
    export = getattr(importlib.import_module(module_name), func_name)
    from app.db import open_database

    dated = args.date_from is not None or args.date_to is not None
    if dated and args.kind not in ("packlog", "complaints"):
        raise WrongArguments("--from and --to are for the pack log and complaints (export packlog, export "
                             "complaints) only.")
    if args.month is not None and args.kind != "invoices":
        raise WrongArguments("--month is for the invoice register (export invoices) only.")
    language = cli_language(args.lang)
    words: dict = {}  # the sheet's words in the CLI's language, as the window writes them in its own
    if args.kind in ("stock", "customers"):
        words["lang"] = language
    elif args.kind == "packlog":
        from app.core.shop_time import shop_today
        from app.services.packing.log_export import check_range, default_range

        start, end = default_range(args.date_to or shop_today())
        words.update(lang=language, date_from=args.date_from or start, date_to=args.date_to or end)
        try:
            check_range(words["date_from"], words["date_to"])  # refused before the file is opened
        except DomainError as exc:
            raise WrongArguments(str(exc)) from None
    elif args.kind == "invoices":
        from app.core.shop_time import shop_today
        from app.services.invoicing.register_export import previous_month

        year, month = args.month or previous_month(shop_today())
        words.update(year=year, month=month, lang=language)
    elif args.kind == "complaints":
        if args.date_from and args.date_to and args.date_from > args.date_to:
            raise WrongArguments(f"--from {args.date_from} is after --to {args.date_to}.")
        words.update(date_from=args.date_from, date_to=args.date_to, lang=language, translate=say)
    elif args.kind == "orders" and language == "pl":
        from app.ui.orders.batch_actions import export_translate

        words["translate"] = export_translate
    db = open_database(args.db, readonly=True, verify=True)  # a mistyped path is refused, never made a new shop
    try:
        with db.session() as session:
            rows = export(session, args.out, **words)
    finally:
        db.dispose()
    data = {"kind": args.kind, "rows": rows, "out": str(args.out)}
    if args.kind == "invoices":
        data["month"] = f"{words['year']:04d}-{words['month']:02d}"
        text = msg("Invoice register of {month} exported to {file} (invoices and corrections: {rows}).",
                   month=data["month"], file=args.out, rows=rows)
    else:
        text = EXPORTED[args.kind](rows, args.out)
    emit(args, data, text)
    return 0
