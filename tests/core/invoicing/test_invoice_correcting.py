"""Correction invoices: by hand and from a return; the chain's latest document is corrected; refusals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.core.errors import DomainError
from app.core.shop_time import shop_today
from app.models import Invoice, OrderEvent
from app.services.invoicing.correcting import (
    CorrectionLine,
    correct_from_return,
    correct_invoice,
    correction_start,
)
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.reading import invoice_doc, order_invoices

D = Decimal


@pytest.fixture
def invoice(session, seller, make_order):
    """A consumer's invoice: 2 x 49.99 at 23 %, 1 x 10.00 at 5 %, shipping 12.99 at 23 %."""
    oid = make_order([(2, "49.99", "23"), (1, "10.00", "5")], shipping="12.99")
    return issue_invoice(session, oid, "t")


def test_a_return_corrects_the_returned_line_only(session, invoice):
    kid = correct_from_return(session, invoice, {1: 1}, "Zwrot 1 szt. (odstąpienie od umowy)", "anna")
    doc = invoice_doc(session, kid)
    original = invoice_doc(session, invoice)
    assert doc.kind == "KOR" and doc.number == f"KOR/{shop_today():%Y/%m}/1"
    assert doc.correction.corrected_number == original.number and doc.correction.kind == 2
    assert doc.correction.corrected_issue_date == original.issue_date
    assert doc.correction.reason == "Zwrot 1 szt. (odstąpienie od umowy)"
    assert [(ln.position, ln.before, ln.quantity, ln.gross) for ln in doc.lines] == [
        (1, True, 2, D("99.98")), (1, False, 1, D("49.99"))]
    # The 23 % rate's gross went from 112.97 to 62.98: its VAT from 21.12 to 11.78 (taken out of the sum once).
    assert [(r.rate, r.net, r.vat, r.gross) for r in doc.rates] == [("23", D("-40.65"), D("-9.34"), D("-49.99"))]
    assert (doc.net, doc.vat, doc.gross) == (D("-40.65"), D("-9.34"), D("-49.99"))
    assert doc.buyer == original.buyer and doc.method == original.method and not doc.paid
    with session.begin():
        events = session.scalars(select(OrderEvent.why).where(OrderEvent.why.like("Correction %"))).all()
    assert events == [(f"Correction {doc.number} of invoice {original.number} issued: "
                      "Zwrot 1 szt. (odstąpienie od umowy)")]


def test_a_correction_of_a_correction_starts_from_its_after_lines(session, invoice):
    first = correct_from_return(session, invoice, {1: 1}, "Zwrot", "t")
    # Picking the original again corrects the chain's latest document.
    start = correction_start(session, invoice)
    assert start.invoice_id == first and [ln.quantity for ln in start.lines] == [1, 1, 1]
    second = correct_from_return(session, invoice, {1: 1, 2: 1}, "Zwrot reszty", "t")
    doc = invoice_doc(session, second)
    assert doc.correction.corrected_number == invoice_doc(session, first).number
    assert [(ln.position, ln.before, ln.quantity) for ln in doc.lines] == [
        (1, True, 1), (2, True, 1), (1, False, 0), (2, False, 0)]
    assert doc.gross == D("-59.99")
    with pytest.raises(DomainError, match="has 0 left on the invoice; 1 cannot be returned"):
        correct_from_return(session, invoice, {1: 1}, "Jeszcze raz", "t")
    with session.begin():
        order_id = session.get(Invoice, invoice).order_id
    assert [kind for _, _, kind in order_invoices(session, order_id)] == ["VAT", "KOR", "KOR"]


def test_a_correction_by_hand_changes_prices_rates_and_adds_lines(session, invoice):
    lines = list(correction_start(session, invoice).lines)
    lines[1] = replace(lines[1], unit_price=D("8.00"), rate="8")  # a wrong rate and price on the book
    lines.append(CorrectionLine(4, "Opakowanie prezentowe", D(1), D("5.00"), "23"))
    doc = invoice_doc(session, correct_invoice(session, invoice, lines, "Błędna stawka VAT", "t"))
    assert doc.correction.kind == 1
    assert [(ln.position, ln.before, ln.rate, ln.gross) for ln in doc.lines] == [
        (2, True, "5", D("10.00")), (2, False, "8", D("8.00")), (4, False, "23", D("5.00"))]
    assert {r.rate: r.gross for r in doc.rates} == {"23": D("5.00"), "8": D("8.00"), "5": D("-10.00")}
    assert doc.gross == D("3.00")


def test_refusals(session, invoice, make_order):
    start = correction_start(session, invoice)
    with pytest.raises(DomainError, match="changes nothing"):
        correct_invoice(session, invoice, start.lines, "Nic", "t")
    with pytest.raises(DomainError, match="needs its reason"):
        correct_invoice(session, invoice, start.lines[:1], "  ", "t")
    with pytest.raises(DomainError, match="leaves out line 2"):
        correct_invoice(session, invoice, (start.lines[0], start.lines[2]), "Zmiana", "t")
    with pytest.raises(DomainError, match="different positions"):
        correct_invoice(session, invoice, (*start.lines, start.lines[0]), "Zmiana", "t")
    with pytest.raises(DomainError, match="1, 2 or 3"):
        correct_invoice(session, invoice, [replace(start.lines[0], quantity=D(1)), *start.lines[1:]], "Zmiana",
                        "t", kind=4)
    with pytest.raises(DomainError, match="cannot be below 0"):
        correct_invoice(session, invoice, [replace(start.lines[0], quantity=D(-1)), *start.lines[1:]], "Zmiana",
                        "t")
    with pytest.raises(DomainError, match="Unknown VAT rate"):
        correct_invoice(session, invoice, [replace(start.lines[0], rate="7"), *start.lines[1:]], "Zmiana", "t")
    with pytest.raises(DomainError, match="at most 256"):
        correct_from_return(session, invoice, {1: 1}, "x" * 257, "t")
    with pytest.raises(DomainError, match="no line 9"):
        correct_from_return(session, invoice, {9: 1}, "Zwrot", "t")
    with pytest.raises(DomainError, match="before the invoice it corrects"):
        correct_from_return(session, invoice, {1: 1}, "Zwrot", "t", issue_date=date(2020, 1, 1))
    with pytest.raises(DomainError, match="does not exist"):
        correct_from_return(session, 999, {1: 1}, "Zwrot", "t")
    with session.begin():
        assert session.scalars(select(Invoice.kind)).all() == ["VAT"]  # nothing was written


def test_a_foreign_currency_correction_keeps_the_originals_rate(session, seller, make_order):
    oid = make_order([(2, "25.00", "23")], shipping="0", currency="EUR")
    iid = issue_invoice(session, oid, "t", exchange_rate=D("4.30"), exchange_rate_date=shop_today() - timedelta(1),
                        exchange_table="100/A/NBP/2026")
    doc = invoice_doc(session, correct_from_return(session, iid, {1: 1}, "Zwrot", "t"))
    assert (doc.currency, doc.exchange_rate, doc.exchange_table) == ("EUR", D("4.30"), "100/A/NBP/2026")
    (r,) = doc.rates
    # VAT 9.35 -> 4.67 (each side taken out of its gross once); in PLN 40.21 -> 20.08.
    assert (r.gross, r.vat, r.vat_pln) == (D("-25.00"), D("-4.68"), D("-20.13"))
