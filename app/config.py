"""Paths, logging and the typed registry of application settings.

Window state lives in QSettings (UI only); shop settings live in the database.
This module stays Qt-free so the CLI and the core tests can use it.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Zaplecze"
APP_AUTHOR = "Zaplecze"
SHOP_TZ_DEFAULT = "Europe/Warsaw"


def data_dir() -> Path:
    """The user's data folder; ZAPLECZE_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("ZAPLECZE_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "zaplecze.db"


def db_url(db: str | os.PathLike[str] | None) -> str:
    """A --db value may be a path or a full SQLAlchemy URL."""
    if db is None:
        return f"sqlite:///{default_db_path()}"
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def resource_path(*parts: str) -> Path:
    """Find a bundled resource in a PyInstaller bundle, an installed wheel or the source tree."""
    candidates = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "_resources"]
    for base in candidates:
        if base.is_dir():
            return base.joinpath(*parts)
    return candidates[-1].joinpath(*parts)


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file in the data folder, so a user can send it to us after a crash."""
    log_file = data_dir() / "zaplecze.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return log_file


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    doc: str


class Settings:
    """One typed registry of application settings with defaults (values kept in QSettings by the UI)."""

    SHOP_TIMEZONE = Setting("shop/timezone", SHOP_TZ_DEFAULT, "Time zone that dates are shown and deadlines counted in")
    STATION = Setting("station/name", "station-1", "Who/where, written into the order history")
    ORDERS_PAGE = Setting("orders/page_size", 256, "Rows fetched at a time by the orders list")
    DUPLICATE_WINDOW_DAYS = Setting("orders/duplicate_window_days", 3, "Days within which a same-customer order is a possible duplicate")


def station_name() -> str:
    return os.environ.get("ZAPLECZE_STATION") or os.environ.get("USER") or os.environ.get("USERNAME") or "station-1"
