"""Days of cover read whole days from stock_sales_day (units issued per product and day, kept by triggers on the
ledger) and only the partial first day of each window from the ledger: the sums must be exactly the ledger's,
whatever wrote or changed the movements (shipments, returns, stocktakes, adjustments, a corrected date, a deleted
row, a file upgraded from revision 0004), on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import make_url

from app.db import open_database
from app.models.base import UTCDateTime
from app.models.stock import ISSUE, STOCKTAKE
from app.services.orders import lifecycle
from app.services.orders.editing import change_status, create_order
from app.services.orders.verification import verify_orders
from app.services.stock import listing
from app.services.stock.ledger import MoveLine, adjust_stock, post_document, return_to_stock

NOW = datetime(2026, 12, 1, 15, 30, 12, 345678, tzinfo=UTC)
SERVER = os.environ.get("ZAPLECZE_TEST_POSTGRES", "")


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, db):
    """The test's SQLite file, or a fresh database on the PostgreSQL server (skipped without one)."""
    if request.param == "sqlite":
        yield db
        return
    if not SERVER:
        pytest.skip("no PostgreSQL server: set ZAPLECZE_TEST_POSTGRES (.ci/run does)")
    name = "zaplecze_" + uuid.uuid4().hex[:12]
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    database = open_database(make_url(SERVER).set(database=name).render_as_string(hide_password=False))
    yield database
    database.dispose()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture(autouse=True)
def _fixed_now(monkeypatch):
    monkeypatch.setattr(listing, "utcnow", lambda: NOW)


def from_ledger(session, ids) -> dict[int, float]:
    """The rule as the ledger alone gives it (the query the list ran before the table existed)."""
    rows = session.execute(text(
        "SELECT product_id, -SUM(CASE WHEN at >= :since30 THEN quantity ELSE 0 END), -SUM(quantity) "
        "FROM stock_movement WHERE reason = 'issue' AND at >= :since90 GROUP BY product_id").bindparams(
        bindparam("since30", type_=UTCDateTime()), bindparam("since90", type_=UTCDateTime())),
        {"since30": NOW - timedelta(days=30), "since90": NOW - timedelta(days=90)}).all()
    return {pid: listing.sales_per_day(int(a), int(b)) for pid, a, b in rows if pid in ids}


def table_matches_ledger(session) -> bool:
    day = "date(at)" if session.get_bind().dialect.name == "sqlite" else "at::date"
    kept = {(p, str(d)): int(q) for p, d, q in session.execute(text(
        "SELECT product_id, day, quantity FROM stock_sales_day WHERE quantity <> 0"))}
    summed = {(p, str(d)): int(q) for p, d, q in session.execute(text(
        f"SELECT product_id, {day}, -SUM(quantity) FROM stock_movement WHERE reason = 'issue' "
        f"GROUP BY product_id, {day} HAVING SUM(quantity) <> 0"))}
    return kept == summed


def _product(session, sku: str, on_hand: int) -> int:
    from decimal import Decimal

    from app.models import Product

    with session.begin():
        p = Product(sku=sku, name=sku, gross_price=Decimal("10.00"), vat_rate="23", on_hand=0)
        session.add(p)
        session.flush()
        post_document(session, "KOR", [MoveLine(p.id, on_hand)], "t", note="Opening stock")
        return p.id


def _issue_at(session, pid: int, quantity: int, at: datetime) -> None:
    """A goods issue dated `at` (posted now, its date corrected as an import of old sales would)."""
    with session.begin():
        posted = post_document(session, ISSUE, [MoveLine(pid, -quantity)], "t")
        session.execute(text("UPDATE stock_movement SET at = :at WHERE document_id = :doc").bindparams(
            bindparam("at", type_=UTCDateTime())), {"at": at, "doc": posted.document_id})


def test_sums_are_the_ledgers_to_the_microsecond_at_the_edges_of_both_windows(any_db):
    since30, since90 = NOW - timedelta(days=30), NOW - timedelta(days=90)
    us = timedelta(microseconds=1)
    with any_db.session() as s:
        mug, tea = _product(s, "MUG", 1000), _product(s, "TEA", 10000)
        # Just outside and just inside each window, the rest of each edge day, the day before, the days after.
        for i, at in enumerate((since90 - us, since90, since90 + timedelta(hours=5), since90 - timedelta(hours=16),
                                since90 + timedelta(days=1), since30 - us, since30, since30 + timedelta(hours=7),
                                since30 - timedelta(hours=15), NOW - timedelta(days=2), NOW,
                                listing._next_midnight(since90), listing._next_midnight(since30))):
            _issue_at(s, mug, 1 + i, at)
            _issue_at(s, tea, 100 * (i + 1), at + timedelta(hours=1))
        with s.begin():
            got = listing.sold_per_day(s, [mug, tea])
            assert got == from_ledger(s, {mug, tea}) and got[mug] > 0 and got[tea] > 0
            assert table_matches_ledger(s)
            # by hand: MUG's 90-day window holds quantities 2..13 but the 16 h before since90 (4), its 30-day
            # window 7..13 but the 15 h before since30 (9) and the midnight after since90 (12)
            assert got[mug] == max((7 + 8 + 10 + 11 + 13) / 30, (sum(range(2, 14)) - 4) / 90)


def test_shipments_returns_stocktakes_and_corrections_keep_the_days_right(any_db, order_input):
    with any_db.session() as s:
        mug, cup = _product(s, "MUG", 50), _product(s, "CUP", 50)
        for i, (pid, qty) in enumerate(((mug, 5), (mug, 3), (cup, 7))):  # shipped orders: goods issues
            oid = create_order(s, order_input(pid, quantity=qty, email=f"a{i}@example.pl"), "t")
            assert verify_orders(s, [oid], "t")[oid] == []
            change_status(s, [oid], lifecycle.PACKED, "t")
            change_status(s, [oid], lifecycle.SHIPPED, "t")
        with s.begin():
            assert listing.sold_per_day(s, [mug, cup]) == from_ledger(s, {mug, cup}) == {mug: 8 / 30, cup: 7 / 30}
        return_to_stock(s, [(mug, 2)], "t")  # a return puts goods back; it is not a sale undone
        adjust_stock(s, cup, -4, "broken", "t")
        with s.begin():
            post_document(s, STOCKTAKE, [MoveLine(mug, -1)], "t")
        with s.begin():
            assert listing.sold_per_day(s, [mug, cup]) == {mug: 8 / 30, cup: 7 / 30}
        with s.begin():  # the first shipment dated 45 days back: out of 30 days, still in 90
            first = s.execute(text("SELECT MIN(id) FROM stock_movement WHERE reason = 'issue'")).scalar_one()
            s.execute(text("UPDATE stock_movement SET at = :at WHERE id = :id").bindparams(
                bindparam("at", type_=UTCDateTime())), {"at": NOW - timedelta(days=45), "id": first})
        with s.begin():
            assert listing.sold_per_day(s, [mug, cup]) == from_ledger(s, {mug, cup}) == {mug: max(3 / 30, 8 / 90),
                                                                                          cup: 7 / 30}
            s.execute(text("UPDATE stock_movement SET product_id = :cup WHERE id = :id"), {"cup": cup, "id": first})
        with s.begin():
            assert listing.sold_per_day(s, [mug, cup]) == from_ledger(s, {mug, cup})
            s.execute(text("DELETE FROM stock_movement WHERE reason = 'issue' AND product_id = :mug"), {"mug": mug})
        with s.begin():
            assert listing.sold_per_day(s, [mug, cup]).get(mug, 0.0) == 0.0
            assert listing.sold_per_day(s, [mug, cup]) | {mug: 0.0} == from_ledger(s, {mug, cup}) | {mug: 0.0}
            assert table_matches_ledger(s)
            expected = from_ledger(s, {cup})[cup]
        row = listing.rows_by_id(s, [cup])[0]  # what the list shows
        assert row.days_of_cover == listing.days_of_cover(row.available, expected)


def test_a_file_upgraded_from_0004_gets_its_past_sales(db, db_path, add_product):
    from alembic import command

    from app.migrations.runner import alembic_config

    pid = add_product("MUG", on_hand=200)
    with db.session() as s:
        for days in (1, 20, 50, 89):
            _issue_at(s, pid, days, NOW - timedelta(days=days))
        with s.begin():
            before = listing.sold_per_day(s, [pid])
    db.dispose()
    engine = create_engine(f"sqlite:///{db_path}")
    command.downgrade(alembic_config(engine), "0004")
    with engine.connect() as conn:
        assert "stock_sales_day" not in {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    engine.dispose()
    upgraded = open_database(db_path)
    try:
        with upgraded.session() as s, s.begin():
            assert listing.sold_per_day(s, [pid]) == before == from_ledger(s, {pid})
            assert table_matches_ledger(s)
    finally:
        upgraded.dispose()
