"""Big, realistic shop files made on the fly: a Shopify orders export of any size (benchmarks, concurrency)."""

from __future__ import annotations

import csv
import random
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data" / "import"))
from make_fixtures import SHOPIFY_HEADER

FIRST = ("Ania", "Jan", "Zofia", "Piotr", "Małgorzata", "Łukasz", "Żaneta", "Grzegorz", "Ewa", "Tomasz")
LAST = ("Kowalska", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Dąbrowska")
CITIES = (("Warszawa", "00-950"), ("Kraków", "30-001"), ("Łódź", "90-001"), ("Gdańsk", "80-001"),
          ("Poznań", "60-001"), ("Wrocław", "50-001"))


def make_csv(path: Path, orders: int, seed: int = 7) -> int:
    rnd = random.Random(seed)
    ix = {h: i for i, h in enumerate(SHOPIFY_HEADER)}
    lines = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(SHOPIFY_HEADER)
        for n in range(orders):
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            city, zip_ = rnd.choice(CITIES)
            email = f"klient{n}@example.pl"
            created = f"2026-{1 + n % 11:02d}-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00 +0100"
            items = [(rnd.randint(1, 3), rnd.randint(1, 500)) for _ in range(rnd.choice((1, 2, 2, 3, 3, 4)))]
            subtotal = sum(q * Decimal(f"{10 + p % 90}.99") for q, p in items)
            for i, (qty, p) in enumerate(items):
                row = [""] * len(SHOPIFY_HEADER)
                row[ix["Name"]], row[ix["Email"]], row[ix["Created at"]] = f"#{1000 + n}", email, created
                row[ix["Lineitem quantity"]], row[ix["Lineitem name"]] = str(qty), f"Produkt {p}"
                row[ix["Lineitem price"]], row[ix["Lineitem sku"]] = f"{10 + p % 90}.99", f"SKU-{p:04d}"
                row[ix["Lineitem requires shipping"]] = row[ix["Lineitem taxable"]] = "true"
                row[ix["Lineitem fulfillment status"]] = "pending"
                if i == 0:
                    street = f"ul. Długa {n % 200 + 1}"
                    for side in ("Billing", "Shipping"):
                        row[ix[f"{side} Name"]], row[ix[f"{side} Street"]] = name, street
                        row[ix[f"{side} Address1"]], row[ix[f"{side} City"]] = street, city
                        row[ix[f"{side} Zip"]], row[ix[f"{side} Country"]] = f"'{zip_}", "PL"
                        row[ix[f"{side} Phone"]] = f"'+48 600 {n % 1000:03d} {n % 997:03d}"
                    row[ix["Financial Status"]] = "paid" if n % 5 else "pending"
                    row[ix["Fulfillment Status"]], row[ix["Currency"]] = "unfulfilled", "PLN"
                    row[ix["Subtotal"]], row[ix["Shipping"]] = str(subtotal), "12.99"
                    row[ix["Total"]], row[ix["Discount Amount"]] = str(subtotal + Decimal("12.99")), "0.00"
                    row[ix["Shipping Method"]], row[ix["Payment Method"]] = "InPost Paczkomaty 24/7", "Przelewy24"
                    row[ix["Id"]], row[ix["Risk Level"]], row[ix["Source"]] = str(5500000000 + n), "Low", "web"
                    row[ix["Tax 1 Name"]] = "PL VAT 23%"
                w.writerow(row)
                lines += 1
    return lines
