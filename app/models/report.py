"""The shop's rules for the Today view and the reports (issue 18): one row, id 1."""

from __future__ import annotations

from sqlalchemy import Boolean
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class ReportSettings(Base):
    """When an unpaid order counts as waiting too long, how many working days the shop promises to ship in, and
    whether every order wants an invoice (not only a company's). The carriers' cut-off times are on
    CarrierSetting.cutoff."""

    __tablename__ = "report_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    unpaid_days: Mapped[int] = mapped_column(default=3)
    promise_working_days: Mapped[int] = mapped_column(default=1)
    invoice_all: Mapped[bool] = mapped_column(Boolean, default=False)
