"""Import orders from shop exports: a preview that writes nothing, then an all-or-nothing import.

    preview = preview_orders_import(session, path, "auto", mapping=None, progress=None)
    result = apply_orders_import(session, path, "auto", mapping=None, progress=None, who="station")

Orders are keyed by (source, external number): importing the same file twice, or an overlapping export,
adds no duplicates. An order already here is updated only when the file differs and we have not changed it
since its last import (`Order.locally_changed_at` later than that import's batch time, with an edit of its
data in the history: a status move such as verification does not keep a later payment out), and only while
it is not yet in the packing flow; otherwise it is skipped and the preview says why.
The bulk writes live in `order_writer`; file parsing in `app.importers`.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.core.changes import Changes
from app.core.errors import DomainError, FileRefused, NotFound, RowError
from app.core.messages import msg
from app.core.progress import Progress
from app.db import take_write_lock
from app.importers.detect import TableError, open_table
from app.importers.mapped.orders import Mapping, parse_mapped
from app.importers.records import ParsedFile
from app.importers.shopify.orders import looks_like_shopify, parse_shopify
from app.models import ImportBatch, ImportMapping
from app.services.importing.order_plan import Plan, plan_orders
from app.services.importing.order_writer import write_orders

FORMATS = ("auto", "shopify", "mapped")
# Progress is reported on one scale for the whole job: reading takes the first part, writing the rest.
SCALE = 1000
READ_SHARE = 400


@dataclass(frozen=True)
class SkipInfo:
    row: int
    external_number: str
    reason: str


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do; `errors` non-empty means the file is refused and nothing would be written."""

    filename: str
    format: str
    source: str
    encoding: str
    delimiter: str
    sha256: str
    rows: int
    orders: int
    lines: int
    new: int
    updated: int
    unchanged: int
    skipped: tuple[SkipInfo, ...]
    errors: tuple[RowError, ...]
    warnings: tuple[RowError, ...]
    notes: tuple[str, ...]
    imported_before: datetime | None = None  # when this very file was imported already

    @property
    def refused(self) -> bool:
        return bool(self.errors)

    def summary(self, limit: int = 100) -> str:
        """The text the CLI prints, one msg() template a line (app.cli.say translates them line by line): what the
        file holds, what the import does with its orders (the four add up to the orders), when it was imported
        before, the notes, then skips, errors and warnings (`limit` of each)."""
        lines = [msg("{file}: {format} export; rows: {rows}, orders: {orders}, lines: {lines}", file=self.filename,
                     format=self.format, rows=self.rows, orders=self.orders, lines=self.lines),
                 msg("orders: new {new}, to update {updated}, unchanged {unchanged}, skipped {skipped}; errors: "
                     "{errors}, warnings: {warnings}", new=self.new, updated=self.updated, unchanged=self.unchanged,
                     skipped=len(self.skipped), errors=len(self.errors), warnings=len(self.warnings))]
        if self.imported_before is not None:
            when = self.imported_before.astimezone(ZoneInfo(SHOP_TZ_DEFAULT))
            lines.append(msg("This file was imported already on {when}.", when=f"{when:%Y-%m-%d %H:%M}"))
        lines += self.notes
        skipped = [msg("skipped: row {row} (#{number}): {reason}", row=s.row, number=s.external_number,
                       reason=s.reason) for s in self.skipped]
        errors = [msg("error: {error}", error=str(e)) for e in self.errors]
        warnings = [msg("warning: {warning}", warning=str(w)) for w in self.warnings]
        for items in (skipped, errors, warnings):
            lines += items[:limit]
            if len(items) > limit:
                lines.append(msg("... and {count} more like these (--json lists them all)", count=len(items) - limit))
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "file": self.filename, "format": self.format, "source": self.source, "encoding": self.encoding,
            "delimiter": self.delimiter, "rows": self.rows, "orders": self.orders, "lines": self.lines,
            "new": self.new, "updated": self.updated, "unchanged": self.unchanged, "refused": self.refused,
            "skipped": [{"row": s.row, "order": s.external_number, "reason": s.reason} for s in self.skipped],
            "errors": [{"row": e.row, "column": e.column, "message": e.message} for e in self.errors],
            "warnings": [{"row": w.row, "column": w.column, "message": w.message} for w in self.warnings],
            "notes": list(self.notes),
            "imported_before": self.imported_before.isoformat() if self.imported_before else None,
        }


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    preview: ImportPreview
    new_ids: tuple[int, ...]
    updated_ids: tuple[int, ...]
    changes: Changes  # the new and updated orders, and "much changed" (views reload)

    def summary(self) -> str:
        p = self.preview
        return msg("Imported {file}: new {new}, updated {updated}, unchanged {unchanged}, skipped {skipped}.",
                   file=p.filename, new=p.new, updated=p.updated, unchanged=p.unchanged, skipped=len(p.skipped))


def read_orders_file(path: str | Path, fmt: str = "auto", mapping: Mapping | None = None,
                     progress: Progress | None = None, tz: ZoneInfo | None = None) -> tuple[ParsedFile, str]:
    """Parse a file into records (no database); the second value is the file's SHA-256."""
    path = Path(path)
    if fmt not in FORMATS:
        raise DomainError(msg("Unknown import format '{format}' (one of {formats}).", format=fmt,
                               formats=", ".join(FORMATS)))
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        table = open_table(path)
    except FileNotFoundError as exc:
        raise NotFound(msg("File not found: {path}", path=path)) from exc
    except (TableError, OSError) as exc:
        raise FileRefused(path.name, [RowError(None, None, str(exc))]) from exc
    names = {h.lower() for h in table.header}
    if {"handle", "variant sku"} <= names and "lineitem quantity" not in names:
        raise FileRefused(path.name, [RowError(1, None, msg("this is a Shopify products export, not orders; "
                                                   "import it with Import products"))])
    if fmt == "auto":
        fmt = "shopify" if looks_like_shopify(table.header) else "mapped"
    tz = tz or ZoneInfo(SHOP_TZ_DEFAULT)

    def read_progress(done: int, total: int, _text: str) -> None:
        if progress is not None:
            progress(min(READ_SHARE, READ_SHARE * done // max(total, 1)), SCALE, f"Reading row {done:,}")

    if fmt == "shopify":
        parsed = parse_shopify(table, tz, read_progress)
    else:
        if mapping is None:
            raise FileRefused(path.name, [RowError(1, None, msg("this is not a Shopify orders export; choose a "
                                                       "column mapping for it (--mapping M.json)"))])
        parsed = parse_mapped(table, mapping, tz, read_progress)
    return parsed, digest


@dataclass(frozen=True)
class FileHeader:
    """What the import dialog knows of a file before its preview: the columns, the first rows (the mapping
    dialog's samples), how it was read, and whether it is Shopify's orders export."""

    header: list[str]
    samples: list[list[str]]
    encoding: str  # "" for XLSX
    delimiter: str  # "" for XLSX
    shopify: bool


def read_header(path: str | Path, samples: int = 50) -> FileHeader:
    """The header and the first rows of a file (no database). Raises TableError or OSError when it cannot be
    read as a table."""
    table = open_table(Path(path))
    rows = [values for _row, values in islice(table, samples)]
    return FileHeader(table.header, rows, table.encoding, table.delimiter, looks_like_shopify(table.header))


def _preview(session: Session, parsed: ParsedFile, digest: str, plan: Plan | None) -> ImportPreview:
    before = session.scalar(select(ImportBatch.created_at).where(ImportBatch.sha256 == digest)
                            .order_by(ImportBatch.id.desc()).limit(1))
    planned = plan.orders if plan is not None else []
    warnings = plan.warnings if plan is not None else []
    return ImportPreview(
        filename=parsed.filename, format=parsed.format, source=parsed.source, encoding=parsed.encoding,
        delimiter={"\t": "tab"}.get(parsed.delimiter, parsed.delimiter), sha256=digest, rows=parsed.rows,
        # every order of the file: the new, updated, unchanged and skipped ones add up to it
        orders=len(parsed.orders) + len(parsed.skipped), lines=parsed.line_count,
        new=sum(1 for p in planned if p.action == "new"), updated=sum(1 for p in planned if p.action == "update"),
        unchanged=sum(1 for p in planned if p.action == "unchanged"),
        skipped=tuple([SkipInfo(s.row, s.external_number, s.reason) for s in parsed.skipped]
                      + [SkipInfo(p.record.row, p.record.external_number, p.reason) for p in planned if p.action == "skip"]),
        errors=tuple(parsed.errors), warnings=tuple(parsed.warnings + warnings),
        notes=tuple(parsed.notes + _status_notes(planned)),
        imported_before=before,
    )


def _status_notes(planned: list) -> list[str]:
    """What the import does to the status of the orders it writes (new or updated), said only when it does it:
    a file imported again, whose cancelled orders are already here unchanged, imports nothing as cancelled."""
    written = [p.record for p in planned if p.action in ("new", "update")]
    cancelled = sum(1 for r in written if r.status == "cancelled")
    shipped = sum(1 for r in written if r.status == "shipped")
    notes = []
    if cancelled:
        notes.append(msg("{count} cancelled or voided order(s): imported as cancelled, nothing to pack",
                         count=cancelled))
    if shipped:
        notes.append(msg("{count} order(s) already fulfilled in Shopify: imported as shipped, stock untouched",
                         count=shipped))
    return notes


@contextmanager
def _bulk_work() -> Iterator[None]:
    """Cyclic GC paused while a file's records are built: 100k small objects trigger collection after
    collection that find nothing (records hold no cycles); this halves the time of a big import."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def preview_orders_import(session: Session, path: str | Path, fmt: str = "auto", mapping: Mapping | None = None,
                          progress: Progress | None = None) -> ImportPreview:
    """Read the file and compare it with the database: counts, skips with reasons, errors. Writes nothing."""
    with _bulk_work():
        parsed, digest = read_orders_file(path, fmt, mapping, progress)
    with session.begin(), _bulk_work():
        plan = plan_orders(session, parsed) if not parsed.errors else None
        return _preview(session, parsed, digest, plan)


def apply_orders_import(session: Session, path: str | Path, fmt: str = "auto", mapping: Mapping | None = None,
                        progress: Progress | None = None, who: str = "") -> ImportResult:
    """Import all of the file or nothing: raises FileRefused (row and column of each error) when it has errors."""
    with _bulk_work():
        parsed, digest = read_orders_file(path, fmt, mapping, progress)
    if parsed.errors:
        raise FileRefused(parsed.filename, parsed.errors)
    with session.begin(), _bulk_work():
        take_write_lock(session)  # a second import of the same file at once waits, then finds these orders here
        plan = plan_orders(session, parsed)
        preview = _preview(session, parsed, digest, plan)

        def write_progress(done: int, total: int, text: str) -> None:
            if progress is not None:
                progress(READ_SHARE + (SCALE - READ_SHARE) * done // max(total, 1), SCALE, text)

        counts = (preview.new, preview.updated, len(preview.skipped))
        batch_id, new_ids, updated_ids = write_orders(session, parsed, plan, digest, counts, who, write_progress)
    return ImportResult(batch_id, preview, tuple(new_ids), tuple(updated_ids),
                        Changes(orders=frozenset(new_ids + updated_ids), bulk=True))


# --- saved mappings (mapped CSV/XLSX) ---------------------------------------------------------------------


def list_mappings(session: Session, kind: str = "orders") -> list[Mapping]:
    with session.begin():
        rows = session.execute(select(ImportMapping.name, ImportMapping.fields_json)
                               .where(ImportMapping.kind == kind).order_by(ImportMapping.name)).all()
    return [Mapping.from_json(text, default_name=name) for name, text in rows]


def save_mapping(session: Session, mapping: Mapping, kind: str = "orders") -> None:
    """Save (or replace) a mapping by its name."""
    from app.models.base import utcnow

    name = mapping.name.strip()
    if not name:
        raise DomainError(msg("Give the mapping a name."))
    if len(name) > 80:
        raise DomainError(msg("The mapping's name is too long (80 characters at most)."))
    with session.begin():
        row = session.scalar(select(ImportMapping).where(ImportMapping.name == name))
        if row is None:
            row = ImportMapping(name=name, kind=kind)
            session.add(row)
        row.fields_json = Mapping(name, mapping.fields).to_json()
        row.updated_at = utcnow()
