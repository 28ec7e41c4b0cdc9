from __future__ import annotations

import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from app.core.errors import DomainError
from app.models import Order, PackClaim
from app.models.base import utcnow
from app.services.orders import lifecycle
from app.services.packing.claims import ClaimedElsewhere, claim, holder, release

ROOT = Path(__file__).resolve().parents[3]


def status(session, oid):
    with session.begin():
        return session.get(Order, oid).status


def test_first_claim_wins_and_moves_the_order_to_packing(session, add_product, ready_order):
    oid = ready_order((add_product("MUG-1"), 1))
    got = claim(session, oid, "S1", "anna")
    assert (got.station, got.who, got.order_id) == ("S1", "anna", oid)
    assert oid in got.changes.orders
    assert status(session, oid) == lifecycle.PACKING
    with pytest.raises(ClaimedElsewhere) as lost:
        claim(session, oid, "S2", "piotr")
    assert (lost.value.station, lost.value.who, lost.value.stale) == ("S1", "anna", False)
    assert "anna" in str(lost.value) and "S1" in str(lost.value)
    assert holder(session, oid)[:2] == ("S1", "anna")
    # The holder's own claim again is a refresh, not a loss.
    claim(session, oid, "S1", "anna")


def test_stale_or_explicit_take_over(session, add_product, ready_order):
    oid = ready_order((add_product("MUG-1"), 1))
    claim(session, oid, "S1", "anna", now=utcnow() - timedelta(minutes=20))
    got = claim(session, oid, "S2", "piotr")  # 20 minutes old: stale (15 by default)
    assert got.station == "S2"
    with pytest.raises(ClaimedElsewhere):
        claim(session, oid, "S1", "anna")
    assert claim(session, oid, "S1", "anna", take_over=True).station == "S1"
    session.close()
    with session.begin():
        rows = session.query(PackClaim).filter_by(order_id=oid).all()
        assert [(r.station, r.who) for r in rows] == [("S1", "anna")]


def test_release_gives_the_order_back(session, add_product, ready_order):
    oid = ready_order((add_product("MUG-1"), 1))
    claim(session, oid, "S1", "anna")
    release(session, oid, "S2", "piotr")  # not its claim: nothing happens
    assert status(session, oid) == lifecycle.PACKING
    release(session, oid, "S1", "anna")
    assert status(session, oid) == lifecycle.READY and holder(session, oid) is None
    assert claim(session, oid, "S2", "piotr").station == "S2"


def test_orders_not_ready_cannot_be_claimed(session, add_product, order_input):
    from app.services.orders.editing import create_order

    oid = create_order(session, order_input(add_product("MUG-1")), who="t")  # new, not verified
    with pytest.raises(DomainError, match="cannot be packed"):
        claim(session, oid, "S1", "anna")
    assert holder(session, oid) is None
    with pytest.raises(DomainError):
        claim(session, 999_999, "S1", "anna")


RACER = """
import sys, time
from pathlib import Path
from app.db import open_database
from app.services.packing.claims import ClaimedElsewhere, claim
path, station, go, ids = sys.argv[1], sys.argv[2], Path(sys.argv[3]), [int(i) for i in sys.argv[4].split(",")]
db = open_database(Path(path))
while not go.exists():
    time.sleep(0.001)
for oid in ids:
    s = db.session()
    try:
        claim(s, oid, station, station)
        print("won", oid, flush=True)
    except ClaimedElsewhere as e:
        print("lost", oid, e.station, flush=True)
    finally:
        s.close()
db.dispose()
"""


def test_two_processes_race_for_each_order_and_exactly_one_wins(db_path, session, add_product, ready_order, tmp_path):
    pid = add_product("MUG-1", on_hand=100)
    ids = [ready_order((pid, 1)) for _ in range(20)]
    session.close()
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", RACER, str(db_path), station, str(go), ",".join(map(str, ids))],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for station in ("S1", "S2")]
    time.sleep(1.0)  # both have opened the file and wait
    go.touch()
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        outs.append({int(w[1]): w for w in (line.split() for line in out.splitlines())})
    for oid in ids:
        a, b = outs[0][oid], outs[1][oid]
        assert sorted([a[0], b[0]]) == ["lost", "won"], (oid, a, b)
        winner = "S1" if a[0] == "won" else "S2"
        loser = b if a[0] == "won" else a
        assert loser[2] == winner  # the loser is told who has it
        assert holder(session, oid)[0] == winner
        assert status(session, oid) == lifecycle.PACKING
