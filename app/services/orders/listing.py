"""The orders list's queries: filter, date range, search and sort over SQL, paged by offset. Qt-free.

The list never loads ORM objects: a page is a few hundred plain rows read from the `order` table alone
(every column the list shows is kept on the order). Search on SQLite goes through the FTS5 trigram table
`order_fts` (see search_index), so any 3+ character substring of a number, name, e-mail, phone, SKU, EAN
or tracking number is found through an index; shorter text is a prefix of the order number. Other
databases fall back to ILIKE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    column,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.models import Order, OrderLine
from app.models.shipping import CarrierSetting
from app.services.orders import lifecycle
from app.services.reports import order_sets

# Sortable columns of the list (key -> column). Each has an index (see app/models/order.py).
SORT_COLUMNS: dict[str, ColumnElement] = {
    "number": Order.number,
    "created_at": Order.created_at,
    "customer_name": Order.customer_name,
    "items_count": Order.items_count,
    "total": Order.total,
    "payment_status": Order.payment_status,
    "status": Order.status,
    "shipping_method": Order.shipping_method,
    "tracking_number": Order.tracking_number,
    "problems": Order.problems,
}

# Orders whose verification found problems count as blocked while someone still has to act on them.
_BLOCKABLE = tuple(sorted(lifecycle.VERIFIABLE))
_PHONE_LIKE = re.compile(r"^[\d\s+()\-/.]+$")
_MAX_CHAR = "\U0010ffff"


@dataclass(frozen=True)
class OrderQuery:
    """What the user asked the list for. date_from/date_to are calendar days in the shop's zone, inclusive.

    narrow: the sets of orders a Today figure counts, as (name, value) pairs of its link (reports.links.ListFilter;
    see NARROWINGS), each the same SQL as the figure's (reports.order_sets). now: the moment "late" is judged at
    (None: the clock when the list is read)."""

    filter: str = "all"
    date_from: date | None = None
    date_to: date | None = None
    search: str = ""
    sort: str = "created_at"
    descending: bool = True
    tz: str = SHOP_TZ_DEFAULT
    narrow: tuple[tuple[str, str], ...] = ()
    now: datetime | None = None

    def without_filter(self) -> OrderQuery:
        return replace(self, filter="all")


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    created_at: datetime
    customer_name: str
    items_count: int
    total: Decimal
    currency: str
    payment_method: str
    payment_status: str
    status: str
    shipping_method: str
    tracking_number: str
    problems: tuple[str, ...]
    priority: bool = False  # pack first


def _problems_condition(session: Session | None = None, walk: bool = False) -> ColumnElement[bool]:
    status, problems = Order.status, Order.problems
    if walk and session is not None:
        status, problems = _unindexed(session, status, String), _unindexed(session, problems, String)
    return or_(status == lifecycle.ON_HOLD, and_(problems > "", status.in_(_BLOCKABLE)))


def _unindexed(session: Session, column: ColumnElement, type_) -> ColumnElement:
    """SQLite's unary '+' keeps the planner from using an index for this term (see `page`)."""
    if session.get_bind().dialect.name != "sqlite":
        return column
    return literal_column(f'+"{column.table.name}".{column.name}', type_)


def _filter_condition(session: Session, key: str, walk: bool = False) -> ColumnElement[bool] | None:
    if key not in lifecycle.FILTERS:
        raise ValueError(f"unknown filter {key!r}")
    statuses = lifecycle.FILTERS[key]
    if statuses is None:
        return None
    if key == "problems":
        return _problems_condition(session, walk)
    status = _unindexed(session, Order.status, String) if walk else Order.status
    return status.in_(statuses) if len(statuses) > 1 else status == statuses[0]


def utc_bounds(q: OrderQuery) -> tuple[datetime | None, datetime | None]:
    """Shop-zone calendar days -> a half-open UTC interval [start, end)."""
    zone = ZoneInfo(q.tz)
    start = datetime.combine(q.date_from, time(0), zone) if q.date_from else None
    end = datetime.combine(q.date_to + timedelta(days=1), time(0), zone) if q.date_to else None
    return start, end


def fts_query(search: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None when no term is long enough (3+ chars).

    Words are ANDed, each as a quoted phrase (trigram: a substring match). A phone typed with spaces or
    dashes also matches its digits-only form, which the index holds too.
    """
    # "#1001" is how shops print their numbers; the index holds "1001".
    text_ = " ".join(w.lstrip("#") for w in search.lower().split())
    if _PHONE_LIKE.match(text_) and sum(ch.isdigit() for ch in text_) >= 3:
        digits = "".join(ch for ch in text_ if ch.isdigit())
        phrases = {_phrase(text_), _phrase(digits)} if len(text_) >= 3 else {_phrase(digits)}
        return " OR ".join(sorted(phrases))
    words = [w for w in text_.split() if len(w) >= 3]
    if not words:
        return None
    return " AND ".join(_phrase(w) for w in words)


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _number_prefix(session: Session, prefix: str, walk: bool = False) -> ColumnElement[bool]:
    """Index-friendly prefix match on the order number, as typed or upper-cased (range, not LIKE)."""
    number = _unindexed(session, Order.number, String) if walk else Order.number
    variants = {prefix, prefix.upper()}
    return or_(*(and_(number >= v, number < v + _MAX_CHAR) for v in variants))


def _search_condition(session: Session, search: str, walk: bool = False) -> ColumnElement[bool] | None:
    text_ = search.strip().lstrip("#")
    if not text_:
        return None
    if session.get_bind().dialect.name == "sqlite":
        match = fts_query(text_)
        if match is None:
            return _number_prefix(session, text_, walk)
        ids = select(literal_column("rowid")).select_from(text("order_fts")).where(
            text("order_fts MATCH :fts_match").bindparams(fts_match=match))
        return (_unindexed(session, Order.id, Integer) if walk else Order.id).in_(ids)
    if len(text_) < 3:
        return _number_prefix(session, text_, walk)
    conds = []
    for word in text_.split():
        pattern = f"%{word}%"
        digits = "".join(ch for ch in word if ch.isdigit())
        fields = [Order.number, Order.external_number, Order.customer_name, Order.email, Order.phone,
                  Order.tracking_number]
        alts = [f.ilike(pattern) for f in fields]
        alts.append(exists().where(OrderLine.order_id == Order.id,
                                   or_(OrderLine.sku.ilike(pattern), OrderLine.ean.ilike(pattern))))
        if len(digits) >= 3 and digits == word.lstrip("+"):
            # A phone typed without separators finds "+48 600-100-200" too.
            bare_phone = func.replace(func.replace(func.replace(Order.phone, " ", ""), "-", ""), "+", "")
            alts.append(bare_phone.like(f"%{digits}%"))
        conds.append(or_(*alts))
    return and_(*conds)


# The narrowings a link may carry (reports.today's figures): problem_kind (a kind of reason, order_sets.reason),
# carrier (its shipment's carrier; "" none yet: with the "packed" view, waiting for that courier), shipped_on / promised_on / late_on (an ISO day),
# invoice_missing ("all": every order wants one, "nip": those with the buyer's NIP), cod_unpaid ("1").
# cutoffs ("dpd=15:00,...") is not a set of its own: the cut-offs promised_on and late_on count with (without it,
# the active carriers' own).
NARROWINGS = ("problem_kind", "carrier", "shipped_on", "promised_on", "late_on", "invoice_missing", "cod_unpaid")
_NARROW_PARAMS = (*NARROWINGS, "cutoffs")


def linked_query(view: str, params: tuple[tuple[str, str], ...], *, tz: str = SHOP_TZ_DEFAULT,
                 now: datetime | None = None) -> OrderQuery:
    """The query a figure's link opens (reports.links.ListFilter with tab "orders": its view and params): the
    date range from date_from/date_to (ISO days), every other param a narrowing."""
    if view not in lifecycle.FILTERS:
        raise ValueError(f"unknown filter {view!r}")
    values = dict(params)
    days = {k: date.fromisoformat(values.pop(k)) for k in ("date_from", "date_to") if k in values}
    unknown = set(values) - set(_NARROW_PARAMS)
    if unknown:
        raise ValueError(f"unknown narrowing {sorted(unknown)!r}")
    return OrderQuery(filter=view, tz=tz, narrow=tuple(sorted(values.items())), now=now, **days)


def _shop_cutoffs(session: Session) -> dict[str, time]:
    """The active carriers' cut-offs as the shop set them (CarrierSetting.cutoff, "HH:MM")."""
    found: dict[str, time] = {}
    for code, text_ in session.execute(select(CarrierSetting.code, CarrierSetting.cutoff)
                                       .where(CarrierSetting.active)):
        try:
            found[code] = time.fromisoformat(text_ or "15:00")
        except ValueError:
            found[code] = time(15, 0)
    return found


def _narrowings(session: Session, q: OrderQuery) -> list[ColumnElement[bool]]:
    """The conditions of the query's narrowings (see NARROWINGS), each built by reports.order_sets."""
    params = dict(q.narrow)
    unknown = set(params) - set(_NARROW_PARAMS)
    if unknown:
        raise ValueError(f"unknown narrowing {sorted(unknown)!r}")
    conds: list[ColumnElement[bool]] = []
    if "problem_kind" in params:
        conds.append(and_(order_sets.blocked(), order_sets.reason(params["problem_kind"])))
    if "carrier" in params:
        conds.append(order_sets.with_carrier(params["carrier"]))
    if "shipped_on" in params:
        conds.append(order_sets.shipped_on(*order_sets.day_bounds(date.fromisoformat(params["shipped_on"]), q.tz)))
    for name in ("promised_on", "late_on"):
        if name not in params:
            continue
        day = date.fromisoformat(params[name])
        cutoffs = order_sets.parse_cutoffs(params["cutoffs"]) if "cutoffs" in params else _shop_cutoffs(session)
        cuts = order_sets.cut_at(day, cutoffs, q.tz)
        if not cuts:  # a day off (or no carrier): nothing promised, the candidates need not be read
            conds.append(false())
            continue
        cand = order_sets.dispatch_candidates(*order_sets.day_bounds(day, q.tz), cuts)
        chosen = order_sets.promised(cand) if name == "promised_on" else \
            order_sets.late(cand, q.now or datetime.now(UTC))
        conds.append(Order.id.in_(select(cand.c.id).where(chosen)))
    if "invoice_missing" in params:
        conds.append(order_sets.invoice_missing(params["invoice_missing"] == "all"))
    if "cod_unpaid" in params:
        conds.append(order_sets.cod_unpaid())
    return conds


def _conditions(session: Session, q: OrderQuery, *, with_filter: bool = True, walk: bool = False,
                by_id: bool = False) -> list[ColumnElement[bool]]:
    """The query's terms. walk: no index for the search and the filter (the sort column's index is walked);
    by_id: no index for any term (each order is reached by its id, see `first_page`)."""
    conds: list[ColumnElement[bool]] = []
    start, end = utc_bounds(q)
    created_at = _unindexed(session, Order.created_at, Order.created_at.type) if by_id else Order.created_at
    if start is not None:
        conds.append(created_at >= start)
    if end is not None:
        conds.append(created_at < end)
    search = _search_condition(session, q.search, walk or by_id)
    if search is not None:
        conds.append(search)
    if q.narrow:
        conds.extend(_narrowings(session, q))
    if with_filter:
        f = _filter_condition(session, q.filter, walk or by_id)
        if f is not None:
            conds.append(f)
    return conds


def count(session: Session, q: OrderQuery) -> int:
    with session.begin():
        return session.scalar(select(func.count()).select_from(Order).where(*_conditions(session, q))) or 0


def _ordered(stmt: Select, q: OrderQuery, session: Session) -> Select:
    """Sorted by the chosen column, then by id. Empty values (NULL: no tracking number yet) come first going up,
    as SQLite sorts them; PostgreSQL sorts them last unless told, so there it is said outright (not on SQLite,
    where the plain form is the one that walks the column's index)."""
    col = SORT_COLUMNS.get(q.sort, Order.created_at)
    explicit = session.get_bind().dialect.name != "sqlite"
    if q.descending:
        return stmt.order_by(col.desc().nulls_last() if explicit else col.desc(), Order.id.desc())
    return stmt.order_by(col.asc().nulls_first() if explicit else col.asc(), Order.id.asc())


_ROW_COLUMNS = (Order.id, Order.number, Order.created_at, Order.customer_name, Order.items_count, Order.total,
                Order.currency, Order.payment_method, Order.payment_status, Order.status, Order.shipping_method,
                Order.tracking_number, Order.problems, Order.priority)


def _row(r) -> OrderRow:
    # Problems matter while someone still has to act on them; a cancelled or shipped order keeps old text.
    problems = tuple(p for p in (r[12] or "").splitlines() if p) if r[9] in _BLOCKABLE else ()
    return OrderRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11] or "", problems,
                    bool(r[13]))


# From this many matching orders on, a page is found faster by walking the sort column's index and testing
# each order than by collecting every match and sorting them (SQLite has no statistics to decide it itself).
WALK_FROM = 2000


def page(session: Session, q: OrderQuery, offset: int, limit: int, *, total: int | None = None) -> list[OrderRow]:
    """One page of the list. `total` (the count of the same query, when known) picks the faster plan."""
    # A plain status filter sorted by date is already served by the (status, created_at) index.
    served = q.sort == "created_at" and not q.search and q.filter != "problems"
    walk = total is not None and total >= WALK_FROM and not served
    stmt = _ordered(select(*_ROW_COLUMNS).where(*_conditions(session, q, walk=walk)), q, session)
    stmt = stmt.offset(offset).limit(limit)
    with session.begin():
        return [_row(r) for r in session.execute(stmt)]


@dataclass(frozen=True)
class FirstPage:
    """A new query's first page, read before its counts: `total` is the count of the query when the matches are
    few (counted on the way, up to WALK_FROM), None when there are more (the counts per filter say how many)."""

    rows: list[OrderRow]
    total: int | None


def _fts_match(session: Session, search: str) -> str | None:
    """The FTS5 MATCH expression `_search_condition` uses, when the search goes through the index (SQLite)."""
    text_ = search.strip().lstrip("#")
    if not text_ or session.get_bind().dialect.name != "sqlite":
        return None
    return fts_query(text_)


def _count_up_to(session: Session, q: OrderQuery, cap: int) -> int:
    """How many orders the query lists, counted up to `cap`. A search alone (no dates, no filter) through the index
    drives the count: its matches come from the index one by one, each order is reached by its id, and the count
    stops at `cap` (the id list of every match is not collected first, as `id IN (...)` would). With other terms
    that leave few of the matches (a status, recent days), collecting the ids first is the faster way."""
    match = _fts_match(session, q.search)
    if match is None or q.date_from or q.date_to or lifecycle.FILTERS.get(q.filter, ()) is not None:
        stmt = select(Order.id).where(*_conditions(session, q)).limit(cap)
    else:
        fts = table("order_fts", column("rowid"))
        stmt = (select(Order.id).select_from(fts).join(Order, Order.id == fts.c.rowid)
                .where(text("order_fts MATCH :fts_match").bindparams(fts_match=match),
                       *_conditions(session, replace(q, search=""), by_id=True))
                .limit(cap))
    with session.begin():
        return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def first_page(session: Session, q: OrderQuery, limit: int) -> FirstPage:
    """The first page of a new query, without counting a huge result set: the matches are counted only up to
    WALK_FROM, which is enough to pick the plan (`page`) and is the exact total whenever it is below it."""
    seen = _count_up_to(session, q, WALK_FROM)
    if seen < WALK_FROM:
        return FirstPage(page(session, q, 0, limit, total=seen), seen)
    return FirstPage(page(session, q, 0, limit, total=seen), None)


@dataclass(frozen=True)
class Overview:
    """What the list shows after each keystroke: the count per filter, the total and the first page."""

    counts: dict[str, int]
    total: int
    rows: list[OrderRow]


def overview(session: Session, q: OrderQuery, limit: int) -> Overview:
    """Counts, total and the first page with the search evaluated as few times as possible."""
    counts = status_counts(session, q)
    total = counts[q.filter]
    return Overview(counts, total, page(session, q, 0, limit, total=total))


def rows_by_id(session: Session, ids: list[int]) -> dict[int, OrderRow]:
    """Fresh rows for orders that changed (the list updates them in place)."""
    if not ids:
        return {}
    with session.begin():
        return {r[0]: _row(r) for r in session.execute(select(*_ROW_COLUMNS).where(Order.id.in_(ids)))}


def status_counts(session: Session, q: OrderQuery) -> dict[str, int]:
    """How many orders each filter would show, given the same dates and search (the filter itself is ignored)."""
    conds = _conditions(session, q, with_filter=False)
    with session.begin():
        if q.search.strip():
            # One pass over the matches: per status, and how many of them have problems.
            per_status, blocked = {}, 0
            has_problems = (Order.problems > "").label("has_problems")
            for status, problems, n in session.execute(
                    select(Order.status, has_problems, func.count()).where(*conds)
                    .group_by(Order.status, has_problems)):
                per_status[status] = per_status.get(status, 0) + n
                if problems and status in _BLOCKABLE and status != lifecycle.ON_HOLD:
                    blocked += n
        else:
            # Without a search both are answered from covering indexes.
            per_status = {s: n for s, n in session.execute(
                select(Order.status, func.count()).where(*conds).group_by(Order.status))}
            blocked = session.scalar(select(func.count()).select_from(Order).where(
                *conds, Order.problems > "", Order.status.in_(_BLOCKABLE), Order.status != lifecycle.ON_HOLD)) or 0
    result: dict[str, int] = {}
    for key, statuses in lifecycle.FILTERS.items():
        if statuses is None:
            result[key] = sum(per_status.values())
        elif key == "problems":
            result[key] = per_status.get(lifecycle.ON_HOLD, 0) + blocked
        else:
            result[key] = sum(per_status.get(s, 0) for s in statuses)
    return result
