"""The demo shop: realistic, consistent (check passes, histories and stock add up) and reproducible."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.cli import run
from app.core.errors import DomainError
from app.models import Order, OrderLine
from app.services.demo.catalogue import CITIES
from app.services.demo.shop import fill_demo
from app.services.orders import lifecycle
from app.services.orders.verification import order_problems
from app.services.shopfile.check import check_database
from tests.support.pdftools import pdf_pages

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def demo(db):
    summary = fill_demo(db, orders=600, seed=7, now=NOW)
    return db, summary


def _rows(db, sql: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(sql).all()


def _ean_ok(code: str) -> bool:
    digits = [int(c) for c in code]
    return len(digits) == 13 and (sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12])) + digits[12]) % 10 == 0


def test_products_have_valid_polish_eans_prices_and_vat(demo) -> None:
    db, summary = demo
    rows = _rows(db, "SELECT sku, ean, name, gross_price, vat_rate, on_hand, reserved FROM product")
    assert len(rows) == summary.products >= 100
    assert all(_ean_ok(ean) and ean.startswith("590") for _, ean, *_ in rows)
    assert len({ean for _, ean, *_ in rows}) == len(rows)
    vats = [r[4] for r in rows]
    assert set(vats) == {"23", "8", "5"}
    assert vats.count("23") > len(rows) / 2
    assert all(r[3] > 0 and r[5] >= r[6] >= 0 for r in rows)
    assert any("ó" in r[2] or "ł" in r[2] or "ś" in r[2] for r in rows)


def test_addresses_have_postal_codes_of_their_city(demo) -> None:
    db, _ = demo
    ranges = {city: (low, high) for city, low, high, _ in CITIES}
    # Polish addresses (the two EUR orders from abroad have a Berlin and a Vienna address: test_demo_invoicing.py).
    rows = _rows(db, "SELECT postal_code, city FROM address WHERE postal_code != '' AND city != '' AND country = 'PL'")
    assert len(rows) > 500
    for code, city in rows:
        assert re.fullmatch(r"\d{2}-\d{3}", code), code
        low, high = ranges[city]
        assert low <= int(code.replace("-", "")) <= high, (code, city)
    phones = [p for (p,) in _rows(db, "SELECT phone FROM customer")]
    assert all(re.fullmatch(r"\+48 \d{3} \d{3} \d{3}", p) for p in phones)
    emails = [e for (e,) in _rows(db, "SELECT email FROM customer")]
    assert len(set(emails)) == len(emails) and all(re.fullmatch(r"[a-z0-9.]+@[a-z0-9.]+\.[a-z]+", e) for e in emails)


def test_every_status_and_the_check_passes(demo) -> None:
    db, summary = demo
    statuses = {s for (s,) in _rows(db, 'SELECT DISTINCT status FROM "order"')}
    assert statuses == set(lifecycle.STATUSES)
    assert summary.orders == 600 and sum(summary.by_status.values()) == 600
    assert check_database(db) == []
    oldest, newest = _rows(db, 'SELECT MIN(created_at), MAX(created_at) FROM "order"')[0]
    assert datetime.fromisoformat(oldest) >= (NOW - timedelta(days=91)).replace(tzinfo=None)
    assert datetime.fromisoformat(newest) <= NOW.replace(tzinfo=None)
    sources = dict(_rows(db, 'SELECT source, COUNT(*) FROM "order" GROUP BY source'))
    assert sources["shopify"] > 300 and sources["manual"] > 50
    assert _rows(db, 'SELECT COUNT(*) FROM "order" WHERE source = \'shopify\' AND import_batch_id IS NULL')[0][0] == 0


def test_histories_follow_the_lifecycle_and_payments_match(demo) -> None:
    db, _ = demo
    with db.session() as s:
        orders = s.scalars(select(Order).options(selectinload(Order.events))).all()
        for o in orders:
            status = None
            times = [e.at for e in o.events]
            assert times == sorted(times) and times[-1] <= NOW, o.number
            for e in o.events:
                if e.to_status is None:
                    continue
                if status is not None:
                    assert e.from_status == status and lifecycle.allowed(status, e.to_status), (o.number, e.why)
                status = e.to_status
            assert status == o.status, o.number
            if o.status in (lifecycle.SHIPPED, lifecycle.DELIVERED, lifecycle.RETURNED) and o.shipping_method != \
                    "Odbiór osobisty":
                assert o.tracking_number, o.number
            if o.status == lifecycle.DELIVERED:
                assert o.payment_status == "paid"
            if o.status == lifecycle.RETURNED:
                assert o.payment_status == "refunded"
            if o.status in (lifecycle.READY, lifecycle.PACKING, lifecycle.PACKED, lifecycle.SHIPPED):
                assert o.payment_status == "paid" or o.payment_method == "cod", o.number
            if o.status == lifecycle.AWAITING_PAYMENT:
                assert o.payment_status == "unpaid" and o.problems == "Not paid (and not cash on delivery)"


def test_stored_problems_are_what_verification_finds(demo) -> None:
    db, _ = demo
    with db.session() as s, s.begin():
        orders = s.scalars(select(Order).where(Order.problems != "").options(
            selectinload(Order.lines).selectinload(OrderLine.product), selectinload(Order.shipping_address))).all()
        kinds = set()
        for o in orders:
            if o.problems.startswith("Held at packing: "):
                continue  # the packer's reason (tests/core/demo/test_demo_packing.py), not what verification finds
            stored = set(o.problems.splitlines())
            assert stored <= set(order_problems(s, o)), o.number
            kinds |= {p.split(":")[0].split(" of ")[0] for p in stored}
    assert {"Address incomplete", "Not enough stock", "Possible duplicate", "Not paid (and not cash on delivery)"} <= kinds


def test_reservations_and_stock_ledger_add_up(demo) -> None:
    db, _ = demo
    # An order held at packing keeps its reservation (hold_order): the items are still meant for it.
    reserving = ", ".join(f"'{s}'" for s in lifecycle.RESERVING)
    holds = f"(o.status IN ({reserving}) OR o.problems LIKE 'Held at packing: %')"
    bad = _rows(db, f"""SELECT p.sku FROM product p WHERE p.reserved != (SELECT COALESCE(SUM(l.reserved), 0)
                        FROM order_line l JOIN "order" o ON o.id = l.order_id WHERE l.product_id = p.id
                        AND {holds})""")
    assert bad == []
    assert _rows(db, f"""SELECT COUNT(*) FROM order_line l JOIN "order" o ON o.id = l.order_id
                        WHERE {holds} != (l.reserved = l.quantity)""")[0][0] == 0
    assert _rows(db, """SELECT COUNT(*) FROM product p WHERE p.on_hand !=
                        (SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movement m WHERE m.product_id = p.id)""") \
        == [(0,)]
    shipped = _rows(db, """SELECT COUNT(*) FROM "order" WHERE status IN ('shipped', 'delivered', 'returned')""")[0][0]
    assert _rows(db, "SELECT COUNT(*) FROM stock_document WHERE kind = 'WZ'")[0][0] == shipped
    # Some products run out, so verification has something to say.
    assert _rows(db, "SELECT COUNT(*) FROM product WHERE active AND on_hand - reserved = 0")[0][0] >= 1


def test_search_index_finds_customers_and_items(demo) -> None:
    db, _ = demo
    oid, name, email, phone = _rows(db, 'SELECT id, customer_name, email, phone FROM "order" '
                                        "WHERE phone IS NOT NULL AND email IS NOT NULL LIMIT 1 OFFSET 100")[0]
    surname = name.split()[-1].lower()
    for term in (surname, email.split("@")[0], phone.replace(" ", "")[-7:]):
        hits = {r for (r,) in _rows(db, f"SELECT rowid FROM order_fts WHERE body MATCH '\"{term}\"'")}
        assert oid in hits, term
    assert _rows(db, "SELECT COUNT(*) FROM order_fts")[0][0] == 600


def test_same_seed_same_shop_other_seed_other_shop(db_path, tmp_path) -> None:
    import shutil

    from app.db import open_database

    dumps = []
    for seed, name in ((7, "a.db"), (7, "b.db"), (8, "c.db")):
        path = tmp_path / name
        shutil.copyfile(db_path, path)
        db = open_database(path)
        fill_demo(db, orders=120, seed=seed, now=NOW)
        dumps.append([_rows(db, f'SELECT * FROM "{t}" ORDER BY 1') for t in ("order", "order_line", "order_event",
                                                                             "customer", "product")])
        db.dispose()
    assert dumps[0] == dumps[1]
    assert dumps[0] != dumps[2]


def test_refuses_a_database_with_data(demo) -> None:
    db, _ = demo
    with pytest.raises(DomainError, match="empty database"):
        fill_demo(db, orders=10)


def test_cli_demo_data_then_check(db_path, capsys) -> None:
    assert run(["demo-data", "--db", str(db_path), "--orders", "300", "--seed", "3", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    # the complaints' free replacement orders come on top of the orders asked for
    assert 300 < out["orders"] < 310 and out["complaints"] > 0 and set(out["by_status"]) == set(lifecycle.STATUSES)
    assert run(["check", "--db", str(db_path)]) == 0
    assert "OK" in capsys.readouterr().out


def test_shipped_orders_have_their_shipment_and_a_label_prints(demo, db_path, tmp_path) -> None:
    db, _ = demo
    missing = _rows(db, """SELECT o.number FROM "order" o WHERE o.tracking_number IS NOT NULL AND NOT EXISTS
                           (SELECT 1 FROM shipment s JOIN parcel p ON p.shipment_id = s.id
                            WHERE s.order_id = o.id AND p.tracking_number = o.tracking_number)""")
    assert missing == []
    lockers = _rows(db, """SELECT o.shipping_method, s.locker_code FROM shipment s JOIN "order" o ON o.id = s.order_id
                           WHERE s.carrier = 'inpost_locker'""")
    assert lockers and all(method.endswith(code) and re.fullmatch(r"[A-Z]{3}\d{2,3}[MA]", code)
                           for method, code in lockers)
    shipped = _rows(db, """SELECT number FROM "order" WHERE status = 'shipped' AND shipping_method LIKE 'InPost%'""")
    ready = _rows(db, """SELECT number FROM "order" WHERE status = 'ready' AND shipping_method LIKE '%Paczkomat%'""")
    for (number,) in (shipped[0], ready[0]):
        out = tmp_path / f"{number}.pdf"
        assert run(["label", number, "--db", str(db_path), "--out", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")
    text = pdf_pages(out.read_bytes())[0][2]
    assert "Zielony Kubek Anna Nowak" in text and "61-758 Poznań" in text  # the demo shop's sender
    assert check_database(db) == []


def test_bulk_insert_fills_the_columns_it_was_not_given(db) -> None:
    from app.services.shopfile.bulk import BulkInsert

    with db.session() as s, s.begin():
        insert = BulkInsert(s.connection(), "product", ("sku", "name", "gross_price"))
        assert insert([("A-1", "Kubek", 39.99), ("A-2", "Talerz", 79.0)]) == 2
    rows = _rows(db, "SELECT sku, vat_rate, active, on_hand, reserved, location, lead_time_days, created_at "
                     "FROM product ORDER BY sku")
    assert [r[:7] for r in rows] == [("A-1", "23", 1, 0, 0, "", 7), ("A-2", "23", 1, 0, 0, "", 7)]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", rows[0][7])
    with db.session() as s, s.begin(), pytest.raises(RuntimeError, match="required column name"):
        BulkInsert(s.connection(), "product", ("sku", "gross_price"))


def test_recently_packed_orders_wait_for_their_labels(tmp_path):
    """The demo's Printing tab has work: labels of orders packed in the last day wait to be printed."""
    from app.db import open_database
    from app.services.demo.shop import fill_demo
    from app.services.documents.queue import waiting_count

    db = open_database(tmp_path / "d.db", create=True)
    fill_demo(db, orders=600)
    with db.session() as s:
        assert waiting_count(s, kind="label") > 0
    db.dispose()


def test_the_demo_shop_is_one_use_case_with_one_commit(db):
    """Orders, stock, the morning's labels and the sender come in one transaction."""
    from sqlalchemy import event

    commits: list[int] = []

    def count(conn) -> None:
        commits.append(1)

    event.listen(db.engine, "commit", count)
    try:
        fill_demo(db, orders=80, seed=3, now=NOW)
    finally:
        event.remove(db.engine, "commit", count)
    assert len(commits) == 1
    assert _rows(db, "SELECT count(*) FROM print_queue")[0][0] > 0
    assert _rows(db, "SELECT sender_name FROM shipping_settings")[0][0]


def test_a_cancelled_demo_shop_leaves_nothing_behind(db):
    """Cancelled on its last step (writing orders), the file holds no part of it: no sender without orders."""
    from app.core.progress import Cancelled

    def cancel_while_writing(done: int, total: int, text: str) -> None:
        if text == "Writing orders":
            raise Cancelled()

    with pytest.raises(Cancelled):
        fill_demo(db, orders=80, seed=3, now=NOW, progress=cancel_while_writing)
    assert _rows(db, 'SELECT count(*) FROM "order"')[0][0] == 0
    assert _rows(db, "SELECT count(*) FROM product")[0][0] == 0
    assert _rows(db, "SELECT count(*) FROM shipping_settings WHERE sender_name != ''")[0][0] == 0


def test_a_demo_shop_without_orders_is_consistent(db):
    """`demo-data --orders 0` (a catalogue to import orders into): its stock has its opening receipts."""
    fill_demo(db, orders=0, now=NOW)
    assert _rows(db, "SELECT count(*) FROM stock_movement")[0][0] > 0
    assert check_database(db) == []


def test_demo_products_weigh_what_their_kind_weighs_and_parcels_what_their_lines_weigh(demo) -> None:
    """A 100 g chocolate bar weighed 1584 g and its label said 1,4 kg: weights came from a die."""
    import re

    from sqlalchemy import select

    from app.models import Order, Parcel, Product, Shipment

    sane = {"Kubek": (200, 600), "Talerz": (500, 1200), "Koszulka": (120, 300), "Czekolada": (100, 140),
            "Książka": (300, 1200), "Plastry": (10, 100), "Pościel": (1000, 2500), "Przyprawa": (40, 80)}
    db, _ = demo
    with db.session() as s:
        products = s.execute(select(Product.id, Product.name, Product.weight_g, Product.length_mm)).all()
        for pid, name, grams, length in products:
            assert grams and length, name
            for kind, (low, high) in sane.items():
                if name.startswith(kind):
                    assert low <= grams <= high, (name, grams)
            net = re.search(r"(\d+(?:,\d+)?) (g|kg)\b", name)  # sold by weight: contents plus a light pack
            if net:
                contents = float(net.group(1).replace(",", ".")) * (1000 if net.group(2) == "kg" else 1)
                assert contents < grams <= contents * 1.6 + 60, (name, grams)
        weights = {pid: grams for pid, _, grams, _ in products}
        parcels = s.execute(select(Parcel.weight, Shipment.order_id).join(Shipment)).all()
        assert parcels
        for weight, order_id in parcels:
            order = s.get(Order, order_id)
            lines = sum(weights[line.product_id] * line.quantity for line in order.lines)
            assert abs(float(weight) * 1000 - (lines + 150)) <= 5, (order.number, weight, lines)
