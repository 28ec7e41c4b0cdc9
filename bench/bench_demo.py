"""Demo data generation at 200k orders vs a bare sqlite3 executemany of the very same rows.

    uv run python bench/bench_demo.py [--orders 200000] [--runs 3]

For each run: `fill_demo` into a fresh migrated file (generation + writing + search index), then the
baseline: every row that run wrote, read back into Python lists and written again with plain
`sqlite3.executemany` (one transaction, same schema and indexes) into another fresh file. The ratio
says what generating realistic data costs on top of merely storing it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import open_database
from app.services.demo.shop import fill_demo
from bench.raw_copy import raw_copy

TABLES = ("product", "customer", "import_batch", "address", '"order"', "order_line", "order_event",
          "stock_document", "stock_movement")


def fresh(path: Path) -> None:
    open_database(path, create=True).dispose()


def baseline(src: Path, dst: Path) -> tuple[float, int]:
    fresh(dst)
    return raw_copy(src, dst, TABLES)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    demo_times, base_times, rows = [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            path = Path(tmp) / f"demo{run}.db"
            fresh(path)
            db = open_database(path, create=True)
            t0 = time.perf_counter()
            fill_demo(db, orders=args.orders, seed=7 + run)
            demo_times.append(time.perf_counter() - t0)
            db.dispose()
            b, rows = baseline(path, Path(tmp) / f"base{run}.db")
            base_times.append(b)
            print(f"run {run + 1}: demo {demo_times[-1]:.1f} s, raw executemany of the same {rows:,} rows {b:.1f} s",
                  flush=True)
            for p in Path(tmp).glob("*.db*"):
                p.unlink()
    demo, base = statistics.median(demo_times), statistics.median(base_times)
    print(f"\norders: {args.orders:,}  rows written (all tables + search index): {rows:,}")
    print(f"fill_demo median: {demo:.1f} s  ({rows / demo:,.0f} rows/s, {args.orders / demo:,.0f} orders/s)")
    print(f"raw sqlite3 executemany of the same rows, median: {base:.1f} s  ({rows / base:,.0f} rows/s)")
    print(f"ratio demo / raw: {demo / base:.2f}")


if __name__ == "__main__":
    main()
