"""Compare imported order records with the database: new, update, unchanged or skip (with the reason).

Used by the preview and by the import itself inside its transaction, so both say the same thing.
Also links lines to products (by SKU, else by EAN) and warns about SKUs the catalogue does not know.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.core.errors import RowError
from app.core.messages import msg
from app.importers.records import AddressRecord, LineRecord, OrderRecord, ParsedFile
from app.models import Address, ImportBatch, Order, OrderEvent, OrderLine, Product
from app.services.orders import lifecycle

CHUNK = 500
STORED_COLUMNS = (
    Order.id, Order.number, Order.external_number, Order.status, Order.locally_changed_at, Order.created_at,
    Order.customer_name, Order.email, Order.phone, Order.currency, Order.payment_method, Order.payment_status,
    Order.shipping_method, Order.shipping_cost, Order.discount, Order.customer_note, Order.internal_note,
    Order.shipping_address_id, Order.billing_address_id,
)
# History entries that do not touch the order's data (see _decide).
STATUS_ONLY_EVENTS = ("status", "verify", "note", "import")
# An order already here may be updated by an import only in these statuses (not yet in the packing flow).
UPDATABLE = frozenset({lifecycle.NEW, lifecycle.AWAITING_PAYMENT, lifecycle.ON_HOLD, lifecycle.CANCELLED})
# The parts of an order an import compares (the keys of record_fingerprint, and "status"): skip reasons and the
# history name them ("the file changes: payment, lines"), so they are marked as messages too.
CHANGED_PARTS = (msg("buyer"), msg("currency"), msg("payment"), msg("shipping"), msg("discount"), msg("notes"),
                 msg("shipping address"), msg("billing address"), msg("lines"), msg("status"))


@dataclass(frozen=True)
class ProductRef:
    id: int
    sku: str
    ean: str | None
    vat_rate: str


@dataclass
class PlannedOrder:
    record: OrderRecord
    action: str  # new | update | unchanged | skip
    reason: str = ""
    existing_id: int | None = None
    existing_status: str = ""
    old_address_ids: tuple[int, ...] = ()
    changed: tuple[str, ...] = ()


@dataclass
class Plan:
    orders: list[PlannedOrder] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    by_sku: dict[str, ProductRef] = field(default_factory=dict)
    by_ean: dict[str, ProductRef] = field(default_factory=dict)
    by_variant_name: dict[str, ProductRef] = field(default_factory=dict)  # products whose SKU we made

    def product_for(self, line: LineRecord) -> ProductRef | None:
        ref = self.by_sku.get(line.sku) if line.sku else None
        if ref is None and line.ean:
            ref = self.by_ean.get(line.ean)
        if ref is None and line.sku.isdigit() and len(line.sku) in (8, 12, 13, 14):
            ref = self.by_ean.get(line.sku)  # numeric SKUs that are really the barcode
        if ref is None and not line.sku and line.name:
            ref = self.by_variant_name.get(_name_key(line.name))  # a variant with no SKU in Shopify
        return ref


def shopify_line_name(name: str, group_name: str) -> str:
    """How Shopify's orders export names a variant ('Kubek - Biały / L') from our product name
    ('Kubek / Biały / L', made by the products import from the title and option values)."""
    if group_name and name.startswith(group_name + " / "):
        return f"{group_name} - {name[len(group_name) + 3:]}"
    return name


def _name_key(name: str) -> str:
    return " ".join(name.lower().split())


def select_in(session: Session, sql: str, keys: list, before: tuple = ()) -> list[tuple]:
    """Run `sql` (ending in 'IN ({})') over keys in chunks, with plain driver SQL: no statement compiling
    per chunk, which is what made lookups of 40k keys slow through the ORM."""
    conn = session.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    rows: list[tuple] = []
    for i in range(0, len(keys), CHUNK):
        chunk = keys[i:i + CHUNK]
        rows.extend(conn.exec_driver_sql(sql.format(", ".join([mark] * len(chunk))), (*before, *chunk)).all())
    return rows


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _load_products(session: Session, plan: Plan) -> None:
    for pid, sku, ean, vat, generated, name, group in session.execute(
            select(Product.id, Product.sku, Product.ean, Product.vat_rate, Product.sku_generated, Product.name,
                   Product.group_name)):
        ref = ProductRef(pid, sku, ean, vat)
        plan.by_sku[sku] = ref
        if ean:
            plan.by_ean.setdefault(ean, ref)
        if generated:
            plan.by_variant_name.setdefault(_name_key(shopify_line_name(name, group)), ref)


def _warn_unknown_products(parsed: ParsedFile, plan: Plan) -> None:
    unknown: dict[str, list[int]] = {}
    for order in parsed.orders:
        for line in order.lines:
            if plan.product_for(line) is None:
                key = f"SKU {line.sku}" if line.sku else f"EAN {line.ean}" if line.ean else \
                    msg("'{name}' (no SKU)", name=line.name)
                unknown.setdefault(key, []).append(line.row)
    for key, rows in unknown.items():
        plan.warnings.append(RowError(rows[0], parsed.sku_column,
                                      msg("{product} is not in the catalogue ({count} line(s)): kept without a "
                                          "product; verification will flag them", product=key, count=len(rows))))


def _address_key(a: AddressRecord | None) -> tuple | None:
    return None if a is None else a.key()


def line_vat(plan: Plan, order: OrderRecord, line: LineRecord) -> str:
    ref = plan.product_for(line)
    return line.vat_rate or (ref.vat_rate if ref else "") or order.default_vat or "23"


def record_fingerprint(plan: Plan, r: OrderRecord) -> dict[str, object]:
    """What an import writes, field by field, in the form the database hands back."""
    billing = r.billing or r.shipping
    return {
        "buyer": (r.customer_name, r.email or None, r.phone or None), "currency": r.currency,
        "payment": (r.payment_method, r.payment_status), "shipping": (r.shipping_method, r.shipping_cost),
        "discount": r.discount, "notes": (r.customer_note, r.internal_note),
        "shipping address": _address_key(r.shipping), "billing address": _address_key(billing),
        "lines": [(ln.sku if plan.product_for(ln) is None else plan.product_for(ln).sku, ln.name, ln.quantity,
                   ln.unit_price, line_vat(plan, r, ln)) for ln in r.lines],
    }


def _stored_address(a: Row | None) -> tuple | None:
    if a is None:
        return None
    return (a.name, a.company or "", a.street, a.postal_code, a.city, a.country, a.phone or "")


def plan_orders(session: Session, parsed: ParsedFile) -> Plan:
    """Decide for each record what the import does with it; call inside a transaction."""
    plan = Plan()
    _load_products(session, plan)
    _warn_unknown_products(parsed, plan)
    records = {r.external_number: r for r in parsed.orders}
    existing: dict[str, PlannedOrder] = {}
    mark = "?" if session.connection().dialect.paramstyle == "qmark" else "%s"
    found = [ext for ext, _ in select_in(session, f'SELECT external_number, id FROM "order" WHERE source = {mark} '
                                                  "AND external_number IN ({})", list(records), (parsed.source,))]
    for chunk in _chunks(found):
        # Plain rows (no ORM objects): an overlapping export can name tens of thousands of our orders.
        rows = session.execute(
            select(*STORED_COLUMNS, ImportBatch.created_at.label("batch_at"))
            .outerjoin(ImportBatch, ImportBatch.id == Order.import_batch_id)
            .where(Order.source == parsed.source, Order.external_number.in_(chunk))
        ).all()
        ids = [o.id for o in rows]
        lines: dict[int, list] = {}
        for line in session.execute(select(OrderLine.order_id, OrderLine.sku, OrderLine.name, OrderLine.quantity,
                                           OrderLine.unit_price, OrderLine.vat_rate)
                                    .where(OrderLine.order_id.in_(ids))
                                    .order_by(OrderLine.order_id, OrderLine.position)):
            lines.setdefault(line.order_id, []).append(line)
        addr_ids = list({a for o in rows for a in (o.shipping_address_id, o.billing_address_id) if a})
        addresses = {a.id: a for a in session.execute(
            select(Address.id, Address.name, Address.company, Address.street, Address.postal_code, Address.city,
                   Address.country, Address.phone).where(Address.id.in_(addr_ids)))}
        # The last change of each order's data here (history events other than status moves and notes).
        edits = dict(session.execute(
            select(OrderEvent.order_id, func.max(OrderEvent.at))
            .where(OrderEvent.order_id.in_(ids), OrderEvent.kind.not_in(STATUS_ONLY_EVENTS))
            .group_by(OrderEvent.order_id)).all())
        for order in rows:
            existing[order.external_number] = _decide(plan, records[order.external_number], order, order.batch_at,
                                                      lines.get(order.id, []), addresses, edits.get(order.id))
    for number, record in records.items():
        plan.orders.append(existing.get(number) or PlannedOrder(record, "new"))
    return plan


def _decide(plan: Plan, record: OrderRecord, order: Row, batch_at: datetime | None, lines: list[Row],
            addresses: dict[int, Row], last_edit: datetime | None) -> PlannedOrder:
    """One stored order (a row of STORED_COLUMNS) against its record from the file."""
    old_ids = tuple(a for a in {order.shipping_address_id, order.billing_address_id} if a)
    base = {"existing_id": order.id, "existing_status": order.status, "old_address_ids": old_ids}
    stored = {
        "buyer": (order.customer_name, order.email, order.phone), "currency": order.currency,
        "payment": (order.payment_method, order.payment_status), "shipping": (order.shipping_method,
                                                                              order.shipping_cost),
        "discount": order.discount, "notes": (order.customer_note, order.internal_note),
        "shipping address": _stored_address(addresses.get(order.shipping_address_id)),
        "billing address": _stored_address(addresses.get(order.billing_address_id)),
        "lines": [(ln.sku, ln.name, ln.quantity, Decimal(ln.unit_price), ln.vat_rate) for ln in lines],
    }
    wanted = record_fingerprint(plan, record)
    changed = [key for key in wanted if wanted[key] != stored[key]]
    if (record.status == lifecycle.CANCELLED and order.status != lifecycle.CANCELLED) or \
            (record.status == lifecycle.SHIPPED and order.status in (lifecycle.NEW, lifecycle.AWAITING_PAYMENT)):
        changed.append("status")
    if not changed:
        return PlannedOrder(record, "unchanged", **base)
    imported_at = batch_at or order.created_at
    changed_here = order.locally_changed_at is not None and order.locally_changed_at > imported_at
    # Only a status change here (verification, on hold) leaves the shop's data to the shop: a payment that
    # arrives after we moved the order to "awaiting payment" must still come in. Our edits of the data stay.
    if changed_here and last_edit is not None and last_edit > imported_at:
        when = order.locally_changed_at.astimezone(ZoneInfo(SHOP_TZ_DEFAULT)).strftime("%Y-%m-%d %H:%M")
        return PlannedOrder(record, "skip", msg("order {number} was changed here on {when} after its import; our "
                                                "version kept (the file changes: {changes})", number=order.number,
                                                when=when, changes=", ".join(changed)), **base)
    if order.status not in UPDATABLE:
        return PlannedOrder(record, "skip", msg("order {number} is already {status} here; not changed by the import "
                                                "(the file changes: {changes})", number=order.number,
                                                status=lifecycle.status_label(order.status).lower(),
                                                changes=", ".join(changed)), **base)
    return PlannedOrder(record, "update", changed=tuple(changed), **base)
