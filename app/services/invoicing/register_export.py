"""The month's sales register for the accountant, as XLSX: one row per invoice and correction issued in the month
(`register_rows`), net, VAT and gross per rate in PLN, the totals in PLN, and a totals row.

What an accountant's software and a spreadsheet need from it:
- Dates are real date cells and money real number cells (two decimals), so the sheet sums, sorts and filters; an
  exchange rate is a number cell with its four to six decimals.
- The rate columns are the same every month (23 %, 8 %, 5 % with net, VAT and gross; 0 %, exempt and not subject
  with their value, which carries no VAT), so a month's file imports as the last one did.
- Amounts are in PLN: for an invoice in another currency the tax base is its net times the NBP rate and the VAT is
  the invoice's own VAT in PLN (art. 106e ust. 11), as `register_rows` gives them; the gross in the invoice's own
  currency has a column of its own and is not summed (currencies do not add up).
- A correction's amounts are its differences (negative where it lowers the sale) and it names the invoice it
  corrects and why.
- The header is bold and frozen, the filter covers the header and the rows, and the totals row below them stays
  put when the rows are sorted or filtered.

Headers, the sheet's name, the kinds and yes/no follow `lang` ('pl' or 'en'), as the other exports do.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from app.core.errors import DomainError
from app.core.messages import msg
from app.core.progress import Progress
from app.core.xlsx import append_row, new_sheet, save
from app.services.invoicing.data import KOR, VAT
from app.services.invoicing.reading import RegisterRow, register_rows

DATE_FORMAT = "yyyy-mm-dd"
RATE_FORMAT = "0.0000##"
# Rates with VAT get net, VAT and gross; the others (no VAT: gross is net) one value column each.
TAXED_RATES = ("23", "8", "5")
UNTAXED_RATES = ("0", "zw", "np")
ZERO = Decimal("0.00")

_WORDS = {
    "en": {"number": "Number", "kind": "Kind", "issue_date": "Issue date", "sale_date": "Sale date",
           "buyer": "Buyer", "nip": "NIP", "country": "Country", "currency": "Currency",
           "exchange_rate": "Exchange rate", "corrected": "Corrected invoice", "reason": "Reason for correction",
           "net": "Net {rate} (PLN)", "vat": "VAT {rate} (PLN)", "gross": "Gross {rate} (PLN)",
           "value": "Value {rate} (PLN)", "net_total": "Net total (PLN)", "vat_total": "VAT total (PLN)",
           "gross_total": "Gross total (PLN)", "gross_currency": "Gross in the invoice's currency",
           "paid": "Paid", "ksef": "KSeF number", "total": "Total", "sheet": "Sales register {month}",
           "VAT": "Invoice", "KOR": "Correction", "yes": "yes", "no": "no", "zw": "exempt", "np": "not subject",
           "file": "sales-register-{month}.xlsx"},
    "pl": {"number": "Numer", "kind": "Rodzaj", "issue_date": "Data wystawienia", "sale_date": "Data sprzedaży",
           "buyer": "Nabywca", "nip": "NIP", "country": "Kraj", "currency": "Waluta", "exchange_rate": "Kurs",
           "corrected": "Faktura korygowana", "reason": "Przyczyna korekty", "net": "Netto {rate} (PLN)",
           "vat": "VAT {rate} (PLN)", "gross": "Brutto {rate} (PLN)", "value": "Wartość {rate} (PLN)",
           "net_total": "Netto razem (PLN)", "vat_total": "VAT razem (PLN)", "gross_total": "Brutto razem (PLN)",
           "gross_currency": "Brutto w walucie faktury", "paid": "Zapłacona", "ksef": "Numer KSeF",
           "total": "Razem", "sheet": "Rejestr sprzedaży {month}", "VAT": "Faktura", "KOR": "Korekta",
           "yes": "tak", "no": "nie", "zw": "zw", "np": "np", "file": "rejestr-sprzedazy-{month}.xlsx"},
}


def _rate_name(rate: str, words: dict[str, str]) -> str:
    return f"{rate} %" if rate.isdigit() else words[rate]


def headers(lang: str = "en") -> list[str]:
    """The register's header row in `lang`."""
    w = _WORDS.get(lang, _WORDS["en"])
    out = [w["number"], w["kind"], w["issue_date"], w["sale_date"], w["buyer"], w["nip"], w["country"],
           w["currency"], w["exchange_rate"], w["corrected"], w["reason"]]
    for rate in TAXED_RATES:
        name = _rate_name(rate, w)
        out += [w["net"].format(rate=name), w["vat"].format(rate=name), w["gross"].format(rate=name)]
    out += [w["value"].format(rate=_rate_name(rate, w)) for rate in UNTAXED_RATES]
    out += [w["net_total"], w["vat_total"], w["gross_total"], w["gross_currency"], w["paid"], w["ksef"]]
    return out


_LEAD = 11  # columns before the money
_MONEY_FIRST = _LEAD
_MONEY_COUNT = 3 * len(TAXED_RATES) + len(UNTAXED_RATES) + 3  # per rate, then the three PLN totals
_GROSS_CURRENCY = _MONEY_FIRST + _MONEY_COUNT  # the gross in the invoice's currency (not summed)
# Column widths, in the order of `headers`.
WIDTHS = [20, 11, 12, 12, 34, 12, 6, 7, 10, 20, 30] + [13] * _MONEY_COUNT + [16, 9, 36]


def default_file_name(year: int, month: int, lang: str = "en") -> str:
    """The file name offered for the export, in `lang` ('sales-register-2026-11.xlsx')."""
    return _WORDS.get(lang, _WORDS["en"])["file"].format(month=f"{year:04d}-{month:02d}")


def previous_month(today: date) -> tuple[int, int]:
    """The month before the one `today` is in: the register an accountant asks for at the start of a month."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.year, last.month


def parse_month(text: str) -> tuple[int, int]:
    """'2026-11' -> (2026, 11); DomainError for anything else."""
    year, sep, month = text.strip().partition("-")
    if not (sep and len(year) == 4 and year.isdigit() and len(month) == 2 and month.isdigit()
            and 1 <= int(month) <= 12):
        raise DomainError(msg("'{text}' is not a month; write it as YYYY-MM, e.g. 2026-11.", text=text))
    return int(year), int(month)


def _money(row: RegisterRow) -> list[Decimal]:
    values: list[Decimal] = []
    for rate in TAXED_RATES:
        r = row.rates.get(rate)
        values += [r.net_pln, r.vat_pln, r.net_pln + r.vat_pln] if r is not None else [ZERO, ZERO, ZERO]
    for rate in UNTAXED_RATES:
        r = row.rates.get(rate)
        values.append(r.net_pln if r is not None else ZERO)
    values += [row.net_pln, row.vat_pln, row.net_pln + row.vat_pln]
    return values


def export_register(session: Session, out: str | Path, year: int, month: int, progress: Progress | None = None, *,
                    lang: str = "en") -> int:
    """Write the register of invoices and corrections issued in `month` of `year`; returns how many rows (invoices
    and corrections) it holds. The file appears under its name only when complete."""
    w = _WORDS.get(lang, _WORDS["en"])
    rows = register_rows(session, year, month)
    if progress:
        progress(1, 2, "")
    head = headers(lang)
    book, sheet = new_sheet(w["sheet"].format(month=f"{year:04d}-{month:02d}"), head, WIDTHS)
    money_at = tuple(range(_MONEY_FIRST, _GROSS_CURRENCY + 1))
    totals = [ZERO] * _MONEY_COUNT
    for row in rows:
        money = _money(row)
        totals = [a + b for a, b in zip(totals, money, strict=True)]
        append_row(sheet, [row.number, w[row.kind] if row.kind in (VAT, KOR) else row.kind, row.issue_date,
                           row.sale_date, row.buyer_name, row.buyer_nip or "", row.buyer_country, row.currency,
                           row.exchange_rate, row.corrected_number, row.correction_reason if row.kind == KOR else "",
                           *money, row.gross, w["yes"] if row.paid else w["no"], row.ksef_number or ""],
                   money=money_at)
        cells = sheet[sheet.max_row]
        cells[2].number_format = cells[3].number_format = DATE_FORMAT
        if row.exchange_rate is not None:
            cells[8].number_format = RATE_FORMAT
    last_column = get_column_letter(len(head))
    sheet.auto_filter.ref = f"A1:{last_column}{len(rows) + 1}"  # the totals row stays out of sorting
    append_row(sheet, [w["total"], *[None] * (_LEAD - 1), *totals], money=money_at)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    save(book, out)
    if progress:
        progress(2, 2, "")
    return len(rows)
