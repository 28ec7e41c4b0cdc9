"""No personal data in the log files (issue 17): a day of use with marker names (an import from the command line,
orders typed, searches, contacts logged, an export and an anonymisation, from the command line and through the
services) with logging set up as the app sets it up (app.config.setup_logging); then every log file is grepped."""

from __future__ import annotations

import logging
import logging.handlers
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.shop_time import shop_day
from app.models.base import utcnow
from app.services.orders.data import AddressData, LineInput

ROOT = Path(__file__).resolve().parents[3]
MARKERS = ("Qxlogimię", "Qxlognazwisko", "qxlog@poczta.pl", "609 871 234", "609871234", "ul. Qxlogowa 3",
           "Qxlogfirma", "qxlogrozmowa", "Qxlogimport", "qxlogimport@example.pl", "Qxlogstreet")


@pytest.fixture
def app_logging(tmp_path, monkeypatch):
    """The app's own logging into a fresh data folder (the other tests' handlers set aside and put back)."""
    data = tmp_path / "data"
    monkeypatch.setenv("ZAPLECZE_DATA_DIR", str(data))
    root = logging.getLogger()
    saved = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    for h in saved:
        root.removeHandler(h)
    level = root.level
    from app.config import setup_logging

    log_file = setup_logging()
    yield data, log_file
    for h in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(h)
        h.close()
    for h in saved:
        root.addHandler(h)
    root.setLevel(level)


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "ZAPLECZE_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "app", "--lang", "en", *args], check=False, capture_output=True,
                          text=True, timeout=120, env=env, cwd=ROOT)


def test_a_day_of_use_leaves_no_personal_data_in_the_log(db, db_path, session, order_input, app_logging, tmp_path):
    from app.services.complaints.listing import list_cases
    from app.services.customers.contacts import log_contact
    from app.services.customers.data import ContactInput
    from app.services.customers.privacy import anonymise_customers, export_personal_data
    from app.services.orders.editing import create_order
    from app.services.orders.listing import OrderQuery, first_page

    data, log_file = app_logging
    today = shop_day(utcnow())
    # an import from the command line, its buyer a marker
    csv = (ROOT / "tests/data/import/shopify_orders.csv").read_text(encoding="utf-8")
    csv = csv.replace("Anna Kowalska", "Qxlogimport Kowalska").replace("anna@example.pl", "qxlogimport@example.pl")
    csv = csv.replace("ul. Długa 5/3", "ul. Qxlogstreet 5/3")
    source = tmp_path / "orders.csv"
    source.write_text(csv, encoding="utf-8")
    done = _cli(data, "import", "orders", str(source), "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    # orders typed, searched, a contact logged, through the services
    oid = create_order(session, order_input(
        customer_name="Qxlogimię Qxlognazwisko", email="qxlog@poczta.pl", phone="+48 609 871 234",
        shipping_address=AddressData("Qxlogimię Qxlognazwisko", "Qxlogfirma", "ul. Qxlogowa 3", "00-950",
                                     "Warszawa", "PL", "609 871 234"),
        lines=(LineInput(quantity=1, unit_price=Decimal("19.99"), sku="MUG", name="Kubek"),)), "t")
    assert first_page(session, OrderQuery(search="qxlognazwisko"), 50).rows
    assert first_page(session, OrderQuery(search="qxlogimport"), 50).rows
    list_cases(session, view="all", search="Qxlogimię", today=today)
    from app.models import Order

    with session.begin():
        cid = session.get(Order, oid).customer_id
    log_contact(session, ContactInput(channel="phone", direction="in", topic="status",
                                      note="qxlogrozmowa: Qxlogimię pyta o paczkę", order_id=oid), who="t")
    export_personal_data(session, cid, tmp_path / "Qxlogimię.json", who="t")
    anonymise_customers(session, [cid], who="t", why="żądanie", today=today)
    # the imported buyer: exported and anonymised from the command line
    done = _cli(data, "customer", "export", "--email", "qxlogimport@example.pl", "--db", str(db_path), "--out",
                str(tmp_path / "import.xlsx"))
    assert done.returncode == 0, done.stderr
    done = _cli(data, "customer", "anonymise", "--email", "qxlogimport@example.pl", "--db", str(db_path), "--yes")
    assert done.returncode == 0, done.stderr
    # a failing command logs its traceback: the log is really written to
    _cli(data, "customer", "export", "--id", "1", "--db", str(source), "--out", str(tmp_path / "x.json"))
    # a statement the database refuses, logged with its traceback as the app logs unexpected errors
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    try:
        with session.begin():
            session.execute(text("INSERT INTO customer (id, name, email) VALUES (:id, :name, :email)"),
                            {"id": cid, "name": "Qxlogimię Qxlognazwisko", "email": "qxlog@poczta.pl"})
    except IntegrityError:
        logging.getLogger("zaplecze").exception("command failed")
    else:
        raise AssertionError("the duplicate id was accepted")
    logging.getLogger("zaplecze").info("day of use done on %s", date.today())
    for h in logging.getLogger().handlers:
        h.flush()
    files = sorted(data.glob("zaplecze.log*"))
    assert log_file in files
    text = "\n".join(f.read_text(encoding="utf-8", errors="replace") for f in files)
    assert "day of use done" in text and "IntegrityError" in text
    found = [m for m in MARKERS if m.lower() in text.lower()]
    assert found == [], f"personal data in the log: {found}"
