"""`zaplecze label ORDER --db DB --out FILE.pdf|FILE.zpl` run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys

from app.services.orders import editing as orders
from app.services.shipping import shipments as shipping
from app.services.shipping.data import ParcelInput, ShipmentInput


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], check=False, capture_output=True, text=True,
                          timeout=120)


def test_label_pdf_and_zpl_from_the_command_line(db, db_path, session, add_product, order_input, tmp_path):
    from pypdf import PdfReader

    oid = orders.create_order(session, order_input(add_product("MUG"), shipping_method="Kurier DPD"), who="t")
    number = orders.get_order(session, oid).number
    out = tmp_path / "label.pdf"
    done = run("label", number, "--db", str(db_path), "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["shipment_created"] is True and report["carrier"] == "DPD" and report["labels"] == 1
    page = PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 1)) == (283.46, 425.2)
    assert "Anna Kowalska" in page.extract_text() and number in page.extract_text()

    sid = shipping.shipment_id_for_order(session, oid)
    shipping.update_shipment(session, sid, ShipmentInput("dpd", parcels=(ParcelInput(tracking_number="0000777U"),
                                                                          ParcelInput(tracking_number="0000778U"))),
                             who="t")
    zpl = tmp_path / "label.zpl"
    done = run("label", number, "--db", str(db_path), "--out", str(zpl), "--dpi", "300")
    assert done.returncode == 0, done.stderr
    text = zpl.read_text(encoding="utf-8")
    assert text.count("^XA") == 2 and "^PW1181" in text and "^FD0000777U^FS" in text and "^FD0000778U^FS" in text
    assert "ul. Długa 5/3" in text


def test_label_errors_are_clear(db_path, tmp_path):
    missing = run("label", "Z404", "--db", str(db_path), "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "No order with the number 'Z404'" in missing.stderr
    wrong = run("label", "Z404", "--db", str(db_path), "--out", str(tmp_path / "x.png"))
    assert wrong.returncode == 2 and "written as .pdf or .zpl" in wrong.stderr  # wrong arguments: 2




def test_a_command_piped_into_head_ends_quietly(tmp_path):
    """`zaplecze ... | head -1` closes the pipe while the command still writes: no BrokenPipeError traceback."""
    import csv

    from tests.support.shop_files import make_csv

    export = tmp_path / "orders.csv"
    make_csv(export, 3000)
    rows = list(csv.reader(export.open(encoding="utf-8", newline="")))
    qty = rows[0].index("Lineitem quantity")
    for r in rows[1:]:
        r[qty] = "x"  # a refusal naming every row: a long JSON answer
    with export.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    shop = tmp_path / "shop.db"
    command = f"'{sys.executable}' -m app import orders '{export}' --db '{shop}' --json | head -1"
    piped = subprocess.run(command, shell=True, capture_output=True, text=True, check=False)
    assert piped.stdout == "{\n"
    assert "Traceback" not in piped.stderr and "BrokenPipe" not in piped.stderr, piped.stderr
