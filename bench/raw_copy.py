"""The bare baseline of the write benchmarks: the very rows a run wrote, read back into Python lists and written
again with plain sqlite3 `executemany` (one transaction, same schema and indexes, WAL as the app runs it)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path


def raw_copy(src: Path, dst: Path, tables: tuple[str, ...]) -> tuple[float, int]:
    """Seconds to write `tables` (and the orders search index) of src into the fresh shop dst; rows written."""
    con = sqlite3.connect(src)
    data = {t: con.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    data["order_fts(rowid, body)"] = con.execute("SELECT rowid, body FROM order_fts").fetchall()
    con.close()
    out = sqlite3.connect(dst)
    out.execute("PRAGMA journal_mode=WAL")
    out.execute("PRAGMA synchronous=NORMAL")
    out.execute("PRAGMA foreign_keys=ON")
    t0 = time.perf_counter()
    with out:
        for target, rows in data.items():
            if rows:
                out.executemany(f"INSERT INTO {target} VALUES ({', '.join('?' * len(rows[0]))})", rows)
    elapsed = time.perf_counter() - t0
    out.close()
    return elapsed, sum(len(rows) for rows in data.values())
