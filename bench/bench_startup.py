"""Start-up at 200k orders, against a bare QApplication + QMainWindow start in the same run, and peak memory.

Each start is a fresh Python process (offscreen Qt), timed by this script from spawning the process until the
process reports each moment (a line on its stdout, read as it comes):

- bare:  QApplication + an empty QMainWindow, show, process events (painted);
- app:   what `zaplecze --db DB` does on a first start (app.ui.app.start_window after the language is installed):
         the window with menus and tabs, Today on screen, painted before SQLAlchemy is imported (SHOWN); then, in
         the next event-loop turns, the database layer imported, the database opened and the tab on screen filled
         with its first data, Today's figures (FILLED, the window's `ready`); then the hidden Orders list, which
         reads after it (ORDERS). All moments come from one process;
- orders_first: the same with the Orders tab remembered as the last open (its own QSettings): FILLED is the
         Orders list's first page and filter counts;
- scrolled: orders_first, then 40 more pages (10k rows) fetched as scrolling would (for memory);
- cli:   the real entry point `python -m app --db DB --quit-after 0` until it exits (quits once `ready` fired, after
         the reads still under way).

Peak RSS is read from the kernel for each child (wait4). Budget (DESIGN.md): a usable window within 3x bare, the list
filled within 6x; memory under 300 MB with 200k orders open.

    uv run zaplecze demo-data --db bench/out/200k.db --orders 200000     # once
    uv run python bench/bench_startup.py --db bench/out/200k.db
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG_HOME = tempfile.mkdtemp(prefix="zaplecze-bench-config-")  # the children's QSettings: none remembered
ORDERS_CONFIG_HOME = tempfile.mkdtemp(prefix="zaplecze-bench-config-")  # the Orders tab remembered as the last open

BARE = """
import os
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 800)
w.show()
app.processEvents()
print("SHOWN", flush=True)
os._exit(0)
"""

APP = """
import argparse, json, os, sys, time
t0 = time.perf_counter()
marks = {{}}
def mark(name):
    marks[name] = round((time.perf_counter() - t0) * 1000, 1)
sys.path.insert(0, {root!r})
from app.config import setup_logging
setup_logging()
import app.ui.app as ui_app
qt = ui_app.make_qapp()
if {orders_first}:  # the app closed last time on the Orders tab (the second): it opens on it
    from PySide6.QtCore import QSettings
    QSettings().setValue("main/tab", 1)
from app.ui.kit.i18n import install_translations
install_translations(qt, None)
mark("QApplication and translations")
_open = ui_app._open_database
def timed_open(*a, **kw):
    mark("event loop turn: start importing the database layer")
    db = _open(*a, **kw)
    mark("database layer (SQLAlchemy, app.db) imported, database opened (at head: no alembic)")
    return db
ui_app._open_database = timed_open
window = ui_app.start_window(argparse.Namespace(db={db!r}, demo=False, quit_after=None, lang=None))
mark("main window built and shown (not yet painted)")
today = window.tab_widgets.get("TodayTab")
if today is not None and hasattr(today, "loaded"):
    today.loaded.connect(lambda: marks.setdefault("Today's figures in and shown (today_for_shop, off the UI thread)",
                                                  round((time.perf_counter() - t0) * 1000, 1)))
def painted():
    mark("main window painted (SHOWN)")
    if "sqlalchemy" in sys.modules:
        print("FAIL: SQLAlchemy was imported before the window was painted", flush=True)
        os._exit(3)
    import resource
    # peak RSS so far (kB), and the tab on screen
    print("SHOWN", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, type(window.tabs.currentWidget()).__name__,
          flush=True)
from PySide6.QtCore import QTimer
poll = QTimer(interval=1)  # polled from the event loop itself (a loop inside a slot would hold back the reads)
pages_left = [{pages}]
def ready():
    # the tab on screen has its first data: Today's figures, or the Orders list's first page when it is remembered
    shown = type(window.tabs.currentWidget()).__name__
    mark("tab on screen filled (`ready`): " + shown)
    print("FILLED", shown, flush=True)
    poll.timeout.connect(step)
    poll.start()
def step():
    model = window.tab_widgets["OrdersTab"].model
    if model.rowCount() == 0 or model._fetching:  # read after the tab on screen, in the background
        return
    if "ORDERS" not in marks:
        mark("ORDERS")
        print("ORDERS", flush=True)
    if pages_left[0] > 0:  # the list reads in a worker: one page at a time, as a view asks for them
        pages_left[0] -= 1
        model.fetchMore()
        return
    poll.stop()
    marks["Orders list filled (first page + filter counts), after the tab on screen"] = marks.pop("ORDERS")
    if {pages}:
        mark("pages scrolled in")
    print("DONE", model.total, model.rowCount(), json.dumps(marks), flush=True)
    os._exit(0)
window.painted.connect(painted)
window.ready.connect(ready)
qt.exec()
"""

# The start before the quick start, for comparison: everything imported and the database open, then the window
# (MainWindow(ctx), as the tests build it) shown with its list filled at once.
ALL_AT_ONCE = """
import os, sys
sys.path.insert(0, {root!r})
from app.config import setup_logging, station_name
setup_logging()
from app.ui.app import make_qapp
qt = make_qapp()
from app.ui.kit.i18n import install_translations
install_translations(qt, None)
from app.db import open_database
from app.ui.kit.context import AppContext
from app.ui.main_window import MainWindow
window = MainWindow(AppContext(db=open_database({db!r}, create=True), who=station_name()))
window.show()
qt.processEvents()
orders = window.tab_widgets["OrdersTab"]
import time
while orders.model.rowCount() == 0:  # the first page comes from a worker
    qt.processEvents()
    time.sleep(0.001)
print("FILLED", orders.model.total, orders.model.rowCount(), flush=True)
os._exit(0)
"""

BARE_LABEL = "bare QApplication + QMainWindow, shown"
SHOWN_LABEL = "(1) Zaplecze main window shown: menus, tabs, the tab on screen saying the shop is opening"
FILLED_LABEL = "(2) the same process: the tab on screen filled, painted: Today's figures (a first start opens on Today)"
ORDERS_LABEL = "the same process: the Orders list (first page + filter counts) filled in the background after (2)"
ORDERS_FIRST_LABEL = "(2') the app reopened on the Orders tab: the Orders list filled, painted"
SCROLLED_LABEL = "the same as (2'), then 40 pages scrolled in"
ALL_AT_ONCE_LABEL = "for comparison: all imported and the database opened first, then the window shown filled (the old start)"
CLI_LABEL = "(3) python -m app --db DB --quit-after 0 (the real entry point, until the process has exited)"


def run_child(args: list[str], config_home: str = CONFIG_HOME) -> tuple[dict[str, float], float, dict[str, str]]:
    """Seconds from spawning until each line the child prints (keyed by its first word; "EXIT" when it has
    exited), its peak RSS in MB, and the lines."""
    # Compiled bytecode, as an installed app or the PyInstaller bundle has it (the warm-up run writes it).
    # A first start: the user's remembered tab and geometry are not read (the first tab, Today, is on screen).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config_home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True)
    times: dict[str, float] = {}
    lines: dict[str, str] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        word = line.split(" ", 1)[0].strip()
        times[word] = time.perf_counter() - start
        lines[word] = line.strip()
    _, status, usage = os.wait4(proc.pid, 0)
    times["EXIT"] = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0 or "FAIL:" in lines:
        raise RuntimeError(f"{args[:3]} failed with exit code {code}: {lines}")
    return times, usage.ru_maxrss / 1024, lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default="bench/out/200k.db")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    db = Path(args.db).resolve()
    if not db.exists():
        print(f"{db} does not exist; make it with: uv run zaplecze demo-data --db {args.db} --orders 200000")
        return 2
    py = sys.executable
    # label of the run -> its command and the moments of it reported: (row label, line word) pairs
    runs = {
        "bare": ([py, "-c", BARE], [(BARE_LABEL, "SHOWN")]),
        "app": ([py, "-c", APP.format(root=str(ROOT), db=str(db), pages=0, orders_first=False)],
                [(SHOWN_LABEL, "SHOWN"), (FILLED_LABEL, "FILLED"), (ORDERS_LABEL, "ORDERS")]),
        "orders_first": ([py, "-c", APP.format(root=str(ROOT), db=str(db), pages=0, orders_first=True)],
                         [(ORDERS_FIRST_LABEL, "FILLED")]),
        "scrolled": ([py, "-c", APP.format(root=str(ROOT), db=str(db), pages=40, orders_first=True)],
                     [(SCROLLED_LABEL, "DONE")]),
        "all_at_once": ([py, "-c", ALL_AT_ONCE.format(root=str(ROOT), db=str(db))], [(ALL_AT_ONCE_LABEL, "FILLED")]),
        "cli": ([py, "-m", "app", "--db", str(db), "--quit-after", "0"], [(CLI_LABEL, "EXIT")]),
    }
    ORDERS_FIRST = ("orders_first", "scrolled")  # their QSettings remember the Orders tab; the others' nothing
    for name, (argv, _) in runs.items():  # warm the OS file cache and .pyc files once
        run_child(argv, ORDERS_CONFIG_HOME if name in ORDERS_FIRST else CONFIG_HOME)
    times: dict[str, list[float]] = {}
    peaks: dict[str, list[float]] = {}
    filled_lines: dict[str, str] = {}
    stages: dict[str, list[float]] = {}
    shown_tab = "?"
    for _ in range(args.repeat):
        for name, (argv, moments) in runs.items():  # interleaved, so machine load hits all alike
            moment_times, rss, lines = run_child(argv, ORDERS_CONFIG_HOME if name in ORDERS_FIRST else CONFIG_HOME)
            for label, word in moments:
                times.setdefault(label, []).append(moment_times[word])
                # the app's SHOWN line carries the process's peak RSS at that moment; otherwise the whole run's
                shown_rss = lines[word].split(" ")[1:2] if word == "SHOWN" and name == "app" else []
                peaks.setdefault(label, []).append(int(shown_rss[0]) / 1024 if shown_rss else rss)
                if word in ("FILLED", "DONE"):
                    filled_lines[label] = lines.get("DONE") or lines[word]
                if word == "SHOWN" and name == "app":
                    shown_tab = (lines["SHOWN"].split(" ")[2:3] or ["?"])[0]
            if name == "app":
                for stage, ms in json.loads(lines["DONE"].split(" ", 3)[3]).items():
                    stages.setdefault(stage, []).append(ms)
    bare = statistics.median(times[BARE_LABEL])
    print(f"{db}: median of {args.repeat} interleaved starts, offscreen, Python {sys.version.split()[0]}, "
          f"load average {os.getloadavg()[0]:.2f}; tab on screen at the first paint: {shown_tab}\n")
    print("| start, until | median | x bare | peak RSS (max of the runs) |")
    print("|---|---:|---:|---:|")
    for label, values in times.items():
        med = statistics.median(values)
        extra = ""
        if label in filled_lines:
            _, total, rows = filled_lines[label].split(" ", 3)[:3]
            if total.isdigit():  # the old start's line may come before the list knows its total
                extra = f" ({int(total):,} orders, {int(rows):,} rows loaded)"
        print(f"| {label}{extra} | {med * 1000:.0f} ms | {med / bare:.2f}x | {max(peaks[label]):.0f} MB |")
    print("\nwhere the app's start goes (median ms inside the process, cumulative, after the interpreter started):\n")
    print("| stage | ms |")
    print("|---|---:|")
    for stage, values in stages.items():
        print(f"| {stage} | {statistics.median(values):.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
