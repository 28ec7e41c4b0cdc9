"""The Stock area's UI fixtures: background work held back until the test lets it answer (as in production)."""

from __future__ import annotations

import pytest

from app.core.progress import ProgressSink
from app.ui.kit.context import AppContext
from app.ui.kit.tasks import Tasks


class Later(Tasks):
    """Background work that answers only when the test says, in the order it chooses: production, where a read's
    answer arrives after the user has typed or scanned on."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: list[tuple] = []

    def run(self, fn, *, on_done=None, on_error=None, write=True, progress_label=None, parent=None) -> None:
        self.waiting.append((fn, on_done, on_error, progress_label, write))

    def answer(self, index: int = 0) -> None:
        fn, on_done, on_error, progress_label, _ = self.waiting.pop(index)
        try:
            result = fn(ProgressSink()) if progress_label is not None else fn()
        except BaseException as exc:  # noqa: BLE001 - handed on as the real runner does
            (on_error or self.default_error)(exc)
        else:
            if on_done:
                on_done(result)

    def answer_all(self) -> None:
        while self.waiting:
            self.answer()

    def writes(self) -> int:
        return sum(1 for *_, write in self.waiting if write)


@pytest.fixture
def later(db):
    """A context whose background work waits in `ctx.runner.waiting` until answered."""
    return AppContext(db=db, who="test-station", runner=Later())
