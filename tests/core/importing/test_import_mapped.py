"""Mapped imports: any CSV/XLSX through a saved column mapping (JSON file or the database)."""

from __future__ import annotations

import csv
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core.errors import DomainError, FileRefused
from app.importers.detect import open_table
from app.importers.mapped.orders import FIELDS, Mapping, guess_mapping, load_mapping, save_mapping_json
from app.models import Order
from app.services.importing.orders import apply_orders_import, list_mappings, preview_orders_import, save_mapping
from app.services.shopfile.check import check_database

DATA = Path(__file__).resolve().parents[2] / "data" / "import"
CSV_FILE = DATA / "mapped_orders.csv"


@pytest.fixture
def mapping() -> Mapping:
    return load_mapping(DATA / "mapped_orders.mapping.json")


def orders(db, source="mapped:Sklep PL") -> dict[str, Order]:
    s = db.session()
    return {o.external_number: o for o in s.scalars(select(Order).where(Order.source == source))}


def test_semicolon_cp1250_file_with_a_json_mapping(db, add_product, mapping):
    kub = add_product("KUB-001", price="39.99")
    assert open_table(CSV_FILE).encoding == "cp1250"
    preview = preview_orders_import(db.session(), CSV_FILE, "auto", mapping)
    assert (preview.format, preview.source, preview.new, preview.lines, preview.errors) == (
        "mapped", "mapped:Sklep PL", 2, 3, ())
    assert [(w.row, w.column) for w in preview.warnings if "KOSZ-M" in w.message] == [(3, "Symbol")]
    apply_orders_import(db.session(), CSV_FILE, mapping=mapping)
    got = orders(db)
    a = got["A-501"]
    assert a.number == "A-501" and a.customer_name == "Zofia Mazur" and a.email == "zofia@example.pl"
    assert (a.payment_method, a.payment_status) == ("transfer", "paid")
    assert a.shipping_cost == Decimal("12.99") and a.total == Decimal("221.97")
    assert [(ln.sku, ln.product_id, ln.unit_price) for ln in a.lines] == [
        ("KUB-001", kub, Decimal("39.99")), ("KOSZ-M", None, Decimal("129.00"))]
    assert a.created_at == datetime.fromisoformat("2026-11-02 09:15:00+00:00")  # 10:15 in Warsaw
    b = got["A-502"]
    assert (b.payment_method, b.payment_status, b.lines[0].vat_rate) == ("cod", "unpaid", "8")
    assert b.shipping_address.city == "Kraków"
    assert check_database(db) == []


def test_xlsx_with_real_cell_types(db, tmp_path, mapping):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    rows = [list(r) for r in csv.reader(CSV_FILE.read_text(encoding="cp1250").splitlines(), delimiter=";")]
    sheet.append(rows[0])
    for r in rows[1:]:
        r[1] = datetime.strptime(r[1], "%d.%m.%Y %H:%M")  # a real date cell
        r[10] = int(r[10])  # quantity as a number
        r[11] = float(r[11].replace(",", "."))  # price as a number
        sheet.append(r)
    path = tmp_path / "orders.xlsx"
    book.save(path)
    result = apply_orders_import(db.session(), path, "mapped", mapping)
    assert result.preview.new == 2
    got = orders(db)
    assert got["A-501"].lines[0].unit_price == Decimal("39.99")
    assert got["A-502"].created_at == datetime.fromisoformat("2026-11-03 17:00:00+00:00")
    assert apply_orders_import(db.session(), path, "mapped", mapping).preview.unchanged == 2  # no duplicates


def test_mapped_column_missing_from_the_file_is_named(db, mapping):
    broken = Mapping(mapping.name, {**mapping.fields, "unit_price": "Cena netto"})
    preview = preview_orders_import(db.session(), CSV_FILE, "mapped", broken)
    assert preview.refused
    assert [(e.row, e.column) for e in preview.errors] == [(1, "Cena netto")]
    assert "Unit price (gross)" in preview.errors[0].message
    no_qty = Mapping("x", {k: v for k, v in mapping.fields.items() if k != "quantity"})
    assert "no column for 'Quantity'" in preview_orders_import(db.session(), CSV_FILE, "mapped", no_qty).summary()


def test_bad_vat_and_quantity_are_named_by_row_and_column(db, tmp_path, mapping):
    rows = list(csv.reader(CSV_FILE.read_text(encoding="cp1250").splitlines(), delimiter=";"))
    rows[2][12] = "22%"
    rows[3][10] = "-1"
    path = tmp_path / "bad.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    with pytest.raises(FileRefused) as exc:
        apply_orders_import(db.session(), path, "mapped", mapping)
    assert [(e.row, e.column) for e in exc.value.errors] == [(3, "Stawka VAT"), (4, "Ilość")]
    assert db.session().scalar(select(func.count()).select_from(Order)) == 0


def test_a_file_that_is_not_shopify_needs_a_mapping(db):
    with pytest.raises(FileRefused, match="choose a column mapping"):
        preview_orders_import(db.session(), CSV_FILE)


def test_mappings_saved_by_name_in_the_database_and_as_json(db, tmp_path, mapping):
    save_mapping(db.session(), mapping)
    save_mapping(db.session(), Mapping("Allegro", {"order_number": "Id"}))
    save_mapping(db.session(), Mapping("Sklep PL", {**mapping.fields, "currency": "Waluta"}))  # replaces
    saved = list_mappings(db.session())
    assert [m.name for m in saved] == ["Allegro", "Sklep PL"]
    assert saved[1].fields["currency"] == "Waluta" and saved[1].fields["quantity"] == "Ilość"
    with pytest.raises(DomainError):
        save_mapping(db.session(), Mapping("  ", {}))
    save_mapping_json(saved[1], tmp_path / "m.json")
    assert load_mapping(tmp_path / "m.json") == saved[1]
    (tmp_path / "bare.json").write_text('{"order_number": "Nr"}', encoding="utf-8")
    assert load_mapping(tmp_path / "bare.json") == Mapping("bare", {"order_number": "Nr"})


def test_guess_mapping_knows_polish_and_english_headers():
    header = open_table(CSV_FILE).header
    guess = guess_mapping(header)
    assert guess["order_number"] == "Nr zamówienia" and guess["quantity"] == "Ilość"
    assert guess["unit_price"] == "Cena brutto" and guess["postal_code"] == "Kod"
    assert guess["payment_status"] == "Status płatności"
    assert set(guess) <= set(FIELDS)
    assert len(set(guess.values())) == len(guess)  # each column used once
