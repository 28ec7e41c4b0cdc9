"""`zaplecze export customers --db DB --out FILE.xlsx` run as a real process on a real shop file."""

from __future__ import annotations

import json
import subprocess
import sys

from openpyxl import load_workbook

from app.models.customer import Customer
from app.services.orders.editing import create_order


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], check=False, capture_output=True, text=True,
                          timeout=120)


def test_export_customers_from_the_command_line(db_path, session, order_input, tmp_path):
    create_order(session, order_input(None), who="t")
    create_order(session, order_input(None, customer_name="Jan Nowak", email="jan@example.pl"), who="t")
    with session.begin():
        session.query(Customer).filter(Customer.name == "Jan Nowak").one().tags = "vip"
    out = tmp_path / "klienci.xlsx"
    done = run("--lang", "pl", "export", "customers", "--db", str(db_path), "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"kind": "customers", "rows": 2, "out": str(out)}
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][1] == "Nazwa" and {r[1] for r in rows[1:]} == {"Anna Kowalska", "Jan Nowak"}
    jan = next(r for r in rows[1:] if r[1] == "Jan Nowak")
    assert (jan[6], jan[7]) == ("VIP", 1)


def test_export_customers_errors(db_path, tmp_path):
    wrong = run("export", "customers", "--db", str(db_path), "--out", str(tmp_path / "x.csv"))
    assert wrong.returncode == 2 and ".xlsx" in wrong.stderr
    missing = run("export", "customers", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path / "x.xlsx"))
    assert missing.returncode != 0 and not (tmp_path / "none.db").exists() and not (tmp_path / "x.xlsx").exists()
