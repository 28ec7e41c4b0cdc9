"""Parcel photos kept with their order on a real shop file: saved, listed, read back, noted in the history;
empty, non-JPEG, oversized photos and unknown orders refused with nothing written."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import func, select

from app.core.errors import DomainError, NotFound
from app.models import ParcelPhoto
from app.services.orders.editing import create_order, get_order
from app.services.packing.photos import (
    MAX_PHOTO_BYTES,
    parcel_photo_jpeg,
    parcel_photos,
    save_parcel_photo,
)


def jpeg(width: int = 64, height: int = 48, colour: str = "orange") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG", quality=85)
    return out.getvalue()


@pytest.fixture
def order_id(session, order_input):
    return create_order(session, order_input(), who="t")


def photo_count(session) -> int:
    with session.begin():
        return session.scalar(select(func.count()).select_from(ParcelPhoto))


def test_saved_listed_and_read_back(session, order_id):
    first, second = jpeg(colour="orange"), jpeg(colour="blue")
    a = save_parcel_photo(session, order_id, first, station="Stół 2", who="Ola")
    b = save_parcel_photo(session, order_id, second, station="Stół 2", who="Ola")
    photos = parcel_photos(session, order_id)
    assert [p.id for p in photos] == [a, b]
    assert photos[0].station == "Stół 2" and photos[0].who == "Ola" and photos[0].taken_at.tzinfo is not None
    assert parcel_photo_jpeg(session, a) == first and parcel_photo_jpeg(session, b) == second
    assert Image.open(io.BytesIO(parcel_photo_jpeg(session, b))).size == (64, 48)


def test_the_history_says_a_photo_was_taken(session, order_id):
    save_parcel_photo(session, order_id, jpeg(), station="Stół 1", who="Ola")
    events = get_order(session, order_id).events
    notes = [e for e in events if e.why == "Photo of the parcel taken at station Stół 1"]
    assert len(notes) == 1 and notes[0].kind == "note" and notes[0].who == "Ola"


def test_other_orders_photos_are_not_listed(session, order_id, order_input):
    other = create_order(session, order_input(), who="t")
    save_parcel_photo(session, other, jpeg(), station="s", who="w")
    assert parcel_photos(session, order_id) == []
    assert len(parcel_photos(session, other)) == 1


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "not a JPEG"),
    (b"not a photo at all", "not a JPEG"),
    (b"\xff\xd8\xff" + b"\x00" * MAX_PHOTO_BYTES, "too large (5.0 MB; at most 5 MB)"),
])
def test_bad_photos_are_refused_and_nothing_is_written(session, order_id, data, words):
    events_before = len(get_order(session, order_id).events)
    with pytest.raises(DomainError, match=words.replace("(", r"\(").replace(")", r"\)")):
        save_parcel_photo(session, order_id, data, station="s", who="w")
    assert photo_count(session) == 0
    assert len(get_order(session, order_id).events) == events_before


def test_a_photo_of_exactly_the_limit_is_taken(session, order_id):
    data = jpeg()
    data += b"\x00" * (MAX_PHOTO_BYTES - len(data))
    save_parcel_photo(session, order_id, data, station="s", who="w")
    assert photo_count(session) == 1


def test_unknown_order_and_photo(session, order_id):
    with pytest.raises(NotFound, match="Order 999999 does not exist"):
        save_parcel_photo(session, 999_999, jpeg(), station="s", who="w")
    assert photo_count(session) == 0
    assert parcel_photos(session, 999_999) == []
    with pytest.raises(NotFound, match="Photo 12345 does not exist"):
        parcel_photo_jpeg(session, 12345)
