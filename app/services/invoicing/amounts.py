"""The amounts of an invoice, as Polish practice computes them. Pure: Decimal in, Decimal out, no session.

Two methods (art. 106e ust. 1 pkt 11-14 of the VAT act; the Ministry of Finance's explanations of the rounding):

- **gross** (B2C: invoices to consumers; a B2B invoice when the settings say so): each line's gross value is
  quantity x unit gross price, rounded to the grosz. Per rate, the gross values are summed, the VAT is taken out of
  that sum once, VAT = gross x rate / (100 + rate), rounded to the grosz, and net = gross - VAT. A line's own
  net and VAT are shown for information only; the per-rate summary is what the invoice states.
- **net** (B2B by default): each line's net value is quantity x unit net price, rounded to the grosz. Per rate, the
  net values are summed, VAT = net x rate / 100 is computed once on that sum and rounded, gross = net + VAT.

Rounding is half up to the grosz (0.005 -> 0.01), as the act's art. 106e ust. 10 requires. On every rate and on
the total, net + VAT = gross exactly. Rates 0, `zw` (exempt) and `np` (not subject to Polish VAT) carry no VAT:
net = gross. In a foreign currency the VAT of each rate is also converted to PLN at the given exchange rate and
rounded to the grosz (art. 106e ust. 11).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.core.errors import DomainError
from app.core.messages import msg

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
GROSS, NET = "gross", "net"
# The rates an invoice line may carry, in the order the summary lists them.
RATES = ("23", "8", "5", "0", "zw", "np")
_PERCENT = {"23": Decimal(23), "8": Decimal(8), "5": Decimal(5)}


def cents(value: Decimal) -> Decimal:
    """Half up to the grosz: the VAT act's rounding (not Decimal's default half-even)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def percent(rate: str) -> Decimal:
    """The rate as a number of per cent; 0 for 0, zw and np."""
    if rate not in RATES:
        raise DomainError(msg("Unknown VAT rate '{rate}'; the rates are {rates}.", rate=rate, rates=", ".join(RATES)))
    return _PERCENT.get(rate, Decimal(0))


@dataclass(frozen=True)
class LineIn:
    quantity: Decimal
    unit_price: Decimal  # gross or net, as the method says
    rate: str


@dataclass(frozen=True)
class LineOut:
    quantity: Decimal
    unit_net: Decimal | None  # the unit price of the method only (the other one is not stated on the invoice)
    unit_gross: Decimal | None
    rate: str
    net: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(frozen=True)
class RateSum:
    rate: str
    net: Decimal
    vat: Decimal
    gross: Decimal
    vat_pln: Decimal | None = None  # in a foreign currency: the VAT in PLN


@dataclass(frozen=True)
class Amounts:
    method: str
    lines: tuple[LineOut, ...]
    rates: tuple[RateSum, ...]  # in RATES order, only the rates the invoice has
    net: Decimal
    vat: Decimal
    gross: Decimal
    vat_pln: Decimal | None = None


def _vat_from_gross(gross: Decimal, rate: str) -> Decimal:
    p = percent(rate)
    return cents(gross * p / (100 + p)) if p else ZERO


def _vat_from_net(net: Decimal, rate: str) -> Decimal:
    p = percent(rate)
    return cents(net * p / 100) if p else ZERO


def _line(line: LineIn, method: str) -> LineOut:
    if line.quantity <= 0 or line.unit_price < 0:
        raise DomainError(msg("An invoice line needs a quantity above 0 and a price of at least 0."))
    value = cents(line.quantity * line.unit_price)
    if method == GROSS:
        vat = _vat_from_gross(value, line.rate)
        return LineOut(line.quantity, None, line.unit_price, line.rate, value - vat, vat, value)
    vat = _vat_from_net(value, line.rate)
    return LineOut(line.quantity, line.unit_price, None, line.rate, value, vat, value + vat)


def summarise(lines: Sequence[LineOut], method: str, exchange_rate: Decimal | None = None) -> Amounts:
    """The per-rate summary and totals of lines already valued (also of a correction's differences, where values
    may be negative): the VAT is computed once per rate from the sum of the method's values."""
    per_rate: dict[str, Decimal] = {}
    for line in lines:
        per_rate[line.rate] = per_rate.get(line.rate, ZERO) + (line.gross if method == GROSS else line.net)
    rates = []
    for rate in RATES:
        if rate not in per_rate:
            continue
        base = per_rate[rate]
        if method == GROSS:
            vat = _vat_from_gross(base, rate)
            net, gross = base - vat, base
        else:
            vat = _vat_from_net(base, rate)
            net, gross = base, base + vat
        vat_pln = cents(vat * exchange_rate) if exchange_rate is not None else None
        rates.append(RateSum(rate, net, vat, gross, vat_pln))
    total_pln = sum((r.vat_pln for r in rates if r.vat_pln is not None), ZERO) if exchange_rate is not None else None
    return Amounts(method, tuple(lines), tuple(rates), sum((r.net for r in rates), ZERO),
                   sum((r.vat for r in rates), ZERO), sum((r.gross for r in rates), ZERO), total_pln)


def compute(lines: Iterable[LineIn], method: str, exchange_rate: Decimal | None = None) -> Amounts:
    """Value each line by the method, then the per-rate summary and the totals."""
    if method not in (GROSS, NET):
        raise DomainError(msg("An invoice is computed from gross or from net prices, not '{method}'.", method=method))
    if exchange_rate is not None and exchange_rate <= 0:
        raise DomainError(msg("The exchange rate must be above 0."))
    return summarise([_line(line, method) for line in lines], method, exchange_rate)


def net_price(gross_price: Decimal, rate: str) -> Decimal:
    """A unit net price from a shop's gross price (for an invoice computed from net): rounded to the grosz."""
    p = percent(rate)
    return cents(gross_price * 100 / (100 + p)) if p else gross_price


def difference(before: Amounts, after: Amounts) -> Amounts:
    """A correction's amounts: after minus before, per rate (a rate may appear on one side only)."""
    rates = []
    b = {r.rate: r for r in before.rates}
    a = {r.rate: r for r in after.rates}
    for rate in RATES:
        if rate not in a and rate not in b:
            continue
        zero = RateSum(rate, ZERO, ZERO, ZERO, ZERO if before.vat_pln is not None else None)
        x, y = b.get(rate, zero), a.get(rate, zero)
        vat_pln = (y.vat_pln or ZERO) - (x.vat_pln or ZERO) if (x.vat_pln is not None or y.vat_pln is not None) \
            else None
        rates.append(RateSum(rate, y.net - x.net, y.vat - x.vat, y.gross - x.gross, vat_pln))
    vat_pln = (after.vat_pln or ZERO) - (before.vat_pln or ZERO) \
        if (after.vat_pln is not None or before.vat_pln is not None) else None
    return Amounts(after.method, (), tuple(rates), after.net - before.net, after.vat - before.vat,
                   after.gross - before.gross, vat_pln)
