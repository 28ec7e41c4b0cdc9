"""Booking a shipment in a carrier's own system through its web API (the `Carrier` seam in carriers.py).

The network call runs outside any database transaction: what the carrier is told is read in one transaction
before it, what it returns (tracking numbers, the label PDF) is stored in one transaction after it, all or nothing.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.errors import DomainError
from app.core.messages import msg
from app.services.orders.search_index import reindex_orders
from app.services.shipping.carriers import CARRIER_APIS, Carrier, CarrierParty, CarrierRequest
from app.services.shipping.settings import read_settings
from app.services.shipping.shipments import (
    _add_carrier_label,
    _detail,
    _set_parcel_tracking,
    _shipment,
    normalize_tracking,
    read_label_data,
)


def book_with_carrier(session: Session, shipment_id: int, who: str, api: Carrier | None = None) -> Changes:
    """Create the shipment in the carrier's system through its API; keep the tracking numbers and label it returns."""
    with session.begin():  # what the carrier is told, read at one moment
        detail = _detail(session, shipment_id)
        [first, *_] = read_label_data(session, [shipment_id])
        st = read_settings(session).sender
    api = api or CARRIER_APIS.get(detail.carrier)
    if api is None:
        raise DomainError(msg("There is no connection to {carrier}'s system yet; "
                              "enter the tracking numbers or import them from the carrier's file.",
                              carrier=detail.carrier_name))
    request = CarrierRequest(
        reference=detail.order_number, carrier=detail.carrier, service=detail.service,
        sender=st,
        receiver=CarrierParty(name=first.receiver.name, company=first.receiver.company, street=first.receiver.street,
                              postal_code=first.receiver.postal_code, city=first.receiver.city,
                              country=first.receiver.country, phone=first.receiver.phone),
        parcels=tuple((p.weight, p.size) for p in detail.parcels), cod_amount=detail.cod_amount,
        currency=detail.currency, insurance=detail.insurance, locker_code=detail.locker_code)
    booking = api.create_shipment(request)  # outside any transaction: a network call must not hold the database
    if len(booking.tracking_numbers) != len(detail.parcels):
        raise DomainError(msg("{carrier} returned {returned} tracking numbers for {parcels} parcels; "
                              "nothing was changed.", carrier=detail.carrier_name,
                              returned=len(booking.tracking_numbers), parcels=len(detail.parcels)))
    numbers = [normalize_tracking(n) for n in booking.tracking_numbers]
    pages = 0
    if booking.label_pdf:
        from app.printing.labels.fit import pdf_page_count

        pages = pdf_page_count(booking.label_pdf, booking.label_filename)
    with session.begin():
        shipment = _shipment(session, shipment_id)
        for parcel, number in zip(detail.parcels, numbers, strict=True):
            _set_parcel_tracking(session, shipment, parcel.number, number)
        if booking.label_pdf:
            _add_carrier_label(session, shipment, booking.label_filename, booking.label_pdf, pages, who)
        reindex_orders(session, [detail.order_id])
    return Changes.of_orders([detail.order_id])
