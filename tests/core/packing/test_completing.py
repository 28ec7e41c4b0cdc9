from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.core.errors import DomainError
from app.models import Order, OrderEvent, PackingSettings, PackLogEntry, Product
from app.models.base import utcnow
from app.services.orders import lifecycle
from app.services.orders.problems import OTHER, kind_of
from app.services.packing import scan as sc
from app.services.packing.claims import ClaimedElsewhere, claim, holder
from app.services.packing.completing import Override, hold_order, pack_order
from app.services.packing.pin import pin_is_set, set_owner_pin, verify_owner_pin
from app.services.packing.reading import pack_lines, product_name_by_code


def scanned(session, oid, *codes):
    state = sc.start(pack_lines(session, oid))
    for code in codes:
        state, _ = sc.scan(state, code, lambda c: product_name_by_code(session, c))
    return state


def order_and_events(session, oid):
    with session.begin():
        order = session.get(Order, oid)
        events = session.scalars(select(OrderEvent).where(OrderEvent.order_id == oid).order_by(OrderEvent.id)).all()
        return order.status, order.problems, [(e.kind, e.who, e.why) for e in events]


def test_pin_is_a_salted_scrypt_hash(session):
    assert not pin_is_set(session) and not verify_owner_pin(session, "1234")
    set_owner_pin(session, "4321")
    assert pin_is_set(session) and verify_owner_pin(session, "4321") and not verify_owner_pin(session, "1234")
    with session.begin():
        row = session.get(PackingSettings, 1)
        first_salt, first_hash = row.pin_salt, row.pin_hash
        assert b"4321" not in row.pin_hash and len(row.pin_salt) == 16
    with pytest.raises(DomainError):
        set_owner_pin(session, "5555", old_pin="0000")
    with pytest.raises(DomainError):
        set_owner_pin(session, "12")
    set_owner_pin(session, "4321", old_pin="4321")  # the same PIN again: a new salt, another hash
    with session.begin():
        row = session.get(PackingSettings, 1)
        assert row.pin_salt != first_salt and row.pin_hash != first_hash


def test_pack_lines_and_names_from_the_catalogue(session, add_product, ready_order):
    mug = add_product("MUG-1", "Kubek", ean="5901234123457")
    add_product("PLATE-1", "Talerz", ean="5900000000015")
    with session.begin():
        p = session.get(Product, mug)
        p.location, p.pack_ean, p.pack_quantity = "A-01", "5901234123464", 6
    oid = ready_order((mug, 7))
    (line,) = pack_lines(session, oid)
    assert (line.sku, line.ean, line.pack_ean, line.pack_quantity, line.location, line.ordered, line.scanned) == (
        "MUG-1", "5901234123457", "5901234123464", 6, "A-01", 7, 0)
    assert product_name_by_code(session, "5900000000015") == "Talerz (PLATE-1)"
    assert product_name_by_code(session, "nothing") is None
    state = scanned(session, oid, "5900000000015", "5901234123464", "MUG-1")
    assert state.complete and state.wrong_scans == 1


def test_pack_a_complete_order_logs_it(session, add_product, ready_order):
    mug = add_product("MUG-1", ean="5901234123457")
    oid = ready_order((mug, 2))
    claim(session, oid, "S1", "anna")
    state = scanned(session, oid, "nonsense", "2*5901234123457")
    started = utcnow() - timedelta(seconds=42)
    done = pack_order(session, oid, "S1", "anna", Decimal("1.250"), "A", started, state)
    assert (done.seconds, done.wrong_scans, done.overridden) == (42, 1, False)
    assert oid in done.changes.orders
    status, _, events = order_and_events(session, oid)
    assert status == lifecycle.PACKED and "Packed at station S1 in 42 s" in events[-1][2]
    assert holder(session, oid) is None
    with session.begin():
        log = session.get(PackLogEntry, done.log_id)
        assert (log.who, log.station, log.seconds, log.units, log.wrong_scans, log.weight, log.size) == (
            "anna", "S1", 42, 2, 1, Decimal("1.250"), "A")
        assert session.get(Product, mug).reserved == 2  # packed: still reserved until shipped


def test_incomplete_order_is_blocked_unless_the_owner_overrides(session, add_product, ready_order):
    mug, tea = add_product("MUG-1"), add_product("TEA-9")
    oid = ready_order((mug, 2), (tea, 1))
    claim(session, oid, "S1", "anna")
    state = scanned(session, oid, "MUG-1")
    started = utcnow()
    with pytest.raises(DomainError, match="not complete") as e:
        pack_order(session, oid, "S1", "anna", Decimal(1), "A", started, state)
    assert "MUG-1: 1 of 2" in str(e.value) and "TEA-9: 0 of 1" in str(e.value)
    set_owner_pin(session, "2468")
    with pytest.raises(DomainError, match="PIN is wrong"):
        pack_order(session, oid, "S1", "anna", Decimal(1), "A", started, state, override=Override("1111", "ok"))
    with pytest.raises(DomainError, match="why"):
        pack_order(session, oid, "S1", "anna", Decimal(1), "A", started, state, override=Override("2468", " "))
    assert order_and_events(session, oid)[0] == lifecycle.PACKING  # nothing was written
    done = pack_order(session, oid, "S1", "anna", Decimal(1), "A", started, state,
                      override=Override("2468", "the tea comes in a second parcel"))
    assert done.overridden
    status, _, events = order_and_events(session, oid)
    override = [e for e in events if e[0] == "override"]
    assert status == lifecycle.PACKED and len(override) == 1
    assert override[0][1] == "anna" and "the tea comes in a second parcel" in override[0][2]
    assert "TEA-9: 0 of 1" in override[0][2]
    with session.begin():
        log = session.get(PackLogEntry, done.log_id)
        assert log.overridden and log.override_why == "the tea comes in a second parcel"


def test_only_the_claiming_station_packs_and_scans_must_match_the_order(session, add_product, ready_order):
    mug = add_product("MUG-1")
    oid = ready_order((mug, 1))
    claim(session, oid, "S1", "anna")
    state = scanned(session, oid, "MUG-1")
    with pytest.raises(ClaimedElsewhere):
        pack_order(session, oid, "S2", "piotr", Decimal(1), "A", utcnow(), state)
    other = sc.start([sc.PackLine(mug, "MUG-1", None, None, None, "x", "", 2, 2)])
    with pytest.raises(DomainError, match="changed while"):
        pack_order(session, oid, "S1", "anna", Decimal(1), "A", utcnow(), other)
    with pytest.raises(DomainError, match="weight"):
        pack_order(session, oid, "S1", "anna", Decimal(0), "A", utcnow(), state)
    pack_order(session, oid, "S1", "anna", None, "A", utcnow(), state)
    with pytest.raises(DomainError, match="cannot be packed"):
        pack_order(session, oid, "S1", "anna", None, "A", utcnow(), state)


def test_hold_keeps_reservations_and_shows_the_reason_as_a_problem(session, add_product, ready_order):
    from app.services.orders.listing import OrderQuery, page

    mug = add_product("MUG-1", on_hand=5)
    oid = ready_order((mug, 3))
    claim(session, oid, "S1", "anna")
    with pytest.raises(DomainError):
        hold_order(session, oid, "  ", "anna")
    hold_order(session, oid, "Item missing on the shelf", "anna", station="S1")
    status, problems, events = order_and_events(session, oid)
    assert status == lifecycle.ON_HOLD
    assert problems == "Held at packing: Item missing on the shelf" and kind_of(problems) == OTHER
    assert events[-1][:2] == ("status", "anna") and "Item missing" in events[-1][2]
    assert holder(session, oid) is None
    with session.begin():
        assert session.get(Product, mug).reserved == 3
        assert session.get(Order, oid).lines[0].reserved == 3
    rows = page(session, OrderQuery(filter="problems"), 0, 50)
    assert [(r.id, r.problems) for r in rows] == [(oid, ("Held at packing: Item missing on the shelf",))]


def test_an_order_held_at_packing_gives_its_reservation_back_when_cancelled(session, add_product, ready_order, db):
    """Held at packing it keeps its items; cancelled after, they are free again (the hold left them reserved for
    good, since the order was no longer in a reserving status), and made ready again it does not reserve twice."""
    from app.services.orders.editing import change_status
    from app.services.shopfile.check import check_database

    mug = add_product("MUG-1", on_hand=5)
    cancelled, again = ready_order((mug, 2)), ready_order((mug, 1))
    for oid in (cancelled, again):
        claim(session, oid, "S1", "anna")
        hold_order(session, oid, "Item missing on the shelf", "anna", station="S1")
    change_status(session, [cancelled], lifecycle.CANCELLED, who="anna")
    with session.begin():
        assert session.get(Product, mug).reserved == 1
        assert session.get(Order, cancelled).lines[0].reserved == 0
    change_status(session, [again], lifecycle.READY, who="anna")
    with session.begin():
        assert session.get(Product, mug).reserved == 1
    assert check_database(db) == []
