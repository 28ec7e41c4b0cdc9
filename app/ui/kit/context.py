"""What every tab needs: the open database, who is working, and the one way to call a service.

`ctx.run(fn, ...)` runs `fn(session)` (or `fn(session, progress)` with a progress label) in a worker, in a
session the helper opens there and closes after, and hands the result to `on_done` in the UI thread; `ctx.read`
is the same on the read pool, for queries that may run beside a write. Widgets never open a session (as
Anki's CollectionOp hands the collection to the operation): a test fails on `.session()` anywhere in app/ui but
here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from app.config import SHOP_TZ_DEFAULT
from app.ui.kit.tasks import Tasks, tasks

if TYPE_CHECKING:  # app.db imports SQLAlchemy, which the start-up window must not wait for
    from PySide6.QtWidgets import QWidget

    from app.db import Database


@dataclass
class AppContext:
    db: Database
    who: str
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo(SHOP_TZ_DEFAULT))
    runner: Tasks | None = None

    @property
    def tasks(self) -> Tasks:
        return self.runner or tasks()

    def run(self, fn: Callable[..., Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, write: bool = True,
            progress_label: str | None = None, parent: QWidget | None = None) -> None:
        """fn(session) or, with progress_label, fn(session, progress), in a worker with a session of its own."""
        db = self.db

        if progress_label is None:
            def call() -> Any:
                with db.session() as session:
                    return fn(session)
        else:
            def call(progress: Any) -> Any:  # type: ignore[misc]
                with db.session() as session:
                    return fn(session, progress)

        self.tasks.run(call, on_done=on_done, on_error=on_error, write=write, progress_label=progress_label,
                       parent=parent)

    def read(self, fn: Callable[..., Any], *, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None, progress_label: str | None = None,
             parent: QWidget | None = None) -> None:
        """A query (no commit) on the read pool: it may run while a write is under way."""
        self.run(fn, on_done=on_done, on_error=on_error, write=False, progress_label=progress_label, parent=parent)
