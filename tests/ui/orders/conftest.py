"""Fixtures shared by the orders area's UI tests (tests/support/orders.py)."""

from tests.support.orders import threaded_ctx  # noqa: F401 - a fixture for this folder's tests
