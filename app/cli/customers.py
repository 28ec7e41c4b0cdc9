"""`zaplecze customer export|anonymise (--email E | --phone P | --id N) --db DB ...`: a customer's personal data
(RODO) from the command line, as the Customers tab does it (app.services.customers.privacy).

- export writes everything the shop holds about the customer to FILE.json or FILE.xlsx and records the export in
  the privacy log (by the customer's id only): the one write of this command.
- anonymise without --yes prints what would be replaced and what would remain (kept invoices and until when, backups
  that still hold the data) and changes nothing (exit 2: an irreversible step needs --yes, scripts never hang on
  a question); with --yes it anonymises in one transaction and says the same.
A customer not found, or several found (their ids listed), is a refusal (exit 1); wrong arguments exit 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import WrongArguments, add_db_arg, emit, say
from app.core.errors import DomainError
from app.core.messages import msg

NOT_CONFIRMED = 2


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("customer", help="a customer's personal data: export it, or anonymise the customer")
    actions = p.add_subparsers(dest="action", required=True)
    e = actions.add_parser("export", help="write everything the shop holds about a customer to FILE.json or "
                           "FILE.xlsx")
    _who(e)
    add_db_arg(e)
    e.add_argument("--out", required=True, type=Path, help="FILE.json or FILE.xlsx")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=cmd_export)
    a = actions.add_parser("anonymise", help="replace a customer's personal data everywhere (cannot be undone; "
                           "issued invoices stay as the law requires)")
    _who(a)
    add_db_arg(a)
    a.add_argument("--yes", action="store_true", help="do it (without it: only show what would change)")
    a.add_argument("--why", default="żądanie klienta (RODO art. 17)", help="the reason written in the privacy log")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_anonymise)


def _who(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--email", help="the customer's e-mail (any case)")
    g.add_argument("--phone", help="the customer's phone (with or without spaces and +48)")
    g.add_argument("--id", type=int, dest="customer_id", help="the customer's number")


def _one_customer(session, args: argparse.Namespace) -> int:
    from app.services.customers.privacy import find_customers

    found = find_customers(session, email=args.email, phone=args.phone, customer_id=args.customer_id)
    given = args.email or args.phone or f"#{args.customer_id}"
    if not found:
        raise DomainError(msg("No customer matches {given}.", given=given))
    if len(found) > 1:
        raise DomainError(msg("Several customers match {given}: {ids}. Choose one with --id.", given=given,
                              ids=", ".join(f"#{m.customer_id}" for m in found)))
    return found[0].customer_id


def cmd_export(args: argparse.Namespace) -> int:
    from app.config import station_name
    from app.db import open_database
    from app.services.customers.privacy import export_personal_data

    if args.out.suffix.lower() not in (".json", ".xlsx"):
        raise WrongArguments(msg("{file}: personal data are written as .json or .xlsx.", file=args.out))
    db = open_database(args.db, verify=True)
    try:
        with db.session() as session:
            cid = _one_customer(session, args)
            out = export_personal_data(session, cid, args.out, who=station_name())
    finally:
        db.dispose()
    emit(args, {"customer_id": cid, "out": str(out)},
         msg("Personal data of customer #{id} written to {file}.", id=cid, file=out))
    return 0


def cmd_anonymise(args: argparse.Namespace) -> int:
    from app.config import station_name
    from app.core.shop_time import shop_day
    from app.db import open_database
    from app.models.base import utcnow
    from app.services.customers.privacy import anonymise_customers, anonymise_plan

    today = shop_day(utcnow())
    db = open_database(args.db, verify=True)
    try:
        with db.session() as session:
            cid = _one_customer(session, args)
            plan = anonymise_plan(session, cid, today=today, database_path=db.path)
            if not args.yes:
                emit(args, _plan_data(plan, done=False), _plan_text(plan, done=False))
                print(say(msg("Nothing was changed: add --yes to anonymise (it cannot be undone).")),
                      file=sys.stderr)
                return NOT_CONFIRMED
            anonymise_customers(session, [cid], who=station_name(), why=args.why, today=today)
    finally:
        db.dispose()
    emit(args, _plan_data(plan, done=True), _plan_text(plan, done=True))
    return 0


def _plan_data(plan, *, done: bool) -> dict:
    return {"customer_id": plan.customer_id, "anonymised": done, "orders": plan.orders,
            "complaints": plan.complaints, "contacts": plan.contacts,
            "kept_invoices": [{"number": k.number, "issue_date": k.issue_date.isoformat(),
                               "keep_until": k.keep_until.isoformat()} for k in plan.kept_invoices],
            "backups": [b.path for b in plan.backups]}


def _plan_text(plan, *, done: bool) -> str:
    lines = [msg("Customer #{id} anonymised.", id=plan.customer_id) if done else
             msg("Anonymising customer #{id} would replace their name, e-mail, phone, addresses, notes and contact "
                 "texts in: orders {orders}, complaints {complaints}, contacts {contacts}.", id=plan.customer_id,
                 orders=plan.orders, complaints=plan.complaints, contacts=plan.contacts)]
    for k in plan.kept_invoices:
        lines.append("  " + msg("kept as issued (the law): invoice {number} of {issued}, until {until}",
                                number=k.number, issued=k.issue_date.isoformat(), until=k.keep_until.isoformat()))
    for b in plan.backups:
        lines.append("  " + msg("still holds the old data until removed: backup {file}", file=b.path))
    return "\n".join(lines)
