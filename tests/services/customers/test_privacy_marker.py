"""Anonymisation leaves nothing of the old values in the shop's file (issue 17, "Done means"): a customer written
with unique markers, used (searched, noted, invoiced, complained), anonymised; then the raw bytes of the closed
database file and its WAL are grepped. Only the kept invoice's buyer marker may remain, inside the invoice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import event, select, update

from app.db import open_database
from app.models import Customer, Invoice
from app.models.customer import Contact
from app.services.complaints.data import CaseInput, CaseLineInput
from app.services.complaints.listing import list_cases
from app.services.complaints.registering import register_case
from app.services.customers.privacy import anonymise_customers, anonymise_plan
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.settings import SellerSettings, save_settings
from app.services.orders.data import AddressData, LineInput, OrderInput
from app.services.orders.editing import add_note, create_order
from app.services.orders.listing import OrderQuery, first_page

TODAY = date(2026, 6, 30)
SELLER = SellerSettings(
    name="Sklep Zaplecze sp. z o.o.", nip="526-025-02-74", street="ul. Prosta 51", postal_code="00-838",
    city="Warszawa", bank_account="61 1090 1014 0000 0712 1981 2874", bank_name="Santander Bank Polska",
    place_of_issue="Warszawa", payment_days=14, exemption_basis="")
# Markers: unique strings no other data contains (case-insensitive searches below).
NAME, EMAIL, PHONE = "Qzimię Qznazwisko", "qzmail@qzdomena.pl", "+48 611 987 654"
STREET, CITY = "ul. Qzulica 7", "Qzmiasto"
NOTE, CONTACT, DESCRIPTION, ORDER_NOTE = "qznotka klienta", "qzrozmowa telefon", "qzopis usterki", "qznotatka"
INTERNAL = "qzwewnętrzna"
INVOICE_BUYER, INVOICE_STREET = "Qzfaktura Nabywca", "ul. Qzfakturowa 9"
GONE = (NAME, "qzimię", "qznazwisko", EMAIL, "611 987 654", "611987654", STREET, "qzulica", CITY, NOTE, CONTACT,
        DESCRIPTION, ORDER_NOTE, INTERNAL)


def _make_customer(db, case_root: Path) -> tuple[int, int]:
    """A customer with markers everywhere, used as a shop uses them; returns (customer id, invoice id)."""
    with db.session() as s:
        save_settings(s, SELLER)
    with db.session() as s:
        oid = create_order(s, OrderInput(
            customer_name=NAME, email=EMAIL, phone=PHONE,
            shipping_address=AddressData(NAME, "", STREET, "00-950", CITY, "PL", PHONE),
            billing_address=AddressData(INVOICE_BUYER, "", INVOICE_STREET, "00-950", "Warszawa", "PL", ""),
            lines=(LineInput(quantity=1, unit_price=Decimal("49.99"), sku="MUG", name="Kubek"),),
            shipping_method="InPost Paczkomat", shipping_cost=Decimal("12.99"), payment_method="prepaid",
            payment_status="paid", customer_note=NOTE, internal_note=INTERNAL), "t")
    with db.session() as s:
        add_note(s, oid, f"{ORDER_NOTE}: dzwonił {NAME}", "t")
    with db.session() as s:
        invoice_id = issue_invoice(s, oid, "t", issue_date=TODAY, sale_date=TODAY)
    with db.session() as s, s.begin():
        from app.models import Order

        cid = s.scalar(select(Order.customer_id).where(Order.id == oid))
        s.execute(update(Customer).where(Customer.id == cid).values(notes=NOTE, tags="vip"))  # the card's edit
        s.add(Contact(customer_id=cid, order_id=oid, note=f"{CONTACT} {EMAIL}", who="t"))
    with db.session() as s:
        register_case(s, CaseInput(kind="transport", channel="email", received_on=TODAY, demand="repair",
                                   reason="damaged", description=DESCRIPTION, customer_id=cid, customer_name=NAME,
                                   email=EMAIL, phone=PHONE, address=f"{NAME}, {STREET}, {CITY}",
                                   delivered_on=TODAY, lines=(CaseLineInput(None, 1, name="Karton"),)),
                      "t", files_root=case_root, today=TODAY)
    # real use: the searches fill and read the indexes
    with db.session() as s:
        assert first_page(s, OrderQuery(search="qznazwisko"), 50).rows
        assert first_page(s, OrderQuery(search="611987654"), 50).rows
    with db.session() as s:
        assert list_cases(s, view="all", search="qznazwisko", today=TODAY).rows
    return cid, invoice_id


def _raw(path: Path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data


def _found(raw: bytes, marker: str) -> bool:
    return marker.lower().encode() in raw.lower() or marker.encode() in raw


def _open(db_path: Path):
    """The shop, on an SQLite whose secure_delete is off by default (python.org's builds; Debian's is on), so the
    test sees what the anonymisation itself does."""
    db = open_database(db_path)
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda conn, _r: conn.execute("PRAGMA secure_delete = OFF"))
    return db


def _use_and_anonymise(db_path: Path, tmp_path: Path, *, scrub: bool) -> bytes:
    db = _open(db_path)
    try:
        cid, invoice_id = _make_customer(db, tmp_path / "files")
        with db.session() as s:
            plan = anonymise_plan(s, cid, today=TODAY)
        assert [k.invoice_id for k in plan.kept_invoices] == [invoice_id]
        assert plan.kept_invoices[0].keep_until == date(2031, 12, 31)
        before = _raw(db_path)
        assert all(_found(before, m) for m in (NAME, EMAIL, NOTE, CONTACT, DESCRIPTION)), "the markers were written"
        with db.session() as s:
            anonymise_customers(s, [cid], who="anna", why="żądanie klienta", today=TODAY,
                                files_root=tmp_path / "files", scrub_file=scrub)
        with db.session() as s:
            inv = s.get(Invoice, invoice_id)
            assert (inv.buyer_name, inv.buyer_street) == (INVOICE_BUYER, INVOICE_STREET)  # kept as issued
            assert s.get(Customer, cid).name == f"Klient zanonimizowany #{cid}"
    finally:
        db.dispose()
    return _raw(db_path)


def test_no_marker_left_in_the_file_or_its_wal_but_the_kept_invoice(db_path, tmp_path):
    raw = _use_and_anonymise(db_path, tmp_path, scrub=True)
    left = [m for m in GONE if _found(raw, m)]
    assert left == [], f"old values still readable in the file: {left}"
    assert _found(raw, INVOICE_BUYER) and _found(raw, INVOICE_STREET)


def test_the_grep_sees_old_values_when_the_file_is_not_scrubbed(db_path, tmp_path):
    """The same day without secure_delete, the indexes' merge and VACUUM: the old values are still in the bytes
    (so the test above can fail, and the scrubbing is what passes it)."""
    raw = _use_and_anonymise(db_path, tmp_path, scrub=False)
    assert [m for m in GONE if _found(raw, m)] != []
