"""The packing UI tests' serial line: a pseudo-terminal pair made by socat, the test playing the scale."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import time
from pathlib import Path

import pytest


class FakeScale:
    """The scale's end of the line: raw bytes in and out, never blocking."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        self.proc: subprocess.Popen | None = None  # socat, which makes the line

    def write(self, data: bytes) -> None:
        os.write(self.fd, data)

    def read_until(self, qtbot, wanted: bytes, timeout: float = 3.0) -> bytes:
        """What the host sent, once it holds `wanted` (the Qt loop keeps running meanwhile)."""
        got = b""
        deadline = time.monotonic() + timeout
        while wanted not in got and time.monotonic() < deadline:
            qtbot.wait(10)
            if select.select([self.fd], [], [], 0)[0]:
                try:
                    got += os.read(self.fd, 256)
                except BlockingIOError:
                    pass
        return got

    def close(self) -> None:
        os.close(self.fd)


@pytest.fixture
def line(tmp_path):
    """Two linked pseudo-terminals: (the scale's end, the host's end); socat is stopped afterwards."""
    scale_end, host_end = tmp_path / "scale", tmp_path / "host"
    log = tmp_path / "socat.log"
    with log.open("wb") as err:
        proc = subprocess.Popen(["socat", "-d", "-d", f"pty,raw,echo=0,link={scale_end}",
                                 f"pty,raw,echo=0,link={host_end}"], stdout=subprocess.DEVNULL, stderr=err)
    deadline = time.monotonic() + 10
    while not (scale_end.exists() and host_end.exists()):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            raise RuntimeError(f"socat did not make the pty pair: {log.read_text(errors='replace')}")
        time.sleep(0.02)
    scale = FakeScale(scale_end)
    scale.proc = proc
    yield scale, host_end
    scale.close()
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
