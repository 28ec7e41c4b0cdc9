"""Writes the import fixtures of this folder (run once; the CSVs are committed as written).

    uv run python tests/data/import/make_fixtures.py

`shopify_orders.csv` has the 79 columns of a recent Shopify orders export, with the awkward parts of real
files: later line rows repeating Email/Created at, a quoted note with a line break, the leading-apostrophe
guard on zip codes, phones and numeric SKUs, a refunded, a voided, a fulfilled, a test (Bogus Gateway)
and a EUR order, a service order without a shipping address, a discount code and an unknown SKU.
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent

SHOPIFY_HEADER = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
    "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
    "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status",
    "Billing Name", "Billing Street", "Billing Address1", "Billing Address2", "Billing Company", "Billing City",
    "Billing Zip", "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
    "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes", "Cancelled at",
    "Payment Method", "Payment Reference", "Refunded Amount", "Vendor", "Outstanding Balance", "Employee",
    "Location", "Device ID", "Id", "Tags", "Risk Level", "Source", "Lineitem discount", "Tax 1 Name",
    "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value",
    "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name",
    "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References",
]
# Columns an older shop's export does not have (73 columns).
NEWER_COLUMNS = ("Duties", "Billing Province Name", "Shipping Province Name", "Payment ID", "Payment Terms Name",
                 "Next Payment Due At")


def order(name: str, email: str, created: str, lines: list[tuple], *, financial: str = "paid",
          fulfillment: str = "unfulfilled", currency: str = "PLN", shipping: str = "12.99",
          discount: tuple[str, str] = ("", "0.00"), method: str = "InPost Paczkomaty 24/7",
          who: tuple = ("Anna Kowalska", "ul. Długa 5/3", "Warszawa", "'00-950", "'+48 600 100 200"),
          ship_to: bool = True, notes: str = "", attrs: str = "", cancelled: str = "", payment: str = "Przelewy24",
          refunded: str = "0.00", tags: str = "", risk: str = "Low", oid: str = "5512345678901",
          tax_name: str = "PL VAT 23%", requires: str = "true", total: str | None = None) -> list[dict]:
    subtotal = sum(int(q) * float(p) for q, _n, p, _s in lines)
    tot = total or f"{subtotal + float(shipping) - float(discount[1]):.2f}"
    rows = []
    for i, (qty, lname, price, sku) in enumerate(lines):
        row = dict.fromkeys(SHOPIFY_HEADER, "")
        row.update({"Name": name, "Email": email, "Created at": created, "Lineitem quantity": qty,
                    "Lineitem name": lname, "Lineitem price": price, "Lineitem compare at price": "",
                    "Lineitem sku": sku, "Lineitem requires shipping": requires, "Lineitem taxable": "true",
                    "Lineitem fulfillment status": "pending" if fulfillment != "fulfilled" else "fulfilled",
                    "Vendor": "Zaplecze Demo", "Lineitem discount": "0.00"})
        if i == 0:
            n, street, city, zip_, phone = who
            row.update({
                "Financial Status": financial, "Paid at": created if financial == "paid" else "",
                "Fulfillment Status": fulfillment, "Fulfilled at": created if fulfillment == "fulfilled" else "",
                "Accepts Marketing": "no", "Currency": currency, "Subtotal": f"{subtotal:.2f}", "Shipping": shipping,
                "Taxes": f"{(subtotal + float(shipping)) * 23 / 123:.2f}", "Total": tot,
                "Discount Code": discount[0], "Discount Amount": discount[1], "Shipping Method": method,
                "Billing Name": n, "Billing Street": street, "Billing Address1": street, "Billing City": city,
                "Billing Zip": zip_, "Billing Country": "PL", "Billing Phone": phone,
                "Notes": notes, "Note Attributes": attrs, "Cancelled at": cancelled, "Payment Method": payment,
                "Payment Reference": f"c{oid}.1", "Refunded Amount": refunded, "Outstanding Balance": "0.00",
                "Id": oid, "Tags": tags, "Risk Level": risk, "Source": "web", "Tax 1 Name": tax_name,
                "Tax 1 Value": "0.00", "Phone": "", "Payment ID": f"c{oid}.1", "Payment References": f"c{oid}.1",
            })
            if ship_to:
                row.update({"Shipping Name": n, "Shipping Street": street, "Shipping Address1": street,
                            "Shipping City": city, "Shipping Zip": zip_, "Shipping Country": "PL",
                            "Shipping Phone": phone})
        rows.append(row)
    return rows


def shopify_rows() -> list[dict]:
    rows: list[dict] = []
    rows += order("#1001", "anna@example.pl", "2026-11-02 09:15:02 +0100",
                  [("2", "Kubek ceramiczny biały", "39.99", "KUB-001"),
                   ("1", "Koszulka lniana - M", "129.00", "KOSZ-M")],
                  notes="Proszę dzwonić przed doręczeniem.\nDomofon nie działa.", attrs="Faktura: tak")
    rows += order("#1002", "jan.nowak@example.pl", "2026-11-02 11:40:55 +0100",
                  [("1", "Świeca sojowa Łąka", "59.90", "'5901234123457")],
                  who=("Jan Nowak", "ul. Żeromskiego 12", "Łódź", "'90-001", "'+48 501 222 333"),
                  discount=("JESIEN10", "5.99"), payment="Cash on Delivery (COD)", financial="pending",
                  method="Kurier DPD za pobraniem")
    rows += order("#1003", "ewa@example.pl", "2026-11-03 08:01:00 +0100",
                  [("3", "Zestaw próbek herbat", "24.50", "HERB-SET")],
                  who=("Ewa Wiśniewska", "ul. Polna 1", "Kraków", "'30-001", ""), financial="refunded",
                  refunded="86.49")
    rows += order("#1004", "piotr@example.pl", "2026-11-03 10:22:10 +0100",
                  [("1", "Kubek ceramiczny biały", "39.99", "KUB-001")], financial="voided",
                  cancelled="2026-11-03 12:00:00 +0100", who=("Piotr Zieliński", "ul. Krótka 2", "Gdańsk",
                                                             "'80-001", ""))
    rows += order("#1005", "marta@example.pl", "2026-11-04 14:05:00 +0100",
                  [("1", "Koszulka lniana - M", "129.00", "KOSZ-M")], fulfillment="fulfilled",
                  who=("Marta Lewandowska", "ul. Leśna 7", "Poznań", "'60-001", ""))
    rows += order("#1006", "test@example.pl", "2026-11-04 15:00:00 +0100",
                  [("1", "Kubek ceramiczny biały", "39.99", "KUB-001")], payment="(for testing) Bogus Gateway")
    rows += order("#1007", "hans@example.de", "2026-11-05 09:00:00 +0100",
                  [("2", "Kubek ceramiczny biały", "9.50", "KUB-001")], currency="EUR", shipping="6.00",
                  who=("Hans Müller", "Hauptstraße 3", "Berlin", "'10115", ""), tax_name="DE MwSt 19%")
    rows += order("#1008", "kasia@example.pl", "2026-11-05 16:30:00 +0100",
                  [("1", "Konsultacja online (30 min)", "150.00", "")], shipping="0.00", method="",
                  ship_to=False, requires="false", who=("Katarzyna Dąbrowska", "ul. Ogrodowa 4", "Wrocław",
                                                        "'50-001", ""))
    rows += order("#1009", "tomek@example.pl", "2026-11-06 07:45:00 +0100",
                  [("1", "Kubek ceramiczny biały", "39.99", "KUB-001"),
                   ("2", "Podkładka korkowa", "15.00", "PODK-404")],
                  who=("Tomasz Kamiński", "os. Słoneczne 8/12", "Lublin", "'20-001", "'+48 698 765 432"),
                  tags="VIP, stały klient")
    return rows


def write_csv(rows: list[dict], path: Path, header: list[str] = SHOPIFY_HEADER) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for row in rows:
            w.writerow([row.get(h, "") for h in header])


def mapped_rows() -> list[list[str]]:
    """A Polish shop platform's export, semicolon-separated with decimal commas (as Excel saves it)."""
    return [
        ["Nr zamówienia", "Data", "Klient", "E-mail", "Telefon", "Ulica", "Kod", "Miasto", "Symbol", "Nazwa",
         "Ilość", "Cena brutto", "Stawka VAT", "Dostawa", "Koszt dostawy", "Płatność", "Status płatności"],
        ["A-501", "02.11.2026 10:15", "Zofia Mazur", "zofia@example.pl", "600 700 800", "ul. Kwiatowa 3",
         "00-123", "Warszawa", "KUB-001", "Kubek ceramiczny biały", "2", "39,99", "23%", "InPost", "12,99",
         "przelew", "opłacone"],
        ["A-501", "02.11.2026 10:15", "Zofia Mazur", "zofia@example.pl", "600 700 800", "ul. Kwiatowa 3",
         "00-123", "Warszawa", "KOSZ-M", "Koszulka lniana - M", "1", "129,00", "23%", "InPost", "12,99",
         "przelew", "opłacone"],
        ["A-502", "03.11.2026 18:00", "Adam Wójcik", "adam@example.pl", "", "ul. Szkolna 9", "31-100",
         "Kraków", "HERB-SET", "Zestaw próbek herbat", "1", "24,50", "8%", "Poczta Polska", "9,50",
         "pobranie", "nie"],
    ]


if __name__ == "__main__":
    write_csv(shopify_rows(), HERE / "shopify_orders.csv")
    older = [h for h in SHOPIFY_HEADER if h not in NEWER_COLUMNS]
    write_csv(shopify_rows(), HERE / "shopify_orders_73cols.csv", older)
    with (HERE / "mapped_orders.csv").open("w", encoding="cp1250", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(mapped_rows())
    (HERE / "mapped_orders.mapping.json").write_text(
        '{\n  "name": "Sklep PL",\n  "fields": {\n'
        '    "order_number": "Nr zamówienia", "created_at": "Data", "customer_name": "Klient",\n'
        '    "email": "E-mail", "phone": "Telefon", "street": "Ulica", "postal_code": "Kod", "city": "Miasto",\n'
        '    "sku": "Symbol", "line_name": "Nazwa", "quantity": "Ilość", "unit_price": "Cena brutto",\n'
        '    "vat_rate": "Stawka VAT", "shipping_method": "Dostawa", "shipping_cost": "Koszt dostawy",\n'
        '    "payment_method": "Płatność", "payment_status": "Status płatności"\n  }\n}\n', encoding="utf-8")
    print(len(SHOPIFY_HEADER), len(older), "columns")
