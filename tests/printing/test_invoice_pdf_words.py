"""How the invoice writes its figures: Polish amounts, quantities, the IBAN, and the amount due in words with the
grammar of złoty and grosz (1 złoty, 2-4 złote, 5+ złotych, but 22 złote and 12 złotych; likewise grosz, grosze,
groszy). The expected words are written out by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.printing import invoice_format as fmt


@pytest.mark.parametrize(("value", "words"), [
    ("1.00", "jeden złoty, zero groszy"),
    ("2.00", "dwa złote, zero groszy"),
    ("5.00", "pięć złotych, zero groszy"),
    ("12.00", "dwanaście złotych, zero groszy"),
    ("22.00", "dwadzieścia dwa złote, zero groszy"),
    ("25.00", "dwadzieścia pięć złotych, zero groszy"),
    ("112.00", "sto dwanaście złotych, zero groszy"),
    ("0.01", "zero złotych, jeden grosz"),
    ("0.02", "zero złotych, dwa grosze"),
    ("0.05", "zero złotych, pięć groszy"),
    ("0.12", "zero złotych, dwanaście groszy"),
    ("21.22", "dwadzieścia jeden złotych, dwadzieścia dwa grosze"),
    ("1002.02", "tysiąc dwa złote, dwa grosze"),
    ("1234.56", "tysiąc dwieście trzydzieści cztery złote, pięćdziesiąt sześć groszy"),
    ("2000000.00", "dwa miliony złotych, zero groszy"),
])
def test_zloty_and_grosz_take_the_right_form(value, words):
    assert fmt.amount_in_words(Decimal(value), "PLN") == words


def test_a_refund_is_worded_as_its_size_and_other_currencies_by_name_or_code():
    assert fmt.amount_in_words(Decimal("-29.90"), "PLN") == "dwadzieścia dziewięć złotych, dziewięćdziesiąt groszy"
    assert fmt.amount_in_words(Decimal("337.10"), "EUR") == "trzysta trzydzieści siedem euro, dziesięć centów"
    assert fmt.amount_in_words(Decimal("21.05"), "ZAR") == "dwadzieścia jeden ZAR 05/100"
    assert fmt.amount_in_words(Decimal("0.5"), "TRY") == "zero TRY 50/100"


def test_figures_are_written_the_polish_way():
    assert fmt.amount(Decimal("1234567.5")) == "1 234 567,50"
    assert fmt.amount(Decimal("-12.3")) == "-12,30"
    assert fmt.amount(Decimal("0.005")) == "0,01"  # half up, as the VAT act rounds
    assert [fmt.quantity(Decimal(q)) for q in ("2", "2.000", "1.50", "100", "0.125")] == ["2", "2", "1,5", "100",
                                                                                         "0,125"]
    assert [fmt.unit_price(Decimal(p)) for p in ("12", "1234.5", "0.125")] == ["12,00", "1 234,50", "0,125"]
    assert fmt.day(None) == "" and [fmt.rate_label(r) for r in ("23", "0", "zw", "np")] == ["23%", "0%", "zw", "np"]
    assert fmt.iban("PL61109010140000071219812874") == "PL61 1090 1014 0000 0712 1981 2874"
    assert fmt.iban("61 1090 1014 0000 0712 1981 2874") == "PL61 1090 1014 0000 0712 1981 2874"  # a bare NRB
    assert fmt.iban("DE89370400440532013000") == "DE89 3704 0044 0532 0130 00"
    assert fmt.payment_name("transfer") == "przelew" and fmt.payment_name("card") == "karta płatnicza"
