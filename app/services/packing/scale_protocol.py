"""What a packing scale says over its serial line, read into a weight in kg (no Qt: the station's reader feeds it).

Two protocols cover the scales shops put at a packing station:

- Mettler Toledo MT-SICS: the host asks (`S` for a stable weight, `SI` for the weight now) and the scale answers
  one line: `S S      1.234 kg` (stable), `S D      1.230 kg` (still moving), `S I` (busy, ask again),
  `S +` / `S -` (over / under its range), or `ES` / `ET` / `EL` (it did not understand, got a garbled command,
  or cannot do it).
- The continuous stream of many cheap scales, sent over and over without a request:
  `ST,GS,+  1.234kg` (ST stable, US unstable, OL overload; GS gross, NT net; sign, value, unit).

A line is read into a `Reading`, or None when it says nothing this module knows (a half line from the middle
of a stream, a reply to some other command, noise): the reader waits for the next line instead of failing.
A reading the station must not take as a parcel's weight (negative, over or under the range, busy, an error,
a unit we do not convert) carries an English `error` (msg(), translated where shown); nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from app.core.messages import msg

MT_SICS = "mt-sics"
CONTINUOUS = "continuous"
PROTOCOLS: tuple[str, ...] = (MT_SICS, CONTINUOUS)

# What the host sends an MT-SICS scale: the weight now, settled or not (the station shows it moving), or the
# next stable one (the scale may wait for it, or answer "S I" when it does not settle in time).
REQUEST_IMMEDIATE = b"SI\r\n"
REQUEST_STABLE = b"S\r\n"

# Kinds of reading.
WEIGHT = "weight"  # a weight (stable or not); may still carry an error when it is negative
BUSY = "busy"  # MT-SICS "S I": no weight now, ask again
OVERLOAD = "overload"
UNDERLOAD = "underload"
REFUSED = "refused"  # MT-SICS ES / ET / EL: the scale refused the command (a setup problem)
UNIT = "unit"  # a weight in a unit we do not convert

# Longer lines are noise (neither protocol sends more than a few dozen characters).
_MAX_LINE = 80
_GRAMS_PER_KG = Decimal(1000)
_UNITS = {"kg": Decimal(1), "g": Decimal(1) / _GRAMS_PER_KG}
# A signed decimal number and its unit; a sign may stand apart from its digits ("-   0.012 kg").
_VALUE = re.compile(r"(?P<sign>[+-]?)\s*(?P<number>\d{1,9}(?:[.,]\d{1,9})?)\s*,?\s*(?P<unit>[A-Za-z]{1,5})")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

_REFUSALS = {
    "ES": msg("The scale did not understand the request (ES): check the scale's protocol setting."),
    "ET": msg("The scale received a garbled request (ET): check the baud rate and the cable."),
    "EL": msg("The scale cannot weigh now (EL): check its display."),
}
BUSY_TEXT = msg("The scale is busy or did not settle: weigh again.")
OVERLOAD_TEXT = msg("The scale is overloaded: the parcel is too heavy for it.")
UNDERLOAD_TEXT = msg("The scale is below its range: empty it and set it to zero.")
NEGATIVE_TEXT = msg("The scale shows a negative weight ({weight} kg): empty it and set it to zero.")
UNIT_TEXT = msg("The scale weighs in {unit}: set it to kg or g.")


@dataclass(frozen=True)
class Reading:
    """One line from the scale. `weight` is in kg (None when the line carries none); `stable` says the scale
    has settled; `error` (English, msg()) says why this is no parcel weight; `raw` is the line as received."""

    weight: Decimal | None
    stable: bool
    raw: str
    kind: str = WEIGHT
    error: str = ""

    @property
    def parcel_weight(self) -> Decimal | None:
        """The weight a station may take for a parcel: settled, without an error, above zero; else None."""
        if self.kind != WEIGHT or self.error or not self.stable or self.weight is None or self.weight <= 0:
            return None
        return self.weight


def request_bytes(protocol: str, *, stable: bool = False) -> bytes:
    """What to send the scale to get a reading: MT-SICS `SI` (or `S` with stable=True); nothing for a stream."""
    if protocol == MT_SICS:
        return REQUEST_STABLE if stable else REQUEST_IMMEDIATE
    return b""


def parse_line(line: str | bytes, protocol: str) -> Reading | None:
    """Read one line (without or with its line end) as `protocol` speaks it; None when it is nothing we know."""
    if isinstance(line, bytes):
        line = line.decode("ascii", errors="replace")
    raw = line.strip("\r\n")
    text = _CONTROL.sub(" ", raw).strip()
    if not text or len(text) > _MAX_LINE:
        return None
    if protocol == MT_SICS:
        return _mt_sics(text, raw)
    if protocol == CONTINUOUS:
        return _continuous(text, raw)
    return None


def _weight(value: str, raw: str, stable: bool) -> Reading | None:
    """A "sign number unit" text as a reading in kg; None when it is not one."""
    match = _VALUE.fullmatch(value.strip())
    if match is None:
        return None
    unit = match["unit"]
    if unit.lower() not in _UNITS:  # "KG" from some scales; "lb", "oz", "ct" refused
        return Reading(None, stable, raw, UNIT, msg(UNIT_TEXT, unit=unit))
    number = Decimal(match["number"].replace(",", "."))
    kg = number * _UNITS[unit.lower()]
    if match["sign"] == "-" and number:
        kg = -kg
        return Reading(kg, stable, raw, WEIGHT, msg(NEGATIVE_TEXT, weight=kg))
    return Reading(kg, stable, raw)


def _mt_sics(text: str, raw: str) -> Reading | None:
    if text in _REFUSALS:
        return Reading(None, False, raw, REFUSED, _REFUSALS[text])
    head, _, rest = text.partition(" ")
    if head not in ("S", "SI"):
        return None
    status, _, value = rest.strip().partition(" ")
    if status == "I" and not value.strip():
        return Reading(None, False, raw, BUSY, BUSY_TEXT)
    if status == "+" and not value.strip():
        return Reading(None, False, raw, OVERLOAD, OVERLOAD_TEXT)
    if status == "-" and not value.strip():
        return Reading(None, False, raw, UNDERLOAD, UNDERLOAD_TEXT)
    if status in ("S", "D"):
        return _weight(value, raw, stable=status == "S")
    return None


def _continuous(text: str, raw: str) -> Reading | None:
    parts = text.split(",", 2)
    if len(parts) != 3:
        return None
    state, mode, value = (p.strip() for p in parts)
    if mode not in ("GS", "NT"):  # gross or net; a tare readout is no parcel weight
        return None
    if state == "OL":
        return Reading(None, False, raw, OVERLOAD, OVERLOAD_TEXT)
    if state not in ("ST", "US"):
        return None
    return _weight(value, raw, stable=state == "ST")
