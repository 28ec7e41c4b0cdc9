"""Dispatch: the manifest (protokół nadania) per carrier and day, and the hand-over that ships the orders.

A manifest gathers one carrier's packed shipments that are on no manifest yet. Confirming the hand-over
(the courier signed and took the parcels) marks every one of those orders shipped through the order
lifecycle, all or none, and closes the manifest.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import DispatchManifest, Order, OrderLine, Parcel, Shipment
from app.models.base import utcnow
from app.printing.labels.pdf import PartyData
from app.printing.manifest import ManifestData, ManifestRow
from app.services.documents.queue import queue_manifest
from app.services.orders import lifecycle
from app.services.orders.status import apply_status
from app.services.shipping.carriers import carrier
from app.services.shipping.data import ManifestMade, ManifestSummary
from app.services.shipping.settings import _settings_row


def ready_for_manifest(session: Session, carrier_code: str) -> list[int]:
    """Shipment ids of this carrier's packed orders that are on no manifest yet."""
    with session.begin():
        return _ready(session, carrier_code)


def _ready(session: Session, carrier_code: str) -> list[int]:
    return list(session.scalars(
        select(Shipment.id).join(Order, Order.id == Shipment.order_id)
        .where(Shipment.carrier == carrier_code, Shipment.manifest_id.is_(None), Order.status == lifecycle.PACKED)
        .order_by(Order.number)))


# A manifest's number is read aloud on the phone to the courier's dispatcher: the carrier's everyday name, the
# day, and the manifest's place in that carrier's day ("DPD-2026-12-01-2"). Older manifests keep the numbers they
# were printed with ("DPD/20261201/1"): a number on signed paper never changes.
MANIFEST_PREFIX = {"inpost_locker": "PACZKOMAT", "inpost_courier": "INPOST", "dpd": "DPD", "dhl": "DHL",
                   "gls": "GLS", "poczta_polska": "POCZTA", "orlen": "ORLEN"}


def manifest_prefix(carrier_code: str) -> str:
    return MANIFEST_PREFIX.get(carrier_code) or carrier_code.upper().replace("_", "-")


def _next_number(session: Session, carrier_code: str, day: date) -> str:
    """The carrier's next number of the day (after every manifest it had that day, in any numbering)."""
    count = session.scalar(select(func.count(DispatchManifest.id)).where(
        DispatchManifest.carrier == carrier_code, DispatchManifest.day == day)) or 0
    taken = set(session.scalars(select(DispatchManifest.number).where(DispatchManifest.day == day)))
    n = count + 1
    while (number := f"{manifest_prefix(carrier_code)}-{day:%Y-%m-%d}-{n}") in taken:
        n += 1
    return number


def create_manifest(session: Session, carrier_code: str, day: date, who: str,
                    shipment_ids: list[int] | None = None) -> ManifestMade:
    """A manifest of the given shipments (default: all ready for this carrier); it waits to be printed.

    Their orders are what changed: their shipments can no longer be changed once on a manifest.
    """
    info = carrier(carrier_code)
    if not info.on_manifest:
        raise DomainError(msg("{carrier} needs no dispatch manifest.", carrier=info.name))
    with session.begin():
        ids = shipment_ids if shipment_ids is not None else _ready(session, carrier_code)
        if not ids:
            raise DomainError(msg("No packed {carrier} parcels are waiting for a manifest.", carrier=info.name))
        shipments = session.scalars(select(Shipment).where(Shipment.id.in_(ids))
                                    .options(selectinload(Shipment.parcels))).all()
        if len(shipments) != len(set(ids)):
            raise NotFound(msg("Some of the chosen shipments no longer exist."))
        numbers = dict(session.execute(select(Order.id, Order.number).where(
            Order.id.in_([s.order_id for s in shipments]))).all())
        problems = []
        for s in shipments:
            if s.carrier != carrier_code:
                problems.append(msg("{order} goes by {carrier}", order=numbers[s.order_id],
                                    carrier=carrier(s.carrier).name))
            elif s.manifest_id is not None:
                problems.append(msg("{order} is on another manifest", order=numbers[s.order_id]))
            elif any(not p.tracking_number for p in s.parcels):
                problems.append(msg("{order} has a parcel without a tracking number", order=numbers[s.order_id]))
        if problems:
            raise DomainError(msg("The manifest cannot be made: {problems}.", problems="; ".join(problems)))
        manifest = DispatchManifest(number=_next_number(session, carrier_code, day), carrier=carrier_code,
                                    day=day, created_by=who)
        session.add(manifest)
        session.flush()
        for s in shipments:
            s.manifest_id = manifest.id
        queue_manifest(session, manifest.id)
    return ManifestMade(manifest.id, Changes.of_orders(s.order_id for s in shipments))


def manifest_data(session: Session, manifest_id: int) -> ManifestData:
    """Plain data of the manifest for its PDF: a row per parcel, COD on the first parcel of a shipment."""
    with session.begin():
        return read_manifest_data(session, manifest_id)


def read_manifest_data(session: Session, manifest_id: int) -> ManifestData:
    """manifest_data in the caller's transaction."""
    m = session.get(DispatchManifest, manifest_id)
    if m is None:
        raise NotFound(msg("Manifest #{manifest_id} does not exist.", manifest_id=manifest_id))
    st = _settings_row(session)
    sender = PartyData(name=st.sender_name, company=st.sender_company, street=st.sender_street,
                       postal_code=st.sender_postal_code, city=st.sender_city, country=st.sender_country,
                       phone=st.sender_phone)
    shipments = session.scalars(select(Shipment).where(Shipment.manifest_id == m.id)
                                .options(selectinload(Shipment.parcels))).all()
    orders = {o.id: o for o in session.scalars(select(Order).where(Order.id.in_([s.order_id for s in shipments]))
                                               .options(selectinload(Order.shipping_address)))}
    rows = []
    for s in sorted(shipments, key=lambda s: orders[s.order_id].number):
        o = orders[s.order_id]
        a = o.shipping_address
        for p in s.parcels:
            rows.append(ManifestRow(
                order_number=o.number, tracking_number=p.tracking_number or "",
                receiver=a.name if a else o.customer_name,
                receiver_city=f"{a.postal_code} {a.city}".strip() if a else "", weight_kg=p.weight,
                cod_amount=s.cod_amount if p.number == 1 else None, currency=o.currency,
                parcel=f"{p.number}/{len(s.parcels)}"))
    return ManifestData(m.number, carrier(m.carrier).name, m.day, sender, tuple(rows))


def confirm_handover(session: Session, manifest_id: int, who: str) -> Changes:
    """The courier took the parcels: every order on the manifest becomes shipped (all or none)."""
    with session.begin():
        m = session.get(DispatchManifest, manifest_id)
        if m is None:
            raise NotFound(msg("Manifest #{manifest_id} does not exist.", manifest_id=manifest_id))
        if m.confirmed_at is not None:
            raise DomainError(msg("Manifest {number} was handed over already.", number=m.number))
        orders = session.scalars(
            select(Order).join(Shipment, Shipment.order_id == Order.id).where(Shipment.manifest_id == m.id)
            .options(selectinload(Order.lines).selectinload(OrderLine.product))).all()
        # An order cancelled after the manifest was made kept its parcel at the shop: it leaves the manifest
        # (otherwise it could never be confirmed: a cancelled order never becomes shipped).
        cancelled = [o.id for o in orders if o.status == lifecycle.CANCELLED]
        for shipment in session.scalars(select(Shipment).where(Shipment.order_id.in_(cancelled))):
            shipment.manifest_id = None
        orders = [o for o in orders if o.status != lifecycle.CANCELLED]
        errors = []
        changes = Changes.of_orders(o.id for o in orders)
        for order in orders:
            if order.status == lifecycle.SHIPPED:
                continue
            try:
                changes |= apply_status(session, order, lifecycle.SHIPPED, who, msg(
                    "Handed over to {carrier}, manifest {number}", carrier=carrier(m.carrier).name, number=m.number))
            except DomainError as exc:
                errors.append(str(exc))
        if errors:
            # The first line is its own message; each order's error follows on its own line (translated line by line).
            raise DomainError("\n".join([msg("Manifest {number} was not confirmed:", number=m.number), *errors]))
        m.confirmed_at, m.confirmed_by = utcnow(), who
    return changes  # the orders, and the products whose stock left with them


def list_manifests(session: Session, day: date | None = None, limit: int = 200, offset: int = 0) -> list[ManifestSummary]:
    """Manifests, newest first, one page of them."""
    with session.begin():
        parcels = (select(func.count(Parcel.id)).join(Shipment, Shipment.id == Parcel.shipment_id)
                   .where(Shipment.manifest_id == DispatchManifest.id).scalar_subquery())
        q = select(DispatchManifest.id, DispatchManifest.number, DispatchManifest.carrier, DispatchManifest.day,
                   parcels, DispatchManifest.confirmed_at).order_by(DispatchManifest.id.desc()).offset(offset).limit(limit)
        if day is not None:
            q = q.where(DispatchManifest.day == day)
        return [ManifestSummary(*row) for row in session.execute(q)]
