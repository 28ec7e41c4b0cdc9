"""The demo shop at the packing station: pack barcodes, a queue with priorities, a held and a claimed order, weeks
of pack log, and the owner's PIN, so the station and the pack log show real content the moment the demo opens.

Two steps, both bulk like the rest of the demo. `add_pack_lines` runs on the specs before stock is counted: two
ready orders take a whole pack of a product that has a pack barcode (a café's twelve bags of coffee), so scanning
a pack ticks something. `write_packing` runs in the demo's transaction after the orders are written: it reads back
what it needs and writes what the station's services would have written (the history's texts are theirs), so the
histories, the claims and the log agree and `zaplecze check` still passes. Its randomness is its own
(`random.Random(seed)`), so the rest of the demo stays what it was.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, func, select

from app.core.messages import msg
from app.models import Order, OrderEvent, OrderLine, PackingSettings, Parcel, Product, Shipment
from app.services.demo.catalogue import COD_FEE, FREE_SHIPPING_FROM, PARCEL_PACKAGING_G, SHIPPING_METHODS
from app.services.demo.orders import DAY, MIN, Spec
from app.services.demo.people import DemoProduct, make_ean13
from app.services.orders import lifecycle as lc
from app.services.packing.completing import HOLD_REASONS, HOLD_TEMPLATE
from app.services.packing.pin import salted_hash
from app.services.shopfile.bulk import BulkInsert, sqlite_utc

DEMO_PIN = "1234"  # the owner's PIN of the demo shop (README says so)
# Products sold in packs too, and how many units one scan of the pack's own EAN is.
PACKS: tuple[tuple[str, int], ...] = (
    ("KAWA-BR-250", 12), ("HERB-AS-100", 12), ("CZEK-KLA", 24), ("CZEK-SOL", 24), ("KONF-TRU", 6),
    ("MYDL-LAW", 6), ("PLAS", 24), ("FILT", 12),
)
PACK_ITEMS = 90_001  # the pack EANs' item numbers: far above the products' own (1, 2, 3 ...)
STATIONS = ("Stanowisko 1", "Stanowisko 2")
# Median seconds of a one-item order per packer: a quick one, an average one, a careful one.
PACKERS = {"Ania": 80.0, "Tomek": 105.0, "Magda": 125.0}
# Who packs on which weekday (Monday 0); the first of a day is at station 1, the second at station 2.
ROSTER: dict[int, tuple[str, ...]] = {0: ("Ania", "Tomek"), 1: ("Ania", "Magda"), 2: ("Ania", "Tomek"),
                                      3: ("Ania", "Magda"), 4: ("Ania", "Tomek"), 5: ("Magda",), 6: ("Tomek",)}
LOG_DAYS = 28
SECONDS = (40, 400)
# Why an order went out incomplete, as a packer types it (the owner's PIN let it through).
OVERRIDE_REASONS = ("Klientka zgodziła się na wysyłkę bez brakującej sztuki, dośle ją w przyszłym tygodniu.",
                    "Ostatnia sztuka uszkodzona; klient prosił, żeby wysłać resztę od razu.")
def pack_ean(index: int) -> str:
    """The demo's pack EAN number `index` (0-based): a valid EAN-13 of the shop's prefix that no product has."""
    return make_ean13(PACK_ITEMS + index)


def add_pack_lines(specs: list[Spec], products: Sequence[DemoProduct], usable: set[int],
                   rng: random.Random) -> set[int]:
    """Two ready orders take whole packs of a product with a pack barcode (its totals made again); returns their
    ids. Orders another one duplicates keep their lines (the duplicate's warning compares them)."""
    by_sku = {p.sku: i for i, p in enumerate(products)}
    packs = [(by_sku[sku], n) for sku, n in PACKS if by_sku.get(sku) in usable]
    originals = {id(s.dup_of) for s in specs if s.dup_of is not None}
    ready = [s for s in specs if s.status == lc.READY and id(s) not in originals]
    chosen: set[int] = set()
    if not packs:
        return chosen
    picked = rng.sample(ready, min(2, len(ready)))
    for k, (s, (product, units)) in enumerate(zip(picked, rng.sample(packs, min(len(picked), len(packs))))):
        lines = dict(s.lines)
        lines[product] = units * (1 + k % 2)  # a pack, or two
        s.lines = list(lines.items())  # a new list: a duplicate may share the old one
        goods = sum(products[p].price * q for p, q in s.lines)
        method = SHIPPING_METHODS[s.ship]
        s.shipping_cost = (0 if goods >= FREE_SHIPPING_FROM else method[1]) + (COD_FEE if s.pay == "cod" else 0)
        s.discount = goods // 10 if s.discount else 0
        s.goods = goods
        chosen.add(s.id)
    return chosen


class _Sql:
    """Raw statements in the connection's parameter style (SQLite's ? or psycopg's %s), at executemany speed."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"

    def __call__(self, sql: str, rows: list[tuple]) -> None:
        if rows:
            self.conn.exec_driver_sql(sql.replace("?", self.mark), rows)


# The texts the station's services write (app.services.packing.claims and .completing), shown translated.
def _started(station: str) -> str:
    return msg("Packing started at station {station}", station=station)


def _packed(station: str, seconds: int) -> str:
    return msg("Packed at station {station} in {seconds} s", station=station, seconds=seconds)


def _override(station: str, why: str, sku: str, scanned: int, ordered: int) -> str:
    return msg("Packed incomplete with the owner's PIN at station {station}: {why} (not scanned: {missing})",
               station=station, why=why, missing=msg("{sku}: {scanned} of {ordered}", sku=sku, scanned=scanned,
                                                     ordered=ordered))


def _us(at: datetime) -> int:
    return (at - datetime(1970, 1, 1, tzinfo=UTC)) // _ONE_US


_ONE_US = datetime(1970, 1, 1, 0, 0, 0, 1, tzinfo=UTC) - datetime(1970, 1, 1, tzinfo=UTC)


def write_packing(conn: Connection, rng: random.Random, now: int, tz: ZoneInfo, keep: set[int]) -> dict[int, str]:
    """Inside the demo's transaction, after its orders are written: pack barcodes, the queue, a held and a claimed
    order, the pack log. `keep`: orders that stay in the queue (the ones with whole packs). Returns the orders whose
    status it moved, with their new status."""
    sql = _Sql(conn)
    sql("UPDATE product SET pack_ean = ?, pack_quantity = ? WHERE sku = ?",
        [(pack_ean(i), n, sku) for i, (sku, n) in enumerate(PACKS)])
    _owner_pin(conn, sql)
    moved = _queue(conn, sql, rng, now, keep)
    _pack_log(conn, sql, rng, now, tz)
    return moved


def _owner_pin(conn: Connection, sql: _Sql) -> None:
    """The owner's PIN is DEMO_PIN, as set_owner_pin stores it (salted scrypt); a PIN already set is kept."""
    row = conn.execute(select(PackingSettings.pin_hash).where(PackingSettings.id == 1)).first()
    if row is None:
        BulkInsert(conn, "packing_settings", ("id", "pin_salt", "pin_hash"))([(1, *salted_hash(DEMO_PIN))])
    elif row[0] is None:
        sql("UPDATE packing_settings SET pin_salt = ?, pin_hash = ? WHERE id = 1", [salted_hash(DEMO_PIN)])


def _queue(conn: Connection, sql: _Sql, rng: random.Random, now: int, keep: set[int]) -> dict[int, str]:
    """Ready orders: a few first in the queue (priority); one held at packing (its reservation kept, as hold_order
    keeps it), one being packed right now at station 2 (a fresh claim)."""
    last = dict(conn.execute(select(Order.id, func.max(OrderEvent.at)).join(OrderEvent, OrderEvent.order_id == Order.id)
                             .where(Order.status == lc.READY).group_by(Order.id).order_by(Order.id)).all())
    free = [oid for oid, at in last.items() if oid not in keep and _us(at) < now - 60 * MIN]
    events = BulkInsert(conn, "order_event", ("order_id", "at", "kind", "from_status", "to_status", "who", "why"))
    moved: dict[int, str] = {}
    if len(free) >= 4:
        held, claimed = rng.sample(free, 2)
        moved = {held: lc.ON_HOLD, claimed: lc.PACKING}
        hold_at, why = now - 35 * MIN, msg(HOLD_TEMPLATE, reason=HOLD_REASONS[0])
        events([(held, sqlite_utc(hold_at - 4 * MIN), "status", lc.READY, lc.PACKING, "Ania",
                 _started(STATIONS[0])),
                (held, sqlite_utc(hold_at), "status", lc.PACKING, lc.ON_HOLD, "Ania", why),
                (claimed, sqlite_utc(now - 3 * MIN), "status", lc.READY, lc.PACKING, "Tomek",
                 _started(STATIONS[1]))])
        sql('UPDATE "order" SET status = ?, problems = ?, updated_at = ?, locally_changed_at = ? WHERE id = ?',
            [(lc.ON_HOLD, why, sqlite_utc(hold_at), sqlite_utc(hold_at), held),
             (lc.PACKING, "", sqlite_utc(now - 3 * MIN), sqlite_utc(now - 3 * MIN), claimed)])
        BulkInsert(conn, "pack_claim", ("order_id", "station", "who", "claimed_at"))(
            [(claimed, STATIONS[1], "Tomek", sqlite_utc(now - 3 * MIN))])
    queue = [oid for oid in last if oid not in moved]
    first = [oid for oid in queue if oid in keep][:1]  # a whole-packs order among the first, to show the pack scan
    others = [oid for oid in queue if oid not in keep]
    first += rng.sample(others, min(max(2, len(queue) // 6) - len(first), len(others)))
    sql('UPDATE "order" SET priority = ? WHERE id = ?', [(True, oid) for oid in first])
    return moved


def _pack_log(conn: Connection, sql: _Sql, rng: random.Random, now: int, tz: ZoneInfo) -> None:
    """A row per order packed in the last four weeks, by the day's packers; the order's history says the same."""
    since = datetime.fromtimestamp((now - LOG_DAYS * DAY) / 1_000_000, UTC)
    packed_ev = select(OrderEvent.order_id, OrderEvent.id.label("eid"), OrderEvent.at).where(
        OrderEvent.to_status == lc.PACKED, OrderEvent.at >= since).subquery()
    started_ev = select(OrderEvent.order_id, OrderEvent.id.label("eid"), OrderEvent.at).where(
        OrderEvent.to_status == lc.PACKING).subquery()
    grams = (select(func.coalesce(func.sum(OrderLine.quantity * Product.weight_g), 0))
             .join(Product, Product.id == OrderLine.product_id).where(OrderLine.order_id == Order.id)
             .scalar_subquery())
    size = (select(Parcel.size).join(Shipment, Shipment.id == Parcel.shipment_id)
            .where(Shipment.order_id == Order.id).limit(1).scalar_subquery())
    last_event = select(func.max(OrderEvent.id)).where(OrderEvent.order_id == Order.id).scalar_subquery()
    rows = conn.execute(
        select(Order.id, Order.status, Order.items_count, packed_ev.c.eid, packed_ev.c.at, started_ev.c.eid,
               started_ev.c.at, grams, size, last_event)
        .join(packed_ev, packed_ev.c.order_id == Order.id).join(started_ev, started_ev.c.order_id == Order.id)
        .order_by(packed_ev.c.at)).all()
    # Packed incomplete with the PIN: orders still packed whose last word is their packing (the override's event
    # goes just before it, as pack_order writes it).
    can_override = [r for r in rows if r[1] == lc.PACKED and r[2] >= 2 and r[9] == r[3]]
    overridden = {r[0]: why for r, why in zip(rng.sample(can_override, min(2, len(can_override))), OVERRIDE_REASONS)}
    log, started_up, packed_up, overrides = [], [], [], []
    for oid, _status, items, packed_id, packed_at, started_id, started_at, g, parcel_size, _last in rows:
        packed_us, started_floor = _us(packed_at), _us(started_at)
        day = datetime.fromtimestamp(packed_us / 1_000_000, tz).date()
        who, station = _packer(rng, day)
        units = items - 1 if oid in overridden else items
        wrong = _wrong_scans(rng, who)
        seconds = _seconds(rng, who, units, wrong)
        start = max(packed_us - seconds * 1_000_000, started_floor)  # never before the order was released to packing
        seconds = (packed_us - start) // 1_000_000
        weight = round((g + PARCEL_PACKAGING_G) / 1000, 2)
        why = overridden.get(oid, "")
        log.append((oid, station, who, sqlite_utc(start), sqlite_utc(packed_us), seconds, units, wrong, weight,
                    parcel_size or "", bool(why), why))
        started_up.append((sqlite_utc(start), who, _started(station), started_id))
        text = _packed(station, seconds)
        if why:
            overrides.append((oid, packed_id, packed_us, who, station, why, text))
        else:
            packed_up.append((who, text, packed_id))
    BulkInsert(conn, "pack_log", ("order_id", "station", "who", "started_at", "packed_at", "seconds", "units",
                                  "wrong_scans", "weight", "size", "overridden", "override_why"))(log)
    sql("UPDATE order_event SET at = ?, who = ?, why = ? WHERE id = ?", started_up)
    sql("UPDATE order_event SET who = ?, why = ? WHERE id = ?", packed_up)
    _overrides(conn, sql, overrides)


def _overrides(conn: Connection, sql: _Sql, overrides: list[tuple]) -> None:
    """The override's event where the packed event was, then the packed event after it (pack_order's order)."""
    events = BulkInsert(conn, "order_event", ("order_id", "at", "kind", "from_status", "to_status", "who", "why"))
    for oid, packed_id, packed_us, who, station, why, text in overrides:
        lines = conn.execute(select(OrderLine.sku, OrderLine.quantity).where(OrderLine.order_id == oid)
                             .order_by(OrderLine.position, OrderLine.id)).all()
        sku, ordered = lines[-1]
        sql("UPDATE order_event SET kind = ?, from_status = NULL, to_status = NULL, who = ?, why = ? WHERE id = ?",
            [("override", who, _override(station, why, sku, ordered - 1, ordered), packed_id)])
        events([(oid, sqlite_utc(packed_us), "status", lc.PACKING, lc.PACKED, who, text)])


def _packer(rng: random.Random, day: date) -> tuple[str, str]:
    """Who packed an order that day, and at which station (the day's first packer does more)."""
    crew = ROSTER[day.weekday()]
    i = 0 if len(crew) == 1 or rng.random() < 0.6 else 1
    return crew[i], STATIONS[i]


def _wrong_scans(rng: random.Random, who: str) -> int:
    r = rng.random() * (1.6 if who == "Magda" else 1.0)
    return 2 if r < 0.02 else 1 if r < 0.12 else 0


def _seconds(rng: random.Random, who: str, units: int, wrong: int) -> int:
    """Log-normal around the packer's median, longer for more items and for each wrong scan caught; drawn again
    when outside SECONDS (a clamp would pile orders up on its ends)."""
    median = PACKERS[who] * (1 + 0.2 * (min(max(units, 1), 6) - 1))
    seconds = 0.0
    for _ in range(10):
        seconds = median * math.exp(rng.gauss(0, 0.4)) + wrong * rng.uniform(8, 25)
        if SECONDS[0] <= seconds <= SECONDS[1]:
            break
    return int(min(max(seconds, SECONDS[0]), SECONDS[1]))
