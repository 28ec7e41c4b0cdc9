"""`zaplecze check`: SQLite's own integrity check, then our invariants. Each fault is one readable line."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import text

from app.db import Database


def _case_units_sql(units: str, kind: str, sign: str) -> str:
    """Cases whose lines' `units` (per product) differ from the units their stock documents of `kind` moved
    (`sign` "-" for documents that take stock out): either side may be missing."""
    return f"""WITH l AS (SELECT complaint_id AS cid, product_id AS pid, SUM({units}) AS q
                      FROM complaint_line WHERE product_id IS NOT NULL GROUP BY complaint_id, product_id),
                m AS (SELECT d.complaint_id AS cid, m.product_id AS pid, {sign}SUM(m.quantity) AS q
                      FROM stock_movement m JOIN stock_document d ON d.id = m.document_id
                      WHERE d.kind = '{kind}' AND d.complaint_id IS NOT NULL GROUP BY d.complaint_id, m.product_id)
           SELECT COALESCE(c.number, '#' || l.cid), COALESCE(p.sku, '#' || l.pid), l.q, COALESCE(m.q, 0) FROM l
           LEFT JOIN m ON m.cid = l.cid AND m.pid = l.pid
           LEFT JOIN complaint c ON c.id = l.cid LEFT JOIN product p ON p.id = l.pid
           WHERE COALESCE(m.q, 0) != l.q
           UNION ALL
           SELECT COALESCE(c.number, '#' || m.cid), COALESCE(p.sku, '#' || m.pid), 0, m.q FROM m
           LEFT JOIN l ON l.cid = m.cid AND l.pid = m.pid
           LEFT JOIN complaint c ON c.id = m.cid LEFT JOIN product p ON p.id = m.pid
           WHERE l.cid IS NULL AND m.q != 0"""

# (description, SQL returning offending rows as (id, detail...)); other issues append theirs.
INVARIANTS: list[tuple[str, str]] = [
    # Order invariants name the order by its number first, so a fault can be looked up in the window.
    (
        "order total differs from the sum of its lines + shipping - discount (order, total, expected)",
        """SELECT o.number, o.total,
                  ROUND(COALESCE((SELECT SUM(l.quantity * l.unit_price) FROM order_line l WHERE l.order_id = o.id), 0)
                        + o.shipping_cost - o.discount, 2) AS expected
           FROM "order" o
           WHERE ABS(o.total - ROUND(COALESCE((SELECT SUM(l.quantity * l.unit_price) FROM order_line l
                                               WHERE l.order_id = o.id), 0) + o.shipping_cost - o.discount, 2)) > 0.004""",
    ),
    (
        "order line points to an order that does not exist (line, missing order)",
        """SELECT 'line ' || l.id || ' ' || l.sku, 'order #' || l.order_id
           FROM order_line l LEFT JOIN "order" o ON o.id = l.order_id WHERE o.id IS NULL""",
    ),
    (
        "order items count differs from its lines (order, items count, sum of line quantities)",
        """SELECT o.number, o.items_count,
                  (SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l WHERE l.order_id = o.id)
           FROM "order" o
           WHERE o.items_count != (SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l WHERE l.order_id = o.id)""",
    ),
    (
        "order history event points to an order that does not exist (event, missing order)",
        """SELECT 'event ' || e.id, 'order #' || e.order_id
           FROM order_event e LEFT JOIN "order" o ON o.id = e.order_id WHERE o.id IS NULL""",
    ),
    # Stock ledger (issue 3): kept balances must equal what the movements and reservations say.
    (
        "product on hand differs from the sum of its stock movements (id, sku, on hand, sum of movements)",
        """SELECT p.id, p.sku, p.on_hand, COALESCE(m.total, 0)
           FROM product p LEFT JOIN (SELECT product_id, SUM(quantity) AS total FROM stock_movement
                                     GROUP BY product_id) m ON m.product_id = p.id
           WHERE p.on_hand != COALESCE(m.total, 0)""",
    ),
    (
        "product reserved differs from its open reservations (id, sku, reserved, sum of reserved order lines)",
        """SELECT p.id, p.sku, p.reserved, COALESCE(r.total, 0)
           FROM product p LEFT JOIN (SELECT product_id, SUM(reserved) AS total FROM order_line
                                     WHERE reserved != 0 GROUP BY product_id) r ON r.product_id = p.id
           WHERE p.reserved != COALESCE(r.total, 0)""",
    ),
    (
        "daily sales differ from the goods issues of that day (product id, day, kept, sum of issues)",
        """WITH m AS (SELECT product_id, date(at) AS day, -SUM(quantity) AS q FROM stock_movement
                      WHERE reason = 'issue' GROUP BY product_id, date(at))
           SELECT m.product_id, m.day, COALESCE(s.quantity, 0), m.q FROM m
           LEFT JOIN stock_sales_day s ON s.product_id = m.product_id AND s.day = m.day
           WHERE COALESCE(s.quantity, 0) != m.q
           UNION ALL
           SELECT s.product_id, s.day, s.quantity, 0 FROM stock_sales_day s
           LEFT JOIN m ON m.product_id = s.product_id AND m.day = s.day
           WHERE m.product_id IS NULL AND s.quantity != 0""",
    ),
    (
        "stock movement without a document",
        """SELECT m.id, m.document_id FROM stock_movement m LEFT JOIN stock_document d ON d.id = m.document_id
           WHERE d.id IS NULL""",
    ),
    (
        "order on a handed-over dispatch manifest is not shipped (order, manifest, status)",
        """SELECT o.number, m.number, o.status FROM shipment s JOIN dispatch_manifest m ON m.id = s.manifest_id
           JOIN "order" o ON o.id = s.order_id
           WHERE m.confirmed_at IS NOT NULL AND o.status NOT IN ('shipped', 'delivered', 'returned')""",
    ),
    (
        "tracking number used by two parcels (tracking, parcels)",
        """SELECT tracking_number, COUNT(*) FROM parcel WHERE tracking_number IS NOT NULL
           GROUP BY tracking_number HAVING COUNT(*) > 1""",
    ),
    (
        "shipment without parcels (shipment id, order id)",
        """SELECT s.id, s.order_id FROM shipment s WHERE NOT EXISTS (SELECT 1 FROM parcel p WHERE p.shipment_id = s.id)""",
    ),
    # Complaints (issue 16): every closed case's stock and money effects exist (app/services/complaints/remedies.py).
    (
        "closed case refunded by its decision has no refund (case, remedy)",
        """SELECT c.number, COALESCE(c.remedy, c.kind) FROM complaint c
           WHERE c.status = 'closed' AND c.decision = 'accepted'
             AND (c.remedy IN ('refund', 'price_reduction') OR (c.kind = 'withdrawal' AND c.remedy IS NULL))
             AND NOT EXISTS (SELECT 1 FROM refund r WHERE r.complaint_id = c.id)""",
    ),
    (
        "closed case decided for a replacement has no replacement order (case)",
        """SELECT c.number FROM complaint c
           WHERE c.status = 'closed' AND c.decision = 'accepted' AND c.remedy = 'replacement'
             AND c.replacement_order_id IS NULL""",
    ),
    (
        "case line has more units taken back than it has (case, line, quantity, restocked, written off)",
        """SELECT c.number, 'line ' || l.id || ' ' || l.sku, l.quantity, l.restocked, l.written_off
           FROM complaint_line l JOIN complaint c ON c.id = l.complaint_id
           WHERE l.restocked < 0 OR l.written_off < 0 OR l.restocked + l.written_off > l.quantity""",
    ),
    (
        "case's units taken back (restocked + written off) differ from its ZW movements (case, sku, taken back, ZW)",
        _case_units_sql("restocked + written_off", "ZW", ""),
    ),
    (
        "case's units written off differ from its RW movements (case, sku, written off, RW)",
        _case_units_sql("written_off", "RW", "-"),
    ),
    (
        "refund amount differs from goods + shipping (case, refund, amount, goods + shipping)",
        """SELECT c.number, 'refund ' || r.id, r.amount, r.goods + r.shipping
           FROM refund r JOIN complaint c ON c.id = r.complaint_id
           WHERE ABS(r.amount - (r.goods + r.shipping)) > 0.004""",
    ),
    (
        "case's correction invoice is not a correction (case, invoice, kind)",
        """SELECT c.number, COALESCE(i.number, '#' || c.correction_invoice_id), COALESCE(i.kind, 'missing')
           FROM complaint c LEFT JOIN invoice i ON i.id = c.correction_invoice_id
           WHERE c.correction_invoice_id IS NOT NULL AND (i.id IS NULL OR i.kind != 'KOR')""",
    ),
]


def check_database(db: Database, limit: int = 20) -> list[str]:
    faults: list[str] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            for (msg,) in conn.exec_driver_sql("PRAGMA integrity_check").all():
                if msg != "ok":
                    faults.append(f"SQLite integrity: {msg}")
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                faults.append(f"foreign key broken: table {row[0]} row {row[1]} -> {row[2]}")
        for description, sql in INVARIANTS:
            rows = conn.execute(text(sql)).all()
            for row in rows[:limit]:
                faults.append(f"{description}: " + ", ".join(_text(v) for v in row))
            if len(rows) > limit:
                faults.append(f"{description}: ... and {len(rows) - limit} more")
    return faults


def _text(value: object) -> str:
    """Money comes back from SQL as float or Decimal; show it as money, not as 12.0 or 12.000000001."""
    if isinstance(value, float | Decimal):
        return f"{value:.2f}"
    return str(value)
