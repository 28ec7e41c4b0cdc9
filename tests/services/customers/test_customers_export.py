"""The customer list as XLSX (app.services.customers.export): one row per customer not merged away, with their
lifetime figures, Polish headers and tags, read back with openpyxl."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from openpyxl import load_workbook

from app.models import Order
from app.models.customer import Customer
from app.services.customers.export import export_customers


def test_export_lists_customers_with_figures(session, history, tmp_path):
    with session.begin():
        c = session.get(Customer, history.customer_id)
        c.tags, c.nip, c.company = "vip,blocked", "5260001246", "=Firma"  # a formula-looking text stays text
        session.add(Customer(name="Gone", merged_into_id=history.customer_id))
        session.add(Customer(name="Erased", anonymised_at=datetime(2026, 1, 1, tzinfo=UTC)))
        value = sum((session.get(Order, i).total for i in (history.shipped, history.second)), Decimal(0))
        others = session.query(Customer).filter(Customer.merged_into_id.is_(None)).count()
    out = tmp_path / "klienci.xlsx"
    assert export_customers(session, out) == others
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Id", "Nazwa", "E-mail") and sheet.title == "Klienci"
    by_name = {r[1]: r for r in rows[1:]}
    assert "Gone" not in by_name and by_name["Erased"][13] == "tak"
    anna = next(r for r in rows[1:] if r[0] == history.customer_id)
    assert anna[4:7] == ("=Firma", "5260001246", "VIP, Zablokowany")
    assert anna[7:11] == (2, float(value), 1, 0)
    assert anna[11].date() == date(2026, 6, 1) and anna[12].date() == date(2026, 6, 20)
    assert anna[13] == "nie"


def test_export_in_english(session, tmp_path):
    with session.begin():
        session.add(Customer(name="Jan", tags="wholesale"))
    out = tmp_path / "customers.xlsx"
    assert export_customers(session, out, lang="en") == 1
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][6] == "Tags" and rows[1][6] == "Wholesale" and rows[1][7] == 0
