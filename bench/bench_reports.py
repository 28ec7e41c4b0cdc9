"""The Today view's figures and each report figure at 200,000 orders (issue 18), vs a bare baseline in the same run.

    uv run zaplecze demo-data --db bench/out/r200k.db --orders 200000      # once, ~2-6 min
    uv run python bench/bench_reports.py --db bench/out/r200k.db [--runs 15] [--dump FILE]

The shop is the demo's (`fill_demo`): 200,000 orders over the 90 days before it was made, their history, lines,
shipments, invoices and complaints. Its own last moment (the newest order) stands for "now", so the figures look at
the same days whenever the file was made.

Measured, as medians of --runs runs after one warm-up, each in a fresh session as the UI's reader opens one:
- `settings.today_for_shop(session, now=...)` (what the Today tab reads: `today_figures` with the shop's own
  settings, every active carrier's cut-off) at three moments: the file's own last moment (whatever day that is),
  the last working day before it at 16:30 in the shop (after every carrier's cut-off: the promised / late sums
  look at the orders' history), and the next working day after it at 09:00 (the morning, before the cut-offs);
- each figure of `figures` for the last whole month of the file (step "day") and for the year up to its last day
  (step "month": every order of the file): orders_and_revenue, top_products, time_to_ship,
  returns_and_complaints_rate_per_product, complaint_handling, stock_value_and_cover, by_source, by_carrier.
Baseline, same run, same file: raw `sqlite3` `SELECT COUNT(*) FROM "order"` (the least any figure over the
orders costs); beside it, for reference, the raw count and sum of the orders of each period over the
`created_at` index (the least a period's figure reads).

--dump FILE writes every result (its repr) once, to check that a change to the queries leaves the answers alone
(diff two dumps). The bytecode is compiled first, as an installed app has it.
"""

from __future__ import annotations

import argparse
import compileall
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
compileall.compile_dir(ROOT / "app", quiet=1)

from app.config import SHOP_TZ_DEFAULT
from app.db import open_database
from app.services.reports import figures
from app.services.reports._period import Period, utc_range
from app.services.reports._today_days import last_working_day_before, working_day
from app.services.reports.settings import read_report_settings, today_for_shop

ZONE = ZoneInfo(SHOP_TZ_DEFAULT)


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm the cache, as a user's second look would
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _next_working_day(day: date) -> date:
    day += timedelta(days=1)
    while not working_day(day):
        day += timedelta(days=1)
    return day


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=ROOT / "bench/out/r200k.db")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--dump", type=Path, help="write each figure's result here (repr), to diff two versions")
    ap.add_argument("--only", default="", help="run only the cases whose label contains this")
    args = ap.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db} does not exist; make it with: uv run zaplecze demo-data --db {args.db} "
                         "--orders 200000")
    db = open_database(args.db)  # migrates an older file (a backup first)
    raw = sqlite3.connect(args.db)
    count, first, last = raw.execute('SELECT COUNT(*), MIN(created_at), MAX(created_at) FROM "order"').fetchone()
    end = datetime.fromisoformat(last).replace(tzinfo=UTC)
    local_end = end.astimezone(ZONE)
    today = local_end.date()
    month_end = today.replace(day=1) - timedelta(days=1)
    month = Period(month_end.replace(day=1), month_end, "day")
    year = Period(today - timedelta(days=364), today, "month")
    moments = {
        f"file's last moment ({local_end:%a %Y-%m-%d %H:%M})": end,
        f"working day after cut-offs ({last_working_day_before(today):%a %Y-%m-%d} 16:30)":
            datetime.combine(last_working_day_before(today), clock(16, 30), ZONE),
        f"next morning ({_next_working_day(today):%a %Y-%m-%d} 09:00)":
            datetime.combine(_next_working_day(today), clock(9, 0), ZONE),
    }

    def baseline() -> None:
        raw.execute('SELECT COUNT(*) FROM "order"').fetchone()

    def raw_period(period: Period) -> Callable[[], None]:
        lo, hi = utc_range(period, SHOP_TZ_DEFAULT)
        bounds = (lo.strftime("%Y-%m-%d %H:%M:%S.%f"), hi.strftime("%Y-%m-%d %H:%M:%S.%f"))
        return lambda: raw.execute('SELECT COUNT(*), SUM(total) FROM "order" WHERE created_at >= ? AND '
                                   "created_at < ?", bounds).fetchone()

    def fresh(fn: Callable) -> Callable[[], object]:
        def run() -> object:
            with db.session() as s:
                return fn(s)
        return run

    cases: list[tuple[str, Callable[[], object] | None]] = []
    for label, now in moments.items():
        cases.append((f"today_for_shop: {label}", fresh(lambda s, n=now: today_for_shop(s, now=n))))
    for name, period in (("month", month), ("year", year)):
        cases.append((f"raw sqlite3: count + sum of the {name}'s orders", raw_period(period)))
        cases += [
            (f"{name}: orders_and_revenue", fresh(lambda s, p=period: figures.orders_and_revenue(s, p))),
            (f"{name}: top_products", fresh(lambda s, p=period: figures.top_products(s, p))),
            (f"{name}: time_to_ship", fresh(lambda s, p=period: figures.time_to_ship(s, p, now=end))),
            (f"{name}: returns_and_complaints_rate_per_product",
             fresh(lambda s, p=period: figures.returns_and_complaints_rate_per_product(s, p))),
            (f"{name}: complaint_handling",
             fresh(lambda s, p=period: figures.complaint_handling(s, p, today=today))),
            (f"{name}: by_source", fresh(lambda s, p=period: figures.by_source(s, p))),
            (f"{name}: by_carrier", fresh(lambda s, p=period: figures.by_carrier(s, p))),
        ]
    cases.append(("stock_value_and_cover", fresh(lambda s: figures.stock_value_and_cover(s, today))))

    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    base = median_ms(baseline, args.runs)
    print(f"{args.db.name}: {count:,} orders, {first[:16]} .. {last[:16]} UTC; month {month.start}..{month.end}, "
          f"year {year.start}..{year.end}")
    with db.session() as s:
        settings = read_report_settings(s)
    print("cut-offs: " + ", ".join(f"{c.carrier} {c.cutoff}" for c in settings.cutoffs))
    print(f"{'case':72} {'median ms':>10} {'x baseline':>10}")
    print(f"{'baseline: raw sqlite3 COUNT(*) of the orders':72} {base:10.2f} {1:10.1f}")
    for label, fn in cases:
        if args.only not in label:
            continue
        if dump is not None and not label.startswith("raw"):
            dump.write(f"{label}\n{fn()!r}\n\n")
        ms = median_ms(fn, args.runs)
        print(f"{label[:72]:72} {ms:10.2f} {ms / base:10.1f}", flush=True)
    if dump is not None:
        dump.close()
    db.dispose()


if __name__ == "__main__":
    main()
