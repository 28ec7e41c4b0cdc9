"""Test data for the Orders tab and dialog, made through the services (imported by the orders UI tests), and a
context whose reads and writes run on worker threads, as in the app."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services.orders.data import AddressData, LineInput

BUYERS = (
    # name, e-mail, phone, postal code ("" = incomplete address), payment method, payment status
    ("Anna Kowalska", "anna@example.pl", "+48 600 100 200", "00-950", "prepaid", "paid"),
    ("Jan Nowak", "jan.nowak@poczta.pl", "601-222-333", "30-001", "cod", "unpaid"),
    ("Ewa Zielińska", "ewa@firma.com", "+48 700 800 900", "", "transfer", "unpaid"),
    ("Piotr Wiśniewski", "piotr@example.org", "602 333 444", "80-001", "transfer", "paid"),
    ("Katarzyna Wójcik", "kasia@example.pl", "603 444 555", "60-001", "transfer", "unpaid"),
)


def make_shop(session, add_product, order_input) -> dict[str, int]:
    """Products MUG-RED and TEE-XL, and one order per buyer (keyed by first name, lower-case)."""
    from app.services.orders.editing import create_order

    mug = add_product("MUG-RED", "Kubek czerwony", "29.90", ean="5901234123457", on_hand=50)
    tee = add_product("TEE-XL", "Koszulka XL", "79.00", ean="5900000000017", on_hand=50)
    ids: dict[str, int] = {}
    for i, (name, email, phone, postal, method, paid) in enumerate(BUYERS):
        product, price = (mug, "29.90") if i % 2 == 0 else (tee, "79.00")
        data = order_input(
            product, quantity=1 + i, price=price, customer_name=name, email=email, phone=phone,
            shipping_address=AddressData(name, "", "ul. Polna 1", postal, "Kraków"),
            payment_method=method, payment_status=paid,
        )
        ids[name.split()[0].lower()] = create_order(session, data, "test-station")
    return ids


def free_line(name: str = "Gift card", price: str = "50.00") -> LineInput:
    return LineInput(quantity=1, unit_price=Decimal(price), sku="GIFT", name=name)


@pytest.fixture
def threaded_ctx(db, monkeypatch):
    """The real thing: every read and write on a worker thread with its own session, the answer later."""
    from app.ui.kit.context import AppContext
    from app.ui.kit.tasks import Tasks

    monkeypatch.setattr(Tasks, "synchronous", False)
    runner = Tasks()
    yield AppContext(db=db, who="test-station", runner=runner)
    runner.read_pool.waitForDone(10000)
    runner.write_pool.waitForDone(10000)


def open_dialog(qtbot, ctx, order_id):
    """The order window of `order_id` (None: a new order), shown and exposed."""
    from app.ui.orders.dialog import OrderDialog

    dialog = OrderDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog
