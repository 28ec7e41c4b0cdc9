"""Run service calls off the UI thread: run in background, then on success / on failure in the UI thread.

Service calls go through AppContext.run / AppContext.read (app/ui/kit/context.py), which open the task's own
session in the worker (a session never crosses threads, and the UI thread never opens one); Tasks.run itself
takes any function, for work without the database (reading a file, rendering a PDF). Writes share one single-thread pool
because SQLite has one writer. In tests `Tasks.synchronous = True` runs everything inline.
Progress: a task receives a `Progress` it may report to and check for Cancel; the UI shows a dialog
only when work takes longer than ~0.5 s.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.core.progress import ProgressSink

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn, self.signals = fn, signals

    def run(self) -> None:  # worker thread: never touch widgets here
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Tasks(QObject):
    synchronous = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read_pool = QThreadPool(self)
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        self._alive: set[_Signals] = set()

    def run(self, fn: Callable[..., Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, write: bool = True,
            progress_label: str | None = None, parent: QWidget | None = None) -> None:
        """Run fn(progress) if progress_label is given, else fn(); results come back in the UI thread."""
        progress = ProgressSink() if progress_label is not None else None
        call = (lambda: fn(progress)) if progress is not None else fn
        if self.synchronous:
            try:
                result = call()
            except BaseException as exc:  # noqa: BLE001
                (on_error or self.default_error)(exc)
            else:
                if on_done:
                    on_done(result)
            return
        signals = _Signals()
        self._alive.add(signals)
        dialog: QProgressDialog | None = None
        if progress is not None:
            dialog = QProgressDialog(progress_label, self.tr("Cancel"), 0, 0, parent)
            dialog.setMinimumDuration(500)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(progress.cancel)
            progress.callback = lambda d, t, txt: signals.progress.emit(d, t, txt)

            def show_progress(d: int, t: int, txt: str) -> None:
                dialog.setMaximum(t)
                dialog.setValue(d)
                if txt:
                    dialog.setLabelText(txt)

            signals.progress.connect(show_progress)

        def finish() -> None:
            self._alive.discard(signals)
            if dialog is not None:
                QTimer.singleShot(0, dialog.deleteLater)
                dialog.hide()

        @Slot(object)
        def done(result: Any) -> None:
            finish()
            if on_done:
                on_done(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            finish()
            (on_error or self.default_error)(exc)

        signals.done.connect(done)
        signals.failed.connect(failed)
        (self.write_pool if write else self.read_pool).start(_Runnable(call, signals))

    def wait(self) -> None:
        """Until every task started has finished: the app waits for this before it closes the database (a read
        still on its way, the hidden Orders list's at a quick quit, would find it closed)."""
        self.read_pool.waitForDone()
        self.write_pool.waitForDone()

    def default_error(self, exc: BaseException) -> None:
        from app.ui.kit.errors import show_error

        show_error(None, exc)


_tasks: Tasks | None = None


def tasks() -> Tasks:
    global _tasks
    if _tasks is None:
        _tasks = Tasks()
    return _tasks
