"""The shop's shipping settings: the sender printed on every label, parcel defaults, the own-delivery series."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.core.errors import DomainError
from app.core.messages import msg
from app.models import ShippingSettings
from app.services.documents.queue import (
    check_printer_setting,
    check_slip_size,
    read_printer_setting,
    read_slip_size,
    write_printer_setting,
    write_slip_size,
)
from app.services.shipping.carriers import (
    CarrierSettingData,
    check_carrier_settings,
    read_carrier_settings,
    write_carrier_settings,
)
from app.services.shipping.data import PrinterSettingData, SenderData, ShippingSettingsData


def _settings_row(session: Session) -> ShippingSettings:
    row = session.get(ShippingSettings, 1)
    if row is None:
        row = ShippingSettings(id=1)
        session.add(row)
        session.flush()
    return row


def _settings_data(row: ShippingSettings) -> ShippingSettingsData:
    sender = SenderData(row.sender_name, row.sender_company, row.sender_street, row.sender_postal_code,
                        row.sender_city, row.sender_country, row.sender_phone, row.sender_email)
    return ShippingSettingsData(sender, row.default_size, row.default_weight, row.own_prefix)


def get_settings(session: Session) -> ShippingSettingsData:
    with session.begin():
        return read_settings(session)


def read_settings(session: Session) -> ShippingSettingsData:
    """The settings in the caller's transaction (made with their defaults on first use)."""
    return _settings_data(_settings_row(session))


def save_settings(session: Session, data: ShippingSettingsData) -> None:
    with session.begin():
        write_settings(session, data)


def write_settings(session: Session, data: ShippingSettingsData) -> None:
    """Check and write, in the caller's transaction (the demo shop writes its sender in its one transaction)."""
    _check_settings(data)
    _write_settings(session, data)


@dataclass(frozen=True)
class StationSettings:
    """What the settings dialog shows: the label and A4 printers, the shipping settings, the carriers, the packing
    slip's size (A4 on the A4 printer, A6 on the label printer)."""

    label: PrinterSettingData
    a4: PrinterSettingData
    shipping: ShippingSettingsData
    carriers: list[CarrierSettingData]
    slip_size: str = "A4"


def station_settings(session: Session) -> StationSettings:
    """The settings dialog's values, read in one transaction."""
    with session.begin():
        return StationSettings(read_printer_setting(session, "label"), read_printer_setting(session, "a4"),
                               read_settings(session), read_carrier_settings(session), read_slip_size(session))


def save_station_settings(session: Session, printers: list[PrinterSettingData], data: ShippingSettingsData,
                          carrier_list: list[CarrierSettingData], slip_size: str | None = None) -> None:
    """The settings dialog's Save: printers, sender and parcels, carriers (and the packing slip's size when given),
    all checked first, then one transaction (a refused value leaves every setting as it was)."""
    for printer in printers:
        check_printer_setting(printer)
    _check_settings(data)
    check_carrier_settings(carrier_list)
    if slip_size is not None:
        check_slip_size(slip_size)
    with session.begin():
        for printer in printers:
            write_printer_setting(session, printer)
        _write_settings(session, data)
        write_carrier_settings(session, carrier_list)
        if slip_size is not None:
            write_slip_size(session, slip_size)


def _check_settings(data: ShippingSettingsData) -> None:
    if data.default_weight <= 0:
        raise DomainError(msg("The default parcel weight must be more than 0 kg."))
    prefix = data.own_prefix.strip().upper()
    if not prefix.isalnum() or not prefix.isascii():
        raise DomainError(msg("The own-delivery prefix must be letters and digits only (it is printed as a barcode)."))


def _write_settings(session: Session, data: ShippingSettingsData) -> None:
    row = _settings_row(session)
    s = data.sender
    row.sender_name, row.sender_company, row.sender_street = s.name.strip(), s.company.strip(), s.street.strip()
    row.sender_postal_code, row.sender_city = s.postal_code.strip(), s.city.strip()
    row.sender_country, row.sender_phone, row.sender_email = (s.country or "PL")[:2].upper(), s.phone, s.email
    row.default_size, row.default_weight = data.default_size, data.default_weight
    row.own_prefix = data.own_prefix.strip().upper()


def _next_own_number(session: Session) -> str:
    row = _settings_row(session)
    row.own_last_number += 1
    return f"{row.own_prefix}{row.own_last_number:06d}"
