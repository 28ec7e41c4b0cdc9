"""Orders to XLSX, read back with openpyxl: real date and number cells, header, filter, and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from app.cli import run
from app.services.demo.shop import fill_demo
from app.services.orders.editing import get_order
from app.services.orders.export import COLUMNS, DATE_FORMAT, MONEY_FORMAT, export_orders
from app.services.orders.listing import OrderQuery

NOW = datetime(2026, 7, 1, 10, 0, tzinfo=UTC)  # summer: Warsaw is UTC+2


@pytest.fixture
def shop(db, session):
    fill_demo(db, orders=150, seed=11, now=NOW)
    return db


def _read(path):
    book = openpyxl.load_workbook(path)
    return book.active


def test_every_order_one_row_with_real_types(shop, session, tmp_path) -> None:
    out = tmp_path / "sub" / "orders.xlsx"
    assert export_orders(session, out) == 150
    assert not list(out.parent.glob("*.part"))
    sheet = _read(out)
    header = [c.value for c in sheet[1]]
    assert header == [title for title, _ in COLUMNS]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:O151"
    assert sheet.max_row == 151
    assert sheet.column_dimensions["D"].width == dict(COLUMNS)["E-mail"]

    rows = list(sheet.iter_rows(min_row=2))
    dates = [r[1].value for r in rows]
    assert all(isinstance(d, datetime) and d.tzinfo is None for d in dates)
    assert dates == sorted(dates, reverse=True)  # newest first
    assert all(r[1].number_format == DATE_FORMAT for r in rows)
    assert all(isinstance(r[6].value, (int, float)) and r[6].number_format == MONEY_FORMAT for r in rows)
    assert {r[10].value for r in rows} >= {"New", "Awaiting payment", "Ready to pack", "Delivered", "Cancelled"}
    assert {r[8].value for r in rows} <= {"Prepaid", "Bank transfer", "Cash on delivery"}

    # One order checked cell by cell against the database.
    number = rows[20][0].value
    from app.services.orders.editing import find_order_id

    detail = get_order(session, find_order_id(session, number))
    r = [c.value for c in rows[20]]
    local = detail.created_at.astimezone(ZoneInfo("Europe/Warsaw")).replace(tzinfo=None)
    assert abs(r[1] - local) < timedelta(seconds=1)
    assert local - detail.created_at.replace(tzinfo=None) == timedelta(hours=2)
    assert r[2] == detail.customer_name and r[3] == (detail.email or None) and r[4] == (detail.phone or None)
    assert r[5] == sum(ln.quantity for ln in detail.lines)
    assert Decimal(str(r[6])) == detail.total
    assert r[7] == "PLN"
    assert r[11] == detail.shipping_method
    assert r[13] == detail.shipping_address.city and r[14] == detail.shipping_address.postal_code


def test_query_selects_and_sorts(shop, session, tmp_path) -> None:
    out = tmp_path / "shipped.xlsx"
    n = export_orders(session, out, OrderQuery(filter="shipped", sort="total", descending=False))
    sheet = _read(out)
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == n > 0
    assert {r[10] for r in rows} <= {"Shipped", "Delivered"}
    totals = [r[6] for r in rows]
    assert totals == sorted(totals)
    assert sheet.auto_filter.ref == f"A1:O{n + 1}"


def test_translated_headers_and_labels(shop, session, tmp_path) -> None:
    words = {"Number": "Numer", "Status": "Status", "Delivered": "Dostarczone", "Orders": "Zamówienia"}
    out = tmp_path / "pl.xlsx"
    export_orders(session, out, translate=lambda s: words.get(s, s))
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Zamówienia"]
    sheet = book.active
    assert sheet["A1"].value == "Numer"
    assert "Dostarczone" in {r[10] for r in sheet.iter_rows(min_row=2, values_only=True)}


def test_empty_database_gives_header_only(session, tmp_path) -> None:
    out = tmp_path / "empty.xlsx"
    assert export_orders(session, out) == 0
    sheet = _read(out)
    assert sheet.max_row == 1 and sheet.auto_filter.ref == "A1:O1"


def test_cli_export_kinds(shop, db_path, tmp_path, capsys) -> None:
    out = tmp_path / "cli.xlsx"
    assert run(["export", "orders", "--db", str(db_path), "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"Orders exported to {out} (rows: 150).\n"
    assert _read(out).max_row == 151
    assert run(["export", "stock", "--db", str(db_path), "--out", str(tmp_path / "stock.xlsx")]) == 0
    capsys.readouterr()
    assert run(["export", "complaints", "--db", str(db_path), "--out", str(tmp_path / "compl.xlsx")]) == 0
    assert capsys.readouterr().out == f"Complaints exported to {tmp_path / 'compl.xlsx'} (cases: 0).\n"
    assert run(["export", "orders", "--db", str(db_path), "--out", str(tmp_path / "x.csv")]) == 2  # wrong arguments


def test_cli_export_from_a_mistyped_database_path_is_an_error(tmp_path, capsys):
    from app.cli import run

    assert run(["export", "orders", "--db", str(tmp_path / "sklep-typo.db"), "--out", str(tmp_path / "o.xlsx")]) == 1
    assert "There is no database at" in capsys.readouterr().err
    assert not (tmp_path / "sklep-typo.db").exists() and not (tmp_path / "o.xlsx").exists()


def test_a_buyer_name_starting_with_equals_stays_text(db, session, tmp_path) -> None:
    """'=1+1' typed as a name must not become a live formula (or a file Excel refuses)."""
    from sqlalchemy import update

    from app.models import Order

    fill_demo(db, orders=5, seed=3, now=NOW)
    with session.begin():
        session.execute(update(Order).values(customer_name="=1+1", email="=HYPERLINK(\"x\")"))
    out = tmp_path / "orders.xlsx"
    export_orders(session, out)
    rows = list(_read(out).iter_rows(min_row=2))
    assert rows and all(r[2].value == "=1+1" and r[2].data_type == "s" for r in rows)
    assert all(r[3].value == '=HYPERLINK("x")' and r[3].data_type == "s" for r in rows)


def test_the_command_line_speaks_polish_with_lang_pl(shop, db_path, tmp_path) -> None:
    """--lang pl (or a Polish system) makes the command line's own words and the services' messages Polish.
    In a process of its own, as the CLI runs (its translator needs a QCoreApplication, which a test process
    that later makes widgets must not have)."""
    import subprocess
    import sys

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, check=False)

    out = tmp_path / "zamowienia.xlsx"
    done = cli("--lang", "pl", "export", "orders", "--db", str(db_path), "--out", str(out))
    assert done.returncode == 0 and done.stdout == f"Wyeksportowano zamówienia do {out} (wierszy: 150).\n"
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "Zamówienia" and sheet.cell(1, 1).value == "Numer"
    stock = tmp_path / "stany.xlsx"
    assert cli("--lang", "pl", "export", "stock", "--db", str(db_path), "--out", str(stock)).returncode == 0
    assert openpyxl.load_workbook(stock).active.title == "Stany magazynowe"
    missing = tmp_path / "brak.db"
    refused = cli("--lang", "pl", "check", "--db", str(missing))
    assert refused.returncode == 1 and refused.stderr == f"błąd: W {missing} nie ma bazy danych.\n"
    english = cli("--lang", "en", "check", "--db", str(missing))
    assert english.returncode == 1 and english.stderr == f"error: There is no database at {missing}.\n"
