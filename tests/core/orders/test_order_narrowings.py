"""The Orders list narrowed as a Today figure's link asks (orders.listing: OrderQuery.narrow, linked_query) lists
exactly the orders the figure counts: on the hand-made shop of the Today figures' test (Thursday 12 November 2026,
10:00 in Warsaw, inpost's cut-off 9:30, DPD's 15:00), by the orders' numbers and by the figures' counts."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.orders.listing import OrderQuery, count, first_page, linked_query, status_counts
from app.services.reports.today import today_figures
from tests.services.reports.test_today_figures import CUTOFFS, NOW, _shop, at

WAW = "Europe/Warsaw"


@pytest.fixture
def session(db):
    s = db.session()
    yield s
    s.close()


def numbers(session, q: OrderQuery) -> set[str]:
    return {r.number for r in first_page(session, q, 100).rows}


def order_figures(f):
    m, d, e = f.morning, f.day, f.evening
    return [m.new_orders, m.unpaid_too_long, m.blocked, *m.blocked_reasons, d.ready_to_pack, *d.packed_waiting,
            e.shipped_today, e.promised_today, e.promised_shipped, e.late, e.shipped_without_invoice, e.cod_orders]


def test_each_narrowing_lists_the_orders_its_figure_names(session):
    _shop(session)
    f = today_figures(session, now=NOW, cutoffs=CUTOFFS)
    e = f.evening

    def listed(figure) -> set[str]:
        return numbers(session, linked_query(figure.filter.view, figure.filter.params, tz=WAW, now=NOW))

    reasons = {r.kind: listed(r) for r in f.morning.blocked_reasons}
    assert reasons == {"not_paid": {"B2"}, "no_address": {"B2"}, "short_of_stock": {"B3"},
                       "held_at_packing": {"B4"}, "other": {"B6"}, "on_hold": {"B1"}}  # B5 is shipped: not blocked
    assert {c.carrier: listed(c) for c in f.day.packed_waiting} == {"": {"K3"}, "dpd": {"K1"}, "inpost": {"K2"}}
    assert listed(e.shipped_today) == {"S1", "S2", "S4"}
    assert listed(e.promised_today) == {"R1", "R3", "K1", "K2", "K3", "S1", "S2"}
    assert listed(e.promised_shipped) == {"S1", "S2"}
    assert listed(e.late) == {"K2", "K3", "R1", "R3"}  # K1 waits for DPD at 15:00
    assert listed(e.shipped_without_invoice) == {"S3"}
    assert listed(e.cod_orders) == {"S1", "S3"}


def test_every_order_figure_equals_the_count_of_its_list(session):
    _shop(session)
    for kwargs in ({}, {"invoice_all": True}):
        f = today_figures(session, now=NOW, cutoffs=CUTOFFS, **kwargs)
        for figure in order_figures(f):
            flt = figure.filter
            assert flt.tab == "orders" and flt.missing == ""
            q = linked_query(flt.view, flt.params, tz=WAW, now=NOW)
            assert (flt, count(session, q)) == (flt, figure.count)
            assert (flt, status_counts(session, q)[flt.view]) == (flt, figure.count)


def test_late_is_judged_when_the_list_is_read(session):
    _shop(session)
    f = today_figures(session, now=NOW, cutoffs=CUTOFFS)
    later = linked_query(f.evening.late.filter.view, f.evening.late.filter.params, tz=WAW, now=at(12, 15, 1))
    assert numbers(session, later) == {"K1", "K2", "K3", "R1", "R3"}  # DPD's courier has gone without K1


def test_the_shops_cutoffs_when_the_link_names_none_and_a_day_off_promises_nothing(session):
    from app.models.shipping import CarrierSetting

    _shop(session)
    with session.begin():
        session.add_all([CarrierSetting(code="inpost", cutoff="09:30"), CarrierSetting(code="dpd", cutoff="15:00")])
    q = linked_query("all", (("promised_on", "2026-11-12"),), tz=WAW, now=NOW)
    assert count(session, q) == 7
    holiday = linked_query("all", (("promised_on", "2026-11-11"),), tz=WAW, now=NOW)
    assert count(session, holiday) == 0


def test_a_narrowing_goes_with_the_dates_and_the_search(session):
    _shop(session)
    q = linked_query("shipped", (("cod_unpaid", "1"),), tz=WAW)
    assert numbers(session, OrderQuery(**{**q.__dict__, "search": "S1"})) == {"S1"}
    assert count(session, OrderQuery(**{**q.__dict__, "date_from": date(2026, 11, 12)})) == 0  # both came on the 1st


def test_an_unknown_narrowing_is_refused():
    with pytest.raises(ValueError):
        linked_query("all", (("colour", "red"),))
    with pytest.raises(ValueError):
        linked_query("everything", ())
