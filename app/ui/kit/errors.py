"""How errors reach the user: a domain error's message as it is; anything else logged, with a short dialog."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.config import data_dir
from app.core.errors import DomainError

log = logging.getLogger("zaplecze.ui")


def error_text(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        from app.ui.kit.domain_text import domain_text

        return domain_text(str(exc))
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return QCoreApplication.translate(
        "Errors", "Something went wrong that we did not expect. Details are in the log file in {folder}."
    ).format(folder=data_dir())


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("Errors", "Zaplecze"), error_text(exc))
