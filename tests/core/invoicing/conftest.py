"""Invoicing tests: a shop with its seller data filled in, and orders of any lines made through the order
services (the root conftest's `order_input`)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from decimal import Decimal

import pytest
from sqlalchemy import update

from app.services.invoicing.settings import SellerSettings, save_settings
from tests.support.postgres import fresh_postgres_url

SELLER = SellerSettings(
    name="Sklep Zaplecze sp. z o.o.", nip="526-025-02-74", street="ul. Prosta 51", postal_code="00-838",
    city="Warszawa", bank_account="61 1090 1014 0000 0712 1981 2874", bank_name="Santander Bank Polska",
    place_of_issue="Warszawa", payment_days=14, exemption_basis="art. 43 ust. 1 pkt 2 ustawy o VAT")
POSTGRES = os.environ.get("ZAPLECZE_TEST_POSTGRES", "")


@pytest.fixture
def seller(session) -> SellerSettings:
    return save_settings(session, SELLER)


@pytest.fixture
def make_order(session, order_input):
    """An order of (quantity, gross unit price, rate) lines; shipping, discount, currency, buyer NIP, payment and
    status as asked. Fields the order form does not take (discount, currency, NIP) are set as an import would."""
    from app.models import Order
    from app.services.orders.data import AddressData, LineInput
    from app.services.orders.editing import create_order

    def make(lines: Sequence[tuple[int, str, str]] = ((1, "49.99", "23"),), *, shipping: str = "12.99",
             discount: str = "0.00", currency: str = "PLN", buyer_nip: str | None = None,
             payment_method: str = "prepaid", payment_status: str = "paid", company: str = "",
             person: str = "Anna Kowalska", **fields) -> int:
        data = order_input(
            lines=tuple(LineInput(quantity=q, unit_price=Decimal(p), sku=f"SKU-{i}", name=f"Towar {i} żółty",
                                  vat_rate=r) for i, (q, p, r) in enumerate(lines, start=1)),
            shipping_cost=Decimal(shipping), payment_method=payment_method, payment_status=payment_status,
            shipping_address=AddressData(person, company, "ul. Długa 5/3", "00-950", "Warszawa", "PL",
                                         "+48 600 100 200"), **fields)
        oid = create_order(session, data, who="t")
        if Decimal(discount) or currency != "PLN" or buyer_nip:
            with session.begin():
                order = session.get(Order, oid)
                order.discount, order.currency, order.buyer_nip = Decimal(discount), currency, buyer_nip
                order.total -= Decimal(discount)
        return oid

    return make


@pytest.fixture
def pg_url():
    """A fresh database on the PostgreSQL server .ci/run starts (ZAPLECZE_TEST_POSTGRES), dropped afterwards."""
    with fresh_postgres_url() as url:
        yield url


@pytest.fixture
def set_status(session):
    """Put an order in a status directly (as an import of a cancelled order would)."""
    from app.models import Order

    def put(order_id: int, status: str) -> None:
        with session.begin():
            session.execute(update(Order).where(Order.id == order_id).values(status=status))

    return put
