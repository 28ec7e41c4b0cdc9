"""check, backup, demo-data: the database's own housekeeping, and a demo shop for trying and benchmarks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import add_db_arg, emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="integrity check of the database and of the shop's invariants")
    add_db_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("backup", help="copy the database safely (SQLite backup API)")
    add_db_arg(p)
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("demo-data", help="fill an empty database with a realistic demo shop (products, customers, orders)")
    add_db_arg(p)
    p.add_argument("--orders", type=int, default=600, metavar="N", help="how many orders (default 600)")
    p.add_argument("--seed", type=int, default=7, metavar="S", help="the same seed gives the same shop (default 7)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo_data)


def existing_db(db: str | None) -> str | None:
    """check and backup look at a database that is there: opening a mistyped path would create an empty one
    (and check would call it OK)."""
    from app.config import default_db_path
    from app.core.errors import DomainError

    if db is not None and "://" in db:
        return db
    path = Path(db) if db is not None else default_db_path()
    if not path.is_file():
        raise DomainError(f"There is no database at {path}.")
    return db


def cmd_check(args: argparse.Namespace) -> int:
    from app.db import open_database
    from app.services.shopfile.check import check_database

    db = open_database(existing_db(args.db))
    faults = check_database(db)
    emit(args, {"ok": not faults, "faults": faults},
         "OK: no faults found" if not faults else "\n".join(["FAULTS:", *(f"  {f}" for f in faults)]))
    return 1 if faults else 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.db import backup_database, open_database

    out = backup_database(open_database(existing_db(args.db)), args.out)
    print(f"Backed up to {out}")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from app.db import open_database
    from app.services.demo.shop import fill_demo

    db = open_database(args.db)
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
                "by_status": summary.by_status},
         f"Demo shop written to {args.db}: {summary.products} products, {summary.customers} customers, "
         f"{summary.orders} orders ({summary.lines} lines, {summary.events} history events) "
         f"in {summary.seconds:.1f} s ({rate:,.0f} rows/s)")
    return 0
