"""Customer search at 100,000 customers and 1,000,000 contacts, and the card of a customer with 500 orders (issue
17), vs a bare baseline query in the same run.

    uv run python bench/bench_customers.py [--orders 100000] [--customers 100000] [--contacts 1000000] [--runs 15]
                                           [--db FILE]

Builds (or reuses, with --db of an existing file) a demo shop (`fill_demo`, --orders orders over 90 days), then in
bulk with `exec_driver_sql` executemany (not the ORM):
- more customers, until there are --customers in all, with the demo's own names, e-mails, phones, companies and
  NIPs (`make_customers`, another seed), the new ones without orders (a shop that imported its old customer list);
- --contacts contacts spread over every customer (a few customers talk a lot: the count per customer is skewed),
  over the last two years, across channels, directions and topics, a short Polish note each, one in 50 with a
  follow-up (most done; the open ones due from a month ago to a week ahead), one in three tied to one of the
  customer's orders;
- one customer, the busiest, is given 500 of the shop's orders (their shipments, invoices and complaints follow
  their orders) and 400 contacts.
The triggers keep the search index as the rows go in; ANALYZE afterwards, as `zaplecze check` leaves a shop.

Then measures, as medians of --runs runs after one warm-up, each in a fresh session as the tab reads them:
- `search.list_customers(session, search=...)`: the first page of up to 500 rows, their orders, last order and
  value, and how many match, for typical searches (a phone typed with spaces, with +48, as bare digits; part of an
  e-mail; a surname; a company; a NIP with dashes; an order number; a tracking number; nothing matching), and the
  views;
- `card.customer_card` and `card.timeline` of the customer with 500 orders (every order, status change, shipment,
  invoice, complaint and contact: the whole timeline, not a page);
- `contacts.follow_up_counts` and `contacts.follow_ups(view="due")` (the tab's title, the status bar and the
  to-do list);
- `merging.find_duplicates` (the merge dialog's suggestions).
Baseline, same run, same file: raw `sqlite3` `SELECT COUNT(*) FROM customer` and `SELECT id, name FROM customer
ORDER BY id LIMIT 500`.
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
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
compileall.compile_dir(ROOT / "app", quiet=1)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db import open_database
from app.models.base import utcnow
from app.models.customer import CONTACT_CHANNELS, TOPICS
from app.services.complaints.deadlines import shop_day
from app.services.demo.people import make_customers
from app.services.demo.shop import fill_demo

NOTES = ("Pyta, kiedy paczka dotrze.", "Prosi o zmianę adresu dostawy na pracę.", "Chce zwrócić kubek, za mały.",
         "Reklamacja: pęknięte ucho, wyśle zdjęcia.", "Pyta o pojemność dzbanka.", "Nie dostała linku do płatności.",
         "Podziękowała za szybką wysyłkę.", "Oddzwonić po 16:00.", "Prosi o fakturę na firmę.")
BUSY_ORDERS = 500
BUSY_CONTACTS = 400


def _stamp(dt: datetime) -> str:
    return dt.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def add_customers_and_contacts(path: Path, customers: int, contacts_n: int, today: date, seed: int = 17) -> int:
    """Customers up to `customers`, `contacts_n` contacts, and a customer with 500 orders; returns that one's id."""
    rnd = random.Random(seed)
    db = open_database(path)
    now = utcnow()
    with db.session() as s, s.begin():
        conn = s.connection()
        have = conn.exec_driver_sql("SELECT COUNT(*) FROM customer").scalar()
        first = (conn.exec_driver_sql("SELECT MAX(id) FROM customer").scalar() or 0) + 1
        more = make_customers(rnd, max(0, customers - have))
        rows = []
        for n, c in enumerate(more):
            email = c.email.replace("@", f".{first + n}@")  # another seed's names repeat the demo's: keep them apart
            created = now - timedelta(days=rnd.randint(0, 2000), seconds=rnd.randint(0, 86_399))
            rows.append((first + n, c.name, email, c.phone, c.company or None, c.nip or None, _stamp(created), "",
                         ""))
        conn.exec_driver_sql("INSERT INTO customer (id, name, email, phone, company, nip, created_at, tags, notes) "
                             "VALUES (?,?,?,?,?,?,?,?,?)", rows)
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM customer ORDER BY id")]
        # The busiest customer: 500 orders that went out (with their shipments, invoices and complaints).
        busy = ids[0]
        conn.exec_driver_sql(
            "UPDATE \"order\" SET customer_id = ? WHERE id IN (SELECT id FROM \"order\" WHERE status IN "
            "('shipped', 'delivered', 'returned', 'cancelled', 'new', 'ready') ORDER BY id LIMIT ?)",
            (busy, BUSY_ORDERS))
        conn.exec_driver_sql("UPDATE complaint SET customer_id = ? WHERE order_id IN (SELECT id FROM \"order\" "
                             "WHERE customer_id = ?)", (busy, busy))
        orders_of: dict[int, list[int]] = {}
        for oid, cid in conn.exec_driver_sql("SELECT id, customer_id FROM \"order\" WHERE customer_id IS NOT NULL"):
            orders_of.setdefault(cid, []).append(oid)
        # Skewed: a few customers talk a lot (a Pareto draw per contact over the ids).
        weights = [1.0 / (1 + (i % 997)) ** 0.6 for i in range(len(ids))]
        owners = rnd.choices(ids, weights=weights, k=contacts_n - BUSY_CONTACTS) + [busy] * BUSY_CONTACTS
        channels = list(CONTACT_CHANNELS)
        batch = []
        first_contact = (conn.exec_driver_sql("SELECT MAX(id) FROM contact").scalar() or 0) + 1
        for n, cid in enumerate(owners):
            at = now - timedelta(days=rnd.randint(0, 730), seconds=rnd.randint(0, 86_399))
            follow = done = None
            if rnd.random() < 0.02:
                follow_day = today + timedelta(days=rnd.randint(-30, 7))
                follow = follow_day.isoformat()
                if follow_day < today - timedelta(days=2) and rnd.random() < 0.9:
                    done = _stamp(at + timedelta(days=1))
            own = orders_of.get(cid)
            order_id = rnd.choice(own) if own and rnd.random() < 0.33 else None
            batch.append((first_contact + n, cid, order_id, _stamp(at), "Anna Nowak", rnd.choice(channels),
                          "in" if rnd.random() < 0.7 else "out", rnd.choice(TOPICS), rnd.choice(NOTES), follow, done))
            if len(batch) == 50_000:
                conn.exec_driver_sql("INSERT INTO contact (id, customer_id, order_id, at, who, channel, direction, "
                                     "topic, note, follow_up_on, follow_up_done_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                                     batch)
                batch = []
        if batch:
            conn.exec_driver_sql("INSERT INTO contact (id, customer_id, order_id, at, who, channel, direction, "
                                 "topic, note, follow_up_on, follow_up_done_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", batch)
    with db.engine.connect() as c:
        c.exec_driver_sql("ANALYZE")
    db.dispose()
    return busy


def build(path: Path, orders: int, customers: int, contacts_n: int, today: date) -> int:
    t0 = time.perf_counter()
    db = open_database(path, create=True)
    fill_demo(db, orders=orders)
    db.dispose()
    t1 = time.perf_counter()
    busy = add_customers_and_contacts(path, customers, contacts_n, today)
    print(f"built {path}: demo shop of {orders:,} orders in {t1 - t0:.1f} s, customers to {customers:,} and "
          f"{contacts_n:,} contacts in {time.perf_counter() - t1:.1f} s")
    return busy


def median_ms(fn, runs: int) -> float:
    fn()  # warm the cache, as a user's second look would
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _spaced(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())[-9:]
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int, default=100_000)
    ap.add_argument("--customers", type=int, default=100_000)
    ap.add_argument("--contacts", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    today = shop_day(utcnow())
    from app.services.customers import card, contacts, merging, search  # after the build: only these are timed

    path = args.db or Path(tempfile.mkdtemp()) / "bench_customers.db"
    if not path.exists():
        build(path, args.orders, args.customers, args.contacts, today)
    raw = sqlite3.connect(path)
    busy = raw.execute("SELECT customer_id FROM \"order\" GROUP BY customer_id ORDER BY COUNT(*) DESC "
                       "LIMIT 1").fetchone()[0]
    db = open_database(path)

    def baseline() -> None:
        raw.execute("SELECT COUNT(*) FROM customer").fetchone()
        raw.execute("SELECT id, name FROM customer ORDER BY id LIMIT 500").fetchall()

    # Search words from the file itself.
    name, email, phone = raw.execute("SELECT name, email, phone FROM customer WHERE phone IS NOT NULL "
                                     "ORDER BY id DESC LIMIT 1 OFFSET 777").fetchone()
    company, nip = raw.execute("SELECT company, nip FROM customer WHERE nip IS NOT NULL ORDER BY id LIMIT 1 "
                               "OFFSET 20").fetchone()
    order_number = raw.execute("SELECT number FROM \"order\" ORDER BY id DESC LIMIT 1 OFFSET 500").fetchone()[0]
    tracking = raw.execute("SELECT tracking_number FROM \"order\" WHERE tracking_number IS NOT NULL ORDER BY id "
                           "DESC LIMIT 1 OFFSET 300").fetchone()[0]
    spaced = _spaced(phone)
    digits = spaced.replace(" ", "")
    nip_dashed = f"{nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}" if len(nip) == 10 else nip
    stats = raw.execute("SELECT (SELECT COUNT(*) FROM customer), (SELECT COUNT(*) FROM contact), "
                        "(SELECT COUNT(*) FROM \"order\"), (SELECT COUNT(*) FROM \"order\" WHERE customer_id = ?)",
                        (busy,)).fetchone()

    def listed(view: str, text: str = "") -> int:
        with db.session() as s:
            return search.list_customers(s, search=text, view=view, today=today).total

    def card_of() -> None:
        with db.session() as s:
            card.customer_card(s, busy, today=today)

    timeline_len = 0

    def timeline_of() -> None:
        nonlocal timeline_len
        with db.session() as s:
            timeline_len = len(card.timeline(s, busy))

    def counts() -> None:
        with db.session() as s:
            contacts.follow_up_counts(s, today)

    def due() -> int:
        with db.session() as s:
            return len(contacts.follow_ups(s, today=today, view="due"))

    def duplicates() -> int:
        with db.session() as s:
            return len(merging.find_duplicates(s))

    base = median_ms(baseline, args.runs)
    print(f"{path.name}: {stats[0]:,} customers, {stats[1]:,} contacts, {stats[2]:,} orders; the busiest customer "
          f"(#{busy}) has {stats[3]:,} orders; today {today}")
    print(f"{'case':56} {'matches':>8} {'median ms':>10} {'x baseline':>10}")
    print(f"{'baseline: raw sqlite3 count + page of 500 by id':56} {'':>8} {base:10.2f} {1:10.1f}")
    cases = [(f"view: {v}", v, "") for v in ("all", "vip", "blocked", "follow_ups", "anonymised")]
    cases += [(f"phone with spaces '{spaced}'", "all", spaced), (f"phone with +48 '+48 {spaced}'", "all",
                                                                     f"+48 {spaced}"),
              (f"phone digits '{digits}'", "all", digits), (f"phone part '{digits[3:7]}'", "all", digits[3:7]),
              (f"e-mail part '{email.split('@')[0][:8]}'", "all", email.split("@")[0][:8]),
              (f"surname '{name.split()[-1]}'", "all", name.split()[-1]), (f"company '{company}'", "all", company),
              (f"NIP with dashes '{nip_dashed}'", "all", nip_dashed),
              (f"order number '{order_number}'", "all", order_number),
              (f"tracking number '{tracking}'", "all", tracking), ("typing: 'No'", "all", "No"),
              ("no match 'zzzq'", "all", "zzzq")]
    for label, view, text in cases:
        total = listed(view, text)
        ms = median_ms(lambda v=view, q=text: listed(v, q), args.runs)
        print(f"{label[:56]:56} {total:8,} {ms:10.2f} {ms / base:10.1f}")
    ms = median_ms(card_of, args.runs)
    print(f"{'card of the customer with 500 orders (figures, addresses)':56} {'':>8} {ms:10.2f} {ms / base:10.1f}")
    ms = median_ms(timeline_of, args.runs)
    print(f"{'timeline of the customer with 500 orders (all of it)':56} {timeline_len:8,} {ms:10.2f} "
          f"{ms / base:10.1f}")
    ms = median_ms(counts, args.runs)
    print(f"{'follow-up counts (today, overdue)':56} {'':>8} {ms:10.2f} {ms / base:10.1f}")
    n = due()
    ms = median_ms(due, args.runs)
    print(f"{'follow-ups due (today and overdue)':56} {n:8,} {ms:10.2f} {ms / base:10.1f}")
    n = duplicates()
    ms = median_ms(duplicates, max(3, args.runs // 3))
    print(f"{'duplicate suggestions':56} {n:8,} {ms:10.2f} {ms / base:10.1f}")
    db.dispose()


if __name__ == "__main__":
    main()
