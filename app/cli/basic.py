"""check, backup: the database's own housekeeping."""

from __future__ import annotations

import argparse
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


def cmd_check(args: argparse.Namespace) -> int:
    from app.db import open_database
    from app.services.check import check_database

    db = open_database(args.db)
    faults = check_database(db)
    emit(args, {"ok": not faults, "faults": faults},
         "OK: no faults found" if not faults else "\n".join(["FAULTS:", *(f"  {f}" for f in faults)]))
    return 1 if faults else 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.db import backup_database, open_database

    out = backup_database(open_database(args.db), args.out)
    print(f"Backed up to {out}")
    return 0
