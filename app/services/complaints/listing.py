"""The Complaints list and its counts, over SQL: what the tab, its title and the status bar show (issue 16).

A view is a status/deadline filter: "open" (new .. at the supplier), "due_soon" (open, due today or within the next
3 days), "overdue" (open, past its due day), "decided", "closed", "all". Open views are sorted by what is due first
(overdue at the top, since their due day is the earliest), the others by the day received, newest first.

A page is one query over `complaint` (with its order's number) and one more for the products' text of the page's
cases, so 50,000 cases cost two queries, never one per row; how many match is one count more when the page is
full (a count over the status index without a search). Search finds a substring of the case number, the
customer's name, e-mail or phone, the order's number, or a product's name or SKU: on SQLite through the cases'
trigram index (complaint_fts, kept by triggers) when every word has 3+ characters, each word anywhere in the case;
otherwise (and on PostgreSQL) the text as typed by LIKE/ILIKE, where on SQLite, whose LIKE folds ASCII only, the
usual case spellings of a Polish word are tried too ("łukasz" finds "Łukasz"). The counts are one query over the
(status, due_on) index.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, literal_column, or_, select, table
from sqlalchemy import text as text_clause
from sqlalchemy.orm import Session

from app.models import Order
from app.models.complaint import CLOSED, DECIDED, OPEN_STATUSES, Complaint, ComplaintLine
from app.services.complaints.data import CaseList, CaseRow, Counts
from app.services.orders.listing import fts_query

VIEWS = ("open", "due_soon", "overdue", "decided", "closed", "all")
OPEN_VIEWS = frozenset({"open", "due_soon", "overdue"})
SOON_DAYS = 3  # "due soon": today and the next three days (the list colours the same days)
PRODUCTS_SHOWN = 3  # products named in a row's Products text; more are an ellipsis
# Sortable columns of the list (key -> column); None keeps the view's own order.
SORT_COLUMNS: dict[str, ColumnElement] = {
    "number": Complaint.number,
    "kind": Complaint.kind,
    "customer": Complaint.customer_name,
    "received": Complaint.received_on,
    "due": Complaint.due_on,
    "status": Complaint.status,
    "decision": Complaint.decision,
}


def _view_filter(view: str, today: date) -> ColumnElement[bool] | None:
    """The WHERE of a view (None: every case)."""
    opened = Complaint.status.in_(OPEN_STATUSES)
    if view == "open":
        return opened
    if view == "due_soon":
        return and_(opened, Complaint.due_on >= today, Complaint.due_on <= today + timedelta(days=SOON_DAYS))
    if view == "overdue":
        return and_(opened, Complaint.due_on < today)
    if view == "decided":
        return Complaint.status == DECIDED
    if view == "closed":
        return Complaint.status == CLOSED
    if view == "all":
        return None
    raise ValueError(f"unknown view {view!r}; one of {', '.join(VIEWS)}")


def _spellings(text: str) -> list[str]:
    """The text as typed and, when it has letters LIKE does not fold (Polish ones), its other usual spellings."""
    if text.isascii():
        return [text]
    return list(dict.fromkeys((text, text.lower(), text.capitalize())))


def _fts_filter(session: Session, text: str) -> ColumnElement[bool] | None:
    """On SQLite, through the cases' trigram index (complaint_fts, kept by triggers: app.models.complaint) when
    every word typed is long enough for it; None: search with LIKE instead."""
    if session.get_bind().dialect.name != "sqlite" or any(len(w.lstrip("#")) < 3 for w in text.split()):
        return None
    match = fts_query(text)
    indexed = session.scalar(select(literal_column("1")).select_from(table("sqlite_master"))
                             .where(literal_column("name") == "complaint_fts"))
    if match is None or not indexed:
        return None
    ids = select(literal_column("rowid")).select_from(table("complaint_fts")).where(
        text_clause("complaint_fts MATCH :complaint_match").bindparams(complaint_match=match))
    return Complaint.id.in_(ids)


def _search_filter(session: Session, search: str) -> ColumnElement[bool] | None:
    """Any case whose number, customer, e-mail, phone, order number, or a product's name or SKU holds the text
    (each word of it, through the index)."""
    text = " ".join(search.split())
    if not text:
        return None
    indexed = _fts_filter(session, text)
    if indexed is not None:
        return indexed
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    sqlite = session.get_bind().dialect.name == "sqlite"
    patterns = [f"%{s}%" for s in (_spellings(escaped) if sqlite else [escaped])]

    def like(col: ColumnElement) -> ColumnElement[bool]:
        if sqlite:
            return or_(*(col.like(p, escape="\\") for p in patterns))
        return or_(*(col.ilike(p, escape="\\") for p in patterns))

    line = exists().where(ComplaintLine.complaint_id == Complaint.id,
                          or_(like(ComplaintLine.name), like(ComplaintLine.sku)))
    terms = [like(Complaint.number), like(Complaint.customer_name), like(Complaint.email), like(Complaint.phone),
             like(Order.number), line]
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) >= 6 and len(digits) >= len(text.replace(" ", "")) - 3:  # a phone typed without its spaces
        bare = func.replace(func.replace(func.replace(Complaint.phone, " ", ""), "-", ""), "+", "")
        terms.append(bare.like(f"%{digits}%"))
    return or_(*terms)


def _order_by(view: str, sort: str | None, descending: bool) -> list[ColumnElement]:
    if sort in SORT_COLUMNS:
        column = SORT_COLUMNS[sort]
        tie = Complaint.id.desc() if descending else Complaint.id
        return [column.desc() if descending else column, tie]
    if view in OPEN_VIEWS:
        return [Complaint.due_on, Complaint.number]
    return [Complaint.received_on.desc(), Complaint.id.desc()]


def _columns() -> tuple:
    return (Complaint.id, Complaint.number, Complaint.kind, Complaint.status, Complaint.received_on,
            Complaint.due_on, Complaint.customer_name, Order.number.label("order_number"), Complaint.demand, Complaint.decision,
            Complaint.out_of_time, Complaint.answered_on)


def _select(*extra: ColumnElement) -> Select:
    return select(*_columns(), *extra).select_from(Complaint).outerjoin(Order, Order.id == Complaint.order_id)


def _products(session: Session, ids: list[int]) -> dict[int, str]:
    """Each case's products in one query: "Kubek zielony ×2, Herbata, …"."""
    named: dict[int, list[str]] = {}
    more: set[int] = set()
    if not ids:
        return {}
    rows = session.execute(select(ComplaintLine.complaint_id, ComplaintLine.name, ComplaintLine.sku,
                                  ComplaintLine.quantity)
                           .where(ComplaintLine.complaint_id.in_(ids))
                           .order_by(ComplaintLine.complaint_id, ComplaintLine.id))
    for case_id, name, sku, quantity in rows:
        names = named.setdefault(case_id, [])
        if len(names) >= PRODUCTS_SHOWN:
            more.add(case_id)
            continue
        what = name or sku
        names.append(f"{what} ×{quantity}" if quantity != 1 else what)
    return {i: ", ".join(n) + (", …" if i in more else "") for i, n in named.items()}


def _row(r, products: dict[int, str], today: date) -> CaseRow:
    running = r.status in OPEN_STATUSES
    return CaseRow(id=r.id, number=r.number, kind=r.kind, status=r.status, received_on=r.received_on,
                   due_on=r.due_on, days_left=(r.due_on - today).days if running else None,
                   customer_name=r.customer_name, order_number=r.order_number, products=products.get(r.id, ""),
                   demand=r.demand, decision=r.decision, out_of_time=bool(r.out_of_time),
                   answered_on=r.answered_on)


def list_cases(session: Session, *, view: str = "open", search: str = "", today: date, limit: int = 500,
               offset: int = 0, sort: str | None = None, descending: bool = False) -> CaseList:
    """The cases of a view matching `search`, at most `limit` from `offset`, and how many match in all.

    `sort` (a key of SORT_COLUMNS) orders by a column the user clicked; None keeps the view's order. `today` is
    the shop's day (deadlines.shop_day), passed in so the days left are counted from a fixed day in tests."""
    with session.begin():
        where = [w for w in (_view_filter(view, today), _search_filter(session, search)) if w is not None]
        query = _select().where(*where).order_by(*_order_by(view, sort, descending)).limit(limit).offset(offset)
        counted = select(func.count()).select_from(Complaint).where(*where)
        if search.strip():  # the search may name the order's number
            counted = counted.outerjoin(Order, Order.id == Complaint.order_id)
        found = session.execute(query).all()
        if offset == 0 and len(found) < limit:
            total = len(found)
        else:
            total = session.scalar(counted) or 0
        products = _products(session, [r.id for r in found])
    return CaseList(rows=tuple(_row(r, products, today) for r in found), total=total)


def case_rows(session: Session, ids: Iterable[int], *, today: date) -> dict[int, CaseRow]:
    """Rows of the given cases as the list shows them (a use case changed them: the list re-reads them in place)."""
    wanted = list(ids)
    with session.begin():
        found = session.execute(_select().where(Complaint.id.in_(wanted))).all() if wanted else []
        products = _products(session, [r.id for r in found])
    return {r.id: _row(r, products, today) for r in found}


def counts(session: Session, today: date) -> Counts:
    """Open cases, those due today or within the next 3 days, and the overdue ones: one query over the
    (status, due_on) index."""
    soon = today + timedelta(days=SOON_DAYS)
    query = select(func.count(),
                   func.coalesce(func.sum(case((and_(Complaint.due_on >= today, Complaint.due_on <= soon), 1),
                                               else_=0)), 0),
                   func.coalesce(func.sum(case((Complaint.due_on < today, 1), else_=0)), 0)) \
        .where(Complaint.status.in_(OPEN_STATUSES))
    with session.begin():
        opened, due_soon, overdue = session.execute(query).one()
    return Counts(open=int(opened), due_soon=int(due_soon), overdue=int(overdue))
