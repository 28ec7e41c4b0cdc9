"""The shop's rules for the Today view (issue 18): when an unpaid order waits too long, the working days promised to
ship in, whether every order wants an invoice, and each active carrier's cut-off time.

They live in report_settings (one row, id 1; a shop that never saved them reads the defaults) and on
CarrierSetting.cutoff. `today_for_shop` reads them and hands them to `today_figures`, so the Today tab asks one
function for everything it shows.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.core.errors import DomainError
from app.core.messages import msg
from app.models.report import ReportSettings
from app.models.shipping import CarrierSetting
from app.services.reports.today import TodayFigures, today_figures
from app.services.shipping.carriers import read_carrier_settings

log = logging.getLogger(__name__)

DEFAULT_CUTOFF_TEXT = "15:00"
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class CarrierCutoff:
    carrier: str  # the carrier's code
    cutoff: str  # "HH:MM", the shop's local time


@dataclass(frozen=True)
class ReportSettingsData:
    unpaid_days: int = 3
    promise_working_days: int = 1
    invoice_all: bool = False
    cutoffs: tuple[CarrierCutoff, ...] = ()  # the active carriers', in the catalogue's order

    def cutoff_times(self) -> dict[str, time]:
        """carrier code -> cut-off time, as today_figures takes them."""
        return {c.carrier: _parse(c.cutoff) for c in self.cutoffs}


def _parse(text: str) -> time:
    match = _HHMM.match(text.strip())
    if match is None:
        return time(15, 0)
    return time(int(match.group(1)), int(match.group(2)))


def _read(session: Session) -> ReportSettingsData:
    row = session.get(ReportSettings, 1)
    rows = {r.code: r for r in session.scalars(select(CarrierSetting))}
    cutoffs = tuple(CarrierCutoff(c.code, rows[c.code].cutoff if c.code in rows else DEFAULT_CUTOFF_TEXT)
                    for c in read_carrier_settings(session) if c.active)
    if row is None:
        return ReportSettingsData(cutoffs=cutoffs)
    return ReportSettingsData(row.unpaid_days, row.promise_working_days, bool(row.invoice_all), cutoffs)


def read_report_settings(session: Session) -> ReportSettingsData:
    """The shop's Today settings; the defaults (3 days, 1 working day, no, 15:00) where none were saved."""
    with session.begin():
        return _read(session)


def check_report_settings(data: ReportSettingsData) -> None:
    """A DomainError for a value that cannot be saved (before anything is written)."""
    if not 1 <= data.unpaid_days <= 60:
        raise DomainError(msg("Unpaid days must be between 1 and 60."))
    if not 0 <= data.promise_working_days <= 30:
        raise DomainError(msg("Working days promised to ship in must be between 0 and 30."))
    for c in data.cutoffs:
        if _HHMM.match(c.cutoff) is None:
            raise DomainError(msg("The cut-off time of {carrier} must be written as HH:MM.", carrier=c.carrier))


def save_report_settings(session: Session, data: ReportSettingsData, *, who: str) -> None:
    """The settings page's Save: checked first, then one transaction (report_settings row 1 and each carrier's
    cut-off; a carrier never set up gets its row, active, as the carriers page shows it)."""
    check_report_settings(data)
    with session.begin():
        row = session.get(ReportSettings, 1)
        if row is None:
            row = ReportSettings(id=1)
            session.add(row)
        row.unpaid_days, row.promise_working_days, row.invoice_all = (data.unpaid_days, data.promise_working_days,
                                                                      data.invoice_all)
        rows = {r.code: r for r in session.scalars(select(CarrierSetting))}
        for c in data.cutoffs:
            carrier = rows.get(c.carrier)
            if carrier is None:
                carrier = CarrierSetting(code=c.carrier, active=True)
                session.add(carrier)
            carrier.cutoff = c.cutoff
    log.info("Today settings saved by %s: %s", who, data)


def today_for_shop(session: Session, *, now: datetime, tz: str = SHOP_TZ_DEFAULT) -> TodayFigures:
    """today_figures at `now` with the shop's own settings (the Today tab's one read)."""
    settings = read_report_settings(session)
    return today_figures(session, now=now, unpaid_days=settings.unpaid_days, cutoffs=settings.cutoff_times(),
                         invoice_all=settings.invoice_all, tz=tz)
