"""Windows and dialogs that fit the screen they open on (1366 x 768 laptops first).

`fit_to_screen(widget, width, height)` gives a window its designed size where there is room, and otherwise the
available screen (without the task bar) less a margin, so no button ends up below the screen's edge; a size
the user chose and the app remembered is kept, but never bigger than the screen it now opens on.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.config import Setting

MARGIN = 24  # room for the window frame and title bar the geometry does not count


def available(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_size(widget: QWidget, width: int, height: int) -> QSize:
    room = available(widget)
    return QSize(min(width, room.width() - MARGIN), min(height, room.height() - 2 * MARGIN))


def fit_to_screen(widget: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Resize to (width, height) as room allows (the current size when not given), then keep it on screen."""
    size = fit_size(widget, width or widget.width(), height or widget.height())
    widget.setMinimumSize(min(widget.minimumWidth(), size.width()), min(widget.minimumHeight(), size.height()))
    widget.resize(size)
    room = available(widget)
    frame = widget.frameGeometry()
    if not room.contains(frame):
        x = min(max(frame.x(), room.x()), room.right() - size.width())
        y = min(max(frame.y(), room.y()), room.bottom() - size.height() - MARGIN)
        widget.move(max(x, room.x()), max(y, room.y()))


def fit_window(dialog: QWidget, setting: Setting, width: int, height: int) -> None:
    """A dialog at its first open: the size remembered on this computer (kept within this screen), else
    (width, height) as the screen allows; the size is remembered again when it closes."""
    from app.ui.kit import settings as remembered

    if remembered.restore(setting, dialog.restoreGeometry):
        size = dialog.size()  # not width(): the product card has a field of that name
        fit_to_screen(dialog, size.width(), size.height())
    else:
        fit_to_screen(dialog, width, height)
    finished = getattr(dialog, "finished", None)
    if finished is not None:
        finished.connect(lambda _result: remembered.save(setting, dialog.saveGeometry()))
