"""The station's two sounds, so a packer hears a wrong scan without looking at the screen.

QSoundEffect plays short uncompressed WAVs with little delay; both are loaded when the station opens. On a machine
with no sound output they stay silent and nothing else changes; `last` says what was asked for (the tests read it).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QSoundEffect

from app.config import resource_path

RIGHT, WRONG = "right", "wrong"


class Sounds(QObject):
    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.last = ""
        self.played = 0
        self.effects: dict[str, QSoundEffect] = {}
        for kind, volume in ((RIGHT, 0.6), (WRONG, 0.9)):
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{kind}.wav"))))
            effect.setVolume(volume)
            self.effects[kind] = effect

    def play(self, kind: str) -> None:
        self.last = kind
        self.played += 1
        if not self.enabled:
            return
        effect = self.effects[kind]
        if effect.isPlaying():
            effect.stop()
        effect.play()
