"""The station's camera: without one (this machine, many stations) a quiet "No camera" and a clear refusal;
with one, a photo as JPEG bytes; the JPEG itself made from any picture, scaled to at most 1600 px."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QApplication

from app.ui.packing.camera import MAX_SIDE, ParcelCamera, jpeg_bytes


def _has_camera() -> bool:
    """QtMultimedia lists devices only once an application exists; the same one pytest-qt then uses."""
    global _APP
    _APP = QApplication.instance() or QApplication([])
    return bool(QMediaDevices.videoInputs())


_APP = None
HAS_CAMERA = _has_camera()
needs_no_camera = pytest.mark.skipif(HAS_CAMERA, reason="a camera is connected: the no-camera path cannot be seen")
needs_camera = pytest.mark.skipif(not HAS_CAMERA, reason="no camera on this machine (QMediaDevices.videoInputs() "
                                                           "is empty): the photo is tested where one is connected")


def picture(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(0, 0, width // 2, height, QColor("darkRed"))
    painter.end()
    return image


def decoded(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "JPG")
    return image


@needs_no_camera
def test_without_a_camera_the_widget_says_so_quietly(qtbot):
    camera = ParcelCamera()
    qtbot.addWidget(camera)
    camera.show()
    assert not camera.available
    assert camera.no_camera.isVisible() and camera.no_camera.text() == "No camera"
    assert camera.video is None
    camera.start()  # nothing to start: no exception
    with qtbot.waitSignal(camera.failed, timeout=1000) as got:
        camera.take_photo()
    assert got.args == ["No camera is connected."]
    camera.stop()
    assert camera.no_camera.isVisible()


@needs_no_camera
def test_without_a_camera_nothing_is_taken(qtbot):
    camera = ParcelCamera()
    qtbot.addWidget(camera)
    taken = []
    camera.taken.connect(taken.append)
    with qtbot.assertNotEmitted(camera.taken, wait=100):
        camera.take_photo()
    assert taken == []


@needs_no_camera
def test_no_camera_in_polish(qtbot, polish):
    camera = ParcelCamera()
    qtbot.addWidget(camera)
    assert camera.no_camera.text() == "Brak kamery"
    with qtbot.waitSignal(camera.failed, timeout=1000) as got:
        camera.take_photo()
    assert got.args[0] != "No camera is connected." and "kamer" in got.args[0]


def test_a_big_picture_becomes_a_jpeg_of_at_most_1600_px():
    data = jpeg_bytes(picture(4000, 3000))
    assert data.startswith(b"\xff\xd8\xff")
    image = decoded(data)
    assert (image.width(), image.height()) == (MAX_SIDE, 1200)
    # The picture is still the picture: left half red, right half white.
    left, right = QColor(image.pixel(200, 600)), QColor(image.pixel(1400, 600))
    assert left.red() > 100 and left.green() < 60 and right.lightness() > 230


def test_a_small_picture_keeps_its_size_and_a_portrait_its_shape():
    assert decoded(jpeg_bytes(picture(640, 480))).size().toTuple() == (640, 480)
    assert decoded(jpeg_bytes(picture(1000, 3200))).size().toTuple() == (500, MAX_SIDE)


def test_quality_makes_a_difference_and_a_null_image_gives_nothing():
    # A noisy picture, where quality shows in the size.
    noise = random.Random(13).randbytes(400 * 400 * 3)
    image = QImage(noise, 400, 400, 400 * 3, QImage.Format.Format_RGB888).copy()
    assert len(jpeg_bytes(image, quality=20)) < len(jpeg_bytes(image, quality=85))
    assert jpeg_bytes(QImage()) == b""


@needs_camera
def test_a_photo_from_the_camera(qtbot):
    camera = ParcelCamera()
    qtbot.addWidget(camera)
    camera.show()
    assert camera.available and camera.video is not None
    camera.start()
    with qtbot.waitSignal(camera.taken, timeout=15000) as got:
        camera.take_photo()
    camera.stop()
    data = got.args[0]
    assert data.startswith(b"\xff\xd8\xff")
    image = decoded(data)
    assert 0 < max(image.width(), image.height()) <= MAX_SIDE


def test_the_jpeg_is_what_the_parcel_photo_service_keeps(db, order_input):
    from app.services.orders.editing import create_order
    from app.services.packing.photos import parcel_photo_jpeg, save_parcel_photo

    data = jpeg_bytes(picture(2400, 1800))
    with db.session() as session:
        order_id = create_order(session, order_input(), who="t")
        photo_id = save_parcel_photo(session, order_id, data, station="test-station", who="t")
        assert parcel_photo_jpeg(session, photo_id) == data
    assert decoded(data).size().toTuple() == (MAX_SIDE, 1200)
