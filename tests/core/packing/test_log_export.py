"""The pack log as XLSX, read back with openpyxl: per packer and shop day, every packed order, Polish headers, and
`zaplecze export packlog` as a process."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import openpyxl
import pytest

from app.cli import run
from app.core.errors import DomainError
from app.models.base import utcnow
from app.services.packing import scan as sc
from app.services.packing.claims import claim
from app.services.packing.completing import Override, pack_order
from app.services.packing.log_export import (
    DAY_HEADERS,
    ORDER_HEADERS,
    default_file_name,
    export_pack_log,
    pack_totals,
)
from app.services.packing.pin import set_owner_pin
from app.services.packing.reading import pack_lines

MARCH_1, MARCH_2 = date(2026, 3, 1), date(2026, 3, 2)


def _pack(session, oid, who, station, started, seconds, wrong=0, *, short=0, why=""):
    """Pack through the station's services: claim, scans (`wrong` refused ones first, `short` units left out)."""
    claim(session, oid, station, who, now=started)
    state = sc.start(pack_lines(session, oid))
    for _ in range(wrong):
        state, _v = sc.scan(state, "nonsense")
    for line in state.lines:
        state, _v = sc.scan(state, f"{line.ordered - short}*{line.sku}")
    override = Override("1234", why) if short else None
    pack_order(session, oid, station, who, Decimal("1.25"), "B", started, state, override=override,
               now=started + timedelta(seconds=seconds))


@pytest.fixture
def packed(session, add_product, ready_order):
    """Six orders of two units packed by anna and piotr on 1, 2 and 5 March 2026 (Warsaw is UTC+1 then)."""
    pid = add_product("MUG-1", on_hand=100)
    ids = [ready_order((pid, 2)) for _ in range(6)]
    set_owner_pin(session, "1234")
    d1 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    _pack(session, ids[0], "anna", "S1", d1, 30, wrong=1)
    _pack(session, ids[1], "anna", "S1", d1 + timedelta(hours=1), 50, short=1, why="Ostatnia sztuka stłuczona")
    _pack(session, ids[2], "anna", "S1", datetime(2026, 3, 1, 22, 30, tzinfo=UTC), 100, wrong=2)
    _pack(session, ids[3], "anna", "S1", datetime(2026, 3, 1, 23, 30, tzinfo=UTC), 20)  # 00:30 on 2 March
    _pack(session, ids[4], "piotr", "S2", d1, 90)
    _pack(session, ids[5], "piotr", "S2", datetime(2026, 3, 5, 9, 0, tzinfo=UTC), 10)
    return ids


def _sheets(path):
    book = openpyxl.load_workbook(path)
    return book.worksheets


def _values(sheet):
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_days_per_packer_and_every_order_read_back(session, packed, tmp_path) -> None:
    out = tmp_path / "sub" / "log.xlsx"
    assert export_pack_log(session, out, MARCH_1, MARCH_2) == 3
    assert not list(out.parent.glob("*.part"))
    days, orders = _sheets(out)
    assert (days.title, orders.title) == ("Packers by day", "Packed orders")
    rows = _values(days)
    assert rows[0] == DAY_HEADERS["en"] and days.freeze_panes == "A2"
    assert rows[1:] == [
        [datetime(2026, 3, 1), "anna", 3, timedelta(seconds=50), 5, 3, 1],  # one unit left out with the PIN
        [datetime(2026, 3, 1), "piotr", 1, timedelta(seconds=90), 2, 0, 0],
        [datetime(2026, 3, 2), "anna", 1, timedelta(seconds=20), 2, 0, 0],
    ]
    assert days.cell(2, 4).number_format == "[m]:ss" and days.cell(2, 1).number_format == "yyyy-mm-dd"
    rows = _values(orders)
    assert rows[0] == ORDER_HEADERS["en"]
    assert len(rows) == 1 + 5  # 5 March is outside the range
    first = rows[1]
    assert first[1:] == ["S1", "anna", datetime(2026, 3, 1, 9, 0), datetime(2026, 3, 1, 9, 0, 30), 30, 2, 1, 1.25,
                         "B", None]
    assert first[0].startswith("Z")  # the order's number, as the Orders tab shows it
    override = next(r for r in rows[1:] if r[10])
    assert override[10] == "Ostatnia sztuka stłuczona" and override[6] == 1
    assert rows[-1][2:5] == ["anna", datetime(2026, 3, 2, 0, 30), datetime(2026, 3, 2, 0, 30, 20)]


def test_polish_headers_one_packer_and_an_empty_range(session, packed, tmp_path) -> None:
    out = tmp_path / "dziennik.xlsx"
    assert export_pack_log(session, out, MARCH_1, date(2026, 3, 31), who="piotr", lang="pl") == 2
    days, orders = _sheets(out)
    assert (days.title, orders.title) == ("Pakujący wg dni", "Spakowane zamówienia")
    assert [c.value for c in days[1]] == DAY_HEADERS["pl"] and DAY_HEADERS["pl"][3] == "Mediana czasu na zamówienie"
    assert [c.value for c in orders[1]][:3] == ["Zamówienie", "Stanowisko", "Pakujący"]
    assert {r[1] for r in _values(days)[1:]} == {"piotr"} and orders.max_row == 3
    empty = tmp_path / "empty.xlsx"
    assert export_pack_log(session, empty, date(2026, 2, 1), date(2026, 2, 28)) == 0
    assert [s.max_row for s in _sheets(empty)] == [1, 1]
    assert default_file_name(MARCH_1, MARCH_2, "pl") == "dziennik-pakowania-2026-03-01-2026-03-02.xlsx"


def test_a_reversed_range_is_refused_and_writes_nothing(session, packed, tmp_path) -> None:
    with pytest.raises(DomainError, match="The start date 2026-03-02 is after the end date 2026-03-01"):
        export_pack_log(session, tmp_path / "x.xlsx", MARCH_2, MARCH_1)
    assert not (tmp_path / "x.xlsx").exists()


def test_totals_take_the_median_of_orders_not_of_days(session, packed) -> None:
    totals = pack_totals(session, MARCH_1, MARCH_2)
    everyone, anna = totals[None], totals["anna"]
    assert (anna.orders, anna.median_seconds, anna.units, anna.wrong_scans, anna.overridden) == (4, 40.0, 7, 3, 1)
    assert (everyone.orders, everyone.median_seconds) == (5, 50.0)
    assert set(totals) == {None, "anna", "piotr"}
    assert pack_totals(session, date(2026, 2, 1), date(2026, 2, 28)) == {}


def test_cli_export_packlog(session, packed, db_path, tmp_path, capsys) -> None:
    out = tmp_path / "cli.xlsx"
    assert run(["export", "packlog", "--db", str(db_path), "--out", str(out), "--from", "2026-03-01",
                "--to", "2026-03-02"]) == 0
    assert capsys.readouterr().out == f"Pack log exported to {out} (rows: 3).\n"
    assert _sheets(out)[1].max_row == 6
    # Without a range: the last 30 days, to today (nothing of March 2026 unless today is then).
    today = tmp_path / "today.xlsx"
    assert run(["export", "packlog", "--db", str(db_path), "--out", str(today)]) == 0
    capsys.readouterr()
    assert _sheets(today)[0].max_row >= 1
    # Wrong arguments: exit 2 and no file.
    assert run(["export", "packlog", "--db", str(db_path), "--out", str(tmp_path / "r.xlsx"), "--from", "2026-03-02",
                "--to", "2026-03-01"]) == 2
    assert "after the end date" in capsys.readouterr().err and not (tmp_path / "r.xlsx").exists()
    assert run(["export", "stock", "--db", str(db_path), "--out", str(tmp_path / "s.xlsx"), "--from",
                "2026-03-01"]) == 2
    assert "pack log" in capsys.readouterr().err and not (tmp_path / "s.xlsx").exists()
    with pytest.raises(SystemExit) as bad:
        run(["export", "packlog", "--db", str(db_path), "--out", str(tmp_path / "b.xlsx"), "--from", "1.03.2026"])
    assert bad.value.code == 2 and "is not a date (YYYY-MM-DD)" in capsys.readouterr().err
    # A mistyped database path is refused, never made into a new shop.
    assert run(["export", "packlog", "--db", str(tmp_path / "typo.db"), "--out", str(tmp_path / "t.xlsx")]) == 1
    assert not (tmp_path / "typo.db").exists() and not (tmp_path / "t.xlsx").exists()


def test_cli_export_packlog_in_polish_as_a_process(session, add_product, ready_order, db_path, tmp_path) -> None:
    """In a process of its own, as the CLI runs; a pack of today shows in the default range (the last 30 days)."""
    pid = add_product("MUG-1", on_hand=10)
    _pack(session, ready_order((pid, 1)), "Ania", "Stanowisko 1", utcnow() - timedelta(minutes=10), 75)
    out = tmp_path / "dziennik.xlsx"
    done = subprocess.run([sys.executable, "-m", "app", "--lang", "pl", "export", "packlog", "--db", str(db_path),
                           "--out", str(out)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Wyeksportowano dziennik pakowania do {out} (wierszy: 1).\n"
    days, orders = _sheets(out)
    assert days.title == "Pakujący wg dni" and days.cell(1, 2).value == "Pakujący"
    assert days.cell(2, 2).value == "Ania" and days.cell(2, 4).value == timedelta(seconds=75)
    assert orders.cell(2, 2).value == "Stanowisko 1"
