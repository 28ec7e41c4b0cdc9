from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from app.core.errors import DomainError
from app.models import Product
from app.services.packing import scan as sc
from app.services.packing.claims import claim
from app.services.packing.completing import pack_order
from app.services.packing.log import pack_log
from app.services.packing.pack_barcodes import set_pack_barcode
from app.services.packing.reading import pack_lines


def test_pack_barcode_is_a_unique_valid_gtin_with_a_quantity(session, add_product):
    mug = add_product("MUG-1", ean="5901234123457")
    plate = add_product("PLATE-1", ean="5900000000015")
    changes = set_pack_barcode(session, mug, " 5901234123464 ", 6)
    assert changes.products == {mug}
    with session.begin():
        p = session.get(Product, mug)
        assert (p.pack_ean, p.pack_quantity) == ("5901234123464", 6)
    with pytest.raises(DomainError, match="check digit"):
        set_pack_barcode(session, plate, "5901234123465", 6)
    with pytest.raises(DomainError, match="MUG-1"):
        set_pack_barcode(session, plate, "5901234123464", 6)  # MUG-1's pack EAN
    with pytest.raises(DomainError, match="MUG-1"):
        set_pack_barcode(session, plate, "5901234123457", 6)  # MUG-1's unit EAN
    with pytest.raises(DomainError, match="own"):
        set_pack_barcode(session, plate, "5900000000015", 6)
    with pytest.raises(DomainError, match="how many"):
        set_pack_barcode(session, plate, "4006381333931", 1)
    set_pack_barcode(session, mug, None, None)
    with session.begin():
        p = session.get(Product, mug)
        assert (p.pack_ean, p.pack_quantity) == (None, None)
    set_pack_barcode(session, plate, "5901234123464", 12)  # free again


def _pack(session, oid, who, station, started, seconds, wrong=0):
    claim(session, oid, station, who, now=started)
    state = sc.start(pack_lines(session, oid))
    for _ in range(wrong):
        state, _v = sc.scan(state, "nonsense")
    for line in state.lines:
        state, _v = sc.scan(state, f"{line.ordered}*{line.sku}")
    pack_order(session, oid, station, who, Decimal(1), "A", started, state, now=started + timedelta(seconds=seconds))


def test_pack_log_per_packer_and_shop_day(session, add_product, ready_order):
    pid = add_product("MUG-1", on_hand=100)
    ids = [ready_order((pid, 2)) for _ in range(6)]
    # 22:30 UTC on 1 March is 23:30 in Warsaw (same day); 23:30 UTC is 00:30 on 2 March there.
    d1 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    _pack(session, ids[0], "anna", "S1", d1, 30, wrong=1)
    _pack(session, ids[1], "anna", "S1", d1 + timedelta(hours=1), 50)
    _pack(session, ids[2], "anna", "S1", datetime(2026, 3, 1, 22, 30, tzinfo=UTC), 100, wrong=2)
    _pack(session, ids[3], "anna", "S1", datetime(2026, 3, 1, 23, 30, tzinfo=UTC), 20)
    _pack(session, ids[4], "piotr", "S2", d1, 90)
    _pack(session, ids[5], "piotr", "S2", datetime(2026, 3, 5, 9, 0, tzinfo=UTC), 10)
    rows = pack_log(session, date(2026, 3, 1), date(2026, 3, 2))
    got = [(r.day, r.who, r.orders, r.median_seconds, r.wrong_scans, r.units) for r in rows]
    assert got == [
        (date(2026, 3, 1), "anna", 3, 50.0, 3, 6),
        (date(2026, 3, 1), "piotr", 1, 90.0, 0, 2),
        (date(2026, 3, 2), "anna", 1, 20.0, 0, 2),
    ]
    assert [r.who for r in pack_log(session, date(2026, 3, 1), date(2026, 3, 31), who="piotr")] == ["piotr"] * 2
    assert pack_log(session, date(2026, 2, 1), date(2026, 2, 28)) == []


def test_a_pack_ean_cannot_become_another_products_ean(session, add_product):
    """One code finds one product: the catalogue refuses an EAN that is already a pack's barcode."""
    from app.services.catalogue.products import ProductInput, create_product

    mug = add_product("MUG-1")
    set_pack_barcode(session, mug, "5901234123457", 6)
    with pytest.raises(DomainError, match="5901234123457 already belongs to product MUG-1"):
        create_product(session, ProductInput(sku="MUG-2", name="Kubek 2", gross_price=Decimal("9.99"),
                                             ean="5901234123457"), "anna")
