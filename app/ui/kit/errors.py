"""How errors reach the user: a domain error's message as it is; anything else logged, with a short dialog."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.config import data_dir
from app.core.errors import DomainError

log = logging.getLogger("zaplecze.ui")
shop_path: str | None = None  # the open shop's file, named when SQLite itself refuses (busy, read-only, damaged)


def error_text(exc: BaseException) -> str:
    from app.ui.kit.domain_text import domain_text

    if isinstance(exc, DomainError):
        return domain_text(str(exc))
    if _is_database_error(exc):
        from app.dbfile import explain

        log.warning("database error", exc_info=(type(exc), exc, exc.__traceback__))
        return domain_text(explain(exc, shop_path))
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return QCoreApplication.translate(
        "Errors", "Something went wrong that we did not expect. Details are in the log file in {folder}."
    ).format(folder=data_dir())


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("Errors", "Zaplecze"), error_text(exc))


def _is_database_error(exc: BaseException) -> bool:
    """SQLAlchemy's or sqlite3's, without importing SQLAlchemy here (the start-up window must not wait for it)."""
    return any(cls.__name__ in ("DatabaseError", "OperationalError") and cls.__module__.split(".")[0] in
               ("sqlalchemy", "sqlite3") for cls in type(exc).__mro__)
