"""The Stock list shows each product's category (the reports' top categories add up by it) when asked for, by
the list titles' right-click menu, remembers that, and sorts by it; a column layout saved before the column
existed still opens, and shows it when asked."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from app.config import Settings
from app.services.catalogue.products import ProductInput, create_product
from app.ui.stock import model as sm
from app.ui.stock.tab import StockTab


def _products(session) -> None:
    for sku, name, category in (("KUB-1", "Kubek", "Kubki"), ("KAW-1", "Kawa ziarnista", "Kawa"),
                                ("MIOD-1", "Miód", ""), ("KUB-2", "Kubek duży", "Kubki")):
        create_product(session, ProductInput(sku=sku, name=name, gross_price=Decimal("19.90"), category=category),
                       "t", opening_stock=5)


def _open(qtbot, ctx) -> StockTab:
    tab = StockTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4, timeout=10000)
    return tab


def _column(tab: StockTab, col: int) -> list[str]:
    return [tab.model.index(r, col).data() for r in range(tab.model.rowCount())]


def test_the_category_is_a_column_and_sorts_the_list(qtbot, ctx, session):
    _products(session)
    tab = _open(qtbot, ctx)
    header = tab.table.horizontalHeader()
    assert tab.table.isColumnHidden(sm.CATEGORY)  # hidden at first: at 1366 px the names need the room
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [a.text() for a in header.actions()] == ["Show the Category column"]
    header.actions()[0].trigger()  # what the right-click menu's item does
    assert tab.model.headerData(sm.CATEGORY, Qt.Orientation.Horizontal) == "Category"
    assert dict(zip(_column(tab, sm.SKU), _column(tab, sm.CATEGORY), strict=True)) == {
        "KAW-1": "Kawa", "KUB-1": "Kubki", "KUB-2": "Kubki", "MIOD-1": ""}
    assert not tab.table.isColumnHidden(sm.CATEGORY) and tab.table.columnWidth(sm.CATEGORY) > 40
    tab.table.horizontalHeader().setSortIndicator(sm.CATEGORY, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: _column(tab, sm.CATEGORY) == ["Kubki", "Kubki", "Kawa", ""], timeout=10000)
    assert _column(tab, sm.SKU) == ["KUB-1", "KUB-2", "KAW-1", "MIOD-1"]  # ties by id
    again = _open(qtbot, ctx)  # remembered on this computer
    assert not again.table.isColumnHidden(sm.CATEGORY) and again.category_action.isChecked()
    again.category_action.trigger()
    assert again.table.isColumnHidden(sm.CATEGORY) and _open(qtbot, ctx).table.isColumnHidden(sm.CATEGORY)


def test_a_layout_saved_before_the_category_column_still_shows_it(qtbot, ctx, session):
    _products(session)
    old = QTableView()
    qtbot.addWidget(old)
    old.setModel(QStandardItemModel(0, 9))  # the Stock list had nine columns
    old.horizontalHeader().resizeSection(sm.NAME, 333)
    QSettings().setValue(Settings.STOCK_HEADER.key, old.horizontalHeader().saveState())
    tab = _open(qtbot, ctx)
    header = tab.table.horizontalHeader()
    assert header.count() == sm.COLUMN_COUNT == 10 and header.isSectionHidden(sm.CATEGORY)
    tab.category_action.trigger()
    assert not header.isSectionHidden(sm.CATEGORY) and header.sectionSize(sm.CATEGORY) > 40
    assert _column(tab, sm.CATEGORY).count("Kubki") == 2
