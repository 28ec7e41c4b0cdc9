"""Scan-to-feedback at the packing station on a 200k-order database, beside a bare QLineEdit in the same run.

What is timed is what a packer waits for: the scanner types the code and Enter (QTest key events into the station's
input), the scan logic runs, and the line's count and colour are repainted on screen (the lines view's viewport
receives its paint event; the banner and the sound are asked for on the way). Each right scan is followed by an undo
(F3), not timed, so the order never completes; wrong scans (a product of the shop not on the order) are timed too.

The baseline is a bare QLineEdit whose returnPressed sets a QLabel's text, timed from the same key events to the
label's paint event: the cost of typing and of one repaint in Qt, which no station can go below.

    uv run zaplecze demo-data --db bench/out/200k.db --orders 200000     # once, ~1 minute
    uv run python bench/bench_station.py --db bench/out/200k.db [--scans 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

TARGET_MS = 10.0
BUDGET_MS = 50.0


class PaintClock(QObject):
    """The time of the first paint event a widget receives after `arm()`."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted_at: float | None = None
        widget.installEventFilter(self)

    def arm(self) -> None:
        self.painted_at = None

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


def timed_scan(app: QApplication, target: QLineEdit, text: str, clock: PaintClock) -> float:
    clock.arm()
    start = time.perf_counter()
    QTest.keyClicks(target, text)
    QTest.keyClick(target, Qt.Key.Key_Return)
    while clock.painted_at is None:
        app.processEvents()
        if time.perf_counter() - start > 5:
            raise RuntimeError("no repaint within 5 s")
    return (clock.painted_at - start) * 1000


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def pick_order(db) -> tuple[int, str, str]:
    """A ready order of several lines with EANs (the biggest of the last ready ones), and the EAN of a product not
    on it (a wrong item)."""
    from sqlalchemy import func, select

    from app.models import Order, OrderLine, Product

    with db.session() as s:
        ready = s.scalars(select(Order.id).where(Order.status == "ready").order_by(Order.id.desc()).limit(500)).all()
        sizes = {oid: s.scalar(select(func.count()).select_from(OrderLine).where(OrderLine.order_id == oid))
                 for oid in ready}
        for oid in sorted(ready, key=lambda o: -sizes[o]):
            eans = s.scalars(select(Product.ean).join(OrderLine, OrderLine.product_id == Product.id)
                             .where(OrderLine.order_id == oid, Product.ean.is_not(None))).all()
            if eans:
                other = s.scalar(select(Product.ean).where(Product.ean.is_not(None), Product.ean.not_in(eans))
                                 .limit(1))
                return oid, eans[0], other
    raise SystemExit("no ready order with an EAN in this database")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--scans", type=int, default=300)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings_dir = tempfile.mkdtemp(prefix="zaplecze-bench-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app.setOrganizationName("ZapleczeBench")

    from sqlalchemy import func, select

    from app.db import open_database
    from app.models import Order
    from app.services.packing.claims import release
    from app.ui.kit.context import AppContext
    from app.ui.kit.tasks import Tasks
    from app.ui.packing.tab import PackingTab

    Tasks.synchronous = True  # the station's reads finish before the clock starts; scans read nothing
    db = open_database(args.db)
    with db.session() as s:
        orders = s.scalar(select(func.count()).select_from(Order))
    order_id, ean, wrong = pick_order(db)
    ctx = AppContext(db=db, who="bench")
    tab = PackingTab(ctx)
    tab.resize(1366, 720)
    tab.show()
    station = tab.station
    station.sounds.enabled = False  # no sound device here; the station still decides which sound to play
    station.open_order_id(order_id)
    assert station.order is not None, "the order did not open"
    clock = PaintClock(station.lines_view.viewport())  # a right scan: the line's count and colour
    banner_clock = PaintClock(station.banner)  # a wrong scan: the red message (the lines do not change)

    bare = QWidget()
    layout = QVBoxLayout(bare)
    edit, label = QLineEdit(bare), QLabel(bare)
    layout.addWidget(edit)
    layout.addWidget(label)
    counter = [0]

    def bare_enter() -> None:
        counter[0] += 1
        label.setText(f"{edit.text()}: {counter[0]} of 2")
        edit.clear()

    edit.returnPressed.connect(bare_enter)
    bare.resize(600, 200)
    bare.show()
    bare_clock = PaintClock(label)
    for _ in range(20):  # warm both paths up
        timed_scan(app, edit, ean, bare_clock)
        timed_scan(app, station.input, ean, clock)
        station.undo()
        app.processEvents()

    right, wrong_ms, base = [], [], []
    for i in range(args.scans):  # interleaved, so machine load hits all three alike
        base.append(timed_scan(app, edit, ean, bare_clock))
        right.append(timed_scan(app, station.input, ean, clock))
        assert station.banner_kind == "ok", station.banner.text()
        station.undo()
        app.processEvents()
        if i % 3 == 0:
            wrong_ms.append(timed_scan(app, station.input, wrong, banner_clock))
            assert station.banner_kind == "bad"
    with db.session() as s:
        release(s, order_id, station.station, "bench")
    bare_median = statistics.median(base)
    print(f"database: {args.db} ({orders:,} orders); order {station.order.number}, {len(station.order.lines)} lines; "
          f"{args.scans} right scans, {len(wrong_ms)} wrong")
    print("| scan, until repainted | median | p95 | x bare (median) |")
    print("|---|---:|---:|---:|")
    for name, values in (("bare QLineEdit returnPressed -> QLabel repaint", base),
                         ("**station: right item ticked** (count and colour repainted)", right),
                         ("station: wrong item refused (red banner, line unchanged)", wrong_ms)):
        print(f"| {name} | {statistics.median(values):.2f} ms | {percentile(values, 95):.2f} ms | "
              f"{statistics.median(values) / bare_median:.2f}x |")
    ok = statistics.median(right) < TARGET_MS
    print(f"target: median under {TARGET_MS:.0f} ms (budget {BUDGET_MS:.0f} ms): {'met' if ok else 'NOT met'}")
    tab.close()
    db.dispose()
    return 0 if statistics.median(right) < BUDGET_MS else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide6 may crash tearing down its objects at interpreter exit; the figures are out
