"""The stock ledger: every change of stock is a movement with a reason and a document.

Balances (product.on_hand, product.reserved) change only here, in the same transaction as the
movement or reservation, and only through atomic SQL (`SET on_hand = on_hand + :q`), so two stations
writing to one database file at once lose nothing: SQLite serialises the writers and each UPDATE adds
to whatever the other committed. The conditions (not below zero) sit in the UPDATE's WHERE, so the
check and the change are one statement.

Rules: a goods issue (WZ) never takes available below zero unless the order allows it; other
documents record physical reality and only refuse to take on hand below zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from app.config import SHOP_TZ_DEFAULT
from app.core.changes import Changes
from app.core.errors import DomainError
from app.core.messages import msg
from app.models import Product, StockDocument, StockMovement
from app.models.base import Money, UTCDateTime, utcnow
from app.models.stock import ADJUSTMENT, DOCUMENT_KINDS, REASON_OF_KIND, RECEIPT, RETURN, WRITE_OFF


@dataclass(frozen=True)
class MoveLine:
    product_id: int
    quantity: int  # signed: + in, - out
    purchase_price: Decimal | None = None
    note: str = ""
    release: int = 0  # reserved units this movement consumes (a WZ of a reserved order line)


@dataclass(frozen=True)
class Posted:
    """What a posted document did: its id and number, and which products changed."""

    document_id: int
    number: str
    changes: Changes


def _number(session: Session, doc: StockDocument, now: datetime) -> str:
    """'PZ 12/2026': continuous per kind and calendar year in the shop's time zone. Called after the
    document's INSERT, so this transaction already holds SQLite's write lock and no other station can
    take the same number."""
    local = now.astimezone(ZoneInfo(SHOP_TZ_DEFAULT))
    year_start = local.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    seq = session.scalar(select(func.count()).select_from(StockDocument).where(
        StockDocument.kind == doc.kind, StockDocument.created_at >= year_start, StockDocument.id <= doc.id))
    return f"{doc.kind} {seq}/{local.year}"


def _expire_balances(session: Session, product_ids: set[int]) -> None:
    """Loaded Product objects must not keep (or later flush) balances older than the UPDATE."""
    for pid in product_ids:
        obj = session.identity_map.get(identity_key(Product, pid))
        if obj is not None:
            session.expire(obj, ["on_hand", "reserved", "updated_at"])


def _refusal(session: Session, product_id: int, quantity: int, check_available: bool) -> DomainError:
    row = session.execute(
        select(Product.sku, Product.on_hand, Product.reserved).where(Product.id == product_id)).first()
    if row is None:
        return DomainError(msg("Product #{product_id} does not exist.", product_id=product_id))
    sku, on_hand, reserved = row
    if check_available:
        return DomainError(msg("Not enough stock of {sku}: {quantity} to take out, {available} available "
                               "({on_hand} on hand, {reserved} reserved).", sku=sku, quantity=-quantity,
                               available=on_hand - reserved, on_hand=on_hand, reserved=reserved))
    return DomainError(msg("Not enough stock of {sku}: {quantity} to take out, {on_hand} on hand.", sku=sku,
                           quantity=-quantity, on_hand=on_hand))


def post_document(session: Session, kind: str, lines: list[MoveLine], who: str, *, supplier: str = "",
                  supplier_document: str = "", order_id: int | None = None, note: str = "",
                  check_available: bool = False, allow_negative: bool = False,
                  complaint_id: int | None = None) -> Posted:
    """Write one document, its movements and the balances. Helper inside the caller's transaction."""
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    lines = [ln for ln in lines if ln.quantity or ln.release]
    if not lines:
        raise DomainError(msg("The document has no quantities; nothing to record."))
    now = utcnow()
    doc = StockDocument(kind=kind, number=f"{kind} pending {now.timestamp()}", created_at=now, who=who,
                        supplier=supplier.strip(), supplier_document=supplier_document.strip(), order_id=order_id,
                        complaint_id=complaint_id, note=note.strip())
    session.add(doc)
    session.flush()  # the INSERT takes the write lock before anything is counted
    doc.number = _number(session, doc, now)
    reason = REASON_OF_KIND[kind]
    guard = "1 = 1" if allow_negative else (
        "on_hand + :q - (reserved - :r) >= 0 OR :q >= 0" if check_available else "on_hand + :q >= 0 OR :q >= 0")
    update = text(f"UPDATE product SET on_hand = on_hand + :q, reserved = reserved - :r, updated_at = :now "
                  f"WHERE id = :id AND ({guard})").bindparams(bindparam("now", type_=UTCDateTime()))
    set_price = text("UPDATE product SET purchase_price = :p WHERE id = :id").bindparams(bindparam("p", type_=Money()))
    for ln in lines:
        result = session.execute(update, {"q": ln.quantity, "r": ln.release, "id": ln.product_id,
                                          "now": now})
        if result.rowcount != 1:
            raise _refusal(session, ln.product_id, ln.quantity, check_available)
        if ln.purchase_price is not None and ln.quantity > 0 and kind == RECEIPT:
            session.execute(set_price, {"p": ln.purchase_price, "id": ln.product_id})
    session.execute(StockMovement.__table__.insert(), [
        {"document_id": doc.id, "product_id": ln.product_id, "quantity": ln.quantity, "reason": reason,
         "order_id": order_id, "who": who, "at": now, "purchase_price": ln.purchase_price,
         "note": ln.note or note.strip()}
        for ln in lines if ln.quantity
    ])
    ids = {ln.product_id for ln in lines}
    _expire_balances(session, ids)
    return Posted(doc.id, doc.number, Changes(products=frozenset(ids)))


@dataclass(frozen=True)
class ReceiptLine:
    product_id: int
    quantity: int
    purchase_price: Decimal | None = None


def receive_goods(session: Session, lines: list[ReceiptLine], who: str, *, supplier: str = "",
                  supplier_document: str = "", note: str = "") -> Posted:
    """A goods receipt (PZ): one document for a delivery; the same product on two lines adds up."""
    merged: dict[int, ReceiptLine] = {}
    for ln in lines:
        if ln.quantity <= 0:
            raise DomainError(msg("A received quantity must be positive (got {quantity}).", quantity=ln.quantity))
        if ln.purchase_price is not None and ln.purchase_price < 0:
            raise DomainError(msg("A purchase price cannot be negative."))
        old = merged.get(ln.product_id)
        merged[ln.product_id] = ReceiptLine(ln.product_id, ln.quantity + (old.quantity if old else 0),
                                            ln.purchase_price if ln.purchase_price is not None
                                            else (old.purchase_price if old else None))
    with session.begin():
        return post_document(session, RECEIPT, [MoveLine(m.product_id, m.quantity, m.purchase_price)
                                                for m in merged.values()],
                             who, supplier=supplier, supplier_document=supplier_document, note=note)


def write_off(session: Session, product_id: int, quantity: int, reason: str, who: str) -> Posted:
    """Damaged, lost or expired goods leave the stock (RW); the reason is required."""
    if quantity <= 0:
        raise DomainError(msg("The quantity to write off must be positive."))
    if not reason.strip():
        raise DomainError(msg("Say why the goods are written off (damaged, lost, expired...)."))
    with session.begin():
        return post_document(session, WRITE_OFF, [MoveLine(product_id, -quantity)], who, note=reason)


def adjust_stock(session: Session, product_id: int, delta: int, reason: str, who: str) -> Posted:
    """A correction with a reason (KOR), + or -."""
    if delta == 0:
        raise DomainError(msg("The adjustment is zero; nothing to record."))
    if not reason.strip():
        raise DomainError(msg("An adjustment needs a reason."))
    with session.begin():
        return post_document(session, ADJUSTMENT, [MoveLine(product_id, delta)], who, note=reason)


def return_to_stock(session: Session, lines: list[tuple[int, int]], who: str, *, order_id: int | None = None,
                    note: str = "") -> Posted:
    """Goods back on the shelf from a return or a complaint (ZW): [(product_id, quantity)]."""
    if any(q <= 0 for _, q in lines):
        raise DomainError(msg("A returned quantity must be positive."))
    with session.begin():
        return post_document(session, RETURN, [MoveLine(pid, q) for pid, q in lines], who, order_id=order_id,
                             note=note)
