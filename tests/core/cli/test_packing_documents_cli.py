"""`zaplecze picklist ORDER... --db DB --out FILE.pdf` and `zaplecze packing-slip ORDER ...` run as real processes."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

from app.services.orders import editing as orders
from tests.support.pdftools import decode_barcodes, pdf_pages


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], check=False, capture_output=True, text=True,
                          timeout=120)


def test_picklist_and_packing_slip_from_the_command_line(db, db_path, session, add_product, order_input, tmp_path):
    mug = add_product("MUG", "Kubek żółty")
    numbers = [orders.get_order(session, orders.create_order(session, order_input(mug, quantity=q,
                                                                                  customer_note="Zadzwonić"),
                                                             who="t")).number for q in (1, 2)]
    db.dispose()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()

    out = tmp_path / "docs" / "pick.pdf"
    done = run("picklist", *numbers, "--db", str(db_path), "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"out": str(out), "orders": numbers, "products": 1, "units": 3}
    text = "\n".join(p[2] for p in pdf_pages(out.read_bytes()))
    assert "Lista kompletacyjna" in text and "Kubek żółty" in text
    assert sorted(c for page in decode_barcodes(out, tmp_path) for c in page) == numbers

    slip = tmp_path / "slip.pdf"
    done = run("packing-slip", numbers[1], "--db", str(db_path), "--out", str(slip), "--size", "a6")
    assert done.returncode == 0, done.stderr
    assert numbers[1] in done.stdout and "units: 2" in done.stdout
    [(w, h, text)] = pdf_pages(slip.read_bytes())
    assert (round(w, 1), round(h, 1)) == (297.6, 419.5)  # A6
    assert "Lista pakunkowa" in text and "Zadzwonić" in text
    assert decode_barcodes(slip, tmp_path) == [[numbers[1]]]

    polish = run("--lang", "pl", "packing-slip", numbers[0], "--db", str(db_path), "--out", str(slip),
                 "--lang", "en")
    assert polish.returncode == 0, polish.stderr
    assert "Packing slip" in pdf_pages(slip.read_bytes())[0][2]
    assert f"lista pakunkowa zamówienia {numbers[0]}; sztuk: 1" in polish.stdout, polish.stdout  # the CLI speaks Polish
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before  # read-only: the shop file is unchanged


def test_exit_codes(db, db_path, session, add_product, order_input, tmp_path):
    number = orders.get_order(session, orders.create_order(session, order_input(add_product("MUG")), who="t")).number
    db.dispose()
    missing = run("packing-slip", "Z404", "--db", str(db_path), "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "No order with the number 'Z404'" in missing.stderr
    some = run("picklist", number, "Z404", "Z405", "--db", str(db_path), "--out", str(tmp_path / "x.pdf"))
    assert some.returncode == 1 and "Z404, Z405" in some.stderr
    orders.change_status(session, [orders.find_order_id(session, number)], "cancelled", who="t")
    refused = run("picklist", number, "--db", str(db_path), "--out", str(tmp_path / "x.pdf"))
    assert refused.returncode == 1 and "Nothing to pick" in refused.stderr
    wrong = run("picklist", number, "--db", str(db_path), "--out", str(tmp_path / "x.png"))
    assert wrong.returncode == 2 and "written as .pdf" in wrong.stderr
    size = run("packing-slip", number, "--db", str(db_path), "--out", str(tmp_path / "x.pdf"), "--size", "a5")
    assert size.returncode == 2
    none = run("picklist", "--db", str(db_path), "--out", str(tmp_path / "x.pdf"))
    assert none.returncode == 2
    nowhere = run("picklist", number, "--db", str(tmp_path / "no-such-shop.db"), "--out", str(tmp_path / "x.pdf"))
    assert nowhere.returncode == 1 and not (tmp_path / "no-such-shop.db").exists()
    assert not (tmp_path / "x.pdf").exists()
