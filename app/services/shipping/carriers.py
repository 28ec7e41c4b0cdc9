"""The carrier catalogue, the shipping-method mapping, and the `Carrier` interface for carriers' web APIs.

Carriers are data: a shop switches them on and picks default services in settings. Imported orders carry
a shipping-method text ("InPost Paczkomat 24/7", "Kurier DPD pobranie"); mapping rules, the shop's own
first and then the built-in ones, turn that text into a carrier and a service.

`Carrier` is the seam for a later integration with a carrier's web API (create the shipment there, get
tracking numbers and the label PDF back). Nothing registers an implementation yet and nothing here calls
a network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol, runtime_checkable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import DomainError
from app.core.messages import msg
from app.models import CarrierSetting, ShippingMethodRule
from app.services.shipping.data import CarrierInfo, SenderData

INPOST_LOCKER = "inpost_locker"
INPOST_COURIER = "inpost_courier"
DPD = "dpd"
DHL = "dhl"
GLS = "gls"
POCZTA_POLSKA = "poczta_polska"
ORLEN = "orlen_paczka"
OWN = "own_delivery"
PICKUP = "pickup"

CARRIERS: dict[str, CarrierInfo] = {c.code: c for c in (
    CarrierInfo(INPOST_LOCKER, "InPost Paczkomat", ("Paczkomat",), ("A", "B", "C"), needs_locker=True),
    CarrierInfo(INPOST_COURIER, "InPost Kurier", ("Kurier", "Kurier pobranie"), ("S", "M", "L")),
    CarrierInfo(DPD, "DPD", ("Classic", "Next Day", "Pickup")),
    CarrierInfo(DHL, "DHL", ("Parcel", "Parcel Connect", "Parcel 12")),
    CarrierInfo(GLS, "GLS", ("Business Parcel", "Parcel Shop")),
    CarrierInfo(POCZTA_POLSKA, "Poczta Polska", ("Pocztex Kurier", "Paczka pocztowa", "Pocztex Punkt")),
    CarrierInfo(ORLEN, "ORLEN Paczka", ("Punkt",), ("S", "M", "L"), needs_locker=True),
    CarrierInfo(OWN, msg("Own delivery"), (msg("Own delivery"),), own_numbering=True, on_manifest=False),
    CarrierInfo(PICKUP, msg("Personal pickup"), (msg("Pickup at the shop"),), own_numbering=True,
                on_manifest=False),
)}

# What labels print as the carrier's name (the two non-carriers in Polish, as customers read them).
PRINTED_NAMES = {INPOST_LOCKER: "InPost", INPOST_COURIER: "InPost", OWN: "Dostawa własna", PICKUP: "Odbiór osobisty"}
# The services of those two, as printed (the carriers' own services are their Polish brand names already).
PRINTED_SERVICES = {"Own delivery": "Dostawa własna", "Pickup at the shop": "Odbiór w sklepie"}

# Built-in mapping, tried after the shop's own rules: (lower-case fragment, carrier, service).
DEFAULT_RULES: tuple[tuple[str, str, str], ...] = (
    ("paczkomat", INPOST_LOCKER, "Paczkomat"),
    ("inpost kurier", INPOST_COURIER, "Kurier"),
    ("kurier inpost", INPOST_COURIER, "Kurier"),
    ("inpost", INPOST_LOCKER, "Paczkomat"),
    ("dpd", DPD, "Classic"),
    ("dhl", DHL, "Parcel"),
    ("gls", GLS, "Business Parcel"),
    ("pocztex", POCZTA_POLSKA, "Pocztex Kurier"),
    ("poczta", POCZTA_POLSKA, "Paczka pocztowa"),
    ("orlen", ORLEN, "Punkt"),
    ("odbiór osobisty", PICKUP, "Pickup at the shop"),
    ("odbior osobisty", PICKUP, "Pickup at the shop"),
    ("pickup", PICKUP, "Pickup at the shop"),
    ("local pickup", PICKUP, "Pickup at the shop"),
    ("własny", OWN, "Own delivery"),
    ("dostawa własna", OWN, "Own delivery"),
    ("own delivery", OWN, "Own delivery"),
)

# InPost locker codes look like WAW123M, KRA01M, POZ08A; ORLEN points have similar codes.
LOCKER_RE = re.compile(r"\b([A-Z]{3}\d{2,4}[A-Z]{0,3})\b")


def carrier(code: str) -> CarrierInfo:
    info = CARRIERS.get(code)
    if info is None:
        raise DomainError(msg("Unknown carrier '{code}'. Known: {codes}.", code=code, codes=", ".join(CARRIERS)))
    return info


def printed_name(code: str) -> str:
    return PRINTED_NAMES.get(code, carrier(code).name)


def printed_service(service: str) -> str:
    return PRINTED_SERVICES.get(service, service)


def guess_carrier(session: Session, method_text: str) -> tuple[str, str] | None:
    """(carrier, service) for an imported shipping-method text, or None when no rule matches."""
    with session.begin():
        return match_method(session, method_text)


def match_method(session: Session, method_text: str) -> tuple[str, str] | None:
    """guess_carrier inside a use case's transaction."""
    text = " ".join(method_text.lower().split())
    if not text:
        return None
    rules = session.execute(select(ShippingMethodRule.pattern, ShippingMethodRule.carrier, ShippingMethodRule.service,
                                   ShippingMethodRule.priority)).all()
    for pattern, code, service, _prio in sorted(rules, key=lambda r: (r.priority, -len(r.pattern))):
        if pattern.lower() in text and code in CARRIERS:
            return code, service or CARRIERS[code].services[0]
    for fragment, code, service in DEFAULT_RULES:
        if fragment in text:
            return code, service
    return None


def locker_from_text(text: str) -> str:
    match = LOCKER_RE.search(text.upper())
    return match.group(1) if match else ""


def set_rule(session: Session, pattern: str, carrier_code: str, service: str = "", priority: int = 100) -> int:
    """Add or change a mapping rule (one use case)."""
    pattern = " ".join(pattern.split())
    if not pattern:
        raise DomainError(msg("A mapping rule needs the text to look for."))
    info = carrier(carrier_code)
    if service and service not in info.services:
        raise DomainError(msg("{carrier} has no service '{service}'; it has {services}.", carrier=info.name,
                              service=service, services=", ".join(info.services)))
    with session.begin():
        rule = session.scalar(select(ShippingMethodRule).where(ShippingMethodRule.pattern == pattern))
        if rule is None:
            rule = ShippingMethodRule(pattern=pattern)
            session.add(rule)
        rule.carrier, rule.service, rule.priority = carrier_code, service, priority
        session.flush()
        return rule.id


def list_rules(session: Session) -> list[tuple[int, str, str, str, int]]:
    with session.begin():
        return [tuple(r) for r in session.execute(
            select(ShippingMethodRule.id, ShippingMethodRule.pattern, ShippingMethodRule.carrier,
                   ShippingMethodRule.service, ShippingMethodRule.priority).order_by(ShippingMethodRule.priority))]


def delete_rules(session: Session, rule_ids: list[int]) -> None:
    """Remove the chosen mapping rules (one use case: all of them or none)."""
    with session.begin():
        for rule_id in rule_ids:
            rule = session.get(ShippingMethodRule, rule_id)
            if rule is not None:
                session.delete(rule)


@dataclass(frozen=True)
class CarrierSettingData:
    code: str
    active: bool = True
    default_service: str = ""
    account: str = ""  # the shop's customer number / login at the carrier, for the web API later


def carrier_settings(session: Session) -> list[CarrierSettingData]:
    """Every carrier of the catalogue with the shop's settings (a carrier never set up is active)."""
    with session.begin():
        return read_carrier_settings(session)


def read_carrier_settings(session: Session) -> list[CarrierSettingData]:
    """carrier_settings in the caller's transaction."""
    rows = {r.code: r for r in session.scalars(select(CarrierSetting))}
    return [CarrierSettingData(code, rows[code].active, rows[code].default_service, rows[code].account)
            if code in rows else CarrierSettingData(code) for code in CARRIERS]


def save_carrier_settings(session: Session, settings: list[CarrierSettingData]) -> None:
    check_carrier_settings(settings)
    with session.begin():
        write_carrier_settings(session, settings)


def check_carrier_settings(settings: list[CarrierSettingData]) -> None:
    """A DomainError when the settings cannot be saved (before anything is written)."""
    for s in settings:
        info = carrier(s.code)
        if s.default_service and s.default_service not in info.services:
            raise DomainError(msg("{carrier} has no service '{service}'; it has {services}.", carrier=info.name,
                                  service=s.default_service, services=", ".join(info.services)))
    if not any(s.active for s in settings):
        raise DomainError(msg("Keep at least one carrier switched on."))


def write_carrier_settings(session: Session, settings: list[CarrierSettingData]) -> None:
    """Inside a use case's transaction, after check_carrier_settings."""
    rows = {r.code: r for r in session.scalars(select(CarrierSetting))}
    for s in settings:
        row = rows.get(s.code)
        if row is None:
            row = CarrierSetting(code=s.code)
            session.add(row)
        row.active, row.default_service, row.account = s.active, s.default_service, s.account.strip()


def default_service(session: Session, code: str) -> str:
    """Inside a use case: the shop's default service of a carrier, else the catalogue's first."""
    chosen = session.scalar(select(CarrierSetting.default_service).where(CarrierSetting.code == code))
    return chosen or carrier(code).services[0]


# --- the seam for carriers' web APIs -------------------------------------------------------------------


# A sender or receiver as a carrier's API takes it: the same fields as the shop's sender settings.
CarrierParty = SenderData


@dataclass(frozen=True)
class CarrierRequest:
    """What a carrier's API needs to create a shipment."""

    reference: str  # our order number
    carrier: str
    service: str
    sender: CarrierParty
    receiver: CarrierParty
    parcels: tuple[tuple[Decimal, str], ...]  # (weight kg, size)
    cod_amount: Decimal | None = None
    currency: str = "PLN"
    insurance: Decimal | None = None
    locker_code: str = ""


@dataclass(frozen=True)
class CarrierBooking:
    """What it gives back: one tracking number per parcel and, usually, the label PDF."""

    tracking_numbers: tuple[str, ...]
    label_pdf: bytes | None = None
    label_filename: str = "label.pdf"


@runtime_checkable
class Carrier(Protocol):
    """A carrier's web API. Implementations live in their own modules and register in CARRIER_APIS."""

    code: str

    def create_shipment(self, request: CarrierRequest) -> CarrierBooking: ...


CARRIER_APIS: dict[str, Carrier] = {}
