"""Property-based tests of the money rules, through the database: random orders of random lines give issued
invoices whose stored per-rate sums and totals agree with amounts.compute to the grosz (net + VAT = gross on every
rate and in total), whose FA(3) XML is valid and states the same sums; corrections net out."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from sqlalchemy import select

from app.core.shop_time import shop_today
from app.models import Invoice, InvoiceRate, Order
from app.printing.fa3_schema import validate_fa3
from app.printing.ksef_xml import invoice_xml
from app.services.invoicing.amounts import GROSS, LineIn, cents, compute
from app.services.invoicing.correcting import CorrectionLine, correct_invoice, correction_start, value_lines
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.reading import invoice_doc

D = Decimal
RATES = ("23", "8", "5", "0", "zw")
FA = "{http://crd.gov.pl/wzor/2025/06/25/13775/}"
CHECKS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

money = st.integers(min_value=0, max_value=250_000).map(lambda c: D(c) / 100)
lines_st = st.lists(st.tuples(st.integers(1, 25), money.map(str), st.sampled_from(RATES)), min_size=1, max_size=6)
orders = st.fixed_dictionaries({
    "lines": lines_st,
    "shipping": st.integers(0, 3000).map(lambda c: str(D(c) / 100)),
    "discount_share": st.sampled_from([0, 0, 0, 1, 7, 33, 100]),  # per cent of the goods
    "b2b": st.booleans(),
    "currency": st.sampled_from(["PLN", "PLN", "EUR"]),
})


def _xml_sum(xml: bytes, tag: str) -> Decimal | None:
    node = etree.fromstring(xml).find(f"{FA}Fa/{FA}{tag}")
    return None if node is None else D(node.text)


def _check_document(session, invoice_id: int) -> None:
    """What is stored agrees with itself and with the FA(3) XML made of it."""
    doc = invoice_doc(session, invoice_id)
    for r in doc.rates:
        assert r.net + r.vat == r.gross, r
    assert sum(r.net for r in doc.rates) == doc.net and sum(r.vat for r in doc.rates) == doc.vat
    assert sum(r.gross for r in doc.rates) == doc.gross and doc.net + doc.vat == doc.gross
    if doc.exchange_rate is not None:
        for r in doc.rates:
            assert r.vat_pln is not None
        assert sum(r.vat_pln for r in doc.rates) == doc.vat_pln
    xml = invoice_xml(doc)
    assert validate_fa3(xml) == []
    assert _xml_sum(xml, "P_15") == doc.gross
    for r, field in (("23", "P_13_1"), ("8", "P_13_2"), ("5", "P_13_3"), ("zw", "P_13_7")):
        stated = {x.rate: x for x in doc.rates}
        if r in stated:
            assert _xml_sum(xml, field) == stated[r].net


@CHECKS
@given(order=orders)
def test_random_orders_give_invoices_that_agree_to_the_grosz(session, seller, make_order, order):
    goods = sum(q * D(p) for q, p, _ in order["lines"])
    discount = cents(goods * order["discount_share"] / 100)
    oid = make_order(order["lines"], shipping=order["shipping"], discount=str(discount),
                     currency=order["currency"], buyer_nip="1234563218" if order["b2b"] else None)
    foreign = order["currency"] != "PLN"
    rate = D("4.2617") if foreign else None
    iid = issue_invoice(session, oid, "t", exchange_rate=rate,
                        exchange_rate_date=shop_today() - timedelta(days=1) if foreign else None)
    doc = invoice_doc(session, iid)
    # Recompute from the stored lines: the same per-rate sums and totals (the stored summary is compute's).
    again = compute([LineIn(ln.quantity, ln.unit_gross if doc.method == GROSS else ln.unit_net, ln.rate)
                     for ln in doc.lines], doc.method, rate)
    assert [(r.rate, r.net, r.vat, r.gross, r.vat_pln) for r in doc.rates] == \
        [(r.rate, r.net, r.vat, r.gross, r.vat_pln) for r in again.rates]
    assert (doc.net, doc.vat, doc.gross, doc.vat_pln) == (again.net, again.vat, again.gross, again.vat_pln)
    with session.begin():
        stored = session.scalars(select(InvoiceRate).where(InvoiceRate.invoice_id == iid)).all()
        total = session.get(Order, oid).total
        row = session.get(Invoice, iid)
        assert (row.net, row.vat, row.gross) == (doc.net, doc.vat, doc.gross)
    assert {r.rate: (r.net, r.vat, r.gross) for r in stored} == {r.rate: (r.net, r.vat, r.gross) for r in doc.rates}
    if doc.method == GROSS:
        assert doc.gross == total  # discount spread to the grosz: the consumer's invoice is the order's total
    _check_document(session, iid)


changes = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 30), money, st.sampled_from(RATES)),
                   min_size=1, max_size=4)


def _apply(lines: tuple[CorrectionLine, ...], edits) -> list[CorrectionLine]:
    """A new state: each edit changes a line (quantity, price, rate) or, past the end, adds one."""
    out = list(lines)
    for index, quantity, price, rate in edits:
        if index < len(out):
            old = out[index]
            out[index] = CorrectionLine(old.position, old.name, D(quantity), price, rate, old.sku, old.unit)
        else:
            position = max(line.position for line in out) + 1
            out.append(CorrectionLine(position, f"Dopisane {position}", D(max(quantity, 1)), price, rate))
    return out


@CHECKS
@given(order=orders, steps=st.lists(changes, min_size=1, max_size=3))
def test_corrections_of_corrections_add_up_and_net_out(session, seller, make_order, order, steps):
    oid = make_order(order["lines"], shipping=order["shipping"],
                     buyer_nip="1234563218" if order["b2b"] else None)
    iid = issue_invoice(session, oid, "t")
    original = invoice_doc(session, iid)
    first_state = correction_start(session, iid).lines
    docs = [original]
    for edits in steps:
        after = _apply(correction_start(session, iid).lines, edits)
        if list(after) == list(correction_start(session, iid).lines):
            continue
        kid = correct_invoice(session, iid, after, "Zmiana ceny", "t")
        docs.append(invoice_doc(session, kid))
        _check_document(session, kid)
    # The original plus every difference is the invoice as it now stands, per rate and in total.
    now = value_lines(correction_start(session, iid).lines, original.method, None)
    per_rate: dict[str, tuple[Decimal, Decimal, Decimal]] = {}
    for doc in docs:
        for r in doc.rates:
            n, v, g = per_rate.get(r.rate, (D(0), D(0), D(0)))
            per_rate[r.rate] = (n + r.net, v + r.vat, g + r.gross)
    assert {k: v for k, v in per_rate.items() if any(v)} == \
        {r.rate: (r.net, r.vat, r.gross) for r in now.rates if r.net or r.vat or r.gross}
    assert sum(d.gross for d in docs) == now.gross and sum(d.vat for d in docs) == now.vat
    # Back to the original state: the corrections together net out to nothing.
    if len(docs) > 1:
        first = {line.position: line for line in first_state}
        back = [first.get(line.position, CorrectionLine(line.position, line.name, D(0), line.unit_price, line.rate,
                                                        line.sku, line.unit))
                for line in correction_start(session, iid).lines]
        docs.append(invoice_doc(session, correct_invoice(session, iid, back, "Powrót do pierwotnych cen", "t")))
        corrections = docs[1:]
        assert sum(d.gross for d in corrections) == 0 and sum(d.net for d in corrections) == 0
        assert sum(d.vat for d in corrections) == 0
        totals: dict[str, Decimal] = {}
        for doc in corrections:
            for r in doc.rates:
                totals[r.rate] = totals.get(r.rate, D(0)) + r.vat
        assert all(v == 0 for v in totals.values())
