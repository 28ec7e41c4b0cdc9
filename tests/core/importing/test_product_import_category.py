"""The products import brings the category (issue 18's top categories): Shopify's Type, or the last step of its
Product Category where Type is empty, on every variant of the product; a mapped file's category column; an
empty one leaves the category a product has."""

from __future__ import annotations

from sqlalchemy import select

from app.importers.mapped.orders import Mapping
from app.models import Product
from app.services.importing.products import import_products, mapping_for, preview_products
from tests.core.importing.test_product_import import row, write_csv

MUGS_PATH = "Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs"


def categories(session) -> dict[str, str]:
    with session.begin():
        return dict(session.execute(select(Product.sku, Product.category)).all())


def test_shopify_type_or_product_category_becomes_the_category(tmp_path, session):
    rows = [
        row(handle="kubek", title="Kubek", type="Kubki", product_category=MUGS_PATH, option1_name="Kolor",
            option1_value="Biały", variant_sku="KUB-B", variant_price="39.99", status="active"),
        row(handle="kubek", option1_value="Czarny", variant_sku="KUB-C", variant_price="39.99"),  # Type on row 1 only
        row(handle="kubek-emalia", title="Kubek emaliowany", product_category=MUGS_PATH, option1_name="Title",
            option1_value="Default Title", variant_sku="KUB-E", variant_price="29.00", status="active"),
        row(handle="kawa", title="Kawa", type="  Kawa   ziarnista ", option1_name="Title",
            option1_value="Default Title", variant_sku="KAWA-1", variant_price="49.90", status="active"),
        row(handle="bon", title="Bon", option1_name="Title", option1_value="Default Title", variant_sku="BON",
            variant_price="50.00", status="active"),
    ]
    path = write_csv(tmp_path / "products_export.csv", rows)
    import_products(session, path, "anna")
    assert categories(session) == {"KUB-B": "Kubki", "KUB-C": "Kubki", "KUB-E": "Mugs", "KAWA-1": "Kawa ziarnista",
                                   "BON": ""}

    # A later export with the type changed updates it; a product whose Type went empty keeps its category.
    rows[0] = row(handle="kubek", title="Kubek", type="Kubki i filiżanki", option1_name="Kolor",
                  option1_value="Biały", variant_sku="KUB-B", variant_price="39.99", status="active")
    rows[3] = row(handle="kawa", title="Kawa", option1_name="Title", option1_value="Default Title",
                  variant_sku="KAWA-1", variant_price="49.90", status="active")
    again = write_csv(tmp_path / "products_export_2.csv", rows)
    preview = preview_products(session, again)
    assert {i.sku: i.changed for i in preview.items if i.action == "update"} == {
        "KUB-B": ("category",), "KUB-C": ("category",)}
    import_products(session, again, "anna")
    got = categories(session)
    assert (got["KUB-B"], got["KUB-C"], got["KAWA-1"]) == ("Kubki i filiżanki", "Kubki i filiżanki",
                                                           "Kawa ziarnista")


def test_a_mapped_files_category_column(tmp_path, session):
    path = tmp_path / "cennik.csv"
    path.write_text("Symbol;Nazwa;Cena brutto;Kategoria\nTAL-1;Talerz;45,00;Talerze i miski\n"
                    "HERB-1;Herbata;24,90;Herbata\nX-1;Coś;5,00;\n", encoding="utf-8")
    mapping = mapping_for(path)
    assert mapping is not None and mapping.fields["category"] == "Kategoria"  # recognised by its header
    import_products(session, path, "anna", fmt="mapped", mapping=mapping)
    assert categories(session) == {"TAL-1": "Talerze i miski", "HERB-1": "Herbata", "X-1": ""}

    named = Mapping(name="m", fields={"sku": "Symbol", "name": "Nazwa", "gross_price": "Cena brutto",
                                      "category": "Kategoria"})
    path.write_text("Symbol;Nazwa;Cena brutto;Kategoria\nTAL-1;Talerz;45,00;Talerze\n", encoding="utf-8")
    import_products(session, path, "anna", fmt="mapped", mapping=named)
    assert categories(session)["TAL-1"] == "Talerze"
