"""Issuing an order's VAT invoice: lines, shipping, discount, B2C and B2B, currency, payment, annotations,
snapshots and refusals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from app.core.errors import DomainError
from app.core.progress import ProgressSink
from app.core.shop_time import shop_today
from app.models import Address, Invoice, InvoiceSettings, Order, OrderEvent
from app.services.invoicing.amounts import LineIn, compute, net_price
from app.services.invoicing.issuing import Draft, issue_invoice, issue_many, shipping_rate, spread_discount
from app.services.invoicing.reading import invoice_doc
from app.services.invoicing.settings import save_settings

D = Decimal


def test_a_consumers_invoice_states_the_order(session, seller, make_order):
    oid = make_order([(2, "49.99", "23"), (1, "10.00", "5")], shipping="12.99")
    doc = invoice_doc(session, issue_invoice(session, oid, "anna"))
    assert doc.kind == "VAT" and doc.method == "gross" and doc.currency == "PLN"
    assert [(ln.position, ln.name, ln.quantity, ln.unit_gross, ln.rate, ln.gross) for ln in doc.lines] == [
        (1, "Towar 1 żółty", 2, D("49.99"), "23", D("99.98")), (2, "Towar 2 żółty", 1, D("10.00"), "5", D("10.00")),
        (3, "Wysyłka", 1, D("12.99"), "23", D("12.99"))]
    assert doc.lines[2].unit == "usł." and doc.lines[0].unit == "szt."
    # Gross method: VAT taken out of each rate's gross sum once.
    assert [(r.rate, r.net, r.vat, r.gross) for r in doc.rates] == [
        ("23", D("91.85"), D("21.12"), D("112.97")), ("5", D("9.52"), D("0.48"), D("10.00"))]
    assert (doc.net, doc.vat, doc.gross, doc.vat_pln) == (D("101.37"), D("21.60"), D("122.97"), None)
    with session.begin():
        assert doc.gross == session.get(Order, oid).total  # a consumer's invoice totals what the order does
    assert doc.buyer.name == "Anna Kowalska" and doc.buyer.nip is None and doc.buyer.city == "Warszawa"
    assert doc.seller.nip == "5260250274" and doc.seller_bank_account == "PL61109010140000071219812874"
    assert doc.place_of_issue == "Warszawa" and doc.issue_date == doc.sale_date == shop_today()
    # Prepaid and paid: card, paid, no due date.
    assert (doc.payment_form, doc.paid, doc.paid_date, doc.due_date) == ("card", True, shop_today(), None)
    assert doc.issued_by == "anna" and doc.order_number.startswith("Z")
    assert doc.annotations.exemption_basis == "" and not doc.annotations.split_payment
    with session.begin():
        events = session.scalars(select(OrderEvent.why).where(OrderEvent.order_id == oid)).all()
    assert f"Invoice {doc.number} issued" in events


def test_a_business_invoice_is_computed_from_net(session, seller, make_order):
    oid = make_order([(3, "19.99", "23"), (2, "7.77", "8")], shipping="0", buyer_nip="123-456-32-18",
                     company="Firma Testowa sp. z o.o.", payment_method="transfer", payment_status="unpaid")
    doc = invoice_doc(session, issue_invoice(session, oid, "t"))
    assert doc.method == "net" and doc.buyer.nip == "1234563218" and doc.buyer.name == "Firma Testowa sp. z o.o."
    assert [(ln.unit_net, ln.unit_gross) for ln in doc.lines] == [(net_price(D("19.99"), "23"), None),
                                                                   (net_price(D("7.77"), "8"), None)]
    expected = compute([LineIn(D(3), net_price(D("19.99"), "23"), "23"), LineIn(D(2), net_price(D("7.77"), "8"), "8")],
                       "net")
    assert [(r.rate, r.net, r.vat, r.gross) for r in doc.rates] == [(r.rate, r.net, r.vat, r.gross)
                                                                     for r in expected.rates]
    assert doc.gross == expected.gross
    # Transfer, unpaid: due after the settings' 14 days.
    assert (doc.payment_form, doc.paid, doc.due_date) == ("transfer", False, shop_today() + timedelta(days=14))


def test_the_nip_given_at_issue_wins_and_a_wrong_one_is_refused(session, seller, make_order):
    oid = make_order()
    with pytest.raises(DomainError, match="buyer's NIP '1234563219' has a wrong check digit"):
        issue_invoice(session, oid, "t", buyer_nip="1234563219")
    doc = invoice_doc(session, issue_invoice(session, oid, "t", buyer_nip="PL7251801126"))
    assert doc.buyer.nip == "7251801126" and doc.method == "net"


def test_b2b_from_gross_when_the_settings_say_so(session, seller, make_order):
    save_settings(session, replace(seller, b2b_method="gross"))
    doc = invoice_doc(session, issue_invoice(session, make_order(buyer_nip="1234563218"), "t"))
    assert doc.method == "gross" and doc.lines[0].unit_gross == D("49.99")


def test_shipping_follows_the_goods_rate_only_when_they_share_one():
    assert shipping_rate(["5", "5"]) == "5"
    assert shipping_rate(["zw"]) == "zw"
    assert shipping_rate(["5", "8"]) == "23"
    assert shipping_rate([]) == "23"


def test_shipping_of_books_is_at_5_percent(session, seller, make_order):
    doc = invoice_doc(session, issue_invoice(session, make_order([(1, "39.90", "5"), (2, "20.00", "5")]), "t"))
    assert [(ln.name, ln.rate) for ln in doc.lines][-1] == ("Wysyłka", "5")
    assert [r.rate for r in doc.rates] == ["5"]


def test_the_discount_is_spread_to_the_grosz_and_the_total_is_the_orders(session, seller, make_order):
    oid = make_order([(3, "10.00", "23"), (1, "20.00", "8")], shipping="9.99", discount="10.00")
    doc = invoice_doc(session, issue_invoice(session, oid, "t"))
    # 30.00 and 20.00 of goods take 6.00 and 4.00; 24.00 over 3 units is 8.00 each, 16.00 for the other.
    assert [(ln.quantity, ln.unit_gross, ln.rate) for ln in doc.lines] == [
        (3, D("8.00"), "23"), (1, D("16.00"), "8"), (1, D("9.99"), "23")]
    with session.begin():
        assert doc.gross == session.get(Order, oid).total == D("49.99")


def test_a_discount_that_does_not_divide_splits_the_line():
    drafts = [Draft("A", "A", "szt.", 3, D("10.00"), "23"), Draft("B", "B", "szt.", 1, D("0.01"), "23")]
    out = spread_discount(drafts, D("1.00"))
    # 1.00 of 30.01: A's share is 0.99 and a remainder, B's 0.00 and a smaller one; the grosz left goes to A.
    # A's 29.00 over 3 units is 9.66 and 2 grosze over: one unit at 9.66, two at 9.67.
    assert [(d.name, d.quantity, d.unit_gross) for d in out] == [("A", 1, D("9.66")), ("A", 2, D("9.67")),
                                                                  ("B", 1, D("0.01"))]
    assert sum((d.unit_gross * d.quantity for d in out), D(0)) == D("29.01")
    with pytest.raises(DomainError, match="larger than"):
        spread_discount(drafts, D("30.02"))


def test_a_discount_larger_than_the_goods_takes_the_shipping_too(session, seller, make_order):
    oid = make_order([(1, "5.00", "23")], shipping="15.00", discount="10.00")
    doc = invoice_doc(session, issue_invoice(session, oid, "t"))
    assert doc.gross == D("10.00") and [ln.unit_gross for ln in doc.lines] == [D("2.50"), D("7.50")]


def test_another_currency_needs_the_nbp_rate_and_states_vat_in_pln(session, seller, make_order):
    oid = make_order([(2, "25.00", "23")], shipping="5.00", currency="EUR")
    with pytest.raises(DomainError, match="in EUR: the invoice needs the NBP mid rate"):
        issue_invoice(session, oid, "t")
    sale = shop_today()
    with pytest.raises(DomainError, match="of a day before the sale date"):
        issue_invoice(session, oid, "t", exchange_rate=D("4.2617"), exchange_rate_date=sale)
    with pytest.raises(DomainError, match="more than 6 decimal places"):
        issue_invoice(session, oid, "t", exchange_rate=D("4.26171234"), exchange_rate_date=sale - timedelta(1))
    doc = invoice_doc(session, issue_invoice(session, oid, "t", exchange_rate=D("4.2617"),
                                             exchange_rate_date=sale - timedelta(days=1),
                                             exchange_table="231/A/NBP/2026"))
    assert doc.currency == "EUR" and doc.exchange_rate == D("4.2617") and doc.exchange_table == "231/A/NBP/2026"
    (r,) = doc.rates
    assert (r.gross, r.vat) == (D("55.00"), D("10.28"))
    assert r.vat_pln == (D("10.28") * D("4.2617")).quantize(D("0.01")) == doc.vat_pln
    pln = make_order()
    with pytest.raises(DomainError, match="takes no exchange rate"):
        issue_invoice(session, pln, "t", exchange_rate=D("4.2"), exchange_rate_date=sale - timedelta(days=1))


def test_exempt_lines_take_the_legal_basis_from_the_settings(session, seller, make_order):
    doc = invoice_doc(session, issue_invoice(session, make_order([(1, "100.00", "zw")], shipping="0"), "t"))
    assert doc.annotations.exemption_basis == "art. 43 ust. 1 pkt 2 ustawy o VAT"
    assert [(r.rate, r.net, r.vat, r.gross) for r in doc.rates] == [("zw", D("100.00"), D("0.00"), D("100.00"))]
    save_settings(session, replace(seller, exemption_basis=""))
    with pytest.raises(DomainError, match="exempt .zw. line: fill in the legal basis"):
        issue_invoice(session, make_order([(1, "100.00", "zw")]), "t")


def test_split_payment_for_big_b2b_invoices_when_the_shop_says_so(session, seller, make_order):
    big = [(1, "15000.00", "23")]
    assert not invoice_doc(session, issue_invoice(session, make_order(big, buyer_nip="1234563218"), "t")) \
        .annotations.split_payment  # the setting is off
    save_settings(session, replace(seller, split_payment=True, cash_accounting=True))
    doc = invoice_doc(session, issue_invoice(session, make_order(big, buyer_nip="1234563218"), "t"))
    assert doc.annotations.split_payment and doc.annotations.cash_accounting
    small = invoice_doc(session, issue_invoice(session, make_order([(1, "12000.00", "23")], shipping="0",
                                                                   buyer_nip="1234563218"), "t"))
    assert not small.annotations.split_payment  # 12,000 net + 23 % is 14,760 gross: under 15,000
    consumer = invoice_doc(session, issue_invoice(session, make_order(big), "t"))
    assert not consumer.annotations.split_payment


@pytest.mark.parametrize(("method", "status", "form", "paid"), [
    ("cod", "unpaid", "cod", False), ("transfer", "paid", "transfer", True), ("prepaid", "paid", "card", True)])
def test_payment_form_and_state_follow_the_order(session, seller, make_order, method, status, form, paid):
    doc = invoice_doc(session, issue_invoice(session, make_order(payment_method=method, payment_status=status),
                                             "t"))
    assert (doc.payment_form, doc.paid, doc.due_date is None) == (form, paid, paid)


def test_snapshots_do_not_follow_later_edits(session, seller, make_order):
    oid = make_order()
    doc = invoice_doc(session, issue_invoice(session, oid, "t"))
    save_settings(session, replace(seller, name="Nowa Nazwa S.A.", street="ul. Inna 2", nip="7251801126"))
    with session.begin():
        order = session.get(Order, oid)
        session.execute(update(Address).where(Address.id == order.shipping_address_id)
                        .values(name="Ktoś Inny", street="ul. Zmieniona 9"))
        order.customer_name = "Ktoś Inny"
    again = invoice_doc(session, doc.id)
    assert again.seller == doc.seller and again.buyer == doc.buyer
    assert again.seller.name == "Sklep Zaplecze sp. z o.o." and again.buyer.street == "ul. Długa 5/3"


def test_refusals(session, seller, make_order, set_status):
    oid = make_order()
    issue_invoice(session, oid, "t")
    with pytest.raises(DomainError, match="already has invoice FV/"):
        issue_invoice(session, oid, "t")
    cancelled = make_order()
    set_status(cancelled, "cancelled")
    with pytest.raises(DomainError, match="is cancelled"):
        issue_invoice(session, cancelled, "t")
    with pytest.raises(DomainError, match="dated in the future"):
        issue_invoice(session, make_order(), "t", issue_date=shop_today() + timedelta(days=1))
    with pytest.raises(DomainError, match="at most 30 days before the sale"):
        issue_invoice(session, make_order(), "t", sale_date=shop_today() + timedelta(days=31))
    with pytest.raises(DomainError, match="does not exist"):
        issue_invoice(session, 999_999, "t")
    with session.begin():
        assert len(session.scalars(select(Invoice.id)).all()) == 1  # nothing else was written


def test_missing_seller_data_is_named(session, make_order):
    with pytest.raises(DomainError, match="invoice settings first: seller's name, seller's NIP, street, postal code, "
                                          "city"):
        issue_invoice(session, make_order(), "t")


def test_an_invoiced_order_cannot_be_deleted(session, seller, make_order):
    from sqlalchemy.exc import IntegrityError

    oid = make_order()
    iid = issue_invoice(session, oid, "t")
    with pytest.raises(IntegrityError), session.begin():
        session.delete(session.get(Order, oid))
    session.rollback()
    with session.begin():
        assert session.get(Invoice, iid).order_id == oid


def test_many_orders_at_once_one_refusal_does_not_stop_the_others(session, seller, make_order, set_status):
    ids = [make_order(), make_order(currency="USD"), make_order()]
    set_status(ids[2], "cancelled")
    ids.append(make_order())
    seen = []
    result = issue_many(session, ids, "t", lambda done, total, text: seen.append((done, total)))
    assert set(result.issued) == {ids[0], ids[3]} and set(result.refused) == {ids[1], ids[2]}
    assert "USD" in result.refused[ids[1]] and "cancelled" in result.refused[ids[2]]
    assert not result.cancelled and result.changes.orders == frozenset(result.issued)
    assert seen[-1] == (4, 4)
    numbers = [invoice_doc(session, result.issued[i]).number for i in (ids[0], ids[3])]
    assert [n.rsplit("/", 1)[1] for n in numbers] == ["1", "2"]


def test_cancel_stops_before_the_next_order_and_keeps_what_was_issued(session, seller, make_order):
    ids = [make_order() for _ in range(4)]
    sink = ProgressSink()

    def on_progress(done, total, text):
        if done == 1:  # Cancel pressed while the second invoice is being issued
            sink.cancel()

    sink.callback = on_progress
    result = issue_many(session, ids, "t", sink)
    assert result.cancelled and list(result.issued) == ids[:2] and result.refused == {}
    with session.begin():
        assert session.scalar(select(InvoiceSettings.seller_name)) == "Sklep Zaplecze sp. z o.o."
        assert len(session.scalars(select(Invoice.id)).all()) == 2


def test_old_issue_date_is_allowed_with_its_month_number(session, seller, make_order):
    doc = invoice_doc(session, issue_invoice(session, make_order(), "t", issue_date=date(2026, 1, 15),
                                             sale_date=date(2026, 1, 10)))
    assert doc.number == "FV/2026/01/1" and doc.sale_date == date(2026, 1, 10)
