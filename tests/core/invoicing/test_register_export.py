"""The month's register as XLSX, read back with openpyxl: one row per invoice and correction, net/VAT/gross per rate
in PLN (a foreign currency at its NBP rate), real date and number cells, a totals row, Polish headers."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import openpyxl
import pytest

from app.core.errors import DomainError
from app.core.xlsx import MONEY_FORMAT
from app.services.invoicing.correcting import correct_from_return
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.numbering import SeriesData, save_series
from app.services.invoicing.register_export import (
    DATE_FORMAT,
    RATE_FORMAT,
    default_file_name,
    export_register,
    headers,
    parse_month,
    previous_month,
)

D = Decimal
JAN, FEB = date(2026, 1, 20), date(2026, 2, 10)


@pytest.fixture
def shop(session, seller, make_order):
    """January: a consumer's invoice at 23 % and 5 %. February: a company's (net method), one in EUR, one in
    another series, and a correction of January's invoice (one item of line 1 returned)."""
    a = issue_invoice(session, make_order([(2, "49.99", "23"), (1, "10.00", "5")], person="Łucja Ćwik",
                                          payment_status="unpaid", payment_method="transfer"), "t", issue_date=JAN)
    issue_invoice(session, make_order([(1, "1230.00", "23")], shipping="0", company="Żółw sp. z o.o.",
                                      buyer_nip="1234563218"), "t", issue_date=FEB)
    issue_invoice(session, make_order([(1, "100.00", "23")], shipping="0", currency="EUR"), "t", issue_date=FEB,
                  exchange_rate=D("4.2512"), exchange_rate_date=FEB - timedelta(days=1))
    save_series(session, SeriesData(None, "SKL", "VAT", "SKL/{N}", "never"))
    issue_invoice(session, make_order(person="=1+1"), "t", issue_date=FEB, series="SKL")
    correct_from_return(session, a, {1: 1}, "Zwrot jednej sztuki", "t", issue_date=FEB)


def _sheet(path):
    return openpyxl.load_workbook(path).active


def _money(value) -> Decimal:
    return D(str(value)).quantize(D("0.01"))


def test_february_row_by_row_with_totals(session, shop, tmp_path):
    out = tmp_path / "sub" / "register.xlsx"
    assert export_register(session, out, 2026, 2) == 4
    assert not list(out.parent.glob("*.part"))
    sheet = _sheet(out)
    assert sheet.title == "Sales register 2026-02"
    head = [c.value for c in sheet[1]]
    assert head == headers("en") and len(head) == 29
    assert all(c.font.bold for c in sheet[1]) and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:AC5"  # header + 4 rows; the totals row stays out of it
    assert sheet.max_row == 6
    col = {name: i for i, name in enumerate(head)}
    rows = [list(r) for r in sheet.iter_rows(min_row=2, max_row=5)]

    def v(row, name):
        return row[col[name]].value

    assert [v(r, "Number") for r in rows] == ["FV/2026/02/1", "FV/2026/02/2", "SKL/1", "KOR/2026/02/1"]
    assert [v(r, "Kind") for r in rows] == ["Invoice", "Invoice", "Invoice", "Correction"]
    for r in rows:
        for name in ("Issue date", "Sale date"):
            assert isinstance(v(r, name), datetime) and r[col[name]].number_format == DATE_FORMAT
    assert [v(r, "Issue date").date() for r in rows] == [FEB] * 4
    assert [v(r, "Sale date").date() for r in rows] == [FEB, FEB, FEB, JAN]  # a correction keeps the sale's date
    company, euro, other, correction = rows
    # The company's invoice, computed from net: 1000.00 + 23 % VAT.
    assert (v(company, "Buyer"), v(company, "NIP"), v(company, "Currency")) == ("Żółw sp. z o.o.", "1234563218", "PLN")
    assert v(company, "Exchange rate") is None
    assert [_money(v(company, f"{k} 23 % (PLN)")) for k in ("Net", "VAT", "Gross")] == [D("1000.00"), D("230.00"),
                                                                                     D("1230.00")]
    assert _money(v(company, "Value 0 % (PLN)")) == 0 and v(company, "Paid") == "yes"
    # EUR 100.00 gross at 4.2512: VAT 18.70 EUR -> 79.50 PLN; net 81.30 EUR -> 345.62 PLN.
    assert v(euro, "Currency") == "EUR" and v(euro, "Exchange rate") == pytest.approx(4.2512)
    assert euro[col["Exchange rate"]].number_format == RATE_FORMAT
    assert [_money(v(euro, f"{k} 23 % (PLN)")) for k in ("Net", "VAT", "Gross")] == [D("345.62"), D("79.50"),
                                                                                  D("425.12")]
    assert _money(v(euro, "Gross in the invoice's currency")) == D("100.00")
    assert v(other, "Buyer") == "=1+1" and other[col["Buyer"]].data_type == "s"  # a name stays text
    assert v(other, "NIP") is None and v(other, "Country") == "PL"
    # The correction: one item of 49.99 less, its differences negative, the corrected invoice and why.
    assert v(correction, "Corrected invoice") == "FV/2026/01/1"
    assert v(correction, "Reason for correction") == "Zwrot jednej sztuki" and v(correction, "Buyer") == "Łucja Ćwik"
    assert [_money(v(correction, f"{k} 23 % (PLN)")) for k in ("Net", "VAT", "Gross")] == [D("-40.65"), D("-9.34"),
                                                                                        D("-49.99")]
    assert _money(v(correction, "VAT 5 % (PLN)")) == 0
    assert [_money(v(correction, k)) for k in ("Net total (PLN)", "VAT total (PLN)", "Gross total (PLN)")] == [
        D("-40.65"), D("-9.34"), D("-49.99")]
    for r in rows:  # money cells are numbers with two decimals shown
        for name in head[11:27]:
            assert isinstance(v(r, name), (int, float)) and r[col[name]].number_format == MONEY_FORMAT, name
    # Totals row: the sums of the rows above, in PLN; the currencies' own grosses are not added up.
    totals = list(sheet[6])
    assert totals[0].value == "Total" and all(c.font.bold for c in totals)
    assert _money(totals[col["Net 23 % (PLN)"]].value) == D("1000.00") + D("345.62") + D("51.20") - D("40.65")
    assert _money(totals[col["VAT 23 % (PLN)"]].value) == D("230.00") + D("79.50") + D("11.78") - D("9.34")
    assert _money(totals[col["Gross total (PLN)"]].value) == D("1230.00") + D("425.12") + D("62.98") - D("49.99")
    assert totals[col["Gross in the invoice's currency"]].value is None


def test_january_has_two_rates_and_polish_headers(session, shop, tmp_path):
    out = tmp_path / "styczen.xlsx"
    assert export_register(session, out, 2026, 1, lang="pl") == 1
    sheet = _sheet(out)
    assert sheet.title == "Rejestr sprzedaży 2026-01"
    head = [c.value for c in sheet[1]]
    assert head[:5] == ["Numer", "Rodzaj", "Data wystawienia", "Data sprzedaży", "Nabywca"]
    assert "Netto 23 % (PLN)" in head and "Wartość zw (PLN)" in head and "Brutto razem (PLN)" in head
    row = {h: c.value for h, c in zip(head, sheet[2], strict=True)}
    assert row["Rodzaj"] == "Faktura" and row["Zapłacona"] == "nie" and row["Nabywca"] == "Łucja Ćwik"
    # 2 x 49.99 + shipping 12.99 at 23 % (VAT taken out of the gross sum once), 10.00 at 5 %.
    assert [_money(row[f"{k} 23 % (PLN)"]) for k in ("Netto", "VAT", "Brutto")] == [D("91.85"), D("21.12"),
                                                                                 D("112.97")]
    assert [_money(row[f"{k} 5 % (PLN)"]) for k in ("Netto", "VAT", "Brutto")] == [D("9.52"), D("0.48"), D("10.00")]
    assert sheet.cell(3, 1).value == "Razem"


def test_an_empty_month_has_its_header_and_a_zero_total(session, shop, tmp_path):
    out = tmp_path / "march.xlsx"
    assert export_register(session, out, 2026, 3) == 0
    sheet = _sheet(out)
    assert sheet.max_row == 2 and sheet.auto_filter.ref == "A1:AC1"
    assert sheet.cell(2, 1).value == "Total" and sheet.cell(2, 12).value == 0


def test_months_and_file_names():
    assert previous_month(date(2026, 1, 5)) == (2025, 12)
    assert previous_month(date(2026, 3, 31)) == (2026, 2)
    assert parse_month("2026-02") == (2026, 2)
    for bad in ("2026-13", "2026-2", "26-02", "luty", "2026/02", ""):
        with pytest.raises(DomainError, match="is not a month"):
            parse_month(bad)
    assert default_file_name(2026, 2) == "sales-register-2026-02.xlsx"
    assert default_file_name(2026, 2, "pl") == "rejestr-sprzedazy-2026-02.xlsx"
