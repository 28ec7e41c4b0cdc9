"""The complaints register as XLSX, read back with openpyxl (sheets, Polish headers, the cases' rows, the figures),
and `zaplecze export complaints` run as a real process: exit codes, read-only, no shop file made."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.models.complaint import Complaint, Refund
from app.models.invoice import Invoice, InvoiceSeries
from app.services.complaints.export import export_complaints, headers
from tests.core.complaints.test_figures import MARCH, make_shop

ROOT = Path(__file__).resolve().parents[3]
GLOSSARY = json.loads((ROOT / "resources" / "translations" / "pl_complaints.json").read_text(encoding="utf-8"))
SHEETS = ["Sprawy", "Podsumowanie", "Wg przyczyn", "Wg produktów", "Wg dostawców", "Zwroty wg produktów"]
TODAY = date(2026, 4, 10)


def polish(text: str) -> str:
    """The Polish of a code's English name, as the Complaints tab shows it (the lead's glossary)."""
    return GLOSSARY.get(f"Domain|{text}", text)


@pytest.fixture
def shop(session):
    """The figures' hand-made shop, with a refund and a correction invoice on C1 (REK/2026/0001)."""
    make_shop(session)
    with session.begin():
        c1 = session.scalars(select(Complaint).where(Complaint.number == "REK/2026/0001")).one()
        series = InvoiceSeries(code="KTEST", kind="KOR", pattern="KOR/{YYYY}/{N}")
        session.add(series)
        session.flush()
        invoice = Invoice(number="KOR/2026/7", series_id=series.id, kind="KOR", issue_date=date(2026, 3, 11),
                          sale_date=date(2026, 3, 2))
        session.add(invoice)
        session.flush()
        c1.correction_invoice_id = invoice.id
        session.add_all([Refund(complaint_id=c1.id, goods=Decimal("40.00"), amount=Decimal("40.00"),
                                due_on=date(2026, 3, 24)),
                         Refund(complaint_id=c1.id, goods=Decimal("2.50"), amount=Decimal("2.50"),
                                due_on=date(2026, 3, 24))])
    return session


def _values(sheet) -> list[list]:
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_cases_sheet_in_polish(shop, tmp_path) -> None:
    out = tmp_path / "sub" / "reklamacje.xlsx"
    assert export_complaints(shop, out, date_from=MARCH[0], date_to=MARCH[1], today=TODAY, translate=polish) == 8
    assert not list(out.parent.glob("*.part"))
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == SHEETS
    rows = _values(book["Sprawy"])
    assert rows[0] == ["Numer", "Rodzaj", "Stan", "Data otrzymania", "Termin sklepu", "Data odpowiedzi", "Decyzja",
                       "Sposób załatwienia", "Klient", "Zamówienie", "Produkty", "Zwrócone kwoty", "Numer korekty",
                       "W terminie"] == headers("pl")
    assert book["Sprawy"].freeze_panes == "A2" and book["Sprawy"]["A1"].font.bold
    # By day received: C1, C2, C3, C5, C10, C6, C4, C7 (C8 is February's, C9 April's).
    assert [r[0][-2:] for r in rows[1:]] == ["01", "02", "03", "05", "10", "06", "04", "07"]
    assert rows[1] == ["REK/2026/0001", "Rękojmia (niezgodność z umową)", "Rozstrzygnięta", datetime(2026, 3, 2),
                       datetime(2026, 3, 16), datetime(2026, 3, 10), "Uznana", "Zwrot pieniędzy", "Anna Kowalska",
                       "Z000001", "KUB-1 ×2", 42.5, "KOR/2026/7", "tak"]
    assert book["Sprawy"]["L2"].number_format == "#,##0.00" and book["Sprawy"]["D2"].number_format == "yyyy-mm-dd"
    by_number = {r[0]: r for r in rows[1:]}
    assert by_number["REK/2026/0002"][10] == "KUB-1 ×1, TAL-1 ×1"
    assert by_number["REK/2026/0002"][13] == "nie"  # answered a day late
    c3 = by_number["REK/2026/0003"]
    assert (c3[1], c3[2], c3[5], c3[6], c3[7], c3[11], c3[13]) == ("Uszkodzenie w transporcie", "Rozpatrywana", None,
                                                                  None, None, None, "nie")  # past due, unanswered
    assert by_number["REK/2026/0004"][13] == "nie"  # due 8 April, unanswered on 10 April
    assert by_number["REK/2026/0007"][13] is None  # due 11 April: still running
    assert by_number["REK/2026/0005"][1] == "Odstąpienie od umowy (zwrot)"


def test_figures_sheets(shop, tmp_path) -> None:
    out = tmp_path / "f.xlsx"
    export_complaints(shop, out, date_from=MARCH[0], date_to=MARCH[1], today=TODAY, translate=polish)
    book = openpyxl.load_workbook(out)
    summary = {r[0]: r[1] for r in _values(book["Podsumowanie"])[1:]}
    assert summary["Okres od"] == datetime(2026, 3, 1) and summary["Okres do"] == datetime(2026, 3, 31)
    assert summary["Sprawy otrzymane w okresie"] == 8
    assert summary["w tym: Rękojmia (niezgodność z umową)"] == 3
    assert summary["Odpowiedzi w terminie (%)"] == 66.7
    assert (summary["Odpowiedź w terminie"], summary["Po terminie"], summary["w tym bez odpowiedzi po terminie"]) == (
        4, 2, 1)
    assert (summary["Rozstrzygnięte"], summary["Średnio dni do decyzji"]) == (4, 9.3)
    assert _values(book["Wg przyczyn"]) == [["Przyczyna", "Sprawy", "Sztuki"], ["Wada", 3, 5],
                                            ["Rezygnacja klienta", 2, 5], ["Uszkodzenie", 1, 3],
                                            ["Niezgodny z opisem", 1, 1], ["Zły towar", 1, 1]]
    assert _values(book["Wg produktów"]) == [["SKU", "Produkt", "Reklamacje", "Sztuki"], ["TAL-1", "TAL-1", 3, 5],
                                             ["KUB-1", "KUB-1", 3, 4]]
    assert _values(book["Wg dostawców"]) == [["Dostawca", "Reklamacje", "Sztuki"], ["Ceramika Bolesławiec", 3, 5],
                                             ["Porcelana Ćmielów", 2, 4]]
    assert _values(book["Zwroty wg produktów"]) == [
        ["SKU", "Produkt", "Sztuki zwrócone", "Sztuki sprzedane", "Wskaźnik zwrotów (%)"],
        ["GIFT-1", "GIFT-1", 1, 2, 50.0], ["KUB-1", "KUB-1", 3, 16, 18.8], ["KOC-1", "KOC-1", 1, 8, 12.5],
        ["SWI-1", "SWI-1", 1, 0, None]]


def test_whole_history_and_english(shop, tmp_path) -> None:
    out = tmp_path / "all.xlsx"
    assert export_complaints(shop, out, today=TODAY, lang="en") == 10
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Cases", "Summary", "By reason", "By product", "By supplier", "Returns by product"]
    first = _values(book["Cases"])[1]
    assert first[:3] == ["REK/2026/0008", "Statutory liability (non-conformity)", "Decided"]
    summary = {r[0]: r[1] for r in _values(book["Summary"])[1:]}
    assert summary["Period from"] is None and summary["Cases received in the period"] == 10


# --- the command line, as a process ------------------------------------------------------------------------------

def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], check=False, capture_output=True, text=True,
                          timeout=120, cwd=cwd or ROOT, env={**os.environ, "LANG": "en_US.UTF-8"})


def _digest(path: Path) -> str:
    """The shop's content (not its files: closing the last connection may fold the WAL into the file)."""
    con = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def test_cli_exports_polish_and_changes_nothing(shop, db_path, tmp_path) -> None:
    before = _digest(db_path)
    out = tmp_path / "reklamacje.xlsx"
    done = run("--lang", "pl", "export", "complaints", "--db", str(db_path), "--out", str(out), "--from", "2026-03-01",
               "--to", "2026-03-31")
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout and done.stderr == ""
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == SHEETS and [c.value for c in book["Sprawy"][1]] == headers("pl")
    assert book["Sprawy"].max_row == 1 + 8
    assert _digest(db_path) == before  # read-only
    done = run("export", "complaints", "--db", str(db_path), "--out", str(tmp_path / "all.xlsx"), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"kind": "complaints", "rows": 10, "out": str(tmp_path / "all.xlsx")}


@pytest.mark.parametrize("args", [
    ("--from", "2026-03-31", "--to", "2026-03-01"),
    ("--from", "31.03.2026"),
    ("--month", "2026-03"),
    ("--out", "x.csv"),
])
def test_cli_wrong_arguments_exit_2(shop, db_path, tmp_path, args) -> None:
    done = run("export", "complaints", "--db", str(db_path), "--out", str(tmp_path / "x.xlsx"), *args, cwd=tmp_path)
    assert done.returncode == 2 and "error" in done.stderr and done.stdout == ""
    assert not list(tmp_path.glob("x.*"))


def test_cli_never_makes_a_shop(tmp_path) -> None:
    typo = tmp_path / "typo.db"
    done = run("export", "complaints", "--db", str(typo), "--out", str(tmp_path / "t.xlsx"), cwd=tmp_path)
    assert done.returncode == 1 and "error" in done.stderr
    assert list(tmp_path.iterdir()) == []
