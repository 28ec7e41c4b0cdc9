"""The app makes the day's backup by itself, after the window has its data: the status bar says where it went."""

from __future__ import annotations

import argparse

from app import dbfile
from app.ui import main_window
from app.ui.app import start_window


def test_the_window_makes_the_days_backup_in_the_background(qtbot, db_path, monkeypatch):
    monkeypatch.setattr(main_window, "DAILY_BACKUP_AFTER_MS", 0)
    window = start_window(argparse.Namespace(db=str(db_path), demo=False, quit_after=None, lang=None))
    qtbot.addWidget(window)
    assert not dbfile.daily_backups_of(db_path)
    with qtbot.waitSignal(window.ready, timeout=20000):
        pass
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Daily backup made: "), timeout=20000)
    (made,) = dbfile.daily_backups_of(db_path)
    assert str(made) in window.statusBar().currentMessage()
    assert dbfile.examine(made).kind == dbfile.OURS and dbfile.health(made) is None
    window.daily_backup()  # asked again the same day (a second window, a restart): none is made
    window.ctx.tasks.wait()
    qtbot.wait(50)
    assert dbfile.daily_backups_of(db_path) == [made]
    window.close()
    window.ctx.tasks.wait()
    window.ctx.db.dispose()


def test_a_failed_backup_is_said_in_the_status_bar(qtbot, db_path, monkeypatch):
    monkeypatch.setattr(main_window, "DAILY_BACKUP_AFTER_MS", 0)
    (db_path.parent / "backups").write_text("a file where the backups folder should be")
    window = start_window(argparse.Namespace(db=str(db_path), demo=False, quit_after=None, lang=None))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("The daily backup could not be made: "),
                    timeout=20000)
    assert f"No backup could be written into {db_path.parent / 'backups'}: " in window.statusBar().currentMessage()
    assert (db_path.parent / "backups").read_text() == "a file where the backups folder should be"
    window.close()
    window.ctx.tasks.wait()
    window.ctx.db.dispose()
