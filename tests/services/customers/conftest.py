"""Customers tests: a customer with a real history (orders made, verified, shipped, invoiced, a case registered,
contacts) built through the areas' own services, so the card and the timeline are read as a user would meet them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

TODAY = date(2026, 6, 30)


@dataclass
class History:
    customer_id: int
    shipped: int  # an order packed, shipped (DPD123456), invoiced, with a withdrawal case
    second: int  # another order, verified only
    cancelled: int
    invoice_number: str
    case_number: str


@pytest.fixture
def history(session, add_product, ready_order, tmp_path) -> History:
    from app.models import Order
    from app.models.customer import Contact
    from app.services.complaints.data import CaseInput, CaseLineInput
    from app.services.complaints.registering import register_case
    from app.services.invoicing.issuing import issue_invoice
    from app.services.invoicing.settings import SellerSettings, save_settings
    from app.services.orders.editing import change_status, get_order
    from app.services.shipping.data import ParcelInput, ShipmentInput
    from app.services.shipping.shipments import create_shipment

    save_settings(session, SellerSettings(
        name="Sklep Zaplecze sp. z o.o.", nip="526-025-02-74", street="ul. Prosta 51", postal_code="00-838",
        city="Warszawa", bank_account="61 1090 1014 0000 0712 1981 2874", bank_name="Santander Bank Polska",
        place_of_issue="Warszawa", payment_days=14, exemption_basis=""))
    mug = add_product("MUG", "Kubek zielony", price="40.00", on_hand=20)
    shipped = ready_order((mug, 2))
    second = ready_order((mug, 1))
    cancelled = ready_order((mug, 3))
    with session.begin():
        customer_id = session.get(Order, shipped).customer_id
        # create_order makes a customer per order: these three are one person's
        session.execute(update(Order).where(Order.id.in_([second, cancelled])).values(customer_id=customer_id))
        session.execute(update(Order).where(Order.id == shipped).values(
            created_at=datetime(2026, 6, 1, 9, 0, tzinfo=UTC)))
        session.execute(update(Order).where(Order.id == second).values(
            created_at=datetime(2026, 6, 20, 9, 0, tzinfo=UTC)))
    change_status(session, [cancelled], "cancelled", who="t")
    change_status(session, [shipped], "packed", who="t")
    create_shipment(session, shipped, ShipmentInput("dpd", parcels=(ParcelInput(tracking_number="DPD123456"),)),
                    who="t")
    change_status(session, [shipped], "shipped", who="t")
    change_status(session, [shipped], "delivered", who="t")
    issue_invoice(session, shipped, "t")
    line_id = get_order(session, shipped).lines[0].id
    case = register_case(session, CaseInput(kind="withdrawal", channel="email", received_on=TODAY, demand="refund",
                                            reason="changed_mind", description="Nie pasuje", order_id=shipped,
                                            lines=(CaseLineInput(order_line_id=line_id, quantity=1),)),
                         "t", files_root=tmp_path, today=TODAY)
    with session.begin():
        session.add_all([
            Contact(customer_id=customer_id, order_id=shipped, channel="phone", direction="in", topic="status",
                    note="Pyta o paczkę\ndruga linia", at=datetime(2026, 6, 2, 8, 0, tzinfo=UTC),
                    follow_up_on=TODAY),
            Contact(customer_id=customer_id, channel="email", direction="out", topic="other", note="",
                    at=datetime(2026, 6, 3, 8, 0, tzinfo=UTC)),
        ])
    from app.models import Invoice

    with session.begin():
        number = session.query(Invoice.number).filter(Invoice.order_id == shipped).scalar()
    return History(customer_id, shipped, second, cancelled, number, case.number)
