"""Demo products and customers: valid EAN-13s (590 prefix), Polish names, e-mails, phones, NIPs and addresses."""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.services.demo.catalogue import (
    CATEGORY_OF,
    CITIES,
    COMPANIES,
    EMAIL_DOMAINS,
    FEMALE_FIRST,
    MALE_FIRST,
    PACKED,
    PACKED_VARIANTS,
    PARCEL_PACKAGING_G,
    PRODUCT_GROUPS,
    STREETS,
    SURNAMES,
)

# GS1 Poland prefix 590, then a made-up company number; five digits of item reference follow.
EAN_COMPANY = "5906789"
MOBILE_PREFIXES = ("500", "501", "502", "504", "505", "506", "507", "509", "510", "511", "512", "513", "514",
                   "515", "516", "517", "518", "519", "530", "531", "532", "533", "534", "535", "536", "537",
                   "538", "539", "570", "572", "575", "600", "601", "602", "603", "604", "605", "606", "607",
                   "608", "609", "660", "661", "662", "663", "664", "665", "667", "668", "669", "690", "691",
                   "692", "693", "694", "695", "696", "697", "698", "720", "721", "722", "723", "724", "725",
                   "726", "727", "728", "729", "730", "731", "732", "733", "734", "780", "781", "782", "783",
                   "784", "785", "786", "787", "788", "789", "790", "791", "792", "793", "794", "795", "796",
                   "797", "798", "799", "880", "881", "882", "883", "884", "885", "886", "887", "888", "889")
_ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def ean13_check_digit(first12: str) -> str:
    """GS1 check digit: weights 1,3,1,3... from the left over 12 digits."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def make_ean13(item: int) -> str:
    body = f"{EAN_COMPANY}{item:05d}"
    return body + ean13_check_digit(body)


@dataclass(frozen=True)
class DemoProduct:
    sku: str
    ean: str
    name: str
    group: str
    price: int  # grosze, gross
    vat: str
    supplier: str
    weight: int  # how often it sells
    weight_g: int = 0  # what one item weighs packed
    size_mm: tuple[int, int, int] = (0, 0, 0)  # its box: length, width, height
    category: str = ""  # the shop's category ("Kubki", "Kawa"): catalogue.CATEGORIES


def packed_size(stem: str, suffix: str) -> tuple[int, tuple[int, int, int]]:
    """Grams and box of one item, from the catalogue's kind of product (a variant with its own size first)."""
    variant = suffix.split("-")[0].upper()
    return PACKED_VARIANTS.get((stem, variant)) or PACKED[stem]


def parcel_weight_kg(products: list[DemoProduct], lines: list[tuple[int, int]]) -> float:
    """What a parcel of these (product index, quantity) lines weighs with its packaging, in kg (to 10 g)."""
    grams = sum(products[p].weight_g * q for p, q in lines) + PARCEL_PACKAGING_G
    return round(grams / 1000, 2)


def make_products() -> list[DemoProduct]:
    """The whole catalogue; deterministic (no randomness needed: it is the shop's fixed offer)."""
    products: list[DemoProduct] = []
    for group, stem, vat, supplier, variants, weight in PRODUCT_GROUPS:
        for label, suffix, price in variants:
            sku = f"{stem}-{suffix}" if suffix else stem
            name = f"{group} – {label}" if label else group
            zl, gr = price.split(".")
            grams, box = packed_size(stem, suffix)
            products.append(DemoProduct(sku, make_ean13(len(products) + 1), name, group, int(zl) * 100 + int(gr),
                                        vat, supplier, weight, grams, box, CATEGORY_OF[stem]))
    return products


@dataclass(frozen=True)
class DemoCustomer:
    name: str
    email: str
    phone: str
    street: str
    postal_code: str
    city: str
    company: str
    nip: str


def female_surname(surname: str) -> str:
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


def make_nip(rng: random.Random) -> str:
    """A NIP with a correct check digit (weighted sum mod 11, never 10)."""
    while True:
        digits = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
        check = sum(d * w for d, w in zip(digits, NIP_WEIGHTS)) % 11
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def make_phone(rng: random.Random) -> str:
    n = rng.randrange(1_000_000)
    return f"+48 {rng.choice(MOBILE_PREFIXES)} {n // 1000:03d} {n % 1000:03d}"


def make_customers(rng: random.Random, count: int) -> list[DemoCustomer]:
    """`count` distinct buyers; e-mails unique (a number is added when a name repeats, as people do)."""
    seen: set[str] = set()
    city_cum = []
    acc = 0
    for _, _, _, w in CITIES:
        acc += w
        city_cum.append(acc)
    customers = []
    for _ in range(count):
        female = rng.random() < 0.58
        first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
        surname = rng.choice(SURNAMES)
        if female:
            surname = female_surname(surname)
        local = f"{first}.{surname}".lower().translate(_ASCII)
        if rng.random() < 0.35:
            local = f"{first[0]}{surname}".lower().translate(_ASCII)
        if rng.random() < 0.3:
            local += str(rng.randrange(1, 99))
        domain = rng.choice(EMAIL_DOMAINS)
        email = f"{local}@{domain}"
        n = 2
        while email in seen:
            email = f"{local}{n}@{domain}"
            n += 1
        seen.add(email)
        city, low, high, _ = CITIES[_bisect(city_cum, rng.random() * acc)]
        code = rng.randint(low, high)
        house = rng.randint(1, 120)
        street = f"{rng.choice(STREETS)} {house}"
        if rng.random() < 0.15:
            street += rng.choice("ABC")
        if rng.random() < 0.55:
            street += f"/{rng.randint(1, 80)}"
        company, nip = "", ""
        if rng.random() < 0.04:
            company, nip = rng.choice(COMPANIES), make_nip(rng)
        customers.append(DemoCustomer(f"{first} {surname}", email, make_phone(rng), street,
                                      f"{code // 1000:02d}-{code % 1000:03d}", city, company, nip))
    return customers


def _bisect(cum: list[int | float], x: float) -> int:
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] > x:
            hi = mid
        else:
            lo = mid + 1
    return lo
