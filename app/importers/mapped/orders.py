"""Any other CSV/XLSX of orders, read through a Mapping the user makes once: our field -> their column header.

A Mapping is plain data (`Mapping(name, fields)`), saved by name in the database (ImportMapping) or as JSON:

    {"name": "Allegro export", "fields": {"order_number": "Nr zamówienia", "quantity": "Ilość", ...}}

Rows with the same order number form one order (its fields come from its first row, like Shopify's export);
each row is one line. Columns are found by header text, so the column order of the file does not matter.
`FIELDS` lists our fields with an English label; `guess_mapping()` proposes a mapping from a header
(English and Polish names) for the mapping dialog. The products importer may reuse `Mapping`, `load_mapping`,
`save_mapping_json` and `resolve_columns` with its own field list.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import tzinfo
from decimal import Decimal
from pathlib import Path

from app.core.errors import RowError
from app.core.messages import msg
from app.core.money import CENT, VAT_RATES, parse_decimal
from app.core.progress import Progress
from app.importers.detect import Table, clean, column_index, parse_datetime, parse_int
from app.importers.records import AddressRecord, LineRecord, OrderRecord, ParsedFile

# Our field -> label shown in the mapping dialog (English source; the UI translates it).
# Marked with msg() as well: the import's errors name them ("the mapping has no column for 'Order number'").
FIELDS: dict[str, str] = {
    "order_number": msg("Order number"), "created_at": msg("Order date"), "customer_name": msg("Buyer's name"),
    "email": msg("E-mail"), "phone": msg("Phone"), "company": msg("Company"), "street": msg("Street and number"),
    "postal_code": msg("Postal code"), "city": msg("City"), "country": msg("Country"), "sku": msg("SKU"),
    "ean": msg("EAN"), "line_name": msg("Product name"), "quantity": msg("Quantity"),
    "unit_price": msg("Unit price (gross)"), "vat_rate": msg("VAT rate"), "shipping_method": msg("Shipping method"),
    "shipping_cost": msg("Shipping cost"), "discount": msg("Discount"), "payment_method": msg("Payment method"),
    "payment_status": msg("Payment status"), "currency": msg("Currency"), "customer_note": msg("Buyer's note"),
}
REQUIRED = ("order_number", "quantity", "unit_price")
ONE_OF_LINE = ("sku", "ean", "line_name")  # a line needs at least one of these mapped

# Header names we recognise when guessing (lower case, English and Polish).
_GUESSES: dict[str, tuple[str, ...]] = {
    "order_number": ("order number", "order", "order id", "name", "nr zamówienia", "numer zamówienia", "zamówienie"),
    "created_at": ("created at", "date", "order date", "data", "data zamówienia", "data złożenia"),
    "customer_name": ("customer", "buyer", "customer name", "klient", "kupujący", "imię i nazwisko", "nabywca"),
    "email": ("email", "e-mail", "mail", "adres e-mail"),
    "phone": ("phone", "telephone", "telefon", "nr telefonu"),
    "company": ("company", "firma", "nazwa firmy"),
    "street": ("street", "address", "address1", "ulica", "adres"),
    "postal_code": ("zip", "postal code", "postcode", "kod pocztowy", "kod"),
    "city": ("city", "town", "miasto", "miejscowość"),
    "country": ("country", "kraj"),
    "sku": ("sku", "product code", "kod produktu", "symbol", "indeks"),
    "ean": ("ean", "barcode", "gtin", "kod kreskowy"),
    "line_name": ("product", "product name", "item", "produkt", "nazwa produktu", "nazwa", "towar"),
    "quantity": ("quantity", "qty", "ilość", "ilosc", "szt", "liczba"),
    "unit_price": ("price", "unit price", "cena", "cena brutto", "cena jednostkowa"),
    "vat_rate": ("vat", "vat rate", "stawka vat", "tax rate"),
    "shipping_method": ("shipping method", "delivery", "dostawa", "sposób dostawy", "przewoźnik"),
    "shipping_cost": ("shipping", "shipping cost", "koszt dostawy", "koszt wysyłki"),
    "discount": ("discount", "rabat", "zniżka"),
    "payment_method": ("payment method", "payment", "płatność", "forma płatności", "sposób płatności"),
    "payment_status": ("payment status", "paid", "status płatności", "opłacone", "zapłacone"),
    "currency": ("currency", "waluta"),
    "customer_note": ("note", "notes", "comment", "uwagi", "komentarz", "wiadomość"),
}
PAID_WORDS = {"paid", "yes", "true", "1", "tak", "opłacone", "opłacono", "zapłacone", "zaplacone", "oplacone"}



@dataclass
class Mapping:
    """A named mapping: our field name -> the header of the column that holds it in their file."""

    name: str
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def source(self) -> str:
        """Order.source of orders read through this mapping: one key space per mapping."""
        return f"mapped:{self.name.strip()}"[:60]

    def to_json(self) -> str:
        return json.dumps({"name": self.name, "fields": self.fields}, ensure_ascii=False, indent=2)

    @staticmethod
    def from_json(text: str, default_name: str = "mapping") -> Mapping:
        """`{"name": ..., "fields": {...}}`, or a bare `{field: header}` object."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a mapping is a JSON object")  # noqa: TRY004 - a bad file, reported as such
        if "fields" in data:
            name, fields = str(data.get("name") or default_name), data["fields"]
        else:
            name, fields = default_name, data
        if not isinstance(fields, dict) or not all(isinstance(v, str) for v in fields.values()):
            raise ValueError("'fields' maps our field names to column headers (text)")
        return Mapping(name, {k: v for k, v in fields.items() if v})


def load_mapping(path: str | Path) -> Mapping:
    path = Path(path)
    return Mapping.from_json(path.read_text(encoding="utf-8-sig"), default_name=path.stem)


def save_mapping_json(mapping: Mapping, path: str | Path) -> None:
    Path(path).write_text(mapping.to_json(), encoding="utf-8")


def guess_mapping(header: list[str], fields: dict[str, tuple[str, ...]] | None = None) -> dict[str, str]:
    """Propose field -> header for headers we recognise; each header is used at most once."""
    guesses = fields or _GUESSES
    taken: set[str] = set()
    result: dict[str, str] = {}
    normal = {h: " ".join(h.strip().lower().replace("_", " ").split()) for h in header}
    for our, names in guesses.items():
        for name in names:
            hit = next((h for h, n in normal.items() if n == name and h not in taken), None)
            if hit:
                result[our] = hit
                taken.add(hit)
                break
    return result


def resolve_columns(table: Table, mapping: Mapping, required: tuple[str, ...], labels: dict[str, str],
                    one_of: tuple[str, ...] = ()) -> tuple[dict[str, int], list[RowError]]:
    """Column index of each mapped field; errors (row 1) for required fields unmapped or absent from the file."""
    errors: list[RowError] = []
    index: dict[str, int] = {}
    for our, header in mapping.fields.items():
        if our not in labels:
            continue
        i = column_index(table.header, header)
        if i is None:
            errors.append(RowError(1, header, msg("column mapped to '{field}' is not in the file", field=labels[our])))
        else:
            index[our] = i
    for our in required:
        if our not in mapping.fields:
            errors.append(RowError(1, None, msg("the mapping has no column for '{field}'", field=labels[our])))
    if one_of and not any(f in mapping.fields for f in one_of):
        errors.append(RowError(1, None, msg("the mapping needs a column for one of: {fields}",
                                            fields=", ".join(labels[f] for f in one_of))))
    return index, errors


def _vat(text: str) -> str | None:
    s = text.strip().lower().replace("%", "").replace(",", ".").strip()
    if s in ("zw", "zw.", "exempt"):
        return "zw"
    try:
        value = Decimal(s)
    except ArithmeticError:
        return None
    if value < 1 and value != 0:
        value *= 100
    rate = str(int(value)) if value == value.to_integral_value() else ""
    return rate if rate in VAT_RATES else None


def _payment_method(text: str) -> str:
    t = text.lower()
    if "pobrani" in t or "cod" in t.split() or "cash on delivery" in t:
        return "cod"
    if "przelew" in t and "24" not in t or "transfer" in t or "bank" in t:
        return "transfer"
    return "prepaid"


def parse_mapped(table: Table, mapping: Mapping, tz: tzinfo, progress: Progress | None = None) -> ParsedFile:
    """Read a mapped CSV/XLSX into order records, errors and warnings (nothing is written)."""
    result = ParsedFile(table.filename, mapping.source, "mapped", table.encoding, table.delimiter)
    ix, errors = resolve_columns(table, mapping, REQUIRED, FIELDS, ONE_OF_LINE)
    if errors:
        result.errors.extend(errors)
        return result
    head = {our: table.header[i] for our, i in ix.items()}
    result.sku_column = head.get("sku") or head.get("ean") or head.get("line_name")
    by_number: dict[str, OrderRecord] = {}
    rows = 0
    for row, values in table:
        rows += 1
        if progress is not None and rows % 2000 == 0:
            progress(rows, table.row_estimate, "")
        if problem := table.overlong(row, values):
            result.errors.append(problem)
            continue
        g = _getter(values, ix)
        number = g("order_number").lstrip("#").strip()
        if not number:
            result.errors.append(RowError(row, head["order_number"], msg("no order number")))
            continue
        order = by_number.get(number)
        if order is None:
            order = by_number[number] = _order(g, head, row, number, tz, result.errors)
        try:
            qty = parse_int(g("quantity"))
            if qty <= 0:
                raise ValueError
        except ValueError:
            result.errors.append(RowError(row, head["quantity"], msg("'{value}' is not a whole number above 0",
                                                                     value=g("quantity"))))
            continue
        try:
            price = parse_decimal(g("unit_price")).quantize(CENT)
            if price < 0:
                raise ValueError
        except ValueError:
            result.errors.append(RowError(row, head["unit_price"], msg("'{value}' is not a price", value=g("unit_price"))))
            continue
        vat = ""
        if g("vat_rate"):
            vat = _vat(g("vat_rate")) or ""
            if not vat:
                result.errors.append(RowError(row, head["vat_rate"], msg("'{value}' is not a VAT rate ({rates})",
                                                                         value=g("vat_rate"), rates=", ".join(VAT_RATES))))
                continue
        if not (g("sku") or g("ean") or g("line_name")):
            result.errors.append(RowError(row, head.get("sku") or head.get("line_name"),
                                          msg("the line has no SKU, EAN or product name")))
            continue
        order.lines.append(LineRecord(row, qty, price, g("sku"), g("ean"), g("line_name"), vat))
    result.rows = rows
    result.orders = list(by_number.values())
    return result


def _getter(values: list[str], ix: dict[str, int]) -> Callable[[str], str]:
    return lambda our: clean(values[ix[our]]) if our in ix else ""


def _getter(values: list[str], ix: dict[str, int]) -> Callable[[str], str]:
    return lambda our: clean(values[ix[our]]) if our in ix else ""


def _order(g: Callable[[str], str], head: dict[str, str], row: int, number: str, tz: tzinfo,
           errors: list[RowError]) -> OrderRecord:
    order = OrderRecord(row=row, external_number=number)
    if g("created_at"):
        try:
            order.created_at = parse_datetime(g("created_at"), tz)
        except ValueError:
            errors.append(RowError(row, head["created_at"], msg("'{value}' is not a date", value=g("created_at"))))
    for our in ("shipping_cost", "discount"):
        if g(our):
            try:
                setattr(order, our, parse_decimal(g(our)).quantize(CENT))
            except ValueError:
                errors.append(RowError(row, head[our], msg("'{value}' is not a number", value=g(our))))
    address = AddressRecord(name=g("customer_name"), company=g("company"), street=g("street"),
                            postal_code=g("postal_code"), city=g("city"),
                            country=(g("country") or "PL").upper()[:2], phone=g("phone"))
    order.shipping = None if address.is_empty() else address
    order.customer_name = g("customer_name") or g("company") or g("email")
    order.email, order.phone = g("email").lower(), g("phone")
    order.shipping_method = g("shipping_method")
    order.currency = (g("currency") or "PLN").upper()[:3]
    order.customer_note = g("customer_note")
    if g("payment_method"):
        order.payment_method = _payment_method(g("payment_method"))
    status = g("payment_status").lower()
    order.payment_status = "paid" if status in PAID_WORDS or re.match(r"^(paid|opłac|zapłac)", status) else "unpaid"
    return order
