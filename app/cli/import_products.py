"""`zaplecze import products FILE --db DB [--format auto|shopify|mapped --mapping M.json] [--json] [--dry-run]`.

Registered by app.cli.importing under `import`. Prints the preview (what would change, every warning),
then applies the whole file or nothing.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from app.cli import add_db_arg, emit


def register(import_sub: argparse._SubParsersAction) -> None:
    p = import_sub.add_parser("products", help=("import products (Shopify products export, or any CSV/XLSX "
                                                "with a column mapping)"))
    p.add_argument("file", type=Path)
    add_db_arg(p)
    p.add_argument("--format", choices=("auto", "shopify", "mapped"), default="auto")
    p.add_argument("--mapping", type=Path, help="JSON column mapping for --format mapped")
    p.add_argument("--dry-run", action="store_true", help="only show what the import would do")
    p.add_argument("--who", default="", help="who imports (default: this station)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_products)


def cmd_import_products(args: argparse.Namespace) -> int:
    from app.config import station_name
    from app.core.errors import DomainError, FileRefused
    from app.db import open_database
    from app.importers.mapped.orders import load_mapping
    from app.services.importing.products import import_products, mapping_for, preview_products

    try:
        mapping = load_mapping(args.mapping) if args.mapping else None
    except (OSError, ValueError) as exc:
        raise DomainError(f"Cannot read the mapping {args.mapping}: {exc}") from exc
    fmt = "mapped" if args.format == "auto" and mapping is not None else args.format
    db = open_database(args.db, create=True, verify=True)
    try:
        if fmt == "auto":  # not Shopify's export: the columns its headers name, as the Stock tab reads it
            mapping = mapping_for(args.file)
            fmt = "auto" if mapping is None else "mapped"
        with db.session() as s:
            preview = preview_products(s, args.file, fmt, mapping)
        lines = [(f"{preview.filename}: {preview.format}, {preview.rows} rows: {preview.new} new, "
                  f"{preview.updated} updated, {preview.unchanged} unchanged products; "
                  f"opening stock {preview.opening_stock_units} units")]
        if preview.already_imported_at:
            lines.append(f"note: this file was already imported on {preview.already_imported_at:%Y-%m-%d %H:%M} "
                         "UTC; only what differs changes")
        lines += [f"note: {n}" for n in preview.notes]
        lines += [f"warning: {w}" for w in preview.warnings]
        data: dict = {"preview": {k: v for k, v in asdict(preview).items() if k != "items"}}
        if args.dry_run:
            lines.append("(dry run: nothing was written)")
        else:
            with db.session() as s:
                result = import_products(s, args.file, args.who or station_name(), fmt, mapping)
            data["result"] = {k: v for k, v in asdict(result).items() if k != "changes"}
            lines.append(f"Imported: {result.new} new, {result.updated} updated, {result.unchanged} unchanged"
                         + (f"; opening stock in {result.opening_document}" if result.opening_document else ""))
        emit(args, data, "\n".join(lines))
        return 0
    except FileRefused as exc:
        emit(args, {"file": exc.filename, "refused": True,
                    "errors": [{"row": e.row, "column": e.column, "message": e.message} for e in exc.errors]},
             str(exc))
        return 1
    finally:
        db.dispose()
