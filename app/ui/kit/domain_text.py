"""Show the services' English messages in the user's language.

The services write messages from templates marked with msg() (app/services/messages.py); some are stored
(an order's problems, its history) and read back years later. Here a finished message is matched back to
its template, the template is translated (context "Domain" of the .qm), and the values are put back in,
themselves translated when they are messages too (a status name, a part of an address). A text that matches
no template (a customer's note, an older message) is shown as it is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from app.config import resource_path

_FIELD = re.compile(r"\{(\w+)(?:![rsa])?(?::[^{}]*)?\}")
_MAX_DEPTH = 3
# Values that are names from outside (a file's column header, a file name, a code): shown as they are, even
# when they read like one of our words ("Name", "Shipping", "Phone" in a Shopify header).
_VERBATIM = frozenset({"column", "columns", "file", "path", "sku", "ean", "number", "printer", "header", "headers"})


@dataclass(frozen=True)
class _Template:
    source: str
    pattern: re.Pattern[str] | None  # None: no values, matched exactly
    weight: int  # literal characters: the most specific template is tried first


def _compile(source: str) -> _Template:
    if not _FIELD.search(source):
        return _Template(source, None, len(source))
    parts, names, last = [], set(), 0
    for m in _FIELD.finditer(source):
        parts.append(re.escape(source[last:m.start()].replace("{{", "{").replace("}}", "}")))
        name = m[1]
        parts.append(f"(?P={name})" if name in names else f"(?P<{name}>.+?)")
        names.add(name)
        last = m.end()
    parts.append(re.escape(source[last:].replace("{{", "{").replace("}}", "}")))
    literal = len(_FIELD.sub("", source))
    return _Template(source, re.compile("".join(parts), re.DOTALL), literal)


@lru_cache(maxsize=1)
def _templates() -> tuple[dict[str, str], dict[str, str], list[_Template]]:
    """Exact templates, the same by lower case, and templates with values (most literal text first)."""
    try:
        sources = json.loads(resource_path("translations", "domain_messages.json").read_text(encoding="utf-8"))
    except OSError:
        sources = []
    compiled = [_compile(s) for s in sources]
    exact = {t.source: t.source for t in compiled if t.pattern is None}
    lower = {s.lower(): s for s in exact}
    with_values = sorted((t for t in compiled if t.pattern is not None and t.weight >= 3), key=lambda t: -t.weight)
    return exact, lower, with_values


def _translate(source: str) -> str:
    return QCoreApplication.translate("Domain", source)


def _value(text: str, depth: int) -> str:
    """A value inside a message: translated when it is itself a message, or a list of messages."""
    whole = _part(text, depth, with_values=False)
    if whole is not None:
        return whole
    # A list whose every part is a message ("MUG-1: 5 ordered, 1 available; TEA: 2 ordered, 0 available") is
    # split before the whole is tried: a template's last value would otherwise swallow the rest of the list.
    for sep in ("; ", ", "):
        if sep in text:
            parts = [_part(p, depth + 1) for p in text.split(sep)]
            if all(p is not None for p in parts):
                return sep.join(p for p in parts if p is not None)
    return _message(text, depth + 1) if depth < _MAX_DEPTH else text


def _part(text: str, depth: int, *, with_values: bool = True) -> str | None:
    """One message (as it is, in lower case, or a template with values up to _MAX_DEPTH deep) in the user's
    language; None when it is none of ours."""
    exact, lower, _ = _templates()
    if text in exact:
        return _translate(text)
    if text.lower() in lower:
        return _translate(lower[text.lower()]).lower()
    return _match(text, depth) if with_values and depth <= _MAX_DEPTH else None


def _match(text: str, depth: int) -> str | None:
    """The translation of one message with values, or None when no template takes it."""
    _exact, _lower, with_values = _templates()
    for t in with_values:
        m = t.pattern.fullmatch(text) if t.pattern else None
        if m is None:
            continue
        values = {k: v if k in _VERBATIM else _value(v, depth) for k, v in m.groupdict().items()}
        return _fill(_translate(t.source), values)
    return None


def _message(text: str, depth: int) -> str:
    exact, _lower, _with_values = _templates()
    if text in exact:
        return _translate(text)
    if "\n" in text:
        return "\n".join(_message(line, depth) for line in text.split("\n"))
    stripped = text.lstrip()
    if stripped != text:  # an indented line of a list
        return text[:len(text) - len(stripped)] + _message(stripped, depth)
    found = _match(text, depth)
    return text if found is None else found


def _fill(template: str, values: dict[str, str]) -> str:
    """str.format without its failures: a translation naming a value the template lacks keeps the field."""
    filled = _FIELD.sub(lambda f: values.get(f[1], f[0]), template)
    return filled.replace("{{", "{").replace("}}", "}")


@lru_cache(maxsize=8192)
def _cached(text: str) -> str:
    return _message(text, 0)


def domain_text(text: str) -> str:
    """The message in the user's language (as it is when it is not one of ours)."""
    if not text:
        return text
    return _cached(text)


def forget() -> None:
    """After a change of language (app/ui/i18n.py)."""
    _cached.cache_clear()
