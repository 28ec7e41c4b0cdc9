"""Carriers and their services as the user reads them: the brands stay as they are, our own two ways of delivery
(own delivery, personal pickup) are translated. Every list and form that names a carrier uses these."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.shipping.carriers import CARRIERS


def carrier_label(code: str) -> str:
    """A carrier's name as the user reads it (brands stay as they are; the two non-carriers are translated)."""
    own = {"own_delivery": QCoreApplication.translate("Carriers", "Own delivery"),
           "pickup": QCoreApplication.translate("Carriers", "Personal pickup")}
    return own.get(code) or (CARRIERS[code].name if code in CARRIERS else code)


def service_label(service: str) -> str:
    texts = {"Own delivery": QCoreApplication.translate("Carriers", "Own delivery"),
             "Pickup at the shop": QCoreApplication.translate("Carriers", "Pickup at the shop")}
    return texts.get(service, service)
