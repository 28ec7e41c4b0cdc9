"""The photos of an order's parcel taken at the packing station: what went into the box, for a dispute."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from app.services.packing.photos import PhotoInfo, parcel_photo_jpeg
from app.ui.kit.context import AppContext
from app.ui.kit.errors import show_error
from app.ui.kit.windows import fit_to_screen


class PhotosDialog(QDialog):
    def __init__(self, ctx: AppContext, number: str, photos: list[PhotoInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.photos = ctx, photos
        self.setWindowTitle(self.tr("Parcel photos: order {0}").format(number))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setFixedWidth(260)
        for photo in photos:
            taken = photo.taken_at.astimezone(ctx.tz).strftime("%Y-%m-%d %H:%M")
            self.list.addItem(self.tr("{0} · {1} ({2})").format(taken, photo.station, photo.who))
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(480, 360)
        row.addWidget(self.list)
        row.addWidget(self.picture, 1)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self.show_photo)
        fit_to_screen(self, 1000, 680)
        if photos:
            self.list.setCurrentRow(0)

    def show_photo(self, row: int) -> None:
        if not 0 <= row < len(self.photos):
            return
        photo_id = self.photos[row].id

        def shown(jpeg: bytes) -> None:
            pixmap = QPixmap()
            pixmap.loadFromData(jpeg, "JPEG")
            self.pixmap = pixmap
            self.picture.setPixmap(pixmap.scaled(self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))

        self.ctx.read(lambda session: parcel_photo_jpeg(session, photo_id), on_done=shown,
                      on_error=lambda exc: show_error(self, exc))
