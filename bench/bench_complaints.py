"""The Complaints list and its counts at 50,000 cases (issue 16), vs a bare baseline query in the same run.

    uv run python bench/bench_complaints.py [--orders 50000] [--cases 50000] [--runs 15] [--db FILE]

Builds (or reuses, with --db of an existing file) a demo shop (`fill_demo`, --orders orders over 90 days) and
writes --cases complaints and returns on top of it in bulk with `exec_driver_sql` executemany (not the ORM), each on
a real order that went out (shipped, delivered, returned), with one or two of its lines, its customer's name, e-mail
and phone, the products' supplier. The mix, over the last 365 days: withdrawals 55 %, statutory liability 30 %,
damage in transport 10 %, guarantee 5 %; the shop's deadline 14 days after receipt; the recent ones mostly open in
every open status, a few older ones left open past their deadline, the rest decided (accepted or rejected, answered
a day to sixteen days after receipt: some late) or closed. The demo's orders span 90 days, so a case received
earlier names an order placed after it: nothing the list reads looks at that, and a year of cases keeps the open
ones a realistic few percent.

Then measures, as medians of --runs runs after one warm-up, each in a fresh session as the tab reads them:
- `listing.list_cases(session, view=..., today=...)` for every view (the first page of up to 500 rows, its
  products' text and how many match) and for typical searches;
- `listing.counts(session, today)` (the tab's title and the status bar);
- the Complaints tab's model reload (`app.ui.complaints.model.ComplaintsModel.reload` with a synchronous reader,
  its first page of 200 rows, then every cell of the 30 rows a window shows, as a view paints them), offscreen;
- the figures of the last 30 days and of the whole year (`figures.complaint_figures`).
Baseline, same run, same file: raw `sqlite3` `SELECT COUNT(*) FROM complaint` and `SELECT id, number, due_on FROM
complaint ORDER BY due_on LIMIT 500` (an index walk); beside it, for reference, the same two restricted to the open
statuses (`WHERE status IN (...)`), the least the open view must read.
The bytecode is compiled first, as an installed app has it.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
compileall.compile_dir(ROOT / "app", quiet=1)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db import open_database
from app.models.base import utcnow
from app.models.complaint import OPEN_STATUSES
from app.services.complaints import listing
from app.services.complaints.deadlines import shop_day
from app.services.complaints.figures import complaint_figures
from app.services.demo.shop import fill_demo

KINDS = (("withdrawal", 55), ("liability", 30), ("transport", 10), ("guarantee", 5))
REASONS = {"withdrawal": ("changed_mind",) * 6 + ("wrong_item", "not_as_described", "other"),
           "liability": ("defect",) * 5 + ("not_as_described", "missing_item"),
           "transport": ("damaged",), "guarantee": ("defect",)}
DEMANDS = {"withdrawal": ("refund",), "liability": ("repair", "replacement", "replacement", "price_reduction",
                                                     "refund"),
           "transport": ("replacement", "refund"), "guarantee": ("repair",)}
CHANNELS = ("email",) * 5 + ("phone", "phone", "chat", "letter", "in_person", "marketplace", "marketplace")
OPEN = tuple(OPEN_STATUSES)


def _status(rnd: random.Random, age: int) -> str:
    """Recent cases are mostly open; older ones decided or closed, a few forgotten (overdue)."""
    roll = rnd.random()
    if age <= 14:
        return rnd.choice(OPEN) if roll < 0.7 else "decided" if roll < 0.9 else "closed"
    if age <= 30:
        return rnd.choice(OPEN) if roll < 0.1 else "decided" if roll < 0.5 else "closed"
    return rnd.choice(OPEN) if roll < 0.003 else "decided" if roll < 0.05 else "closed"


def add_cases(path: Path, cases: int, today: date, seed: int = 16) -> None:
    """`cases` complaints with their lines on the shop's orders that went out, written with executemany."""
    rnd = random.Random(seed)
    db = open_database(path)
    with db.session() as s, s.begin():
        conn = s.connection()
        orders = conn.exec_driver_sql(
            "SELECT id, customer_id, customer_name, email, phone FROM \"order\" "
            "WHERE status IN ('shipped', 'delivered', 'returned')").fetchall()
        lines: dict[int, list[tuple]] = {}
        for row in conn.exec_driver_sql(
                "SELECT l.order_id, l.id, l.product_id, l.sku, l.name, l.unit_price, COALESCE(p.supplier, '') "
                "FROM order_line l LEFT JOIN product p ON p.id = l.product_id"):
            lines.setdefault(row[0], []).append(row[1:])
        orders = [o for o in orders if o[0] in lines]
        first = (conn.exec_driver_sql("SELECT MAX(id) FROM complaint").scalar() or 0) + 1
        numbers: dict[int, int] = {}  # the last number of each year: continue after the demo's own cases
        for (existing,) in conn.exec_driver_sql("SELECT number FROM complaint"):
            _rek, year, last = existing.split("/")[:3]
            numbers[int(year)] = max(numbers.get(int(year), 0), int(last))
        kinds = [k for k, share in KINDS for _ in range(share)]
        received_days = sorted(today - timedelta(days=rnd.randint(0, 364)) for _ in range(cases))
        complaint_rows, line_rows = [], []
        for n, received in enumerate(received_days):
            cid = first + n
            numbers[received.year] = numbers.get(received.year, 0) + 1
            number = f"REK/{received.year}/{numbers[received.year]:04d}"
            kind = rnd.choice(kinds)
            order_id, customer_id, name, email, phone = rnd.choice(orders)
            status = _status(rnd, (today - received).days)
            due = received + timedelta(days=14)
            answered = decided_at = decision = remedy = closed_at = None
            demand = rnd.choice(DEMANDS[kind])
            if status in ("decided", "closed"):
                answered = min(received + timedelta(days=rnd.choice((1, 2, 3, 5, 7, 9, 12, 14, 16))), today)
                decided_at = f"{answered.isoformat()} {rnd.randint(7, 17):02d}:{rnd.randint(0, 59):02d}:00.000001"
                decision = "accepted" if rnd.random() < 0.8 else "rejected"
                remedy = demand if decision == "accepted" else None
                if status == "closed":
                    closed_at = decided_at
            picked = rnd.sample(lines[order_id], min(len(lines[order_id]), rnd.choice((1, 1, 1, 2))))
            supplier = "" if kind == "withdrawal" else picked[0][5]
            stamp = f"{received.isoformat()} 09:00:00.000001"
            complaint_rows.append((
                cid, number, kind, rnd.choice(CHANNELS), received.isoformat(), status, order_id, customer_id, name,
                email, phone, "", demand, rnd.choice(REASONS[kind]), "Opis zgłoszenia klienta.", "", "", None, 0, 0,
                due.isoformat(), answered.isoformat() if answered else None, decision, remedy, "", decided_at,
                closed_at, supplier, stamp, "bench"))
            for line_id, product_id, sku, pname, price, _supplier in picked:
                line_rows.append((cid, line_id, product_id, sku, pname, 1, price, 0, 0))
        conn.exec_driver_sql(
            "INSERT INTO complaint (id, number, kind, channel, received_on, status, order_id, customer_id, "
            "customer_name, email, phone, address, demand, reason, description, guarantor, guarantee_terms, "
            "delivered_on, delivery_estimated, out_of_time, due_on, answered_on, decision, remedy, decision_reason, "
            "decided_at, closed_at, supplier, created_at, created_by) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", complaint_rows)
        conn.exec_driver_sql(
            "INSERT INTO complaint_line (complaint_id, order_line_id, product_id, sku, name, quantity, unit_price, "
            "restocked, written_off) VALUES (?,?,?,?,?,?,?,?,?)", line_rows)
    with db.engine.connect() as c:
        c.exec_driver_sql("ANALYZE")
    db.dispose()


def build(path: Path, orders: int, cases: int, today: date) -> None:
    t0 = time.perf_counter()
    db = open_database(path, create=True)
    fill_demo(db, orders=orders)
    db.dispose()
    t1 = time.perf_counter()
    add_cases(path, cases, today)
    print(f"built {path}: demo shop of {orders:,} orders in {t1 - t0:.1f} s, {cases:,} cases in "
          f"{time.perf_counter() - t1:.1f} s")


def median_ms(fn, runs: int) -> float:
    fn()  # warm the cache, as a user's second look would
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _model_reload(db, today: date):
    """The tab's model reload, or None when Qt is not there."""
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from app.ui.complaints.model import COLUMNS, CaseQuery, ComplaintsModel
    except ImportError:
        return None
    QApplication.instance() or QApplication(sys.argv[:1])
    model = ComplaintsModel()

    def reader(fn, on_done=None, on_error=None):  # the context's reader, synchronous (as in tests)
        with db.session() as s:
            result = fn(s)
        if on_done is not None:
            on_done(result)

    model.reader = reader
    model.query = CaseQuery(view="open", today=today)
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.DecorationRole)

    def reload() -> None:
        model.reload()
        for r in range(min(30, model.rowCount())):
            for c in range(COLUMNS):
                for role in roles:
                    model.data(model.index(r, c), role)

    return reload


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int, default=50_000)
    ap.add_argument("--cases", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    today = shop_day(utcnow())
    path = args.db or Path(tempfile.mkdtemp()) / "bench_complaints.db"
    if not path.exists():
        build(path, args.orders, args.cases, today)
    db = open_database(path)
    raw = sqlite3.connect(path)
    marks = ", ".join(f"'{s}'" for s in OPEN)

    def baseline() -> None:
        raw.execute("SELECT COUNT(*) FROM complaint").fetchone()
        raw.execute("SELECT id, number, due_on FROM complaint ORDER BY due_on LIMIT 500").fetchall()

    def raw_open() -> None:
        raw.execute(f"SELECT COUNT(*) FROM complaint WHERE status IN ({marks})").fetchone()
        raw.execute(f"SELECT id, number, due_on FROM complaint WHERE status IN ({marks}) ORDER BY due_on "
                    "LIMIT 500").fetchall()

    # Search words from the file itself: a surname, a case number, an order number, an e-mail, a product word.
    surname = raw.execute("SELECT customer_name FROM complaint ORDER BY id DESC LIMIT 1").fetchone()[0].split()[-1]
    number = raw.execute("SELECT number FROM complaint ORDER BY id DESC LIMIT 1 OFFSET 100").fetchone()[0]
    order_number = raw.execute("SELECT o.number FROM complaint c JOIN \"order\" o ON o.id = c.order_id "
                               "ORDER BY c.id DESC LIMIT 1 OFFSET 200").fetchone()[0]
    email = raw.execute("SELECT email FROM complaint WHERE email IS NOT NULL ORDER BY id DESC LIMIT 1 "
                        "OFFSET 300").fetchone()[0]
    product = raw.execute("SELECT name FROM complaint_line ORDER BY id DESC LIMIT 1").fetchone()[0].split()[0]
    stats = raw.execute("SELECT COUNT(*), SUM(status IN (" + marks + ")) FROM complaint").fetchone()

    def listed(view: str, search: str = "") -> int:
        with db.session() as s:
            return listing.list_cases(s, view=view, search=search, today=today).total

    def counted() -> None:
        with db.session() as s:
            listing.counts(s, today)

    def figures(days: int) -> None:
        with db.session() as s:
            complaint_figures(s, today - timedelta(days=days - 1), today, today=today)

    base = median_ms(baseline, args.runs)
    print(f"{path.name}: {stats[0]:,} cases, {stats[1]:,} open; today {today}")
    print(f"{'case':52} {'matches':>8} {'median ms':>10} {'x baseline':>10}")
    print(f"{'baseline: raw sqlite3 count + page of 500 by due day':52} {'':>8} {base:10.2f} {1:10.1f}")
    ms = median_ms(raw_open, args.runs)
    print(f"{'raw sqlite3: the same for the open statuses':52} {'':>8} {ms:10.2f} {ms / base:10.1f}")
    cases = [(f"view: {v}", v, "") for v in listing.VIEWS]
    cases += [(f"search all: surname '{surname}'", "all", surname), (f"search all: number '{number}'", "all", number),
              (f"search all: order '{order_number}'", "all", order_number),
              (f"search all: e-mail '{email}'", "all", email), (f"search all: product '{product}'", "all", product),
              (f"search open: surname '{surname}'", "open", surname), ("search all: no match 'zzzq'", "all", "zzzq")]
    for label, view, search in cases:
        total = listed(view, search)
        ms = median_ms(lambda v=view, q=search: listed(v, q), args.runs)
        print(f"{label[:52]:52} {total:8,} {ms:10.2f} {ms / base:10.1f}")
    ms = median_ms(counted, args.runs)
    print(f"{'counts (open, due soon, overdue)':52} {'':>8} {ms:10.2f} {ms / base:10.1f}")
    reload = _model_reload(db, today)
    if reload is not None:
        ms = median_ms(reload, args.runs)
        print(f"{'tab model reload: view open, 200 rows + 30 painted':52} {'':>8} {ms:10.2f} {ms / base:10.1f}")
    for label, days in (("figures: last 30 days", 30), ("figures: last 365 days", 365)):
        ms = median_ms(lambda d=days: figures(d), max(3, args.runs // 3))
        print(f"{label:52} {'':>8} {ms:10.2f} {ms / base:10.1f}")
    db.dispose()


if __name__ == "__main__":
    main()
