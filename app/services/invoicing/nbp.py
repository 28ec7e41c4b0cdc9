"""NBP exchange-rate tables from a file the user downloaded (no network here).

An invoice in another currency states its VAT also in PLN at the NBP mid rate (table A, or B for rarer
currencies) of the last business day before the sale date (art. 31a of the VAT act). The user downloads the
table and this reads it; the files the NBP offers:

- the API's XML (api.nbp.pl, `?format=xml`): `ArrayOfExchangeRatesTable` of `ExchangeRatesTable` (Table, No,
  EffectiveDate, Rates/Rate with Currency, Code, Mid), or one currency's `ExchangeRatesSeries` (Code, Rates/Rate
  with No, EffectiveDate, Mid); the same as JSON;
- the older daily XML files of nbp.pl (`tabela_kursow`: numer_tabeli, data_publikacji, pozycja with kod_waluty,
  przelicznik, kurs_sredni);
- the yearly CSV archive of table A or B (archiwum_tab_a_2026.csv: semicolons, decimal commas, Windows-1250;
  a header "data;1THB;1USD;...;100HUF;...;nr tabeli;pełny numer tabeli", one row per day as YYYYMMDD).

Rates per 100 or 10,000 units (100HUF, przelicznik 100) are given per ONE unit here, as the API gives them. Table
C (buy and sell rates) has no mid rate and is refused saying so. A file holding several days gives the table of
the last day before `before` (the sale date), or its latest table.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.core.errors import DomainError, FileRefused, RowError
from app.core.messages import msg
from app.core.public_holidays import is_working_day


@dataclass(frozen=True)
class NbpRate:
    mid: Decimal  # PLN per one unit of the currency
    effective_date: date
    table: str  # the table's full number, "231/A/NBP/2026"


@dataclass(frozen=True)
class _Table:
    number: str
    day: date
    rates: dict[str, Decimal]


def last_business_day_before(day: date) -> date:
    """The last Polish business day before `day` (not a weekend, not a public holiday): the day whose NBP table
    an invoice for a sale on `day` takes."""
    d = day - timedelta(days=1)
    while not is_working_day(d):
        d -= timedelta(days=1)
    return d


def read_nbp_file(path: Path | str, *, before: date | None = None) -> dict[str, NbpRate]:
    """{currency code: its mid rate} of one table in the file (see the module's note); DomainError naming what
    is wrong with a file that is not one."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DomainError(msg("{file}: cannot be read ({reason}).", file=path.name, reason=e.strerror or e)) from None
    return read_nbp_bytes(data, path.name, before=before)


def read_nbp_bytes(data: bytes, name: str, *, before: date | None = None) -> dict[str, NbpRate]:
    text = _decode(data)
    head = text.lstrip()[:1]
    if head == "<":
        tables = _from_xml(data, name)  # the bytes: the file's own declaration says its encoding
    elif head in ("[", "{"):
        tables = _from_json(text, name)
    else:
        tables = _from_csv(text, name)
    if not tables:
        raise DomainError(msg("{file}: holds no exchange rates.", file=name))
    if before is not None:
        tables = [t for t in tables if t.day < before]
        if not tables:
            raise DomainError(msg("{file}: has no table from before {date}; the invoice needs the rate of the last "
                                  "business day before the sale.", file=name, date=before.isoformat()))
    latest = max(tables, key=lambda t: t.day)
    return {code: NbpRate(mid, latest.day, latest.number) for code, mid in sorted(latest.rates.items())}


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1250")  # the NBP's CSV archive


def _mid(value: str | None, where: str, name: str) -> Decimal:
    try:
        mid = Decimal((value or "").strip().replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        mid = Decimal(-1)
    if not mid.is_finite() or mid <= 0:
        raise DomainError(msg("{file}: {where}: '{value}' is not an exchange rate.", file=name, where=where,
                              value=(value or "").strip()))
    return mid


def _day(value: str | None, name: str) -> date:
    text_ = (value or "").strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return datetime.strptime(text_, fmt).date()
        except ValueError:
            continue
    raise DomainError(msg("{file}: '{value}' is not a date.", file=name, value=text_))


def _no_mid(name: str) -> DomainError:
    return DomainError(msg("{file}: this is table C (buy and sell rates); an invoice needs the mid rate of table A "
                           "or B.", file=name))


def _from_xml(data: bytes, name: str) -> list[_Table]:
    try:
        root = ET.fromstring(data.removeprefix(b"\xef\xbb\xbf"))
    except ET.ParseError as e:
        raise DomainError(msg("{file}: not readable as XML ({reason}).", file=name, reason=str(e))) from None
    tag = root.tag.rsplit("}", 1)[-1]
    if tag == "ArrayOfExchangeRatesTable":
        return [_api_table(t, name) for t in root.findall("ExchangeRatesTable")]
    if tag == "ExchangeRatesTable":
        return [_api_table(root, name)]
    if tag == "ExchangeRatesSeries":
        code = (root.findtext("Code") or "").strip().upper()
        tables = []
        for r in root.findall("Rates/Rate"):
            if r.find("Mid") is None:
                raise _no_mid(name)
            tables.append(_Table((r.findtext("No") or "").strip(), _day(r.findtext("EffectiveDate"), name),
                                 {code: _mid(r.findtext("Mid"), code, name)}))
        return tables
    if tag == "tabela_kursow":
        if root.find("pozycja/kurs_sredni") is None and root.find("pozycja") is not None:
            raise _no_mid(name)
        rates = {}
        for p in root.findall("pozycja"):
            code = (p.findtext("kod_waluty") or "").strip().upper()
            units = _mid(p.findtext("przelicznik") or "1", code, name)
            rates[code] = _mid(p.findtext("kurs_sredni"), code, name) / units
        return [_Table((root.findtext("numer_tabeli") or "").strip(), _day(root.findtext("data_publikacji"), name),
                       rates)]
    raise DomainError(msg("{file}: not an NBP exchange-rate table (expected the XML of api.nbp.pl, found <{tag}>).",
                          file=name, tag=tag))


def _api_table(t: ET.Element, name: str) -> _Table:
    rates = {}
    for r in t.findall("Rates/Rate"):
        if r.find("Mid") is None:
            raise _no_mid(name)
        code = (r.findtext("Code") or "").strip().upper()
        rates[code] = _mid(r.findtext("Mid"), code, name)
    return _Table((t.findtext("No") or "").strip(), _day(t.findtext("EffectiveDate"), name), rates)


def _from_json(text: str, name: str) -> list[_Table]:
    try:
        data = json.loads(text, parse_float=Decimal)
    except ValueError as e:
        raise DomainError(msg("{file}: not readable as JSON ({reason}).", file=name, reason=str(e))) from None
    try:
        if isinstance(data, dict) and "code" in data:  # one currency's series
            code = str(data["code"]).upper()
            if any("mid" not in r for r in data["rates"]):
                raise _no_mid(name)
            return [_Table(str(r["no"]), _day(r["effectiveDate"], name), {code: _mid(str(r["mid"]), code, name)})
                    for r in data["rates"]]
        tables = []
        for t in data if isinstance(data, list) else [data]:
            if any("mid" not in r for r in t["rates"]):
                raise _no_mid(name)
            tables.append(_Table(str(t["no"]), _day(t["effectiveDate"], name),
                                 {str(r["code"]).upper(): _mid(str(r["mid"]), str(r["code"]), name)
                                  for r in t["rates"]}))
        return tables
    except (KeyError, TypeError) as e:
        raise DomainError(msg("{file}: not an NBP exchange-rate table (no {field}).", file=name,
                              field=str(e))) from None


_UNIT_CODE = re.compile(r"^(\d+)\s*([A-Z]{3})$")


def _from_csv(text: str, name: str) -> list[_Table]:
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header_at = next((i for i, row in enumerate(rows) if row and row[0].strip().lower() in ("data", "dane")), None)
    if header_at is None:
        raise DomainError(msg("{file}: not an NBP exchange-rate table (no XML, and no CSV header starting with "
                              "'data').", file=name))
    header = [h.strip() for h in rows[header_at]]
    currencies = {i: m for i, h in enumerate(header) if (m := _UNIT_CODE.match(h.upper()))}
    number_at = next((i for i, h in enumerate(header) if h.lower() == "pełny numer tabeli"), None)
    if not currencies:
        raise DomainError(msg("{file}: the CSV names no currencies in its header (columns such as 1USD, 100HUF).",
                              file=name))
    tables, errors = [], []
    for row_no, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        first = row[0].strip() if row else ""
        if not (len(first) == 8 and first.isdigit()):
            continue  # the names row under the header and the footer (kod ISO, nazwa waluty, liczba jednostek)
        rates = {}
        for i, m in currencies.items():
            value = row[i].strip() if i < len(row) else ""
            if not value:
                continue
            try:
                rates[m[2]] = _mid(value, m[2], name) / Decimal(m[1])
            except DomainError:
                errors.append(RowError(row_no, header[i], msg("'{value}' is not an exchange rate.", value=value)))
        number = row[number_at].strip() if number_at is not None and number_at < len(row) else ""
        tables.append(_Table(number, _day(first, name), rates))
    if errors:
        raise FileRefused(name, errors)
    return tables
