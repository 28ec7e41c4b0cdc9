"""The shipped FA(3) schema: the official files unchanged, official samples valid, a broken invoice reported, and no
network touched while the schema loads or validates (sockets made to fail)."""

from __future__ import annotations

import hashlib
import socket
from pathlib import Path

import pytest

from app.config import resource_path
from app.printing import fa3_schema
from app.printing.fa3_schema import validate_fa3

SAMPLES = Path(__file__).resolve().parent / "test_ksef_samples"
# The SHA-256 of each file as CIRFMF/ksef-docs has it (resources/ksef/README.md).
OFFICIAL = {
    "schemat_FA(3)_v1-0E.xsd": "b646b6b525f51adf1bb2545f111fc8ca6e7aa6dd2f98948f1667d3695c06d958",
    "StrukturyDanych_v10-0E.xsd": "cb08348374598e1e716e086c40d740390fb9e1bfa3aba1f4ec4cba0e1ef6d60f",
    "ElementarneTypyDanych_v10-0E.xsd": "8daf4d3771de200b26b697294cc906a2add3de9acfbbd97f4b1bd4fc0e5ecb2f",
    "KodyKrajow_v10-0E.xsd": "48be2a9f181d7ff80f185c62491ba12604c5cacbbe21af8e2aaaf2c585bbd214",
}


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test; the schema is loaded afresh under this guard."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    fa3_schema.fa3_schema.cache_clear()
    yield
    fa3_schema.fa3_schema.cache_clear()


@pytest.mark.parametrize("name", sorted(OFFICIAL))
def test_the_shipped_schema_files_are_the_official_ones_byte_for_byte(name):
    assert hashlib.sha256(resource_path("ksef", name).read_bytes()).hexdigest() == OFFICIAL[name]


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.xml")))
def test_official_samples_are_valid_offline(no_network, sample):
    assert validate_fa3((SAMPLES / sample).read_bytes()) == []


def test_the_samples_are_there():
    assert len(list(SAMPLES.glob("*.xml"))) == 7


def _sample() -> bytes:
    return (SAMPLES / "sample-fa3-vat-przyklad-1.xml").read_bytes()


def test_a_bad_nip_is_reported_with_where_it_is(no_network):
    broken = _sample().replace(b"<NIP>", b"<NIP>0", 1)
    errors = validate_fa3(broken)
    assert len(errors) == 1 and errors[0].startswith("/Faktura/Podmiot1/DaneIdentyfikacyjne/NIP:")


def test_a_missing_total_and_an_amount_with_three_decimals_are_reported():
    text = _sample().decode("utf-8")
    start, end = text.index("<P_15>"), text.index("</P_15>") + len("</P_15>")
    assert validate_fa3((text[:start] + text[end:]).encode("utf-8"))
    assert validate_fa3(text.replace("<P_15>", "<P_15>0.001", 1).encode("utf-8"))


def test_what_is_not_an_invoice_or_not_xml_is_reported():
    assert validate_fa3(b"<Faktura/>") and validate_fa3(b"<a/>")
    assert validate_fa3(b"<Faktura")[0].startswith("not well-formed XML")
    # An entity is neither resolved nor fetched.
    evil = b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "http://example.com/x">]><a>&x;</a>'
    assert validate_fa3(evil)
