"""The register: the list over SQL (filters, search with Polish letters, first page and count) and the month's rows
for the accountant (one per invoice and correction, per rate, in PLN too)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.core.errors import DomainError
from app.models import Invoice
from app.services.invoicing.correcting import correct_from_return
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.numbering import SeriesData, save_series
from app.services.invoicing.payments import mark_paid
from app.services.invoicing.reading import (
    InvoiceQuery,
    invoice_count,
    invoice_doc,
    invoice_list,
    invoice_page,
    register_rows,
    rows_by_id,
)

D = Decimal


@pytest.fixture
def shop(session, seller, make_order):
    """Four invoices over two months and a correction: B2C, B2B (Żółw sp. z o.o.), EUR, another series."""
    jan, feb = date(2026, 1, 20), date(2026, 2, 10)
    a = issue_invoice(session, make_order([(2, "49.99", "23"), (1, "10.00", "5")], person="Łucja Ćwik",
                                          payment_status="unpaid", payment_method="transfer"), "t", issue_date=jan)
    b = issue_invoice(session, make_order([(1, "1230.00", "23")], shipping="0", company="Żółw sp. z o.o.",
                                          buyer_nip="1234563218"), "t", issue_date=feb)
    c = issue_invoice(session, make_order([(1, "100.00", "23")], shipping="0", currency="EUR"), "t", issue_date=feb,
                      exchange_rate=D("4.25"), exchange_rate_date=feb - timedelta(days=1))
    save_series(session, SeriesData(None, "SKL", "VAT", "SKL/{N}", "never"))
    d = issue_invoice(session, make_order(), "t", issue_date=feb, series="SKL")
    k = correct_from_return(session, a, {1: 1}, "Zwrot", "t", issue_date=feb)
    return {"a": a, "b": b, "c": c, "d": d, "k": k}


def _numbers(page) -> list[str]:
    return [r.number for r in page.rows]


def test_filters_and_search(session, shop):
    everything = invoice_list(session, InvoiceQuery())
    assert everything.total == 5 and _numbers(everything)[0] == "KOR/2026/02/1"  # newest first
    assert invoice_list(session, InvoiceQuery(date_from=date(2026, 2, 1))).total == 4
    assert _numbers(invoice_list(session, InvoiceQuery(date_to=date(2026, 1, 31)))) == ["FV/2026/01/1"]
    assert _numbers(invoice_list(session, InvoiceQuery(series="SKL"))) == ["SKL/1"]
    assert _numbers(invoice_list(session, InvoiceQuery(kind="KOR"))) == ["KOR/2026/02/1"]
    unpaid = invoice_list(session, InvoiceQuery(paid=False))
    assert set(_numbers(unpaid)) == {"FV/2026/01/1", "KOR/2026/02/1"}
    # Search: Polish letters in any case, the NIP, the order number; every word must be found.
    assert _numbers(invoice_list(session, InvoiceQuery(search="ŻÓŁW"))) == ["FV/2026/02/1"]
    assert _numbers(invoice_list(session, InvoiceQuery(search="łucja"))) == ["KOR/2026/02/1", "FV/2026/01/1"]
    assert _numbers(invoice_list(session, InvoiceQuery(search="1234563218"))) == ["FV/2026/02/1"]
    assert invoice_list(session, InvoiceQuery(search="łucja kor/")).total == 1
    assert invoice_list(session, InvoiceQuery(search="100%")).total == 0  # % is a character, not a wildcard
    row = invoice_list(session, InvoiceQuery(kind="KOR")).rows[0]
    assert row.corrected_number == "FV/2026/01/1" and row.order_number.startswith("Z") and row.gross == D("-49.99")


def test_pages_counts_sorting_and_ksef(session, shop):
    q = InvoiceQuery(sort="number", descending=False)
    assert [r.number for r in invoice_page(session, q, 1, 2)] == ["FV/2026/02/1", "FV/2026/02/2"]
    assert invoice_count(session, q) == 5
    assert invoice_list(session, q, limit=2).total == 5
    with pytest.raises(DomainError, match="cannot be sorted by 'colour'"):
        invoice_list(session, InvoiceQuery(sort="colour"))
    with session.begin():
        session.get(Invoice, shop["b"]).ksef_number = "5260250274-20260210-0A1B2C3D4E5F-AB"
        session.get(Invoice, shop["b"]).ksef_status = "accepted"
    assert _numbers(invoice_list(session, InvoiceQuery(ksef_sent=True))) == ["FV/2026/02/1"]
    assert invoice_list(session, InvoiceQuery(ksef_sent=False)).total == 4
    assert invoice_list(session, InvoiceQuery(ksef_status="accepted")).total == 1
    mark_paid(session, [shop["a"]], date(2026, 2, 1), "t")
    fresh = rows_by_id(session, [shop["a"]])
    assert fresh[shop["a"]].paid and fresh[shop["a"]].paid_date == date(2026, 2, 1)


def test_the_months_register(session, shop):
    assert [r.number for r in register_rows(session, 2026, 1)] == ["FV/2026/01/1"]
    rows = {r.number: r for r in register_rows(session, 2026, 2)}
    assert list(rows) == ["FV/2026/02/1", "FV/2026/02/2", "SKL/1", "KOR/2026/02/1"]
    b2b = rows["FV/2026/02/1"]
    assert b2b.buyer_nip == "1234563218" and b2b.rates["23"].net == D("1000.00")
    eur = rows["FV/2026/02/2"]
    assert (eur.currency, eur.exchange_rate) == ("EUR", D("4.25"))
    r = eur.rates["23"]
    assert (r.gross, r.vat) == (D("100.00"), D("18.70"))
    assert (r.net_pln, r.vat_pln) == (D("345.53"), D("79.48"))  # 81.30 and 18.70 at 4.25
    assert (eur.net_pln, eur.vat_pln) == (r.net_pln, r.vat_pln)
    kor = rows["KOR/2026/02/1"]
    assert kor.kind == "KOR" and kor.corrected_number == "FV/2026/01/1" and kor.correction_reason == "Zwrot"
    assert list(kor.rates) == ["23"] and kor.gross == D("-49.99") == kor.rates["23"].gross
    for row in rows.values():
        assert sum(x.gross for x in row.rates.values()) == row.gross
        assert sum(x.net for x in row.rates.values()) + sum(x.vat for x in row.rates.values()) == row.gross
    with pytest.raises(DomainError, match="no month 13"):
        register_rows(session, 2026, 13)
    assert register_rows(session, 2026, 12) == []


def test_the_doc_names_the_corrected_invoice_and_the_environment(session, shop):
    doc = invoice_doc(session, shop["k"])
    assert doc.correction.corrected_number == "FV/2026/01/1" and doc.correction.corrected_issue_date == date(2026, 1,
                                                                                                            20)
    assert doc.ksef_environment == "test" and doc.sale_date == date(2026, 1, 20)
