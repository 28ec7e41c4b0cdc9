"""Shipping and printing windows at their first open: the size remembered on this computer, or the designed one,
always within the screen they open on (a 1366 x 768 laptop shows every button); the size is kept on closing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.config import Setting
from app.ui.kit import settings as remembered
from app.ui.kit.windows import fit_to_screen


def fit_window(dialog: QDialog, setting: Setting, width: int, height: int) -> None:
    """The remembered geometry (kept on screen), else (width, height) as the screen allows."""
    if remembered.restore(setting, dialog.restoreGeometry):
        fit_to_screen(dialog)
    else:
        fit_to_screen(dialog, width, height)


def keep_size(dialog: QDialog, setting: Setting) -> None:
    """Called as the window closes (QDialog.done): its size for the next time."""
    remembered.save(setting, dialog.saveGeometry())
