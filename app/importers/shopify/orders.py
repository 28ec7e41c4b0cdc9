"""Shopify's orders export (Orders > Export > CSV): one row per line item.

What the file looks like in the wild, and what a shop owner gets from each case (the preview says it):
- Columns are found by name, never by position; unknown ones are ignored (73 to 79 columns are seen,
  depending on the shop's age and settings). Only Name and the Lineitem quantity/name/price columns are
  required; a missing one refuses the file and the message names it.
- Order fields are on an order's first row only; later rows of the same order (adjacent, same Name) carry
  the next line items and may repeat Email / Created at.
- Financial Status: paid -> paid; pending / authorized / partially_paid -> not paid (verification waits
  for the money); refunded / partially_refunded -> kept as ordered, payment marked refunded, with a warning
  (returns are recorded here); voided, or Cancelled at set -> imported as cancelled, nothing to pack.
- Fulfillment Status fulfilled -> imported as shipped (it left the building before it reached us;
  stock is not touched); partial -> imported as new with a warning.
- Test orders (Bogus Gateway, or tagged "test") are skipped, with the reason.
- Discount Amount -> the order's discount (it already includes per-line discounts); the code goes in the
  internal note. Shipping -> shipping cost, Shipping Method -> method. Taxes: prices are taken as gross;
  when the file's total shows tax added on top (net prices), a warning says so.
- No shipping address: kept without one (services or pick-up); when some line needs shipping, a warning
  says verification will ask for the address.
- Notes and Note Attributes -> the customer's note; Tags -> the internal note. Any currency is kept.
"""

from __future__ import annotations

import re
from datetime import tzinfo
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter

from app.core.errors import RowError
from app.core.messages import msg
from app.core.money import CENT, parse_decimal
from app.core.progress import Progress
from app.importers.detect import Table, clean, parse_datetime, parse_int
from app.importers.records import AddressRecord, LineRecord, OrderRecord, ParsedFile, SkippedRecord

SOURCE = "shopify"
REQUIRED = ("Name", "Lineitem quantity", "Lineitem name", "Lineitem price")
SIGNATURE = ("Name", "Lineitem quantity", "Lineitem name")  # enough to recognise the format
ADDRESS_PARTS = ("Name", "Company", "Street", "Address1", "Address2", "Zip", "City", "Country", "Phone")
ORDER_COLUMNS = (
    "Email", "Financial Status", "Fulfillment Status", "Currency", "Subtotal", "Shipping", "Taxes", "Total",
    "Discount Code", "Discount Amount", "Shipping Method", "Created at", "Notes", "Note Attributes",
    "Cancelled at", "Payment Method", "Refunded Amount", "Tags", "Risk Level", "Phone", "Tax 1 Name",
    "Tax 2 Name", "Source",
)
LINE_COLUMNS = ("Lineitem sku", "Lineitem requires shipping")
UNPAID = {"pending", "authorized", "partially_paid", "unpaid", "expired", ""}
REFUNDED = {"refunded": "refunded", "partially_refunded": "partially_refunded"}



def looks_like_shopify(header: list[str]) -> bool:
    names = {h.strip().lower() for h in header}
    return all(s.lower() in names for s in SIGNATURE)


def _payment_method(text: str) -> str:
    t = text.lower()
    if "cash on delivery" in t or "(cod)" in t or t == "cod" or "pobranie" in t or "za pobraniem" in t:
        return "cod"
    if "bank" in t or t.startswith("manual") or "przelew tradycyjny" in t or "transfer" in t:
        return "transfer"
    return "prepaid"


@lru_cache(maxsize=256)
def _vat_from_tax_name(name: str) -> str:
    """'PL VAT 23%' -> '23'; '' when the name gives no rate we know."""
    for d in re.findall(r"\d+", name):
        if d in ("23", "8", "5", "0"):
            return d
    return ""


class _Columns:
    """Column indexes by name for one file; -1 for a column the file lacks (rows get a trailing "" for it)."""

    def __init__(self, table: Table) -> None:
        names = (*REQUIRED, *ORDER_COLUMNS, *LINE_COLUMNS,
                 *(f"{side} {part}" for side in ("Billing", "Shipping") for part in ADDRESS_PARTS))
        self.ix = {name: -1 if (i := table.column(name)) is None else i for name in names}
        # One C call fetches all the order fields (or an address) of a row: this is the hot loop of big files.
        self.order_fields = itemgetter(*(self.ix[name] for name in ORDER_COLUMNS))
        self.address = {side: itemgetter(*(self.ix[f"{side} {part}"] for part in ADDRESS_PARTS))
                        for side in ("Billing", "Shipping")}

    def get(self, values: list[str], name: str) -> str:
        return values[self.ix[name]].strip()


def parse_shopify(table: Table, tz: tzinfo, progress: Progress | None = None) -> ParsedFile:
    """Read a Shopify orders export into order records, errors and warnings (nothing is written)."""
    result = ParsedFile(table.filename, SOURCE, "shopify", table.encoding, table.delimiter, sku_column="Lineitem sku")
    missing = [name for name in REQUIRED if table.column(name) is None]
    if missing:
        result.errors.extend(RowError(1, name, msg("required column is missing from the header")) for name in missing)
        return result
    cols = _Columns(table)
    i_name, i_qty = table.column("Name"), table.column("Lineitem quantity")
    i_lname, i_price, i_sku = table.column("Lineitem name"), table.column("Lineitem price"), table.column("Lineitem sku")
    i_ship = table.column("Lineitem requires shipping")
    by_number: dict[str, OrderRecord] = {}
    needs_shipping: dict[str, bool] = {}
    skipped: set[str] = set()
    current: OrderRecord | None = None
    errors, warnings = result.errors, result.warnings
    last_raw, number = None, ""
    rows = 0
    width = len(table.header)
    for row, values in table:
        rows += 1
        if progress is not None and rows % 2000 == 0:
            progress(rows, table.row_estimate, "")
        if len(values) > width and (problem := table.overlong(row, values)):
            errors.append(problem)
            continue
        raw = values[i_name]
        if raw != last_raw:  # later rows of an order repeat its Name: clean it once
            last_raw, number = raw, clean(raw).lstrip("#").strip()
        if not number:
            errors.append(RowError(row, "Name", msg("no order number")))
            continue
        if current is None or number != current.external_number:
            if number in skipped:
                continue
            current = by_number.get(number)
            if current is None:
                current = _order(cols, values, row, number, tz, errors, warnings, result.skipped)
                if current is None:
                    skipped.add(number)
                    continue
                by_number[number] = current
            else:
                warnings.append(RowError(row, "Name", msg("#{number}: rows of this order are not together; joined",
                                                          number=number)))
        elif number in skipped:
            continue
        try:
            qty = parse_int(values[i_qty])
        except ValueError:
            errors.append(RowError(row, "Lineitem quantity", msg("'{value}' is not a whole number", value=values[i_qty])))
            continue
        try:
            price = parse_decimal(values[i_price]).quantize(CENT)
        except ValueError:
            errors.append(RowError(row, "Lineitem price", msg("'{value}' is not a number", value=values[i_price])))
            continue
        if qty < 0 or price < 0:
            column = "Lineitem quantity" if qty < 0 else "Lineitem price"
            errors.append(RowError(row, column, msg("cannot be negative")))
            continue
        if qty == 0:
            warnings.append(RowError(row, "Lineitem quantity", msg("#{number}: quantity 0 (removed in Shopify); left out",
                                                                     number=number)))
            continue
        sku = values[i_sku].strip() if i_sku is not None else ""
        if sku[:1] == "'":
            sku = clean(sku)
        current.lines.append(LineRecord(row, qty, price, sku, "", values[i_lname].strip()))
        if i_ship is None or values[i_ship].strip().lower() not in ("false", "0", "no"):
            needs_shipping[number] = True
    result.rows = rows
    result.orders = list(by_number.values())
    _check_orders(result, needs_shipping)
    return result


def _address(values: list[str], get: itemgetter) -> AddressRecord | None:
    name, company, street, line1, line2, zip_, city, country, phone = [v.strip() for v in get(values)]
    if not (name or street or line1 or zip_ or city):
        return None
    return AddressRecord(name=name, company=company, street=street or f"{line1} {line2}".strip(),
                         postal_code=clean(zip_), city=city, country=(country or "PL").upper()[:2], phone=clean(phone))


def _money(text: str, name: str, row: int, errors: list[RowError]) -> Decimal:
    if not text:
        return Decimal("0.00")
    try:
        return parse_decimal(text).quantize(CENT)
    except ValueError:
        errors.append(RowError(row, name, msg("'{value}' is not a number", value=text)))
        return Decimal("0.00")


def _order(cols: _Columns, values: list[str], row: int, number: str, tz: tzinfo, errors: list[RowError],
           warnings: list[RowError], skipped: list[SkippedRecord]) -> OrderRecord | None:
    """The order fields of an order's first row; None when the order is to be skipped (the reason recorded)."""
    values.append("")  # what a column the file lacks reads as (index -1)
    f = {name: v.strip() for name, v in zip(ORDER_COLUMNS, cols.order_fields(values), strict=True)}
    g = f.__getitem__
    pay_text, tags = g("Payment Method"), g("Tags")
    if "bogus" in pay_text.lower() or (tags and "test" in {t.strip().lower() for t in tags.split(",")}):
        skipped.append(SkippedRecord(row, number, msg("a test order (Bogus Gateway or tagged 'test')")))
        return None
    order = OrderRecord(row=row, external_number=number)
    created = g("Created at")
    if created:
        try:
            order.created_at = parse_datetime(created, tz)
        except ValueError:
            errors.append(RowError(row, "Created at", msg("'{value}' is not a date", value=created)))
    order.billing = _address(values, cols.address["Billing"])
    order.shipping = _address(values, cols.address["Shipping"])
    order.email = g("Email").lower()
    order.phone = clean(g("Phone")) or (order.shipping.phone if order.shipping else "") or \
        (order.billing.phone if order.billing else "")
    order.customer_name = (order.billing.name if order.billing else "") or \
        (order.shipping.name if order.shipping else "") or order.email
    order.currency = (g("Currency") or "PLN").upper()[:3]
    order.payment_method = _payment_method(pay_text)
    financial = g("Financial Status").lower()
    order.payment_status = "paid" if financial == "paid" else REFUNDED.get(financial, "unpaid")
    if financial and financial not in UNPAID and financial not in REFUNDED and financial not in ("paid", "voided"):
        warnings.append(RowError(row, "Financial Status", msg("#{number}: '{status}' is unknown; taken as not paid",
                                                                number=number, status=financial)))
    fulfillment = g("Fulfillment Status").lower()
    if financial == "voided" or g("Cancelled at"):
        order.status = "cancelled"
    elif fulfillment == "fulfilled":
        order.status = "shipped"
    elif fulfillment == "partial":
        warnings.append(RowError(row, "Fulfillment Status", msg("#{number}: partly fulfilled in Shopify; imported as "
                                                                "new, check what is left to send", number=number)))
    order.shipping_method = g("Shipping Method")
    order.shipping_cost = _money(g("Shipping"), "Shipping", row, errors)
    order.discount = _money(g("Discount Amount"), "Discount Amount", row, errors)
    if g("Total"):
        order.file_total = _money(g("Total"), "Total", row, errors)
    order.taxes = _money(g("Taxes"), "Taxes", row, errors)
    refunded = _money(g("Refunded Amount"), "Refunded Amount", row, errors)
    if refunded > 0 and order.status != "cancelled":
        warnings.append(RowError(row, "Refunded Amount", msg("#{number}: {amount} {currency} refunded in Shopify; "
                                                             "lines kept as ordered, record the return here",
                                                             number=number, amount=refunded, currency=order.currency)))
    if g("Risk Level").lower() == "high":
        warnings.append(RowError(row, "Risk Level", msg("#{number}: Shopify rates the fraud risk high", number=number)))
    order.customer_note = "\n".join(p for p in (g("Notes"), g("Note Attributes")) if p)
    internal = []
    if g("Discount Code"):
        internal.append(f"Discount code: {g('Discount Code')}")
    if tags:
        internal.append(f"Shopify tags: {tags}")
    order.internal_note = "\n".join(internal)
    tax_names = [t for t in (g("Tax 1 Name"), g("Tax 2 Name")) if t]
    order.default_vat = _vat_from_tax_name(tax_names[0]) if len(tax_names) == 1 else ""
    return order


def _check_orders(result: ParsedFile, needs_shipping: dict[str, bool]) -> None:
    """Order-level warnings that need all of an order's lines, and the notes said once per file."""
    currencies: dict[str, int] = {}
    for order in result.orders:
        currencies[order.currency] = currencies.get(order.currency, 0) + 1
        if not order.lines:
            result.errors.append(RowError(order.row, "Lineitem quantity", msg("#{number}: no line items",
                                                                               number=order.external_number)))
            continue
        if order.shipping is None and order.status == "new" and needs_shipping.get(order.external_number):
            result.warnings.append(RowError(order.row, "Shipping Address1", msg(
                "#{number}: no shipping address; verification will ask for one", number=order.external_number)))
        taxes = order.taxes
        if order.file_total is not None and abs(order.total - order.file_total) > Decimal("0.01"):
            if taxes and abs(order.total + taxes - order.file_total) <= Decimal("0.01"):
                why = msg("tax {taxes} was added on top of the prices (net prices); imported at the file's prices",
                          taxes=taxes)
            else:
                why = msg("check the lines")
            result.warnings.append(RowError(order.row, "Total", msg(
                "#{number}: the file's total {file_total} differs from lines + shipping - discount {total}; {why}",
                number=order.external_number, file_total=order.file_total, total=order.total, why=why)))
    for cur, n in sorted(currencies.items()):
        if cur != "PLN":
            result.notes.append(msg("{count} order(s) in {currency}: kept in their currency", count=n, currency=cur))
    # The notes on cancelled and fulfilled orders are the import service's: it knows which ones it writes.
    if result.skipped:
        result.notes.append(msg("{count} test order(s) skipped", count=len(result.skipped)))
