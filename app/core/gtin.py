"""GTIN (EAN-8, UPC-A/GTIN-12, EAN-13, GTIN-14) check digits.

A code with a wrong check digit is refused with a message naming it, never "corrected": a recomputed
digit would turn a mistyped code into a valid-looking code of some other product.
"""

from __future__ import annotations

from app.core.errors import DomainError
from app.core.messages import msg

GTIN_LENGTHS = (8, 12, 13, 14)


def check_digit(body: str) -> int:
    """The GS1 check digit of the digits before it (weights 3,1,3,... from the right)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def gtin_problem(code: str) -> str | None:
    """Why `code` is no valid GTIN, in words a shop owner understands; None when it is valid."""
    return _problem(code, sentence=False)


def _problem(code: str, *, sentence: bool) -> str | None:
    """The problem as a phrase (inside a row's message) or as a sentence (an error of its own, with its period)."""
    if not code.isdigit():
        return (msg("EAN/GTIN '{code}' may contain digits only.", code=code) if sentence
                else msg("EAN/GTIN '{code}' may contain digits only", code=code))
    if len(code) not in GTIN_LENGTHS:
        return (msg("EAN/GTIN '{code}' has {digits} digits; a GTIN has 8, 12, 13 or 14.", code=code,
                    digits=len(code)) if sentence
                else msg("EAN/GTIN '{code}' has {digits} digits; a GTIN has 8, 12, 13 or 14", code=code,
                         digits=len(code)))
    if check_digit(code[:-1]) != int(code[-1]):
        return (msg("EAN/GTIN '{code}' has a wrong check digit (a digit is mistyped or missing).", code=code)
                if sentence else
                msg("EAN/GTIN '{code}' has a wrong check digit (a digit is mistyped or missing)", code=code))
    return None


def is_valid_gtin(code: str) -> bool:
    return gtin_problem(code) is None


def clean_gtin(code: str | None) -> str | None:
    """Trim spaces (scanners and spreadsheets add them); empty means no code. The digits are never changed."""
    if code is None:
        return None
    text = "".join(code.split())
    return text or None


def validate_gtin(code: str | None) -> str | None:
    """The cleaned code, or DomainError naming it when it is not a valid GTIN. None/empty passes as 'no code'."""
    text = clean_gtin(code)
    if text is None:
        return None
    problem = _problem(text, sentence=True)
    if problem:
        raise DomainError(problem)
    return text
