"""The bulk writes of an order import: plain tuples through `exec_driver_sql`, in the caller's transaction.

The ORM would write 100k lines at a fraction of SQLite's speed (DESIGN.md), so rows are built as tuples and
inserted with executemany. Ids are given out here (max(id) + n, read after the batch row took the write
lock), which lets lines, events and the search index point at their order without reading anything back.
Columns we do not fill get their model default, so a column added to a model later does not break this.
An updated order gets new address snapshots; the old rows stay as they were (history, never rewritten).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, selectinload

from app.core.messages import msg
from app.core.progress import Progress
from app.importers.records import AddressRecord, OrderRecord, ParsedFile
from app.models import Address, Customer, ImportBatch, Order, OrderEvent, OrderLine
from app.models.base import utcnow
from app.services.importing.order_plan import Plan, PlannedOrder, line_vat, select_in
from app.services.orders import lifecycle
from app.services.orders.problems import refresh_problems
from app.services.orders.search_index import reindex_orders, search_body
from app.services.shopfile.bulk import sync_id_sequences

CHUNK = 5000
ORDER_COLS = ("id", "number", "source", "external_number", "created_at", "updated_at", "status", "customer_id",
              "customer_name", "email", "phone", "billing_address_id", "shipping_address_id", "currency",
              "payment_method", "payment_status", "shipping_method", "shipping_cost", "discount", "total",
              "items_count", "customer_note", "internal_note", "import_batch_id")
LINE_COLS = ("id", "order_id", "position", "product_id", "sku", "ean", "name", "quantity", "unit_price", "vat_rate")
EVENT_COLS = ("id", "order_id", "at", "kind", "from_status", "to_status", "who", "why")
ADDRESS_COLS = ("id", "customer_id", "name", "company", "street", "postal_code", "city", "country", "phone")
CUSTOMER_COLS = ("id", "name", "email", "phone", "company")
UPDATE_COLS = ("customer_name", "email", "phone", "billing_address_id", "shipping_address_id", "currency",
               "payment_method", "payment_status", "shipping_method", "shipping_cost", "discount", "total",
               "items_count", "customer_note", "internal_note", "import_batch_id", "updated_at", "status")


class _Writer:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.ph = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        self.sql: dict[str, tuple[str, tuple]] = {}

    def dt(self, value: datetime | None) -> object:
        if value is None:
            return None
        if value.utcoffset():
            value = value.astimezone(UTC)
        value = value.replace(tzinfo=None)
        # The text SQLAlchemy's SQLite DateTime writes, so both read back and sort alike.
        return value.isoformat(sep=" ", timespec="microseconds") if self.sqlite else value

    def money(self, value: Decimal) -> object:
        return str(value) if self.sqlite else value

    def _plain(self, value: object) -> object:
        if isinstance(value, datetime):
            return self.dt(value)
        if isinstance(value, bool):
            return int(value) if self.sqlite else value
        if isinstance(value, Decimal):
            return self.money(value)
        return value

    def insert(self, table: Table, cols: tuple[str, ...], rows: list[tuple]) -> None:
        """INSERT rows (tuples in `cols` order); other columns get their model default."""
        if not rows:
            return
        if table.name not in self.sql:
            extra_names, extra_values = [], []
            for c in table.columns:
                if c.name in cols or (c.default is None and c.server_default is not None):
                    continue
                value = None
                if c.default is not None and c.default.is_scalar:
                    value = c.default.arg
                elif c.default is not None and c.default.is_callable:
                    value = c.default.arg(None)
                extra_names.append(c.name)
                extra_values.append(self._plain(value))
            names = ", ".join(f'"{n}"' for n in (*cols, *extra_names))
            marks = ", ".join([self.ph] * (len(cols) + len(extra_names)))
            self.sql[table.name] = (f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', tuple(extra_values))
        sql, extra = self.sql[table.name]
        self.conn.exec_driver_sql(sql, [r + extra for r in rows] if extra else rows)

    def next_id(self, table: Table) -> int:
        return int(self.conn.exec_driver_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table.name}"').scalar()) + 1


def _unique_numbers(session: Session, source: str, planned: list[PlannedOrder]) -> dict[str, str]:
    """Our number for each new order: the shop's number, or '<source>-<number>' when that is taken here."""
    prefix = source.split(":", 1)[-1].strip().replace(" ", "-")[:15] or "import"
    wanted = {p.record.external_number: p.record.external_number[:40] for p in planned}
    alternatives = {ext: f"{prefix}-{ext}"[:40] for ext in wanted}
    candidates = list(set(wanted.values()) | set(alternatives.values()))
    taken = {n for (n,) in select_in(session, 'SELECT number FROM "order" WHERE number IN ({})', candidates)}
    result: dict[str, str] = {}
    for ext, number in wanted.items():
        if number in taken:
            number = alternatives[ext]
            n = 2
            while number in taken or session.scalar(select(Order.id).where(Order.number == number)) is not None:
                number = f"{alternatives[ext][:36]}-{n}"
                n += 1
        taken.add(number)
        result[ext] = number
    return result


def write_orders(session: Session, parsed: ParsedFile, plan: Plan, digest: str, counts: tuple[int, int, int],
                 who: str, progress: Progress) -> tuple[int, list[int], list[int]]:
    """Write the planned new and updated orders; returns (batch id, new order ids, updated order ids). `counts`
    (new, updated, skipped: the preview's) are recorded on the batch."""
    now = utcnow()
    new_count, updated_count, skipped_count = counts
    batch = ImportBatch(kind="orders", source=parsed.source[:40], filename=parsed.filename[:500], sha256=digest,
                        created_at=now, who=who, new_count=new_count, updated_count=updated_count,
                        skipped_count=skipped_count)
    session.add(batch)
    session.flush()  # takes the write lock: the max(id)s below stay ours until commit
    w = _Writer(session.connection())
    now_db = w.dt(now)
    ids = {t: w.next_id(t.__table__) for t in (Customer, Address, Order, OrderLine, OrderEvent)}
    new = [p for p in plan.orders if p.action == "new"]
    updates = [p for p in plan.orders if p.action == "update"]
    customers = _customers(session, w, ids, [p.record for p in new])
    numbers = _unique_numbers(session, parsed.source, new)
    work = len(new) + len(updates) or 1
    new_ids: list[int] = []
    for start in range(0, len(new), CHUNK):
        progress(start, work, f"Writing new orders ({start:,} of {len(new):,})")
        order_rows, addr_rows, line_rows, event_rows, fts_rows = [], [], [], [], []
        for p in new[start:start + CHUNK]:
            r, oid = p.record, ids[Order]
            ids[Order] += 1
            new_ids.append(oid)
            cid = customers[r.email] if r.email else customers[id(r)]
            ship_id, bill_id = _addresses(w, ids, addr_rows, cid, r)
            lines = _lines(w, ids, line_rows, plan, oid, r)
            skus = [ln[4] for ln in lines]
            eans = [ln[5] for ln in lines]
            number = numbers[r.external_number]
            total = r.total
            items = sum([ln.quantity for ln in r.lines])
            order_rows.append((
                oid, number, parsed.source, r.external_number, w.dt(r.created_at or now), now_db, r.status, cid,
                r.customer_name, r.email or None, r.phone or None, bill_id, ship_id, r.currency, r.payment_method,
                r.payment_status, r.shipping_method, w.money(r.shipping_cost), w.money(r.discount), w.money(total),
                items, r.customer_note, r.internal_note, batch.id))
            event_rows.append((ids[OrderEvent], oid, now_db, "import", None, r.status, who,
                               msg("Imported from {file} ({format} #{number})", file=parsed.filename,
                                   format=parsed.format, number=r.external_number)))
            ids[OrderEvent] += 1
            if w.sqlite:
                fts_rows.append((oid, search_body(number, r.customer_name, r.email, r.phone, skus, eans, None,
                                                  r.external_number)))
        w.insert(Address.__table__, ADDRESS_COLS, addr_rows)
        w.insert(Order.__table__, ORDER_COLS, order_rows)
        w.insert(OrderLine.__table__, LINE_COLS, line_rows)
        w.insert(OrderEvent.__table__, EVENT_COLS, event_rows)
        if fts_rows:
            w.conn.exec_driver_sql("INSERT INTO order_fts(rowid, body) VALUES (?, ?)", fts_rows)
    progress(len(new), work, "Updating orders")
    updated_ids = _update(session, w, ids, plan, updates, parsed, who, now, batch.id)
    sync_id_sequences(w.conn, [m.__table__.name for m in (Customer, Address, Order, OrderLine, OrderEvent)])
    progress(work, work, "Done")
    return batch.id, new_ids, updated_ids


def _customers(session: Session, w: _Writer, ids: dict, records: list[OrderRecord]) -> dict:
    """Customer id per e-mail (existing ones reused), and per record (id(record)) for orders without one."""
    emails = sorted({r.email for r in records if r.email})
    found: dict[object, int] = {}
    for email, cid in sorted(select_in(session, "SELECT email, id FROM customer WHERE email IN ({})", emails),
                             key=lambda row: row[1]):
        found.setdefault(email, cid)
    rows = []
    for r in records:
        key = r.email or id(r)
        if key in found:
            continue
        found[key] = ids[Customer]
        rows.append((ids[Customer], r.customer_name, r.email or None, r.phone or None,
                     (r.billing.company if r.billing else "") or None))
        ids[Customer] += 1
    w.insert(Customer.__table__, CUSTOMER_COLS, rows)
    return found


def _address_row(aid: int, cid: int | None, a: AddressRecord) -> tuple:
    return (aid, cid, a.name, a.company or None, a.street, a.postal_code, a.city, a.country or "PL", a.phone or None)


def _addresses(w: _Writer, ids: dict, rows: list, cid: int | None, r: OrderRecord) -> tuple[int | None, int | None]:
    ship_id = bill_id = None
    if r.shipping is not None:
        ship_id = ids[Address]
        rows.append(_address_row(ship_id, cid, r.shipping))
        ids[Address] += 1
    if r.billing is not None and (r.shipping is None or r.billing.key() != r.shipping.key()):
        bill_id = ids[Address]
        rows.append(_address_row(bill_id, cid, r.billing))
        ids[Address] += 1
    return ship_id, bill_id or ship_id


def _lines(w: _Writer, ids: dict, rows: list, plan: Plan, oid: int, r: OrderRecord) -> list[tuple]:
    made = []
    for pos, ln in enumerate(r.lines):
        ref = plan.product_for(ln)
        row = (ids[OrderLine], oid, pos, ref.id if ref else None, ref.sku if ref else ln.sku,
               (ref.ean if ref else ln.ean) or None, ln.name or (ref.sku if ref else ln.sku), ln.quantity,
               w.money(ln.unit_price), line_vat(plan, r, ln))
        ids[OrderLine] += 1
        made.append(row)
    rows.extend(made)
    return made


def _update(session: Session, w: _Writer, ids: dict, plan: Plan, updates: list[PlannedOrder], parsed: ParsedFile,
            who: str, now: datetime, batch_id: int) -> list[int]:
    """Rewrite orders the file changed and we did not: fields, addresses (new snapshots), lines, index."""
    if not updates:
        return []
    order_ids = [p.existing_id for p in updates]
    marks = lambda n: ", ".join([w.ph] * n)
    sets = ", ".join(f'"{c}" = {w.ph}' for c in UPDATE_COLS)
    addr_rows, line_rows, event_rows, update_rows = [], [], [], []
    cust: dict[int, int | None] = {}
    for i in range(0, len(order_ids), 500):
        cust.update(session.execute(select(Order.id, Order.customer_id)
                                    .where(Order.id.in_(order_ids[i:i + 500]))).all())
    for p in updates:
        r, oid = p.record, p.existing_id
        ship_id, bill_id = _addresses(w, ids, addr_rows, cust.get(oid), r)
        _lines(w, ids, line_rows, plan, oid, r)
        status = p.existing_status
        if "status" in p.changed:
            # An import moves an order only to cancelled or shipped (see import_plan._decide).
            why = (msg("Cancelled in the shop's export {file}", file=parsed.filename) if r.status == lifecycle.CANCELLED
                   else msg("Shipped in the shop's export {file}", file=parsed.filename))
            event_rows.append((ids[OrderEvent], oid, w.dt(now), "status", status, r.status, who, why))
            ids[OrderEvent] += 1
            status = r.status
        event_rows.append((ids[OrderEvent], oid, w.dt(now), "import", None, None, who,
                           msg("Updated from {file}: {changes}", file=parsed.filename, changes=", ".join(p.changed))))
        ids[OrderEvent] += 1
        update_rows.append((r.customer_name, r.email or None, r.phone or None, bill_id, ship_id, r.currency,
                            r.payment_method, r.payment_status, r.shipping_method, w.money(r.shipping_cost),
                            w.money(r.discount), w.money(r.total), sum(ln.quantity for ln in r.lines),
                            r.customer_note, r.internal_note, batch_id, w.dt(now), status, oid))
    for i in range(0, len(order_ids), 500):
        chunk = order_ids[i:i + 500]
        w.conn.exec_driver_sql(f"DELETE FROM order_line WHERE order_id IN ({marks(len(chunk))})", tuple(chunk))
    w.insert(Address.__table__, ADDRESS_COLS, addr_rows)
    w.conn.exec_driver_sql(f'UPDATE "order" SET {sets} WHERE id = {w.ph}', update_rows)
    w.insert(OrderLine.__table__, LINE_COLS, line_rows)
    w.insert(OrderEvent.__table__, EVENT_COLS, event_rows)
    reindex_orders(session, order_ids)  # SQLite only; rewrites the index rows of these orders
    _recheck_problems(session, order_ids)
    return order_ids


def _recheck_problems(session: Session, order_ids: list[int]) -> None:
    """Reasons an earlier verification gave are checked again for the orders the file changed: a payment the
    shop's export now reports must not go on showing as "Not paid" in the list. Only flagged orders are loaded."""
    for i in range(0, len(order_ids), 500):
        flagged = session.scalars(
            select(Order).where(Order.id.in_(order_ids[i:i + 500]), Order.problems > "",
                                Order.status.in_(lifecycle.VERIFIABLE))
            .options(selectinload(Order.lines).selectinload(OrderLine.product), selectinload(Order.shipping_address))
            .execution_options(populate_existing=True)).all()
        for order in flagged:
            refresh_problems(session, order)
    session.flush()
