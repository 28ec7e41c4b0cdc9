"""The daily automatic backup (DESIGN: before every migration and daily): a verified copy of the live shop file
into backups/ beside it, once in 24 hours, the newest 14 daily ones kept and no other backup touched."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import UTC, datetime, timedelta

from app import dbfile
from app.models import Order


def orders_in(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute('SELECT count(*) FROM "order"').fetchone()[0]


def age(path, hours: float) -> None:
    """Make a backup look `hours` old (its modification time is what the rule reads)."""
    when = time.time() - hours * 3600
    os.utime(path, (when, when))


def test_one_verified_copy_a_day_of_the_live_file(db, db_path, session):
    session.add(Order(number="D-1", created_at=datetime(2026, 12, 1, tzinfo=UTC), status="new"))
    session.commit()  # the live file, open with its WAL
    made = dbfile.daily_backup(db_path)
    assert made is not None and made.parent == db_path.parent / "backups" and made.name.endswith("-daily.db")
    assert dbfile.examine(made).kind == dbfile.OURS and dbfile.health(made) is None
    assert orders_in(made) == orders_in(db_path) >= 1
    assert dbfile.daily_backup(db_path) is None  # the same day: not again
    age(made, 23)
    assert dbfile.daily_backup(db_path) is None
    age(made, 25)
    second = dbfile.daily_backup(db_path)
    assert second is not None and second != made and dbfile.daily_backups_of(db_path) == [second, made]


def test_the_newest_fourteen_daily_backups_are_kept_and_nothing_else_is_removed(db, db_path):
    by_hand = dbfile.backup_file(db_path, reason="manual")
    before_migration = dbfile.backup_file(db_path, reason="before-migration-from-0012")
    for n in range(16):
        made = dbfile.daily_backup(db_path)
        assert made is not None
        age(made, 24 * (20 - n))  # sixteen days in a row, the newest made 5 days ago
    age(by_hand, 24 * 40)
    age(before_migration, 24 * 40)
    newest = dbfile.daily_backup(db_path)
    daily = dbfile.daily_backups_of(db_path)
    assert len(daily) == dbfile.DAILY_KEPT and daily[0] == newest
    assert by_hand.exists() and before_migration.exists()
    assert len(dbfile.backups_of(db_path)) == dbfile.DAILY_KEPT + 2


def test_a_clock_put_back_makes_a_backup_rather_than_none(db, db_path):
    made = dbfile.daily_backup(db_path)
    assert dbfile.daily_backup_due(db_path, now=datetime.now(UTC) - timedelta(days=2))
    assert not dbfile.daily_backup_due(db_path, now=datetime.now(UTC) + timedelta(hours=1))
    assert made is not None
