"""The product's category on its card (issue 18's top categories): typed or picked from the categories the shop
already uses (the completer), saved, read back; spaces tidied so one category is spelt one way."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.errors import DomainError
from app.services.catalogue.products import ProductInput, categories, create_product, find_by_code, get_product
from app.ui.stock.product_card import ProductDialog


def _card(qtbot, ctx, pid: int | None) -> ProductDialog:
    card = ProductDialog(ctx, pid)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    return card


def _make(session, sku: str, category: str = "") -> int:
    return create_product(session, ProductInput(sku=sku, name=sku.title(), gross_price=Decimal("19.90"),
                                                category=category), "t").product_id


def test_category_typed_on_the_card_is_saved_and_shown_again(qtbot, ctx, session):
    pid = _make(session, "KUB-1")
    card = _card(qtbot, ctx, pid)
    assert card.category.text() == ""
    qtbot.keyClicks(card.category, "Kubki")
    card.save()
    assert get_product(session, pid).category == "Kubki"

    again = _card(qtbot, ctx, pid)
    assert again.category.text() == "Kubki"
    again.category.clear()  # back to none
    again.save()
    assert get_product(session, pid).category == ""


def test_the_completer_offers_the_categories_in_use(qtbot, ctx, session):
    _make(session, "KAWA-1", "Kawa")
    _make(session, "KAWA-2", "Kawa")
    _make(session, "DRIP-1", "Akcesoria do kawy")
    _make(session, "HERB-1", "Herbata")
    _make(session, "BEZ-1")
    _make(session, "MIOD-1", "Spiżarnia")
    _make(session, "PIER-1", "Słodycze")
    card = _card(qtbot, ctx, None)
    # Each once, no "", in Polish order (ł before p).
    assert card.categories_model.stringList() == ["Akcesoria do kawy", "Herbata", "Kawa", "Słodycze", "Spiżarnia"]
    completer = card.category.completer()
    completer.setCompletionPrefix("kaw")  # any case, anywhere in the name
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert found == ["Akcesoria do kawy", "Kawa"]
    card.sku.setText("KAWA-3")
    card.name.setText("Kawa Gwatemala")
    card.price.setText("49,90")
    card.category.setText("  Kawa  ")
    card.save()
    pid = find_by_code(session, "KAWA-3")
    assert pid is not None and get_product(session, pid).category == "Kawa"
    assert "Kawa" in categories(session) and len(categories(session)) == 5


def test_the_service_tidies_spaces_and_refuses_a_category_too_long(session):
    pid = _make(session, "X-1", " Talerze   i  miski ")
    assert get_product(session, pid).category == "Talerze i miski"
    with pytest.raises(DomainError, match="longer than 120 characters"):
        _make(session, "X-2", "K" * 121)
