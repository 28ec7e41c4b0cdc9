"""The station's scale read over a real serial line: a pseudo-terminal pair made by socat, the test playing the
scale on one end and ScaleReader on the other, in both protocols."""

from __future__ import annotations

import signal
from decimal import Decimal

import pytest

from app.config import Settings
from app.services.packing import scale_protocol as sp
from app.ui.kit import settings
from app.ui.packing.scale import ScaleReader, ScaleSetup, available_ports, configured_scale, save_scale_setup


@pytest.fixture
def reader(qtbot):
    r = ScaleReader()
    yield r
    r.close()
    r.deleteLater()


def test_mt_sics_stable_reply_to_a_request(qtbot, line, reader):
    scale, host = line
    assert reader.open(str(host), 9600, sp.MT_SICS), reader.error
    assert reader.is_open and reader.last is None
    reader.request()
    assert scale.read_until(qtbot, b"SI\r\n") == b"SI\r\n"
    with qtbot.waitSignal(reader.reading, timeout=3000) as got:
        scale.write(b"S S      1.234 kg\r\n")
    reading = got.args[0]
    assert reading.weight == Decimal("1.234") and reading.stable and not reading.error
    assert reader.last is reading and reader.last.parcel_weight == Decimal("1.234")


def test_mt_sics_dynamic_reply_is_not_stable(qtbot, line, reader):
    scale, host = line
    assert reader.open(str(host), protocol=sp.MT_SICS), reader.error
    with qtbot.waitSignal(reader.reading, timeout=3000) as got:
        scale.write(b"S S      2.000 kg\r\n")
    assert reader.last is got.args[0]
    reader.request()
    scale.read_until(qtbot, b"SI\r\n")
    with qtbot.waitSignal(reader.reading, timeout=3000) as got:
        scale.write(b"S D      1.230 kg\r\n")
    assert got.args[0].weight == Decimal("1.230") and not got.args[0].stable
    # The parcel is moving: the earlier settled weight is no longer what the scale shows.
    assert reader.last is None


def test_continuous_stream_split_mid_line(qtbot, line, reader):
    scale, host = line
    assert reader.open(str(host), 9600, sp.CONTINUOUS), reader.error
    reader.request()  # nothing to ask a streaming scale
    assert scale.read_until(qtbot, b"S", timeout=0.3) == b""
    readings = []
    reader.reading.connect(readings.append)
    # The reader was opened in the middle of a line; then whole lines arrive in pieces cut anywhere.
    pieces = [b"kg\r\nUS,GS,+  1.1", b"00kg\r\nST,G", b"S,+  1.2", b"34k", b"g\r", b"\n"]
    with qtbot.waitSignal(reader.reading, timeout=3000, check_params_cb=lambda r: r.stable):
        for piece in pieces:
            scale.write(piece)
            qtbot.wait(30)
    assert [(r.weight, r.stable) for r in readings] == [(Decimal("1.100"), False), (Decimal("1.234"), True)]
    assert reader.last.weight == Decimal("1.234")


def test_overload_is_a_reading_with_the_error(qtbot, line, reader):
    scale, host = line
    assert reader.open(str(host), 9600, sp.CONTINUOUS), reader.error
    failures = []
    reader.failed.connect(failures.append)
    with qtbot.waitSignal(reader.reading, timeout=3000) as got:
        scale.write(b"OL,GS,+  9.999kg\r\n")
    reading = got.args[0]
    assert reading.kind == sp.OVERLOAD and reading.weight is None and reading.parcel_weight is None
    assert reading.error == "The scale is overloaded: the parcel is too heavy for it."
    assert reader.last is None and failures == []


def test_an_error_reply_fails_in_words(qtbot, line, reader):
    scale, host = line
    assert reader.open(str(host), 9600, sp.MT_SICS), reader.error
    with qtbot.waitSignal(reader.failed, timeout=3000) as got:
        scale.write(b"ES\r\n")
    assert "did not understand" in got.args[0]


def test_error_reply_in_polish(qtbot, line, reader, polish):
    scale, host = line
    assert reader.open(str(host), 9600, sp.MT_SICS), reader.error
    with qtbot.waitSignal(reader.failed, timeout=3000) as got:
        scale.write(b"ET\r\n")
    assert "prędkość" in got.args[0], got.args[0]


def test_a_port_that_does_not_exist(reader, tmp_path):
    missing = tmp_path / "no-such-port"
    assert reader.open(str(missing)) is False
    assert str(missing) in reader.error and "could not be opened" in reader.error
    assert not reader.is_open


def test_a_port_that_does_not_exist_in_polish(reader, tmp_path, polish):
    assert reader.open(str(tmp_path / "COM9")) is False
    assert reader.error.startswith("Nie udało się otworzyć portu wagi"), reader.error


def test_the_line_going_away_fails_and_closes(qtbot, line, reader):
    """The cable pulled (here: the pseudo-terminal pair gone): the station is told, the port is closed."""
    scale, host = line
    assert reader.open(str(host), 9600, sp.CONTINUOUS), reader.error
    with qtbot.waitSignal(reader.reading, timeout=3000):
        scale.write(b"ST,GS,+  1.000kg\r\n")
    assert reader.last is not None
    with qtbot.waitSignal(reader.failed, timeout=5000) as got:
        scale.proc.send_signal(signal.SIGTERM)
    assert got.args[0].startswith("The scale was disconnected (")
    assert reader.last is None and not reader.is_open


def test_an_unknown_protocol_is_refused(reader, line):
    _scale, host = line
    assert reader.open(str(host), 9600, "morse") is False
    assert "morse" in reader.error and not reader.is_open


def test_the_station_scale_setting(qapp):
    assert configured_scale() is None  # nothing set up: the weight is typed
    save_scale_setup(ScaleSetup("ttyUSB0", 4800, sp.CONTINUOUS))
    try:
        assert configured_scale() == ScaleSetup("ttyUSB0", 4800, sp.CONTINUOUS)
        assert settings.load(Settings.PACKING_SCALE_BAUD) == 4800
    finally:
        save_scale_setup(None)
    assert configured_scale() is None


def test_open_configured_reads_the_setting(qtbot, line, reader):
    scale, host = line
    assert reader.open_configured() is False and reader.error == ""
    save_scale_setup(ScaleSetup(str(host), 9600, sp.CONTINUOUS))
    try:
        assert reader.open_configured(), reader.error
        with qtbot.waitSignal(reader.reading, timeout=3000) as got:
            scale.write(b"ST,GS,+  0.500kg\r\n")
        assert got.args[0].parcel_weight == Decimal("0.500")
    finally:
        save_scale_setup(None)


def test_available_ports_are_names():
    ports = available_ports()
    assert isinstance(ports, list) and all(isinstance(p, str) and p for p in ports)
