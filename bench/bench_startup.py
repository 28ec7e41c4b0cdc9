"""Start-up at 200k orders, against a bare QApplication + QMainWindow start in the same run, and peak memory.

Each start is a fresh Python process (offscreen Qt), timed by this script from spawning the process until the
process reports each moment (a line on its stdout, read as it comes):

- bare:  QApplication + an empty QMainWindow, show, process events (painted);
- app:   what `zaplecze --db DB` does (app.ui.app.start_window after the language is installed): the window with
         menus, tabs and the Orders tab's focused search box, painted before SQLAlchemy is imported (SHOWN);
         then, in the next event-loop turns, the database layer imported, the database opened and the list
         filled with its first page and the filter counts, painted (FILLED). Both moments come from one process;
- scrolled: the same, then 40 more pages (10k rows) fetched as scrolling would (for memory);
- cli:   the real entry point `python -m app --db DB --quit-after 0` until it exits (quits once the list is filled).

Peak RSS is read from the kernel for each child (wait4). Budget (DESIGN.md): a usable window within 3x bare;
memory under 300 MB with 200k orders open.

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
def ready():
    orders = window.tab_widgets["OrdersTab"]
    assert orders.model.rowCount() > 0, "the orders list is empty"
    mark("list filled (next turns: ORM models + order_list imported; counts and first page queried)")
    model = orders.model
    for _ in range({pages}):  # the list reads in a worker: wait for each page as a view would
        before = model.rowCount()
        model.fetchMore()
        while model.rowCount() == before and model.canFetchMore() is False and model._fetching:
            qt.processEvents()
            time.sleep(0.001)
        while model._fetching:
            qt.processEvents()
            time.sleep(0.001)
    qt.processEvents()
    mark("filled list painted (FILLED)")
    print("FILLED", orders.model.total, orders.model.rowCount(), json.dumps(marks), flush=True)
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
SHOWN_LABEL = "(1) Zaplecze main window shown: menus, tabs, focused search box, empty list saying so"
FILLED_LABEL = "(2) the same process: Today's figures and the orders list (first page + filter counts) in, painted"
SCROLLED_LABEL = "the same, then 40 pages scrolled in"
ALL_AT_ONCE_LABEL = "for comparison: all imported and the database opened first, then the window shown filled (the old start)"
CLI_LABEL = "(3) python -m app --db DB --quit-after 0 (the real entry point, until the process has exited)"


def run_child(args: list[str]) -> tuple[dict[str, float], float, dict[str, str]]:
    """Seconds from spawning until each line the child prints (keyed by its first word; "EXIT" when it has
    exited), its peak RSS in MB, and the lines."""
    # Compiled bytecode, as an installed app or the PyInstaller bundle has it (the warm-up run writes it).
    # A first start: the user's remembered tab and geometry are not read (the first tab, Today, is on screen).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=CONFIG_HOME)
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
        "app": ([py, "-c", APP.format(root=str(ROOT), db=str(db), pages=0)],
                [(SHOWN_LABEL, "SHOWN"), (FILLED_LABEL, "FILLED")]),
        "scrolled": ([py, "-c", APP.format(root=str(ROOT), db=str(db), pages=40)], [(SCROLLED_LABEL, "FILLED")]),
        "all_at_once": ([py, "-c", ALL_AT_ONCE.format(root=str(ROOT), db=str(db))], [(ALL_AT_ONCE_LABEL, "FILLED")]),
        "cli": ([py, "-m", "app", "--db", str(db), "--quit-after", "0"], [(CLI_LABEL, "EXIT")]),
    }
    for argv, _ in runs.values():  # warm the OS file cache and .pyc files once
        run_child(argv)
    times: dict[str, list[float]] = {}
    peaks: dict[str, list[float]] = {}
    filled_lines: dict[str, str] = {}
    stages: dict[str, list[float]] = {}
    shown_tab = "?"
    for _ in range(args.repeat):
        for name, (argv, moments) in runs.items():  # interleaved, so machine load hits all alike
            moment_times, rss, lines = run_child(argv)
            for label, word in moments:
                times.setdefault(label, []).append(moment_times[word])
                # the app's SHOWN line carries the process's peak RSS at that moment; otherwise the whole run's
                shown_rss = lines[word].split(" ")[1:2] if word == "SHOWN" and name == "app" else []
                peaks.setdefault(label, []).append(int(shown_rss[0]) / 1024 if shown_rss else rss)
                if word == "FILLED":
                    filled_lines[label] = lines["FILLED"]
                if word == "SHOWN" and name == "app":
                    shown_tab = (lines["SHOWN"].split(" ")[2:3] or ["?"])[0]
            if name == "app":
                for stage, ms in json.loads(lines["FILLED"].split(" ", 3)[3]).items():
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
