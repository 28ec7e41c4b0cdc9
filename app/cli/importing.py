"""`zaplecze import orders FILE`: the same preview summary the window shows, then the import (all or nothing).

`import` has sub-commands; `import products` is added by `app.cli.import_products` when that module exists.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from app.cli import add_db_arg, emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import orders or products from a shop's export (CSV/XLSX)")
    import_sub = p.add_subparsers(dest="import_what", required=True, metavar="{orders,products}")
    o = import_sub.add_parser("orders", help="import orders: Shopify's orders export, or any CSV/XLSX with a mapping")
    o.add_argument("file", type=Path, help="the exported CSV or XLSX file")
    add_db_arg(o)
    o.add_argument("--format", choices=("auto", "shopify", "mapped"), default="auto",
                   help="file format (default: recognised from the header)")
    o.add_argument("--mapping", type=Path, metavar="M.json",
                   help='column mapping for a mapped file: {"name": ..., "fields": {our field: their header}}')
    o.add_argument("--dry-run", action="store_true", help="show the preview only; write nothing")
    o.add_argument("--who", default="", help="who imports (default: this station)")
    o.add_argument("--json", action="store_true", help="machine-readable output")
    o.set_defaults(func=cmd_import_orders)
    try:
        products = importlib.import_module("app.cli.import_products")
    except ModuleNotFoundError as exc:
        if exc.name != "app.cli.import_products":
            raise
    else:
        products.register(import_sub)


def cmd_import_orders(args: argparse.Namespace) -> int:
    from app.config import station_name
    from app.core.errors import DomainError, FileRefused
    from app.db import open_database
    from app.importers.mapped.orders import load_mapping
    from app.services.importing.orders import apply_orders_import, preview_orders_import

    mapping = None
    if args.mapping is not None:
        try:
            mapping = load_mapping(args.mapping)
        except (OSError, ValueError) as exc:
            raise DomainError(f"Cannot read the mapping {args.mapping}: {exc}") from exc
    db = open_database(args.db, create=True, verify=True)
    try:
        try:
            preview = preview_orders_import(db.session(), args.file, args.format, mapping)
        except FileRefused as exc:
            emit(args, _refused(exc), str(exc))
            return 1
        if preview.refused:
            emit(args, preview.to_dict(), preview.summary() + "\nREFUSED: nothing was imported.")
            return 1
        if args.dry_run:
            emit(args, preview.to_dict(), preview.summary() + "\n(dry run: nothing was written)")
            return 0
        try:
            result = apply_orders_import(db.session(), args.file, args.format, mapping, who=args.who or station_name())
        except FileRefused as exc:
            emit(args, _refused(exc), str(exc))
            return 1
        data = {**result.preview.to_dict(), "batch_id": result.batch_id}
        emit(args, data, result.preview.summary() + "\n" + result.summary())
        return 0
    finally:
        db.dispose()
        sys.stdout.flush()


def _refused(exc) -> dict:
    return {"file": exc.filename, "refused": True,
            "errors": [{"row": e.row, "column": e.column, "message": e.message} for e in exc.errors]}
