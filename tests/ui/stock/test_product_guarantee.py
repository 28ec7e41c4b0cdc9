"""The guarantee period on the product card (issue 16): typed in months, empty meaning none, saved, read back, and
refused beyond 0..120 months with a message naming the product."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.errors import DomainError
from app.services.catalogue.products import (
    ProductInput,
    create_product,
    find_by_code,
    get_product,
    update_product,
)
from app.ui.stock.product_card import ProductDialog


def _card(qtbot, ctx, pid: int | None) -> ProductDialog:
    card = ProductDialog(ctx, pid)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    return card


def test_guarantee_typed_on_the_card_is_saved_and_shown_again(qtbot, ctx, session):
    pid = create_product(session, ProductInput(sku="CZAJ-1", name="Czajnik", gross_price=Decimal("99.00")), "t",
                         0).product_id
    card = _card(qtbot, ctx, pid)
    assert card.guarantee.text() == "" and card.guarantee.placeholderText() == "none"
    qtbot.keyClicks(card.guarantee, "24")
    card.save()
    assert get_product(session, pid).guarantee_months == 24

    again = _card(qtbot, ctx, pid)
    assert again.guarantee.text() == "24"
    again.guarantee.clear()  # empty: no guarantee any more
    again.save()
    assert get_product(session, pid).guarantee_months is None


def test_a_new_products_guarantee_and_letters_refused_by_the_field(qtbot, ctx, session):
    card = _card(qtbot, ctx, None)
    card.sku.setText("SUSZ-1")
    card.name.setText("Suszarka")
    card.price.setText("149,00")
    qtbot.keyClicks(card.guarantee, "3x6")  # the field takes digits only
    assert card.guarantee.text() == "36"
    card.save()
    pid = find_by_code(session, "SUSZ-1")
    assert pid is not None and get_product(session, pid).guarantee_months == 36


def test_a_guarantee_longer_than_ten_years_is_refused_and_nothing_saved(qtbot, ctx, session, warnings):
    pid = create_product(session, ProductInput(sku="CZAJ-1", name="Czajnik", gross_price=Decimal("99.00"),
                                               guarantee_months=12), "t", 0).product_id
    card = _card(qtbot, ctx, pid)
    card.guarantee.setText("121")
    card.save()
    assert warnings == ["The guarantee of CZAJ-1 must be 0 to 120 months."]
    assert card.isVisible()  # the card stays open to fix the number
    assert get_product(session, pid).guarantee_months == 12
    card.guarantee.setText("120")
    card.save()
    assert get_product(session, pid).guarantee_months == 120


def test_the_service_checks_the_range_for_every_caller(session):
    with pytest.raises(DomainError, match="0 to 120 months"):
        create_product(session, ProductInput(sku="X", name="X", guarantee_months=-1), "t")
    pid = create_product(session, ProductInput(sku="X", name="X", guarantee_months=0), "t").product_id
    assert get_product(session, pid).guarantee_months == 0
    with pytest.raises(DomainError, match="0 to 120 months"):
        update_product(session, pid, ProductInput(sku="X", name="X", guarantee_months=121), "t")


def test_the_refusal_in_polish(qtbot, ctx, session, warnings, polish):
    pid = create_product(session, ProductInput(sku="CZAJ-1", name="Czajnik", gross_price=Decimal("99.00")), "t",
                         0).product_id
    card = _card(qtbot, ctx, pid)
    assert card.guarantee.placeholderText() == "brak"
    card.guarantee.setText("200")
    card.save()
    assert warnings == ["Gwarancja produktu CZAJ-1 może wynosić od 0 do 120 miesięcy."]
