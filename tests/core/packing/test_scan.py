from __future__ import annotations

import statistics
import time

from app.services.packing import scan as sc
from app.services.packing.scan import PackLine, parse_scan, start, undo

MUG = PackLine(1, "MUG-1", "5901234123457", "5901234123464", 6, "Kubek", "A-01-1", 8)
TEA = PackLine(2, "TEA-9", "4006381333931", None, None, "Herbata", "B-02-3", 1)
SHOP = {"5900000000015": "Talerz (PLATE-1)"}


def run(state, *scans):
    verdicts = []
    for text in scans:
        state, verdict = sc.scan(state, text, SHOP.get)
        verdicts.append(verdict)
    return state, verdicts


def test_parse_scan():
    assert parse_scan(" 5*5901234123457 \r") == (5, "5901234123457")
    assert parse_scan("MUG-1") == (1, "MUG-1")
    assert parse_scan("0*MUG-1")[0] is None and parse_scan("x*MUG-1")[0] is None and parse_scan("5*")[0] is None


def test_ean_sku_prefix_and_pack_tick():
    state, (a, b, c) = run(start([MUG, TEA]), "5901234123457", "mug-1", "4006381333931")
    assert [v.kind for v in (a, b, c)] == [sc.TICKED] * 3
    assert (a.line, a.quantity, c.line) == (0, 1, 1)
    assert [line.scanned for line in state.lines] == [2, 1]
    state, (p,) = run(state, "5901234123464")  # the 6-pack's own EAN
    assert (p.kind, p.quantity, p.line, p.complete) == (sc.TICKED, 6, 0, True)
    assert state.complete and state.units == 9 and state.wrong_scans == 0
    state, (q,) = run(start([MUG]), "8*5901234123457")
    assert q.quantity == 8 and q.complete


def test_refusals_tick_nothing_and_say_why():
    state0 = start([MUG, TEA])
    state, (unknown, wrong, bad) = run(state0, "1234", "5900000000015", "0*MUG-1")
    assert [v.kind for v in (unknown, wrong, bad)] == [sc.UNKNOWN, sc.WRONG_ITEM, sc.BAD_QUANTITY]
    assert not any(v.ok for v in (unknown, wrong, bad))
    assert "1234" in unknown.message and "Kubek (MUG-1)" in unknown.message
    assert "Talerz (PLATE-1)" in wrong.message and "Herbata (TEA-9)" in wrong.message
    assert state.lines == state0.lines and state.wrong_scans == 2  # a bad prefix is a typing slip, not a wrong item
    state, (ok, one_more) = run(state, "TEA-9", "TEA-9")
    assert ok.ok and one_more.kind == sc.TOO_MANY and "One too many" in one_more.message
    state, (pack,) = run(state, "2*5901234123464")  # 12 units, 8 ordered
    assert pack.kind == sc.TOO_MANY and "12" in pack.message and "8 left" in pack.message
    assert [line.scanned for line in state.lines] == [0, 1] and state.wrong_scans == 4
    state, (empty,) = run(state, "   ")
    assert empty.kind == sc.EMPTY and state.wrong_scans == 4


def test_a_code_without_leading_zeros_is_the_same_gtin():
    upc = PackLine(3, "CAP", "012345678905", None, None, "Czapka", "", 1)
    _, (v,) = run(start([upc]), "0012345678905")
    assert v.ok


def test_one_product_on_two_lines_fills_them_in_order():
    state, (v,) = run(start([MUG, MUG]), "10*MUG-1")
    assert v.ok and [line.scanned for line in state.lines] == [8, 2]
    state, u = undo(state)
    assert u.kind == sc.UNDONE and u.quantity == 10 and [line.scanned for line in state.lines] == [0, 0]


def test_undo_takes_back_the_last_accepted_scan_only():
    state, _ = run(start([MUG, TEA]), "TEA-9", "2*MUG-1", "nonsense")
    state, u = undo(state)
    assert (u.kind, u.quantity, u.line) == (sc.UNDONE, 2, 0)
    assert [line.scanned for line in state.lines] == [0, 1] and state.wrong_scans == 1
    state, u = undo(state)
    state, u = undo(state)
    assert u.kind == sc.NOTHING_TO_UNDO and state.units == 0


def test_complete_only_when_every_line_is():
    state, (v,) = run(start([MUG, TEA]), "8*MUG-1")
    assert not v.complete and not state.complete
    state, (v,) = run(state, "TEA-9")
    assert v.complete and state.complete
    assert not start([]).complete


def test_a_scan_is_far_under_a_millisecond_on_a_big_order():
    lines = [PackLine(i, f"SKU-{i}", None, None, None, f"Produkt {i}", "", 3) for i in range(100)]
    state = start(lines)
    times = []
    for i in range(300):
        t = time.perf_counter()
        state, v = sc.scan(state, f"SKU-{i % 100}", SHOP.get)
        times.append(time.perf_counter() - t)
        assert v.ok
    assert state.complete
    assert statistics.median(times) < 0.001, statistics.median(times)
