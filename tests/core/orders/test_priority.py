"""Pack first: set and cleared in one transaction, written to the history, refused for orders already packed."""

from __future__ import annotations

import pytest

from app.core.errors import DomainError, NotFound
from app.services.orders import editing as orders
from app.services.orders import lifecycle
from app.services.orders.listing import OrderQuery, page
from app.services.orders.priority import set_priority


@pytest.fixture
def two(session, add_product, order_input):
    ids = [orders.create_order(session, order_input(add_product(f"P{n}"), email=f"p{n}@x.pl"), who="t")
           for n in range(2)]
    orders.change_status(session, ids, lifecycle.READY, who="t")
    return ids


def _first(session) -> dict[int, bool]:
    return {r.id: r.priority for r in page(session, OrderQuery(), 0, 10)}


def test_on_and_off_with_history_and_only_what_changed(session, two):
    a, b = two
    assert set_priority(session, [a], True, "anna").orders == {a}
    assert _first(session) == {a: True, b: False}
    assert set_priority(session, [a, b], True, "anna").orders == {b}  # a already was: left as it is
    assert set_priority(session, [a, b], False, "jan").orders == {a, b}
    assert _first(session) == {a: False, b: False}
    assert [(e.why, e.who) for e in orders.get_order(session, a).events if e.kind == "note"] == [
        ("Marked to pack first", "anna"), ("No longer to pack first", "jan")]


def test_refused_for_a_packed_order_and_nothing_changes(session, two):
    a, b = two
    orders.change_status(session, [a], lifecycle.PACKED, who="t")
    number = orders.get_order(session, a).number
    with pytest.raises(DomainError, match=f"^{number}: already packed, shipped or cancelled"):
        set_priority(session, [a, b], True, "anna")
    assert _first(session) == {a: False, b: False}
    assert set_priority(session, [a], False, "anna").orders == frozenset()  # clearing is always allowed


def test_unknown_orders_are_refused(session, two):
    with pytest.raises(NotFound):
        set_priority(session, [two[0], 999_999], True, "anna")
