"""The Today settings (app.services.reports.settings) on a real shop file: defaults, saving, refusals, and
today_for_shop handing them to today_figures."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.core.errors import DomainError
from app.models.report import ReportSettings
from app.models.shipping import CarrierSetting
from app.services.reports.settings import (
    CarrierCutoff,
    ReportSettingsData,
    read_report_settings,
    save_report_settings,
    today_for_shop,
)
from app.services.shipping.carriers import CarrierSettingData, save_carrier_settings

WAW = ZoneInfo("Europe/Warsaw")


def _only_inpost_and_dpd(session) -> None:
    from app.services.shipping.carriers import CARRIERS

    save_carrier_settings(session, [CarrierSettingData(code, code in ("inpost_locker", "dpd")) for code in CARRIERS])


def test_a_shop_that_never_saved_them_reads_the_defaults(session):
    _only_inpost_and_dpd(session)
    data = read_report_settings(session)
    assert (data.unpaid_days, data.promise_working_days, data.invoice_all) == (3, 1, False)
    assert sorted(data.cutoffs, key=lambda c: c.carrier) == [CarrierCutoff("dpd", "15:00"),
                                                               CarrierCutoff("inpost_locker", "15:00")]


def test_saved_settings_are_read_back_and_written_where_they_live(session):
    _only_inpost_and_dpd(session)
    save_report_settings(session, ReportSettingsData(5, 2, True, (CarrierCutoff("inpost_locker", "13:30"),
                                                                  CarrierCutoff("dpd", "16:00"))), who="test")
    data = read_report_settings(session)
    assert (data.unpaid_days, data.promise_working_days, data.invoice_all) == (5, 2, True)
    assert {c.carrier: c.cutoff for c in data.cutoffs} == {"inpost_locker": "13:30", "dpd": "16:00"}
    with session.begin():
        assert session.get(ReportSettings, 1).unpaid_days == 5
        assert session.scalar(select(CarrierSetting.cutoff).where(CarrierSetting.code == "inpost_locker")) == "13:30"


@pytest.mark.parametrize(("data", "words"), [
    (ReportSettingsData(0), "Unpaid days"),
    (ReportSettingsData(3, 31), "Working days promised"),
    (ReportSettingsData(3, 1, False, (CarrierCutoff("inpost_locker", "25:00"),)), "HH:MM"),
])
def test_a_value_that_makes_no_sense_is_refused_and_nothing_is_written(session, data, words):
    with pytest.raises(DomainError, match=words):
        save_report_settings(session, data, who="test")
    assert read_report_settings(session).unpaid_days == 3


def test_today_for_shop_uses_the_shops_cutoffs(session):
    _only_inpost_and_dpd(session)
    save_report_settings(session, ReportSettingsData(3, 1, False, (CarrierCutoff("inpost_locker", "09:30"),
                                                                  CarrierCutoff("dpd", "15:00"))), who="test")
    figures = today_for_shop(session, now=datetime(2026, 11, 12, 10, 0, tzinfo=WAW))  # a Thursday, 10:00
    assert [(c.carrier, c.minutes_left) for c in figures.day.cutoffs] == [("inpost_locker", -30), ("dpd", 300)]
    assert figures.working_day


def test_the_reports_measure_on_time_by_the_shops_promise(session):
    """The share shipped on time follows the working days the shop promises (Settings, Today page): the same orders
    are late against one day and on time against three."""
    from datetime import UTC, date, datetime, timedelta

    from app.models import Order, OrderEvent
    from app.services.reports.charts import build_charts
    from app.services.reports.figures import Period
    from app.services.reports.settings import read_report_settings, save_report_settings

    with session.begin():  # ordered on Monday 2 March 2026, shipped on Wednesday 4 March
        for n in range(2):
            order = Order(number=f"P{n}", customer_name="x", status="shipped",
                          created_at=datetime(2026, 3, 2, 9, tzinfo=UTC))
            session.add(order)
            session.flush()
            session.add(OrderEvent(order_id=order.id, kind="status", from_status="packed", to_status="shipped",
                                   at=datetime(2026, 3, 2, 9, tzinfo=UTC) + timedelta(days=2)))
    period = Period(date(2026, 3, 1), date(2026, 3, 31), "month")

    def on_time() -> tuple:
        spec = next(s for s in build_charts(session, period, compare=False, today=date(2026, 4, 1))
                    if s.key == "shipped_on_time")
        return spec.series[0].values

    assert on_time() == (0.0,)
    from dataclasses import replace

    save_report_settings(session, replace(read_report_settings(session), promise_working_days=3), who="t")
    assert on_time() == (100.0,)
