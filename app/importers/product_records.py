"""Plain records a products importer makes from a file; no database here (app.services.importing.products writes them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from app.core.errors import RowError
from app.core.messages import msg


@dataclass
class ProductRecord:
    """One product (a variant is one product) and the file row it came from.

    `values` holds only the catalogue fields the file gives (names of app.services.catalogue.products.ProductInput),
    so an update never blanks what the file does not know about. `opening_stock` is used for new products only:
    the ledger of an existing product is the truth, not a spreadsheet.
    """

    row: int
    sku: str
    values: dict[str, object] = field(default_factory=dict)
    opening_stock: int | None = None
    sku_generated: bool = False  # made from Shopify's handle and options (the variant had no SKU)


@dataclass
class ParsedProducts:
    """What an importer read; `errors` non-empty means the file is refused as a whole."""

    filename: str
    format: str  # "shopify" | "mapped"
    encoding: str = ""
    delimiter: str = ""
    rows: int = 0
    products: list[ProductRecord] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # decisions taken once for the whole file


def check_duplicates(parsed: ParsedProducts) -> None:
    """The same SKU twice: the first row wins and each later one is skipped, named in a warning.
    The same EAN on two SKUs: the later product comes in without the EAN (one code must find one product)."""
    first_row: dict[str, ProductRecord] = {}
    ean_owner: dict[str, ProductRecord] = {}
    kept: list[ProductRecord] = []
    for rec in parsed.products:
        key = rec.sku.lower()
        if key in first_row:
            parsed.warnings.append(RowError(rec.row, "SKU", msg("SKU {sku} is also on row {row}: this row is skipped "
                                                                "(give each variant its own SKU)", sku=rec.sku,
                                                                row=first_row[key].row)))
            continue
        first_row[key] = rec
        ean = rec.values.get("ean")
        if isinstance(ean, str) and ean:
            owner = ean_owner.get(ean)
            if owner is not None:
                parsed.warnings.append(RowError(rec.row, "Barcode", msg("EAN {ean} is also on row {row} ({owner}): "
                                                                        "{sku} is imported without it", ean=ean,
                                                                        row=owner.row, owner=owner.sku, sku=rec.sku)))
                rec.values["ean"] = None
            else:
                ean_owner[ean] = rec
        kept.append(rec)
    parsed.products = kept


def money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))
