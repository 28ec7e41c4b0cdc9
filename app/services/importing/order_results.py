"""What an orders import would do (ImportPreview, with SkipInfo) and what it did (ImportResult): plain data.

Apart from the use cases (orders.py) so the bulk writer (order_writer.py), which records the preview's counts in
its batch, reads them without importing the use cases that call it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from app.config import SHOP_TZ_DEFAULT
from app.core.changes import Changes
from app.core.errors import RowError


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
        """The text the CLI prints: counts, decisions, then skips, errors and warnings (`limit` of each)."""
        lines = [f"{self.filename}: {self.format} export, {self.rows} rows, {self.orders} orders, {self.lines} lines",
                 (f"new: {self.new}, updated: {self.updated}, unchanged: {self.unchanged}, "
                  f"skipped: {len(self.skipped)}, errors: {len(self.errors)}, warnings: {len(self.warnings)}")]
        if self.imported_before is not None:
            when = self.imported_before.astimezone(ZoneInfo(SHOP_TZ_DEFAULT))
            lines.append(f"This file was imported already on {when:%Y-%m-%d %H:%M}.")
        lines += self.notes
        for label, items in (("skipped", [f"row {s.row} (#{s.external_number}): {s.reason}" for s in self.skipped]),
                             ("error", [str(e) for e in self.errors]), ("warning", [str(w) for w in self.warnings])):
            lines += [f"{label} {text}" for text in items[:limit]]
            if len(items) > limit:
                lines.append(f"... and {len(items) - limit} more {label} line(s) (--json lists them all)")
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
        return (f"Imported {p.filename}: {p.new} new, {p.updated} updated, {p.unchanged} unchanged, "
                f"{len(p.skipped)} skipped.")
