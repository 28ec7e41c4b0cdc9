"""The demo shop: a Polish home-and-kitchen shop with products, customers and orders in every status.

`zaplecze --demo` fills a fresh file with 600 orders; `zaplecze demo-data --orders 200000` fills one for
benchmarks. Everything the app keeps consistent is consistent here too, so `zaplecze check` passes:
totals and item counts, stock reserved by orders waiting to be packed, on-hand stock as the sum of the
ledger's movements (an opening goods receipt, a goods issue per shipped order, a return document per
returned one), and the search index. The same seed (and `now`) gives the same shop.

Speed: rows are made as plain tuples and written with `exec_driver_sql` in one transaction (see
`app.services.shopfile.bulk`); 200,000 orders take well under a minute.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.core.errors import DomainError
from app.core.messages import msg
from app.core.progress import Progress
from app.db import Database
from app.models import Customer, Order, OrderEvent, PrintQueueEntry, Product, Shipment
from app.services.demo.complaints import write_complaints
from app.services.demo.customers import write_customers
from app.services.demo.history import history
from app.services.demo.invoicing import make_companies, write_invoicing
from app.services.demo.ksef import write_ksef_states
from app.services.demo.orders import DAY, HOUR, NOT_PAID, OrderMaker, Spec
from app.services.demo.packing import add_pack_lines, write_packing
from app.services.demo.people import make_customers, make_products
from app.services.demo.writer import DemoWriter
from app.services.invoicing.settings import read_settings as read_invoice_settings
from app.services.orders import lifecycle as lc
from app.services.shipping.data import SenderData, ShippingSettingsData
from app.services.shipping.settings import read_settings, write_settings
from app.services.shopfile.bulk import sync_id_sequences

BATCH_WINDOW = 2 * HOUR  # a Shopify export is imported every two hours


@dataclass(frozen=True)
class DemoSummary:
    products: int
    customers: int
    orders: int
    lines: int
    events: int
    seconds: float
    by_status: dict[str, int] = field(default_factory=dict)
    invoices: int = 0  # VAT invoices issued (corrections not counted)
    corrections: int = 0
    complaints: int = 0
    contacts: int = 0

    @property
    def rows(self) -> int:
        return self.products + self.customers + self.orders + self.lines + self.events


def fill_demo(db: Database, orders: int = 600, seed: int = 7, progress: Progress | None = None,
              now: datetime | None = None) -> DemoSummary:
    """Fill an empty database with a demo shop of `orders` orders over the 90 days before `now`."""
    started = time.perf_counter()
    if orders < 0:
        raise DomainError(msg("The number of demo orders cannot be negative."))
    with db.session() as session:
        existing = session.scalar(select(func.count()).select_from(Order)) or 0
        existing += session.scalar(select(func.count()).select_from(Product)) or 0
    if existing:
        raise DomainError(msg("The database {database} already holds orders or products; demo data goes into an "
                              "empty database only.", database=db.path or db.url))
    rng = random.Random(seed)
    now_dt = (now or datetime.now(UTC)).astimezone(UTC)
    now_us = int(now_dt.timestamp()) * 1_000_000 + now_dt.microsecond
    products = make_products()
    active = [i for i in range(len(products))]
    inactive = rng.sample(active, 2)
    active = [i for i in active if i not in inactive]
    sold_out = rng.sample(active, 3)
    low = rng.sample([i for i in active if i not in sold_out], 5)
    customers = make_customers(rng, max(30, orders * 55 // 100))
    maker = OrderMaker(rng, now_us, len(customers), [p.price for p in products], [p.weight for p in products],
                       active, sold_out, [p.sku for p in products])
    report = progress or (lambda done, total, text: None)
    total_steps = orders * 2

    specs: list[Spec] = []
    n_dups = max(2, orders // 300) if orders >= 40 else 0
    for i in range(orders - n_dups):
        specs.append(maker.make(lc.STATUSES[i] if i < len(lc.STATUSES) else None))
        if i % 5000 == 4999:
            report(i, total_steps, "Making orders")
    candidates = [s for s in specs if s.status in (lc.NEW, lc.AWAITING_PAYMENT, lc.READY)]
    for k, orig in enumerate(rng.sample(candidates, min(n_dups, len(candidates)))):
        specs.append(maker.duplicate(orig, verified=k % 2 == 0))
    specs.sort(key=lambda s: s.created)
    _number(specs)
    # The packing station's demo (whole packs, queue, pack log) draws from its own randomness: the rest stays as it was.
    pack_rng = random.Random(seed * 7919 + 13)
    whole_packs = add_pack_lines(specs, products, {i for i in active if i not in sold_out}, pack_rng)
    # Invoicing's demo (company buyers, EUR orders, invoices) draws from its own randomness too.
    invoice_rng = random.Random(seed * 104_729 + 31)
    customers = make_companies(customers, specs, invoice_rng)

    # Stock: what orders waiting to be packed hold, what went out, what came back.
    reserved = [0] * len(products)
    issued = [0] * len(products)
    for s in specs:
        if s.status in lc.RESERVING:
            for p, q in s.lines:
                reserved[p] += q
        elif s.status in (lc.SHIPPED, lc.DELIVERED):
            for p, q in s.lines:
                issued[p] += q
    on_hand = []
    for i in range(len(products)):
        available = 0 if i in inactive or i in sold_out else rng.randint(1, 3) if i in low else rng.randint(8, 140)
        on_hand.append(reserved[i] + available)

    batch_counts = Counter(s.created // BATCH_WINDOW for s in specs if s.source == "shopify")
    tz = ZoneInfo(SHOP_TZ_DEFAULT)
    with db.session() as session, session.begin():
        w = DemoWriter(session.connection(), rng, now_us, tz)
        w.products(products, on_hand, reserved, inactive)
        w.opening_receipts(products, [on_hand[i] + issued[i] for i in range(len(products))],
                           now_us - 95 * DAY)
        cust_ids: dict[int, int] = {}
        batches: dict[int, tuple[int, str]] = {}
        events = lines = 0
        for start in range(0, len(specs), 10_000):
            chunk = specs[start:start + 10_000]
            for s in chunk:
                if s.cust not in cust_ids:
                    cust_ids[s.cust] = w.customer(customers[s.cust], s.created)
                if s.source == "shopify":
                    key = s.created // BATCH_WINDOW
                    if key not in batches:
                        at = min((key + 1) * BATCH_WINDOW + 3 * 60_000_000, now_us - 60_000_000)
                        name = "orders_export_" + _local(at, tz).strftime("%Y-%m-%d_%H%M") + ".csv"
                        sha = hashlib.sha256(f"{seed}:{key}".encode()).hexdigest()
                        batches[key] = (w.batch(at, name, sha, batch_counts[key]), name)
                    batch_id, batch_file = batches[key]
                    base = max(min((key + 1) * BATCH_WINDOW + 3 * 60_000_000, now_us - 60_000_000), s.created)
                else:
                    batch_id, batch_file, base = None, "", s.created
                if s.dup_of is not None and s.verified:
                    s.problems = ([] if s.pay == "cod" or s.paid == "paid" else [NOT_PAID])
                    s.problems.append(msg("Possible duplicate of order {number}", number=s.dup_of.number))
                steps, moments = history(rng, s, base, now_us, batch_file)
                w.order(s, customers[s.cust], cust_ids[s.cust], batch_id, steps, moments, products)
                events += len(steps)
                lines += len(s.lines)
            w.flush()
            report(orders + start + len(chunk), total_steps, "Writing orders")
        w.flush()  # what no chunk of orders took along (a shop of 0 orders still has its opening receipts)
        for oid, status in write_packing(session.connection(), pack_rng, now_us, tz, whole_packs).items():
            specs[oid - 1].status = status  # held at packing, or being packed at another station
        invoicing = write_invoicing(session, invoice_rng, now_dt, tz)
        write_ksef_states(session, random.Random(seed * 7 + 3), now_dt, read_invoice_settings(session).nip)
        sync_id_sequences(session.connection())  # PostgreSQL: the ids given out above, past every sequence
        _queue_recent_labels(session, now_dt)
        _demo_sender(session)
    # Complaints and returns through their own services, one use case per transaction, after the bulk is written.
    # Those services stamp the real clock, so a demo dated elsewhere (`now` given: the tests' fixed days) has none.
    complaints = replacements = contacts = 0
    customers_made = len(cust_ids)
    if now is None:
        with db.session() as session:
            complaints = write_complaints(session, random.Random(seed * 31 + 5), now_dt, tz)
            with session.begin():  # the free replacement orders some complaints were settled with
                replacements = (session.scalar(select(func.count()).select_from(Order)) or 0) - len(specs)
            # Customers' contacts, tags, consents, duplicates: through their services too, after the cases.
            contacts = write_customers(session, random.Random(seed * 37 + 11), now_dt, tz)
            with session.begin():  # with the duplicates and the old customer list it added
                customers_made = session.scalar(select(func.count()).select_from(Customer)) or 0
    by_status: dict[str, int] = {}
    for s in specs:
        by_status[s.status] = by_status.get(s.status, 0) + 1
    return DemoSummary(products=len(products), customers=customers_made, orders=len(specs) + replacements, lines=lines,
                       events=events, seconds=time.perf_counter() - started, by_status=by_status,
                       invoices=invoicing.invoices, corrections=invoicing.corrections, complaints=complaints,
                       contacts=contacts)


# The demo shop's own address, printed as the sender on every label (a real shop types its own in Settings).
DEMO_SENDER = SenderData(name="Anna Nowak", company="Zielony Kubek Anna Nowak", street="ul. Garbary 48",
                         postal_code="61-758", city="Poznań", country="PL", phone="+48 600 100 200",
                         email="sklep@example.com")


def _demo_sender(session: Session) -> None:
    current = read_settings(session)
    if not current.sender.name and not current.sender.company:
        write_settings(session, ShippingSettingsData(DEMO_SENDER, current.default_size, current.default_weight,
                                                     current.own_prefix))


def _queue_recent_labels(session: Session, now: datetime) -> None:
    """Orders packed in the last day still wait for their labels, so the Printing tab has its morning's work."""
    since = now - timedelta(days=1)
    recent = (select(OrderEvent.order_id).where(OrderEvent.to_status == lc.PACKED, OrderEvent.at >= since)
              .scalar_subquery())
    rows = session.execute(select(Shipment.id, Shipment.order_id).join(Order, Order.id == Shipment.order_id)
                           .where(Order.status == lc.PACKED, Order.id.in_(recent))).all()
    if rows:
        session.execute(insert(PrintQueueEntry), [
            {"kind": "label", "order_id": oid, "shipment_id": sid, "created_at": now} for sid, oid in rows])


def _number(specs: list[Spec]) -> None:
    """Ids follow time; hand-entered orders get Z000001..., Shopify ones their shop number #1001... as SH1001."""
    manual = 0
    shop = 1000
    for i, s in enumerate(specs, start=1):
        s.id = i
        if s.source == "shopify":
            shop += 1
            s.ext = str(shop)
            s.number = f"SH{shop}"
        else:
            manual += 1
            s.number = f"Z{manual:06d}"


def _local(us: int, tz: ZoneInfo) -> datetime:
    return datetime.fromtimestamp(us / 1_000_000, tz)

