"""Shopify's products export (Products > Export > CSV): a product's variants span several rows.

What the file looks like in the wild, and what a shop owner gets from each case (the preview says it):
- Rows of one product share its Handle; Title, Vendor, Status and Option names are on its first row only.
  Later rows carry the next variants (Option values, Variant SKU, price, barcode) or only an image
  (Image Src / Position): image rows are not products and are passed over.
- Columns are found by name; unknown ones (translated metafields, per-market prices such as
  "Price / Poland", unit-price columns) are ignored. Handle, Variant SKU and Variant Price are required.
- Shopify's spreadsheet guard (`'5901234123457`) is stripped; the digits are never changed.
- A variant with no SKU (real catalogues have hundreds) gets one made from its handle and option values
  (`kubek-zakopane` + `Biały` -> `KUBEK-ZAKOPANE-BIALY`): the same on every re-import, so it updates the same
  product; marked as generated (the preview counts them, the product card says so), and orders exports, which
  name such a variant "Title - Option", find it by that name. Gift cards have no stock and are skipped.
- The same SKU on two variants: the first row is imported, later ones are skipped and named.
- A barcode that is no valid GTIN (wrong length or check digit): the product comes in without the EAN,
  with a warning naming the row and the code; it is never "corrected".
- Bad numbers (price, cost, grams, stock) refuse the file, naming row and column.
- Variant Inventory Qty becomes the opening stock of new products only; Status archived -> archived;
  Vendor -> supplier; Cost per item -> purchase price; Variant Grams -> weight; Type (the shop's own product
  type) -> category, or, where Type is empty, the last step of Shopify's Product Category ("Home & Garden >
  ... > Mugs" -> "Mugs"); an empty one leaves a product's category as it is. Shopify has no VAT rate
  per product, so the VAT rate of new products is the shop's default (23 %), and existing ones keep theirs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable

from app.core.errors import RowError
from app.core.gtin import gtin_problem
from app.core.messages import msg
from app.core.money import parse_decimal
from app.core.progress import Progress
from app.importers.detect import Table, clean, parse_int
from app.importers.product_records import ParsedProducts, ProductRecord, check_duplicates, money

REQUIRED = ("Handle", "Variant SKU", "Variant Price")
COLUMNS = ("Title", "Vendor", "Status", "Published", "Option1 Name", "Option1 Value", "Option2 Name",
           "Option2 Value", "Option3 Name", "Option3 Value", "Variant Grams", "Variant Inventory Qty",
           "Variant Barcode", "Cost per item", "Image Src", "Gift Card", "Type", "Product Category")
DEFAULT_TITLE = "default title"



def looks_like_shopify_products(header: list[str]) -> bool:
    """A Handle column and some Variant column: enough to say which columns of Shopify's export are missing."""
    names = {h.strip().lower() for h in header}
    return "handle" in names and any(n.startswith("variant ") for n in names)


def parse_shopify_products(table: Table, progress: Progress | None = None) -> ParsedProducts:
    parsed = ParsedProducts(table.filename, "shopify", table.encoding, table.delimiter)
    ix = {name: table.column(name) for name in (*REQUIRED, *COLUMNS)}
    for name in REQUIRED:
        if ix[name] is None:
            parsed.errors.append(RowError(1, name, msg("column missing; is this Shopify's products export?")))
    if parsed.errors:
        return parsed
    parsed.notes.append(msg("VAT rate: Shopify gives none per product; new products get 23 %, existing ones keep "
                            "theirs."))
    parsed.notes.append(msg("Stock: 'Variant Inventory Qty' becomes the opening stock of new products only; "
                            "the stock of products already here is kept by our ledger."))
    head: dict[str, str] = {}  # the current product's first-row values
    handle = ""
    for row, values in table:
        parsed.rows += 1
        if progress and parsed.rows % 500 == 0:
            progress(parsed.rows, table.row_estimate, "")

        def get(name: str, values: list[str] = values) -> str:
            i = ix.get(name)
            return clean(values[i]) if i is not None and i < len(values) else ""

        if get("Handle") != handle or not handle:
            handle = get("Handle")
            head = {name: get(name) for name in ("Title", "Vendor", "Status", "Published", "Option1 Name",
                                                 "Option2 Name", "Option3 Name", "Gift Card", "Type",
                                                 "Product Category")}
        if not handle:
            parsed.errors.append(RowError(row, "Handle", msg("empty; every row of Shopify's export has one")))
            continue
        sku = get("Variant SKU")
        is_variant = bool(sku or get("Variant Price") or get("Option1 Value") or get("Variant Barcode"))
        if not is_variant:
            continue  # an image row
        title = head.get("Title") or handle
        options = [get(f"Option{n} Value") for n in (1, 2, 3)]
        label = " / ".join(o for o in options if o and o.lower() != DEFAULT_TITLE)
        name = f"{title} / {label}" if label else title
        generated = False
        if not sku:
            if head.get("Gift Card", "").lower() == "true":
                parsed.warnings.append(RowError(row, "Variant SKU", msg("'{name}' is skipped: a gift card (no stock "
                                                                        "to keep)", name=name)))
                continue
            sku, generated = generated_sku(handle, options), True
        record = ProductRecord(row, sku[:64], {"name": name[:255], "group_name": title[:255]},
                               sku_generated=generated)
        _numbers(parsed, record, row, get)
        barcode = "".join(get("Variant Barcode").split())
        if barcode:
            problem = gtin_problem(barcode)
            if problem:
                parsed.warnings.append(RowError(row, "Variant Barcode", msg("{problem}: {sku} is imported without an EAN",
                                                                              problem=problem, sku=sku)))
            else:
                record.values["ean"] = barcode
        if head.get("Vendor"):
            record.values["supplier"] = head["Vendor"][:120]
        category = shopify_category(head.get("Type", ""), head.get("Product Category", ""))
        if category:
            record.values["category"] = category
        status = head.get("Status", "").lower()
        if status:
            record.values["active"] = status != "archived"
        parsed.products.append(record)
    check_duplicates(parsed)
    made = [r for r in parsed.products if r.sku_generated]
    if made:
        parsed.notes.append(msg("{count} variant(s) without an SKU in Shopify get one made from the handle and "
                                "options, the same on every import (for example {sku} for '{name}'); the product "
                                "card marks them as generated.", count=len(made), sku=made[0].sku,
                                name=made[0].values["name"]))
    return parsed


def shopify_category(product_type: str, taxonomy: str) -> str:
    """Our category from Shopify's Type (the shop's own word, kept as written) or, without one, the last step of
    its standard Product Category path; spaces tidied, at most 120 characters (product.category)."""
    text = product_type or taxonomy.split(">")[-1]
    return " ".join(text.split())[:120]


def generated_sku(handle: str, options: list[str]) -> str:
    """Handle and option values in capitals, Polish letters and other marks folded to ASCII, joined by '-';
    a long one is cut and ends in a short hash of the whole, so two long variants still differ."""
    parts = [handle, *(o for o in options if o and o.lower() != DEFAULT_TITLE)]
    text = "-".join(parts).translate(_FOLD)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").upper() or "SKU"
    if len(text) > 64:
        digest = hashlib.sha1("-".join(parts).encode()).hexdigest()[:8].upper()
        text = text[:55].rstrip("-") + "-" + digest
    return text


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE"})


def _numbers(parsed: ParsedProducts, record: ProductRecord, row: int, get: Callable[[str], str]) -> None:
    """Price, cost, grams and stock; a value that is no number is an error naming row and column."""
    for column, key, kind in (("Variant Price", "gross_price", "money"), ("Cost per item", "purchase_price", "money"),
                              ("Variant Grams", "weight_g", "int"), ("Variant Inventory Qty", "stock", "int")):
        text = get(column)
        if not text:
            if column == "Variant Price":
                parsed.errors.append(RowError(row, column, msg("empty; {sku} needs a price", sku=record.sku)))
            continue
        try:
            value = money(parse_decimal(text)) if kind == "money" else parse_int(text)
        except ValueError:
            parsed.errors.append(RowError(row, column, msg("'{value}' is not a price", value=text) if kind == "money"
                                          else msg("'{value}' is not a whole number", value=text)))
            continue
        if key == "stock":
            record.opening_stock = max(value, 0)
            if value < 0:
                parsed.warnings.append(RowError(row, column, msg("stock {value} is below zero; {sku} starts at 0",
                                                                value=value, sku=record.sku)))
        elif value < 0:
            parsed.errors.append(RowError(row, column, msg("'{value}' is negative", value=text)))
        else:
            record.values[key] = value
