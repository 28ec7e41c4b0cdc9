"""An order held at packing keeps the packer's reason when its data changes (the payment comes in, the address is
completed): only verification's own reasons are checked again; Verify itself decides the rest."""

from __future__ import annotations

from app.services.orders import editing as orders
from app.services.orders import lifecycle
from app.services.orders.verification import verify_orders
from app.services.packing.completing import hold_order


def test_the_hold_reason_stays_when_the_order_is_marked_paid(session, add_product, order_input):
    oid = orders.create_order(session, order_input(add_product("X"), payment_method="cod", payment_status="unpaid"),
                              who="t")
    orders.change_status(session, [oid], lifecycle.READY, who="t")
    hold_order(session, oid, "Karton zgnieciony", who="packer")
    orders.set_payments(session, [oid], "paid", "t")
    session.expire_all()
    order = orders.get_order(session, oid)
    assert (order.status, order.problems) == (lifecycle.ON_HOLD, ("Held at packing: Karton zgnieciony",))
    verify_orders(session, [oid], "owner")  # the owner looked into it: Verify releases it
    session.expire_all()
    order = orders.get_order(session, oid)
    assert (order.status, order.problems) == (lifecycle.READY, ())
