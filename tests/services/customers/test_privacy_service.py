"""Personal data services on real shop files and on a PostgreSQL server (the invoices' guard lifted and put back
in one transaction there too): the export read back (JSON and XLSX), the privacy log, the
anonymisation's refusal the second time, invoices kept or anonymised by their keeping period, complaint files
deleted, backups listed and removed, and the retention list with a fixed day."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from app.core.errors import DomainError
from app.dbfile import backup_file
from app.models import Customer, Invoice, Order
from app.models.complaint import Complaint, ComplaintFile
from app.models.customer import Contact, CustomerConsent, PrivacyLogEntry
from app.services.complaints.data import CaseInput, CaseLineInput
from app.services.complaints.registering import register_case
from app.services.customers.privacy import (
    anonymise_customers,
    anonymise_past_retention,
    anonymise_plan,
    export_personal_data,
    find_customers,
    keep_until,
    past_retention,
    remove_backups,
    retention_months,
    set_retention_months,
)
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.settings import SellerSettings, save_settings
from app.services.orders.data import AddressData, LineInput
from app.services.orders.editing import create_order
from tests.support.postgres import session_on_both_databases  # noqa: F401 - every test on the shop file and on a server

TODAY = date(2026, 6, 30)
SELLER = SellerSettings(
    name="Sklep Zaplecze sp. z o.o.", nip="526-025-02-74", street="ul. Prosta 51", postal_code="00-838",
    city="Warszawa", bank_account="61 1090 1014 0000 0712 1981 2874", bank_name="Santander Bank Polska",
    place_of_issue="Warszawa", payment_days=14, exemption_basis="")


def _order(session, order_input, name="Anna Kowalska", email="anna@example.pl", phone="+48 600 100 200",
           at: datetime | None = None) -> tuple[int, int]:
    oid = create_order(session, order_input(
        customer_name=name, email=email, phone=phone,
        shipping_address=AddressData(name, "", "ul. Długa 5/3", "00-950", "Warszawa", "PL", phone),
        lines=(LineInput(quantity=1, unit_price=Decimal("49.99"), sku="MUG", name="Kubek żółty"),)), "t")
    with session.begin():
        order = session.get(Order, oid)
        if at is not None:
            order.created_at = at
            order.customer.created_at = at
        return oid, order.customer_id


def test_export_json_holds_everything_and_is_logged_without_personal_data(session, order_input, tmp_path):
    oid, cid = _order(session, order_input)
    with session.begin():
        session.add(Contact(customer_id=cid, order_id=oid, note="Pytała o paczkę", who="t"))
        session.add(CustomerConsent(customer_id=cid, kind="newsletter", given=True, source="sklep"))
    out = export_personal_data(session, cid, tmp_path / "anna.json", who="ola")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["customer"][0]["name"] == "Anna Kowalska" and data["customer"][0]["email"] == "anna@example.pl"
    assert [o["id"] for o in data["orders"]] == [oid]
    assert data["order_lines"][0]["name"] == "Kubek żółty" and data["order_lines"][0]["unit_price"] == "49.99"
    assert "ul. Długa 5/3" in {a["street"] for a in data["addresses"]}
    assert data["contacts"][0]["note"] == "Pytała o paczkę"
    assert data["consents"][0]["kind"] == "newsletter"
    datetime.fromisoformat(data["orders"][0]["created_at"])  # ISO dates
    assert not list(tmp_path.glob("*.part"))
    with session.begin():
        log = session.scalars(select(PrivacyLogEntry).where(PrivacyLogEntry.customer_id == cid)).all()
    assert [(e.action, e.who) for e in log] == [("export", "ola")]
    assert "Anna" not in log[0].detail and "anna@" not in log[0].detail and "anna" not in log[0].detail.lower()


def test_export_xlsx_has_a_sheet_per_kind(session, order_input, tmp_path):
    oid, cid = _order(session, order_input)
    out = export_personal_data(session, cid, tmp_path / "anna.xlsx", who="ola")
    wb = load_workbook(out, read_only=True)
    assert {"customer", "orders", "order_lines", "invoices", "complaints", "contacts"} <= set(wb.sheetnames)
    rows = list(wb["customer"].iter_rows(values_only=True))
    header = rows[0]
    assert rows[1][header.index("name")] == "Anna Kowalska"
    orders = list(wb["orders"].iter_rows(values_only=True))
    assert orders[1][orders[0].index("id")] == oid


def test_export_refuses_another_format_and_an_unknown_customer(session, order_input, tmp_path):
    _oid, cid = _order(session, order_input)
    with pytest.raises(DomainError, match=r"\.json or \.xlsx"):
        export_personal_data(session, cid, tmp_path / "out" / "anna.csv", who="t")
    with pytest.raises(DomainError, match="no customer #999"):
        export_personal_data(session, 999, tmp_path / "out" / "x.json", who="t")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_anonymise_replaces_everything_logs_it_and_refuses_a_second_time(session, order_input, tmp_path):
    oid, cid = _order(session, order_input)
    case_root = tmp_path / "files"
    photo = tmp_path / "zdjęcie.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo")
    with session.begin():
        session.add(Contact(customer_id=cid, order_id=oid, note="Anna dzwoniła", who="t"))
        session.add(CustomerConsent(customer_id=cid, kind="newsletter", given=True, source="sklep"))
    reg = register_case(session, CaseInput(kind="transport", channel="email", received_on=TODAY, demand="repair",
                                           reason="damaged", description="Pęknięty kubek", order_id=oid,
                                           delivered_on=TODAY, files=(str(photo),),
                                           lines=(CaseLineInput(None, 1, name="Karton"),)),
                        "t", files_root=case_root, today=TODAY)
    with session.begin():
        files = [case_root / f.path for f in session.scalars(select(ComplaintFile))]
    assert files and all(f.exists() for f in files)
    result = anonymise_customers(session, [cid], who="ola", why="żądanie klienta", today=TODAY,
                                 files_root=case_root)
    assert result.customer_ids == (cid,)
    with session.begin():
        c = session.get(Customer, cid)
        assert (c.name, c.email, c.phone, c.notes, c.tags) == (f"Klient zanonimizowany #{cid}", None, None, "", "")
        assert (c.anonymised_by, c.anonymised_why) == ("ola", "żądanie klienta") and c.anonymised_at is not None
        o = session.get(Order, oid)
        assert (o.customer_name, o.email, o.phone) == (c.name, None, None)
        assert (o.shipping_address.street, o.shipping_address.city, o.shipping_address.phone) == ("", "", None)
        case = session.get(Complaint, reg.id)
        assert (case.customer_name, case.email, case.description, case.address) == (c.name, None, "", "")
        assert session.scalars(select(Contact.note)).all() == [""]
        assert session.scalars(select(CustomerConsent)).all() == []
        assert session.scalars(select(ComplaintFile)).all() == []
        log = session.scalars(select(PrivacyLogEntry).where(PrivacyLogEntry.action == "anonymise")).all()
        assert [(e.customer_id, e.who, e.why) for e in log] == [(cid, "ola", "żądanie klienta")]
        assert "Anna" not in log[0].detail
    assert not any(f.exists() for f in files)
    with pytest.raises(DomainError, match="already anonymised"):
        anonymise_customers(session, [cid], who="ola", why="again", today=TODAY)
    with pytest.raises(DomainError, match="already anonymised"):
        anonymise_plan(session, cid, today=TODAY)
    from app.services.customers.data import CustomerEdit
    from app.services.customers.editing import update_customer

    with pytest.raises(DomainError, match="anonymised"):
        update_customer(session, cid, CustomerEdit("Anna", "anna@example.pl", None, None, None, ""), who="ola")


def test_a_reason_is_required(session, order_input):
    _oid, cid = _order(session, order_input)
    with pytest.raises(DomainError, match="why"):
        anonymise_customers(session, [cid], who="ola", why="  ", today=TODAY)
    with session.begin():
        assert session.get(Customer, cid).anonymised_at is None


def test_keeping_period_of_invoices_follows_the_tax_year():
    assert keep_until(date(2020, 3, 15)) == date(2025, 12, 31)
    assert keep_until(date(2020, 12, 10)) == date(2026, 12, 31)  # its VAT was due in January 2021


def test_an_invoice_within_its_period_is_kept_one_past_it_is_anonymised(session, order_input):
    save_settings(session, SELLER)
    old_oid, cid = _order(session, order_input)
    new_oid, _ = _order(session, order_input)  # the same e-mail and phone: a new customer row per order here
    with session.begin():
        session.execute(update(Order).where(Order.id == new_oid).values(customer_id=cid))
    old = issue_invoice(session, old_oid, "t", issue_date=date(2019, 5, 10), sale_date=date(2019, 5, 10))
    new = issue_invoice(session, new_oid, "t", issue_date=TODAY, sale_date=TODAY)
    plan = anonymise_plan(session, cid, today=TODAY)
    assert [(k.invoice_id, k.keep_until) for k in plan.kept_invoices] == [(new, date(2031, 12, 31))]
    assert plan.orders == 2
    result = anonymise_customers(session, [cid], who="ola", why="żądanie", today=TODAY)
    assert [k.invoice_id for k in result.kept_invoices] == [new]
    with session.begin():
        assert session.get(Invoice, new).buyer_name == "Anna Kowalska"
        gone = session.get(Invoice, old)
        assert (gone.buyer_name, gone.buyer_street) == (f"Klient zanonimizowany #{cid}", "")
        assert "anna" not in gone.search_text
        with pytest.raises(Exception, match="never changed"):  # the guard is back
            gone.buyer_city = "Kraków"
            session.flush()


def test_backups_made_since_the_customer_are_named_and_removed_on_request(db, session, order_input, db_path):
    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("backups beside a shop file; a server keeps its own")
    _oid, cid = _order(session, order_input, at=datetime(2026, 1, 5, tzinfo=UTC))
    copy = backup_file(db_path, reason="manual")
    plan = anonymise_plan(session, cid, today=TODAY)
    assert [Path(b.path) for b in plan.backups] == [copy] and plan.backups[0].expires_on is None
    result = anonymise_customers(session, [cid], who="ola", why="żądanie", today=TODAY)
    assert [Path(b.path) for b in result.backups] == [copy]
    assert remove_backups([b.path for b in result.backups]) == 1 and not copy.exists()


def test_merged_away_customers_are_anonymised_with_the_one_they_were_merged_into(session, order_input):
    _o1, keep = _order(session, order_input)
    _o2, gone = _order(session, order_input, name="Anna K.", email="anna.k@example.pl")
    with session.begin():
        session.get(Customer, gone).merged_into_id = keep
    anonymise_customers(session, [keep], who="ola", why="żądanie", today=TODAY)
    with session.begin():
        g = session.get(Customer, gone)
        assert (g.name, g.email) == (f"Klient zanonimizowany #{gone}", None) and g.anonymised_at is not None


def test_retention_setting_and_the_list_of_customers_past_it(session, order_input):
    assert retention_months(session) == 36
    with pytest.raises(DomainError, match="12 to 120"):
        set_retention_months(session, 6, who="ola")
    set_retention_months(session, 24, who="ola")
    assert retention_months(session) == 24
    _o, old = _order(session, order_input, name="Stary Klient", email="stary@example.pl",
                     at=datetime(2024, 5, 1, 10, tzinfo=UTC))
    _o, fresh = _order(session, order_input, name="Nowy Klient", email="nowy@example.pl",
                       at=datetime(2025, 1, 1, 10, tzinfo=UTC))
    _o, busy = _order(session, order_input, name="Z Reklamacją", email="rek@example.pl",
                      at=datetime(2023, 1, 1, 10, tzinfo=UTC))
    register_case(session, CaseInput(kind="transport", channel="email", received_on=TODAY, demand="repair",
                                     reason="damaged", description="", customer_id=busy, customer_name="Z Reklamacją",
                                     delivered_on=TODAY, lines=(CaseLineInput(None, 1, name="Karton"),)),
                  "t", today=TODAY)
    rows = past_retention(session, today=TODAY)
    assert [(r.customer_id, r.past_since) for r in rows] == [(old, date(2026, 5, 1))]
    assert past_retention(session, today=date(2026, 5, 1)) == ()  # the period ends that day, past it the next
    anonymise_past_retention(session, [r.customer_id for r in rows], who="ola", today=TODAY)
    assert past_retention(session, today=TODAY) == ()
    with session.begin():
        entry = session.scalars(select(PrivacyLogEntry).where(PrivacyLogEntry.customer_id == old)).one()
        assert (entry.action, entry.why) == ("retention", "retencja")
    assert fresh not in [r.customer_id for r in past_retention(session, today=date(2027, 1, 1))]
    assert fresh in [r.customer_id for r in past_retention(session, today=date(2027, 1, 2))]


def test_customers_found_by_email_phone_or_id(session, order_input):
    _o, anna = _order(session, order_input)
    _o, jan = _order(session, order_input, name="Jan Nowak", email="jan@example.pl", phone="601-222-333")
    assert [m.customer_id for m in find_customers(session, email="ANNA@example.pl")] == [anna]
    assert [m.customer_id for m in find_customers(session, phone="601222333")] == [jan]
    assert [m.customer_id for m in find_customers(session, phone="+48 600100200")] == [anna]
    assert [m.customer_id for m in find_customers(session, customer_id=jan)] == [jan]
    assert find_customers(session, email="nobody@example.pl") == ()
