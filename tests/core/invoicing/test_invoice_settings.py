"""Seller settings: NIP and IBAN checked by python-stdnum, a wrong one refused naming the field and the rule."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.core.errors import DomainError
from app.services.invoicing.settings import (
    SellerSettings,
    check_iban,
    check_nip,
    get_settings,
    missing_for_invoice,
    save_settings,
)


def test_saved_settings_come_back_compact(session, seller):
    got = get_settings(session)
    assert got == seller
    assert got.nip == "5260250274"  # dashes gone
    assert got.bank_account == "PL61109010140000071219812874"  # spaces gone, PL added to the 26 digits
    assert got.payment_days == 14 and got.b2b_method == "net" and got.ksef_environment == "test"
    assert missing_for_invoice(got) == []


def test_nip_rules_are_named():
    assert check_nip("PL 526-025-02-74") == "5260250274"
    with pytest.raises(DomainError, match=r"buyer's NIP must have 10 digits; '526025027' has 9"):
        check_nip("526025027")
    with pytest.raises(DomainError, match="buyer's NIP '5260250275' has a wrong check digit"):
        check_nip("5260250275")
    with pytest.raises(DomainError, match="may hold only digits"):
        check_nip("52602502AB")
    with pytest.raises(DomainError, match="is empty"):
        check_nip("  ")


def test_iban_rules_are_named():
    assert check_iban("PL61 1090 1014 0000 0712 1981 2874") == "PL61109010140000071219812874"
    assert check_iban("61109010140000071219812874") == "PL61109010140000071219812874"
    assert check_iban("DE89 3704 0044 0532 0130 00") == "DE89370400440532013000"
    with pytest.raises(DomainError, match="bank account must have 26 digits .* has 25"):
        check_iban("6110901014000007121981287")
    with pytest.raises(DomainError, match="bank account must have 26 digits .* has 27"):
        check_iban("PL611090101400000712198128745")
    with pytest.raises(DomainError, match="wrong check digits"):
        check_iban("PL62109010140000071219812874")
    with pytest.raises(DomainError, match="only a country code and digits"):
        check_iban("PL61-1090-1014-0000-0712-1981-287X?")


def test_a_wrong_number_is_refused_and_nothing_is_saved(session, seller):
    with pytest.raises(DomainError, match="seller's NIP '5260250275' has a wrong check digit"):
        save_settings(session, replace(seller, nip="5260250275", name="Inna nazwa"))
    with pytest.raises(DomainError, match="bank account"):
        save_settings(session, replace(seller, bank_account="PL00109010140000071219812874"))
    assert get_settings(session) == seller


def test_other_values_are_checked(session):
    for bad, words in ((SellerSettings(payment_days=-1), "payment term"),
                       (SellerSettings(b2b_method="both"), "net or from gross"),
                       (SellerSettings(ksef_environment="live"), "test, demo or prod"),
                       (SellerSettings(country="Polska"), "two-letter")):
        with pytest.raises(DomainError, match=words):
            save_settings(session, bad)


def test_an_empty_shop_says_what_an_invoice_needs(session):
    empty = get_settings(session)
    assert empty == SellerSettings()
    assert missing_for_invoice(empty) == ["seller's name", "seller's NIP", "street", "postal code", "city"]
