"""Remembered window state and folders through QSettings, by the keys of the one registry (app.config.Settings).

Widgets call load/save/restore with a registry entry, never a key spelled out, so one look at the registry
shows everything the app remembers on this computer (a test fails on a literal key elsewhere).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from app.config import Setting


def load(setting: Setting) -> Any:
    """The stored value, or the registry's default; converted to the entry's kind when it has one."""
    settings = QSettings()
    if setting.kind is None:
        return settings.value(setting.key, setting.default)
    return settings.value(setting.key, setting.default, type=setting.kind)


def save(setting: Setting, value: Any) -> None:
    QSettings().setValue(setting.key, value)


def restore(setting: Setting, restore_fn: Any) -> bool:
    """Hand a saved Qt state (geometry, header, splitter) to its restore function; False when none was saved."""
    state = load(setting)
    if state is None:
        return False
    restore_fn(state)
    return True
