"""Invoice numbers: series with a pattern, and a counter per series and period taken with one atomic statement.

A number is taken by `take_number` in the SAME transaction that writes the invoice, with one statement:

    INSERT INTO invoice_counter (series_id, period, last) VALUES (:series, :period, 1)
    ON CONFLICT (series_id, period) DO UPDATE SET last = invoice_counter.last + 1 RETURNING last

SQLite runs it under the database's write lock and PostgreSQL under the counter row's lock, so two stations
issuing at once get consecutive numbers, one after the other, never the same one; nothing is read first that
another station could change in between. When the issuing transaction rolls back (a refusal after the number
was taken, a crash, a killed process) the counter goes back with it: numbers stay gapless.

Patterns: literal text with {YYYY} {YY} {MM} {DD} and exactly one {N} (the number; {N:04} pads it with zeros to
4 digits). A series restarts its counter every month, every year or never; its pattern must then name what
tells the periods apart (month and year, the year), or numbers would repeat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import Invoice, InvoiceCounter, InvoiceSeries
from app.services.invoicing.data import KOR, VAT

MONTH, YEAR, NEVER = "month", "year", "never"
RESETS = (MONTH, YEAR, NEVER)
# The series made on first use when the shop has none of a kind.
DEFAULT_SERIES = {VAT: ("FV", "FV/{YYYY}/{MM}/{N}"), KOR: ("KOR", "KOR/{YYYY}/{MM}/{N}")}
_TOKEN = re.compile(r"\{([^{}]*)\}")
_NUMBER = re.compile(r"N(?::0?([1-9]))?")
_DATE_TOKENS = ("YYYY", "YY", "MM", "DD")


@dataclass(frozen=True)
class SeriesData:
    id: int | None  # None: a new series
    code: str
    kind: str  # VAT | KOR
    pattern: str
    reset: str = MONTH
    is_default: bool = False


def check_pattern(pattern: str, reset: str) -> None:
    """DomainError when the pattern cannot number a series that restarts as `reset` says."""
    if reset not in RESETS:
        raise DomainError(msg("A series restarts every month, every year or never, not '{reset}'.", reset=reset))
    tokens = _TOKEN.findall(pattern)
    if pattern.count("{") != len(tokens) or pattern.count("}") != len(tokens):
        raise DomainError(msg("The pattern '{pattern}' has a brace without its pair.", pattern=pattern))
    unknown = [t for t in tokens if t not in _DATE_TOKENS and not _NUMBER.fullmatch(t)]
    if unknown:
        raise DomainError(msg("The pattern '{pattern}' has an unknown part '{part}'; the parts are YYYY, YY, MM, DD, "
                              "N and N:04, each in braces.", pattern=pattern, part=unknown[0]))
    if sum(1 for t in tokens if _NUMBER.fullmatch(t)) != 1:
        raise DomainError(msg("The pattern '{pattern}' must hold the number (N in braces) exactly once.",
                              pattern=pattern))
    has_year = "YYYY" in tokens or "YY" in tokens
    if reset == MONTH and not (has_year and "MM" in tokens):
        raise DomainError(msg("A series that starts again every month needs the month and the year in its "
                              "pattern, or its numbers would repeat."))
    if reset == YEAR and not has_year:
        raise DomainError(msg("A series that starts again every year needs the year in its pattern, or its "
                              "numbers would repeat."))
    if len(format_number(pattern, date(2026, 12, 31), 999_999)) > 60:
        raise DomainError(msg("The pattern '{pattern}' makes numbers longer than 60 characters.", pattern=pattern))


def format_number(pattern: str, issue_date: date, n: int) -> str:
    """The invoice number the pattern makes for the n-th invoice of a period, issued on `issue_date`."""
    def part(m: re.Match[str]) -> str:
        token = m[1]
        if token == "YYYY":
            return f"{issue_date.year:04d}"
        if token == "YY":
            return f"{issue_date.year % 100:02d}"
        if token == "MM":
            return f"{issue_date.month:02d}"
        if token == "DD":
            return f"{issue_date.day:02d}"
        width = _NUMBER.fullmatch(token)
        if width is None:
            raise DomainError(msg("The pattern '{pattern}' has an unknown part '{part}'; the parts are YYYY, YY, "
                                  "MM, DD, N and N:04, each in braces.", pattern=pattern, part=token))
        return f"{n:0{int(width[1])}d}" if width[1] else str(n)

    return _TOKEN.sub(part, pattern)


def period_key(reset: str, issue_date: date) -> str:
    """The counter's period: "2026-05" (month), "2026" (year) or "" (never)."""
    if reset == MONTH:
        return f"{issue_date.year:04d}-{issue_date.month:02d}"
    if reset == YEAR:
        return f"{issue_date.year:04d}"
    return ""


def _insert(session: Session):
    name = session.get_bind().dialect.name
    if name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    elif name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:  # pragma: no cover - the shop runs on SQLite or PostgreSQL
        raise RuntimeError(f"invoice numbering needs an upsert; {name} is not supported")
    return insert


def next_number(session: Session, series_id: int, period: str) -> int:
    """The next number of a series in a period, in the caller's transaction: the one atomic upsert."""
    insert = _insert(session)
    table = InvoiceCounter.__table__
    stmt = (insert(table).values(series_id=series_id, period=period, last=1)
            .on_conflict_do_update(index_elements=[table.c.series_id, table.c.period],
                                   set_={"last": table.c.last + 1})
            .returning(table.c.last))
    return int(session.execute(stmt).scalar_one())


def take_number(session: Session, series: InvoiceSeries, issue_date: date) -> str:
    """Take the next number of the series for an invoice issued on `issue_date` (caller's transaction)."""
    n = next_number(session, series.id, period_key(series.reset, issue_date))
    return format_number(series.pattern, issue_date, n)


def default_series(session: Session, kind: str) -> InvoiceSeries:
    """The default series of a kind (caller's transaction): the one marked default, else the kind's first one,
    else the standard one (DEFAULT_SERIES) made now. Two stations making it at once both end with the one row
    (an insert that does nothing when the code exists)."""
    series = session.scalar(select(InvoiceSeries).where(InvoiceSeries.kind == kind)
                            .order_by(InvoiceSeries.is_default.desc(), InvoiceSeries.id))
    if series is not None:
        return series
    code, pattern = DEFAULT_SERIES[kind]
    insert = _insert(session)
    session.execute(insert(InvoiceSeries.__table__).values(code=code, kind=kind, pattern=pattern, reset=MONTH,
                                                           is_default=True)
                    .on_conflict_do_nothing(index_elements=["code"]))
    series = session.scalar(select(InvoiceSeries).where(InvoiceSeries.code == code))
    if series is None or series.kind != kind:
        raise DomainError(msg("The shop has no {kind} series; add one in the invoice settings.", kind=kind))
    return series


def series_by_code(session: Session, code: str, kind: str) -> InvoiceSeries:
    series = session.scalar(select(InvoiceSeries).where(InvoiceSeries.code == code))
    if series is None:
        raise NotFound(msg("There is no invoice series {code}.", code=code))
    if series.kind != kind:
        raise DomainError(msg("The series {code} numbers {series_kind} invoices, not {kind}.", code=code,
                              series_kind=series.kind, kind=kind))
    return series


def _data(s: InvoiceSeries) -> SeriesData:
    return SeriesData(s.id, s.code, s.kind, s.pattern, s.reset, s.is_default)


def list_series(session: Session) -> list[SeriesData]:
    """Every series (the defaults made if the shop has none yet), VAT first."""
    with session.begin():
        default_series(session, VAT)
        default_series(session, KOR)
        rows = session.scalars(select(InvoiceSeries).order_by(InvoiceSeries.kind.desc(), InvoiceSeries.code)).all()
        return [_data(s) for s in rows]


def save_series(session: Session, data: SeriesData) -> int:
    """Add or change a series. Its pattern and reset are checked; a series that has numbered invoices keeps its
    pattern and reset (its numbers must stay continuous). The default flag moves from the kind's other series."""
    code = data.code.strip().upper()
    if not code or len(code) > 20:
        raise DomainError(msg("A series needs a code of 1 to 20 characters."))
    if data.kind not in (VAT, KOR):
        raise DomainError(msg("A series numbers VAT or KOR invoices, not '{kind}'.", kind=data.kind))
    pattern = data.pattern.strip()
    check_pattern(pattern, data.reset)
    with session.begin():
        clash = select(InvoiceSeries.id).where(InvoiceSeries.code == code)
        if data.id is not None:
            clash = clash.where(InvoiceSeries.id != data.id)
        if session.scalar(clash) is not None:
            raise DomainError(msg("There is already a series {code}.", code=code))
        if data.id is None:
            series = InvoiceSeries(code=code, kind=data.kind, pattern=pattern, reset=data.reset)
            session.add(series)
        else:
            series = session.get(InvoiceSeries, data.id)
            if series is None:
                raise NotFound(msg("There is no invoice series {code}.", code=code))
            used = session.scalar(select(Invoice.id).where(Invoice.series_id == series.id).limit(1)) is not None
            if used and (series.pattern, series.reset, series.kind) != (pattern, data.reset, data.kind):
                raise DomainError(msg("The series {code} has numbered invoices already: its pattern and reset stay "
                                      "as they are. Make a new series instead.", code=series.code))
            series.code, series.kind, series.pattern, series.reset = code, data.kind, pattern, data.reset
        session.flush()
        if data.is_default:
            for other in session.scalars(select(InvoiceSeries).where(InvoiceSeries.kind == data.kind,
                                                                     InvoiceSeries.id != series.id)):
                other.is_default = False
            series.is_default = True
        return series.id
