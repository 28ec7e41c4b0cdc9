"""Read a CSV or XLSX file as a plain table: a header and rows with their file row numbers.

Generic on purpose (orders and products importers both use it):

    table = open_table(path)          # encoding and delimiter detected
    table.header                      # list[str], the first row, stripped
    for row_number, values in table:  # row_number as a spreadsheet shows it (header = row 1)
        ...                           # values: list[str], as long as the header

Real shop exports differ from any documentation, so this module takes them as they are:
- encoding: UTF-8, UTF-8 with a BOM, or a legacy Windows code page (Windows-1250 for Polish Excel),
  told apart by strict UTF-8 decoding first and charset-normalizer after;
- delimiter: `,` `;` or tab, counted in the header line outside quotes (Polish Excel saves `;`);
- quoted fields may hold line breaks (rows are counted as records, the way a spreadsheet shows them);
- XLSX: the first sheet, cell values turned into the text a CSV would hold (dates as ISO text).

Value helpers: `clean()` drops Shopify's spreadsheet guard (`'5901234123457` -> `5901234123457`),
`parse_decimal()` accepts a decimal comma and thousands separators, `parse_int()` whole numbers.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path

from app.core.errors import FileRefused, RowError
from app.core.messages import msg
from app.core.money import parse_decimal, strip_guard

DELIMITERS = (",", ";", "\t")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
# A cell may hold a long HTML product description (Shopify's Body (HTML)); beyond this it is no shop export.
MAX_CELL_BYTES = 8 * 1024 * 1024
csv.field_size_limit(MAX_CELL_BYTES)
# What a whole number in a shop file may be (quantities, stock): SQLite's integers end at 2**63, a shop far sooner.
MAX_WHOLE = 10_000_000
EARLIEST_YEAR, LATEST_YEAR = 1990, 2100


class TableError(ValueError):
    """The file cannot be read as a table at all (empty, not text, a broken XLSX)."""


@dataclass
class Table:
    """A header and an iterator of (row_number, values). Iterating twice reads the rows again."""

    filename: str
    header: list[str]
    kind: str  # "csv" | "xlsx"
    encoding: str = ""
    delimiter: str = ""
    row_estimate: int = 0  # for progress bars: rows after the header, roughly
    _rows: object = field(default=None, repr=False)  # callable returning an iterator of raw rows
    _cut_short: bool = False  # the text does not end with a line break: its last row may be cut
    _open_quote: bool = False  # an odd number of quotes: a quoted value runs to the end of the file

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        """Rows padded to the header's width. A row the reader cannot take (a cell over MAX_CELL_BYTES), a quote
        left open to the end of the file and a last row cut short (the file ends in the middle of a row) refuse
        the whole file naming that row: an importer must not take half a row for a whole one. The last row is
        held back one step, so it is judged before it is given."""
        width = len(self.header)
        rows = iter(self._rows())  # type: ignore[operator]
        number = 1
        last: tuple[int, list[str], int] | None = None  # (row number, padded values, values in the file)
        while True:
            try:
                values = next(rows)
            except StopIteration:
                break
            except csv.Error as exc:
                raise FileRefused(self.filename, [RowError(number + 1, None, _csv_problem(exc))]) from exc
            number += 1
            if not any(values):
                continue  # blank line: a spreadsheet's trailing rows
            if last is not None:
                yield last[0], last[1]
            count = len(values)
            last = (number, list(values) + [""] * (width - count) if count < width else values, count)
        if last is None:
            return
        row, values, count = last
        if self.kind == "csv" and self._open_quote:
            raise FileRefused(self.filename, [RowError(row, None, msg(
                "a quote opened in this row is never closed: the file seems cut off; nothing was imported"))])
        if self.kind == "csv" and self._cut_short and count < width:
            raise FileRefused(self.filename, [RowError(row, None, msg(
                "the file ends in the middle of this row ({values} of {columns} values): it seems cut off; "
                "nothing was imported", values=count, columns=width))])
        yield row, values

    def overlong(self, row: int, values: list[str]) -> RowError | None:
        """A row with more (non-empty) values than the header has columns: its values would land in the wrong
        columns, so an importer refuses it rather than guess (a hand-edited file, a delimiter inside a value)."""
        width = len(self.header)
        if len(values) > width and any(v.strip() for v in values[width:]):
            return RowError(row, None, msg("{values} values, but the header has {columns} columns; the values would "
                                           "land in the wrong columns", values=len(values), columns=width))
        return None

    def column(self, name: str) -> int | None:
        """Index of a column by name (case- and space-insensitive); None when the file has no such column."""
        return column_index(self.header, name)


def column_index(header: list[str], name: str) -> int | None:
    key = _norm(name)
    for i, h in enumerate(header):
        if _norm(h) == key:
            return i
    return None


def _norm(name: str) -> str:
    return " ".join(name.strip().lower().split())


POLISH_LETTERS = frozenset("ąćęłńśźżĄĆĘŁŃŚŹŻ")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (with or without BOM) first; else the Central European code page
    (Windows-1250, what Polish Excel writes, or ISO-8859-2) that yields more Polish letters; else what
    charset-normalizer finds among cp1250/cp1252/iso8859_2.

    The two Polish code pages decode almost any bytes, but put ą, ś, ź on different bytes, so counting the
    Polish letters each decoding gives tells them apart where a statistical detector often cannot.
    """
    if data.startswith(codecs.BOM_UTF8):  # trusted only as far as the bytes after it are UTF-8 (an editor may
        data = data[len(codecs.BOM_UTF8):]  # have put it in front of a Windows-1250 body)
        try:
            return data.decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise TableError(msg("the file begins as UTF-16 text, but its content is not UTF-16")) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    scored: list[tuple[int, str, str]] = []
    for encoding in ("cp1250", "iso8859_2"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((sum(1 for ch in text[:200_000] if ch in POLISH_LETTERS), encoding, text))
    if scored:
        score, encoding, text = max(scored, key=lambda s: s[0])  # ties: cp1250, listed first
        if score:
            return text, encoding
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1250", "cp1252", "iso8859_2"]).best()
    encoding = best.encoding if best is not None else "cp1250"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise TableError(msg("the file is not text in a known encoding")) from exc


def detect_delimiter(text: str) -> str:
    """The delimiter that occurs most often in the header line, outside quotes (default ',')."""
    counts = dict.fromkeys(DELIMITERS, 0)
    in_quotes = False
    for ch in text[:20_000]:
        if ch == '"':
            in_quotes = not in_quotes
        elif not in_quotes:
            if ch in "\r\n":
                break
            if ch in counts:
                counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def open_table(path: str | Path) -> Table:
    """Open a CSV or XLSX file; raises TableError when it is not a table."""
    path = Path(path)
    if path.suffix.lower() in XLSX_SUFFIXES:
        return _open_xlsx(path)
    data = path.read_bytes()
    return table_from_bytes(data, path.name)


def table_from_bytes(data: bytes, filename: str = "") -> Table:
    if data.startswith(b"PK\x03\x04"):
        raise TableError(msg("this is a ZIP/XLSX file; save it with the .xlsx extension"))
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise TableError(msg("the file is empty"))
    delimiter = detect_delimiter(text)

    def rows() -> Iterator[list[str]]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        next(reader, None)
        return reader

    header_reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(header_reader)]
    except csv.Error as exc:
        raise TableError(msg("row 1: {problem}", problem=_csv_problem(exc))) from exc
    return Table(filename, header, "csv", encoding, delimiter, max(text.count("\n") - 1, 0), rows,
                 _cut_short=not text.endswith(("\n", "\r")), _open_quote=text.count('"') % 2 == 1)


def _csv_problem(exc: csv.Error) -> str:
    if "field larger than field limit" in str(exc):
        return msg("a cell is larger than {limit} MB; a shop export has no such cells",
                   limit=MAX_CELL_BYTES // (1024 * 1024))
    return msg("the row cannot be read as CSV ({error})", error=str(exc))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _open_xlsx(path: Path) -> Table:
    """The first sheet. The workbook is opened per pass and closed after it, so the file is not held open
    (Windows would keep it locked while the dialog stays open)."""
    import openpyxl

    def load() -> openpyxl.Workbook:
        try:
            return openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            raise TableError(msg("not a readable XLSX file ({error})", error=exc)) from exc

    book = load()
    try:
        sheet = book.worksheets[0]
        first = next(sheet.iter_rows(values_only=True), None)
        estimate = max((sheet.max_row or 1) - 1, 0)
    finally:
        book.close()
    if first is None:
        raise TableError(msg("the first sheet is empty"))
    header = [_cell_text(v).strip() for v in first]
    while header and not header[-1]:
        header.pop()

    def rows() -> Iterator[list[str]]:
        wb = load()
        try:
            it = wb.worksheets[0].iter_rows(values_only=True)
            next(it, None)
            for values in it:
                yield [_cell_text(v) for v in values[:len(header)]]
        finally:
            wb.close()

    return Table(path.name, header, "xlsx", "", "", estimate, rows)


clean = strip_guard  # cells are read as Shopify writes them: a leading apostrophe guards digits


_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S %z",  # Shopify: 2024-03-05 14:22:11 +0100
    "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y",  # Polish spreadsheets
    "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y",
    "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d",
)


def parse_datetime(text: str, tz: tzinfo) -> datetime:
    """A date or date-time in the usual export forms, as aware UTC; times without a zone are in `tz`."""
    s = clean(text)
    value: datetime | None = None
    try:
        value = datetime.fromisoformat(s)
    except ValueError:
        for fmt in _DATE_FORMATS:
            try:
                value = datetime.strptime(s, fmt)
                break
            except ValueError:
                continue
    if value is None or not EARLIEST_YEAR <= value.year <= LATEST_YEAR:  # '0001-01-01' is a placeholder, no date
        raise ValueError(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    try:
        return value.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError(text) from exc


def parse_int(text: str) -> int:
    """A whole number ('3', '3.0', '3,00') of at most MAX_WHOLE either way; ValueError otherwise."""
    if text.isdigit() and len(text) <= 9:
        value = int(text)
    else:
        number = parse_decimal(text)
        if number != number.to_integral_value():
            raise ValueError(text)
        value = int(number)
    if abs(value) > MAX_WHOLE:
        raise ValueError(text)
    return value
