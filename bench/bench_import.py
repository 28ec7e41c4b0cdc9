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
import csv
import random
import sqlite3
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

sys.path.insert(0, str(ROOT / "tests" / "data" / "import"))
from make_fixtures import SHOPIFY_HEADER

TABLES = ("customer", "import_batch", "address", '"order"', "order_line", "order_event")
FIRST = ("Ania", "Jan", "Zofia", "Piotr", "Małgorzata", "Łukasz", "Żaneta", "Grzegorz", "Ewa", "Tomasz")
LAST = ("Kowalska", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Dąbrowska")
CITIES = (("Warszawa", "00-950"), ("Kraków", "30-001"), ("Łódź", "90-001"), ("Gdańsk", "80-001"),
          ("Poznań", "60-001"), ("Wrocław", "50-001"))


def make_csv(path: Path, orders: int, seed: int = 7) -> int:
    rnd = random.Random(seed)
    ix = {h: i for i, h in enumerate(SHOPIFY_HEADER)}
    lines = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(SHOPIFY_HEADER)
        for n in range(orders):
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            city, zip_ = rnd.choice(CITIES)
            email = f"klient{n}@example.pl"
            created = f"2026-{1 + n % 11:02d}-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00 +0100"
            items = [(rnd.randint(1, 3), rnd.randint(1, 500)) for _ in range(rnd.choice((1, 2, 2, 3, 3, 4)))]
            subtotal = sum(q * Decimal(f"{10 + p % 90}.99") for q, p in items)
            for i, (qty, p) in enumerate(items):
                row = [""] * len(SHOPIFY_HEADER)
                row[ix["Name"]], row[ix["Email"]], row[ix["Created at"]] = f"#{1000 + n}", email, created
                row[ix["Lineitem quantity"]], row[ix["Lineitem name"]] = str(qty), f"Produkt {p}"
                row[ix["Lineitem price"]], row[ix["Lineitem sku"]] = f"{10 + p % 90}.99", f"SKU-{p:04d}"
                row[ix["Lineitem requires shipping"]] = row[ix["Lineitem taxable"]] = "true"
                row[ix["Lineitem fulfillment status"]] = "pending"
                if i == 0:
                    street = f"ul. Długa {n % 200 + 1}"
                    for side in ("Billing", "Shipping"):
                        row[ix[f"{side} Name"]], row[ix[f"{side} Street"]] = name, street
                        row[ix[f"{side} Address1"]], row[ix[f"{side} City"]] = street, city
                        row[ix[f"{side} Zip"]], row[ix[f"{side} Country"]] = f"'{zip_}", "PL"
                        row[ix[f"{side} Phone"]] = f"'+48 600 {n % 1000:03d} {n % 997:03d}"
                    row[ix["Financial Status"]] = "paid" if n % 5 else "pending"
                    row[ix["Fulfillment Status"]], row[ix["Currency"]] = "unfulfilled", "PLN"
                    row[ix["Subtotal"]], row[ix["Shipping"]] = str(subtotal), "12.99"
                    row[ix["Total"]], row[ix["Discount Amount"]] = str(subtotal + Decimal("12.99")), "0.00"
                    row[ix["Shipping Method"]], row[ix["Payment Method"]] = "InPost Paczkomaty 24/7", "Przelewy24"
                    row[ix["Id"]], row[ix["Risk Level"]], row[ix["Source"]] = str(5500000000 + n), "Low", "web"
                    row[ix["Tax 1 Name"]] = "PL VAT 23%"
                w.writerow(row)
                lines += 1
    return lines


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
    con = sqlite3.connect(src)
    data = {t: con.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    data["order_fts"] = con.execute("SELECT rowid, body FROM order_fts").fetchall()
    con.close()
    out = sqlite3.connect(dst)
    out.execute("PRAGMA journal_mode=WAL")
    out.execute("PRAGMA synchronous=NORMAL")
    out.execute("PRAGMA foreign_keys=ON")
    t0 = time.perf_counter()
    with out:
        for table, rows in data.items():
            if not rows:
                continue
            cols = "rowid, body" if table == "order_fts" else None
            marks = ", ".join("?" * len(rows[0]))
            target = f"{table}({cols})" if cols else table
            out.executemany(f"INSERT INTO {target} VALUES ({marks})", rows)
    elapsed = time.perf_counter() - t0
    out.close()
    return elapsed


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
