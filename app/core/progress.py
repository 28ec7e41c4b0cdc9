"""Progress of long work (imports, exports, batch printing, demo data) and its Cancel.

A service takes `progress: Progress | None` and calls `progress(done, total, text)` now and then; the call
raises `Cancelled` when the user pressed Cancel, so the service's transaction rolls back and nothing is
half-written. `ProgressSink` is the thread-safe implementation the UI hands to a worker; tests and the CLI
may pass any plain callable.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.core.errors import DomainError
from app.core.messages import msg

Progress = Callable[[int, int, str], None]


class Cancelled(DomainError):
    """The user cancelled long work; the use case's transaction rolled back."""

    def __init__(self) -> None:
        super().__init__(msg("Cancelled; nothing was changed."))


class ProgressSink:
    """Thread-safe: a worker reports through it, the UI thread cancels it."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.callback: Progress | None = None

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        if self.callback:
            self.callback(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()
