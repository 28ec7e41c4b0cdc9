"""Two stations (two processes) writing movements to the same product on one database file at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from app.models import Product, StockDocument, StockMovement
from app.services.catalogue.products import ProductInput, create_product
from app.services.shopfile.check import check_database

ROOT = Path(__file__).resolve().parents[3]

WORKER = """
import sys, time
from decimal import Decimal
from pathlib import Path
from app.db import open_database
from app.services.stock.ledger import ReceiptLine, adjust_stock, receive_goods, write_off
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
    pid = create_product(session, ProductInput(sku="HOT-1", name="Sells fast"), "anna", opening_stock=10).product_id
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


RESERVER = """
import sys, time
from pathlib import Path
from app.db import open_database
from app.core.errors import DomainError
from app.services.orders.verification import verify_orders
db_path, order_ids, station = sys.argv[1], [int(x) for x in sys.argv[2].split(",")], sys.argv[3]
db = open_database(db_path)
Path(f"{db_path}.{station}.go").touch()
while len(list(Path(db_path).parent.glob("*.go"))) < 2:
    time.sleep(0.001)
ok = refused = 0
for oid in order_ids:
    try:
        with db.session() as s:
            problems = verify_orders(s, [oid], station)[oid]
        ok += not problems
        refused += bool(problems)
    except DomainError:
        refused += 1
print(ok, refused)
"""


def test_two_stations_verifying_orders_for_the_last_units_never_oversell(db, db_path, session, order_input):
    """Each station verifies its own orders for a product with 10 units: exactly 10 get reserved, whatever
    the interleaving, and the others are refused cleanly (no lock error, no negative available)."""
    from app.services.orders.editing import create_order

    pid = create_product(session, ProductInput(sku="LAST-1", name="Last units"), "anna", opening_stock=10).product_id
    ids = [create_order(session, order_input(pid, quantity=1, email=f"b{i}@example.pl",
                                             customer_name=f"Buyer {i}"), "anna") for i in range(24)]
    halves = (ids[0::2], ids[1::2])
    procs = [subprocess.Popen([sys.executable, "-c", RESERVER, str(db_path), ",".join(map(str, half)), station],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for half, station in zip(halves, ("station-1", "station-2"), strict=True)]
    ok = refused = 0
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        a, b = map(int, out.split())
        ok, refused = ok + a, refused + b
    assert (ok, refused) == (10, 14)
    with db.session() as s:
        product = s.get(Product, pid)
        assert (product.on_hand, product.reserved) == (10, 10)
    assert check_database(db) == []
