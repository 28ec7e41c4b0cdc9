"""Reading tables the way shops export them: encodings, delimiters, quoted line breaks, XLSX, value parsing."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.importers.detect import (
    TableError,
    clean,
    decode_bytes,
    detect_delimiter,
    open_table,
    parse_datetime,
    parse_decimal,
    parse_int,
    table_from_bytes,
)

WARSAW = ZoneInfo("Europe/Warsaw")
POLISH = "Nazwa;Miasto;Cena\nŻółta łódź;Łódź;12,50\nZażółć gęślą jaźń;Gdańsk;7,00\n"


def test_utf8_with_bom_loses_the_bom_from_the_first_header():
    table = table_from_bytes(codecs.BOM_UTF8 + b"Name,Email\n#1001,a@b.pl\n", "x.csv")
    assert table.encoding == "utf-8-sig"
    assert table.header == ["Name", "Email"]
    assert table.column("name") == 0
    assert list(table) == [(2, ["#1001", "a@b.pl"])]


def test_windows_1250_polish_letters_are_read_right():
    data = POLISH.encode("cp1250")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    table = table_from_bytes(data, "pl.csv")
    assert table.encoding == "cp1250"
    assert table.delimiter == ";"
    rows = list(table)
    assert rows[0] == (2, ["Żółta łódź", "Łódź", "12,50"])
    assert rows[1][1][0] == "Zażółć gęślą jaźń"
    assert "ą" in rows[1][1][0] and "ł" in rows[0][1][0] and "ż" in rows[1][1][0]


def test_iso_8859_2_is_told_from_windows_1250_by_the_polish_letters():
    text, enc = decode_bytes(POLISH.encode("iso8859_2"))
    assert (enc, text) == ("iso8859_2", POLISH)
    text, enc = decode_bytes(POLISH.encode("cp1250"))
    assert (enc, text) == ("cp1250", POLISH)


def test_a_western_code_page_without_polish_letters_goes_to_charset_normalizer():
    text, _enc = decode_bytes("Name;City\nMüller;Köln\nGarçon;Besançon\n".encode("cp1252"))
    assert "Müller" in text and "Köln" in text and "Garçon" in text


def test_plain_utf8_is_not_mistaken_for_a_code_page():
    text, enc = decode_bytes(POLISH.encode("utf-8"))
    assert enc == "utf-8" and text == POLISH


@pytest.mark.parametrize(("text", "expected"), [
    ("a,b,c\n1,2,3\n", ","),
    ("a;b;c\n1,5;2,5;3\n", ";"),
    ("a\tb\tc\n1\t2\t3\n", "\t"),
    ('"x;y",b,c\n1,2,3\n', ","),  # a delimiter inside quotes does not count
    ("only\n1\n", ","),
])
def test_delimiter_is_counted_in_the_header_outside_quotes(text, expected):
    assert detect_delimiter(text) == expected


def test_quoted_line_breaks_keep_row_numbers_as_a_spreadsheet_shows_them():
    data = b'Name,Notes,Total\n#1,"first line\nsecond line",10.00\n#2,plain,5.00\n\n'
    rows = list(table_from_bytes(data, "n.csv"))
    assert rows[0] == (2, ["#1", "first line\nsecond line", "10.00"])
    assert rows[1][0] == 3  # the record after a multi-line field is still the sheet's row 3
    assert len(rows) == 2  # the blank trailing line is no row


def test_short_rows_are_padded_to_the_header():
    rows = list(table_from_bytes(b"a,b,c\n1\n", "s.csv"))
    assert rows == [(2, ["1", "", ""])]


def test_empty_and_zip_files_are_refused(tmp_path):
    with pytest.raises(TableError, match="empty"):
        table_from_bytes(b"  \n", "e.csv")
    with pytest.raises(TableError, match="XLSX"):
        table_from_bytes(b"PK\x03\x04rest", "x.csv")
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    with pytest.raises(TableError, match="XLSX"):
        open_table(tmp_path / "bad.xlsx")


def test_xlsx_cells_become_the_text_a_csv_would_hold(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Order", "Date", "Qty", "Price", "Empty"])
    sheet.append(["A-1", datetime(2026, 11, 2, 10, 15), 2, 39.99, None])
    sheet.append([None, None, None, None, None])
    sheet.append(["A-2", datetime(2026, 11, 3), 1.0, 12.5, None])
    path = tmp_path / "orders.xlsx"
    book.save(path)
    table = open_table(path)
    assert table.kind == "xlsx"
    assert table.header == ["Order", "Date", "Qty", "Price", "Empty"]
    assert list(table) == [(2, ["A-1", "2026-11-02 10:15:00", "2", "39.99", ""]),
                           (4, ["A-2", "2026-11-03 00:00:00", "1", "12.5", ""])]
    fds = Path("/proc/self/fd")
    if fds.exists():  # the workbook is closed after each pass (Windows would keep the file locked)
        open_files = {str(p.resolve()) for p in fds.iterdir() if p.exists()}
        assert str(path.resolve()) not in open_files


def test_shopify_apostrophe_guard_is_stripped_only_before_numbers():
    assert clean("'5901234123457") == "5901234123457"
    assert clean(" '00-950 ") == "00-950"
    assert clean("'+48 600 100 200") == "+48 600 100 200"
    assert clean("'t Hooft") == "'t Hooft"
    assert clean("'") == "'"


@pytest.mark.parametrize(("text", "value"), [
    ("12.50", "12.50"), ("12,50", "12.50"), ("1 234,56", "1234.56"), ("1\u00a0234,56", "1234.56"),
    ("1.234,56", "1234.56"), ("1,234.56", "1234.56"), ("1,234,567", "1234567"), ("'39.99", "39.99"),
    ("-5,5", "-5.5"), ("12,50 zł", "12.50"), ("0", "0"), ("1.234.567", "1234567"), ("1.234.567,89", "1234567.89"),
    ("-1,234.50", "-1234.50"),
])
def test_decimal_comma_and_thousands_are_accepted(text, value):
    assert parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "12,3x", "1.2.3,4,5", "NaN", "Infinity",
                                  # thousands separators only between groups of three: a typo is no number
                                  "12,3,4", "1,23,456", "1.5,3", "12,34.5", "1,2345.00", "1.2.3"])
def test_no_number_is_refused(text):
    with pytest.raises(ValueError):
        parse_decimal(text)


def test_whole_numbers():
    assert parse_int("3") == 3
    assert parse_int("3,00") == 3
    with pytest.raises(ValueError):
        parse_int("2,5")


def test_dates_in_shopify_and_polish_forms_become_utc():
    assert parse_datetime("2026-11-02 09:15:02 +0100", WARSAW) == datetime(2026, 11, 2, 8, 15, 2, tzinfo=UTC)
    assert parse_datetime("02.11.2026 10:15", WARSAW) == datetime(2026, 11, 2, 9, 15, tzinfo=UTC)
    assert parse_datetime("2026-07-01", WARSAW) == datetime(2026, 6, 30, 22, 0, tzinfo=UTC)  # summer time
    with pytest.raises(ValueError):
        parse_datetime("yesterday", WARSAW)
