"""The product card as a shop owner sees it: no stray widgets, empty optional fields shown empty."""

from __future__ import annotations

from decimal import Decimal

from app.services.products import ProductInput, create_product
from app.ui.product_dialog import ProductDialog


def test_an_existing_products_card_shows_no_stray_opening_stock_box(qtbot, ctx, session):
    """The opening stock box belongs to a new product's form only; on an existing card it must not float
    over the SKU label."""
    pid = create_product(session, ProductInput(sku="KUB-BIA", name="Kubek", gross_price=Decimal("29.90")), "t", 5)
    card = ProductDialog(ctx, pid)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    assert not card.opening.isVisible()
    new = ProductDialog(ctx, None)
    qtbot.addWidget(new)
    new.show()
    qtbot.waitExposed(new)
    assert new.opening.isVisible()

