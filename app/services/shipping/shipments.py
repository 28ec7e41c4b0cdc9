"""Shipment use cases: settings, a shipment with parcels per order, tracking numbers, carrier label PDFs.

A shipment is made for an order (carrier and service from its shipping method unless chosen), gets one
or more parcels, and puts its label into the print queue. Tracking numbers are typed or scanned, imported
in bulk (`tracking_import`), numbered by us for own delivery and pickup, or given by a carrier's API.
"""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.core.money import CENT
from app.models import CarrierLabel, Order, Parcel, PrintQueueEntry, Shipment
from app.printing.labels.pdf import LabelData, PartyData
from app.services.documents.queue import read_packed_label_entries
from app.services.orders import lifecycle
from app.services.orders.search_index import reindex_orders
from app.services.shipping.carriers import (
    INPOST_LOCKER,
    carrier,
    default_service,
    locker_from_text,
    match_method,
    printed_name,
    printed_service,
    read_carrier_settings,
)
from app.services.shipping.data import (
    PackedLabels,
    ParcelData,
    ParcelInput,
    ShipmentDetail,
    ShipmentForm,
    ShipmentInput,
)

# get_settings and save_settings are part of this module's API too (callers say shipping.get_settings).
from app.services.shipping.settings import (  # noqa: F401
    _next_own_number,
    _settings_row,
    get_settings,
    read_settings,
    save_settings,
)

CLOSED = frozenset({lifecycle.SHIPPED, lifecycle.DELIVERED, lifecycle.CANCELLED, lifecycle.RETURNED})


# --- shipments ------------------------------------------------------------------------------------------

def normalize_tracking(text: str) -> str:
    """A typed or scanned number: no spaces or scanner prefixes/suffixes, upper case, plain ASCII."""
    value = "".join(text.split()).upper()
    if value and (not value.isascii() or not value.isprintable()):
        raise DomainError(msg("'{text}' is not a tracking number: only letters, digits and signs are allowed.",
                               text=text))
    if len(value) > 80:
        raise DomainError(msg("'{text}...' is too long for a tracking number.", text=text[:30]))
    return value


def _check_tracking_free(session: Session, number: str, shipment_id: int | None) -> None:
    other = session.execute(
        select(Order.number).join(Shipment, Shipment.order_id == Order.id).join(Parcel, Parcel.shipment_id == Shipment.id)
        .where(Parcel.tracking_number == number, Shipment.id != (shipment_id or -1))
    ).first()
    if other is not None:
        raise DomainError(msg("Tracking number {number} already belongs to order {order}.", number=number,
                               order=other[0]))


def _apply(session: Session, order: Order, shipment: Shipment, data: ShipmentInput) -> None:
    settings = _settings_row(session)
    code, service = data.carrier, data.service
    if not code:
        guessed = match_method(session, order.shipping_method)
        if guessed is None:
            raise DomainError(msg("Order {number}: no carrier matches the shipping method '{method}'; "
                                  "choose the carrier.", number=order.number,
                                  method=order.shipping_method or msg("(empty)")))
        code, service = guessed[0], service or guessed[1]
    info = carrier(code)
    service = service or default_service(session, code)
    if service not in info.services:
        raise DomainError(msg("{carrier} has no service '{service}'; it has {services}.", carrier=info.name,
                              service=service, services=", ".join(info.services)))
    locker = (data.locker_code or "").strip().upper() or (locker_from_text(order.shipping_method)
                                                          if info.needs_locker else "")
    if info.needs_locker and not locker:
        raise DomainError(msg("Order {number}: {carrier} needs the pick-up point code (e.g. WAW123M).",
                               number=order.number, carrier=info.name))
    cod = data.cod_amount
    if cod is None and order.payment_method == "cod":
        cod = order.total
    if cod is not None and cod < 0 or data.insurance is not None and data.insurance < 0:
        raise DomainError(msg("Cash on delivery and insurance cannot be negative."))
    shipment.carrier, shipment.service, shipment.locker_code = code, service, locker or None
    shipment.cod_amount = cod.quantize(CENT) if cod else None
    shipment.insurance = data.insurance.quantize(CENT) if data.insurance else None
    parcels = data.parcels or (ParcelInput(),)
    shipment.parcels.clear()
    session.flush()
    for n, p in enumerate(parcels, start=1):
        size = (p.size or (settings.default_size if info.sizes else "")).upper()
        if info.sizes and size not in info.sizes:
            if p.size:
                raise DomainError(msg("{carrier} takes sizes {sizes}, not '{size}'.", carrier=info.name,
                                          sizes=", ".join(info.sizes), size=p.size))
            size = info.sizes[min(1, len(info.sizes) - 1)]
        weight = p.weight if p.weight is not None else settings.default_weight
        if weight <= 0:
            raise DomainError(msg("Parcel {parcel}: the weight must be more than 0 kg.", parcel=n))
        tracking = normalize_tracking(p.tracking_number) if p.tracking_number else ""
        if not tracking and info.own_numbering:
            tracking = _next_own_number(session)
        if tracking:
            _check_tracking_free(session, tracking, shipment.id)
        shipment.parcels.append(Parcel(number=n, weight=weight, size=size, tracking_number=tracking or None))
    order.tracking_number = shipment.parcels[0].tracking_number


def _add_parcel_for_import(session: Session, shipment: Shipment, number: int) -> Parcel:
    """One more parcel with the defaults (a carrier's file lists more parcels than we had)."""
    settings = _settings_row(session)
    info = carrier(shipment.carrier)
    size = settings.default_size if settings.default_size in info.sizes else (info.sizes[1:2] or info.sizes[:1] or ("",))[0]
    parcel = Parcel(number=number, weight=settings.default_weight, size=size)
    shipment.parcels.append(parcel)
    return parcel


def _queue_label(session: Session, shipment: Shipment, kind: str = "label") -> None:
    waiting = session.scalar(select(PrintQueueEntry.id).where(
        PrintQueueEntry.shipment_id == shipment.id, PrintQueueEntry.kind == kind, PrintQueueEntry.done_at.is_(None)))
    if waiting is None:
        session.add(PrintQueueEntry(kind=kind, order_id=shipment.order_id, shipment_id=shipment.id))


def _order(session: Session, order_id: int) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(msg("Order #{order_id} does not exist.", order_id=order_id))
    return order


def _new_shipment(session: Session, order: Order, data: ShipmentInput, who: str) -> Shipment:
    """Inside a use case: the order's shipment made from data (or its shipping method); closed orders get none."""
    if order.status in CLOSED:
        raise DomainError(msg("Order {number} is {status}; it gets no new shipment.", number=order.number,
                              status=lifecycle.status_label(order.status).lower()))
    shipment = Shipment(order_id=order.id, carrier="", created_by=who)
    session.add(shipment)
    _apply(session, order, shipment, data)
    session.flush()
    return shipment


def create_shipment(session: Session, order_id: int, data: ShipmentInput, who: str) -> int:
    """A shipment for an order, with its parcels; its label waits in the print queue."""
    with session.begin():
        order = _order(session, order_id)
        if session.scalar(select(Shipment.id).where(Shipment.order_id == order_id)) is not None:
            raise DomainError(msg("Order {number} already has a shipment; change that one.", number=order.number))
        shipment = _new_shipment(session, order, data, who)
        _queue_label(session, shipment)
        reindex_orders(session, [order_id])
        return shipment.id


def packed_labels_to_print(session: Session, who: str) -> PackedLabels:
    """Print all packed labels: every packed order without a shipment gets one from its shipping method, then the
    labels of packed orders that wait in the queue; one transaction.

    Each order gets its shipment or its reason; one order's problem (no carrier matches, no locker code) does
    not stop the others.
    """
    made: list[int] = []
    problems: list[str] = []
    with session.begin():
        orders = session.scalars(select(Order).where(
            Order.status == lifecycle.PACKED, ~select(Shipment.id).where(Shipment.order_id == Order.id).exists())
            .order_by(Order.number)).all()
        for order in orders:
            try:
                with session.begin_nested():
                    shipment = _new_shipment(session, order, ShipmentInput(), who)
                    _queue_label(session, shipment)
                made.append(order.id)
            except DomainError as exc:
                problems.append(str(exc))
        session.flush()
        reindex_orders(session, [o.id for o in orders])
        queue_ids = read_packed_label_entries(session)
    return PackedLabels(queue_ids, problems, Changes.of_orders(made))


def update_shipment(session: Session, shipment_id: int, data: ShipmentInput, who: str) -> Changes:
    """Change carrier, service, parcels... until the shipment is on a manifest; its label waits to be printed again."""
    with session.begin():
        shipment = _shipment(session, shipment_id)
        if shipment.manifest_id is not None:
            raise DomainError(msg("This shipment is on a dispatch manifest already; it can no longer be changed."))
        order = _order(session, shipment.order_id)
        _apply(session, order, shipment, data)
        _queue_label(session, shipment)
        reindex_orders(session, [order.id])
    return Changes.of_orders([shipment.order_id])


def _shipment(session: Session, shipment_id: int) -> Shipment:
    shipment = session.get(Shipment, shipment_id, options=[selectinload(Shipment.parcels)])
    if shipment is None:
        raise NotFound(msg("Shipment #{shipment_id} does not exist.", shipment_id=shipment_id))
    return shipment


def _set_parcel_tracking(session: Session, shipment: Shipment, parcel_no: int, value: str) -> None:
    parcel = next((p for p in shipment.parcels if p.number == parcel_no), None)
    if parcel is None:
        raise NotFound(msg("The shipment has no parcel {parcel}.", parcel=parcel_no))
    _check_tracking_free(session, value, shipment.id)
    parcel.tracking_number = value
    _order(session, shipment.order_id).tracking_number = shipment.parcels[0].tracking_number
    _queue_label(session, shipment)


def set_tracking(session: Session, shipment_id: int, parcel_no: int, number: str, who: str) -> Changes:
    """A typed or scanned tracking number for parcel n of a shipment."""
    value = normalize_tracking(number)
    if not value:
        raise DomainError(msg("The tracking number is empty."))
    with session.begin():
        shipment = _shipment(session, shipment_id)
        _set_parcel_tracking(session, shipment, parcel_no, value)
        reindex_orders(session, [shipment.order_id])
    return Changes.of_orders([shipment.order_id])


def _add_carrier_label(session: Session, shipment: Shipment, filename: str, data: bytes, pages: int,
                       who: str) -> CarrierLabel:
    label = CarrierLabel(filename=filename[-255:], sha256=hashlib.sha256(data).hexdigest(), pages=pages,
                         added_by=who, data=data)
    shipment.carrier_labels.append(label)
    session.flush()
    _queue_label(session, shipment, "carrier_label")
    return label


def attach_carrier_label(session: Session, shipment_id: int, filename: str, data: bytes, who: str) -> Changes:
    """Keep a label PDF from the carrier's panel with the shipment (in the database, so backups hold it)."""
    from app.printing.labels.fit import pdf_page_count

    pages = pdf_page_count(data, filename)
    with session.begin():
        shipment = _shipment(session, shipment_id)
        _add_carrier_label(session, shipment, filename, data, pages, who)
    return Changes.of_orders([shipment.order_id])


def shipment_id_for_order(session: Session, order_id: int) -> int | None:
    with session.begin():
        return session.scalar(select(Shipment.id).where(Shipment.order_id == order_id))


def get_shipment(session: Session, shipment_id: int) -> ShipmentDetail:
    with session.begin():
        return _detail(session, shipment_id)


def _detail(session: Session, shipment_id: int) -> ShipmentDetail:
    s = _shipment(session, shipment_id)
    order = _order(session, s.order_id)
    label_ids = tuple(session.scalars(select(CarrierLabel.id).where(CarrierLabel.shipment_id == s.id)))
    return ShipmentDetail(
        id=s.id, order_id=order.id, order_number=order.number, order_status=order.status, carrier=s.carrier,
        carrier_name=carrier(s.carrier).name, service=s.service, locker_code=s.locker_code or "",
        cod_amount=s.cod_amount, insurance=s.insurance, currency=order.currency,
        parcels=tuple(ParcelData(p.id, p.number, p.tracking_number or "", p.weight, p.size) for p in s.parcels),
        manifest_id=s.manifest_id, carrier_label_ids=label_ids, created_at=s.created_at)


def shipment_form(session: Session, order_id: int) -> ShipmentForm:
    """Everything the shipment dialog needs for an order, read in one transaction."""
    with session.begin():
        order = _order(session, order_id)
        sid = session.scalar(select(Shipment.id).where(Shipment.order_id == order_id))
        return ShipmentForm(
            order_id=order.id, order_number=order.number, currency=order.currency, total=order.total,
            shipping_method=order.shipping_method, payment_method=order.payment_method,
            detail=_detail(session, sid) if sid else None, settings=read_settings(session),
            guessed=match_method(session, order.shipping_method),
            active=frozenset(c.code for c in read_carrier_settings(session) if c.active))


def save_shipment(session: Session, order_id: int, shipment_id: int | None, data: ShipmentInput, who: str) -> Changes:
    """The shipment dialog's Save: a new shipment for the order, or the changes to the one it was opened with."""
    if shipment_id is None:
        create_shipment(session, order_id, data, who)
        return Changes.of_orders([order_id])
    return update_shipment(session, shipment_id, data, who)


def label_data(session: Session, shipment_ids: list[int], day: date | None = None) -> list[LabelData]:
    """Plain label data, one per parcel, in the order of shipment_ids (what the printing layer draws)."""
    with session.begin():
        return read_label_data(session, shipment_ids, day)


def read_label_data(session: Session, shipment_ids: list[int], day: date | None = None) -> list[LabelData]:
    """label_data in the caller's transaction."""
    s = _settings_row(session)
    sender = PartyData(name=s.sender_name, company=s.sender_company, street=s.sender_street,
                       postal_code=s.sender_postal_code, city=s.sender_city, country=s.sender_country,
                       phone=s.sender_phone)
    shipments = {sh.id: sh for sh in session.scalars(
        select(Shipment).where(Shipment.id.in_(shipment_ids)).options(selectinload(Shipment.parcels)))}
    orders = {o.id: o for o in session.scalars(
        select(Order).where(Order.id.in_([sh.order_id for sh in shipments.values()]))
        .options(selectinload(Order.shipping_address)))}
    labels: list[LabelData] = []
    for sid in shipment_ids:
        sh = shipments.get(sid)
        if sh is None:
            raise NotFound(msg("Shipment #{shipment_id} does not exist.", shipment_id=sid))
        o = orders[sh.order_id]
        a = o.shipping_address
        receiver = PartyData(name=a.name if a else o.customer_name, company=(a.company if a else None) or "",
                             street=a.street if a else "", postal_code=a.postal_code if a else "",
                             city=a.city if a else "", country=a.country if a else "PL",
                             phone=(a.phone if a else None) or o.phone or "")
        count = len(sh.parcels)
        for p in sh.parcels:
            labels.append(LabelData(
                sender=sender, receiver=receiver, carrier=printed_name(sh.carrier), service=printed_service(sh.service),
                tracking_number=p.tracking_number or "", order_number=o.number, parcel_no=p.number,
                parcel_count=count, day=day or date.today(), cod_amount=sh.cod_amount if p.number == 1 else None,
                currency=o.currency, weight_kg=p.weight, size=p.size, locker_code=sh.locker_code or "",
                insurance=sh.insurance, pickup_point=sh.carrier != INPOST_LOCKER))
    return labels
