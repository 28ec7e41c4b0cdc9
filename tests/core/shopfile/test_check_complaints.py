"""`zaplecze check` proves every closed complaint's stock and money effects: a clean shop has no fault, and each
break another program makes behind the services' backs is found, naming the case."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models.complaint import Complaint
from app.services.complaints import remedies as r
from app.services.shopfile.check import check_database
from tests.core.complaints.test_remedies import make_case, shop  # noqa: F401  (fixtures)
from tests.core.shopfile.test_check import _raw


@pytest.fixture
def closed_cases(session, shop, make_case):  # noqa: F811
    """REK/2026/0001: a withdrawal of two mugs, one back on the shelf and one written off, corrected and refunded;
    REK/2026/0002: a complaint decided for a replacement, sent again. Both closed."""
    withdrawal = make_case(shop["order"], [(shop["mug"], 2)], decision="accepted", remedy="refund")
    replacement = make_case(shop["order"], [(shop["plate"], 1)], kind="liability", decision="accepted",
                            remedy="replacement")
    with session.begin():
        line = session.get(Complaint, withdrawal).lines[0].id
    r.take_back_goods(session, withdrawal, {line: (1, 1)}, "t")
    r.issue_correction(session, withdrawal, "t")
    r.record_refund(session, withdrawal, "t", goods=Decimal("20.00"))
    r.create_replacement_order(session, replacement, "t")
    with session.begin():
        for case in session.scalars(select(Complaint)):
            case.status = "closed"
    with session.begin():
        invoice = session.scalar(select(Complaint.correction_invoice_id).where(Complaint.id == withdrawal))
    return {"withdrawal": withdrawal, "replacement": replacement, "vat_invoice": shop["invoice"],
            "correction": invoice}


def test_closed_cases_with_their_effects_have_no_fault(db, closed_cases):
    assert check_database(db) == []


def test_a_closed_refunded_case_without_its_refund(db, db_path, closed_cases):
    _raw(db_path, "DELETE FROM refund")
    assert check_database(db) == [
        "closed case refunded by its decision has no refund (case, remedy): REK/2026/0001, refund"]


def test_a_closed_replacement_without_its_order(db, db_path, closed_cases):
    _raw(db_path, "UPDATE complaint SET replacement_order_id = NULL WHERE number = 'REK/2026/0002'")
    assert check_database(db) == [
        "closed case decided for a replacement has no replacement order (case): REK/2026/0002"]


def test_more_units_taken_back_than_the_line_has(db, db_path, closed_cases):
    _raw(db_path, "UPDATE complaint_line SET restocked = 2 WHERE complaint_id = ?", closed_cases["withdrawal"])
    faults = check_database(db)
    assert any(f.startswith("case line has more units taken back than it has") and f.endswith(", 2, 2, 1")
               and "REK/2026/0001" in f for f in faults)
    assert ("case's units taken back (restocked + written off) differ from its ZW movements "
            "(case, sku, taken back, ZW): REK/2026/0001, MUG-1, 3, 2") in faults


def test_restocked_units_without_their_zw(db, db_path, closed_cases):
    _raw(db_path, "UPDATE stock_document SET complaint_id = NULL WHERE kind = 'ZW'")
    assert check_database(db) == [
        ("case's units taken back (restocked + written off) differ from its ZW movements (case, sku, taken back, ZW): "
         "REK/2026/0001, MUG-1, 2, 0")]


def test_written_off_units_without_their_rw_or_on_another_case(db, db_path, closed_cases):
    _raw(db_path, "UPDATE stock_document SET complaint_id = ? WHERE kind = 'RW'", closed_cases["replacement"])
    assert check_database(db) == [
        "case's units written off differ from its RW movements (case, sku, written off, RW): REK/2026/0001, MUG-1, 1, 0",
        "case's units written off differ from its RW movements (case, sku, written off, RW): REK/2026/0002, MUG-1, 0, 1"]


def test_a_refund_whose_amount_is_not_its_parts(db, db_path, closed_cases):
    _raw(db_path, "UPDATE refund SET amount = amount + 1")
    assert check_database(db) == [
        ("refund amount differs from goods + shipping (case, refund, amount, goods + shipping): REK/2026/0001, "
         "refund 1, 33.99, 32.99")]


def test_a_correction_link_to_an_invoice_that_is_no_correction(db, db_path, closed_cases):
    _raw(db_path, "UPDATE complaint SET correction_invoice_id = ? WHERE id = ?", closed_cases["vat_invoice"],
         closed_cases["withdrawal"])
    (fault,) = check_database(db)
    assert fault.startswith("case's correction invoice is not a correction (case, invoice, kind): REK/2026/0001, ")
    assert fault.endswith(", VAT")

