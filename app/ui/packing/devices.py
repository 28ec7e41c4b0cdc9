"""The station's devices: the scale (QtSerialPort) fills the weight, the camera (QtMultimedia) takes the photo of
the open parcel. Both run only while an order is complete, so an idle station holds no camera and sends no
requests; without them the station asks for a typed weight and says "no camera"."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from app.services.packing.scale_protocol import MT_SICS
from app.ui.kit.domain_text import domain_text
from app.ui.packing.camera import ParcelCamera
from app.ui.packing.scale import ScaleReader, configured_scale
from app.ui.packing.station import BAD, INFO, PackingStation

POLL_MS = 700  # an MT-SICS scale answers on request: ask again while the parcel is on it


def plug_devices(station: PackingStation) -> None:
    camera = ParcelCamera(station.done_panel)
    station.camera_slot.addWidget(camera)
    station.camera = camera
    camera.taken.connect(station.set_photo)
    camera.failed.connect(lambda text: station.say(INFO, text))
    scale = ScaleReader(station)
    station.scale = scale
    poll = QTimer(station)
    poll.setInterval(POLL_MS)
    poll.timeout.connect(scale.request)
    station.scale_poll = poll

    def weighed(reading) -> None:
        weight = reading.parcel_weight
        if weight is None or station.state is None or not station.state.complete:
            return
        if station.weight != weight:
            station.set_weight(weight, from_scale=True)

    scale.reading.connect(weighed)
    scale.failed.connect(lambda text: station.say(BAD, domain_text(text)))

    def completed() -> None:
        camera.start()
        if not scale.is_open and configured_scale() is not None:
            scale.open_configured()
        if scale.is_open:
            scale.request()
            if scale.protocol == MT_SICS:
                poll.start()

    def closed() -> None:
        poll.stop()
        camera.stop()

    station.completed.connect(completed)
    station.closed.connect(closed)
    if configured_scale() is not None:
        scale.open_configured()
