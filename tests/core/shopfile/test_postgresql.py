"""The same services on PostgreSQL (DESIGN.md: a shop with several stations runs on a server).

Run against a real server: `.ci/run` starts a throwaway one and sets ZAPLECZE_TEST_POSTGRES to its maintenance
database's URL (postgresql+psycopg://user@/postgres?host=/tmp/...&port=...); each test gets a database of its own.
Without that variable (a laptop without PostgreSQL) these tests are skipped, saying why.
"""

from __future__ import annotations

import os
import uuid
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url

from app.cli import run
from app.db import open_database
from app.models import Order, OrderLine, Product
from app.services.catalogue.products import ProductInput, create_product
from app.services.demo.shop import fill_demo
from app.services.importing.orders import apply_orders_import
from app.services.orders import editing as orders
from app.services.orders import lifecycle
from app.services.orders import listing as order_list
from app.services.orders.listing import OrderQuery
from app.services.orders.verification import verify_orders
from app.services.shopfile.check import check_database
from app.services.stock import listing as stock_list
from app.services.stock import reorder

SERVER = os.environ.get("ZAPLECZE_TEST_POSTGRES", "")
pytestmark = pytest.mark.skipif(not SERVER, reason="no PostgreSQL server: set ZAPLECZE_TEST_POSTGRES (.ci/run does)")
SHOPIFY = Path(__file__).resolve().parents[2] / "data" / "import" / "shopify_orders.csv"


@pytest.fixture
def pg_url():
    """A fresh, empty database on the server, dropped afterwards."""
    name = "zaplecze_" + uuid.uuid4().hex[:12]
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture
def pg(pg_url):
    database = open_database(pg_url)  # migrated by alembic, as the app does on open
    assert database.engine.dialect.name == "postgresql"
    yield database
    database.dispose()


def test_demo_shop_check_label_and_exports(pg, pg_url, tmp_path, capsys):
    """The command line on a server: a demo shop (ids given out in bulk), the check, a label (a new shipment:
    the id sequences must have moved past the demo's ids), and both exports."""
    summary = fill_demo(pg, orders=300)
    assert summary.orders > 300 and summary.complaints > 0  # the complaints' free replacement orders count too
    assert check_database(pg) == []
    with pg.session() as s:
        packed = s.scalar(select(Order.number).where(Order.status == lifecycle.PACKED, Order.tracking_number.is_(None))
                          .order_by(Order.id))
    assert packed
    assert run(["label", packed, "--db", pg_url, "--out", str(tmp_path / "label.pdf")]) == 0
    assert (tmp_path / "label.pdf").read_bytes().startswith(b"%PDF")
    assert run(["export", "orders", "--db", pg_url, "--out", str(tmp_path / "orders.xlsx")]) == 0
    assert openpyxl.load_workbook(tmp_path / "orders.xlsx").active.max_row == summary.orders + 1
    assert run(["export", "stock", "--db", pg_url, "--out", str(tmp_path / "stock.xlsx")]) == 0
    assert run(["export", "complaints", "--db", pg_url, "--out", str(tmp_path / "complaints.xlsx")]) == 0
    assert openpyxl.load_workbook(tmp_path / "complaints.xlsx").worksheets[0].max_row == summary.complaints + 1
    assert run(["check", "--db", pg_url]) == 0
    capsys.readouterr()


def test_orders_stock_lists_and_reorder(pg, order_input):
    s = pg.session()
    mug = create_product(s, ProductInput(sku="KUB-BIA", name="Kubek biały", gross_price=Decimal("39.90"),
                                         ean="5901234123457", supplier="Ceramika", reorder_point=5), "t",
                         opening_stock=3).product_id
    ids = [orders.create_order(s, order_input(mug, quantity=1, customer_name=name, email=f"{i}@example.pl"), "t")
           for i, name in enumerate(("Anna Wójcik", "Jan Nowak", "Ewa Lis"))]
    assert verify_orders(s, ids[:2], "t") == {ids[0]: [], ids[1]: []}
    with pg.session() as fresh:
        assert fresh.get(Product, mug).reserved == 2
    orders.change_status(s, [ids[0]], lifecycle.PACKED, "t")

    # Search and sort, as the Orders tab asks (empty tracking numbers first going up, as on SQLite).
    assert [r.id for r in order_list.overview(s, OrderQuery(search="wójcik"), 50).rows] == [ids[0]]
    assert {r.id for r in order_list.overview(s, OrderQuery(search="KUB-BIA"), 50).rows} == set(ids)
    ov = order_list.overview(s, OrderQuery(), 50)
    assert ov.counts["all"] == 3 and ov.counts["ready"] == 1 and ov.counts["packed"] == 1
    up = order_list.page(s, OrderQuery(sort="tracking_number", descending=False), 0, 10)
    down = order_list.page(s, OrderQuery(sort="tracking_number", descending=True), 0, 10)
    assert [r.id for r in up] == [r.id for r in reversed(down)]

    # The Stock tab's list, search and the reorder suggestions (with and without a supplier chosen).
    assert [r.sku for r in stock_list.stock_page(s, "active", "kubek")] == ["KUB-BIA"]
    assert stock_list.count_stock(s, "low", "") == 1
    assert [r.sku for r in reorder.reorder_suggestions(s, None, everything=True)] == ["KUB-BIA"]
    assert [r.sku for r in reorder.reorder_suggestions(s, "Ceramika", everything=True)] == ["KUB-BIA"]
    assert reorder.reorder_suggestions(s, "Nobody", everything=True) == []
    s.close()
    assert check_database(pg) == []


def test_import_twice_adds_nothing_and_orders_by_hand_follow(pg, order_input):
    s = pg.session()
    create_product(s, ProductInput(sku="KUB-001", name="Kubek", gross_price=Decimal("39.99")), "t", opening_stock=50)
    first = apply_orders_import(s, SHOPIFY, who="t")
    assert len(first.new_ids) > 0
    again = apply_orders_import(s, SHOPIFY, who="t")
    assert again.new_ids == () and again.preview.new == 0
    with pg.session() as fresh:
        count = fresh.scalar(select(func.count()).select_from(Order))
        lines = fresh.scalar(select(func.count()).select_from(OrderLine))
    assert count == len(first.new_ids)
    # The import gave out ids itself: an order typed in afterwards still gets one of its own.
    oid = orders.create_order(s, order_input(None), "t")
    assert orders.get_order(s, oid).number
    with pg.session() as fresh:
        assert fresh.scalar(select(func.count()).select_from(Order)) == count + 1
        assert fresh.scalar(select(func.count()).select_from(OrderLine)) == lines + 1
    s.close()
    assert check_database(pg) == []
