"""The Customers list over SQL: a view, a search as you type, a page of rows with their figures (issue 17).

Customers merged away (merged_into_id set) are never listed: their orders and contacts live on the one kept.

Search finds a customer by name, e-mail, phone (with or without spaces or dashes, with or without +48), company
or NIP (with or without dashes), and the customers of orders whose number or tracking number is or starts with
what was typed. On SQLite through the trigram index customer_fts (kept by triggers, app.models.customer) when
every word has 3+ characters; 1-2 characters are a prefix of the name, e-mail or phone; on PostgreSQL (no FTS)
ILIKE. Orders are found through the unique index of their number and the index of their tracking number
(a range, not LIKE, so the index is used).

A page is a count, one query for the page's ids (sorted by the last order, newest first, then name), one for
their fields and one grouped query for their orders count, value and last order: never a query per row. Up to
SORT_IN_ONE_QUERY matches are sorted in SQL; more (the whole list, a common name) are ordered by walking the
orders down their date index until the page is full, so the first page of 100,000 customers costs a few
thousand index steps, not a sort of a million orders.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, Integer, Select, and_, exists, func, literal_column, or_, select, table, union
from sqlalchemy import text as text_clause
from sqlalchemy.orm import Session

from app.core.shop_time import shop_day
from app.models import Order
from app.models.base import utcnow
from app.models.customer import Contact, Customer
from app.services.customers.data import VIEWS, CustomerList, CustomerRow
from app.services.orders.lifecycle import CANCELLED

_PHONE_LIKE = re.compile(r"^[\d\s\-+()/.]+$")
_PREFIX_END = "\U0010ffff"  # a prefix as a range: >= prefix and < prefix + the highest character


def normalise(text: str) -> str:
    """The query as the index holds a phone or NIP: for digits typed with spaces, dashes or brackets the bare
    digits, without a leading +48 / 0048 when nine digits remain ("+48 600-100-200" -> "600100200"); any other
    text as typed, spaces collapsed."""
    text = " ".join(text.split())
    if not _PHONE_LIKE.match(text) or not any(ch.isdigit() for ch in text):
        return text
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.startswith("+48") and len(digits) == 11:
        return digits[2:]
    if digits.startswith("0048") and len(digits) == 13:
        return digits[4:]
    return digits


def tags_of(stored: str | None) -> tuple[str, ...]:
    """The tag codes of a stored "vip,blocked" (empty parts dropped)."""
    return tuple(t for t in (stored or "").split(",") if t)


def has_tag(tag: str) -> ColumnElement[bool]:
    """A customer carrying the tag code (tags are stored comma-separated). `tags > ''` first: the tag index
    gives the few customers with any tag, and only those are looked into."""
    return and_(Customer.tags > "", ("," + Customer.tags + ",").like(f"%,{tag},%"))


def _view_filter(view: str, today: date) -> ColumnElement[bool] | None:
    if view == "all":
        return None
    if view in ("vip", "wholesale", "blocked"):
        return has_tag(view)
    if view == "anonymised":
        return Customer.anonymised_at.is_not(None)
    if view == "follow_ups":
        # through the (follow_up_on, follow_up_done_at) index, not a look per customer
        # through the partial index of follow-ups not done (its condition spelled out so the planner takes it)
        return Customer.id.in_(select(Contact.customer_id).where(Contact.follow_up_on.is_not(None),
                                                                 Contact.follow_up_done_at.is_(None),
                                                                 Contact.follow_up_on <= today))
    raise ValueError(f"unknown view {view!r}; one of {', '.join(VIEWS)}")


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _has_fts(session: Session) -> bool:
    if session.get_bind().dialect.name != "sqlite":
        return False
    return bool(session.scalar(select(literal_column("1")).select_from(table("sqlite_master"))
                               .where(literal_column("name") == "customer_fts")))


def _fts_match(text: str, bare: str) -> str | None:
    """The MATCH expression: a phone or NIP as typed or as bare digits; other text each word (3+ characters)."""
    if bare != text:  # digits typed with spaces, dashes or +48
        phrases = {p for p in (text.lower(), bare) if len(p) >= 3}
        return " OR ".join(sorted(_phrase(p) for p in phrases)) or None
    words = [w for w in text.lower().split() if len(w) >= 3]
    if not words:
        return None
    return " AND ".join(_phrase(w) for w in words)


def _order_customers(text: str) -> Select | None:
    """Customers of orders whose number or tracking number is, or starts with, the text (indexed ranges)."""
    word = text.lstrip("#")
    if len(word) < 3 or " " in word:
        return None
    terms = []
    for variant in dict.fromkeys((word, word.upper())):
        end = variant + _PREFIX_END
        terms.append(and_(Order.number >= variant, Order.number < end))
        terms.append(and_(Order.tracking_number >= variant, Order.tracking_number < end))
    return select(Order.customer_id).where(or_(*terms), Order.customer_id.is_not(None))


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_filter(session: Session, text: str, bare: str) -> ColumnElement[bool]:
    """Without the index: 1-2 characters as a prefix of name, e-mail or phone; longer text anywhere in the name,
    e-mail, phone (also as bare digits), company or NIP (also without dashes)."""
    sqlite = session.get_bind().dialect.name == "sqlite"

    def like(column: ColumnElement, pattern: str) -> ColumnElement[bool]:
        return column.like(pattern, escape="\\") if sqlite else column.ilike(pattern, escape="\\")

    if len(text) < 3:
        if sqlite:  # index ranges of the name, e-mail and phone for each way the letters may be capitalised
            ranges = []
            for variant in dict.fromkeys((text, text.lower(), text.capitalize(), text.upper())):
                end = variant + _PREFIX_END
                ranges += [and_(column >= variant, column < end)
                           for column in (Customer.name, Customer.email, Customer.phone)]
            return or_(*ranges)
        prefix = _escape(text) + "%"
        return or_(like(Customer.name, prefix), like(Customer.email, prefix), like(Customer.phone, prefix))
    words = text.split()
    if len(words) > 1 and bare == text:  # each word somewhere, in any order ("Kowalska Anna", "Kowalska A")
        return and_(*(or_(like(Customer.name, f"%{_escape(w)}%"), like(Customer.email, f"%{_escape(w)}%"),
                          like(Customer.company, f"%{_escape(w)}%")) for w in words))
    inside = f"%{_escape(text)}%"
    phone_digits = func.replace(func.replace(func.replace(func.coalesce(Customer.phone, ""), " ", ""), "-", ""),
                                "+", "")
    nip_digits = func.replace(func.coalesce(Customer.nip, ""), "-", "")
    terms = [like(Customer.name, inside), like(Customer.email, inside), like(Customer.phone, inside),
             like(Customer.company, inside), like(Customer.nip, inside)]
    if bare.isdigit():  # a phone or NIP, typed with or without its spaces and dashes
        terms += [phone_digits.like(f"%{bare}%"), nip_digits.like(f"%{bare}%")]
    return or_(*terms)


def _search_filter(session: Session, search: str) -> ColumnElement[bool] | None:
    text = " ".join(search.split())
    if not text:
        return None
    bare = normalise(text)
    match = _fts_match(text, bare) if len(text) >= 3 and _has_fts(session) else None
    by_order = _order_customers(text)
    if match is not None:
        found = select(literal_column("rowid")).select_from(table("customer_fts")).where(
            text_clause("customer_fts MATCH :customer_match").bindparams(customer_match=match))
        hit = Customer.id.in_(union(found, by_order) if by_order is not None else found)
        short = [w for w in text.split() if len(w) < 3] if bare == text else []
        if not short:
            return hit
        # words of one or two letters ("Sp. z o.o.", "Anna K") the trigrams cannot hold: looked for among the hits
        return and_(hit, *(or_(Customer.name.like(f"%{_escape(w)}%", escape="\\"),
                               Customer.company.like(f"%{_escape(w)}%", escape="\\"),
                               Customer.email.like(f"%{_escape(w)}%", escape="\\")) for w in short))
    terms = [_like_filter(session, text, bare)]
    if by_order is not None:
        terms.append(Customer.id.in_(by_order))
    return or_(*terms)


def _last_order():
    """The customer's newest order (for sorting): a correlated max over the order's customer index."""
    return (select(func.max(Order.created_at)).where(Order.customer_id == Customer.id)
            .correlate(Customer).scalar_subquery())


def page_figures(session: Session, ids: list[int]) -> dict[int, tuple[int, Decimal, object]]:
    """Orders (not cancelled), their gross value and the newest order's time, per customer of `ids`: one grouped
    query. Values are at face value whatever the currency."""
    if not ids:
        return {}
    rows = session.execute(
        select(Order.customer_id, func.count(Order.id), func.coalesce(func.sum(Order.total), 0),
               func.max(Order.created_at))
        .where(Order.customer_id.in_(ids), Order.status != CANCELLED).group_by(Order.customer_id))
    return {cid: (n, Decimal(str(value)), last) for cid, n, value, last in rows}


# Up to this many matches the page is sorted in one query (each match's newest order through the customer index);
# more, and the orders are walked newest first through their date index until the page is full.
SORT_IN_ONE_QUERY = 5000
_WALK_CHUNK = 2000
_WALK_LIMIT = 100_000  # orders walked at most before sorting in SQL instead


def _unindexed_customer_id(session: Session) -> ColumnElement:
    """Order.customer_id with SQLite's unary '+', so the walk goes down the date index instead."""
    if session.get_bind().dialect.name != "sqlite":
        return Order.customer_id
    return literal_column('+"order".customer_id', Integer)


def _sorted_ids(session: Session, where: list, limit: int, offset: int) -> list[int]:
    query = (select(Customer.id).where(*where).order_by(_last_order().desc().nulls_last(), Customer.name, Customer.id)
             .limit(limit).offset(offset))
    return list(session.scalars(query))


def _walked_ids(session: Session, where: list, limit: int, offset: int) -> list[int]:
    """Many matches: the distinct customers of the newest orders first (one cursor down the orders' date index,
    stopped once offset + limit are seen), then those without an order, by name. Matches with few orders among
    many (a view of customers who rarely buy) would walk far: past _WALK_LIMIT orders the page is sorted in SQL."""
    wanted = offset + limit
    seen: dict[int, None] = {}
    matching = select(Customer.id).where(*where)
    walk = (select(Order.customer_id).where(_unindexed_customer_id(session).in_(matching))
            .order_by(Order.created_at.desc(), Order.id.desc()).limit(_WALK_LIMIT))
    rows = session.execute(walk.execution_options(yield_per=_WALK_CHUNK))
    walked = 0
    try:
        for (cid,) in rows:
            walked += 1
            seen.setdefault(cid, None)
            if len(seen) >= wanted:
                break
    finally:
        rows.close()
    if walked >= _WALK_LIMIT and len(seen) < wanted:
        return _sorted_ids(session, where, limit, offset)
    ordered = list(seen)
    if len(ordered) >= wanted:
        return ordered[offset:wanted]
    rest = (select(Customer.id).where(*where, ~exists().where(Order.customer_id == Customer.id))
            .order_by(Customer.name, Customer.id).offset(max(0, offset - len(ordered))).limit(wanted - len(ordered)))
    return (ordered + list(session.scalars(rest)))[offset:wanted]


def list_customers(session: Session, *, search: str = "", view: str = "all", limit: int = 500, offset: int = 0,
                   today: date | None = None) -> CustomerList:
    """The customers of a view matching `search`, at most `limit` from `offset`, newest last order first (then
    by name, those without orders last), and how many match in all. `today` (default the shop's day) is the day
    follow-ups are due by."""
    day = today or shop_day(utcnow())
    with session.begin():
        where = [Customer.merged_into_id.is_(None)]
        where += [w for w in (_view_filter(view, day), _search_filter(session, search)) if w is not None]
        total = session.scalar(select(func.count()).select_from(Customer).where(*where)) or 0
        if total <= SORT_IN_ONE_QUERY:
            ids = _sorted_ids(session, where, limit, offset)
        else:
            ids = _walked_ids(session, where, limit, offset)
        found = {r.id: r for r in session.execute(
            select(Customer.id, Customer.name, Customer.email, Customer.phone, Customer.company, Customer.nip,
                   Customer.tags, Customer.anonymised_at).where(Customer.id.in_(ids)))} if ids else {}
        figures = page_figures(session, ids)
    rows = []
    for cid in ids:
        r = found[cid]
        orders, value, last = figures.get(r.id, (0, Decimal("0.00"), None))
        rows.append(CustomerRow(id=r.id, name=r.name, email=r.email, phone=r.phone, company=r.company, nip=r.nip,
                                tags=tags_of(r.tags), orders=orders, last_order_at=last, value=value,
                                anonymised=r.anonymised_at is not None))
    return CustomerList(rows=tuple(rows), total=total)


def find_customer_ids(session: Session, text: str) -> list[int]:
    """Customers (not merged away) that `text` names exactly: an id ("17" or "#17"), an e-mail (any case), or a
    phone (digits, with or without +48). The CLI's --email / --phone / --id resolve through it."""
    text = text.strip()
    if not text:
        return []
    with session.begin():
        alive = Customer.merged_into_id.is_(None)
        if "@" in text:
            return list(session.scalars(select(Customer.id).where(alive, func.lower(Customer.email) == text.lower())
                                        .order_by(Customer.id)))
        if text.lstrip("#").isdigit() and len(text.lstrip("#")) < 9:
            cid = int(text.lstrip("#"))
            return [cid] if session.scalar(select(Customer.id).where(alive, Customer.id == cid)) else []
        bare = normalise(text)
        if not bare.isdigit() or len(bare) < 3:
            return []
        if _has_fts(session):  # the index holds the phone's digits: candidates, then compared exactly
            where = Customer.id.in_(select(literal_column("rowid")).select_from(table("customer_fts")).where(
                text_clause("customer_fts MATCH :phone_match").bindparams(phone_match=_phrase(bare))))
        else:
            digits = func.replace(func.replace(func.replace(func.replace(func.replace(
                func.coalesce(Customer.phone, ""), " ", ""), "-", ""), "+", ""), "(", ""), ")", "")
            where = digits.like(f"%{bare}")
        candidates = session.execute(select(Customer.id, Customer.phone).where(alive, where))
        return sorted(cid for cid, phone in candidates if normalise(phone or "") == bare)


def phone_key(phone: str | None) -> str:
    """A phone as compared for look-alikes: its digits without +48 / 0048 ("" when too short to mean anything)."""
    bare = normalise(phone or "")
    return bare if bare.isdigit() and len(bare) >= 6 else ""


def nip_key(nip: str | None) -> str:
    """A NIP as compared for look-alikes: its digits ("PL 526-000-12-46" -> "5260001246")."""
    return "".join(ch for ch in (nip or "") if ch.isdigit())


def lookalikes(session: Session, customer_id: int, email: str | None, phone: str | None, nip: str | None) -> list[int]:
    """Other customers (not merged away, not anonymised) with the same e-mail (any case), phone digits (without
    +48) or NIP digits. On SQLite the trigram index finds the candidates, which are then compared exactly."""
    email_key, phone_digits, nip_digits = (email or "").strip().lower(), phone_key(phone), nip_key(nip)
    keys = [k for k in (email_key, phone_digits, nip_digits) if len(k) >= 3]
    if not keys:
        return []
    alive = and_(Customer.merged_into_id.is_(None), Customer.anonymised_at.is_(None), Customer.id != customer_id)
    if _has_fts(session):
        found = select(literal_column("rowid")).select_from(table("customer_fts")).where(
            text_clause("customer_fts MATCH :lookalike").bindparams(lookalike=" OR ".join(_phrase(k) for k in keys)))
        where = Customer.id.in_(found)
    else:
        where = or_(func.lower(Customer.email) == email_key if email_key else False,
                    Customer.phone.like(f"%{phone_digits[-3:]}") if phone_digits else False,
                    Customer.nip.like(f"%{nip_digits[-3:]}") if nip_digits else False)
    rows = session.execute(select(Customer.id, Customer.email, Customer.phone, Customer.nip).where(alive, where))
    return sorted(cid for cid, e, p, n in rows
                  if (email_key and (e or "").strip().lower() == email_key) or (phone_digits and phone_key(p) == phone_digits)
                  or (nip_digits and nip_key(n) == nip_digits))
