"""The Orders tab on the real widgets: search as you type, filters with counts, keyboard, batch actions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.orders import lifecycle
from app.services.orders.editing import get_order
from app.ui.kit.bus import bus
from app.ui.orders import model as om
from app.ui.orders.tab import OrdersTab


@pytest.fixture
def tab(qtbot, ctx, shop):
    widget = OrdersTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(tab: OrdersTab, col: int = om.CUSTOMER) -> list[str]:
    return [tab.model.index(r, col).data() for r in range(tab.model.rowCount())]


def filter_texts(tab: OrdersTab) -> dict[str, str]:
    return {tab.filters.item(i).data(Qt.ItemDataRole.UserRole): tab.filters.item(i).text()
            for i in range(tab.filters.count())}


def select_ids(tab: OrdersTab, ids: list[int]) -> None:
    tab.table.clearSelection()
    sel = tab.table.selectionModel()
    for oid in ids:
        sel.select(tab.model.index(tab.model.row_of(oid), 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)


def test_search_as_you_type_narrows_the_rows(qtbot, tab, shop):
    assert tab.model.rowCount() == 5
    tab.search.setFocus()
    assert tab.count_label.text() == "5 orders"
    qtbot.keyClicks(tab.search, "nowak")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=3000)
    assert shown(tab) == ["Jan Nowak"]
    assert tab.count_label.text() == "1 order"
    assert "(1)" in filter_texts(tab)["all"]          # counts follow the search

    for text, who in (("firma.com", "Ewa Zielińska"), ("601222333", "Jan Nowak"), ("5901234123457", None),
                      ("TEE-XL", None)):
        tab.search.clear()
        qtbot.keyClicks(tab.search, text)
        tab.apply_query()                              # what the 150 ms debounce does
        if who:
            assert shown(tab) == [who], text
    assert sorted(shown(tab)) == ["Jan Nowak", "Piotr Wiśniewski"]   # buyers of TEE-XL
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5, timeout=3000)


def test_filters_show_counts_and_blocked_orders_with_reasons(qtbot, ctx, tab, shop):
    select_ids(tab, list(shop.values()))
    tab.verify_button.click()
    texts = filter_texts(tab)
    assert texts["all"].endswith("(5)")
    assert texts["ready"].endswith("(3)")               # anna (paid), jan (COD), piotr (paid)
    assert texts["problems"].endswith("(2)")            # ewa (unpaid, no postal code), kasia (unpaid)
    assert texts["awaiting_payment"].endswith("(1)")    # kasia: only the payment is missing

    # The verification report names every reason of every order that did not pass.
    box = tab.actions_.last_box
    assert box is not None and box.isVisible()
    report = box.informativeText()
    assert "Z000003" in report and "postal code" in report and "Not paid" in report
    assert "Z000005" in report and "Z000001" not in report
    box.close()

    tab.filters.setCurrentRow(list(lifecycle.FILTERS).index("problems"))
    assert sorted(shown(tab)) == ["Ewa Zielińska", "Katarzyna Wójcik"]
    row = tab.model.row_of(shop["ewa"])
    assert "postal code" in tab.model.index(row, om.PROBLEMS).data()
    assert "postal code" in tab.model.index(row, om.NUMBER).data(Qt.ItemDataRole.ToolTipRole)
    assert tab.model.index(row, om.NUMBER).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.count_label.text() == "2 orders"


def test_a_polish_user_reads_the_reasons_in_polish(qtbot, qapp, ctx, shop):
    from app.ui.kit.i18n import install_translations

    install_translations(qapp, "pl")
    try:
        widget = OrdersTab(ctx)
        qtbot.addWidget(widget)
        select_ids(widget, [shop["ewa"]])
        widget.verify_button.click()
        report = widget.actions_.last_box.informativeText()
        assert "Niepełny adres: brak kodu pocztowego" in report and "Nieopłacone" in report
        widget.actions_.last_box.close()
        row = widget.model.row_of(shop["ewa"])
        assert "Niepełny adres: brak kodu pocztowego" in widget.model.index(row, om.PROBLEMS).data()
        assert "postal code" not in widget.model.index(row, om.NUMBER).data(Qt.ItemDataRole.ToolTipRole)
    finally:
        install_translations(qapp, "en")


def test_enter_opens_the_selected_order(qtbot, tab, shop):
    tab.select_row(tab.model.row_of(shop["jan"]))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialogs[shop["jan"]]
    assert dialog.isVisible()
    assert dialog.customer_name.text() == "Jan Nowak"
    assert "Z000002" in dialog.windowTitle()
    dialog.close()


def test_search_then_enter_opens_the_only_match(qtbot, tab, shop):
    tab.activateWindow()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)   # Ctrl+F, type, Enter
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.search, timeout=2000)
    qtbot.keyClicks(tab.search, "Z000004")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.dialogs[shop["piotr"]].customer_name.text() == "Piotr Wiśniewski"


def test_keyboard_shortcuts(qtbot, tab, shop):
    tab.activateWindow()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.search, timeout=2000)

    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.dialogs[None].isVisible()
    assert tab.dialogs[None].windowTitle() == "New order"
    tab.dialogs[None].close()

    # Delete never deletes: the order stays and the user is told what to do instead.
    tab.select_row(0)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "never deleted" in tab.status_bar.currentMessage()
    assert tab.model.rowCount() == 5


def test_batch_status_change_with_confirmation_for_cancel(qtbot, ctx, tab, shop):
    ids = [shop["anna"], shop["piotr"]]
    select_ids(tab, ids)
    tab.verify_button.click()                            # both pass: ready to pack
    select_ids(tab, ids)
    tab.actions_.fill_status_menu()
    labels = [a.text() for a in tab.status_menu.actions()]
    assert "Packed" in labels and "Shipped" not in labels   # only transitions allowed from "ready"
    next(a for a in tab.status_menu.actions() if a.data() == lifecycle.PACKED).trigger()
    for oid in ids:
        assert tab.model.index(tab.model.row_of(oid), om.STATUS).data() == "Packed"
    assert filter_texts(tab)["packed"].endswith("(2)")

    select_ids(tab, ids)
    tab.actions_.fill_status_menu()
    next(a for a in tab.status_menu.actions() if a.data() == lifecycle.CANCELLED).trigger()
    box = tab.actions_.last_box
    assert box.isVisible() and "Cancel 2 order" in box.text()
    with ctx.db.session() as s:
        assert get_order(s, ids[0]).status == lifecycle.PACKED       # nothing happens before the answer
    box.button(QMessageBox.StandardButton.Yes).click()
    with ctx.db.session() as s:
        assert {get_order(s, i).status for i in ids} == {lifecycle.CANCELLED}
    assert tab.model.index(tab.model.row_of(ids[0]), om.STATUS).data() == "Cancelled"


def test_refused_batch_change_names_the_orders_and_changes_none(qtbot, ctx, tab, shop):
    select_ids(tab, [shop["ewa"], shop["katarzyna"]])
    tab.actions_.change_status(lifecycle.READY)           # the service verifies: both have problems
    assert "Z000003" in tab.actions_.last_box.text() and "Z000005" in tab.actions_.last_box.text()
    with ctx.db.session() as s:
        assert get_order(s, shop["ewa"]).status == lifecycle.NEW


def test_orders_list_refused_batch_change_in_polish(qtbot, ctx, shop, polish):
    from app.services.orders.editing import change_status

    tab = OrdersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    with ctx.db.session() as s:
        change_status(s, [shop["anna"]], lifecycle.CANCELLED, "biuro")
    select_ids(tab, [shop["ewa"], shop["katarzyna"]])
    tab.actions_.change_status(lifecycle.READY)                          # both have problems: none moves
    lines = tab.actions_.last_box.text().splitlines()
    assert lines[0] == ("Nie zmieniono żadnego zamówienia: 2 z 2 zaznaczonych zamówień nie może przejść do stanu "
                        "„Gotowe do pakowania”.")
    assert any(line.startswith("Zamówienie Z000003 nie jest gotowe do pakowania: ") for line in lines)
    assert "not ready" not in tab.actions_.last_box.text()
    tab.actions_.last_box.close()


def test_mark_paid(qtbot, ctx, tab, shop):
    select_ids(tab, [shop["katarzyna"]])
    tab.paid_button.click()
    assert tab.model.index(tab.model.row_of(shop["katarzyna"]), om.PAYMENT).data() == "Paid"
    with ctx.db.session() as s:
        assert get_order(s, shop["katarzyna"]).payment_status == "paid"


def test_filter_labels_with_long_counts_are_not_cut_off(qtbot, tab):
    counts = {key: 1_234_567 for key in filter_texts(tab)}
    tab.filters.set_counts(counts)
    tab.splitter.setSizes([100, 1200])                     # the user drags the splitter far to the left
    qtbot.wait(10)
    metrics = tab.filters.fontMetrics()
    for i in range(tab.filters.count()):
        item = tab.filters.item(i)
        needed = metrics.horizontalAdvance(item.text())
        assert tab.filters.visualItemRect(item).width() >= needed, item.text()
        assert tab.filters.visualItemRect(item).right() <= tab.filters.viewport().width()


def test_mark_paid_clears_the_not_paid_reason_in_the_list(qtbot, ctx, tab, shop):
    select_ids(tab, [shop["katarzyna"]])
    tab.verify_button.click()                            # awaiting payment: "Not paid" shown in the list
    row = tab.model.row_of(shop["katarzyna"])
    assert "Not paid" in tab.model.index(row, om.PROBLEMS).data()
    assert filter_texts(tab)["problems"].endswith("(1)")
    tab.actions_.last_box.close()
    tab.paid_button.click()
    assert tab.model.index(row, om.PROBLEMS).data() == ""
    assert tab.model.index(row, om.PAYMENT).data() == "Paid"
    assert filter_texts(tab)["problems"].endswith("(0)")


def test_sorting_by_header_and_remembered_widths(qtbot, ctx, tab, shop):
    tab.table.horizontalHeader().setSortIndicator(om.TOTAL, Qt.SortOrder.AscendingOrder)
    totals = [tab.model.index(r, om.TOTAL).data(om.SORT_ROLE) for r in range(tab.model.rowCount())]
    assert totals == sorted(totals) and len(totals) == 5
    tab.table.horizontalHeader().setSortIndicator(om.CUSTOMER, Qt.SortOrder.DescendingOrder)
    assert shown(tab)[0] == "Piotr Wiśniewski"

    tab.table.setColumnWidth(om.CUSTOMER, 333)
    tab.save_state()
    again = OrdersTab(ctx)
    qtbot.addWidget(again)
    assert again.table.columnWidth(om.CUSTOMER) == 333
    assert again.model.query.sort == "customer_name" and again.model.query.descending


def test_rows_are_fetched_lazily_in_pages(qtbot, ctx, shop, monkeypatch):
    monkeypatch.setattr(om.OrdersModel, "page_size", 2)
    model = om.OrdersModel(ctx.tz)
    model.attach(ctx.read)
    model.reload()
    assert model.rowCount() == 2 and model.total == 5 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 5 and not model.canFetchMore()
    assert len({model.order_id(r) for r in range(5)}) == 5


def test_money_dates_and_status_are_shown_polish_style(qtbot, tab, shop):
    row = tab.model.row_of(shop["piotr"])
    assert tab.model.index(row, om.TOTAL).data() == "328,99\u00a0zł"          # 4 x 79.00 + 12.99
    assert tab.model.index(row, om.TOTAL).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert om.format_money(Decimal("12345.5")) == "12\u00a0345,50\u00a0zł"
    assert om.format_money(Decimal("9.99"), "EUR") == "9,99\u00a0€"
    assert tab.model.index(row, om.STATUS).data() == "New"


def test_changes_from_elsewhere_update_the_list(qtbot, ctx, tab, shop):
    from app.services.orders.editing import create_order, set_payment

    with ctx.db.session() as s:
        changes = set_payment(s, shop["ewa"], "paid", "someone-else")
    resets = []
    tab.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(tab.model.dataChanged) as changed:
        bus().changed.emit(changes)
    assert changed.args[0].row() == tab.model.row_of(shop["ewa"]) and not resets   # in place, no reset
    assert tab.model.index(tab.model.row_of(shop["ewa"]), om.PAYMENT).data() == "Paid"

    from app.services.orders.data import OrderInput

    with ctx.db.session() as s:
        new_id = create_order(s, OrderInput(customer_name="Nowy Klient"), "phone")
    from app.core.changes import Changes

    bus().changed.emit(Changes.of_orders([new_id]))
    assert tab.model.rowCount() == 6 and "Nowy Klient" in shown(tab)
    assert tab.count_label.text() == "6 orders"




def test_file_actions_export_the_list_and_open_the_import(qtbot, ctx, tab, shop, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from app.ui.importing.dialog import ImportDialog

    actions = {a.text(): a for a in tab.file_actions()}
    assert set(actions) == {"&New order", "&Import orders…", "&Export orders…"}
    assert actions["&New order"].shortcut().toString() == "Ctrl+N"

    # Export writes what the list shows: here the search for TEE-XL (2 orders), as real XLSX cells.
    tab.search.setText("TEE-XL")
    tab.apply_query()
    out = tmp_path / "lista"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Excel workbook (*.xlsx)"))
    actions["&Export orders…"].trigger()
    sheet = load_workbook(tmp_path / "lista.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Number"
    assert sorted(r[2] for r in rows[1:]) == ["Jan Nowak", "Piotr Wiśniewski"]
    assert "2 orders exported" in tab.status_bar.currentMessage()

    monkeypatch.setattr(ImportDialog, "choose_file", lambda self: None)  # no file dialog in the test
    actions["&Import orders…"].trigger()
    dialogs = [w for w in tab.findChildren(ImportDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()


def test_date_range_narrows_the_list(qtbot, ctx, tab, shop):
    from datetime import datetime, timedelta

    today = datetime.now(ctx.tz).date()
    tab.dates.set_dates(today - timedelta(days=3), today - timedelta(days=1))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=3000)
    assert filter_texts(tab)["all"].endswith("(0)") and tab.count_label.text() == "0 orders"
    assert tab.dates.date_from.text() == (today - timedelta(days=3)).isoformat()
    tab.dates.set_dates(today, None)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5, timeout=3000)
    tab.dates.clear()
    qtbot.waitUntil(lambda: tab.dates.date_from.text() == "any", timeout=3000)
    assert tab.current_query().date_from is None and tab.model.rowCount() == 5


def test_a_from_date_after_the_to_date_moves_the_other_end(qtbot, ctx, tab, shop):
    """Picking a "from" later than the "to" would silently show no order: the other end follows instead."""
    from datetime import datetime, timedelta

    from PySide6.QtCore import QDate

    today = datetime.now(ctx.tz).date()
    tab.dates.set_dates(today - timedelta(days=10), today - timedelta(days=5))
    tab.dates.date_from.setDate(QDate(today.year, today.month, today.day))        # the user picks today
    tab.apply_query()
    assert tab.current_query().date_from == tab.current_query().date_to == today
    assert tab.model.rowCount() == 5
    earlier = today - timedelta(days=20)
    tab.dates.date_to.setDate(QDate(earlier.year, earlier.month, earlier.day))    # and "to" before "from"
    assert tab.current_query().date_from == tab.current_query().date_to == earlier


def test_export_from_the_window_speaks_the_users_language(qtbot, qapp, ctx, tab, shop, tmp_path):
    """A Polish owner's spreadsheet gets Polish headers and labels (the CLI export stays English)."""
    from openpyxl import load_workbook

    from app.ui.kit.i18n import install_translations

    try:
        assert install_translations(qapp, "pl") == "pl"
        tab.actions_.export_to(str(tmp_path / "zamowienia.xlsx"))
    finally:
        install_translations(qapp, "en")
    book = load_workbook(tmp_path / "zamowienia.xlsx")
    header, *rows = list(book.active.iter_rows(values_only=True))
    assert header[:3] == ("Numer", "Data", "Klient")
    assert {r[10] for r in rows} == {"Nowe"}                       # status
    assert "Pobranie" in {r[8] for r in rows}                       # Jan pays cash on delivery


def test_ctrl_a_selects_every_order_of_the_list_not_only_the_loaded_page(qtbot, ctx, db, monkeypatch):
    from app.services.demo.shop import fill_demo
    from app.ui.orders import tab as orders_tab

    fill_demo(db, orders=600)
    widget = OrdersTab(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    total = widget.model.total
    assert total >= 600 and widget.model.rowCount() < total   # the list loads as it scrolls
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(widget.selected_ids()) == total
    assert widget.status_bar.currentMessage() == ""

    monkeypatch.setattr(orders_tab, "SELECT_ALL_LIMIT", 300)   # a list longer than select all takes
    widget.apply_query()
    qtbot.keyClick(widget.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(widget.selected_ids()) == 300
    assert widget.status_bar.currentMessage().startswith(f"The first 300 of {total:,}".replace(",", " "))


def test_the_list_and_the_order_window_on_worker_threads(qtbot, threaded_ctx, shop, session, order_input,
                                                         monkeypatch):
    """As in the app: every answer comes later, from a worker. The list fills, an Enter typed before its answer
    opens the match, the order window saves nothing before its order is in, Ctrl+A waits for the rows."""
    from app.services.orders.editing import create_order

    for n in range(15):
        create_order(session, order_input(None, customer_name=f"Buyer {n}", email=f"b{n}@example.pl"), "t")
    monkeypatch.setattr(om.OrdersModel, "page_size", 1)
    tab = OrdersTab(threaded_ctx)
    qtbot.addWidget(tab)
    tab.table.setFixedHeight(80)                                           # a row or two in view
    tab.show()
    qtbot.waitUntil(lambda: tab.count_label.text() == "20 orders", timeout=5000)
    qtbot.wait(200)
    assert filter_texts(tab)["all"].endswith("(20)") and tab.model.rowCount() < 20

    tab.table.setFocus()
    tab.model.fetchMore()                                                  # a page on its way, as when scrolling
    qtbot.keyClick(tab.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(tab.selected_ids()) == 20, timeout=5000)  # that page and the rest came first
    assert tab.status_bar.currentMessage() == ""

    tab.focus_search()                                                     # Ctrl+F
    qtbot.keyClicks(tab.search, "Z000004")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)                          # before the search has answered
    qtbot.waitUntil(lambda: shop["piotr"] in tab.dialogs, timeout=5000)
    dialog = tab.dialogs[shop["piotr"]]
    qtbot.waitUntil(lambda: dialog.customer_name.text() == "Piotr Wiśniewski", timeout=5000)
    assert dialog.save_button.isEnabled()

    again = tab.open_order(shop["anna"])                                   # not read yet: nothing to save over
    assert not again.save_button.isEnabled() and not again.editable()
    qtbot.waitUntil(lambda: again.customer_name.text() == "Anna Kowalska", timeout=5000)
    assert again.save_button.isEnabled()

    fresh = tab.new_order()                                                # a scanned EAN and Enter add the line
    qtbot.keyClicks(fresh.adder.product, "5900000000017")
    qtbot.keyClick(fresh.adder.product, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [ln.sku for ln in fresh.lines.lines] == ["TEE-XL"], timeout=5000)
    fresh.dirty = False
    for d in (dialog, again, fresh):
        d.close()


def test_a_new_search_shows_its_first_page_before_its_counts(qtbot, ctx, tab, shop, monkeypatch):
    """Issue 12: a broad search shows its first page at once; the counts per filter and the total follow in a read
    of their own, and an answer for a search the user has left meanwhile is dropped."""
    from app.services.orders import listing

    monkeypatch.setattr(listing, "WALK_FROM", 2)            # two matches count as a huge result set
    asked: list = []                                         # the reads, answered when the test says

    def later(fn, on_done=None, on_error=None):
        asked.append(lambda: ctx.read(fn, on_done=on_done, on_error=on_error))

    def answer() -> None:
        asked.pop(0)()

    tab.model.reader = later
    assert filter_texts(tab)["all"].endswith("(5)")
    tab.search.setText("example")                            # Anna, Piotr and Katarzyna
    tab.apply_query()
    assert len(asked) == 1                                   # the first page only
    answer()
    assert sorted(shown(tab)) == ["Anna Kowalska", "Katarzyna Wójcik", "Piotr Wiśniewski"]
    assert tab.count_label.text() == "Counting orders…" and tab.model.total is None
    assert filter_texts(tab)["all"].endswith("(5)")          # the counts shown stay until the new ones are in
    assert len(asked) == 1                                   # the counts, asked when the page was in
    answer()
    assert tab.count_label.text() == "3 orders" and tab.model.total == 3
    assert filter_texts(tab)["all"].endswith("(3)")

    tab.filters.select_key("awaiting_payment")               # the same search: its counts hold, no recount
    assert len(asked) == 1
    answer()
    assert not asked and tab.count_label.text() == f"{tab.model.counts['awaiting_payment']} orders"

    tab.filters.select_key("all")
    answer()
    tab.search.setText("poczta")                             # counts of 'poczta' on their way...
    tab.apply_query()
    answer()
    tab.search.setText("firma")                              # ...when the user types on
    tab.apply_query()
    assert len(asked) == 2
    answer()                                                 # the counts of 'poczta': dropped
    assert filter_texts(tab)["all"].endswith("(3)") and tab.count_label.text() == "1 order"
    answer()                                                 # the page of 'firma' (one match: its total too)
    assert shown(tab) == ["Ewa Zielińska"] and tab.count_label.text() == "1 order"
    answer()
    assert filter_texts(tab)["all"].endswith("(1)") and not asked

    tab.search.setText("example")                            # Ctrl+A before the counts: selects, then says
    tab.apply_query()
    answer()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.selected_ids()) == 3
    answer()
    assert tab.count_label.text() == "3 orders" and tab.status_bar.currentMessage() == ""
