"""Fuzzing every importer: a valid file of each kind, broken the ways real files break, fed to the real import.

The only outcomes allowed (DESIGN: data is never lost and never silently changed):
- an import after which `zaplecze check` finds the shop clean, or
- a refusal, a DomainError with a clear message (FileRefused naming its rows where the fault is in a row),
  with the shop's content unchanged (compared by a logical dump, so a WAL checkpoint does not count).
Any other exception is a bug: it is what a user would see as a traceback.

Used by tests/core/importing/test_fuzz.py (a bounded number of examples in the normal run) and by
tools/fuzz_soak.py (as many as asked, with figures for docs/RELIABILITY.md).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from app.core.errors import DomainError, FileRefused

DATA = Path(__file__).resolve().parents[1] / "data" / "import"

NASTY_VALUES = (
    "1e30", "-1e400", "NaN", "Infinity", "9" * 25, "-" + "9" * 20, "1,2,3", "12,3,4", "0x1F", "1_000", "½",
    "0001-01-01 00:00:00 +0100", "9999-12-31 23:59:59 +1400", "2026-02-30", "31.12.1899", "",
    "=HYPERLINK(\"http://x\",\"klik\")", "+48 600", "@SUM(A1)", "-2+3", "'", "\"", "\"\"", "\u0000", "\ufeff",
    "zażółć gęślą jaźń", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\r\n", "a\nb", ";", "\t",
)


@dataclass(frozen=True)
class Target:
    """One importer: the rows of a valid file and how to import a file into a shop."""

    name: str
    header: list[str]
    rows: list[list[str]]
    run: Callable[[object, Path], object]  # (database, file) -> result; raises DomainError on refusal
    suffix: str = ".csv"


def _csv_rows(path: Path, encoding: str = "utf-8") -> tuple[list[str], list[list[str]]]:
    text = path.read_text(encoding=encoding)
    delimiter = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return rows[0], rows[1:]


def targets() -> list[Target]:
    from app.config import station_name
    from app.importers.mapped.orders import load_mapping
    from app.services.importing.orders import apply_orders_import
    from app.services.importing.products import import_products
    from app.services.shipping.tracking_import import import_tracking_csv
    from app.services.stock.stocktake import apply_stocktake

    who = station_name()
    mapping = load_mapping(DATA / "mapped_orders.mapping.json")
    shopify_header, shopify_rows = _csv_rows(DATA / "shopify_orders.csv")
    mapped_header, mapped_rows = _csv_rows(DATA / "mapped_orders.csv", "cp1250")
    products_header = ["Handle", "Title", "Option1 Name", "Option1 Value", "Variant SKU", "Variant Grams",
                       "Variant Inventory Qty", "Variant Price", "Variant Barcode", "Cost per item", "Status"]
    products_rows = [
        ["kubek", "Kubek", "Kolor", "Biały", "'1001", "350", "12", "39.99", "'5901234123457", "14.50", "active"],
        ["kubek", "", "", "Granatowy", "KUB-GRA", "350", "5", "39,99", "", "", ""],
        ["koszulka", "Koszulka", "Rozmiar", "M", "", "200", "3", "59.99", "96385074", "", "active"],
    ]
    return [
        Target("shopify orders", shopify_header, shopify_rows,
               lambda db, f: apply_orders_import(db.session(), f, "shopify")),
        Target("mapped orders (CSV)", mapped_header, mapped_rows,
               lambda db, f: apply_orders_import(db.session(), f, "mapped", mapping)),
        Target("mapped orders (XLSX)", mapped_header, mapped_rows,
               lambda db, f: apply_orders_import(db.session(), f, "mapped", mapping), ".xlsx"),
        Target("shopify products", products_header, products_rows,
               lambda db, f: import_products(db.session(), f, who, "shopify")),
        Target("products by headers", ["SKU", "Nazwa", "Cena brutto", "EAN", "Stan"],
               [["MUG-1", "Kubek", "19,90", "5901234123457", "4"], ["MUG-2", "Kubek duży", "24.90", "", "0"]],
               lambda db, f: _by_headers(db, f, who)),
        Target("stocktake sheet", ["SKU", "EAN", "Name", "Location", "Expected", "Counted"],
               [["DEMO-SKU", "", "Kubek", "A-01", "3", "4"]], lambda db, f: apply_stocktake(db.session(), f, who),
               ".xlsx"),
        Target("tracking numbers", ["Zamówienie", "Numer przesyłki"], [["Z000001", "620000000000000000000001"]],
               lambda db, f: import_tracking_csv(db.session(), f, who)),
    ]


def _by_headers(db: object, file: Path, who: str) -> object:
    """As the Stock tab and `zaplecze import products` take a file without a mapping: by its headers."""
    from app.services.importing.products import import_products, mapping_for

    mapping = mapping_for(file)
    return import_products(db.session(), file, who, "auto" if mapping is None else "mapped", mapping)


# --- how files break ---------------------------------------------------------------------------------------

@st.composite
def broken_rows(draw: st.DrawFn, target: Target) -> list[list[str]]:
    """The valid rows with some cells replaced by nasty values, huge cells or random text."""
    rows = [list(r) for r in target.rows]
    for _ in range(draw(st.integers(0, 4))):
        r = draw(st.integers(0, len(rows) - 1))
        c = draw(st.integers(0, max(len(rows[r]) - 1, 0)))
        kind = draw(st.sampled_from(("nasty", "text", "huge", "number")))
        if kind == "nasty":
            value = draw(st.sampled_from(NASTY_VALUES))
        elif kind == "text":
            value = draw(st.text(max_size=40))
        elif kind == "huge":
            value = "<p>" + "x" * draw(st.sampled_from((100_000, 1_100_000, 9_000_000))) + "</p>"
        else:
            value = str(draw(st.one_of(st.integers(-10**25, 10**25), st.floats(allow_nan=True))))
        if rows[r]:
            rows[r][c] = value
    if draw(st.booleans()):
        rows = rows[: draw(st.integers(0, len(rows)))]
    return rows


def _csv_bytes(header: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


@st.composite
def broken_file(draw: st.DrawFn, target: Target) -> bytes:
    """A whole file: the broken rows written in some encoding, maybe then cut, its quotes broken, or noise."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2000))  # random bytes
    rows = draw(broken_rows(target))
    if target.suffix == ".xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(target.header)
        for r in rows:
            sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) for v in r])  # what Excel itself cannot store
        out = io.BytesIO()
        book.save(out)
        data = out.getvalue()
        if draw(st.integers(0, 5)) == 0:
            # a cut workbook, at a fraction of its length: the workbook's bytes carry the time it was saved, so
            # a draw bounded by its length would differ when hypothesis replays the example
            data = data[: len(data) * draw(st.integers(0, 1000)) // 1000]
        return data
    text = _csv_bytes(target.header, rows, draw(st.sampled_from((",", ";", "\t"))))
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "cp1250", "utf-16", "bom+cp1250")))
    if encoding == "bom+cp1250":
        data = codecs.BOM_UTF8 + text.encode("cp1250", errors="replace")
    else:
        data = text.encode(encoding, errors="replace" if encoding == "cp1250" else "surrogatepass")
    damage = draw(st.sampled_from(("none", "none", "cut", "quote", "bytes")))
    if damage == "cut" and data:
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "quote" and data:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + b'"' + data[at:]
    elif damage == "bytes" and data:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=20)) + data[at:]
    return data


# --- the shop and the verdict --------------------------------------------------------------------------------

def make_template(folder: Path) -> Path:
    """A small shop with products, orders (one of them, Z000001, with a shipment) and a product DEMO-SKU."""
    from app.db import open_database
    from app.services.demo.shop import fill_demo

    path = folder / "fuzz-template.db"
    db = open_database(path, create=True)
    fill_demo(db, orders=40, seed=11)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE product SET sku = 'DEMO-SKU' WHERE id = (SELECT min(id) FROM product)")
    db.dispose()  # the last connection closes: SQLite checkpoints the WAL into the file
    return path


def content(path: Path) -> str:
    """The shop's content, independent of pages and the WAL (read through SQLite in this process: safe)."""
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def verdict(target: Target, data: bytes, template: Path, work: Path) -> str:
    """'imported' or 'refused'; raises AssertionError for any other outcome."""
    from app.db import open_database
    from app.services.shopfile.check import check_database

    shop = work / "shop.db"
    for extra in (shop, shop.with_name("shop.db-wal"), shop.with_name("shop.db-shm")):
        extra.unlink(missing_ok=True)
    shutil.copyfile(template, shop)
    file = work / f"input{target.suffix}"
    file.write_bytes(data)
    before = content(shop)
    db = open_database(shop)
    try:
        try:
            target.run(db, file)
        except DomainError as exc:
            assert str(exc).strip(), f"{target.name}: a refusal without a message"
            if isinstance(exc, FileRefused):
                assert exc.errors, f"{target.name}: FileRefused without a reason"
            assert content(shop) == before, f"{target.name}: refused, but the shop changed: {exc}"
            return "refused"
        faults = check_database(db)
        assert not faults, f"{target.name}: imported, but check finds: {faults[:5]}"
        return "imported"
    finally:
        db.dispose()
