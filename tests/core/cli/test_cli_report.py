"""`zaplecze report` as a process: the month's PDF, whose text (pdftotext, as a person copies it) holds the month's
figures in Polish, and a page that looks like a report (pdftoppm)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from app.models import Order, OrderLine
from tests.support.pdftools import need

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "app", *args], check=False, capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=180)


def _march(db) -> None:
    """March 2026: three orders, 12.30 + 24.60 + 10.80 = 47.70 gross; February: one of 5.00."""
    with db.session() as s, s.begin():
        for number, month, day, total, source in (("1", 3, 3, "12.30", "manual"), ("2", 3, 3, "24.60", "sklep"),
                                                  ("3", 3, 10, "10.80", "manual"), ("4", 2, 25, "5.00", "manual")):
            o = Order(number=number, created_at=datetime(2026, month, day, 9, tzinfo=UTC), status="new",
                      source=source, total=Decimal(total), customer_name="Jan")
            o.lines.append(OrderLine(position=0, sku="KUBEK-ŻÓŁTY", name="Kubek", quantity=1,
                                     unit_price=Decimal(total), vat_rate="23"))
            s.add(o)


def _report(db, db_path, out: Path, lang: str) -> str:
    """March's report written by the command in `lang`; its text as pdftotext reads it."""
    need("pdftotext")
    _march(db)
    db.dispose()
    done = run("--lang", lang, "report", "--db", str(db_path), "--month", "2026-03", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.is_file() and not out.with_name(out.name + ".part").exists()
    return subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout


def test_report_writes_the_months_pdf_in_polish(db, db_path, tmp_path):
    out = tmp_path / "raport.pdf"
    text = _report(db, db_path, out, "pl")
    assert "Raport miesięczny 2026-03" in text
    assert "2026-03-01 – 2026-03-31" in text and "2026-02-01 – 2026-02-28" in text
    assert "Zamówienia wg źródła" in text and "Średnia wartość zamówienia" in text
    assert "KUBEK-ŻÓŁTY" in text
    total = next(line for line in text.splitlines() if line.strip().startswith("Razem"))
    assert total.split()[1:] == ["3", "47,70", "38,78", "15,90"]  # orders, gross, net (47.70 / 1.23), average
    assert "strona 1 z" in text
    if os.environ.get("ZAPLECZE_SHOTS"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(out),
                        os.path.join(os.environ["ZAPLECZE_SHOTS"], "monthly_report")], check=True)


def test_report_refuses_wrong_arguments(db_path, tmp_path):
    assert run("report", "--db", str(db_path), "--month", "2026-13", "--out", str(tmp_path / "r.pdf")).returncode == 2
    bad = run("--lang", "en", "report", "--db", str(db_path), "--month", "2026-03", "--out", str(tmp_path / "r.png"))
    assert bad.returncode == 2 and ".pdf" in bad.stderr
    missing = run("--lang", "en", "report", "--db", str(tmp_path / "none.db"), "--month", "2026-03", "--out",
                  str(tmp_path / "r.pdf"))
    assert missing.returncode == 1 and not (tmp_path / "r.pdf").exists()


def test_report_in_english_says_so_at_every_foot(db, db_path, tmp_path):
    text = _report(db, db_path, tmp_path / "report.pdf", "en")
    assert "Monthly report 2026-03" in text and "page 1 of" in text and "strona" not in text
