"""A shop with issued invoices, made the way the shop makes them: seller data saved through the settings service,
orders through the order services, invoices by issue_invoice (imported by tests/ui/invoicing and by
tests/printing/test_print_invoices.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.core.shop_time import shop_today
from app.services.documents import queue as print_queue
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.numbering import SeriesData, list_series, save_series
from app.services.invoicing.settings import SellerSettings, save_settings
from app.services.orders.data import AddressData, LineInput
from app.services.orders.editing import create_order
from app.services.shipping.data import PrinterSettingData
from tests.support.cups import QUEUE

SELLER = SellerSettings(
    name="Żółty Kot sp. z o.o.", nip="526-104-08-28", street="ul. Świętokrzyska 12/4", postal_code="00-916",
    city="Warszawa", bank_account="61 1090 1014 0000 0712 1981 2874", bank_name="Santander Bank Polska",
    place_of_issue="Warszawa", payment_days=14)
COMPANY_NIP = "7740001454"


@dataclass(frozen=True)
class InvoicingShop:
    """Invoice ids by buyer (and their orders), and the dates they were issued on."""

    anna: int  # B2C, paid online, this month: a mug x2 (23 %) and tea (5 %), shipping
    firma: int  # B2B (NIP), bank transfer, unpaid, this month
    jan: int  # B2C, cash on delivery, unpaid, issued on the first day of last month
    ewa: int  # B2C, paid, this month, in a second series "FVB"
    orders: dict[str, int]
    today: date
    last_month: date


def first_of_last_month(today: date) -> date:
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)


def make_invoicing_shop(session, order_input) -> InvoicingShop:
    save_settings(session, SELLER)
    list_series(session)  # the standard FV and KOR series, made on first use, before a second VAT series
    save_series(session, SeriesData(None, "FVB", "VAT", "FVB/{YYYY}/{N}", "year"))
    lines = (LineInput(quantity=2, unit_price=Decimal("29.90"), sku="MUG-ZOL", name="Kubek żółty", vat_rate="23"),
             LineInput(quantity=1, unit_price=Decimal("19.00"), sku="TEA-100", name="Herbata zielona",
                       vat_rate="5"))
    people = {  # key: (name, company, payment method, payment status)
        "anna": ("Anna Kowalska", "", "prepaid", "paid"),
        "firma": ("Łukasz Ślęzak", "Łąka i Ślęża S.A.", "transfer", "unpaid"),
        "jan": ("Jan Nowak", "", "cod", "unpaid"),
        "ewa": ("Ewa Zielińska", "", "prepaid", "paid"),
    }
    orders = {}
    for key, (name, company, method, status) in people.items():
        data = order_input(customer_name=name, email=f"{key}@example.pl", lines=lines,
                           shipping_address=AddressData(name, company, "ul. Długa 5/3", "00-950", "Warszawa", "PL",
                                                        "+48 600 100 200"),
                           payment_method=method, payment_status=status)
        orders[key] = create_order(session, data, who="t")
    today = shop_today()
    last_month = first_of_last_month(today)
    return InvoicingShop(
        anna=issue_invoice(session, orders["anna"], "t"),
        firma=issue_invoice(session, orders["firma"], "t", buyer_nip=COMPANY_NIP),
        jan=issue_invoice(session, orders["jan"], "t", issue_date=last_month),
        ewa=issue_invoice(session, orders["ewa"], "t", series="FVB"),
        orders=orders, today=today, last_month=last_month)


def use_pdf_printer(session) -> None:
    """Both printers are the cups-pdf queue, printing without a dialog."""
    for kind, paper, dpi in (("label", "100x150", 203), ("a4", "A4", 300)):
        print_queue.save_printer_setting(session, PrinterSettingData(kind, QUEUE, paper, "portrait", dpi, False,
                                                                     True))


def expected_link(session, invoice_id: int) -> str:
    """The invoice's KSeF link (KOD I) from its FA(3) file, as a printed invoice's QR code must give it."""
    from app.printing.ksef_xml import invoice_xml, verification_link
    from app.services.invoicing.reading import invoice_doc

    doc = invoice_doc(session, invoice_id)
    return verification_link(doc, invoice_xml(doc))
