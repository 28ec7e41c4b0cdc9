"""The station's camera: a live picture of the open parcel and a photo of it, as JPEG bytes, for the order.

Built on QtMultimedia (QCamera into a QMediaCaptureSession shown by a QVideoWidget, QImageCapture to memory).
Many stations have no webcam: then the widget is a quiet "No camera" and `take_photo` says so through
`failed`; nothing else changes. The camera runs only between `start()` and `stop()` (the station starts it on
the completion step), so its light is not on all day.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

MAX_SIDE = 1600
JPEG_QUALITY = 85
# How long a photo asked for may wait for the camera to get ready (it may just have been started).
READY_TIMEOUT_MS = 5000


def jpeg_bytes(image: QImage, max_side: int = MAX_SIDE, quality: int = JPEG_QUALITY) -> bytes:
    """The image as JPEG, scaled down to at most `max_side` pixels a side (a parcel needs no more, and a shop
    file keeps thousands of them); empty bytes when the image cannot be encoded."""
    if image.isNull():
        return b""
    if max(image.width(), image.height()) > max_side:
        image = image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():  # JPEG has no alpha; flatten it instead of letting the encoder guess
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "JPG", quality)
    buffer.close()
    return bytes(data.data()) if ok else b""


class ParcelCamera(QWidget):
    """The live picture (or "No camera") and the photo; `taken(bytes)` carries the JPEG, `failed(str)` why not."""

    taken = Signal(bytes)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self.no_camera = QLabel(self.tr("No camera"), self)
        self.no_camera.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_camera.setEnabled(False)  # greyed: a quiet note, not a warning
        self._stack.addWidget(self.no_camera)
        self._camera: QCamera | None = None
        self._capture: QImageCapture | None = None
        self._session: QMediaCaptureSession | None = None
        self.video: QVideoWidget | None = None
        self._pending = False
        self._ready_timer = QTimer(self)
        self._ready_timer.setSingleShot(True)
        self._ready_timer.setInterval(READY_TIMEOUT_MS)
        self._ready_timer.timeout.connect(self._not_ready)
        self._connect_camera()

    @property
    def available(self) -> bool:
        return self._camera is not None

    def _connect_camera(self) -> None:
        """Use the system's default camera when there is one."""
        inputs = QMediaDevices.videoInputs()
        if not inputs:
            return
        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            device = inputs[0]
        self._camera = QCamera(device, self)
        self._capture = QImageCapture(self)
        self._capture.setQuality(QImageCapture.Quality.HighQuality)
        self._session = QMediaCaptureSession(self)
        self.video = QVideoWidget(self)
        self._session.setCamera(self._camera)
        self._session.setImageCapture(self._capture)
        self._session.setVideoOutput(self.video)
        self._capture.imageCaptured.connect(self._captured)
        self._capture.errorOccurred.connect(self._capture_error)
        self._capture.readyForCaptureChanged.connect(self._ready_changed)
        self._camera.errorOccurred.connect(self._camera_error)
        self._stack.addWidget(self.video)
        self._stack.setCurrentWidget(self.video)

    def start(self) -> None:
        """Turn the camera on (one plugged in since the widget was made is found now)."""
        if self._camera is None:
            self._connect_camera()
        if self._camera is not None and not self._camera.isActive():
            self._camera.start()

    def stop(self) -> None:
        self._pending = False
        self._ready_timer.stop()
        if self._camera is not None and self._camera.isActive():
            self._camera.stop()

    def take_photo(self) -> None:
        """Photograph the parcel: `taken` with the JPEG, or `failed` with the reason."""
        if self._camera is None or self._capture is None:
            self.failed.emit(self.tr("No camera is connected."))
            return
        if self._capture.isReadyForCapture():
            self._capture.capture()
            return
        # Just started (or not yet): the photo is taken as soon as the camera is ready.
        self._pending = True
        self._ready_timer.start()
        self.start()

    def _ready_changed(self, ready: bool) -> None:
        if ready and self._pending and self._capture is not None:
            self._pending = False
            self._ready_timer.stop()
            self._capture.capture()

    def _not_ready(self) -> None:
        if self._pending:
            self._pending = False
            self.failed.emit(self.tr("The camera did not get ready; try again."))

    def _captured(self, _request_id: int, image: QImage) -> None:
        data = jpeg_bytes(image)
        if data:
            self.taken.emit(data)
        else:
            self.failed.emit(self.tr("The photo could not be saved as JPEG."))

    def _capture_error(self, _request_id: int, _error: QImageCapture.Error, text: str) -> None:
        self.failed.emit(self.tr("The photo could not be taken: {0}").format(text))

    def _camera_error(self, error: QCamera.Error, text: str) -> None:
        if error != QCamera.Error.NoError:
            self._pending = False
            self._ready_timer.stop()
            self.failed.emit(self.tr("The camera reported an error: {0}").format(text))
