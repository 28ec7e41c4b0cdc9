"""A postal address with its person and phone: what an order ships to, what a label prints for the sender and the
receiver, what an importer reads from a file. One definition for every layer (it was four alike)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Address:
    name: str = ""
    company: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "PL"
    phone: str = ""
