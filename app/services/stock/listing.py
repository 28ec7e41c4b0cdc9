"""The Stock tab's list over SQL: a count and pages of plain rows, filtered, searched and sorted in the database.

Search as you type: a scanned EAN (all digits, a GTIN length) matches exactly through its index; otherwise
every word must occur in the SKU, EAN, name or location (FTS5 trigram index `product_fts`, kept by triggers).
Days of cover are computed for the fetched page only.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import Date, bindparam, text
from sqlalchemy.orm import Session

from app.core.gtin import GTIN_LENGTHS
from app.models.base import UTCDateTime, utcnow

FILTERS = ("active", "low", "out", "archived", "all")
SORTS = {
    "sku": "p.sku", "ean": "p.ean", "name": "p.name", "location": "p.location", "on_hand": "p.on_hand",
    "reserved": "p.reserved", "available": "(p.on_hand - p.reserved)", "reorder_point": "p.reorder_point",
    "category": "p.category",
}


class StockRow(NamedTuple):
    id: int
    sku: str
    ean: str | None
    name: str
    location: str
    on_hand: int
    reserved: int
    available: int
    reorder_point: int
    active: bool
    days_of_cover: float | None  # None: nothing sold in the last 90 days
    category: str = ""  # what the reports add sales up by ("" none)


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _where(filter_key: str, search: str, fts: bool, sqlite: bool = True) -> tuple[str, dict]:
    conds: list[str] = []
    params: dict = {}
    if filter_key == "active":
        conds.append("p.active")
    elif filter_key == "low":
        conds.append("p.active AND p.on_hand - p.reserved <= p.reorder_point")
    elif filter_key == "out":
        conds.append("p.active AND p.on_hand - p.reserved <= 0")
    elif filter_key == "archived":
        conds.append("NOT p.active")
    term = search.strip()
    if term and term.isdigit() and len(term) in GTIN_LENGTHS:  # a scanned code: exact, through its index
        conds.append("(p.ean = :term OR p.pack_ean = :term OR p.sku = :term)")  # a box of 6 finds its product
        params["term"] = term
    elif term:
        # Every word must occur somewhere in SKU, EAN, name or location. Words of 3+ characters go through
        # the trigram index (SQLite); shorter ones, or other databases, through LIKE.
        words = term.split()
        indexed = [w for w in words if len(w) >= 3] if fts else []
        if indexed:
            conds.append("p.id IN (SELECT rowid FROM product_fts WHERE product_fts MATCH :fts)")
            params["fts"] = " AND ".join('"' + w.replace('"', '""') + '"' for w in indexed)
        like = "LIKE" if sqlite else "ILIKE"  # SQLite's LIKE ignores (ASCII) case already
        for i, word in enumerate(w for w in words if w not in indexed):
            conds.append(" OR ".join(f"p.{col} {like} :w{i} ESCAPE '\\'" for col in ("sku", "name", "ean", "location"))
                         .join("()"))
            params[f"w{i}"] = _like(word)
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


_HAS_FTS: dict[str, bool] = {}


def _search_where(session: Session, filter_key: str, search: str) -> tuple[str, dict]:
    return _where(filter_key, search, _fts(session), session.get_bind().dialect.name == "sqlite")


def _fts(session: Session) -> bool:
    """SQLite with the product_fts index (a file made during development before the index existed falls back
    to LIKE instead of failing)."""
    bind = session.get_bind()
    key = str(bind.url)
    if key not in _HAS_FTS:
        _HAS_FTS[key] = bind.dialect.name == "sqlite" and session.execute(text(
            "SELECT 1 FROM sqlite_master WHERE name = 'product_fts'")).first() is not None
        session.rollback()
    return _HAS_FTS[key]


def _count(session: Session, where: str, params: dict) -> int:
    return session.execute(text(f"SELECT COUNT(*) FROM product p{where}"), params).scalar_one()


_SELECT = ("SELECT p.id, p.sku, p.ean, p.name, p.location, p.on_hand, p.reserved, p.on_hand - p.reserved, "
           "p.reorder_point, p.active, p.category FROM product p")


def _rows(session: Session, rows: list) -> list[StockRow]:
    sold = sold_per_day(session, [r[0] for r in rows])
    return [StockRow(*r[:9], bool(r[9]), days_of_cover(r[7], sold.get(r[0], 0.0)), r[10] or "") for r in rows]


def _page(session: Session, where: str, params: dict, offset: int, limit: int, sort: str,
          descending: bool) -> list[StockRow]:
    order = SORTS.get(sort, "p.sku") + (" DESC" if descending else "") + ", p.id"
    sql = f"{_SELECT}{where} ORDER BY {order} LIMIT :limit OFFSET :offset"
    return _rows(session, session.execute(text(sql), {**params, "limit": limit, "offset": offset}).all())


def count_stock(session: Session, filter_key: str = "active", search: str = "") -> int:
    where, params = _search_where(session, filter_key, search)
    with session.begin():
        return _count(session, where, params)


def rows_by_id(session: Session, product_ids: list[int]) -> list[StockRow]:
    """Fresh rows of products a use case changed (the list updates them in place)."""
    marks = ", ".join(str(int(i)) for i in product_ids) or "NULL"
    with session.begin():
        return _rows(session, session.execute(text(f"{_SELECT} WHERE p.id IN ({marks})")).all())


def stock_page(session: Session, filter_key: str = "active", search: str = "", *, offset: int = 0, limit: int = 200,
               sort: str = "sku", descending: bool = False) -> list[StockRow]:
    where, params = _search_where(session, filter_key, search)
    with session.begin():
        return _page(session, where, params, offset, limit, sort, descending)


def stock_first(session: Session, filter_key: str = "active", search: str = "", *, limit: int = 200,
                sort: str = "sku", descending: bool = False) -> tuple[list[StockRow], int]:
    """The first page of a new query and how many rows it has, read in one transaction, so the count and the
    rows agree even while another station writes."""
    where, params = _search_where(session, filter_key, search)
    with session.begin():
        return _page(session, where, params, 0, limit, sort, descending), _count(session, where, params)


def sales_per_day(sold_30: float, sold_90: float) -> float:
    """Sales velocity: the faster of the last 30 and the last 90 days, so a product that suddenly sells faster
    is not under-ordered and one that sold in spurts still shows a rate. The one rule of the Stock list and
    the reorder suggestions, so both show the same days of cover."""
    return max(sold_30 / 30, sold_90 / 90)


def days_of_cover(available: int, per_day: float) -> float | None:
    """How many days the available stock lasts at that rate; None when nothing sold."""
    return max(available, 0) / per_day if per_day > 0 else None


def whole_days(cover: float | None) -> int | None:
    """Days of cover as a person reads them: the whole days the stock lasts, rounded down (67.6 days of stock
    last 67 whole days; the 68th runs out). The one rule of the Stock list and the reorder suggestions, so both
    show the same number for the same product; None when nothing sold."""
    return None if cover is None else math.floor(cover + 1e-9)


def sold_per_day(session: Session, product_ids: list[int]) -> dict[int, float]:
    """Units per day shipped (sales_per_day), per product: the goods issues (WZ) of shipped order lines in the
    last 30 and 90 days, to the microsecond.

    Whole days come from stock_sales_day (units issued per product and UTC day, kept by triggers on the ledger):
    at most 90 rows per product instead of every movement. Only the first, partial day of each window (from
    `now - 30 days` or `now - 90 days` to the next midnight) is read from the ledger through its (product_id,
    at) index, so the sums are exactly those of the ledger's movements since then."""
    if not product_ids:
        return {}
    now = utcnow()
    since30, since90 = now - timedelta(days=30), now - timedelta(days=90)
    marks = ", ".join(str(int(i)) for i in product_ids)
    edge = ("SELECT product_id, {q30} AS q30, {q90} AS q90 FROM stock_movement WHERE product_id IN ({marks}) "
            "AND reason = 'issue' AND at >= :since{n} AND at < :edge{n} GROUP BY product_id")
    sql = text(
        "SELECT product_id, SUM(q30), SUM(q90) FROM ("
        "SELECT product_id, SUM(CASE WHEN day > :day30 THEN quantity ELSE 0 END) AS q30, SUM(quantity) AS q90 "
        f"FROM stock_sales_day WHERE product_id IN ({marks}) AND day > :day90 GROUP BY product_id "
        # The first, partial day of each window from the ledger: of 30 days (its whole day is among the 90's
        # days above), of 90 days (for the 90 only).
        f"UNION ALL {edge.format(q30='-SUM(quantity)', q90='0', marks=marks, n=30)} "
        f"UNION ALL {edge.format(q30='0', q90='-SUM(quantity)', marks=marks, n=90)}"
        ") AS s GROUP BY product_id"
    ).bindparams(*(bindparam(n, type_=UTCDateTime()) for n in ("since30", "since90", "edge30", "edge90")),
                 bindparam("day30", type_=Date()), bindparam("day90", type_=Date()))
    rows = session.execute(sql, {"since30": since30, "since90": since90, "edge30": _next_midnight(since30),
                                 "edge90": _next_midnight(since90), "day30": since30.date(),
                                 "day90": since90.date()}).all()
    return {pid: sales_per_day(int(q30), int(q90)) for pid, q30, q90 in rows}


def _next_midnight(t: datetime) -> datetime:
    return t.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)


def products_of_orders(session: Session, order_ids: frozenset[int] | set[int]) -> set[int]:
    """The products on these orders' lines: what an order's verification, cancellation or shipping may have
    reserved, released or issued (those use cases announce only their orders)."""
    ids = sorted(int(i) for i in order_ids)
    found: set[int] = set()
    with session.begin():
        for start in range(0, len(ids), 500):
            marks = ", ".join(str(i) for i in ids[start:start + 500])
            found.update(pid for (pid,) in session.execute(text(
                f"SELECT DISTINCT product_id FROM order_line WHERE order_id IN ({marks}) "
                f"AND product_id IS NOT NULL")))
    return found


def filter_counts(session: Session) -> dict[str, int]:
    """How many products each filter shows (one scan of the product table)."""
    sql = ("SELECT SUM(CASE WHEN active THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN active AND on_hand - reserved <= reorder_point THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN active AND on_hand - reserved <= 0 THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN active THEN 0 ELSE 1 END), COUNT(*) FROM product")
    with session.begin():
        row = session.execute(text(sql)).one()
    return dict(zip(FILTERS, (int(v or 0) for v in row), strict=True))
