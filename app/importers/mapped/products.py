"""Any products CSV/XLSX, read through a Mapping (our field -> their column header) made once by the user.

Reuses app.importers.mapped.orders (Mapping, load_mapping, resolve_columns) with the products' own field list.
The same rules as the Shopify products import: one row is one product; a duplicate SKU keeps its first
row; a barcode that is no valid GTIN is left out with a warning (never corrected); a bad number refuses
the file naming row and column; stock is the opening stock of new products only.
"""

from __future__ import annotations

from app.core.errors import RowError
from app.core.gtin import gtin_problem
from app.core.messages import msg
from app.core.money import VAT_RATES, parse_decimal
from app.core.progress import Progress
from app.importers.detect import Table, clean, parse_int
from app.importers.mapped.orders import Mapping, guess_mapping, resolve_columns
from app.importers.product_records import ParsedProducts, ProductRecord, check_duplicates, money

# Marked with msg(): the import's errors name them ("the mapping has no column for 'Gross price'").
FIELDS: dict[str, str] = {
    "sku": msg("SKU"), "name": msg("Product name"), "gross_price": msg("Gross price"), "ean": msg("EAN"),
    "vat_rate": msg("VAT rate"), "purchase_price": msg("Purchase price"), "weight_g": msg("Weight (g)"),
    "location": msg("Location"), "supplier": msg("Supplier"), "reorder_point": msg("Reorder point"),
    "reorder_qty": msg("Reorder quantity"), "lead_time_days": msg("Lead time (days)"),
    "group_name": msg("Group (variants)"), "category": msg("Category"), "stock": msg("Stock (new products)"),
}
REQUIRED = ("sku", "name", "gross_price")
GUESSES: dict[str, tuple[str, ...]] = {
    "sku": ("sku", "symbol", "indeks", "kod produktu", "product code"),
    "name": ("name", "product name", "nazwa", "nazwa produktu", "product", "produkt", "towar"),
    "gross_price": ("price", "gross price", "cena", "cena brutto"),
    "ean": ("ean", "barcode", "gtin", "kod kreskowy"),
    "vat_rate": ("vat", "vat rate", "stawka vat"),
    "purchase_price": ("purchase price", "cost", "cena zakupu"),
    "weight_g": ("weight", "weight (g)", "grams", "waga", "waga (g)"),
    "location": ("location", "bin", "lokalizacja", "miejsce"),
    "supplier": ("supplier", "vendor", "dostawca"),
    "reorder_point": ("reorder point", "minimum", "stan minimalny"),
    "reorder_qty": ("reorder quantity", "ilość zamówienia"),
    "lead_time_days": ("lead time", "czas dostawy"),
    "group_name": ("group", "grupa", "handle"),
    "category": ("category", "kategoria", "product category", "product type", "kategoria produktu"),
    "stock": ("stock", "quantity", "qty", "stan", "ilość", "stan magazynowy"),
}
_INTS = ("weight_g", "reorder_point", "reorder_qty", "lead_time_days", "stock")
_TEXT_LIMITS = {"sku": 64, "name": 255, "location": 40, "supplier": 120, "group_name": 255, "category": 120}


def guess_product_mapping(header: list[str]) -> dict[str, str]:
    return guess_mapping(header, GUESSES)


def _vat(text: str) -> str | None:
    t = text.strip().lower().replace("%", "").replace(",", ".").strip()
    if t in ("zw", "zw.", "exempt", "np"):
        return "zw"
    if t.endswith((".0", ".00")):
        t = t.split(".")[0]
    if t in ("0.23", "0.08", "0.05"):
        t = str(int(float(t) * 100))
    return t if t in VAT_RATES else None


def parse_mapped_products(table: Table, mapping: Mapping, progress: Progress | None = None) -> ParsedProducts:
    parsed = ParsedProducts(table.filename, "mapped", table.encoding, table.delimiter)
    index, errors = resolve_columns(table, mapping, REQUIRED, FIELDS)
    parsed.errors.extend(errors)
    if parsed.errors:
        return parsed
    parsed.notes.append(msg("Stock: the stock column becomes the opening stock of new products only."))
    for row, values in table:
        parsed.rows += 1
        if progress and parsed.rows % 500 == 0:
            progress(parsed.rows, table.row_estimate, "")
        cell = {f: clean(values[i]) for f, i in index.items() if i < len(values)}
        sku = cell.get("sku", "")
        if not sku:
            parsed.errors.append(RowError(row, mapping.fields["sku"], msg("empty; every product needs an SKU")))
            continue
        record = ProductRecord(row, sku[:64])
        for f, text in cell.items():
            column = mapping.fields[f]
            if f == "sku":
                continue
            if f in _TEXT_LIMITS:
                if f == "name" and not text:
                    parsed.errors.append(RowError(row, column, msg("empty; {sku} needs a name", sku=sku)))
                if f == "category":
                    text = " ".join(text.split())  # one spelling per category, as the product card keeps it
                record.values[f] = text[:_TEXT_LIMITS[f]]
            elif f == "ean":
                code = "".join(text.split())
                problem = gtin_problem(code) if code else None
                if problem:
                    parsed.warnings.append(RowError(row, column, msg("{problem}: {sku} is imported without an EAN",
                                                                    problem=problem, sku=sku)))
                elif code:
                    record.values["ean"] = code
            elif f == "vat_rate":
                if text:
                    rate = _vat(text)
                    if rate is None:
                        parsed.errors.append(RowError(row, column, msg("'{value}' is not a VAT rate ({rates})", value=text,
                                                                      rates="23, 8, 5, 0, zw")))
                    else:
                        record.values["vat_rate"] = rate
            elif text:
                try:
                    value = parse_int(text) if f in _INTS else money(parse_decimal(text))
                except ValueError:
                    parsed.errors.append(RowError(row, column, msg("'{value}' is not a whole number", value=text)
                                                  if f in _INTS else msg("'{value}' is not a price", value=text)))
                    continue
                if value < 0:
                    parsed.errors.append(RowError(row, column, msg("'{value}' is negative", value=text)))
                elif f == "stock":
                    record.opening_stock = value
                else:
                    record.values[f] = value
            elif f == "gross_price":
                parsed.errors.append(RowError(row, column, msg("empty; {sku} needs a price", sku=sku)))
        parsed.products.append(record)
    check_duplicates(parsed)
    return parsed
