"""The official FA(3) schema, loaded once and offline, and the validation of an invoice's XML against it.

The schema ships in resources/ksef/ (byte-identical to the Ministry of Finance's files; see the README there).
Its main file imports the shared `etd` types from an absolute crd.gov.pl URL: that URL (and its two siblings)
is mapped to the shipped file and `allow="local"` forbids any other fetch, so a validation never touches the
network; a file the mapping missed fails loudly instead of being downloaded. Loading the schema takes a second
or two, so it is built once per process and kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

import xmlschema
from lxml import etree

from app.config import resource_path

FA3_NAMESPACE = "http://crd.gov.pl/wzor/2025/06/25/13775/"
ETD_NAMESPACE = "http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2022/01/05/eD/DefinicjeTypy/"
SCHEMA_FILE = "schemat_FA(3)_v1-0E.xsd"
_TYPE_FILES = ("StrukturyDanych_v10-0E.xsd", "ElementarneTypyDanych_v10-0E.xsd", "KodyKrajow_v10-0E.xsd")
_NAMESPACE = re.compile(r"\{[^}]*\}")


@lru_cache(maxsize=1)
def fa3_schema() -> xmlschema.XMLSchema:
    """The FA(3) schema from resources/ksef/, its crd.gov.pl imports mapped to the shipped files."""
    folder = resource_path("ksef")
    mapped = {ETD_NAMESPACE + name: str(folder / name) for name in _TYPE_FILES}
    return xmlschema.XMLSchema(str(folder / SCHEMA_FILE), uri_mapper=mapped, allow="local")


def _parser() -> etree.XMLParser:
    # An invoice file carries no DTD and no entities: none is loaded, resolved or fetched.
    return etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False, huge_tree=False)


def validate_fa3(xml: bytes) -> list[str]:
    """The schema's complaints about an FA(3) invoice file, each with the path of the element it concerns;
    empty when the file is valid. A file that is not well-formed XML gives the parser's message."""
    try:
        root = etree.fromstring(xml, _parser())
    except etree.XMLSyntaxError as error:
        return [f"not well-formed XML: {error}"]
    errors = []
    for error in fa3_schema().iter_errors(root):
        path = _NAMESPACE.sub("", error.path or "")
        reason = error.reason or error.message
        errors.append(f"{path}: {reason}" if path else str(reason))
    return errors
