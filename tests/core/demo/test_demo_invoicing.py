"""The demo shop's invoicing: seller data a newcomer can issue with, company buyers, EUR orders, invoices and
corrections over the demo's months that the real services would have issued, numbered without gaps, sealed, with
valid FA(3) files, and a shop `zaplecze check` finds sound."""

from __future__ import annotations

import os
import random
import re
import uuid
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError
from stdnum import iban
from stdnum.pl import nip

from app.db import open_database
from app.models import Address, Invoice, InvoiceCounter, InvoiceSeries, Order
from app.models.invoice import INVOICE_GUARD_DROP
from app.printing.fa3_schema import validate_fa3
from app.printing.ksef_xml import invoice_xml
from app.services.demo.invoicing import DEMO_SELLER, RETURN_REASON
from app.services.demo.shop import fill_demo
from app.services.invoicing.correcting import correct_from_return
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.nbp import last_business_day_before
from app.services.invoicing.numbering import list_series
from app.services.invoicing.reading import InvoiceQuery, invoice_doc, invoice_list, register_rows
from app.services.invoicing.settings import get_settings, missing_for_invoice
from app.services.orders import lifecycle
from app.services.shopfile.check import check_database

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)
POSTGRES = os.environ.get("ZAPLECZE_TEST_POSTGRES", "")


@pytest.fixture
def demo(db):
    summary = fill_demo(db, orders=600, seed=7, now=NOW)
    return db, summary


def _rows(db, sql: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(sql).all()


def test_the_seller_can_issue_at_once(demo, session) -> None:
    settings = get_settings(session)
    assert missing_for_invoice(settings) == []
    assert settings.name == "Zielony Kubek Anna Nowak" and settings.city == "Poznań"
    assert settings.postal_code == "61-758" and settings.place_of_issue == "Poznań"
    assert nip.is_valid(settings.nip) and settings.nip == DEMO_SELLER.nip
    assert iban.is_valid(settings.bank_account) and settings.bank_account.startswith("PL")
    assert len(settings.bank_account) == 28 and settings.bank_name
    series = {(s.kind, s.code, s.pattern, s.is_default) for s in list_series(session)}
    assert series == {("VAT", "FV", "FV/{YYYY}/{MM}/{N}", True), ("KOR", "KOR", "KOR/{YYYY}/{MM}/{N}", True)}


def test_one_order_in_ten_is_a_companys_with_a_valid_nip(demo, session) -> None:
    _, summary = demo
    with session.begin():
        rows = session.execute(select(Order.buyer_nip, Address.company)
                               .join(Address, Address.id == Order.billing_address_id)).all()
    b2b = [(n, company) for n, company in rows if n]
    assert len(rows) == summary.orders
    assert 0.08 * summary.orders <= len(b2b) <= 0.12 * summary.orders
    assert all(nip.is_valid(n) and company for n, company in b2b)
    assert len({company for _, company in b2b}) > 20  # not six names for every company
    assert any(c.endswith("Sp. z o.o.") for _, c in b2b) and any(c.endswith("s.c.") for _, c in b2b)


def test_invoices_of_both_kinds_over_the_months(demo, session) -> None:
    _, summary = demo
    everything = invoice_list(session, InvoiceQuery(), limit=10_000).rows
    invoices = [r for r in everything if r.kind == "VAT"]
    corrections = [r for r in everything if r.kind == "KOR"]
    assert len(invoices) == summary.invoices and len(corrections) == summary.corrections >= 1
    with session.begin():
        statuses = dict(session.execute(select(Order.id, Order.status)).all())
        methods = dict(session.execute(select(Order.id, Order.payment_method)).all())
        nips = dict(session.execute(select(Order.id, Order.buyer_nip)).all())
    invoiced = {r.order_id for r in invoices}
    assert {statuses[o] for o in invoiced} == {lifecycle.PACKED, lifecycle.SHIPPED, lifecycle.DELIVERED,
                                               lifecycle.RETURNED}
    eligible = [o for o, st in statuses.items() if st in (lifecycle.PACKED, lifecycle.SHIPPED, lifecycle.DELIVERED,
                                                           lifecycle.RETURNED)]
    assert 0.3 * len(eligible) <= len(invoiced) <= 0.7 * len(eligible)  # a good share, not all
    assert {o for o in eligible if nips[o] or methods[o] == "cod"} <= invoiced  # companies and COD: every one
    assert any(r.buyer_nip for r in invoices) and any(not r.buyer_nip for r in invoices)
    assert any(r.paid for r in invoices) and any(not r.paid for r in invoices)
    unpaid = [r for r in invoices if not r.paid]
    assert all(methods[r.order_id] == "cod" and statuses[r.order_id] in (lifecycle.PACKED, lifecycle.SHIPPED)
               and r.due_date == r.issue_date + timedelta(days=14) for r in unpaid)
    months = {(r.issue_date.year, r.issue_date.month) for r in invoices}
    assert len(months) >= 3 and max(r.issue_date for r in everything) <= TODAY
    # A correction for every returned order's invoice, issued after it, all its lines back.
    by_id = {r.id: r for r in everything}
    for k in corrections:
        corrected = next(r for r in invoices if r.number == k.corrected_number)
        assert statuses[k.order_id] == lifecycle.RETURNED and corrected.order_id == k.order_id
        assert k.issue_date >= corrected.issue_date and k.gross == -corrected.gross and k.paid
        assert by_id[k.id].buyer_name == corrected.buyer_name
    returned_invoiced = {r.order_id for r in invoices if statuses[r.order_id] == lifecycle.RETURNED}
    assert {k.order_id for k in corrections} == returned_invoiced


def test_numbers_run_without_gaps_in_issue_order_and_the_counters_continue(demo, session) -> None:
    with session.begin():
        rows = session.execute(select(Invoice.number, Invoice.issue_date, InvoiceSeries.code, Invoice.id)
                               .join(InvoiceSeries, InvoiceSeries.id == Invoice.series_id)
                               .order_by(Invoice.issue_date, Invoice.id)).all()
        counters = {(code, period): last for code, period, last in session.execute(
            select(InvoiceSeries.code, InvoiceCounter.period, InvoiceCounter.last)
            .join(InvoiceSeries, InvoiceSeries.id == InvoiceCounter.series_id))}
    numbers: dict[tuple[str, str], list[int]] = defaultdict(list)
    for number, issued, code, _ in rows:
        m = re.fullmatch(rf"{code}/(\d{{4}})/(\d\d)/(\d+)", number)
        assert m and (int(m[1]), int(m[2])) == (issued.year, issued.month), number
        numbers[(code, f"{m[1]}-{m[2]}")].append(int(m[3]))
    for key, ns in numbers.items():
        assert ns == list(range(1, len(ns) + 1)), key  # continuous, and in the order of the issue dates
        assert counters[key] == len(ns)
    assert set(counters) == set(numbers)
    # The next invoice a user issues continues the month's numbering.
    with session.begin():
        taken = select(Invoice.order_id).where(Invoice.order_id.is_not(None))
        order_id = session.scalar(select(Order.id).where(Order.status == lifecycle.DELIVERED, Order.id.not_in(taken))
                                  .order_by(Order.id))
    new = invoice_doc(session, issue_invoice(session, order_id, "t", issue_date=TODAY))
    assert new.number == f"FV/2026/11/{len(numbers[('FV', '2026-11')]) + 1}"


def test_demo_invoices_are_sealed(demo) -> None:
    db, _ = demo
    assert _rows(db, "SELECT COUNT(*) FROM invoice WHERE NOT sealed") == [(0,)]
    with pytest.raises(DatabaseError, match="never changed"), db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE invoice SET gross = 1 WHERE id = 1")
    with pytest.raises(DatabaseError, match="never deleted"), db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM invoice WHERE id = 1")


def test_two_orders_in_eur_with_the_nbp_rate_of_the_day_before(demo, session) -> None:
    db, _ = demo
    assert check_database(db) == []  # their totals are their EUR lines and shipping
    with session.begin():
        orders = session.execute(select(Order.id, Order.total, Address.country, Address.city)
                                 .join(Address, Address.id == Order.shipping_address_id)
                                 .where(Order.currency == "EUR")).all()
    assert len(orders) == 2 and {c for _, _, c, _ in orders} == {"DE", "AT"}
    euro = invoice_list(session, InvoiceQuery(), limit=10_000).rows
    euro = [r for r in euro if r.currency == "EUR"]
    assert {r.order_id for r in euro if r.kind == "VAT"} == {oid for oid, *_ in orders}
    for row in euro:
        doc = invoice_doc(session, row.id)
        assert doc.exchange_rate_date == last_business_day_before(doc.sale_date)
        assert Decimal("4.15") < doc.exchange_rate < Decimal("4.35")
        n = int(doc.exchange_table.split("/")[0])
        assert doc.exchange_table == f"{n:03d}/A/NBP/{doc.exchange_rate_date.year}" and 150 < n < 253
        assert doc.vat_pln == sum(r.vat_pln for r in doc.rates) and doc.vat_pln > doc.vat  # VAT also in PLN
        assert doc.buyer.country in ("DE", "AT") and doc.buyer.nip is None
        if doc.kind == "VAT":
            assert doc.gross == {oid: total for oid, total, *_ in orders}[doc_order(session, row.id)]
        assert validate_fa3(invoice_xml(doc)) == []


def doc_order(session, invoice_id: int) -> int:
    with session.begin():
        return session.scalar(select(Invoice.order_id).where(Invoice.id == invoice_id))


def test_every_kind_of_demo_invoice_makes_a_valid_fa3_file(demo, session) -> None:
    rows = invoice_list(session, InvoiceQuery(), limit=10_000).rows
    sample = [r for r in rows if r.kind == "KOR" or r.currency != "PLN"]
    sample += [r for r in rows if r.buyer_nip][:5] + random.Random(3).sample(rows, 25)
    for row in sample:
        doc = invoice_doc(session, row.id)
        assert validate_fa3(invoice_xml(doc)) == [], doc.number
        assert sum(r.gross for r in doc.rates) == doc.gross and all(r.net + r.vat == r.gross for r in doc.rates)


def test_the_register_and_check_agree(demo, session) -> None:
    """The month's register holds every invoice of the month, and the shop's invariants all hold."""
    db, _ = demo
    assert check_database(db) == []
    rows = register_rows(session, 2026, 10)
    assert len(rows) == invoice_list(session, InvoiceQuery(date_from=date(2026, 10, 1), date_to=date(2026, 10, 31))
                                     ).total > 10
    assert all(r.net + r.vat == r.gross for r in rows)


# --- the demo's invoices are what the real services issue -------------------------------------------------------

def _essence(doc, *, payment: bool):
    """What must agree between the demo's invoice and the real services': all but ids, numbers, the moment of
    making it and its KSeF number (and payment, where the demo's is its later history)."""
    doc = replace(doc, id=0, number="", created_at=None, issued_by="", ksef_number=None)  # KSeF: a later history
    if doc.correction is not None:
        doc = replace(doc, correction=replace(doc.correction, corrected_number=""))
    if not payment:
        doc = replace(doc, paid=False, paid_date=None, due_date=None)
    return doc


def test_demo_invoices_are_what_the_real_services_issue(demo, session) -> None:
    """Take a sample of the demo's invoices (a consumer's, a company's, cash on delivery, EUR, a returned order
    with its correction), take them out of the file (the guard dropped: this file is the test's own), issue them
    again through issue_invoice and correct_from_return with the same dates and rate, and compare."""
    db, _ = demo
    rows = invoice_list(session, InvoiceQuery(sort="number", descending=False), limit=10_000).rows
    with session.begin():
        method = dict(session.execute(select(Order.id, Order.payment_method)).all())
    korekty = [r for r in rows if r.kind == "KOR"]
    vat = [r for r in rows if r.kind == "VAT" and r.order_id not in {k.order_id for k in korekty}]
    picks = {
        "consumer": next(r for r in vat if not r.buyer_nip and method[r.order_id] == "prepaid"
                         and r.currency == "PLN"),
        "company": next(r for r in vat if r.buyer_nip and method[r.order_id] != "cod"),
        "transfer": next(r for r in vat if method[r.order_id] == "transfer"),
        "cod": next(r for r in vat if method[r.order_id] == "cod" and r.paid),
        "euro": next(r for r in vat if r.currency == "EUR"),
        "returned": next(r for r in rows if r.number == korekty[0].corrected_number),
    }
    old = {name: invoice_doc(session, r.id) for name, r in picks.items()}
    old_correction = invoice_doc(session, korekty[0].id)
    with db.engine.begin() as conn:
        for sql in INVOICE_GUARD_DROP["sqlite"]:
            conn.exec_driver_sql(sql)
        for invoice_id in [korekty[0].id, *(r.id for r in picks.values())]:
            for table in ("invoice_line", "invoice_rate"):
                conn.execute(text(f"DELETE FROM {table} WHERE invoice_id = :id"), {"id": invoice_id})
            conn.execute(text("DELETE FROM invoice WHERE id = :id"), {"id": invoice_id})
    for name, r in picks.items():
        doc = old[name]
        new = invoice_doc(session, issue_invoice(
            session, r.order_id, "t", issue_date=doc.issue_date, sale_date=doc.sale_date,
            exchange_rate=doc.exchange_rate, exchange_rate_date=doc.exchange_rate_date,
            exchange_table=doc.exchange_table))
        assert _essence(new, payment=name != "cod") == _essence(doc, payment=name != "cod"), name
        if name == "cod":  # issued unpaid at packing, due in 14 days, paid when the courier's money came
            assert doc.due_date == doc.issue_date + timedelta(days=14) and doc.paid_date > doc.issue_date
        if name == "returned":
            lines = {ln.position: ln.quantity for ln in new.lines}
            correction = invoice_doc(session, correct_from_return(session, new.id, lines, RETURN_REASON, "t",
                                                                  issue_date=old_correction.issue_date))
            assert _essence(correction, payment=False) == _essence(old_correction, payment=False)
            assert correction.correction.corrected_number == new.number


# --- on a PostgreSQL server ------------------------------------------------------------------------------------

@pytest.fixture
def pg():
    if not POSTGRES:
        pytest.skip("no PostgreSQL server: set ZAPLECZE_TEST_POSTGRES (.ci/run does)")
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = "zaplecze_" + uuid.uuid4().hex[:12]
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    database = open_database(make_url(POSTGRES).set(database=name).render_as_string(hide_password=False),
                             create=True)
    yield database
    database.dispose()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def test_the_demo_invoices_on_postgresql(pg) -> None:
    """The bulk path on a server: values typed as the server takes them, sealed by its triggers, and the id
    sequence moved past the demo's invoices (the next issued one gets a new id and the next number)."""
    summary = fill_demo(pg, orders=300, seed=5, now=NOW)
    assert summary.invoices > 50 and summary.corrections >= 1
    assert check_database(pg) == []
    with pg.session() as s:
        rows = invoice_list(s, InvoiceQuery(), limit=10_000).rows
        for row in [r for r in rows if r.kind == "KOR" or r.currency != "PLN"] + rows[:5]:
            assert validate_fa3(invoice_xml(invoice_doc(s, row.id))) == []
        with s.begin():
            assert s.scalar(select(func.count()).select_from(Invoice).where(Invoice.sealed.is_(False))) == 0
            taken = select(Invoice.order_id).where(Invoice.order_id.is_not(None))
            order_id = s.scalar(select(Order.id).where(Order.status == lifecycle.DELIVERED,
                                                       Order.id.not_in(taken)).order_by(Order.id))
            last = max(int(r.number.rsplit("/", 1)[1]) for r in rows if r.number.startswith("FV/2026/11/"))
        new_id = issue_invoice(s, order_id, "t", issue_date=TODAY)
        assert new_id > max(r.id for r in rows)
        assert invoice_doc(s, new_id).number == f"FV/2026/11/{last + 1}"
    with pytest.raises(DatabaseError, match="never changed"), pg.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE invoice SET gross = 1 WHERE id = 1")
