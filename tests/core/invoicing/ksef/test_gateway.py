"""The KSeF gateway (ksef-client underneath) against the local stand-in on 127.0.0.1: authentication, an online
session, a real FA(3) invoice sent encrypted and decrypted by the stand-in byte for byte, its status until
accepted with a KSeF number, the UPO naming it, a rejection with KSeF's code, a lost answer found again without a
second copy, and the service down then back."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from ksef_client.utils.ksef_number import validate_ksef_number
from lxml import etree

from app.printing.ksef_xml import invoice_xml
from app.services.invoicing import amounts as am
from app.services.invoicing.data import VAT, DocLine, DocRate, InvoiceDoc, Party
from app.services.invoicing.ksef.gateway import (
    ACCEPTED,
    PROCESSING,
    REJECTED,
    InvoiceStatus,
    KsefRefused,
    KsefUnavailable,
    invoice_hash,
    make_gateway,
)

UPO = {"u": "http://upo.schematy.mf.gov.pl/KSeF/v4-3"}
BUYER = Party("Hurtownia Ąę & <Synowie> S.A.", "7740001454", "ul. Chemików 7", "09-411", "Płock")


def fa3(nip: str, number: str = "FV/2026/03/0007", price: str = "49.99") -> bytes:
    """A real FA(3) invoice of the seller `nip`, valued by amounts.compute and written by invoice_xml."""
    a = am.compute([am.LineIn(Decimal(2), Decimal(price), "23")], am.GROSS)
    line = a.lines[0]
    doc = InvoiceDoc(
        id=1, kind=VAT, number=number, issue_date=date(2026, 3, 2), place_of_issue="Warszawa",
        sale_date=date(2026, 2, 27), currency="PLN", exchange_rate=None, exchange_rate_date=None, exchange_table="",
        seller=Party("Sklep Żółty Kubek Sp. z o.o.", nip, "ul. Świętokrzyska 12/4", "00-916", "Warszawa"),
        seller_bank_account="PL61109010140000071219812874", seller_bank_name="Santander Bank Polska",
        buyer=BUYER, method=am.GROSS,
        lines=(DocLine(1, "Kubek „Żółty”", "SKU-1", "szt.", line.quantity, line.unit_net, line.unit_gross, line.rate,
                       line.net, line.vat, line.gross, False),),
        rates=tuple(DocRate(r.rate, r.net, r.vat, r.gross, r.vat_pln) for r in a.rates),
        net=a.net, vat=a.vat, gross=a.gross, vat_pln=a.vat_pln, payment_form="transfer", due_date=date(2026, 3, 16),
        paid=False, paid_date=None, order_number="#1042", issued_by="Anna",
        created_at=datetime(2026, 3, 2, 9, 15, 30, tzinfo=UTC))
    return invoice_xml(doc)


@pytest.fixture
def gateway(ksef_standin):
    with make_gateway("test", ksef_standin.nip, ksef_standin.token, base_url=ksef_standin.base_url,
                      timeout_seconds=5) as g:
        yield g


def wait_final(gateway, session: str, reference: str) -> InvoiceStatus:
    for _ in range(20):
        status = gateway.status(session, reference)
        if status.state != PROCESSING:
            return status
        time.sleep(0.05)
    raise AssertionError("still processing")


def test_check_connection_authenticates_with_the_token(ksef_standin, gateway):
    gateway.check_connection()
    paths = [p for _, p in ksef_standin.requests]
    assert paths[:3] == ["/v2/security/public-key-certificates", "/v2/auth/challenge", "/v2/auth/ksef-token"]
    assert "/v2/auth/token/redeem" in paths


def test_a_wrong_token_is_refused_with_ksef_reason(ksef_standin):
    with (make_gateway("test", ksef_standin.nip, ksef_standin.token + "x", base_url=ksef_standin.base_url) as g,
          pytest.raises(KsefRefused) as refused):
        g.check_connection()
    assert refused.value.code == 450
    assert "Nieprawidłowy token" in refused.value.details
    assert "authentication" in str(refused.value) and ksef_standin.nip in str(refused.value)
    assert ksef_standin.token not in str(refused.value)


def test_the_token_for_another_nip_is_refused(ksef_standin):
    with (make_gateway("test", "7740001454", ksef_standin.token, base_url=ksef_standin.base_url) as g,
          pytest.raises(KsefRefused, match="450")):
        g.open_session()


def test_an_empty_token_and_an_unknown_environment_are_refused_before_anything_is_sent():
    with pytest.raises(KsefRefused, match="No KSeF token"):
        make_gateway("test", "5261040828", "  ")
    with pytest.raises(Exception, match="Unknown KSeF environment 'staging'"):
        make_gateway("staging", "5261040828", "token")


def test_an_invoice_goes_through_accepted_with_a_ksef_number_and_its_upo(ksef_standin, gateway):
    xml = fa3(ksef_standin.nip)
    session = gateway.open_session()
    sent = gateway.send(session, xml)
    assert sent.session_reference == session and len(sent.invoice_reference) == 36

    assert ksef_standin.invoice(sent.invoice_reference).xml == xml      # decrypted by the stand-in, byte for byte
    first = gateway.status(session, sent.invoice_reference)
    assert first.state == PROCESSING and first.ksef_number is None and first.code == 150
    status = wait_final(gateway, session, sent.invoice_reference)
    assert status.state == ACCEPTED and status.code == 200
    assert status.ksef_number.startswith(f"{ksef_standin.nip}-") and validate_ksef_number(status.ksef_number).is_valid

    upo = etree.fromstring(gateway.upo(session, sent.invoice_reference))
    assert upo.findtext("u:Dokument/u:NumerKSeFDokumentu", namespaces=UPO) == status.ksef_number
    assert upo.findtext("u:Dokument/u:NumerFaktury", namespaces=UPO) == "FV/2026/03/0007"
    assert upo.findtext("u:Dokument/u:SkrotDokumentu", namespaces=UPO) == invoice_hash(xml)
    assert upo.findtext("u:NumerReferencyjnySesji", namespaces=UPO) == session

    gateway.close_session(session)
    assert not ksef_standin.sessions[session].open
    with pytest.raises(KsefRefused):
        gateway.send(session, xml)    # this gateway let go of the closed session's key


def test_several_invoices_in_one_session_each_arrive_intact(ksef_standin, gateway):
    session = gateway.open_session()
    xmls = [fa3(ksef_standin.nip, f"FV/2026/03/{n:04d}", f"{10 + n}.99") for n in range(1, 4)]
    sent = [gateway.send(session, xml) for xml in xmls]
    assert [ksef_standin.invoice(s.invoice_reference).xml for s in sent] == xmls
    numbers = {wait_final(gateway, session, s.invoice_reference).ksef_number for s in sent}
    assert len(numbers) == 3 and None not in numbers
    gateway.close_session(session)


def test_a_rejection_carries_ksef_code_and_description(ksef_standin, gateway):
    session = gateway.open_session()
    ksef_standin.reject_next(450, details=("Pole P_2: numer faktury już użyty",))
    sent = gateway.send(session, fa3(ksef_standin.nip))
    status = wait_final(gateway, session, sent.invoice_reference)
    assert status == InvoiceStatus(REJECTED, None, 450, "Błąd weryfikacji semantyki dokumentu faktury",
                                   ("Pole P_2: numer faktury już użyty",))
    with pytest.raises(KsefRefused, match="21405"):
        gateway.upo(session, sent.invoice_reference)


def test_an_invoice_that_is_not_fa3_is_rejected_by_the_schema(ksef_standin, gateway):
    session = gateway.open_session()
    bad = fa3(ksef_standin.nip).replace(b"<P_2>", b"<P_2x>").replace(b"</P_2>", b"</P_2x>")
    status = wait_final(gateway, session, gateway.send(session, bad).invoice_reference)
    assert status.state == REJECTED and status.code == 450 and status.details


def test_the_same_invoice_again_is_a_duplicate_naming_the_first(ksef_standin, gateway):
    xml = fa3(ksef_standin.nip)
    session = gateway.open_session()
    first = wait_final(gateway, session, gateway.send(session, xml).invoice_reference)
    again = wait_final(gateway, session, gateway.send(session, xml).invoice_reference)
    assert again.state == REJECTED and again.code == 440
    assert f"originalKsefNumber: {first.ksef_number}" in again.details


def test_a_lost_answer_is_found_again_and_not_sent_twice(ksef_standin, gateway):
    xml = fa3(ksef_standin.nip)
    session = gateway.open_session()
    gateway.send(session, fa3(ksef_standin.nip, "FV/2026/03/0001"))
    ksef_standin.drop_next_answer()
    with pytest.raises(KsefUnavailable, match="cannot be reached"):
        gateway.send(session, xml)
    assert len(ksef_standin.invoices) == 2             # KSeF has it all the same

    found = gateway.find_sent(session, invoice_hash(xml))
    assert found is not None and found.invoice_reference == ksef_standin.invoices[1].reference
    assert wait_final(gateway, session, found.invoice_reference).state == ACCEPTED
    assert gateway.find_sent(session, invoice_hash(b"<other/>")) is None
    assert len(ksef_standin.invoices) == 2             # asking sent nothing again


def test_find_sent_works_from_a_new_gateway_after_a_restart(ksef_standin, gateway):
    xml = fa3(ksef_standin.nip)
    session = gateway.open_session()
    ksef_standin.drop_next_answer()
    with pytest.raises(KsefUnavailable):
        gateway.send(session, xml)
    with make_gateway("test", ksef_standin.nip, ksef_standin.token, base_url=ksef_standin.base_url) as fresh:
        found = fresh.find_sent(session, invoice_hash(xml))
        assert found is not None
        assert wait_final(fresh, session, found.invoice_reference).state == ACCEPTED


def test_service_down_then_back(ksef_standin, gateway):
    session = gateway.open_session()
    ksef_standin.go_down("refused")
    with pytest.raises(KsefUnavailable, match="cannot be reached"):
        gateway.send(session, fa3(ksef_standin.nip))
    ksef_standin.come_up()
    ksef_standin.go_down("503")
    with pytest.raises(KsefUnavailable, match="HTTP 503") as down:
        gateway.check_connection()
    assert "prace serwisowe" in str(down.value)
    assert ksef_standin.invoices == []

    ksef_standin.come_up()
    sent = gateway.send(session, fa3(ksef_standin.nip))
    assert wait_final(gateway, session, sent.invoice_reference).state == ACCEPTED
    assert [i.reference for i in ksef_standin.invoices] == [sent.invoice_reference]


def test_an_expired_access_token_is_renewed_once(ksef_standin, gateway):
    session = gateway.open_session()
    ksef_standin.expire_access_tokens()
    sent = gateway.send(session, fa3(ksef_standin.nip))
    assert wait_final(gateway, session, sent.invoice_reference).state == ACCEPTED
    assert [p for _, p in ksef_standin.requests].count("/v2/auth/token/redeem") == 2


def test_the_token_does_not_show_in_the_gateway_repr(ksef_standin, gateway):
    assert ksef_standin.token not in repr(gateway) and ksef_standin.nip in repr(gateway)
