"""check, backup, migrate, restore, demo-data: the database's own housekeeping, and a demo shop for trying and benchmarks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import add_db_arg, emit, say
from app.core.messages import msg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="integrity check of the database and of the shop's invariants")
    add_db_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("backup", help="copy the database safely (SQLite backup API)")
    add_db_arg(p)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--force", action="store_true", help="replace an existing --out file")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("migrate", help="upgrade a shop file made by an older version (after a verified backup)")
    add_db_arg(p)
    p.set_defaults(func=cmd_migrate)
    p = sub.add_parser("restore", help="bring back a backup in place of a damaged shop file (kept aside)")
    add_db_arg(p)
    p.add_argument("--from", dest="source", type=Path, metavar="BACKUP",
                   help="the backup to bring back (default: the newest good one in backups/ beside the file)")
    p.add_argument("--yes", action="store_true", help="do not ask for a confirmation")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("demo-data", help="fill an empty database with a realistic demo shop (products, customers, orders)")
    add_db_arg(p)
    p.add_argument("--orders", type=int, default=600, metavar="N", help="how many orders (default 600)")
    p.add_argument("--seed", type=int, default=7, metavar="S", help="the same seed gives the same shop (default 7)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo_data)


def cmd_check(args: argparse.Namespace) -> int:
    from app.db import open_database
    from app.services.shopfile.check import check_database

    db = open_database(args.db, readonly=True)  # no quick check first: finding damage is check's own job
    try:
        faults = check_database(db)
    finally:
        db.dispose()
    emit(args, {"ok": not faults, "faults": faults},
         msg("OK: no faults found") if not faults else "\n".join([msg("FAULTS:"), *(f"  {f}" for f in faults)]))
    return 1 if faults else 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.db import backup_database, open_database

    db = open_database(args.db, readonly=True)  # the backup itself checks the source and verifies the copy
    try:
        out = backup_database(db, args.out, force=args.force)
    finally:
        db.dispose()
    print(say(msg("Backed up to {file}", file=out)))
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from app.db import current_revision, open_database
    from app.migrations import HEAD

    db = open_database(args.db, verify=True)  # checked, backed up (verified) and upgraded by ensure_schema
    try:
        revision = current_revision(db.engine)
    finally:
        db.dispose()
    print(say(msg("The shop file is at revision {revision} (the newest is {head}).", revision=revision, head=HEAD)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app import dbfile
    from app.config import db_url
    from app.core.errors import DomainError
    from app.core.messages import msg

    url = db_url(args.db)
    if not url.startswith("sqlite:///"):
        raise DomainError(msg("Only a shop in an SQLite file can be restored this way."))
    path = Path(url.removeprefix("sqlite:///"))
    backup = args.source or dbfile.newest_good_backup(path)
    if backup is None:
        raise DomainError(msg("No good backup of {file} was found in {folder}; name one with --from.", file=path,
                              folder=path.parent / dbfile.BACKUP_FOLDER))
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise DomainError(msg("Restoring replaces {file} with {backup}; add --yes to do it without a question.",
                                  file=path, backup=backup))
        answer = input(say(msg("Replace {file} with the backup {backup}? The current file is kept aside. [y/N] ",
                               file=path, backup=backup)))
        if answer.strip().lower() not in ("y", "yes", "t", "tak"):
            print(say(msg("Nothing was changed.")))
            return 1
    aside = dbfile.restore_file(path, backup)
    print(say(msg("Restored {file} from {backup}; the file it replaced is kept as {aside}.", file=path,
                  backup=backup, aside=aside)))
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from app.db import open_database
    from app.services.demo.shop import fill_demo

    db = open_database(args.db, create=True, verify=True)
    show = sys.stderr.isatty()  # a progress line for people, not for logs and pipes

    def progress(done: int, total: int, text: str) -> None:
        if show:
            print(f"\r{text}: {100 * done // max(total, 1)} %   ", end="", file=sys.stderr, flush=True)

    summary = fill_demo(db, orders=args.orders, seed=args.seed, progress=progress)
    if show:
        print("\r" + " " * 40 + "\r", end="", file=sys.stderr, flush=True)
    db.dispose()
    rate = summary.rows / summary.seconds if summary.seconds else 0
    emit(args, {"products": summary.products, "customers": summary.customers, "orders": summary.orders,
                "lines": summary.lines, "events": summary.events, "seconds": round(summary.seconds, 2),
                "by_status": summary.by_status, "complaints": summary.complaints,
                "contacts": summary.contacts},
         msg("Demo shop written to {file}: products {products}, customers {customers}, orders {orders} (lines "
             "{lines}, history events {events}) in {seconds} s ({rate} rows/s)", file=args.db,
             products=summary.products, customers=summary.customers, orders=summary.orders, lines=summary.lines,
             events=summary.events, seconds=f"{summary.seconds:.1f}", rate=f"{rate:,.0f}"))
    return 0
