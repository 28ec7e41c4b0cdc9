"""The station's "packed": the order packed and logged, its shipment made with the weighed parcel, and the queue
entries of what prints now (the label; with it the packing slip when the station says so).

Two use cases, not one: the order is packed even when no shipment can be made for it (no carrier matches its
shipping method, a locker code is missing): the packer is told why, and the label is made from the Orders tab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import DomainError
from app.models import PrintQueueEntry, Shipment
from app.services.packing.completing import Override, Packed, pack_order
from app.services.packing.scan import PackState
from app.services.shipping.data import ParcelInput, ShipmentInput
from app.services.shipping.shipments import create_shipment


@dataclass(frozen=True)
class Finished:
    packed: Packed
    shipment_id: int | None
    label_queue_ids: tuple[int, ...]  # the label(s) waiting to print, for the station to print at once
    problem: str  # why no shipment was made (English, translated at display), "" when it was


def finish_order(session: Session, order_id: int, station: str, who: str, weight: Decimal | None, size: str,
                 started_at: datetime, scans: PackState, *, override: Override | None = None) -> Finished:
    packed = pack_order(session, order_id, station, who, weight, size, started_at, scans, override=override)
    problem = ""
    with session.begin():
        shipment_id = session.scalar(select(Shipment.id).where(Shipment.order_id == order_id))
    if shipment_id is None:
        try:
            shipment_id = create_shipment(session, order_id, ShipmentInput(
                parcels=(ParcelInput(weight=weight, size=size),)), who)
        except DomainError as exc:
            problem = str(exc)
    queued: tuple[int, ...] = ()
    if shipment_id is not None:
        with session.begin():
            queued = tuple(session.scalars(select(PrintQueueEntry.id).where(
                PrintQueueEntry.shipment_id == shipment_id, PrintQueueEntry.kind.in_(("label", "carrier_label")),
                PrintQueueEntry.done_at.is_(None)).order_by(PrintQueueEntry.id)))
    return Finished(packed, shipment_id, queued, problem)
