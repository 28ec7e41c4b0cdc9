"""Issue 12 in the stock services: one rounding rule for days of cover, the sheets a person reads in their
language (the stock export, the stocktake count sheet) and an English or a Polish count sheet read back alike."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import openpyxl
from sqlalchemy import bindparam, text

from app.models.base import UTCDateTime, utcnow
from app.services.catalogue.products import ProductInput, create_product
from app.services.orders import lifecycle
from app.services.orders.editing import change_status, create_order
from app.services.orders.verification import verify_orders
from app.services.stock.export import default_file_name, export_stock
from app.services.stock.listing import stock_page, whole_days
from app.services.stock.reorder import reorder_suggestions
from app.services.stock.stocktake import export_count_sheet, preview_stocktake


def test_whole_days_rounds_down_one_way():
    assert [whole_days(x) for x in (None, 0.0, 0.4, 1.0, 67.5, 67.99, 68.0)] == [None, 0, 0, 1, 67, 67, 68]


def test_list_and_reorder_give_the_same_whole_days_of_cover(session, add_product, order_input):
    """67.5 days of stock: the Stock list said 67 (cut) and the reorder dialog 68 (rounded); both 67 now."""
    pid = add_product("MUG", on_hand=70)
    oid = create_order(session, order_input(pid, quantity=40), "t")
    assert verify_orders(session, [oid], "t")[oid] == []
    change_status(session, [oid], lifecycle.PACKED, "t")
    change_status(session, [oid], lifecycle.SHIPPED, "t")
    with session.begin():  # sold 60 days ago: 40 in 90 days, 30 left, 67.5 days of cover
        session.execute(text("UPDATE stock_movement SET at = :at WHERE reason = 'issue'").bindparams(
            bindparam("at", type_=UTCDateTime())), {"at": utcnow() - timedelta(days=60)})
    row = stock_page(session, search="MUG")[0]
    suggestion = next(r for r in reorder_suggestions(session, everything=True) if r.sku == "MUG")
    assert row.days_of_cover == suggestion.days_of_cover
    assert whole_days(row.days_of_cover) == whole_days(suggestion.days_of_cover) == 67


def _product(session, sku, stock):
    return create_product(session, ProductInput(sku=sku, name=f"Produkt {sku}", gross_price=Decimal("10.00"),
                                                location="A-1"), "t", opening_stock=stock).product_id


def test_stock_export_in_polish_and_in_english(session, tmp_path):
    _product(session, "MUG", 4)
    create_product(session, ProductInput(sku="TEA", name="Herbata", gross_price=Decimal("9.00"), category="Herbata"),
                   "t", opening_stock=1)
    assert export_stock(session, tmp_path / "pl.xlsx", lang="pl") == 2
    sheet = openpyxl.load_workbook(tmp_path / "pl.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.title == "Stany magazynowe"
    assert rows[0][:9] == ("SKU", "EAN", "Nazwa", "Grupa", "Lokalizacja", "Dostawca", "Na stanie", "Zarezerwowane",
                           "Dostępne")
    assert rows[0][-2:] == ("Aktywny", "Kategoria")
    assert (rows[1][0], rows[1][-2], rows[1][-1]) == ("MUG", "tak", None)  # no category: an empty cell
    assert (rows[2][0], rows[2][-2], rows[2][-1]) == ("TEA", "tak", "Herbata")
    export_stock(session, tmp_path / "en.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "en.xlsx").active
    assert sheet.title == "Stock" and next(sheet.iter_rows(values_only=True))[2] == "Name"
    assert default_file_name("pl", date(2026, 3, 1)) == "stany-magazynowe-2026-03-01.xlsx"
    assert default_file_name("en", date(2026, 3, 1)) == "stock-2026-03-01.xlsx"


def test_a_polish_count_sheet_and_an_old_english_one_are_both_read_back(session, tmp_path):
    _product(session, "MUG", 4)
    _product(session, "TEA", 2)
    for lang, counted in (("pl", "Policzone"), ("en", "Counted")):
        path = tmp_path / f"count-{lang}.xlsx"
        assert export_count_sheet(session, path, lang=lang) == 2
        book = openpyxl.load_workbook(path)
        sheet = book.active
        header = [c.value for c in sheet[1]]
        assert header[-1] == counted and sheet.title == ("Inwentaryzacja" if lang == "pl" else "Stocktake")
        sheet.cell(2, 6, 5)  # MUG counted 5 (4 on hand)
        book.save(path)
        preview = preview_stocktake(session, path)
        assert (preview.counted, preview.not_counted) == (1, 1)
        assert [(d.sku, d.difference) for d in preview.differences] == [("MUG", 1)]
