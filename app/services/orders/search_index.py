"""The orders search index (SQLite FTS5 trigram), kept in the same transaction as the order.

On other databases there is no index table and search falls back to ILIKE (see order_list).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Order, OrderLine


def search_body(number: str, customer_name: str, email: str | None, phone: str | None,
                skus: Iterable[str], eans: Iterable[str | None], tracking: str | None,
                external_number: str | None = None) -> str:
    """The text one order is found by. Phones also go in digits-only so '600 100' and '600100' both match."""
    digits = "".join(ch for ch in (phone or "") if ch.isdigit())
    parts = [number, external_number or "", customer_name, email or "", phone or "", digits,
             *skus, *(e or "" for e in eans), tracking or ""]
    return " | ".join(p for p in parts if p).lower()


def reindex_orders(session: Session, order_ids: Iterable[int]) -> None:
    """Rewrite the index rows of these orders; call inside the use case's transaction."""
    ids = list(order_ids)
    if not ids or session.get_bind().dialect.name != "sqlite":
        return
    conn = session.connection()
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start:chunk_start + 500]
        orders = session.execute(
            select(Order.id, Order.number, Order.customer_name, Order.email, Order.phone, Order.tracking_number,
                   Order.external_number).where(Order.id.in_(chunk))
        ).all()
        lines: dict[int, list[tuple[str, str | None]]] = {}
        for oid, sku, ean in session.execute(
            select(OrderLine.order_id, OrderLine.sku, OrderLine.ean).where(OrderLine.order_id.in_(chunk))
        ):
            lines.setdefault(oid, []).append((sku, ean))
        rows = []
        for oid, number, name, email, phone, tracking, ext in orders:
            ls = lines.get(oid, [])
            rows.append((oid, search_body(number, name, email, phone, [s for s, _ in ls], [e for _, e in ls],
                                          tracking, ext)))
        conn.exec_driver_sql(
            f"DELETE FROM order_fts WHERE rowid IN ({','.join('?' * len(chunk))})", tuple(chunk)
        )
        if rows:
            conn.exec_driver_sql("INSERT INTO order_fts(rowid, body) VALUES (?, ?)", rows)
