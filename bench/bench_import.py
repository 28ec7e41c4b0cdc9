"""Import rate of a Shopify orders CSV (>= 100k line rows) vs a bare sqlite3 executemany of the same rows.

    uv run python bench/bench_import.py [--orders 40000] [--runs 3]

The CSV has the 79 columns of a recent Shopify export, 1 to 4 line items per order (about 2.5 on average),
Polish names and addresses, the apostrophe guard on zip codes and phones, SKUs of a 500-product catalogue.
For each run: `apply_orders_import` into a fresh migrated file holding only the catalogue (reading the CSV,
planning against the database, writing customers, addresses, orders, lines, events and the search index,
one transaction). The baseline, measured in the same run: every row that import wrote, read back into
Python lists and written again with plain `sqlite3.executemany` in one transaction into another fresh file
with the same schema and indexes. Budget (DESIGN.md): >= 20,000 order lines/s and >= 1/5 of the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.db import open_database
from app.models import Product
from app.services.importing.orders import apply_orders_import
from bench.raw_copy import raw_copy
from tests.support.shop_files import make_csv

TABLES = ("customer", "import_batch", "address", '"order"', "order_line", "order_event")


def fresh_shop(path: Path) -> None:
    db = open_database(path, create=True)
    with db.session() as s, s.begin():
        s.add_all(Product(sku=f"SKU-{p:04d}", name=f"Produkt {p}", gross_price=Decimal(f"{10 + p % 90}.99"))
                  for p in range(1, 501))
    db.dispose()


def run_import(csv_path: Path, db_path: Path) -> float:
    fresh_shop(db_path)
    db = open_database(db_path, create=True)
    t0 = time.perf_counter()
    result = apply_orders_import(db.session(), csv_path, "shopify", who="bench")
    elapsed = time.perf_counter() - t0
    db.dispose()
    assert result.preview.errors == () and result.preview.new > 0
    return elapsed


def run_baseline(src: Path, dst: Path) -> float:
    fresh_shop(dst)
    return raw_copy(src, dst, TABLES)[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int, default=40_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="zaplecze-bench-import-"))
    csv_path = folder / "orders_export.csv"
    t0 = time.perf_counter()
    lines = make_csv(csv_path, args.orders)
    print(f"CSV: {args.orders:,} orders, {lines:,} line rows, {csv_path.stat().st_size / 1e6:.1f} MB "
          f"(made in {time.perf_counter() - t0:.1f} s)")
    ours, raw = [], []
    for run in range(args.runs):
        ours.append(run_import(csv_path, folder / f"import{run}.db"))
        raw.append(run_baseline(folder / f"import{run}.db", folder / f"raw{run}.db"))
        print(f"run {run + 1}: import {ours[-1]:.2f} s ({lines / ours[-1]:,.0f} lines/s), "
              f"raw executemany {raw[-1]:.2f} s")
    mo, mr = statistics.median(ours), statistics.median(raw)
    print(f"median import: {mo:.2f} s = {lines / mo:,.0f} order lines/s ({args.orders / mo:,.0f} orders/s)")
    print(f"median raw sqlite3 executemany of the same rows: {mr:.2f} s = {lines / mr:,.0f} lines/s")
    print(f"ratio import/raw speed: 1/{mo / mr:.2f} (budget: >= 20,000 lines/s and >= 1/5)")


if __name__ == "__main__":
    main()
