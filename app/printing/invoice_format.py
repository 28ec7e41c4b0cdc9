"""How a Polish invoice writes its values: amounts, quantities, dates, NIP, IBAN, rates and the amount in words.

Plain functions, no reportlab, so the invoice PDF, its tests and later the register can share one spelling of
every figure: `1 234,56` (a space between thousands, a comma before the grosze), dates as `DD.MM.RRRR`, the
IBAN in groups of four, and the amount due in words as Polish accounting writes it, e.g. "tysiąc dwieście
trzydzieści cztery złote, pięćdziesiąt sześć groszy". num2words knows the grammar of złoty/grosz (złoty,
złote, złotych; grosz, grosze, groszy) and of a few other currencies; for the rest the words of the whole
amount are followed by the currency code and the cents as a fraction (`... TRY 22/100`), the usual form.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from num2words import num2words

CENT = Decimal("0.01")

# FA(3) FormaPlatnosci keys (app.services.invoicing.data.PAYMENT_FORMS) as an invoice names them.
PAYMENT_NAMES = {"cash": "gotówka", "card": "karta płatnicza", "voucher": "bon", "cheque": "czek",
                 "credit": "kredyt", "transfer": "przelew", "mobile": "płatność mobilna",
                 "cod": "za pobraniem"}  # FA(3) PlatnoscInna "Za pobraniem" (app.services.invoicing.issuing)

# FA(3) P_PMarzy kinds (P_PMarzy_2, P_PMarzy_3_1 ...) as the act words them (art. 106e ust. 2-3).
MARGIN_SCHEMES = {"2": "procedura marży dla biur podróży", "3_1": "procedura marży - towary używane",
                  "3_2": "procedura marży - dzieła sztuki",
                  "3_3": "procedura marży - przedmioty kolekcjonerskie i antyki"}


def amount(value: Decimal) -> str:
    """1234.5 -> '1 234,50'; -12.3 -> '-12,30' (a correction's difference)."""
    text = f"{value.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"
    return text.replace(",", " ").replace(".", ",")


def money(value: Decimal, currency: str) -> str:
    return f"{amount(value)} {currency}"


def quantity(value: Decimal) -> str:
    """2 -> '2', 1.50 -> '1,5', 0.125 -> '0,125': as many decimals as the quantity has, no more."""
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


def unit_price(value: Decimal) -> str:
    """A unit price: at least two decimals, more only when the price has them (0.125 stays 0,125)."""
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        return f"{value.normalize():,f}".replace(",", " ").replace(".", ",")
    return amount(value)


def day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def rate_label(rate: str) -> str:
    """'23' -> '23%'; 'zw' and 'np' as they are."""
    return f"{rate}%" if rate.isdigit() else rate


def iban(account: str) -> str:
    """The account in groups of four as banks print it: 'PL61 1090 1014 0000 0712 1981 2874'.

    An account of 26 digits alone is a Polish NRB; it is shown with the PL prefix, which makes it an IBAN."""
    compact = "".join(account.split()).upper()
    if compact.isdigit() and len(compact) == 26:
        compact = "PL" + compact
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def payment_name(form: str) -> str:
    return PAYMENT_NAMES.get(form, form)


def amount_in_words(value: Decimal, currency: str) -> str:
    """The amount in Polish words; a negative amount (a refund) is worded as its absolute value."""
    value = abs(value).quantize(CENT, rounding=ROUND_HALF_UP)
    try:
        return num2words(value, lang="pl", to="currency", currency=currency)
    except NotImplementedError:
        whole = int(value)
        cents = int((value - whole) * 100)
        return f"{num2words(whole, lang='pl')} {currency} {cents:02d}/100"
