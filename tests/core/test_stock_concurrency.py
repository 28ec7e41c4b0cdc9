"""Two stations (two processes) writing movements to the same product on one database file at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from app.models import Product, StockDocument, StockMovement
from app.services.check import check_database
from app.services.products import ProductInput, create_product

ROOT = Path(__file__).resolve().parents[2]

WORKER = """
import sys, time
from decimal import Decimal
from pathlib import Path
from app.db import open_database
from app.services.stock import ReceiptLine, adjust_stock, receive_goods, write_off
db_path, pid, station, rounds = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
db = open_database(db_path)
Path(f"{db_path}.{station}.ready").touch()
while len(list(Path(db_path).parent.glob("*.ready"))) < 2:  # both stations start writing at the same moment
    time.sleep(0.001)
began = time.time()
for i in range(rounds):
    with db.session() as s:
        receive_goods(s, [ReceiptLine(pid, 3, Decimal("2.50"))], station, supplier="S", supplier_document=f"{station}-{i}")
    with db.session() as s:
        write_off(s, pid, 1, "damaged", station)
    with db.session() as s:
        adjust_stock(s, pid, -1, "recount", station)
print("done", began, time.time())
"""


def test_two_processes_lose_no_movement(db, db_path, session):
    pid = create_product(session, ProductInput(sku="HOT-1", name="Sells fast"), "anna", opening_stock=10)
    rounds = 60
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(db_path), str(pid), station, str(rounds)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for station in ("station-1", "station-2")]
    spans = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        word, began, ended = out.split()
        assert word == "done"
        spans.append((float(began), float(ended)))
    # Both were writing at the same time (SQLite's lock decides who writes when; it may let one run ahead).
    (b1, e1), (b2, e2) = spans
    assert b1 < e2 and b2 < e1, spans
    with db.session() as s:
        on_hand = s.scalar(select(Product.on_hand).where(Product.id == pid))
        count = s.scalar(select(func.count()).select_from(StockMovement).where(StockMovement.product_id == pid))
        by_station = dict(s.execute(select(StockMovement.who, func.count()).group_by(StockMovement.who)).all())
        numbers = s.scalars(select(StockDocument.number).where(StockDocument.kind == "PZ")).all()
    assert count == 1 + 2 * rounds * 3
    assert by_station["station-1"] == by_station["station-2"] == rounds * 3
    assert on_hand == 10 + 2 * rounds * (3 - 1 - 1)
    # Document numbers stay continuous across both stations.
    assert sorted(int(n.split()[1].split("/")[0]) for n in numbers) == list(range(1, 2 * rounds + 1))
    assert check_database(db) == []
