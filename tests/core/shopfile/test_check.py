"""`zaplecze check` finds what others broke behind the services' backs, and says which order."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.cli import run
from app.services.orders.editing import create_order
from app.services.shopfile.check import check_database


@pytest.fixture
def two_orders(db, session, add_product, order_input):
    pid = add_product("MUG-1", price="49.99")
    first = create_order(session, order_input(pid, quantity=2), who="t")
    second = create_order(session, order_input(pid), who="t")
    return first, second


def _raw(db_path, sql: str, *params, foreign_keys: bool = True) -> None:
    """Change the file like another program would: plain sqlite3, no services."""
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    with con:
        con.execute(sql, params)
    con.close()


def test_clean_shop_has_no_faults(db, db_path, two_orders, capsys) -> None:
    assert check_database(db) == []
    assert run(["check", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.strip() == "OK: no faults found"


def test_total_mismatch_names_the_order_and_both_amounts(db, db_path, two_orders, capsys) -> None:
    _raw(db_path, 'UPDATE "order" SET total = total + 1 WHERE number = ?', "Z000002")
    faults = check_database(db)
    assert faults == [("order total differs from the sum of its lines + shipping - discount "
                       "(order, total, expected): Z000002, 63.98, 62.98")]
    assert run(["check", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("FAULTS:") and "Z000002" in out and "Z000001" not in out


def test_a_changed_line_price_breaks_the_total(db, db_path, two_orders) -> None:
    _raw(db_path, "UPDATE order_line SET unit_price = 40.00 WHERE order_id = ?", two_orders[0])
    (fault,) = check_database(db)
    assert "Z000001, 112.97, 92.99" in fault


def test_items_count_mismatch_names_the_order(db, db_path, two_orders) -> None:
    _raw(db_path, 'UPDATE "order" SET items_count = 5 WHERE id = ?', two_orders[0])
    assert check_database(db) == [
        "order items count differs from its lines (order, items count, sum of line quantities): Z000001, 5, 2"]


def test_orphan_lines_and_events_name_the_missing_order(db, db_path, two_orders, capsys) -> None:
    # Another tool deletes an order with foreign keys off: its lines and history stay behind.
    _raw(db_path, 'DELETE FROM "order" WHERE id = ?', two_orders[1], foreign_keys=False)
    faults = check_database(db)
    missing = f"order #{two_orders[1]}"
    assert any(f.startswith("order line points to an order that does not exist") and "MUG-1" in f
               and f.endswith(missing) for f in faults)
    assert any(f.startswith("order history event points to an order that does not exist") and f.endswith(missing)
               for f in faults)
    assert any(f.startswith("foreign key broken: table order_line") for f in faults)
    assert run(["check", "--db", str(db_path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["faults"] == faults


def test_many_faults_are_summarised(db, db_path, add_product, order_input, session) -> None:
    pid = add_product("MUG-1")
    for _ in range(25):
        create_order(session, order_input(pid), who="t")
    _raw(db_path, 'UPDATE "order" SET items_count = 9')
    faults = check_database(db, limit=20)
    assert len(faults) == 21
    assert faults[-1].endswith("... and 5 more")
    assert all("Z0000" in f for f in faults[:20])


def test_a_mistyped_path_is_no_database_and_is_not_created(tmp_path, capsys) -> None:
    missing = tmp_path / "typo.db"
    assert run(["check", "--db", str(missing)]) == 1
    assert run(["backup", "--db", str(missing), "--out", str(tmp_path / "copy.db")]) == 1
    assert not missing.exists()
    assert "There is no database at" in capsys.readouterr().err


def test_a_file_that_is_not_a_database_gives_one_line_not_a_traceback(tmp_path, capsys) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is a letter to the customer, not a database" * 100)
    assert run(["check", "--db", str(garbage)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {garbage} is not a shop file of Zaplecze: it seems to be a text file.")
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert garbage.read_bytes() == b"this is a letter to the customer, not a database" * 100


def test_check_finds_daily_sales_that_differ_from_the_ledger(db) -> None:
    """The Stock list reads days of cover from stock_sales_day (kept by triggers): check proves it is the ledger."""
    from datetime import UTC, datetime

    from app.services.demo.shop import fill_demo

    fill_demo(db, orders=120, now=datetime(2026, 11, 20, 12, 0, tzinfo=UTC))
    assert check_database(db) == []
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE stock_sales_day SET quantity = quantity + 1 WHERE rowid = "
                             "(SELECT min(rowid) FROM stock_sales_day)")
    faults = check_database(db)
    assert len(faults) == 1 and faults[0].startswith("daily sales differ from the goods issues of that day")
