"""The Stock list's queries: filters, search through the trigram index kept by triggers, days of cover."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from app.services.catalogue.products import ProductInput, create_product, get_product, update_product
from app.services.orders import lifecycle
from app.services.orders.editing import change_status, create_order
from app.services.orders.verification import verify_orders
from app.services.stock.listing import count_stock, filter_counts, stock_first, stock_page


def _skus(session, filter_key="active", search=""):
    rows = stock_page(session, filter_key, search)
    assert count_stock(session, filter_key, search) == len(rows)
    assert stock_first(session, filter_key, search) == (rows, len(rows))  # the Stock tab's first read
    return [r.sku for r in rows]


def test_search_words_anywhere_case_folded_and_kept_by_triggers(session, db):
    a = create_product(session, ProductInput(sku="KUB-BIA", name="Kubek biały Łódź", ean="5901234123457",
                                             location="A-01-1"), "t", opening_stock=3).product_id
    create_product(session, ProductInput(sku="KUB-GRA", name="Kubek granatowy", location="A-01-2"), "t")
    create_product(session, ProductInput(sku="HERB-1", name="Herbata", location="B-02-1"), "t", opening_stock=9)
    assert _skus(session, search="kubek") == ["KUB-BIA", "KUB-GRA"]
    assert _skus(session, search="kubek łódź") == ["KUB-BIA"]  # every word, any order, Polish letters folded
    assert _skus(session, search="ŁÓDŹ") == ["KUB-BIA"]
    assert _skus(session, search="gra a-01") == ["KUB-GRA"]
    assert _skus(session, search="b") == ["HERB-1", "KUB-BIA", "KUB-GRA"]  # one letter: LIKE, no index needed
    assert _skus(session, search="5901234123457") == ["KUB-BIA"]  # a scan: exact
    assert _skus(session, search="50%") == []
    # Renamed through the catalogue, and inserted behind its back: the triggers keep the index right.
    d = get_product(session, a)
    update_product(session, a, ProductInput(sku=d.sku, name="Filiżanka", ean=d.ean, location=d.location), "t")
    assert _skus(session, search="kubek") == ["KUB-GRA"] and _skus(session, search="filiż") == ["KUB-BIA"]
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO product (sku, name, gross_price, vat_rate, active, on_hand, reserved, location,"
                             " supplier, reorder_point, reorder_qty, lead_time_days, group_name, created_at, updated_at)"
                             " VALUES ('RAW-1', 'Kubek surowy', 1, '23', 1, 0, 0, '', '', 0, 0, 7, '', "
                             "'2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    assert _skus(session, search="kubek") == ["KUB-GRA", "RAW-1"]


def test_filters_and_counts(session):
    create_product(session, ProductInput(sku="OK", name="a", reorder_point=2), "t", opening_stock=5)
    create_product(session, ProductInput(sku="LOW", name="b", reorder_point=5), "t", opening_stock=5)
    create_product(session, ProductInput(sku="OUT", name="c"), "t")
    create_product(session, ProductInput(sku="OLD", name="d", active=False), "t")
    assert _skus(session, "low") == ["LOW", "OUT"]
    assert _skus(session, "out") == ["OUT"]
    assert _skus(session, "archived") == ["OLD"]
    assert filter_counts(session) == {"active": 3, "low": 2, "out": 1, "archived": 1, "all": 4}
    assert [(r.sku, r.available) for r in stock_page(session, "all", sort="available", descending=True)] == [
        ("OK", 5), ("LOW", 5), ("OUT", 0), ("OLD", 0)]  # ties in id order


def test_days_of_cover_from_shipped_lines(session, add_product, order_input):
    pid = add_product("MUG", on_hand=40)
    for i in range(3):
        oid = create_order(session, order_input(pid, quantity=5, email=f"b{i}@example.pl"), "t")
        assert verify_orders(session, [oid], "t")[oid] == []
        change_status(session, [oid], lifecycle.PACKED, "t")
        change_status(session, [oid], lifecycle.SHIPPED, "t")
    row = stock_page(session, search="MUG")[0]
    assert row.available == 25 and abs(row.days_of_cover - 25 / (15 / 30)) < 1e-9


def test_upgraded_file_gets_the_search_index(tmp_path):
    from alembic import command

    from app.db import open_database
    from app.migrations.runner import alembic_config

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO product (sku, name, gross_price, vat_rate, active, on_hand, reserved) "
                          "VALUES ('MUG', 'Kubek stary', 1, '23', 1, 4, 0)"))
    engine.dispose()
    db = open_database(path)
    with db.session() as s:
        assert [r.sku for r in stock_page(s, search="stary")] == ["MUG"]
        assert get_product(s, 1).on_hand == 4
    from app.services.shopfile.check import check_database

    assert check_database(db) == []


def test_list_and_reorder_show_the_same_days_of_cover(session, add_product, order_input):
    """Sales 60 days ago (none in the last 30): both screens use the 90-day rate, so the Stock list does not say
    'nothing sold' while the reorder suggestions count the days."""
    from datetime import timedelta

    from sqlalchemy import bindparam

    from app.models.base import UTCDateTime, utcnow
    from app.services.stock.reorder import reorder_suggestions

    pid = add_product("MUG", on_hand=40)
    oid = create_order(session, order_input(pid, quantity=9), "t")
    assert verify_orders(session, [oid], "t")[oid] == []
    change_status(session, [oid], lifecycle.PACKED, "t")
    change_status(session, [oid], lifecycle.SHIPPED, "t")
    with session.begin():
        session.execute(text("UPDATE stock_movement SET at = :at WHERE reason = 'issue'").bindparams(
            bindparam("at", type_=UTCDateTime())), {"at": utcnow() - timedelta(days=60)})
    row = stock_page(session, search="MUG")[0]
    suggestion = next(r for r in reorder_suggestions(session, everything=True) if r.sku == "MUG")
    assert row.days_of_cover is not None and abs(row.days_of_cover - 31 / (9 / 90)) < 1e-9
    assert suggestion.days_of_cover == row.days_of_cover
