from __future__ import annotations

import pytest

from app.core.errors import DomainError
from app.core.gtin import check_digit, gtin_problem, is_valid_gtin, validate_gtin


@pytest.mark.parametrize("code", ["5901234123457", "96385074", "036000291452", "10614141000415", "4006381333931"])
def test_valid_gtins_of_every_length(code):
    assert is_valid_gtin(code)
    assert validate_gtin(f" {code} ") == code


def test_wrong_check_digit_is_refused_naming_the_code_never_recomputed():
    with pytest.raises(DomainError) as exc:
        validate_gtin("5901234123458")
    assert "5901234123458" in str(exc.value) and "check digit" in str(exc.value)
    assert check_digit("590123412345") == 7  # the right digit exists, but we do not put it in


@pytest.mark.parametrize("code,words", [("590123412345", "12 digits"[:2]), ("59012341234", "11 digits"),
                                        ("59O1234123457", "digits only"), ("123", "3 digits")])
def test_wrong_length_or_letters(code, words):
    problem = gtin_problem(code)
    assert problem is not None and code in problem
    if words != "12":
        assert words in problem


def test_empty_means_no_code():
    assert validate_gtin("") is None and validate_gtin(None) is None and validate_gtin("  ") is None
