"""Photos of the open parcel, taken at the station and kept with the order: proof of what went into the box
when a customer says something was missing. In the database, so every station of a shared shop sees them;
each photo is also a line in the order's history (who, which station), so the history tells it was taken."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import Order, OrderEvent, ParcelPhoto

# A station's photo is a JPEG of at most 1600 px a side, a few hundred kB; this stops a mistake (a raw frame,
# a photo straight from a phone) from swelling the shop file.
MAX_PHOTO_BYTES = 5 * 1024 * 1024
_JPEG_START = b"\xff\xd8\xff"


@dataclass(frozen=True)
class PhotoInfo:
    """One photo of an order's parcel, without its bytes (those are read one at a time, when shown)."""

    id: int
    taken_at: datetime
    station: str
    who: str


def _check_jpeg(jpeg: bytes) -> None:
    if not jpeg:
        raise DomainError(msg("The photo is empty; take it again."))
    if not jpeg.startswith(_JPEG_START):
        raise DomainError(msg("The photo is not a JPEG image; take it again."))
    if len(jpeg) > MAX_PHOTO_BYTES:
        raise DomainError(msg("The photo is too large ({size} MB; at most {max} MB).",
                              size=f"{len(jpeg) / 1024 / 1024:.1f}", max=MAX_PHOTO_BYTES // 1024 // 1024))


def save_parcel_photo(session: Session, order_id: int, jpeg: bytes, station: str, who: str) -> int:
    """Keep the photo with the order and note it in the order's history; returns the photo's id."""
    _check_jpeg(jpeg)
    with session.begin():
        order = session.get(Order, order_id)
        if order is None:
            raise NotFound(msg("Order {id} does not exist.", id=order_id))
        photo = ParcelPhoto(order_id=order.id, station=station, who=who, jpeg=bytes(jpeg))
        session.add(photo)
        order.events.append(OrderEvent(kind="note", who=who,
                                       why=msg("Photo of the parcel taken at station {station}", station=station)))
        session.flush()
        photo_id = photo.id
    return photo_id


def parcel_photos(session: Session, order_id: int) -> list[PhotoInfo]:
    """The order's parcel photos, oldest first (an unknown order has none)."""
    with session.begin():
        rows = session.execute(select(ParcelPhoto.id, ParcelPhoto.taken_at, ParcelPhoto.station, ParcelPhoto.who)
                               .where(ParcelPhoto.order_id == order_id)
                               .order_by(ParcelPhoto.taken_at, ParcelPhoto.id)).all()
    return [PhotoInfo(*row) for row in rows]


def parcel_photo_jpeg(session: Session, photo_id: int) -> bytes:
    """One photo's JPEG bytes."""
    with session.begin():
        jpeg = session.scalar(select(ParcelPhoto.jpeg).where(ParcelPhoto.id == photo_id))
    if jpeg is None:
        raise NotFound(msg("Photo {id} does not exist.", id=photo_id))
    return bytes(jpeg)
