"""Reorder suggestions and order sheets, the stocktake round trip, and the stock export, read back with openpyxl."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest

from app.core.errors import FileRefused
from app.services.catalogue.products import ProductInput, create_product, get_product
from app.services.orders import lifecycle
from app.services.orders.editing import change_status, create_order
from app.services.orders.verification import verify_orders
from app.services.shopfile.check import check_database
from app.services.stock.export import export_stock
from app.services.stock.history import movements
from app.services.stock.reorder import reorder_suggestions, suggest_quantity, write_order_sheets
from app.services.stock.stocktake import apply_stocktake, export_count_sheet, preview_stocktake


def _product(session, sku, stock, **kw):
    return create_product(session, ProductInput(sku=sku, name=f"Produkt {sku}", gross_price=Decimal("10.00"), **kw),
                          "anna", opening_stock=stock).product_id


def _ship(session, order_input, pid, qty, email):
    oid = create_order(session, order_input(pid, quantity=qty, email=email), "anna")
    assert verify_orders(session, [oid], "anna")[oid] == []
    change_status(session, [oid], lifecycle.PACKED, "anna")
    change_status(session, [oid], lifecycle.SHIPPED, "anna")


def test_suggested_quantity_rule():
    # 2 a day for 7 days of lead time on top of a reorder point of 5: target 19.
    assert suggest_quantity(available=4, reorder_point=5, reorder_qty=0, lead_time_days=7, per_day=2.0) == 15
    assert suggest_quantity(available=4, reorder_point=5, reorder_qty=24, lead_time_days=7, per_day=2.0) == 24
    assert suggest_quantity(available=20, reorder_point=5, reorder_qty=0, lead_time_days=7, per_day=2.0) == 0
    assert suggest_quantity(available=0, reorder_point=0, reorder_qty=10, lead_time_days=7, per_day=0.0) == 10


def test_reorder_from_shipped_sales_and_order_sheet_per_supplier(session, db, order_input, tmp_path):
    mug = _product(session, "MUG", 40, supplier="Ceramika", reorder_point=5, reorder_qty=12, lead_time_days=10,
                   purchase_price=Decimal("12.50"))
    _product(session, "TEA", 3, supplier="Herbaciarnia", reorder_point=4, lead_time_days=7)
    _product(session, "BOOK", 50, supplier="Ceramika", reorder_point=2)
    for i in range(6):  # 30 mugs shipped in the last 30 days: 1 a day
        _ship(session, order_input, mug, 5, f"buyer{i}@example.pl")
    rows = {r.sku: r for r in reorder_suggestions(session)}
    assert set(rows) == {"MUG", "TEA"}  # BOOK has plenty and sells nothing
    m = rows["MUG"]
    assert (m.available, m.sold_30, m.sold_90) == (10, 30, 30) and m.per_day == pytest.approx(1.0)
    assert m.days_of_cover == pytest.approx(10.0)
    assert m.suggested == 12  # target 5 + 1 x 10 = 15, need 5, rounded up to the reorder quantity 12
    assert rows["TEA"].suggested == 1 and rows["TEA"].days_of_cover is None
    files = write_order_sheets(list(rows.values()), tmp_path)
    assert sorted(f.name.split("-")[1] for f in files) == ["Ceramika", "Herbaciarnia"]
    sheet = openpyxl.load_workbook(next(f for f in files if "Ceramika" in f.name)).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("SKU", "EAN", "Name", "Quantity", "Purchase price", "Value")
    assert values[1][0] == "MUG" and values[1][3] == 12 and float(values[1][5]) == 150.0
    assert check_database(db) == []


def test_stocktake_round_trip(session, db, tmp_path):
    a = _product(session, "A-1", 10, location="A-01")
    _product(session, "B-1", 5, location="B-01")
    c = _product(session, "C-1", 7, location="A-02")
    sheet_path = tmp_path / "count.xlsx"
    assert export_count_sheet(session, sheet_path) == 3
    book = openpyxl.load_workbook(sheet_path)
    sheet = book.active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("SKU", "EAN", "Name", "Location", "Expected", "Counted")
    assert [r[0] for r in rows[1:]] == ["A-1", "C-1", "B-1"]  # shelf order
    assert all(r[5] is None for r in rows[1:])
    sheet["F2"] = 8  # two missing
    sheet["F3"] = 7  # C-1: right
    # B-1 left empty: not counted, not zero
    book.save(sheet_path)
    preview = preview_stocktake(session, sheet_path)
    assert (preview.counted, preview.not_counted) == (2, 1)
    assert [(d.sku, d.on_hand, d.counted, d.difference) for d in preview.differences] == [("A-1", 10, 8, -2)]
    posted = apply_stocktake(session, sheet_path, "anna")
    assert posted.number.startswith("INW 1/")
    assert get_product(session, a).on_hand == 8 and get_product(session, c).on_hand == 7
    assert movements(session, a)[0].reason == "stocktake"
    assert apply_stocktake(session, sheet_path, "anna") is None  # applied twice: nothing more to correct
    assert check_database(db) == []


def test_counted_sheet_errors_name_row_and_column(session, tmp_path):
    _product(session, "A-1", 10)
    path = tmp_path / "count.xlsx"
    export_count_sheet(session, path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    sheet["F2"] = "osiem"
    sheet.append(["NOPE", "", "", "", 0, 3])
    sheet.append(["A-1", "", "", "", 0, 2])
    book.save(path)
    with pytest.raises(FileRefused) as exc:
        preview_stocktake(session, path)
    text = str(exc.value)
    assert "row 2, column 'Counted': 'osiem' is not a whole number" in text
    assert "row 3, column 'SKU': no product with SKU NOPE" in text
    assert get_product(session, 1).on_hand == 10


def test_export_stock_xlsx(session, tmp_path):
    _product(session, "A-1", 10, purchase_price=Decimal("2.50"), location="A-01")
    _product(session, "B-1", 0)
    out = tmp_path / "stock.xlsx"
    assert export_stock(session, out) == 2
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:9] == ("SKU", "EAN", "Name", "Group", "Location", "Supplier", "On hand", "Reserved", "Available")
    assert rows[1][0] == "A-1" and rows[1][6] == 10 and float(rows[1][13]) == 25.0


def test_export_stock_command(session, db_path, tmp_path):
    import subprocess
    import sys

    _product(session, "A-1", 4, location="A-01")
    out = tmp_path / "stan.xlsx"
    done = subprocess.run([sys.executable, "-m", "app", "export", "stock", "--db", str(db_path), "--out", str(out)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Stock exported to {out} (rows: 1).\n"
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][:1] == ("A-1",) and rows[1][6] == 4


def test_texts_starting_with_equals_stay_texts_in_every_sheet(session, tmp_path):
    """openpyxl writes '=...' as a formula: Excel then calls the file corrupt and a count sheet read back loses
    the SKU. Names and SKUs go out as text in the count sheet, the stock export and the order sheets."""
    pid = create_product(session, ProductInput(sku="=PROMO", name="=== Promocja ===", gross_price=Decimal("10.00"),
                                               supplier="Ceramika", reorder_point=10), "anna",
                         opening_stock=5).product_id
    count_sheet = tmp_path / "count.xlsx"
    export_count_sheet(session, count_sheet)
    export_stock(session, tmp_path / "stock.xlsx")
    [order_sheet] = write_order_sheets(reorder_suggestions(session), tmp_path)
    for path in (count_sheet, tmp_path / "stock.xlsx", order_sheet):
        row = openpyxl.load_workbook(path).active[2]
        assert (row[0].value, row[2].value) == ("=PROMO", "=== Promocja ===")
        assert {row[0].data_type, row[2].data_type} == {"s"}, path.name
    book = openpyxl.load_workbook(count_sheet)
    book.active.cell(2, 6, 3)
    book.save(count_sheet)
    preview = preview_stocktake(session, count_sheet)
    assert [(d.product_id, d.difference) for d in preview.differences] == [(pid, -2)]


def test_counted_sheet_errors_come_in_sheet_order(session, tmp_path):
    _product(session, "A-1", 10)
    path = tmp_path / "count.xlsx"
    export_count_sheet(session, path)
    book = openpyxl.load_workbook(path)
    book.active.append(["NOPE", "", "", "", 0, 3])
    book.active.append(["A-2", "", "", "", 0, "x"])
    book.save(path)
    with pytest.raises(FileRefused) as exc:
        preview_stocktake(session, path)
    assert [e.row for e in exc.value.errors] == [3, 4]


def test_prices_and_values_show_two_decimals_in_the_sheets(session, tmp_path):
    _product(session, "MUG", 3, supplier="Ceramika", reorder_point=5, purchase_price=Decimal("12.50"))
    export_stock(session, tmp_path / "stock.xlsx")
    row = openpyxl.load_workbook(tmp_path / "stock.xlsx").active[2]
    assert [(row[i].value, row[i].number_format) for i in (10, 12, 13)] == [
        (10, "#,##0.00"), (12.5, "#,##0.00"), (37.5, "#,##0.00")]
    [sheet] = write_order_sheets(reorder_suggestions(session), tmp_path)
    rows = list(openpyxl.load_workbook(sheet).active.iter_rows())
    assert [c.number_format for c in rows[1][4:6]] == ["#,##0.00"] * 2 and rows[-1][5].number_format == "#,##0.00"
