"""Money and VAT rates: one definition for the whole app. Money is Decimal, never float.

`parse_decimal` reads amounts as shops and Polish spreadsheets write them ('1 234,56', '1,234.56', "'12.50",
'12,50 zł'); `format_money` writes them as Polish documents and screens do ('1 234,50 zł').
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

CENT = Decimal("0.01")
# The VAT rates an order line or a product may carry: 23, 8, 5 and 0 per cent, and 'zw' (exempt).
VAT_RATES = ("23", "8", "5", "0", "zw")
CURRENCY_SYMBOLS = {"PLN": "zł", "EUR": "€", "USD": "$", "GBP": "£"}
# The largest amount a shop's file or screen may give (a price, a cost, a total): anything beyond is a typo or a
# broken cell ('1e30'), refused before it reaches Decimal's rounding or the database.
MAX_AMOUNT = Decimal(10000000000)


def cents(value: Decimal) -> Decimal:
    """Rounded to the grosz (half-even, Decimal's default context)."""
    return value.quantize(CENT)


def format_money(value: Decimal, currency: str = "PLN") -> str:
    """Polish style: non-breaking space between thousands, decimal comma, symbol after: 1 234,50 zł."""
    text = f"{value:,.2f}".replace(",", "\u00a0").replace(".", ",")
    return f"{text}\u00a0{CURRENCY_SYMBOLS.get(currency, currency)}"


def strip_guard(value: str) -> str:
    """Strip blanks and Shopify's spreadsheet guard: a leading apostrophe before digits, '+' or '-'."""
    value = value.strip()
    if value[:1] == "'" and len(value) > 1 and (value[1].isdigit() or value[1] in "+-"):
        return value[1:]
    return value


_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_decimal(text: str) -> Decimal:
    """'1 234,56', '1234.56', '1,234.56', '12,5', "'12.50" -> Decimal; ValueError when it is no number.

    With both separators present, the last one is the decimal point. A single comma is a decimal comma
    (Polish Excel), unless it is followed by exactly three digits and more groups, like '1,234,567'.
    """
    try:  # the common case: plain '12.50'
        value = Decimal(text)
        if value.is_finite():
            return _bounded(value, text)
    except InvalidOperation:
        pass
    s = _SPACES.sub("", strip_guard(text))
    for symbol in ("zł", "PLN", "EUR", "€", "$", "USD", "GBP", "£"):
        s = s.replace(symbol, "")
    if not s:
        raise ValueError("empty")
    if "," in s and "." in s:
        point = "," if s.rfind(",") > s.rfind(".") else "."
        whole, _, fraction = s.rpartition(point)
        s = _ungrouped(whole, "." if point == "," else ",", text) + "." + fraction
    elif s.count(",") > 1:
        s = _ungrouped(s, ",", text)
    elif s.count(".") > 1:
        s = _ungrouped(s, ".", text)
    else:
        s = s.replace(",", ".")
    try:
        value = Decimal(s)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return _bounded(value, text)


def _bounded(value: Decimal, text: str) -> Decimal:
    if abs(value) >= MAX_AMOUNT:
        raise ValueError(text)
    return value


def _ungrouped(whole: str, separator: str, text: str) -> str:
    """'1,234,567' -> '1234567'; a separator is a thousands separator only between groups of three digits
    ('12,3,4' is a typo, not 1234: refused, never guessed)."""
    if not _GROUPED[separator].match(whole):
        raise ValueError(text)
    return whole.replace(separator, "")


_GROUPED = {sep: re.compile(r"^[+-]?\d{1,3}(?:" + re.escape(sep) + r"\d{3})*$") for sep in (",", ".")}
