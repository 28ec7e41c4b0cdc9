"""What every tab needs: the open database, who is working, and the task runner."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app.config import SHOP_TZ_DEFAULT
from app.ui.kit.tasks import Tasks, tasks

if TYPE_CHECKING:  # app.db imports SQLAlchemy, which the start-up window must not wait for
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
