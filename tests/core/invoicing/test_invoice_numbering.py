"""Invoice numbers: patterns, series, periods; gapless and unique with two stations issuing at once (SQLite and
PostgreSQL) and after a process killed in the middle of issuing."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core.errors import DomainError
from app.models import Invoice, InvoiceCounter
from app.services.invoicing.data import KOR, VAT
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.numbering import (
    SeriesData,
    check_pattern,
    format_number,
    list_series,
    period_key,
    save_series,
)
from app.services.invoicing.reading import invoice_doc

ROOT = Path(__file__).resolve().parents[3]


def test_patterns_make_numbers():
    day = date(2026, 3, 7)
    assert format_number("FV/{YYYY}/{MM}/{N}", day, 12) == "FV/2026/03/12"
    assert format_number("{N:04}/{YY}", day, 7) == "0007/26"
    assert format_number("{N:4}-{DD}.{MM}.{YYYY}", day, 31) == "0031-07.03.2026"
    assert format_number("F{N}", day, 123456) == "F123456"
    assert (period_key("month", day), period_key("year", day), period_key("never", day)) == ("2026-03", "2026", "")


@pytest.mark.parametrize(("pattern", "reset", "words"), [
    ("FV/{YYYY}/{MM}", "month", "exactly once"),
    ("FV/{N}/{N}", "never", "exactly once"),
    ("FV/{YYYY}/{N}", "month", "month and the year"),
    ("FV/{MM}/{N}", "year", "needs the year"),
    ("FV/{Q}/{N}", "never", "unknown part 'Q'"),
    ("FV/{YYYY/{N}", "never", "brace"),
    ("FV/{N}", "weekly", "every month, every year or never"),
])
def test_patterns_that_would_repeat_or_cannot_be_read_are_refused(pattern, reset, words):
    with pytest.raises(DomainError, match=words):
        check_pattern(pattern, reset)


def test_default_series_are_made_on_first_use_and_numbers_follow(session, seller, make_order):
    series = list_series(session)
    assert [(s.code, s.kind, s.pattern, s.reset, s.is_default) for s in series] == [
        ("FV", VAT, "FV/{YYYY}/{MM}/{N}", "month", True), ("KOR", KOR, "KOR/{YYYY}/{MM}/{N}", "month", True)]
    may, june = date(2026, 5, 31), date(2026, 6, 1)
    numbers = [invoice_doc(session, issue_invoice(session, make_order(), "t", issue_date=d)).number
               for d in (may, may, june, may)]
    # A back-dated invoice takes its own month's next number.
    assert numbers == ["FV/2026/05/1", "FV/2026/05/2", "FV/2026/06/1", "FV/2026/05/3"]


def test_a_series_of_its_own_counts_over_the_year(session, seller, make_order):
    list_series(session)  # the standard ones first
    sid = save_series(session, SeriesData(None, "s1", VAT, "S1/{N:04}/{YY}", "year", is_default=True))
    assert [s.code for s in list_series(session) if s.is_default and s.kind == VAT] == ["S1"]
    numbers = [invoice_doc(session, issue_invoice(session, make_order(), "t", issue_date=d)).number
               for d in (date(2025, 12, 31), date(2026, 1, 2), date(2026, 2, 3))]
    assert numbers == ["S1/0001/25", "S1/0001/26", "S1/0002/26"]
    # Numbered invoices keep the series' pattern; a code must be unique.
    with pytest.raises(DomainError, match="has numbered invoices already"):
        save_series(session, SeriesData(sid, "S1", VAT, "S1/{N}", "never"))
    with pytest.raises(DomainError, match="already a series FV"):
        save_series(session, SeriesData(None, "FV", VAT, "X/{N}", "never"))
    # Another series by its code, not the default one.
    other = invoice_doc(session, issue_invoice(session, make_order(), "t", series="FV", issue_date=date(2026, 2, 3)))
    assert other.number == "FV/2026/02/1"


RACER = """
import sys, time
from pathlib import Path
from app.db import open_database
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.reading import invoice_doc
db_url, go, ids = sys.argv[1], Path(sys.argv[2]), [int(i) for i in sys.argv[3].split(",")]
db = open_database(db_url)
while not go.exists():
    time.sleep(0.001)
for oid in ids:
    s = db.session()
    try:
        print(oid, invoice_doc(s, issue_invoice(s, oid, "racer")).number, flush=True)
    finally:
        s.close()
db.dispose()
"""


def _race(db_url: str, orders: list[int], tmp_path: Path) -> list[str]:
    go = tmp_path / "go"
    halves = (orders[: len(orders) // 2], orders[len(orders) // 2:])
    procs = [subprocess.Popen([sys.executable, "-c", RACER, db_url, str(go), ",".join(map(str, half))], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for half in halves]
    time.sleep(1.5)  # both have opened the database and wait
    go.touch()
    per_process = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        per_process.append([line.split()[1] for line in out.splitlines()])
    # A real race: each station's numbers are not one block, the other's came in between.
    first = sorted(int(n.rsplit("/", 1)[1]) for n in per_process[0])
    assert first[-1] - first[0] + 1 > len(first), "the two processes did not overlap"
    return per_process[0] + per_process[1]


def _gapless(numbers: list[str], count: int) -> None:
    ns = sorted(int(re.fullmatch(r"FV/\d{4}/\d\d/(\d+)", n)[1]) for n in numbers)
    assert ns == list(range(1, count + 1))


def test_two_processes_issue_200_invoices_each_gapless_and_unique(db, db_path, session, seller, make_order,
                                                                  tmp_path):
    orders = [make_order() for _ in range(400)]
    session.close()
    numbers = _race(str(db_path), orders, tmp_path)
    assert len(numbers) == len(set(numbers)) == 400
    _gapless(numbers, 400)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 400
        assert s.scalar(select(InvoiceCounter.last)) == 400


def test_two_processes_on_postgresql(pg_url, order_input, tmp_path):
    from decimal import Decimal

    from app.db import open_database
    from app.services.invoicing.settings import SellerSettings, save_settings
    from app.services.orders.editing import create_order

    database = open_database(pg_url)
    try:
        s = database.session()
        save_settings(s, SellerSettings(name="Sklep", nip="5260250274", street="ul. Prosta 51", postal_code="00-838",
                                        city="Warszawa"))
        orders = [create_order(s, order_input(None, price=str(Decimal(10) + i)), "t") for i in range(400)]
        s.close()
        numbers = _race(pg_url, orders, tmp_path)
        assert len(numbers) == len(set(numbers)) == 400
        _gapless(numbers, 400)
    finally:
        database.dispose()


CRASHER = """
import sys, time
from pathlib import Path
from app.db import open_database
from app.services.invoicing import issuing, numbering
db_url, taken, oid = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
real = numbering.take_number

def take_and_hang(session, series, issue_date):
    number = real(session, series, issue_date)
    session.flush()
    taken.write_text(number)
    time.sleep(600)  # killed here: the number is taken, the invoice half-written, nothing committed

numbering.take_number = take_and_hang
db = open_database(db_url)
issuing.issue_invoice(db.session(), oid, "crasher")
"""


def _crash_then_issue(db_url: str, session, make_next, crashed_order: int, tmp_path: Path) -> None:
    taken = tmp_path / "taken"
    proc = subprocess.Popen([sys.executable, "-c", CRASHER, db_url, str(taken), str(crashed_order)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(600):
            if taken.exists() or proc.poll() is not None:
                break
            time.sleep(0.05)
        assert taken.exists(), proc.communicate()[1]
        assert taken.read_text().endswith("/2")  # it had taken number 2
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    # The killed process's transaction is gone: the next invoice takes number 2, and the crashed order can be
    # invoiced again.
    assert invoice_doc(session, issue_invoice(session, make_next(), "t")).number.endswith("/2")
    assert invoice_doc(session, issue_invoice(session, crashed_order, "t")).number.endswith("/3")


def test_a_process_killed_mid_issue_leaves_no_gap(db_path, session, seller, make_order, tmp_path):
    issue_invoice(session, make_order(), "t")
    crashed = make_order()
    session.close()
    _crash_then_issue(str(db_path), session, make_order, crashed, tmp_path)
    with session.begin():
        assert session.scalar(select(func.count()).select_from(Invoice)) == 3


def test_a_process_killed_mid_issue_leaves_no_gap_on_postgresql(pg_url, order_input, tmp_path):
    from app.db import open_database
    from app.services.invoicing.settings import SellerSettings, save_settings
    from app.services.orders.editing import create_order

    database = open_database(pg_url)
    try:
        s = database.session()
        save_settings(s, SellerSettings(name="Sklep", nip="5260250274", street="ul. Prosta 51", postal_code="00-838",
                                        city="Warszawa"))
        issue_invoice(s, create_order(s, order_input(None), "t"), "t")
        crashed = create_order(s, order_input(None), "t")
        s.close()
        _crash_then_issue(pg_url, s, lambda: create_order(s, order_input(None), "t"), crashed, tmp_path)
        s.close()
    finally:
        database.dispose()
