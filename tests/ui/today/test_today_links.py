"""Issue 18's "each Today number equals the count of the filtered list it opens", on the real tabs: every figure of
today_figures is opened through its tab's apply_list_filter (as main_window.open_list does) and the list's total is
the figure's count. Two shops: the hand-made one of the figures' test (every kind of reason, carrier and dispatch
case, at 16:00 when every cut-off has passed, so "late" reads the same by the real clock), and the demo shop made
up to 16:30 of the last working day."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from app.services.reports.links import ListFilter
from app.services.reports.settings import today_for_shop
from app.services.reports.today import TodayFigures, today_figures
from tests.services.reports.test_today_figures import CUTOFFS, _shop, at

WAW = "Europe/Warsaw"


def every_figure(f: TodayFigures) -> list:
    m, d, e = f.morning, f.day, f.evening
    return [m.new_orders, m.unpaid_too_long, m.blocked, *m.blocked_reasons, m.out_of_stock, m.low_stock,
            m.complaints_due_soon, m.complaints_overdue, m.follow_ups_today, m.follow_ups_overdue, m.ksef_queued,
            m.ksef_awaiting, m.ksef_rejected, d.ready_to_pack, *d.packed_waiting, e.shipped_today, e.promised_today,
            e.promised_shipped, e.late, e.manifests_unconfirmed, e.shipped_without_invoice, e.cod_orders]


class Tabs:
    """The real tabs, each made once (with the test's context) and shown, as the main window holds them."""

    def __init__(self, qtbot, ctx) -> None:
        self.qtbot, self.ctx, self.tabs = qtbot, ctx, {}

    def tab(self, name: str):
        if name not in self.tabs:
            from app.ui.complaints.tab import ComplaintsTab
            from app.ui.customers.tab import CustomersTab
            from app.ui.invoicing.tab import InvoicesTab
            from app.ui.orders.tab import OrdersTab
            from app.ui.printing.tab import PrintingTab
            from app.ui.stock.tab import StockTab

            make = {"orders": OrdersTab, "stock": StockTab, "complaints": ComplaintsTab, "customers": CustomersTab,
                    "invoicing": InvoicesTab, "shipping": PrintingTab}[name]  # as main_window.LIST_TABS
            widget = make(self.ctx)
            self.qtbot.addWidget(widget)
            widget.resize(1300, 700)
            widget.show()
            self.qtbot.waitExposed(widget)
            self.tabs[name] = widget
        return self.tabs[name]

    def listed(self, flt: ListFilter) -> int:
        """Open the figure's list on its tab and wait for the list's total."""
        tab = self.tab(flt.tab)
        if flt.tab == "shipping":
            return self.unconfirmed_manifests(tab.apply_list_filter(flt))
        if flt.tab == "orders":
            tab.apply_list_filter(flt)
            self.qtbot.waitUntil(lambda: not tab._listing and tab.model.total is not None, timeout=5000)
            return tab.model.total
        if flt.tab == "customers":
            window = tab.apply_list_filter(flt)
            self.qtbot.addWidget(window)
            self.qtbot.waitUntil(lambda: window.counts is not None, timeout=5000)
            total = len(window.rows)
            window.reject()
            return total
        with self.qtbot.waitSignal(tab.model.loaded, timeout=5000):
            tab.apply_list_filter(flt)
        return tab.model.total

    def unconfirmed_manifests(self, dialog) -> int:
        self.qtbot.waitUntil(lambda: dialog.unconfirmed is not None, timeout=5000)
        selected = {i.row() for i in dialog.view.selectionModel().selectedRows()}
        assert selected == set(dialog.unconfirmed)
        assert all(dialog.model.rows[i].confirmed_at is None for i in selected)
        dialog.reject()
        return len(selected)


def check_every_figure(tabs: Tabs, f: TodayFigures, only: set[str] | None = None) -> list[tuple[ListFilter, int]]:
    seen = []
    for figure in every_figure(f):
        flt = figure.filter
        if only is not None and flt.tab not in only:
            continue
        # the manifests have no list of their own to narrow: their window opens with the unconfirmed selected
        assert flt.missing == ("unconfirmed_manifests" if flt.tab == "shipping" else ""), flt
        assert (flt, tabs.listed(flt)) == (flt, figure.count)
        seen.append((flt, figure.count))
    return seen


def test_every_figure_of_the_hand_made_shop_opens_a_list_of_its_count(qtbot, ctx, db):
    with db.session() as session:
        _shop(session)
        f = today_figures(session, now=at(12, 16), cutoffs=CUTOFFS, tz=WAW)
        now = today_figures(session, now=datetime.now(UTC), cutoffs=CUTOFFS, tz=WAW)
    tabs = Tabs(qtbot, ctx)
    seen = dict(check_every_figure(tabs, f, {"orders", "stock", "invoicing", "shipping"}))
    # the cases' and follow-ups' views count from the real day: the same shop's figures at this moment
    later = dict(check_every_figure(tabs, now, {"complaints", "customers"}))
    assert sorted(later.values()) == [0, 0, 4, 4]  # the four open cases and four follow-ups not done: all overdue
    # the answers themselves, so that a list and a figure wrong the same way cannot pass
    e = f.evening
    assert [seen[x.filter] for x in (e.shipped_today, e.promised_today, e.promised_shipped, e.late)] == [3, 7, 2, 5]
    assert {r.kind: r.count for r in f.morning.blocked_reasons} == {
        "not_paid": 1, "no_address": 1, "short_of_stock": 1, "held_at_packing": 1, "other": 1, "on_hold": 1}
    assert [(c.carrier, c.count) for c in f.day.packed_waiting] == [("", 1), ("dpd", 1), ("inpost", 1)]
    assert (e.shipped_without_invoice.count, e.cod_orders.count, e.manifests_unconfirmed.count) == (1, 2, 2)


@pytest.mark.parametrize("invoice_all", [False, True])
def test_every_figure_of_the_demo_shop_opens_a_list_of_its_count(qtbot, ctx, db, monkeypatch, invoice_all):
    """The demo shop made up to 16:30 of the last working day (every cut-off passed: "late" reads the same by the
    real clock); the views that count days from today are told that day is today."""
    from app.models.report import ReportSettings
    from app.services.demo.shop import fill_demo
    from app.services.reports._today_days import last_working_day_before
    from app.ui.complaints.tab import ComplaintsTab
    from app.ui.customers.follow_ups import FollowUpsView
    from app.ui.customers.tab import CustomersTab

    zone = ZoneInfo(str(ctx.tz))
    day = last_working_day_before(datetime.now(zone).date())
    moment = datetime.combine(day, time(16, 30), zone)
    for cls in (ComplaintsTab, CustomersTab, FollowUpsView):
        monkeypatch.setattr(cls, "today", lambda _self: day)
    fill_demo(db, orders=600, now=moment)
    with db.session() as session:
        with session.begin():
            session.merge(ReportSettings(id=1, invoice_all=invoice_all))
        f = today_for_shop(session, now=moment, tz=str(ctx.tz))
    assert f.working_day
    seen = check_every_figure(Tabs(qtbot, ctx), f)
    assert sum(1 for _flt, n in seen if n) >= 15, seen  # the demo shop has something in most of them


def test_the_chip_says_the_list_is_narrowed_and_its_cross_takes_it_off(qtbot, ctx, db):
    with db.session() as session:
        _shop(session)
        f = today_figures(session, now=at(12, 16), cutoffs=CUTOFFS, tz=WAW)
    tabs = Tabs(qtbot, ctx)
    assert tabs.listed(f.evening.late.filter) == 5
    tab = tabs.tab("orders")
    assert tab.link_chip.isVisible()
    assert tab.link_chip.label.text() == "Filter from the Today view: All, late on 2026-11-12"
    assert tab.model.counts["all"] == 5 and tab.model.counts["ready"] == 2  # R1, R3 (K1..K3 packed)
    assert tabs.listed(f.day.packed_waiting[1].filter) == 1
    assert tab.link_chip.label.text() == "Filter from the Today view: Packed, waiting for DPD"
    tab.link_chip.close_button.click()
    qtbot.waitUntil(lambda: not tab._listing and tab.model.total is not None, timeout=5000)
    assert not tab.link_chip.isVisible()
    assert (tab.filters.current_key(), tab.dates.dates(), tab.model.total) == ("all", (None, None), 24)
