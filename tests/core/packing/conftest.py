"""Orders ready to pack, on a real SQLite file."""

from __future__ import annotations

import pytest

from app.services.orders.data import LineInput
from app.services.orders.editing import create_order
from app.services.orders.verification import verify_orders


@pytest.fixture
def ready_order(session, add_product, order_input):
    """Make an order of (product id, quantity) lines and verify it (ready, stock reserved); returns its id."""
    from decimal import Decimal

    def make(*lines: tuple[int, int]) -> int:
        data = order_input(lines=tuple(LineInput(quantity=q, unit_price=Decimal("10.00"), product_id=p, sku="",
                                                 name="") for p, q in lines))
        oid = create_order(session, data, who="t")
        assert verify_orders(session, [oid], who="t", accept_duplicate=True)[oid] == []
        return oid

    return make
