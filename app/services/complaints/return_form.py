"""An order's return form data (its items and the shop to send them to) and the shop's block every letter to a
customer starts with.

Kept apart from `letters` (which builds print requests, so it imports the documents area): the documents area
prints a return form again from the print log with `read_return_form`, and an import of `letters` from there would
be a cycle. `letters` re-exports `return_form_doc`.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.core.errors import NotFound
from app.core.messages import msg
from app.core.shop_time import shop_day
from app.models import Address, Order, ShippingSettings
from app.printing.return_form import ReturnFormDoc, ReturnItem


def seller_block(session: Session) -> tuple[str, tuple[str, ...], str, str, str, bytes | None]:
    """(name, address lines, contact, NIP, place, logo) from the invoice settings, the contact from the shipping
    sender (the shop's e-mail and phone), in the caller's transaction."""
    from app.services.invoicing.settings import read_settings

    seller = read_settings(session)
    sender = session.get(ShippingSettings, 1)  # read only: the shipping area makes the row on first use
    city_line = " ".join(x for x in (seller.postal_code, seller.city) if x)
    contact = ", ".join(x for x in ((sender.sender_email or "", sender.sender_phone or "") if sender else ()) if x)
    place = seller.place_of_issue or seller.city
    return (seller.name, tuple(x for x in (seller.street, city_line) if x), contact, seller.nip, place, seller.logo)


def read_return_form(session: Session, order_id: int) -> ReturnFormDoc:
    """An order's return form in the caller's transaction: the shop to send the goods to, the order with its day and
    items, the customer with the shipping (else billing) address; the account line is left for the customer to
    write."""
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(msg("The order no longer exists."))
    name, address, contact, _nip, _place, _logo = seller_block(session)
    found = session.get(Address, order.shipping_address_id or order.billing_address_id or -1)
    lines: tuple[str, ...] = ()
    if found is not None:
        city_line = " ".join(x for x in (found.postal_code, found.city) if x)
        lines = tuple(x for x in (found.company or "", found.street, city_line) if x)
    items = tuple(ReturnItem(line.name, line.sku, line.quantity) for line in order.lines)
    return ReturnFormDoc(seller_name=name, seller_address=address, seller_contact=contact,
                         order_number=order.number, order_date=shop_day(order.created_at),
                         customer_name=order.customer_name or (found.name if found else ""),
                         customer_address=lines, items=items)


def return_form_doc(session: Session, order_id: int) -> ReturnFormDoc:
    """An order's return form (read_return_form in a transaction of its own)."""
    with session.begin():
        return read_return_form(session, order_id)
