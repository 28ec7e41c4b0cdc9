"""The Stock tab's list and search at 50,000 products and 2,000,000 movements, vs a bare baseline query.

    uv run python bench/bench_stock.py [--products 50000] [--movements 2000000] [--runs 15] [--db FILE]

Builds (or reuses, with --db of an existing file) a migrated file filled in bulk with exec_driver_sql:
products with Polish-ish names, EANs, locations and reorder points; stock documents and their movements
over the last 180 days (receipts, goods issues, adjustments) with balances set to the sum of the movements.
Then measures, as medians, exactly what the Stock tab runs per reload or keystroke (count + first page
of 256 rows through app.services.stock.listing, days of cover included), next to a bare baseline in the same
run: raw sqlite3 `SELECT ... FROM product ORDER BY sku LIMIT 256` on the same file.

    uv run python bench/bench_stock.py --shop FILE     # FILE from `zaplecze demo-data --orders 200000`

measures the Stock tab's whole reload on a demo shop instead (issue 12): `stock_first` (first page of 256 rows
with days of cover, and the count, in one transaction) + `filter_counts`, exactly as the tab reads them, next to
the same bare baseline, and beside it the days of cover summed from the ledger alone (the query before
stock_sales_day) for the same page, so the before and after come from the same run.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text

from app.core.gtin import check_digit
from app.db import open_database
from app.services.stock.listing import count_stock, filter_counts, sales_per_day, stock_first, stock_page

WORDS = ("Kubek", "Talerz", "Miska", "Dzbanek", "Koszulka", "Bluza", "Skarpety", "Czapka", "Kawa", "Herbata",
         "Miód", "Konfitura", "Pierniki", "Czekolada", "Deska", "Fartuch", "Świeca", "Donica", "Koc", "Poduszka")
COLOURS = ("biały", "czarny", "granatowy", "zielony", "szary", "czerwony", "musztardowy", "różowy")
STAMP = "2026-11-01 10:00:00.000000"


def build(path: Path, products: int, movements: int) -> None:
    rnd = random.Random(7)
    db = open_database(path, create=True)
    t0 = time.perf_counter()
    with db.session() as s, s.begin():
        conn = s.connection()
        rows = []
        for i in range(1, products + 1):
            body = f"590{i:09d}"
            word = WORDS[i % len(WORDS)]
            rows.append((i, f"{word[:3].upper()}-{i:06d}", body + str(check_digit(body)),
                         f"{word} {COLOURS[i % len(COLOURS)]} nr {i}", "29.90", "23", f"{chr(65 + i % 20)}-{i % 50:02d}-{i % 7}",
                         f"Dostawca {i % 40}", rnd.choice((0, 3, 5, 10)), 0, 7, word, 1, STAMP, STAMP, 0, 0))
        conn.exec_driver_sql(
            "INSERT INTO product (id, sku, ean, name, gross_price, vat_rate, location, supplier, reorder_point, "
            "reorder_qty, lead_time_days, group_name, active, created_at, updated_at, on_hand, reserved) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        start = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=180)
        days = [(start + timedelta(days=d, hours=10)).isoformat(sep=" ", timespec="microseconds") for d in range(181)]
        per_doc = 10
        docs = movements // per_doc
        kinds = ("PZ", "WZ", "WZ", "WZ", "KOR")
        conn.exec_driver_sql(
            "INSERT INTO stock_document (id, kind, number, created_at, who, supplier, supplier_document, note) "
            "VALUES (?,?,?,?,?,?,?,?)",
            [(d, kinds[d % 5], f"{kinds[d % 5]} {d}/2026", STAMP, "bench", "", "", "") for d in range(1, docs + 1)])
        batch = []
        for m in range(movements):
            doc = m // per_doc + 1
            kind = kinds[doc % 5]
            qty = rnd.randint(5, 40) if kind == "PZ" else (-rnd.randint(1, 3) if kind == "WZ" else rnd.randint(-1, 2))
            reason = {"PZ": "receipt", "WZ": "issue"}.get(kind, "adjustment")
            batch.append((doc, rnd.randint(1, products), qty, reason, "bench", days[doc * 180 // (docs + 1)], ""))
            if len(batch) == 200_000:
                conn.exec_driver_sql("INSERT INTO stock_movement (document_id, product_id, quantity, reason, who, at, "
                                     "note) VALUES (?,?,?,?,?,?,?)", batch)
                batch = []
        if batch:
            conn.exec_driver_sql("INSERT INTO stock_movement (document_id, product_id, quantity, reason, who, at, note) "
                                 "VALUES (?,?,?,?,?,?,?)", batch)
        conn.exec_driver_sql("UPDATE product SET on_hand = m.total FROM (SELECT product_id, SUM(quantity) AS total "
                             "FROM stock_movement GROUP BY product_id) m WHERE m.product_id = product.id")
    with db.engine.connect() as c:
        c.exec_driver_sql("ANALYZE")
    db.dispose()
    print(f"built {path} in {time.perf_counter() - t0:.1f} s")


def median_ms(fn, runs: int) -> float:
    fn()  # warm the cache, as a user's second keystroke would
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def ledger_only(session, product_ids: list[int]) -> dict[int, float]:
    """Days of cover's sums as the list read them before stock_sales_day: every goods issue of 90 days."""
    from sqlalchemy import bindparam

    from app.models.base import UTCDateTime, utcnow

    now = utcnow()
    marks = ", ".join(str(int(i)) for i in product_ids)
    rows = session.execute(text(
        f"SELECT product_id, -SUM(CASE WHEN at >= :since30 THEN quantity ELSE 0 END), -SUM(quantity) "
        f"FROM stock_movement WHERE product_id IN ({marks}) AND at >= :since90 AND reason = 'issue' "
        f"GROUP BY product_id").bindparams(bindparam("since30", type_=UTCDateTime()),
                                           bindparam("since90", type_=UTCDateTime())),
        {"since30": now - timedelta(days=30), "since90": now - timedelta(days=90)}).all()
    return {pid: sales_per_day(q30, q90) for pid, q30, q90 in rows}


def shop_reload(path: Path, runs: int) -> None:
    """The Stock tab's reload on a demo shop: first page + count, and the counts per filter."""
    db = open_database(path)
    raw = sqlite3.connect(path)

    def baseline() -> None:
        raw.execute("SELECT COUNT(*) FROM product").fetchone()
        raw.execute("SELECT id, sku, ean, name, location, on_hand, reserved FROM product ORDER BY sku LIMIT 256").fetchall()

    def reload() -> None:
        with db.session() as s:
            stock_first(s, "active", "", limit=256)
        with db.session() as s:
            filter_counts(s)

    with db.session() as s:
        ids = [r.id for r in stock_page(s, "active", "", limit=256)]
    with db.session() as s, s.begin():
        issues = s.execute(text(
            "SELECT COUNT(*) FROM stock_movement WHERE reason = 'issue'")).scalar_one()

    def before() -> None:
        with db.session() as s, s.begin():
            ledger_only(s, ids)

    with db.session() as s, s.begin():
        from app.services.stock.listing import sold_per_day

        assert sold_per_day(s, ids) == ledger_only(s, ids), "stock_sales_day disagrees with the ledger"
    base = median_ms(baseline, runs)
    print(f"{path.name}: {len(ids)} products on the first page, {issues:,} goods issue movements")
    print(f"{'case':52} {'median ms':>10} {'x baseline':>10}")
    print(f"{'baseline: raw sqlite3 count + page':52} {base:10.2f} {1:10.1f}")
    for label, fn in (("reload: first page + count + filter counts", reload),
                      ("  of which before: 90 days of issues from the ledger", before)):
        ms = median_ms(fn, runs)
        print(f"{label:52} {ms:10.2f} {ms / base:10.1f}")
    db.dispose()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shop", type=Path, help="a demo shop (zaplecze demo-data): measure the tab's reload on it")
    ap.add_argument("--products", type=int, default=50_000)
    ap.add_argument("--movements", type=int, default=2_000_000)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    if args.shop:
        shop_reload(args.shop, args.runs)
        return
    path = args.db or Path(tempfile.mkdtemp()) / "bench_stock.db"
    if not path.exists():
        build(path, args.products, args.movements)
    db = open_database(path, create=True)
    raw = sqlite3.connect(path)

    def baseline() -> None:
        raw.execute("SELECT COUNT(*) FROM product").fetchone()
        raw.execute("SELECT id, sku, ean, name, location, on_hand, reserved FROM product ORDER BY sku LIMIT 256").fetchall()

    def stock(filter_key: str, search: str) -> None:
        with db.session() as s:
            count_stock(s, filter_key, search)
            stock_page(s, filter_key, search, offset=0, limit=256)

    base = median_ms(baseline, args.runs)
    cases = [("list: count + first page (active)", "active", ""), ("filter: low stock", "low", ""),
             ("filter: out of stock", "out", ""), ("type 'k'", "active", "k"), ("type 'kub'", "active", "kub"),
             ("type 'kubek bia'", "active", "kubek bia"), ("type a location 'C-1'", "active", "C-1"),
             ("type an SKU prefix 'KUB-0001'", "active", "KUB-0001"), ("scan an EAN + Enter", "active", "5900000123455"),
             ("no match 'zzz'", "active", "zzz")]
    print(f"{'case':40} {'median ms':>10} {'x baseline':>10}")
    print(f"{'baseline: raw sqlite3 count + page':40} {base:10.2f} {1:10.1f}")
    for label, key, search in cases:
        ms = median_ms(lambda k=key, q=search: stock(k, q), args.runs)
        print(f"{label:40} {ms:10.2f} {ms / base:10.1f}")
    from app.services.shopfile.check import check_database

    t0 = time.perf_counter()
    faults = check_database(db)
    print(f"zaplecze check (integrity + all invariants): {time.perf_counter() - t0:.2f} s, faults: {len(faults)}")


if __name__ == "__main__":
    main()
