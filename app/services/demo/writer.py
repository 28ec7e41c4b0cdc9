"""Turns demo specs into rows and writes them in bulk (one transaction, the caller's connection)."""

from __future__ import annotations

import random
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from app.services.demo.catalogue import SHIPPING_METHODS
from app.services.demo.orders import PACKER, Spec
from app.services.demo.people import DemoCustomer, DemoProduct, parcel_weight_kg
from app.services.orders import lifecycle as lc
from app.services.orders.search_index import search_body
from app.services.shipping.carriers import CARRIERS, DEFAULT_RULES
from app.services.shopfile.bulk import BulkInsert, sqlite_utc

WAREHOUSE = "magazyn"
_ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def carrier_of(method: str) -> tuple[str, str] | None:
    """(carrier, service) the shipping work would pick for this method text by its built-in rules."""
    text = method.lower()
    for fragment, code, service in DEFAULT_RULES:
        if fragment in text:
            return code, service
    return None


class DemoWriter:
    def __init__(self, conn: Connection, rng: random.Random, now: int, tz: ZoneInfo) -> None:
        self.conn, self.rng, self.now, self.tz = conn, rng, now, tz
        self.sqlite = conn.dialect.name == "sqlite"
        t = BulkInsert
        self.ins = {
            "customer": t(conn, "customer", ("id", "name", "email", "phone", "company", "nip", "created_at")),
            "import_batch": t(conn, "import_batch", ("id", "kind", "source", "filename", "sha256", "created_at",
                                                     "who", "new_count", "updated_count", "skipped_count")),
            "address": t(conn, "address", ("id", "customer_id", "name", "company", "street", "postal_code", "city",
                                           "country", "phone")),
            "order": t(conn, "order", (
                "id", "number", "source", "external_number", "created_at", "updated_at", "locally_changed_at",
                "status", "customer_id", "customer_name", "email", "phone", "billing_address_id",
                "shipping_address_id", "currency", "payment_method", "payment_status", "shipping_method",
                "shipping_cost", "discount", "total", "items_count", "tracking_number", "customer_note",
                "internal_note", "problems", "allow_negative_stock", "duplicate_ok", "import_batch_id", "buyer_nip")),
            "order_line": t(conn, "order_line", ("order_id", "position", "product_id", "sku", "ean", "name",
                                                 "quantity", "unit_price", "vat_rate", "reserved")),
            "order_event": t(conn, "order_event", ("order_id", "at", "kind", "from_status", "to_status", "who",
                                                   "why")),
            "shipment": t(conn, "shipment", ("id", "order_id", "carrier", "service", "locker_code", "cod_amount",
                                             "created_at", "created_by")),
            "parcel": t(conn, "parcel", ("shipment_id", "number", "tracking_number", "weight", "size")),
            "stock_document": t(conn, "stock_document", ("id", "kind", "number", "created_at", "who", "supplier",
                                                         "supplier_document", "order_id", "note")),
            "stock_movement": t(conn, "stock_movement", ("document_id", "product_id", "quantity", "reason",
                                                         "order_id", "who", "at", "purchase_price", "note")),
        }
        self.rows: dict[str, list[tuple]] = {name: [] for name in self.ins}
        self.fts: list[tuple[int, str]] = []
        self.next_customer = self.next_address = self.next_batch = self.next_doc = self.next_shipment = 0
        self.carriers = {name: carrier_of(name) for name, *_ in SHIPPING_METHODS}
        self.doc_numbers: dict[tuple[str, int], int] = {}
        self.product_ids: list[int] = []
        self.purchase: list[float] = []

    def products(self, products: list[DemoProduct], on_hand: list[int], reserved: list[int],
                 inactive: list[int]) -> None:
        rng = self.rng
        rows = []
        groups: dict[str, int] = {}
        created = sqlite_utc(self.now - 120 * 86_400_000_000)
        for i, p in enumerate(products, start=1):
            g = groups.setdefault(p.group, len(groups))
            net = p.price / (1 + (int(p.vat) / 100 if p.vat.isdigit() else 0))
            purchase = round(net * rng.uniform(0.4, 0.6))  # grosze, net
            self.purchase.append(purchase)
            self.product_ids.append(i)
            location = f"{'ABCD'[g % 4]}-{g:02d}-{sum(1 for q in products[:i - 1] if q.group == p.group) + 1}"
            rows.append((i, p.sku, p.ean, p.name, p.price / 100, p.vat, purchase / 100, p.weight_g,
                         location, p.supplier, rng.choice((3, 5, 10)), rng.choice((10, 20, 50)), p.group,
                         i - 1 not in inactive, created, created, on_hand[i - 1], reserved[i - 1], *p.size_mm,
                         p.category))
        BulkInsert(self.conn, "product", (
            "id", "sku", "ean", "name", "gross_price", "vat_rate", "purchase_price", "weight_g", "location",
            "supplier", "reorder_point", "reorder_qty", "group_name", "active", "created_at", "updated_at",
            "on_hand", "reserved", "length_mm", "width_mm", "height_mm", "category"))(rows)

    def opening_receipts(self, products: list[DemoProduct], quantities: list[int], at: int) -> None:
        """One goods receipt (PZ) per supplier before the first order: the stock everything else moves."""
        by_supplier: dict[str, list[int]] = {}
        for i, p in enumerate(products):
            if quantities[i] > 0:
                by_supplier.setdefault(p.supplier, []).append(i)
        for n, (supplier, items) in enumerate(sorted(by_supplier.items())):
            doc = self._document("PZ", at + n * 60_000_000, WAREHOUSE, None, supplier=supplier,
                                 supplier_document=f"FV {n + 1}/{self._local(at).month:02d}/{self._local(at).year}")
            for i in items:
                self.rows["stock_movement"].append((doc, i + 1, quantities[i], "receipt", None, WAREHOUSE,
                                                    sqlite_utc(at), self.purchase[i] / 100, ""))

    def customer(self, c: DemoCustomer, first_order: int) -> int:
        self.next_customer += 1
        since = first_order - int(self.rng.random() * 30 * 86_400_000_000)
        self.rows["customer"].append((self.next_customer, c.name, c.email, c.phone, c.company or None, c.nip or None,
                                      sqlite_utc(since)))
        return self.next_customer

    def batch(self, at: int, filename: str, sha: str, count: int) -> int:
        self.next_batch += 1
        self.rows["import_batch"].append((self.next_batch, "orders", "shopify", filename, sha, sqlite_utc(at),
                                          "import", count, 0, 0))
        return self.next_batch

    def order(self, s: Spec, c: DemoCustomer, customer_id: int, batch_id: int | None,
              steps: list[tuple], moments: dict[str, int], products: list[DemoProduct]) -> None:
        rng = self.rng
        method = SHIPPING_METHODS[s.ship][0]
        carrier = self.carriers[method]
        locker = ""
        if carrier and CARRIERS[carrier[0]].needs_locker:
            # Shops export the chosen pick-up point with the method: "InPost Paczkomat KRA012M".
            locker = f"{c.city.translate(_ASCII)[:3].upper()}{rng.randint(1, 199):02d}{rng.choice('MMMA')}"
            method = f"{method} {locker}"
        if s.source == "shopify":
            email, phone = c.email, c.phone if rng.random() < 0.85 else None
        else:
            email, phone = (c.email if rng.random() < 0.8 else None), c.phone
        self.next_address += 1
        ship_id = self.next_address
        street, postal, city = c.street, c.postal_code, c.city
        if s.missing == "street":
            street = ""
        elif s.missing == "postal code":
            postal = ""
        elif s.missing == "city":
            city = ""
        self.rows["address"].append((ship_id, customer_id, c.name, None, street, postal, city, "PL", c.phone))
        bill_id = ship_id
        if c.company:
            self.next_address += 1
            bill_id = self.next_address
            self.rows["address"].append((bill_id, customer_id, c.name, c.company, c.street, c.postal_code, c.city,
                                         "PL", c.phone))
        reserving = s.status in lc.RESERVING
        skus, eans, items = [], [], 0
        lines = self.rows["order_line"]
        for pos, (p, q) in enumerate(s.lines):
            prod = products[p]
            lines.append((s.id, pos, p + 1, prod.sku, prod.ean, prod.name, q, prod.price / 100, prod.vat,
                          q if reserving else 0))
            skus.append(prod.sku)
            eans.append(prod.ean)
            items += q
        last = moments["last"]
        total = (s.goods + s.shipping_cost - s.discount) / 100
        self.rows["order"].append((
            s.id, s.number, s.source, s.ext, sqlite_utc(s.created), sqlite_utc(last),
            sqlite_utc(last) if len(steps) > 1 else None, s.status, customer_id, c.name, email, phone, bill_id,
            ship_id, "PLN", s.pay, s.paid, method, s.shipping_cost / 100, s.discount / 100, total, items, s.tracking,
            s.customer_note, s.internal_note, "\n".join(s.problems), False, False, batch_id, c.nip or None))
        events = self.rows["order_event"]
        for at, kind, frm, to, who, why in steps:
            events.append((s.id, sqlite_utc(at), kind, frm, to, who, why))
        self.fts.append((s.id, search_body(s.number, c.name, email, phone, skus, eans, s.tracking, s.ext)))
        if s.tracking and carrier:
            self._shipment(s, carrier, locker, total, moments, parcel_weight_kg(products, s.lines))
        if lc.SHIPPED in moments:
            self._stock_doc("WZ", moments[lc.SHIPPED], PACKER, s, -1, "issue")
        if lc.RETURNED in moments:
            self._stock_doc("ZW", moments[lc.RETURNED], WAREHOUSE, s, 1, "return")

    def _shipment(self, s: Spec, carrier: tuple[str, str], locker: str, total: float, moments: dict[str, int],
                  weight: float) -> None:
        """The shipment and parcel the label was printed from, when the order was packed."""
        self.next_shipment += 1
        info = CARRIERS[carrier[0]]
        at = moments.get(lc.PACKED, moments["last"])
        self.rows["shipment"].append((self.next_shipment, s.id, carrier[0], carrier[1], locker or None,
                                      total if s.pay == "cod" else None, sqlite_utc(at), PACKER))
        size = self.rng.choice(info.sizes) if info.sizes else ""
        self.rows["parcel"].append((self.next_shipment, 1, s.tracking, weight, size))

    def _stock_doc(self, kind: str, at: int, who: str, s: Spec, sign: int, reason: str) -> None:
        doc = self._document(kind, at, who, s.id)
        stamp = sqlite_utc(at)
        for p, q in s.lines:
            self.rows["stock_movement"].append((doc, p + 1, sign * q, reason, s.id, who, stamp, None, ""))

    def _document(self, kind: str, at: int, who: str, order_id: int | None, supplier: str = "",
                  supplier_document: str = "") -> int:
        year = self._local(at).year
        n = self.doc_numbers.get((kind, year), 0) + 1
        self.doc_numbers[(kind, year)] = n
        self.next_doc += 1
        self.rows["stock_document"].append((self.next_doc, kind, f"{kind} {n}/{year}", sqlite_utc(at), who,
                                            supplier, supplier_document, order_id, ""))
        return self.next_doc

    def _local(self, us: int) -> datetime:
        return datetime.fromtimestamp(us / 1_000_000, self.tz)

    def flush(self) -> None:
        """Write what has been made so far, parents before children."""
        for name, insert in self.ins.items():
            if self.rows[name]:
                insert(self.rows[name])
            self.rows[name] = []
        if self.fts and self.sqlite:
            self.conn.exec_driver_sql("INSERT INTO order_fts(rowid, body) VALUES (?, ?)", self.fts)
        self.fts = []
