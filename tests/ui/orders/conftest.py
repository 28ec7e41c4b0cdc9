"""Fixtures shared by the orders area's UI tests (tests/support/orders.py)."""

import pytest

from tests.support.orders import make_shop, threaded_ctx  # noqa: F401 - threaded_ctx: a fixture for this folder


@pytest.fixture
def shop(session, add_product, order_input):
    """Five orders of different buyers, statuses and shipping (tests/support/orders.make_shop)."""
    return make_shop(session, add_product, order_input)
