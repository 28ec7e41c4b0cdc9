"""The quick start (app.ui.app.start_window): the window first, with a note in the empty list, then the data.

Each test opens a real database file through the same path `zaplecze` takes; nothing is mocked.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from app.ui.app import start_window
from app.ui.main_window import _LazyTab
from app.ui.orders.model import CUSTOMER
from tests.support.orders import make_shop

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def shop(session, add_product, order_input):
    return make_shop(session, add_product, order_input)


def start(qtbot, db: Path | str | None, demo: bool = False, failures: list | None = None):
    args = argparse.Namespace(db=str(db) if db else None, demo=demo, quit_after=None, lang=None)
    window = start_window(args, on_failed=failures.append if failures is not None else None)
    qtbot.addWidget(window)
    return window


def orders_listed(qtbot, window):
    """The Orders tab once its list and counts are in: hidden behind Today, it reads after Today's figures."""
    orders = window.tab_widgets["OrdersTab"]
    qtbot.waitUntil(lambda: orders.ready and orders.model.counts_current() and not orders.model._fetching,
                    timeout=20000)
    return orders


def close(window) -> None:
    if window.ctx is not None:
        window.ctx.db.dispose()


def customers(tab) -> list[str]:
    return [tab.model.index(r, CUSTOMER).data() for r in range(tab.model.rowCount())]


def remember_the_orders_tab() -> None:
    """The app closed last time on the Orders tab (the second): it opens on it, its search box focused."""
    from PySide6.QtCore import QSettings

    QSettings().setValue("main/tab", 1)


def test_window_shows_the_placeholder_first_then_the_filled_list(qtbot, db_path, shop):
    window = start(qtbot, db_path)
    today, orders = window.tab_widgets["TodayTab"], window.tab_widgets["OrdersTab"]
    # Shown at once, before the database is open: menus, tabs, the Today tab saying so, the Orders tab built too.
    assert window.isVisible() and window.ctx is None and not orders.ready and not today.ready
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&View", "&Help"]
    assert [window.tabs.tabText(i) for i in range(3)] == ["Today", "Orders", "Stock"]
    assert window.tabs.currentWidget() is today
    assert today.placeholder.isVisible() and today.placeholder.text() == "Opening the shop…"
    assert orders.placeholder.text() == "Opening the shop…"
    assert orders.model.rowCount() == 0 and orders.model.columnCount() == 10
    assert not orders.new_button.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.isEnabled() for a in file_menu.actions() if a.text() == "&Import orders…"] == [False]

    with qtbot.waitSignal(window.ready, timeout=10000):
        pass
    # `ready`: the tab on screen has its figures. The hidden Orders list and the status bar's counts read only
    # after it (on two cores every read started at once slows the one the user looks at).
    assert window.ctx is not None and window.ctx.db.path == db_path
    assert not today.placeholder.isVisible() and today.reads == 1
    assert today.morning.link("new_orders").text() == str(today.figures.morning.new_orders.count)
    assert not orders.ready and getattr(window, "complaints_watch", None) is None
    with qtbot.waitSignal(orders.model.loaded, timeout=10000):
        pass
    assert orders.ready and window.complaints_watch is not None and window.customers_watch is not None
    assert not orders.placeholder.isVisibleTo(window)
    assert sorted(customers(orders)) == sorted(["Anna Kowalska", "Jan Nowak", "Ewa Zielińska", "Piotr Wiśniewski",
                                                "Katarzyna Wójcik"])
    assert orders.filters.item(0).text() == "All  (5)" and orders.count_label.text() == "5 orders"
    assert orders.new_button.isEnabled()
    assert [a.isEnabled() for a in file_menu.actions() if a.text() == "&Import orders…"] == [True]
    # The other tabs are still built when first opened, now that there is a database.
    assert isinstance(window.tabs.widget(2), _LazyTab)
    window.tabs.setCurrentIndex(2)
    assert not isinstance(window.tabs.widget(2), _LazyTab) and "StockTab" in window.tab_widgets
    close(window)


def test_keys_typed_before_the_list_is_ready_end_up_searching(qtbot, db_path, shop):
    remember_the_orders_tab()
    window = start(qtbot, db_path)
    orders = window.tab_widgets["OrdersTab"]
    assert window.focusWidget() is orders.search
    qtbot.keyClicks(orders.search, "piotr")
    assert not orders.ready and orders.model.rowCount() == 0   # typed into the waiting window
    with qtbot.waitSignal(window.ready, timeout=10000):
        pass
    assert orders.search.text() == "piotr"
    assert customers(orders) == ["Piotr Wiśniewski"]
    assert orders.count_label.text() == "1 order"
    close(window)


def test_enter_typed_before_the_list_is_ready_opens_the_order(qtbot, db_path, shop):
    remember_the_orders_tab()
    window = start(qtbot, db_path)
    orders = window.tab_widgets["OrdersTab"]
    qtbot.keyClicks(orders.search, "nowak")
    qtbot.keyClick(orders.search, Qt.Key.Key_Return)
    assert not orders.ready and not orders.dialogs
    with qtbot.waitSignal(window.ready, timeout=10000):
        pass
    assert list(orders.dialogs) == [shop["jan"]]
    assert orders.dialogs[shop["jan"]].customer_name.text() == "Jan Nowak"
    for dialog in list(orders.dialogs.values()):
        dialog.close()
    close(window)


def test_a_new_file_is_created_and_an_older_one_backed_up_and_upgraded_meanwhile(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import create_engine, text

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",  # the user answers "Yes" to "Create a new shop here?"
                        lambda parent, title, text, *a: (asked.append(text), QMessageBox.StandardButton.Yes)[1])

    from app.db import current_revision
    from app.migrations import HEAD
    from app.migrations.runner import alembic_config

    fresh = start(qtbot, tmp_path / "new" / "shop.db")
    said_new: list[str] = []
    set_fresh_placeholder = fresh.set_placeholder
    fresh.set_placeholder = lambda t: (said_new.append(t), set_fresh_placeholder(t))
    with qtbot.waitSignal(fresh.ready, timeout=10000):
        pass
    assert said_new == ["Creating the database…"] and not (tmp_path / "new" / "backups").exists()
    assert len(asked) == 1 and "Create a new shop here?" in asked[0] and str(tmp_path / "new" / "shop.db") in asked[0]
    assert orders_listed(qtbot, fresh).model.total == 0 and current_revision(fresh.ctx.db.engine) == HEAD
    close(fresh)

    from alembic import command

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()
    window = start(qtbot, path)
    said: list[str] = []
    set_placeholder = window.set_placeholder
    window.set_placeholder = lambda t: (said.append(t), set_placeholder(t))  # what the window says meanwhile
    with qtbot.waitSignal(window.ready, timeout=20000):
        pass
    assert said == ["Preparing the database (a backup is made first)…"]
    assert list((tmp_path / "backups").glob("old-*.db"))
    assert current_revision(window.ctx.db.engine) == HEAD
    close(window)


def test_no_new_shop_is_made_when_the_user_says_no(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    failures: list[BaseException] = []
    window = start(qtbot, tmp_path / "typo" / "shop.db", failures=failures)
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert window.ctx is None and not (tmp_path / "typo").exists()
    assert "there is no shop file at" in str(failures[0])


def test_demo_shop_is_made_while_the_window_says_so(qtbot):
    window = start(qtbot, None, demo=True)
    said: list[str] = []
    set_placeholder = window.set_placeholder
    window.set_placeholder = lambda t: (said.append(t), set_placeholder(t))
    with qtbot.waitSignal(window.ready, timeout=60000):
        pass
    assert said == ["Making a demo shop…"]
    assert window.ctx.db.path.name == "demo.db" and window.tab_widgets["TodayTab"].reads == 1
    assert orders_listed(qtbot, window).model.total >= 600
    folder = window.ctx.db.path.parent
    window.close()
    assert not folder.exists()  # the demo shop goes with its window


def test_a_file_that_is_not_a_database_is_reported_and_the_window_says_so(qtbot, tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a shop\n" * 100)
    failures: list[BaseException] = []
    window = start(qtbot, bad, failures=failures)
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert window.ctx is None
    assert window.tab_widgets["OrdersTab"].placeholder.text() == "The shop could not be opened."
    from app.ui.kit.errors import error_text

    assert error_text(failures[0]).startswith(f"{bad} is not a shop file of Zaplecze: it seems to be a text file")
    assert bad.read_text() == "these are my notes, not a shop\n" * 100


def test_the_window_is_painted_before_sqlalchemy_is_imported(db_path, shop):
    """The point of the quick start, checked in a fresh interpreter (this one has SQLAlchemy loaded already)."""
    code = f"""
import argparse, sys
from app.ui.app import make_qapp, start_window
app = make_qapp()
window = start_window(argparse.Namespace(db={str(db_path)!r}, demo=False, quit_after=None, lang=None))
seen = []
window.painted.connect(lambda: seen.append(("painted", "sqlalchemy" in sys.modules)))
def ready():
    orders = window.tab_widgets["OrdersTab"]
    seen.append(("ready", "sqlalchemy" in sys.modules, window.tabs.currentWidget().reads, orders.ready))
    orders.model.counted.connect(lambda: (seen.append(("orders", orders.model.total)), app.quit()))
window.ready.connect(ready)
app.exec()
window.ctx.db.dispose()
print(seen)
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    # ready: Today (the tab on screen) has its figures; the hidden Orders list is read after them
    assert run.stdout.strip() == "[('painted', False), ('ready', True, 1, False), ('orders', 5)]"


def test_a_ready_context_still_builds_everything_at_once(qtbot, ctx, shop):
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert isinstance(window, QMainWindow) and window.tab_widgets["OrdersTab"].ready
    assert not window.tab_widgets["OrdersTab"].placeholder.isVisibleTo(window)
    assert window.tab_widgets["OrdersTab"].model.total == 5
    assert QApplication.instance() is not None


def test_the_tab_open_last_time_waits_with_the_same_note_and_is_built_when_the_shop_is_open(qtbot, db_path, shop):
    from PySide6.QtCore import QSettings

    QSettings().setValue("main/tab", 2)
    window = start(qtbot, db_path)
    assert window.tabs.currentIndex() == 2 and isinstance(window.tabs.widget(2), _LazyTab)
    assert window.tabs.widget(2).note.text() == "Opening the shop…"
    window.grab().save(str(Path(os.environ.get("ZAPLECZE_SHOTS", db_path.parent)) / "quick-start-stock.png"))
    with qtbot.waitSignal(window.ready, timeout=10000):
        pass
    assert window.tabs.currentIndex() == 2 and not isinstance(window.tabs.widget(2), _LazyTab)
    assert "StockTab" in window.tab_widgets and orders_listed(qtbot, window).model.total == 5
    close(window)


def test_the_demo_shop_is_thrown_away_when_the_window_closes(tmp_path):
    """`zaplecze --demo` makes its shop in a temporary folder; quitting removes the folder (no pile of demo shops)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path), TMP=str(tmp_path), TEMP=str(tmp_path))
    run = subprocess.run([sys.executable, "-m", "app", "--demo", "--quit-after", "0"], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=False, timeout=180)
    assert run.returncode == 0, run.stderr[-3000:]
    assert not list(tmp_path.glob("zaplecze-demo-*"))


def test_a_linux_without_qts_x11_libraries_gets_one_clear_line(monkeypatch, tmp_path):
    """Qt aborts with a page about platform plugins; the app names the missing libraries and the apt line."""
    from app.ui.app import missing_qt_libraries

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    missing = missing_qt_libraries()
    if not missing:
        pytest.skip("this machine has every library Qt's X11 plugin needs")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":77", ZAPLECZE_DATA_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "app", "--demo"], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60, check=False)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "sudo apt-get install" in done.stderr
    assert all(name in done.stderr for name in missing) and "Traceback" not in done.stderr
