"""Start-up to a usable window at 200k orders, against a bare QApplication + QMainWindow start, and peak memory.

Each start is a fresh Python process (offscreen Qt), timed by this script from spawning the process until the
process reports that its window is shown and, for the app, that the orders list holds its first page:

- bare:  QApplication + an empty QMainWindow, show, process events;
- app:   what `zaplecze --db DB` does (app.ui.app: language, open and check the database, MainWindow with all its
         tabs, the Orders tab filling its list and filter counts), show, process events;
- cli:   the real entry point `python -m app --db DB --quit-after 0` until it exits (a cross-check).

Peak RSS is read from the kernel for each child (wait4). Budget (DESIGN.md): app within 3x bare; memory under
300 MB with 200k orders open. The "scrolled" run also fetches 40 more pages (10k rows) as scrolling would.

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
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import os
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 800)
w.show()
app.processEvents()
print("READY", flush=True)
os._exit(0)
"""

APP = """
import json, os, sys, time
t0 = time.perf_counter()
marks = {{}}
def mark(name):
    marks[name] = round((time.perf_counter() - t0) * 1000, 1)
sys.path.insert(0, {root!r})
from app.ui.app import make_qapp
app = make_qapp()
from app.ui.i18n import install_translations
install_translations(app, None)
mark("QApplication")
from app.config import setup_logging, station_name
setup_logging()
from app.db import open_database
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
mark("imports (SQLAlchemy, models, window)")
db = open_database({db!r})
mark("open database")
import app.ui.orders_tab as orders_module  # the main window imports it too; other tabs are built when opened
_init = orders_module.OrdersTab.__init__
def timed(self, *a, **kw):
    start = time.perf_counter()
    _init(self, *a, **kw)
    marks["Orders tab built (own time)"] = round((time.perf_counter() - start) * 1000, 1)
orders_module.OrdersTab.__init__ = timed
mark("Orders tab module imported")
window = MainWindow(AppContext(db=db, who=station_name()))
mark("main window built")
window.show()
app.processEvents()
mark("shown")
orders = window.tab_widgets["OrdersTab"]
assert orders.model.rowCount() > 0, "the orders list is empty"
for _ in range({pages}):
    orders.model.fetchMore()
app.processEvents()
print("READY", orders.model.total, orders.model.rowCount(), json.dumps(marks), flush=True)
os._exit(0)
"""


APP_LABEL = "Zaplecze main window, orders list filled"


def run_child(args: list[str]) -> tuple[float, float, str]:
    """Seconds until the child says READY (or exits), its peak RSS in MB, and what it printed."""
    # Compiled bytecode, as an installed app or the PyInstaller bundle has it (the warm-up run writes it).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True)
    line = proc.stdout.readline() if proc.stdout else ""
    ready = time.perf_counter() - start
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or (line and not line.startswith("READY")):
        raise RuntimeError(f"{args[:3]} failed with exit code {proc.returncode}: {line!r}")
    if not line:  # the cli run prints nothing: it is timed to its exit
        ready = time.perf_counter() - start
    return ready, usage.ru_maxrss / 1024, line.strip()


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
    runs = {
        "bare QApplication + QMainWindow": [py, "-c", BARE],
        APP_LABEL: [py, "-c", APP.format(root=str(ROOT), db=str(db), pages=0)],
        "the same, then 40 pages scrolled in": [py, "-c", APP.format(root=str(ROOT), db=str(db), pages=40)],
        "python -m app --db DB --quit-after 0": [py, "-m", "app", "--db", str(db), "--quit-after", "0"],
    }
    for argv in runs.values():  # warm the OS file cache and .pyc files once
        run_child(argv)
    times: dict[str, list[float]] = {label: [] for label in runs}
    peaks: dict[str, list[float]] = {label: [] for label in runs}
    lines: dict[str, str] = {}
    stages: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        for label, argv in runs.items():  # interleaved, so machine load hits all alike
            t, rss, line = run_child(argv)
            times[label].append(t)
            peaks[label].append(rss)
            lines[label] = line
            if label == APP_LABEL:
                for stage, ms in json.loads(line.split(" ", 3)[3]).items():
                    stages.setdefault(stage, []).append(ms)
    bare = statistics.median(times["bare QApplication + QMainWindow"])
    print(f"{db}: median of {args.repeat} starts, offscreen, Python {sys.version.split()[0]}\n")
    print("| start | median | x bare | peak RSS |")
    print("|---|---:|---:|---:|")
    for label in runs:
        med = statistics.median(times[label])
        extra = ""
        if lines[label].startswith("READY "):
            _, total, rows, _marks = lines[label].split(" ", 3)
            extra = f" ({int(total):,} orders, {int(rows):,} rows loaded)"
        print(f"| {label}{extra} | {med * 1000:.0f} ms | {med / bare:.2f}x | {max(peaks[label]):.0f} MB |")
    print("\nwhere the app's start goes (median ms inside the process, after the interpreter started):\n")
    print("| stage (cumulative; a tab: its own construction) | ms |")
    print("|---|---:|")
    for stage, values in stages.items():
        print(f"| {stage} | {statistics.median(values):.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
