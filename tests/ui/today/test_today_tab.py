"""The Today tab on a real shop file: the numbers the service gives, each a link into its list, refreshed by the
bus and by F5, the cut-offs' countdown at a fixed `now`, the late orders' numbers opening their order, and its place
as the main window's first tab (Ctrl+1)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from app.core.changes import Changes
from app.services.reports.links import ListFilter
from app.services.reports.settings import CarrierCutoff, ReportSettingsData, save_report_settings, today_for_shop
from app.services.reports.today import LateOrder
from app.ui.kit.bus import bus
from app.ui.today.rows import LinkButton
from app.ui.today.tab import TodayTab
from tests.support.orders import make_shop

WAW = ZoneInfo("Europe/Warsaw")
THURSDAY_10 = datetime(2026, 11, 12, 10, 0, tzinfo=WAW)  # a working day (the day after a public holiday)


@pytest.fixture
def shop(session, add_product, order_input):
    return make_shop(session, add_product, order_input)


def only_carriers(session, cutoffs: dict[str, str]) -> None:
    from app.services.shipping.carriers import CARRIERS, CarrierSettingData, save_carrier_settings

    save_carrier_settings(session, [CarrierSettingData(code, code in cutoffs) for code in CARRIERS])
    save_report_settings(session, ReportSettingsData(cutoffs=tuple(CarrierCutoff(c, t) for c, t in cutoffs.items())),
                         who="test")


def make_tab(qtbot, ctx, now: datetime | None = None) -> TodayTab:
    tab = TodayTab(None)
    qtbot.addWidget(tab)
    if now is not None:
        tab.clock = lambda: now
    tab.resize(1300, 700)
    tab.show()
    assert tab.reads == 0 and tab.placeholder.text() == "Opening the shop…"
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.attach(ctx)  # the read waits for the event loop: the window paints first
        assert tab.reads == 0
    return tab


def shown(tab: TodayTab, key: str) -> str:
    for section in tab.sections():
        widget = section.link(key)
        if widget is not None:
            return widget.text()
    raise KeyError(key)


def test_the_numbers_are_the_services_numbers(qtbot, ctx, shop, session):
    now = datetime.now(UTC)
    tab = make_tab(qtbot, ctx, now)
    want = today_for_shop(session, now=now, tz=str(ctx.tz))
    m, d, e = want.morning, want.day, want.evening
    assert m.new_orders.count == 5  # the hand-made shop's five orders, all made just now
    assert shown(tab, "new_orders") == "5"
    assert shown(tab, "unpaid") == str(m.unpaid_too_long.count) == "0"
    assert shown(tab, "blocked") == str(m.blocked.count)
    assert shown(tab, "out_of_stock") == "0" and shown(tab, "low_stock") == str(m.low_stock.count)
    assert shown(tab, "ready") == str(d.ready_to_pack.count) == "0"
    assert shown(tab, "shipped") == str(e.shipped_today.count) == "0" and shown(tab, "late") == str(e.late.count) == "0"
    assert shown(tab, "cod") == "0,00\u00a0zł (orders: 0)"
    assert [k for k in tab.morning.links if k.startswith("blocked:")] == [f"blocked:{r.kind}" for r in m.blocked_reasons]
    # zero is quiet (grey), a count that needs attention is red
    assert "#8a8a8a" in tab.day.link("ready").styleSheet()


def test_a_verified_order_shows_without_a_restart(qtbot, ctx, shop, session):
    from app.services.orders.verification import verify_orders

    tab = make_tab(qtbot, ctx)
    assert shown(tab, "ready") == "0"
    result = verify_orders(session, [shop["anna"]], "test")  # paid, complete: ready to pack
    assert result[shop["anna"]] == []
    reads = tab.reads
    bus().changed.emit(result.changes)
    bus().changed.emit(Changes.of_orders([shop["anna"]]))  # a burst is read once
    qtbot.waitUntil(lambda: tab.reads > reads, timeout=3000)
    assert tab.reads == reads + 1
    assert shown(tab, "ready") == "1"
    assert "#8a8a8a" not in tab.day.link("ready").styleSheet()


def test_the_cutoffs_count_down_at_a_fixed_now(qtbot, ctx, shop, session):
    only_carriers(session, {"inpost_locker": "11:20", "dpd": "09:30"})
    tab = make_tab(qtbot, ctx, THURSDAY_10)
    assert shown(tab, "cutoff:dpd") == "after pickup"
    assert shown(tab, "cutoff:inpost_locker") == "1 h 20 min left"
    assert tab.day.labels["cutoff:inpost_locker"].text() == "InPost Paczkomat until 11:20"
    tab.clock = lambda: THURSDAY_10.replace(hour=11, minute=5)
    tab.refresh()
    assert shown(tab, "cutoff:inpost_locker") == "15 min left"
    tab.clock = lambda: datetime(2026, 11, 14, 10, 0, tzinfo=WAW)  # Saturday: no pickups
    tab.refresh()
    assert "cutoff:inpost_locker" not in tab.day.links
    assert shown(tab, "cutoffs") == "none today (a day off)"


def test_keyboard_tab_moves_between_numbers_enter_opens_one_f5_reads_again(qtbot, ctx, shop, session):
    from app.services.orders.verification import verify_orders

    tab = make_tab(qtbot, ctx)
    opened: list[ListFilter] = []
    tab.list_opened.connect(opened.append)
    tab.windowHandle().requestActivate()  # keys go to the active window
    qtbot.waitUntil(tab.isActiveWindow)
    first = tab.morning.link("new_orders")
    first.setFocus()
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert tab.focusWidget() is tab.morning.link("unpaid") and isinstance(tab.focusWidget(), LinkButton)
    qtbot.keyClick(tab.focusWidget(), Qt.Key.Key_Return)
    assert opened == [tab.figures.morning.unpaid_too_long.filter]
    assert opened[0].tab == "orders" and opened[0].view == "awaiting_payment"
    verify_orders(session, [shop["anna"]], "test")  # no bus: F5 reads it
    qtbot.keyClick(tab.focusWidget(), Qt.Key.Key_F5)
    assert shown(tab, "ready") == "1"
    assert tab.focusWidget() is tab.morning.link("unpaid")  # the focus stays on its number


def test_a_number_opens_its_list_and_a_late_order_its_window(qtbot, ctx, shop, session):
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    today = window.tab_widgets["TodayTab"]
    qtbot.waitUntil(lambda: today.reads > 0, timeout=5000)
    assert window.tabs.currentWidget() is today
    today.morning.link("new_orders").click()
    orders = window.tab("OrdersTab")
    assert window.tabs.currentWidget() is orders
    if hasattr(orders, "apply_list_filter"):  # the Orders tab's filters (T2): the list counts the same
        assert orders.model.total == today.figures.morning.new_orders.count
    window.tabs.setCurrentWidget(today)
    today.morning.link("low_stock").click()
    assert window.tabs.currentWidget() is window.tab_widgets["StockTab"]
    # the follow-ups open in their own window, as the Customers tab opens it
    today.morning.link("follow_ups_today").click()
    follow_ups = window.tab_widgets["CustomersTab"].dialog
    assert type(follow_ups).__name__ == "FollowUpsView" and follow_ups.isVisible()
    follow_ups.close()
    # a late order's number opens that order, as the Orders tab opens it (one window per order)
    figures = today.figures
    late = replace(figures.evening, late_orders=(LateOrder(shop["jan"], "ZAM/JAN", "dpd"),))
    today.show_figures(replace(figures, evening=late))
    number = today.evening.number_links["late"][0]
    assert number.text() == "ZAM/JAN"
    number.click()
    assert list(orders.dialogs) == [shop["jan"]]
    assert orders.dialogs[shop["jan"]].customer_name.text() == "Jan Nowak"
    for dialog in list(orders.dialogs.values()):
        dialog.close()


def test_the_tab_fits_1366x768_in_polish(qtbot, ctx, shop, session, polish, tmp_path):
    import os
    from pathlib import Path

    from app.ui.main_window import MainWindow

    only_carriers(session, {"inpost_locker": "15:00", "dpd": "16:30"})
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    today = window.tab_widgets["TodayTab"]
    today.clock = lambda: THURSDAY_10
    window.resize(1366, 740)
    window.show()
    qtbot.waitUntil(lambda: today.reads > 0, timeout=5000)
    today.refresh()
    assert window.tabs.tabText(0) == "Dzisiaj"
    assert shown(today, "cutoff:inpost_locker") == "zostało 5 h"
    assert shown(today, "cutoff:dpd") == "zostało 6 h 30 min"
    qtbot.wait(50)  # the layout takes the new texts on the next turn of the event loop
    content = today.scroll.widget()
    assert content.sizeHint().width() <= today.scroll.viewport().width()
    folder = Path(os.environ.get("ZAPLECZE_SHOTS", tmp_path))
    window.grab().save(str(folder / "pl-tab-today.png"))


def test_today_is_the_first_tab_and_ctrl_and_a_number_goes_by_place(qtbot, ctx):
    from app.ui.main_window import TABS, MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:8] == ["Today", "Orders", "Stock", "Printing", "Packing", "Invoices", "Complaints", "Customers"]
    assert TABS[-1] == ("app.ui.reports.tab", "ReportsTab", "Reports")
    assert window.tabs.currentWidget() is window.tab_widgets["TodayTab"]
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_7,
            Qt.Key.Key_8, Qt.Key.Key_9]
    for place in reversed(range(min(9, window.tabs.count()))):
        qtbot.keyClick(window, keys[place], Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == place, titles[place]
    assert window.tabs.currentWidget() is window.tab_widgets["TodayTab"]  # Ctrl+1 last
