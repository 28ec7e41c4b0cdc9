from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.core.errors import DomainError, TransitionError
from app.models import Order, Product
from app.services.orders import lifecycle
from app.services.orders.editing import change_status, create_order, get_order, update_order
from app.services.orders.verification import verify_orders


def test_create_computes_totals_and_history(session, add_product, order_input):
    pid = add_product("MUG-1", "Kubek", "49.99")
    oid = create_order(session, order_input(pid, quantity=2), who="anna")
    detail = get_order(session, oid)
    assert detail.number == "Z000001"
    assert detail.total == Decimal("112.97")  # 2 x 49.99 + 12.99
    assert detail.status == "new"
    assert [e.to_status for e in detail.events] == ["new"]
    assert detail.lines[0].sku == "MUG-1"
    oid2 = create_order(session, order_input(pid), who="anna")
    assert get_order(session, oid2).number == "Z000002"


def test_verify_ready_reserves_stock(session, add_product, order_input):
    pid = add_product("MUG-1", on_hand=3)
    oid = create_order(session, order_input(pid, quantity=2), who="t")
    result = verify_orders(session, [oid], who="t")
    assert result[oid] == []
    with session.begin():
        assert session.get(Order, oid).status == lifecycle.READY
        assert session.get(Product, pid).reserved == 2
    change_status(session, [oid], lifecycle.CANCELLED, who="t", why="customer asked")
    with session.begin():
        assert session.get(Product, pid).reserved == 0


def test_verify_lists_every_reason(session, add_product, order_input):
    from app.services.orders.data import AddressData

    pid = add_product("MUG-1", on_hand=1)
    oid = create_order(session, order_input(pid, quantity=5, payment_status="unpaid", payment_method="transfer",
                                            shipping_address=AddressData("Jan", "", "", "00-001", "")), who="t")
    problems = verify_orders(session, [oid], who="t")[oid]
    text = "\n".join(problems)
    assert "Not paid" in text
    assert "street" in text and "city" in text
    assert "Not enough stock of MUG-1: 5 ordered, 1 available" in text
    assert get_order(session, oid).status == "new"
    assert get_order(session, oid).problems == tuple(problems)


def test_unpaid_only_goes_to_awaiting_payment(session, add_product, order_input):
    pid = add_product("MUG-1")
    oid = create_order(session, order_input(pid, payment_status="unpaid", payment_method="transfer"), who="t")
    verify_orders(session, [oid], who="t")
    assert get_order(session, oid).status == lifecycle.AWAITING_PAYMENT


def test_duplicate_detected_and_can_be_accepted(session, add_product, order_input):
    pid = add_product("MUG-1")
    first = create_order(session, order_input(pid), who="t")
    second = create_order(session, order_input(pid), who="t")
    problems = verify_orders(session, [second], who="t")[second]
    assert any("Possible duplicate of order Z000001" in p for p in problems)
    assert verify_orders(session, [second], who="t", accept_duplicate=True)[second] == []
    assert first != second


def test_status_changes_name_the_products_whose_stock_moved(session, add_product, order_input):
    """The Stock views re-read what a status change did to stock: the Changes carry those products."""
    from app.services.orders.data import LineInput

    mug, tee = add_product("MUG-1", on_hand=10), add_product("TEE-1", on_hand=10)
    oid = create_order(session, order_input(mug, quantity=2), who="t")
    verified = verify_orders(session, [oid], who="t")                          # reserved
    assert verified[oid] == [] and verified.changes.orders == {oid} and verified.changes.products == {mug}
    data = order_input(mug, quantity=1)
    data = replace(data, lines=(*data.lines, LineInput(quantity=1, unit_price=Decimal("10.00"), product_id=tee)))
    edited = update_order(session, oid, data, who="t")                          # the reservation made again
    assert edited.orders == {oid} and edited.products == {mug, tee}
    assert change_status(session, [oid], lifecycle.PACKED, who="t").products == frozenset()   # no stock moved
    shipped = change_status(session, [oid], lifecycle.SHIPPED, who="t")         # issued
    assert shipped.orders == {oid} and shipped.products == {mug, tee}

    waiting = create_order(session, order_input(mug, payment_status="unpaid", payment_method="transfer",
                                                email="other@example.pl"), who="t")
    result = verify_orders(session, [waiting], who="t")                         # awaiting payment: nothing reserved
    assert result.changes.orders == {waiting} and result.changes.products == frozenset()
    other = create_order(session, order_input(tee, email="third@example.pl"), who="t")
    verify_orders(session, [other], who="t")
    assert change_status(session, [other], lifecycle.CANCELLED, who="t").products == {tee}   # released


def test_problems_have_kinds_read_back_from_their_stored_words(session, add_product, order_input):
    from app.services.orders import problems as kinds
    from app.services.orders.data import AddressData

    pid = add_product("MUG-1", on_hand=1)
    create_order(session, order_input(pid, quantity=5), who="t")          # same buyer, same total
    again = create_order(session, order_input(pid, quantity=5, payment_status="unpaid", payment_method="transfer",
                                              shipping_address=AddressData("Jan", "", "", "00-001", "")), who="t")
    verify_orders(session, [again], who="t")
    detail = get_order(session, again)
    assert detail.problem_kinds == {kinds.NOT_PAID, kinds.ADDRESS_INCOMPLETE, kinds.SHORT_OF_STOCK,
                                    kinds.POSSIBLE_DUPLICATE}
    assert [kinds.kind_of(p) for p in detail.problems] == [kinds.NOT_PAID, kinds.ADDRESS_INCOMPLETE,
                                                           kinds.SHORT_OF_STOCK, kinds.POSSIBLE_DUPLICATE]
    assert kinds.kind_of("Line 'GIFT' is not linked to a product") == kinds.UNLINKED_LINE
    assert kinds.kind_of("The order has no lines") == kinds.NO_LINES
    assert kinds.kind_of("Possible duplicate of order") == kinds.OTHER       # an older text, or a customer's own
    assert get_order(session, create_order(session, order_input(pid, email="x@example.pl"), who="t")).problem_kinds \
        == frozenset()


def test_transitions_checked_in_one_place(session, add_product, order_input):
    pid = add_product("MUG-1")
    oid = create_order(session, order_input(pid), who="t")
    with pytest.raises(TransitionError, match="cannot go from 'New' to 'Shipped'"):
        change_status(session, [oid], lifecycle.SHIPPED, who="t")
    assert get_order(session, oid).status == "new"


def test_batch_change_is_all_or_nothing(session, add_product, order_input):
    pid = add_product("MUG-1")
    a = create_order(session, order_input(pid), who="t")
    b = create_order(session, order_input(pid, email="other@example.pl"), who="t")
    verify_orders(session, [a], who="t")
    with pytest.raises(DomainError) as refused:
        change_status(session, [a, b], lifecycle.PACKED, who="t")
    # one of two cannot move, so neither does, and the message says so (not only which one failed)
    assert str(refused.value).startswith("No order was changed: 1 of the 2 selected orders cannot go to 'Packed'.")
    assert "Z000002" in str(refused.value) and "Z000001" not in str(refused.value)
    assert get_order(session, a).status == "ready"
    assert get_order(session, b).status == "new"


def test_edit_blocked_after_shipping_and_marks_local_change(session, add_product, order_input):
    pid = add_product("MUG-1")
    oid = create_order(session, order_input(pid), who="t")
    update_order(session, oid, order_input(pid, quantity=3), who="t")
    with session.begin():
        o = session.get(Order, oid)
        assert o.items_count == 3 and o.locally_changed_at is not None
    verify_orders(session, [oid], who="t")
    change_status(session, [oid], lifecycle.PACKED, who="t")
    change_status(session, [oid], lifecycle.SHIPPED, who="t")
    with session.begin():
        assert session.get(Product, pid).on_hand == 7
        assert session.scalar(select(Product.reserved).where(Product.id == pid)) == 0
    with pytest.raises(DomainError, match="can no longer be edited"):
        update_order(session, oid, order_input(pid), who="t")



def test_a_paid_or_completed_order_loses_the_reasons_that_no_longer_hold(session, add_product, order_input):
    """Verification's reasons show in the list; after "Mark paid" or an edit they must not claim what is no
    longer true. The status stays: moving on is Verify's decision."""
    from app.services.orders.data import AddressData
    from app.services.orders.editing import set_payments

    pid = add_product("MUG-1", on_hand=10)
    no_postal = AddressData("Anna Kowalska", "", "ul. Długa 5/3", "", "Warszawa")
    oid = create_order(session, order_input(pid, payment_method="transfer", payment_status="unpaid",
                                            shipping_address=no_postal), who="t")
    assert len(verify_orders(session, [oid], who="t")[oid]) == 2
    set_payments(session, [oid], "paid", who="t")
    detail = get_order(session, oid)
    assert detail.problems == ("Address incomplete: no postal code",)
    assert detail.status == lifecycle.NEW
    data = order_input(pid, payment_method="transfer", payment_status="paid")
    update_order(session, oid, data, who="t")
    detail = get_order(session, oid)
    assert detail.problems == () and detail.status == lifecycle.NEW
    assert verify_orders(session, [oid], who="t")[oid] == []


def test_mark_paid_of_many_orders_is_one_transaction(session, add_product, order_input):
    from app.core.errors import NotFound
    from app.services.orders.editing import set_payments

    pid = add_product("MUG-1", on_hand=10)
    oid = create_order(session, order_input(pid, payment_method="transfer", payment_status="unpaid"), who="t")
    with pytest.raises(NotFound):
        set_payments(session, [oid, oid + 100], "paid", who="t")
    assert get_order(session, oid).payment_status == "unpaid"
    set_payments(session, [oid], "paid", who="t")
    assert [e.why for e in get_order(session, oid).events][-1] == "Payment: unpaid -> paid"
