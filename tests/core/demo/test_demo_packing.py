"""The demo shop at the packing station: pack barcodes that scan, a queue with priorities, a held and a claimed
order, four weeks of pack log per packer that agree with the orders' histories, the owner's PIN 1234."""

from __future__ import annotations

import statistics
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.cli import run
from app.core.gtin import validate_gtin
from app.models import Order, OrderEvent, OrderLine, PackLogEntry, Product
from app.services.demo.packing import DEMO_PIN, STATIONS
from app.services.demo.shop import fill_demo
from app.services.demo.writer import carrier_of
from app.services.orders import lifecycle
from app.services.packing import claims
from app.services.packing.completing import HOLD_REASONS, HOLD_TEMPLATE
from app.services.packing.log import pack_log
from app.services.packing.pin import verify_owner_pin
from app.services.packing.reading import pack_lines, product_name_by_code
from app.services.packing.scan import TICKED, scan, start
from app.services.shopfile.check import check_database

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)


@pytest.fixture
def demo(db):
    fill_demo(db, orders=600, seed=7, now=NOW)
    return db


def test_products_have_bins_and_eight_have_a_pack_barcode_of_their_own(demo, session) -> None:
    with session.begin():
        products = session.execute(select(Product.sku, Product.ean, Product.pack_ean, Product.pack_quantity,
                                          Product.location)).all()
    assert all(location for *_, location in products)
    packs = [(sku, code, n) for sku, _, code, n, _ in products if code]
    assert 6 <= len(packs) <= 10
    assert {n for *_, n in packs} <= {6, 12, 24} and len({n for *_, n in packs}) == 3
    assert all(validate_gtin(code) == code and len(code) == 13 for _, code, _ in packs)
    codes = [ean for _, ean, *_ in products if ean] + [code for _, code, _ in packs]
    assert len(codes) == len(set(codes))  # one code, one product: no pack EAN is any product's EAN


def test_scanning_a_pack_ticks_a_ready_orders_whole_line(demo, session) -> None:
    """A ready order takes whole packs; its pack EAN, scanned at the station, ticks the pack's units at once."""
    with session.begin():
        oid, code, units, ordered = session.execute(
            select(Order.id, Product.pack_ean, Product.pack_quantity, OrderLine.quantity)
            .join(OrderLine, OrderLine.order_id == Order.id).join(Product, Product.id == OrderLine.product_id)
            .where(Order.status == lifecycle.READY, Product.pack_ean.is_not(None),
                   OrderLine.quantity >= Product.pack_quantity).order_by(Order.priority.desc(), Order.id)).first()
    state, verdict = scan(start(pack_lines(session, oid)), code, lambda c: product_name_by_code(session, c))
    assert verdict.kind == TICKED and verdict.quantity == units
    assert sum(line.scanned for line in state.lines) == units <= ordered


def test_the_queue_has_ready_orders_some_first_of_several_carriers(demo, session) -> None:
    with session.begin():
        ready = session.execute(select(Order.number, Order.priority, Order.shipping_method)
                                .where(Order.status == lifecycle.READY)).all()
    assert 15 <= len(ready) <= 40
    first = [number for number, priority, _ in ready if priority]
    assert 2 <= len(first) <= len(ready) // 3
    assert len({carrier_of(method) for *_, method in ready} - {None}) >= 3


def test_pack_log_has_weeks_of_days_per_packer(demo, session) -> None:
    days = pack_log(session, TODAY - timedelta(days=40), TODAY)
    packers = {d.who for d in days}
    assert 2 <= len(packers) <= 3
    for who in packers:
        mine = sorted(d.day for d in days if d.who == who)
        assert len(mine) >= 8 and (mine[-1] - mine[0]).days >= 20, who  # about four weeks, not one day
    assert min(d.day for d in days) >= TODAY - timedelta(days=29)
    assert sum(d.wrong_scans for d in days) > 0 and 1 <= sum(d.overridden for d in days) <= 2
    with session.begin():
        rows = session.scalars(select(PackLogEntry)).all()
        assert {r.station for r in rows} == set(STATIONS)
        seconds = [r.seconds for r in rows]
        assert min(seconds) >= 1 and max(seconds) <= 400 and 60 <= statistics.median(seconds) <= 200
        assert sum(1 for s in seconds if s >= 40) / len(seconds) > 0.95
        assert all(r.weight and r.weight > 0 and r.units > 0 for r in rows)
        overridden = [r for r in rows if r.overridden]
        assert overridden and all(r.override_why for r in overridden)


def test_pack_log_agrees_with_the_orders_histories(demo, session) -> None:
    """Each logged order was packed at the time its history says, by the packer it names, after its packing
    started; an override sits in its history with the owner's PIN, as pack_order writes it."""
    with session.begin():
        for entry in session.scalars(select(PackLogEntry)):
            events = session.scalars(select(OrderEvent).where(OrderEvent.order_id == entry.order_id)
                                     .order_by(OrderEvent.id)).all()
            packed = next(e for e in events if e.to_status == lifecycle.PACKED)
            started = next(e for e in events if e.to_status == lifecycle.PACKING)
            assert packed.at == entry.packed_at and packed.who == entry.who, entry.order_id
            assert started.at == entry.started_at and entry.station in started.why
            assert entry.seconds == int((entry.packed_at - entry.started_at).total_seconds())
            overrides = [e for e in events if e.kind == "override"]
            if entry.overridden:
                assert len(overrides) == 1 and entry.override_why in overrides[0].why
                assert events.index(overrides[0]) == events.index(packed) - 1
                order = session.get(Order, entry.order_id)
                assert entry.units < order.items_count
            else:
                assert not overrides


def test_one_order_held_at_packing_and_one_claimed_by_station_2(demo, session) -> None:
    with session.begin():
        held = session.scalars(select(Order).where(Order.problems.like("Held at packing: %"))).all()
        assert len(held) == 1 and held[0].status == lifecycle.ON_HOLD
        assert held[0].problems in {HOLD_TEMPLATE.format(reason=r) for r in HOLD_REASONS}
        assert all(line.reserved == line.quantity for line in held[0].lines)  # its items stay reserved for it
        assert held[0].events[-1].to_status == lifecycle.ON_HOLD
        claimed = session.scalars(select(Order).join(Order.events).where(
            Order.status == lifecycle.PACKING, OrderEvent.who != "pakowanie-1",
            OrderEvent.to_status == lifecycle.PACKING)).all()
        assert len(claimed) == 1
        oid, number = claimed[0].id, claimed[0].number
    station, who, since = claims.holder(session, oid)
    assert station == "Stanowisko 2" and who and timedelta(0) < NOW - since < timedelta(minutes=10)
    with pytest.raises(claims.ClaimedElsewhere) as refused:
        claims.claim(session, oid, "Stanowisko 1", "Ania", now=NOW + timedelta(minutes=1))
    assert not refused.value.stale and refused.value.number == number and refused.value.station == "Stanowisko 2"


def test_owner_pin_is_1234_and_check_finds_no_faults(demo, db_path, capsys) -> None:
    with demo.session() as s:
        assert verify_owner_pin(s, DEMO_PIN) and DEMO_PIN == "1234"
        assert not verify_owner_pin(s, "4321")
    assert check_database(demo) == []
    assert run(["check", "--db", str(db_path)]) == 0
    assert "no faults" in capsys.readouterr().out


def test_the_same_seed_gives_the_same_pack_log(tmp_path) -> None:
    from app.db import open_database

    logs = []
    for name in ("a.db", "b.db"):
        db = open_database(tmp_path / name, create=True)
        fill_demo(db, orders=120, seed=5, now=NOW)
        with db.engine.connect() as conn:
            logs.append(conn.exec_driver_sql("SELECT order_id, who, station, packed_at, seconds, wrong_scans "
                                             "FROM pack_log ORDER BY id").all())
        db.dispose()
    assert logs[0] and logs[0] == logs[1]
