"""Products import on real-shaped Shopify products exports and mapped files, with the bad inputs of DESIGN.md."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from app.core.errors import FileRefused
from app.models import ImportBatch, Product, StockMovement
from app.services.importing.products import import_products, preview_products
from app.services.shopfile.check import check_database

# The column set of a 2024 export with translated metafields, per-market prices and unit-price columns.
HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name", "Option2 Value", "Option2 Linked To",
    "Option3 Name", "Option3 Value", "Option3 Linked To", "Variant SKU", "Variant Grams",
    "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service",
    "Variant Price", "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable", "Variant Barcode",
    "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title", "SEO Description",
    "Kolor (product.metafields.shopify.color-pattern)", "Materiał (product.metafields.shopify.material)",
    "Variant Image", "Variant Weight Unit", "Variant Tax Code", "Cost per item", "Included / Polska",
    "Price / Polska", "Compare At Price / Polska", "Included / International", "Price / International",
    "Unit Price Total Measure", "Unit Price Total Measure Unit", "Status",
]


def row(**values: str) -> list[str]:
    names = {h.lower().replace(" / ", "_").replace(" ", "_").replace("(", "").replace(")", ""): h for h in HEADER}
    out = dict.fromkeys(HEADER, "")
    for key, value in values.items():
        out[names[key]] = value
    return [out[h] for h in HEADER]


def shop_rows() -> list[list[str]]:
    body = "<p>Kubek z gliny.\nMyć ręcznie.</p>"
    return [
        row(handle="kubek-zakopane", title="Kubek Zakopane", body_html=body, vendor="Ceramika Bolesławiec",
            option1_name="Kolor", option1_value="Biały", variant_sku="'1001", variant_grams="350.0",
            variant_inventory_qty="12", variant_price="39.99", variant_barcode="'5901234123457",
            cost_per_item="14.50", price_polska="41.99", image_src="https://cdn.shopify.com/a.jpg",
            image_position="1", status="active"),
        row(handle="kubek-zakopane", option1_value="Granatowy", variant_sku="KUB-GRA", variant_grams="350",
            variant_inventory_qty="5", variant_price="39.99", variant_barcode="5901234123458",  # wrong check digit
            image_src="https://cdn.shopify.com/b.jpg", image_position="2"),
        row(handle="kubek-zakopane", image_src="https://cdn.shopify.com/c.jpg", image_position="3"),
        row(handle="karta-podarunkowa", title="Karta podarunkowa", gift_card="true", option1_name="Title",
            option1_value="Default Title", variant_price="100.00", status="active"),
        row(handle="koszulka", title="Koszulka", vendor="Szwalnia Łódź", option1_name="Rozmiar", option1_value="M",
            option2_name="Kolor", option2_value="Czarna", variant_sku="KOSZ-M", variant_inventory_qty="3",
            variant_price="59.99", variant_barcode="96385074", status="archived"),
        row(handle="koszulka", option1_value="L", option2_value="Czarna", variant_sku="KOSZ-M",
            variant_inventory_qty="4", variant_price="59.99"),  # the same SKU on two variants
        row(handle="herbata", title="Herbata Assam", option1_name="Title", option1_value="Default Title",
            variant_sku="HERB-1", variant_price="24.90", variant_barcode="59012341234", status="draft"),  # 11 digits: no GTIN
    ]


def write_csv(path, rows, *, encoding="utf-8-sig", delimiter=",", header=HEADER):
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def products(session):
    with session.begin():
        return {p.sku: (p.name, p.ean, p.gross_price, p.on_hand, p.group_name, p.active, p.supplier, p.purchase_price,
                        p.weight_g) for p in session.scalars(select(Product))}


def test_shopify_export_preview_says_each_decision_then_imports(tmp_path, session, db):
    path = write_csv(tmp_path / "products_export_1.csv", shop_rows())
    preview = preview_products(session, path)
    assert (preview.format, preview.new, preview.updated, preview.unchanged) == ("shopify", 4, 0, 0)
    assert preview.opening_stock_units == 12 + 5 + 3
    text = "\n".join(preview.warnings)
    assert "row 3, column 'Variant Barcode'" in text and "5901234123458" in text and "check digit" in text
    assert "row 5" in text and "gift card" in text
    assert "row 7, column 'SKU': SKU KOSZ-M is also on row 6" in text
    assert "row 8" in text and "59012341234" in text and "11 digits" in text
    assert any("VAT" in n for n in preview.notes)

    result = import_products(session, path, "anna")
    assert (result.new, result.updated) == (4, 0) and result.opening_document.startswith("KOR ")
    got = products(session)
    assert got["1001"] == ("Kubek Zakopane / Biały", "5901234123457", Decimal("39.99"), 12, "Kubek Zakopane", True,
                           "Ceramika Bolesławiec", Decimal("14.50"), 350)
    assert got["KUB-GRA"][1] is None and got["KUB-GRA"][3] == 5  # bad barcode left out, never corrected
    assert got["KOSZ-M"][:2] == ("Koszulka / M / Czarna", "96385074") and got["KOSZ-M"][3] == 3
    assert got["KOSZ-M"][5] is False  # archived in Shopify
    assert got["HERB-1"][0] == "Herbata Assam" and got["HERB-1"][1] is None
    assert check_database(db) == []


def test_duplicate_import_changes_nothing_and_says_so(tmp_path, session, db):
    path = write_csv(tmp_path / "products.csv", shop_rows())
    import_products(session, path, "anna")
    with session.begin():
        movements_before = session.scalar(select(func.count()).select_from(StockMovement))
    preview = preview_products(session, path)
    assert preview.already_imported_at is not None
    assert (preview.new, preview.updated, preview.unchanged) == (0, 0, 4)
    again = import_products(session, path, "anna")
    assert (again.new, again.updated, again.unchanged, again.opening_document) == (0, 0, 4, "")
    with session.begin():
        assert session.scalar(select(func.count()).select_from(StockMovement)) == movements_before
        assert session.scalar(select(func.count()).select_from(ImportBatch).where(ImportBatch.kind == "products")) == 2
    # A price changed in the shop: only that product is updated, its stock stays ours.
    rows = shop_rows()
    rows[0][HEADER.index("Variant Price")] = "44.99"
    rows[0][HEADER.index("Variant Inventory Qty")] = "999"
    changed = import_products(session, write_csv(tmp_path / "products2.csv", rows), "anna")
    assert (changed.new, changed.updated, changed.unchanged) == (0, 1, 3)
    assert products(session)["1001"][2:4] == (Decimal("44.99"), 12)
    assert check_database(db) == []


def test_windows_1250_semicolons_and_decimal_comma(tmp_path, session):
    rows = shop_rows()
    rows[0][HEADER.index("Variant Price")] = "39,99"
    rows[0][HEADER.index("Cost per item")] = "1 014,50"
    path = write_csv(tmp_path / "eksport.csv", rows, encoding="cp1250", delimiter=";")
    preview = preview_products(session, path)
    assert (preview.encoding, preview.delimiter) == ("cp1250", ";")
    import_products(session, path, "anna")
    got = products(session)["1001"]
    assert got[0] == "Kubek Zakopane / Biały" and got[6] == "Ceramika Bolesławiec"
    assert got[2] == Decimal("39.99") and got[7] == Decimal("1014.50")


def test_missing_column_refuses_the_file_naming_it(tmp_path, session):
    header = [h for h in HEADER if h != "Variant SKU"]
    rows = [[v for h, v in zip(HEADER, r) if h != "Variant SKU"] for r in shop_rows()]
    path = write_csv(tmp_path / "old.csv", rows, header=header)
    with pytest.raises(FileRefused) as exc:
        preview_products(session, path)
    assert "column 'Variant SKU'" in str(exc.value) and "old.csv" in str(exc.value)


def test_bad_numbers_refuse_everything_naming_row_and_column(tmp_path, session, db):
    rows = shop_rows()
    rows[1][HEADER.index("Variant Price")] = "39.99 zł brutto"
    rows[4][HEADER.index("Variant Inventory Qty")] = "3.5"
    path = write_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(FileRefused) as exc:
        import_products(session, path, "anna")
    message = str(exc.value)
    assert "row 3, column 'Variant Price'" in message and "row 6, column 'Variant Inventory Qty'" in message
    assert "nothing was imported" in message
    assert products(session) == {}


def test_mapped_xlsx_through_the_command_line(tmp_path, db_path, session):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Symbol", "Nazwa", "Cena brutto", "Kod kreskowy", "Stawka VAT", "Lokalizacja", "Stan"])
    sheet.append(["MIOD-400", "Miód wielokwiatowy 400 g", 29.0, "5901234123457", "5%", "B-02-1", 7])
    sheet.append(["MIOD-900", "Miód wielokwiatowy 900 g", "54,00", "", "5", "B-02-2", None])
    path = tmp_path / "cennik.xlsx"
    book.save(path)
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"name": "cennik", "fields": {
        "sku": "Symbol", "name": "Nazwa", "gross_price": "Cena brutto", "ean": "Kod kreskowy",
        "vat_rate": "Stawka VAT", "location": "Lokalizacja", "stock": "Stan"}}), encoding="utf-8")
    run = [sys.executable, "-m", "app", "import", "products", str(path), "--db", str(db_path), "--mapping",
           str(mapping), "--json"]
    done = subprocess.run(run, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["preview"]["new"] == 2 and out["result"]["new"] == 2
    with session.begin():
        honey = session.scalar(select(Product).where(Product.sku == "MIOD-400"))
        assert (honey.vat_rate, honey.location, honey.on_hand, honey.ean) == ("5", "B-02-1", 7, "5901234123457")
    # A bad VAT rate refuses the file, exit code 1, errors by row and column.
    sheet.append(["MIOD-1", "Miód", "10", "", "7%", "", 1])
    book.save(path)
    bad = subprocess.run(run, capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    errors = json.loads(bad.stdout)["errors"]
    assert errors == [{"row": 4, "column": "Stawka VAT", "message": "'7%' is not a VAT rate (23, 8, 5, 0, zw)"}]


def test_command_line_reads_a_files_own_headers_without_a_mapping(tmp_path, db_path, session):
    path = tmp_path / "cennik.csv"
    path.write_bytes("Symbol;Nazwa;Cena brutto;Kod kreskowy;Stan\r\nMIOD-400;Miód 400 g;29,00;5901234123457;7\r\n"
                     .encode("cp1250"))
    run = [sys.executable, "-m", "app", "import", "products", str(path), "--db", str(db_path), "--json"]
    done = subprocess.run(run, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    with session.begin():
        honey = session.scalar(select(Product).where(Product.sku == "MIOD-400"))
        assert (honey.name, honey.gross_price, honey.on_hand) == ("Miód 400 g", Decimal("29.00"), 7)
    path.write_text("Kod;Opis\r\nA;B\r\n", encoding="utf-8")
    bad = subprocess.run(run, capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    [error] = json.loads(bad.stdout)["errors"]
    assert "no column is recognised for: SKU, Product name, Gross price" in error["message"]


def catalogue_without_skus() -> list[list[str]]:
    """Real catalogues: most variants have no SKU at all (one had 1,445 of 1,477)."""
    rows = []
    for n in range(40):
        handle = f"kubek-ceramiczny-{n}"
        for i, colour in enumerate(("Biały", "Zielony", "Żółty")):
            rows.append(row(handle=handle, title=f"Kubek ceramiczny {n}" if i == 0 else "",
                            option1_name="Kolor" if i == 0 else "", option1_value=colour,
                            variant_price="29.90", variant_inventory_qty="2", status="active" if i == 0 else ""))
    rows.append(row(handle="herbata-mieta", title="Herbata miętowa", option1_name="Title",
                    option1_value="Default Title", variant_price="12.00"))
    rows.append(row(handle="karta", title="Karta podarunkowa", gift_card="true", option1_name="Title",
                    option1_value="Default Title", variant_price="100.00"))
    return rows


def test_variants_without_an_sku_come_in_with_a_generated_one_stable_on_reimport(tmp_path, session, db):
    path = write_csv(tmp_path / "products_export.csv", catalogue_without_skus())
    preview = preview_products(session, path)
    assert preview.new == 121  # 40 x 3 colours and the tea; only the gift card stays out
    assert any("121 variant(s) without an SKU" in n and "KUBEK-CERAMICZNY-0-BIALY" in n for n in preview.notes)
    assert "gift card" in "\n".join(preview.warnings)
    import_products(session, path, "anna")
    with session.begin():
        made = {p.sku: (p.name, p.sku_generated, p.on_hand) for p in session.scalars(select(Product))}
    assert made["KUBEK-CERAMICZNY-7-ZOLTY"] == ("Kubek ceramiczny 7 / Żółty", True, 2)
    assert made["HERBATA-MIETA"] == ("Herbata miętowa", True, 0)
    again = import_products(session, write_csv(tmp_path / "products_export_2.csv", catalogue_without_skus()), "anna")
    assert (again.new, again.updated, again.unchanged) == (0, 0, 121)  # the same SKUs: the same products
    assert check_database(db) == []


def test_order_lines_without_an_sku_find_a_generated_variant_by_its_shopify_name(tmp_path, session, db):
    """Shopify's orders export names such a variant 'Title - Option'; the line is linked to that product."""
    import sys
    from pathlib import Path

    from app.models import OrderLine
    from app.services.importing.orders import apply_orders_import, preview_orders_import

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "data" / "import"))
    from make_fixtures import order
    from make_fixtures import write_csv as write_orders

    import_products(session, write_csv(tmp_path / "products_export.csv", catalogue_without_skus()), "anna")
    orders = tmp_path / "orders_export.csv"
    write_orders(order("#2001", "ola@example.pl", "2026-11-20 10:00:00 +0100",
                       [("2", "Kubek ceramiczny 7 - Żółty", "29.90", ""), ("1", "Herbata miętowa", "12.00", ""),
                        ("1", "Kubek ceramiczny 7 - Fioletowy", "29.90", "")]), orders)
    preview = preview_orders_import(db.session(), orders, "shopify")
    unknown = "\n".join(str(w) for w in preview.warnings)
    assert "Fioletowy" in unknown and "Żółty" not in unknown and "miętowa" not in unknown
    apply_orders_import(db.session(), orders, "shopify")
    with session.begin():
        linked = {ln.name: (ln.sku, ln.product_id is not None) for ln in session.scalars(select(OrderLine))}
    assert linked["Kubek ceramiczny 7 - Żółty"] == ("KUBEK-CERAMICZNY-7-ZOLTY", True)
    assert linked["Herbata miętowa"] == ("HERBATA-MIETA", True)
    assert linked["Kubek ceramiczny 7 - Fioletowy"][1] is False  # no such variant: kept without a product
