"""Bulk inserts at raw sqlite3 speed that still respect the models' column defaults.

`exec_driver_sql` with a list of tuples is the fastest way in (DESIGN.md: the ORM runs at ~1/30 of it).
The catch is that it bypasses SQLAlchemy's Python-side defaults, so a column another issue adds to a
model later (NOT NULL with `default=...`) would break a hand-written INSERT. `BulkInsert` looks at the
table in `Base.metadata` and appends every column the caller did not name with its default value,
already converted the way the column type would bind it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Table

from app.models import Base

_EPOCH = datetime(1970, 1, 1)


def sqlite_utc(us: int) -> str:
    """Epoch microseconds -> the text SQLAlchemy's SQLite DateTime stores ('YYYY-MM-DD HH:MM:SS.ffffff').

    The lowest bit is forced on, so the microseconds are never zero and str() always prints them,
    keeping every stored value the same width (string comparison = time comparison).
    """
    return str(_EPOCH + timedelta(microseconds=us | 1))


class BulkInsert:
    """INSERT for one table with the given columns first and the defaults of all the others after them."""

    def __init__(self, conn: Connection, table_name: str, columns: Sequence[str]) -> None:
        table: Table = Base.metadata.tables[table_name]
        dialect = conn.dialect
        self.conn = conn
        self.extra: tuple = ()
        names = list(columns)
        extra = []
        for col in table.columns:
            if col.name in columns:
                continue
            if col.default is not None and (col.default.is_scalar or col.default.is_callable):
                value = col.default.arg if col.default.is_scalar else col.default.arg(None)
                if isinstance(value, datetime) and value.tzinfo is None:
                    value = value.replace(tzinfo=UTC)
                proc = col.type.dialect_impl(dialect).bind_processor(dialect)
                names.append(col.name)
                extra.append(proc(value) if proc else value)
            elif col.server_default is None and not col.nullable and not col.primary_key:
                raise RuntimeError(f"bulk insert into {table_name} does not fill the required column {col.name}")
        self.extra = tuple(extra)
        quote = dialect.identifier_preparer.quote
        marks = ", ".join("?" if dialect.paramstyle == "qmark" else "%s" for _ in names)
        self.sql = f"INSERT INTO {quote(table_name)} ({', '.join(quote(n) for n in names)}) VALUES ({marks})"

    def __call__(self, rows: list[tuple]) -> int:
        if not rows:
            return 0
        if self.extra:
            extra = self.extra
            rows = [row + extra for row in rows]
        self.conn.exec_driver_sql(self.sql, rows)
        return len(rows)


def sync_id_sequences(conn: Connection, table_names: Iterable[str] | None = None) -> None:
    """After rows were written with ids we gave out: on PostgreSQL move each table's id sequence past them, or the
    next ordinary insert (the ORM's) takes an id already used. SQLite's rowid needs nothing."""
    if conn.dialect.name != "postgresql":
        return
    names = table_names if table_names is not None else [
        t.name for t in Base.metadata.sorted_tables if "id" in t.columns and t.columns["id"].primary_key]
    for name in names:
        conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
                             f"(SELECT COALESCE(MAX(id), 0) + 1 FROM \"{name}\"), false)")
