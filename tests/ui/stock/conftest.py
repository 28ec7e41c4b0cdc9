"""The Stock area's UI fixtures: a small shop, the Stock tab opened on it (in English or in Polish), the texts of
the error dialogs, and background work held back until the test lets it answer (as in production)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core.progress import ProgressSink
from app.services.catalogue.products import ProductInput, create_product
from app.ui.kit.context import AppContext
from app.ui.kit.tasks import Tasks
from app.ui.stock.tab import StockTab


@pytest.fixture
def shop(session):
    def make(sku, name, stock, **kw):
        return create_product(session, ProductInput(sku=sku, name=name, gross_price=Decimal("29.90"), **kw), "t",
                              opening_stock=stock).product_id

    return {
        "mug": make("KUB-BIA", "Kubek biały", 20, ean="5901234123457", location="A-01-1", reorder_point=5),
        "mug2": make("KUB-GRA", "Kubek granatowy", 3, location="A-01-2", reorder_point=5, supplier="Ceramika"),
        "tea": make("HERB-AS", "Herbata Assam", 0, ean="96385074", location="B-02-1", supplier="Herbaciarnia"),
        "honey": make("MIOD-400", "Miód wielokwiatowy", 12, location="B-03-1"),
    }


def _open_stock_tab(qtbot, ctx) -> StockTab:
    """The Stock tab shown at a working size, as a user opens it."""
    widget = StockTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def tab(qtbot, ctx, shop):
    return _open_stock_tab(qtbot, ctx)


@pytest.fixture
def polish_tab(qtbot, ctx, shop, polish):
    """The Stock tab of the same shop, opened in Polish."""
    return _open_stock_tab(qtbot, ctx)


@pytest.fixture
def warnings(monkeypatch):
    """The texts of the error dialogs (app.ui.kit.errors.show_error -> QMessageBox.warning), without showing them."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


class Later(Tasks):
    """Background work that answers only when the test says, in the order it chooses: production, where a read's
    answer arrives after the user has typed or scanned on."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: list[tuple] = []

    def run(self, fn, *, on_done=None, on_error=None, write=True, progress_label=None, parent=None) -> None:
        self.waiting.append((fn, on_done, on_error, progress_label, write))

    def answer(self, index: int = 0) -> None:
        fn, on_done, on_error, progress_label, _ = self.waiting.pop(index)
        try:
            result = fn(ProgressSink()) if progress_label is not None else fn()
        except BaseException as exc:  # noqa: BLE001 - handed on as the real runner does
            (on_error or self.default_error)(exc)
        else:
            if on_done:
                on_done(result)

    def answer_all(self) -> None:
        while self.waiting:
            self.answer()

    def writes(self) -> int:
        return sum(1 for *_, write in self.waiting if write)


@pytest.fixture
def later(db):
    """A context whose background work waits in `ctx.runner.waiting` until answered."""
    return AppContext(db=db, who="test-station", runner=Later())
