"""Why an order cannot go to packing: every reason with a kind code (what code tests) and its words (what is shown).

An order keeps the reasons its last verification found as their English text, one per line (`Order.problems`):
the list, the export, the CLI and the demo shop read and write them as they are. The kind of a stored reason is
read back here, from the same template that wrote it, so no caller (the order window offering "Not a duplicate",
verification moving an order that only waits for its payment) matches English text. A stored text of no known
template (written by an older version) is of kind OTHER.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.messages import msg
from app.models import Order
from app.services.orders import lifecycle
from app.services.orders.data import missing_address_parts

NOT_PAID = "not_paid"
NO_ADDRESS = "no_address"
ADDRESS_INCOMPLETE = "address_incomplete"
NO_CONTACT = "no_contact"
NO_LINES = "no_lines"
UNLINKED_LINE = "unlinked_line"
SHORT_OF_STOCK = "short_of_stock"
POSSIBLE_DUPLICATE = "possible_duplicate"
OTHER = "other"

# Each kind's English template: what writes a reason, and what tells its kind when it is read back.
TEMPLATES: dict[str, str] = {
    NOT_PAID: msg("Not paid (and not cash on delivery)"),
    NO_ADDRESS: msg("No shipping address"),
    ADDRESS_INCOMPLETE: msg("Address incomplete: no {parts}"),
    NO_CONTACT: msg("No e-mail or phone to contact the buyer"),
    NO_LINES: msg("The order has no lines"),
    UNLINKED_LINE: msg("Line '{line}' is not linked to a product"),
    SHORT_OF_STOCK: msg("Not enough stock of {sku}: {ordered} ordered, {available} available"),
    POSSIBLE_DUPLICATE: msg("Possible duplicate of order {number}"),
}
_PATTERNS = tuple((kind, re.compile("(.+)".join(map(re.escape, re.split(r"\{\w+\}", template))), re.DOTALL))
                  for kind, template in TEMPLATES.items())

DUPLICATE_WINDOW = timedelta(days=3)


@dataclass(frozen=True)
class Problem:
    kind: str
    text: str  # English, as stored; the UI shows it translated


def _problem(kind: str, **values: object) -> Problem:
    return Problem(kind, msg(TEMPLATES[kind], **values))


def kind_of(text: str) -> str:
    """The kind of a stored reason (OTHER when no template wrote it)."""
    return next((kind for kind, pattern in _PATTERNS if pattern.fullmatch(text)), OTHER)


def problem_kinds(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(kind_of(t) for t in texts)


def find_problems(session: Session, order: Order) -> list[Problem]:
    """Reasons, in the words a shop owner would use; empty when the order may be packed."""
    problems: list[Problem] = []
    if order.payment_method != "cod" and order.payment_status != "paid":
        problems.append(_problem(NOT_PAID))
    addr = order.shipping_address
    if addr is None:
        problems.append(_problem(NO_ADDRESS))
    else:
        missing = missing_address_parts(addr)
        if missing:
            problems.append(_problem(ADDRESS_INCOMPLETE, parts=", ".join(missing)))
    if not (order.email or order.phone):
        problems.append(_problem(NO_CONTACT))
    if not order.lines:
        problems.append(_problem(NO_LINES))
    for line in order.lines:
        if line.product is None:
            problems.append(_problem(UNLINKED_LINE, line=line.sku or line.name))
            continue
        if line.reserved:
            continue
        if line.product.available < line.quantity and not order.allow_negative_stock:
            problems.append(_problem(SHORT_OF_STOCK, sku=line.product.sku, ordered=line.quantity,
                                     available=line.product.available))
    if not order.duplicate_ok:
        dup = _possible_duplicate(session, order)
        if dup:
            problems.append(_problem(POSSIBLE_DUPLICATE, number=dup))
    return problems


def order_problems(session: Session, order: Order) -> list[str]:
    """The reasons' words only (what is stored and shown)."""
    return [p.text for p in find_problems(session, order)]


def refresh_problems(session: Session, order: Order) -> None:
    """After a change to an order that verification flagged (the payment came in, the address was completed),
    check its reasons again, so the list and the order window never show one that no longer holds. The status
    stays: moving the order on is Verify's decision. A reason verification did not write (why the packer held the
    order) is not verification's to drop: it stays."""
    if order.problems and order.status in lifecycle.VERIFIABLE:
        session.flush()
        kept = [text for text in order.problems.splitlines() if text and kind_of(text) == OTHER]
        order.problems = "\n".join([*kept, *order_problems(session, order)])


def _possible_duplicate(session: Session, order: Order) -> str | None:
    """Same buyer (e-mail, or name and postal code) and same total within a few days."""
    if order.created_at is None:
        return None
    conds = [Order.id != order.id, Order.status != lifecycle.CANCELLED, Order.total == order.total,
             Order.created_at.between(order.created_at - DUPLICATE_WINDOW, order.created_at + DUPLICATE_WINDOW)]
    if order.email:
        conds.append(Order.email == order.email)
    else:
        conds.append(Order.customer_name == order.customer_name)
    return session.scalar(select(Order.number).where(*conds).limit(1))
