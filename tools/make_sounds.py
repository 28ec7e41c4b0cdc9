"""Make the packing station's two sounds (resources/sounds/*.wav): short and bright for a right scan, low and long
for a wrong one, so a packer tells them apart without looking. 16-bit mono PCM at 44.1 kHz, which QSoundEffect
plays on every platform.

    uv run python tools/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44100
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(parts: list[tuple[float, float, float]], square: bool = False) -> bytes:
    """(frequency Hz, seconds, volume 0..1) pieces, each faded in and out over 5 ms (no clicks)."""
    frames = bytearray()
    for freq, seconds, volume in parts:
        count = int(RATE * seconds)
        fade = int(RATE * 0.005)
        for i in range(count):
            wave_ = math.sin(2 * math.pi * freq * i / RATE)
            if square:
                wave_ = 0.6 * (1.0 if wave_ >= 0 else -1.0) + 0.4 * wave_
            edge = min(1.0, i / fade if fade else 1.0, (count - i) / fade if fade else 1.0)
            frames += struct.pack("<h", int(32767 * volume * edge * wave_))
    return bytes(frames)


def write(name: str, data: bytes) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(data)


def main() -> None:
    write("right.wav", tone([(1760.0, 0.07, 0.5)]))
    write("wrong.wav", tone([(220.0, 0.18, 0.6), (0.0, 0.06, 0.0), (180.0, 0.30, 0.6)], square=True))


if __name__ == "__main__":
    main()
