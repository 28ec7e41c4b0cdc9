"""A scale's lines read into weights in kg: MT-SICS replies and the continuous stream; no line raises."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.packing import scale_protocol as sp
from app.services.packing.scale_protocol import CONTINUOUS, MT_SICS, parse_line, request_bytes


def test_mt_sics_request_bytes():
    assert request_bytes(MT_SICS) == b"SI\r\n"
    assert request_bytes(MT_SICS, stable=True) == b"S\r\n"
    assert request_bytes(CONTINUOUS) == b""


@pytest.mark.parametrize("line, weight, stable", [
    ("S S      1.234 kg\r\n", "1.234", True),
    ("S S      1.234 kg", "1.234", True),
    ("S D      1.230 kg\n", "1.230", False),
    ("S S     1234.5 g", "1.2345", True),
    ("S S        250 g", "0.25", True),
    ("S S      0.000 kg", "0", True),
    ("S S 12.5 KG", "12.5", True),
])
def test_mt_sics_weights(line, weight, stable):
    reading = parse_line(line, MT_SICS)
    assert reading is not None and reading.kind == sp.WEIGHT and not reading.error
    assert reading.weight == Decimal(weight) and reading.stable is stable
    assert reading.raw == line.rstrip("\r\n")


def test_only_a_settled_positive_weight_is_a_parcel_weight():
    assert parse_line("S S      1.234 kg", MT_SICS).parcel_weight == Decimal("1.234")
    assert parse_line("S D      1.234 kg", MT_SICS).parcel_weight is None
    assert parse_line("S S      0.000 kg", MT_SICS).parcel_weight is None
    assert parse_line("S S     -0.500 kg", MT_SICS).parcel_weight is None
    assert parse_line("S +", MT_SICS).parcel_weight is None
    assert parse_line("ST,GS,+  2.000kg", CONTINUOUS).parcel_weight == Decimal("2.000")
    assert parse_line("US,GS,+  2.000kg", CONTINUOUS).parcel_weight is None


@pytest.mark.parametrize("line, kind, words", [
    ("S I", sp.BUSY, "busy"),
    ("S +", sp.OVERLOAD, "overloaded"),
    ("S -", sp.UNDERLOAD, "below its range"),
    ("ES", sp.REFUSED, "did not understand"),
    ("ET", sp.REFUSED, "baud rate"),
    ("EL", sp.REFUSED, "cannot weigh"),
    ("S S       1.5 lb", sp.UNIT, "weighs in lb"),
])
def test_mt_sics_replies_without_a_weight_say_why(line, kind, words):
    reading = parse_line(line + "\r\n", MT_SICS)
    assert reading is not None and reading.kind == kind and reading.weight is None
    assert words in reading.error and reading.parcel_weight is None


def test_a_negative_weight_is_read_but_refused_with_its_value():
    reading = parse_line("S S     -0.012 kg", MT_SICS)
    assert reading.weight == Decimal("-0.012") and reading.stable
    assert reading.error == "The scale shows a negative weight (-0.012 kg): empty it and set it to zero."
    # Minus zero is zero, not an error.
    assert parse_line("S S     -0.000 kg", MT_SICS).error == ""


@pytest.mark.parametrize("line, weight, stable", [
    ("ST,GS,+  1.234kg\r\n", "1.234", True),
    ("US,GS,+  1.100kg", "1.100", False),
    ("ST,NT,+0001.234kg", "1.234", True),
    ("ST,GS,+   1500g", "1.5", True),
    ("ST,GS,  0.750 kg", "0.750", True),
    ("\x02ST,GS,+  3.000kg\x03", "3.000", True),
])
def test_continuous_stream(line, weight, stable):
    reading = parse_line(line, CONTINUOUS)
    assert reading is not None and not reading.error
    assert reading.weight == Decimal(weight) and reading.stable is stable


def test_continuous_overload_negative_and_unit():
    over = parse_line("OL,GS,+  9.999kg", CONTINUOUS)
    assert over.kind == sp.OVERLOAD and over.weight is None and "overloaded" in over.error
    negative = parse_line("ST,GS,-  0.050kg", CONTINUOUS)
    assert negative.weight == Decimal("-0.050") and "negative" in negative.error
    assert parse_line("ST,GS,+  1.000oz", CONTINUOUS).kind == sp.UNIT


@pytest.mark.parametrize("line", [
    "", "\r\n", "   ", "garbage", "S", "S S", "S S kg", "S X 1.0 kg", "S S 1e5 kg", "S S NaN kg", "S S Infinity kg",
    "S S 1.2.3 kg", "I4 A \"B123\"", "SI", "GS,+  1.234kg", "ST,TR,+  1.234kg", "XX,GS,+  1.234kg", "ST,GS,",
    "ST,GS,+ .kg", "1.234kg", "S S " + "9" * 200 + " kg",
])
def test_lines_we_do_not_know_are_none(line):
    assert parse_line(line, MT_SICS) is None
    assert parse_line(line, CONTINUOUS) is None


def test_each_protocol_reads_only_its_own_lines():
    assert parse_line("ST,GS,+  1.234kg", MT_SICS) is None
    assert parse_line("S S      1.234 kg", CONTINUOUS) is None
    assert parse_line("S S      1.234 kg", "nonsense") is None


def test_bytes_are_read_too():
    assert parse_line(b"S S      2.500 kg\r\n", MT_SICS).weight == Decimal("2.500")
    assert parse_line(b"\xff\xfe\x00garbage", MT_SICS) is None


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=120), st.binary(max_size=120).map(lambda b: b.decode("latin-1"))),
       st.sampled_from([MT_SICS, CONTINUOUS]))
def test_no_line_raises(line, protocol):
    reading = parse_line(line, protocol)
    assert reading is None or isinstance(reading, sp.Reading)
    if reading is not None and reading.parcel_weight is not None:
        assert reading.parcel_weight > 0 and reading.stable and not reading.error


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=120), st.sampled_from([MT_SICS, CONTINUOUS]))
def test_no_bytes_raise(data, protocol):
    reading = parse_line(data, protocol)
    assert reading is None or isinstance(reading, sp.Reading)


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=Decimal("-999.999"), max_value=Decimal("999.999"), places=3),
       st.sampled_from(["kg", "g"]), st.booleans())
def test_any_weight_a_scale_prints_comes_back_in_kg(value, unit, stable):
    """Formatted as the scales print it (right-aligned, sign apart in the stream), every weight reads back."""
    shown = value if unit == "kg" else value * 1000
    kg = shown if unit == "kg" else shown / 1000
    mt = parse_line(f"S {'S' if stable else 'D'} {shown:>10} {unit}", MT_SICS)
    sign = "-" if shown < 0 else "+"
    stream = parse_line(f"{'ST' if stable else 'US'},GS,{sign}{abs(shown):>8}{unit}", CONTINUOUS)
    for reading in (mt, stream):
        assert reading is not None and reading.weight == kg and reading.stable is stable
        assert bool(reading.error) == (kg < 0)
