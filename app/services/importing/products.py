"""Products import: read a file, show what it would do (preview), then apply all of it or nothing.

Products are matched by SKU. New ones are created (with their opening stock as one adjustment document
of the ledger); existing ones get only the fields the file gives, and only when they differ. A file with
any error is refused as a whole (FileRefused naming row and column); warnings (skipped variants, barcodes
left out) are shown in the preview and do not stop the import.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.errors import DomainError, FileRefused, RowError
from app.core.messages import msg
from app.core.progress import Progress
from app.db import take_write_lock
from app.importers.detect import TableError, open_table
from app.importers.mapped.orders import Mapping
from app.importers.mapped.products import parse_mapped_products
from app.importers.product_records import ParsedProducts, ProductRecord
from app.importers.shopify.products import looks_like_shopify_products, parse_shopify_products
from app.models import ImportBatch, Product
from app.models.base import utcnow
from app.models.stock import ADJUSTMENT
from app.services.stock.ledger import MoveLine, post_document

FIELDS = ("name", "gross_price", "ean", "vat_rate", "purchase_price", "weight_g", "location", "supplier",
          "reorder_point", "reorder_qty", "lead_time_days", "group_name", "category", "active")
NEW_DEFAULTS: dict[str, object] = {"ean": None, "vat_rate": "23", "purchase_price": None, "weight_g": None,
                                   "location": "", "supplier": "", "reorder_point": 0, "reorder_qty": 0,
                                   "lead_time_days": 7, "group_name": "", "category": "",
                                   "active": True}


@dataclass(frozen=True)
class PlannedProduct:
    row: int
    sku: str
    name: str
    action: str  # "new" | "update" | "unchanged"
    changed: tuple[str, ...]


@dataclass(frozen=True)
class ProductImportPreview:
    filename: str
    format: str
    encoding: str
    delimiter: str
    rows: int
    new: int
    updated: int
    unchanged: int
    opening_stock_units: int
    items: tuple[PlannedProduct, ...]
    warnings: tuple[str, ...]
    notes: tuple[str, ...]
    already_imported_at: datetime | None


@dataclass(frozen=True)
class ProductImportResult:
    batch_id: int
    new: int
    updated: int
    unchanged: int
    skipped: int
    opening_document: str
    changes: Changes


def read_products(path: str | Path, fmt: str = "auto", mapping: Mapping | None = None,
                  progress: Progress | None = None) -> ParsedProducts:
    """Parse a products file; FileRefused when it cannot be read or has errors."""
    path = Path(path)
    try:
        table = open_table(path)
    except (TableError, OSError) as exc:
        raise FileRefused(path.name, [RowError(None, None, str(exc))]) from exc
    if fmt == "auto":
        fmt = "shopify" if looks_like_shopify_products(table.header) else ("mapped" if mapping else "")
        if not fmt:
            raise FileRefused(path.name, [RowError(1, None, msg("not Shopify's products export; import it with a "
                                                               "column mapping (--format mapped --mapping M.json)"))])
    if fmt == "shopify":
        parsed = parse_shopify_products(table, progress)
    elif fmt == "mapped":
        if mapping is None:
            raise DomainError(msg("A mapped import needs a column mapping."))
        parsed = parse_mapped_products(table, mapping, progress)
    else:
        raise DomainError(msg("Unknown products format '{format}' (auto, shopify or mapped).", format=fmt))
    if parsed.errors:
        raise FileRefused(path.name, parsed.errors)
    return parsed


def mapping_for(path: str | Path) -> Mapping | None:
    """How the app reads a products file it is given without a mapping: None for Shopify's export; for any other
    CSV/XLSX, the columns recognised by their headers (SKU/Symbol, Name/Nazwa, Price/Cena brutto, EAN, Stock...).
    FileRefused naming the required fields no header matched, and the headers the file has."""
    from app.importers.mapped.products import FIELDS as MAPPED_FIELDS
    from app.importers.mapped.products import REQUIRED, guess_product_mapping

    path = Path(path)
    try:
        header = open_table(path).header
    except (TableError, OSError) as exc:
        raise FileRefused(path.name, [RowError(None, None, str(exc))]) from exc
    if looks_like_shopify_products(header):
        return None
    fields = guess_product_mapping(header)
    missing = [MAPPED_FIELDS[f] for f in REQUIRED if f not in fields]
    if missing:
        raise FileRefused(path.name, [RowError(1, None, msg(
            "not Shopify's products export, and no column is recognised for: {fields} (the file's columns: "
            "{columns}). Name the columns SKU, Name, Price (optionally EAN, VAT, Stock, Location, Supplier), "
            "or import it with a column mapping: zaplecze import products FILE --mapping M.json",
            fields=", ".join(missing), columns=", ".join(h for h in header if h.strip())))])
    return Mapping(name=path.stem, fields=fields)


def _plan(session: Session, parsed: ParsedProducts) -> tuple[list[tuple[ProductRecord, int | None, dict]], list[str]]:
    """Each record with its existing product id (None = new) and the field values to write."""
    existing = {sku.lower(): (pid, sku) for pid, sku in session.execute(select(Product.id, Product.sku))}
    ean_owner = {ean: pid for pid, ean in session.execute(
        select(Product.id, Product.ean).where(Product.ean.is_not(None)))}
    columns = [getattr(Product, f) for f in FIELDS]
    current = {row[0]: dict(zip(FIELDS, row[1:])) for row in session.execute(select(Product.id, *columns))}
    warnings: list[str] = []
    plan = []
    for rec in parsed.products:
        pid = existing.get(rec.sku.lower(), (None, ""))[0]
        values = dict(rec.values)
        ean = values.get("ean")
        if ean and ean_owner.get(ean) not in (None, pid):
            warnings.append(str(RowError(rec.row, "EAN", msg("EAN {ean} already belongs to another product here: "
                                                             "{sku} is imported without it", ean=ean, sku=rec.sku))))
            values.pop("ean")
        if pid is None:
            full = {**NEW_DEFAULTS, **values}
            if "gross_price" not in full or "name" not in full:
                raise FileRefused(parsed.filename, [RowError(rec.row, None, msg("{sku} is new and needs a name "
                                                                                "and a price", sku=rec.sku))])
            plan.append((rec, None, full))
        else:
            old = current[pid]
            diff = {k: v for k, v in values.items() if k in FIELDS and _differs(old[k], v)}
            plan.append((rec, pid, diff))
    return plan, warnings


def _differs(old: object, new: object) -> bool:
    if isinstance(old, Decimal) or isinstance(new, Decimal):
        return old is None or new is None or Decimal(str(old)) != Decimal(str(new))
    return old != new


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def preview_products(session: Session, path: str | Path, fmt: str = "auto", mapping: Mapping | None = None,
                     progress: Progress | None = None) -> ProductImportPreview:
    path = Path(path)
    parsed = read_products(path, fmt, mapping, progress)
    with session.begin():
        plan, warnings = _plan(session, parsed)
        before = session.scalar(select(ImportBatch.created_at).where(
            ImportBatch.kind == "products", ImportBatch.sha256 == _sha256(path)).order_by(ImportBatch.id.desc()))
    items = tuple(PlannedProduct(rec.row, rec.sku, str(vals.get("name") or rec.values.get("name") or ""),
                                 "new" if pid is None else ("update" if vals else "unchanged"),
                                 tuple(vals) if pid is not None else ()) for rec, pid, vals in plan)
    return ProductImportPreview(
        path.name, parsed.format, parsed.encoding, parsed.delimiter, parsed.rows,
        sum(i.action == "new" for i in items), sum(i.action == "update" for i in items),
        sum(i.action == "unchanged" for i in items),
        sum(rec.opening_stock or 0 for rec, pid, _ in plan if pid is None), items,
        tuple(str(w) for w in parsed.warnings) + tuple(warnings), tuple(parsed.notes), before)


def import_products(session: Session, path: str | Path, who: str, fmt: str = "auto", mapping: Mapping | None = None,
                    progress: Progress | None = None) -> ProductImportResult:
    """Apply the whole file in one transaction (bulk statements), or nothing."""
    path = Path(path)
    parsed = read_products(path, fmt, mapping, progress)
    now = utcnow()
    stamp_text = now.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    with session.begin():
        take_write_lock(session)  # a second import at once waits, then plans from what this one wrote
        plan, _ = _plan(session, parsed)
        conn = session.connection()
        sqlite = conn.dialect.name == "sqlite"
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        stamp = stamp_text if sqlite else now
        new = [(rec, vals) for rec, pid, vals in plan if pid is None]
        cols = ("sku", "sku_generated", *FIELDS, "created_at", "updated_at", "on_hand", "reserved")
        if new:
            conn.exec_driver_sql(
                f"INSERT INTO product ({', '.join(cols)}) VALUES ({', '.join([mark] * len(cols))})",
                [(rec.sku, rec.sku_generated, *(_db(vals[f], sqlite) for f in FIELDS), stamp, stamp, 0, 0)
                 for rec, vals in new])
        updates: dict[tuple[str, ...], list[tuple]] = {}
        for rec, pid, vals in plan:
            if pid is not None and vals:
                updates.setdefault(tuple(vals), []).append((*(_db(v, sqlite) for v in vals.values()), stamp, pid))
        for names, rows in updates.items():
            conn.exec_driver_sql(f"UPDATE product SET {', '.join(f'{n} = {mark}' for n in names)}, "
                                 f"updated_at = {mark} WHERE id = {mark}", rows)
        if progress:
            progress(len(plan), len(plan), "")
        # Every SKU -> id (no IN list: a large file has more new SKUs than SQLite takes as parameters).
        ids = dict(session.execute(select(Product.sku, Product.id)).all()) if new else {}
        opening = [MoveLine(ids[rec.sku], rec.opening_stock) for rec, _ in new if rec.opening_stock]
        number = ""
        if opening:
            number = post_document(session, ADJUSTMENT, opening, who, note=msg("Opening stock from {file}", file=path.name)).number
        batch = ImportBatch(kind="products", source=parsed.format, filename=path.name, sha256=_sha256(path), who=who,
                            new_count=len(new), updated_count=0,
                            skipped_count=len(parsed.warnings), created_at=now)
        session.add(batch)
        session.flush()
        updated = sum(1 for _, pid, vals in plan if pid is not None and vals)
        batch.updated_count = updated
        return ProductImportResult(batch.id, len(new), updated, sum(1 for _, pid, v in plan if pid and not v),
                                   len(parsed.warnings), number, Changes(bulk=True))


def _db(value: object, sqlite: bool) -> object:
    """Driver values: SQLite stores Decimal as text of its digits and booleans as 0/1; other drivers take both."""
    if sqlite and isinstance(value, Decimal):
        return str(value)
    if sqlite and isinstance(value, bool):
        return int(value)
    return value
