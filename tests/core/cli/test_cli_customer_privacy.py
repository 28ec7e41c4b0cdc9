"""`zaplecze customer export|anonymise` run as real processes on a real shop file."""

from __future__ import annotations

import json
import subprocess
import sys

from sqlalchemy import select

from app.models import Customer
from app.models.customer import PrivacyLogEntry
from app.services.orders.editing import create_order


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "--lang", "en", *args], check=False, capture_output=True,
                          text=True, timeout=120)


def _customer(session, order_input, **kw) -> int:
    from app.models import Order

    oid = create_order(session, order_input(**kw), who="t")
    with session.begin():
        return session.get(Order, oid).customer_id


def test_export_by_email_then_anonymise_by_phone(db, db_path, session, order_input, tmp_path):
    cid = _customer(session, order_input)
    out = tmp_path / "anna.json"
    done = run("customer", "export", "--email", "ANNA@example.pl", "--db", str(db_path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert f"customer #{cid}" in done.stdout
    assert json.loads(out.read_text(encoding="utf-8"))["customer"][0]["name"] == "Anna Kowalska"

    ask = run("customer", "anonymise", "--phone", "600100200", "--db", str(db_path))
    assert ask.returncode == 2 and "--yes" in ask.stderr and "orders 1" in ask.stdout
    with session.begin():
        assert session.get(Customer, cid).anonymised_at is None  # nothing changed without --yes

    done = run("customer", "anonymise", "--phone", "+48 600 100 200", "--db", str(db_path), "--yes",
               "--why", "żądanie klienta", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["anonymised"] is True
    session.expire_all()
    with session.begin():
        c = session.get(Customer, cid)
        assert (c.name, c.email, c.anonymised_why) == (f"Klient zanonimizowany #{cid}", None, "żądanie klienta")
        actions = session.scalars(select(PrivacyLogEntry.action).order_by(PrivacyLogEntry.id)).all()
    assert actions == ["export", "anonymise"]

    again = run("customer", "anonymise", "--id", str(cid), "--db", str(db_path), "--yes")
    assert again.returncode == 1 and "already anonymised" in again.stderr


def test_not_found_several_and_wrong_arguments(db, db_path, session, order_input, tmp_path):
    first = _customer(session, order_input)
    second = _customer(session, order_input)  # the same e-mail on two customers
    missing = run("customer", "export", "--email", "nobody@example.pl", "--db", str(db_path), "--out",
                  str(tmp_path / "x.json"))
    assert missing.returncode == 1 and "No customer matches nobody@example.pl" in missing.stderr
    several = run("customer", "anonymise", "--email", "anna@example.pl", "--db", str(db_path), "--yes")
    assert several.returncode == 1 and f"#{first}, #{second}" in several.stderr and "--id" in several.stderr
    wrong = run("customer", "export", "--id", str(first), "--db", str(db_path), "--out", str(tmp_path / "x.csv"))
    assert wrong.returncode == 2 and ".json or .xlsx" in wrong.stderr
    both = run("customer", "export", "--id", "1", "--email", "a@b.pl", "--db", str(db_path), "--out", "x.json")
    assert both.returncode == 2
    assert not (tmp_path / "x.json").exists()
