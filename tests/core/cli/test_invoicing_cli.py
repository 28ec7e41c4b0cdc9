"""`zaplecze invoice ORDER --db DB --out FILE.pdf [--xml FILE.xml]` and `zaplecze export invoices --db DB --out
FILE.xlsx [--month YYYY-MM]` run as real processes: the PDF read back with pdftotext and its QR code with zbarimg,
the XML checked against the official FA(3) schema, the register read back with openpyxl."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import UTC, date, datetime
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select, update

from app.core.shop_time import shop_today
from app.models import Invoice, Order
from app.printing.fa3_schema import validate_fa3
from app.printing.ksef_xml import invoice_link
from app.services.demo.invoicing import DEMO_SELLER
from app.services.demo.shop import fill_demo
from app.services.invoicing.reading import register_rows
from app.services.invoicing.register_export import previous_month
from app.services.invoicing.settings import save_settings
from app.services.orders import editing as orders
from app.services.orders import lifecycle
from tests.support.pdftools import need
from tests.support.pdftools import qr_codes as decode_qr

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], check=False, capture_output=True, text=True,
                          timeout=180)


def pdf_text(path) -> str:
    need("pdftotext")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def shop(db):
    fill_demo(db, orders=300, seed=5, now=NOW)
    return db


def _count(session) -> int:
    with session.begin():
        return session.scalar(select(func.count()).select_from(Invoice))


def _order(session, *conditions) -> str:
    with session.begin():
        return session.scalar(select(Order.number).where(*conditions).order_by(Order.id))


def test_an_order_without_an_invoice_gets_it_issued_then_the_same_one_again(shop, db_path, session, tmp_path):
    invoiced = select(Invoice.order_id).where(Invoice.order_id.is_not(None))
    number = _order(session, Order.status == lifecycle.DELIVERED, Order.id.not_in(invoiced))
    before = _count(session)
    pdf, xml = tmp_path / "out" / "faktura.pdf", tmp_path / "out" / "faktura.xml"
    done = run("invoice", number, "--db", str(db_path), "--out", str(pdf), "--xml", str(xml), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["issued"] is True and report["order"] == number and report["pages"] == 1
    assert _count(session) == before + 1
    today = shop_today()
    assert report["invoice"] == f"FV/{today:%Y}/{today:%m}/" + report["invoice"].rsplit("/", 1)[1]
    # The XML passes the official schema, and the QR code on the PDF is the link of exactly that file.
    data = xml.read_bytes()
    assert validate_fa3(data) == []
    link = invoice_link(DEMO_SELLER.nip, today, data, "test")
    assert report["link"] == link
    assert decode_qr(pdf, tmp_path) == [link]
    text = pdf_text(pdf)
    for words in ("Faktura VAT", f"nr {report['invoice']}", "Zielony Kubek Anna Nowak", DEMO_SELLER.nip,
                  "61-758 Poznań", f"Dotyczy zamówienia nr {number}", "OFFLINE"):
        assert words in text, words

    # Again: the invoice it has, the same bytes; nothing issued.
    again_pdf, again_xml = tmp_path / "again.pdf", tmp_path / "again.xml"
    done = run("invoice", number, "--db", str(db_path), "--out", str(again_pdf), "--xml", str(again_xml))
    assert done.returncode == 0, done.stderr
    assert done.stdout == (f"Order {number} already has invoice {report['invoice']}; written to {again_pdf}.\n"
                           f"Its FA(3) file: {again_xml}\n")
    assert again_xml.read_bytes() == data and _count(session) == before + 1


def test_the_vat_invoice_of_a_corrected_order_not_its_correction(shop, db_path, session, tmp_path):
    with session.begin():
        number, invoice = session.execute(
            select(Order.number, Invoice.number).join(Invoice, Invoice.order_id == Order.id)
            .where(Invoice.kind == "VAT", Order.status == lifecycle.RETURNED)).first()
    out = tmp_path / "zwrot.pdf"
    done = run("--lang", "pl", "invoice", number, "--db", str(db_path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Zamówienie {number} ma już fakturę {invoice}; zapisano ją w {out}.\n"
    text = pdf_text(out)
    assert f"nr {invoice}" in text and "korygująca" not in text.lower()


def test_a_company_order_gets_a_b2b_invoice_with_its_nip(shop, db_path, session, tmp_path):
    invoiced = select(Invoice.order_id).where(Invoice.order_id.is_not(None))
    number = _order(session, Order.status == lifecycle.DELIVERED, Order.id.not_in(invoiced),
                    Order.buyer_nip.is_(None))
    out = tmp_path / "firma.pdf"
    done = run("invoice", number, "--db", str(db_path), "--out", str(out), "--nip", "123-456-32-18")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Invoice FV/") and f"of order {number} issued and written to {out}." in done.stdout
    with session.begin():
        assert session.scalar(select(Invoice.buyer_nip).join(Order, Order.id == Invoice.order_id)
                              .where(Order.number == number)) == "1234563218"
    assert "NIP: 1234563218" in pdf_text(out)


def test_refusals_and_wrong_arguments_write_nothing(shop, db_path, session, tmp_path):
    invoiced = select(Invoice.order_id).where(Invoice.order_id.is_not(None))
    number = _order(session, Order.status == lifecycle.DELIVERED, Order.id.not_in(invoiced))
    before = _count(session)
    out = tmp_path / "x.pdf"
    missing = run("invoice", "Z404404", "--db", str(db_path), "--out", str(out))
    assert missing.returncode == 1 and missing.stderr == "error: No order with the number 'Z404404'.\n"
    polish = run("--lang", "pl", "invoice", "Z404404", "--db", str(db_path), "--out", str(out))
    assert polish.returncode == 1 and polish.stderr.startswith("błąd: ")
    for args, said in (
            (("--out", str(tmp_path / "x.png")), "written as .pdf, not '.png'"),
            (("--out", str(out), "--xml", str(tmp_path / "x.txt")), "written as .xml"),
            (("--out", str(out), "--xml", str(tmp_path / "x.xml"), "--rate", "4.25"),
             "--rate and --rate-date go together"),
            (("--out", str(out), "--rate", "4,25", "--rate-date", "2026-11-02", "--nbp-file", "a.xml"),
             "either typed"),
            (("--out", str(out), "--rate", "abc"), "is not an exchange rate"),
            (("--out", str(out), "--rate-date", "2026-02-30"), "is not a date")):
        done = run("invoice", number, "--db", str(db_path), *args)
        assert done.returncode == 2 and said in done.stderr, (args, done.stderr)
    refused = run("invoice", number, "--db", str(tmp_path / "typo.db"), "--out", str(out))
    assert refused.returncode == 1 and "There is no database at" in refused.stderr
    assert not (tmp_path / "typo.db").exists()
    assert not list(tmp_path.glob("x.*")) and _count(session) == before


def test_a_shop_without_its_seller_data_is_told_what_to_fill_in(db, db_path, session, order_input, tmp_path):
    number = orders.get_order(session, orders.create_order(session, order_input(), who="t")).number
    out = tmp_path / "f.pdf"
    done = run("invoice", number, "--db", str(db_path), "--out", str(out))
    assert done.returncode == 1
    assert done.stderr == ("error: Fill in the seller's data in the invoice settings first: seller's name, seller's "
                           "NIP, street, postal code, city.\n")
    assert not out.exists() and _count(session) == 0


NBP_TABLE = """<?xml version="1.0" encoding="utf-8"?>
<ArrayOfExchangeRatesTable><ExchangeRatesTable>
<Table>A</Table><No>{no}</No><EffectiveDate>{day}</EffectiveDate>
<Rates><Rate><Currency>euro</Currency><Code>EUR</Code><Mid>4.2617</Mid></Rate></Rates>
</ExchangeRatesTable></ArrayOfExchangeRatesTable>"""


def test_an_order_in_eur_needs_the_nbp_rate_typed_or_from_a_file(db, db_path, session, order_input, tmp_path):
    from app.services.invoicing.nbp import last_business_day_before

    save_settings(session, DEMO_SELLER)
    ids = [orders.create_order(session, order_input(price="25.00"), who="t") for _ in range(2)]
    with session.begin():
        session.execute(update(Order).where(Order.id.in_(ids)).values(currency="EUR"))
    typed, filed = (orders.get_order(session, i).number for i in ids)
    out = tmp_path / "eur.pdf"
    refused = run("invoice", typed, "--db", str(db_path), "--out", str(out))
    assert refused.returncode == 1 and "needs the NBP mid rate of EUR" in refused.stderr and not out.exists()

    day = last_business_day_before(shop_today())
    done = run("invoice", typed, "--db", str(db_path), "--out", str(out), "--xml", str(tmp_path / "eur.xml"),
               "--rate", "4,2512", "--rate-date", day.isoformat(), "--rate-table", "123/A/NBP/2026")
    assert done.returncode == 0, done.stderr
    xml = (tmp_path / "eur.xml").read_text(encoding="utf-8")
    assert validate_fa3(xml.encode()) == [] and "<KodWaluty>EUR</KodWaluty>" in xml and "4.2512" in xml

    table = tmp_path / "nbp.xml"
    table.write_text(NBP_TABLE.format(no="124/A/NBP/2026", day=day.isoformat()), encoding="utf-8")
    done = run("invoice", filed, "--db", str(db_path), "--out", str(tmp_path / "eur2.pdf"), "--nbp-file", str(table))
    assert done.returncode == 0, done.stderr
    with session.begin():
        rate, rate_day, no = session.execute(select(Invoice.exchange_rate, Invoice.exchange_rate_date,
                                                    Invoice.exchange_table).join(Order, Order.id == Invoice.order_id)
                                             .where(Order.number == filed)).one()
    assert (rate, rate_day, no) == (Decimal("4.2617"), day, "124/A/NBP/2026")


# --- export invoices --------------------------------------------------------------------------------------------

def test_export_invoices_of_a_month_read_only(shop, db_path, session, tmp_path):
    expected = register_rows(session, 2026, 10)
    assert len(expected) > 10
    session.close()
    shop.dispose()
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    out = tmp_path / "rejestr.xlsx"
    done = run("--lang", "pl", "export", "invoices", "--db", str(db_path), "--out", str(out), "--month", "2026-10")
    assert done.returncode == 0, done.stderr
    assert done.stdout == (f"Wyeksportowano rejestr faktur za 2026-10 do {out} (faktur i korekt: "
                           f"{len(expected)}).\n")
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "Rejestr sprzedaży 2026-10" and sheet["A1"].value == "Numer"
    assert [r[0] for r in sheet.iter_rows(min_row=2, max_row=len(expected) + 1, values_only=True)] == [
        r.number for r in expected]
    assert sheet.cell(len(expected) + 2, 1).value == "Razem"
    gross_total = [c.value for c in sheet[1]].index("Brutto razem (PLN)")
    total = sheet.cell(len(expected) + 2, gross_total + 1).value
    assert Decimal(str(total)).quantize(Decimal("0.01")) == sum(r.net_pln + r.vat_pln for r in expected)
    assert isinstance(sheet.cell(2, 3).value, datetime)  # the issue date is a real date cell
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest  # read-only: the file is as it was


def test_export_invoices_defaults_to_last_month_and_refuses_wrong_arguments(shop, db_path, tmp_path):
    out = tmp_path / "last.xlsx"
    done = run("export", "invoices", "--db", str(db_path), "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    year, month = previous_month(shop_today())
    report = json.loads(done.stdout)
    assert report["month"] == f"{year:04d}-{month:02d}" and report["kind"] == "invoices"
    assert openpyxl.load_workbook(out).active.title == f"Sales register {year:04d}-{month:02d}"
    for args, said in ((("--month", "2026-13"), "is not a month"), (("--month", "10.2026"), "is not a month"),
                       (("--from", "2026-10-01"), "pack log"), (("--out", str(tmp_path / "r.csv")), ".xlsx")):
        wrong = run("export", "invoices", "--db", str(db_path), "--out", str(tmp_path / "r.xlsx"), *args)
        assert wrong.returncode == 2 and said in wrong.stderr, (args, wrong.stderr)
    other = run("export", "orders", "--db", str(db_path), "--out", str(tmp_path / "o.xlsx"), "--month", "2026-10")
    assert other.returncode == 2 and "--month is for the invoice register" in other.stderr
    assert not (tmp_path / "r.xlsx").exists() and not (tmp_path / "o.xlsx").exists()
    assert date.fromisoformat(report["month"] + "-01") < shop_today()
