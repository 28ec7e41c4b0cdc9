"""Small helpers for the XLSX sheets the stock work writes (count sheets, order sheets, stock export)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter


def new_sheet(title: str, header: list[str], widths: list[int]) -> tuple[Workbook, object]:
    """A workbook with one sheet: a bold, frozen header row and sensible column widths."""
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    return book, sheet


MONEY_FORMAT = "#,##0.00"


def _formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith("=")


def as_texts(sheet, values: list) -> list:
    """The same rule for a write-only sheet (rows are appended once, cells cannot be changed afterwards): a text
    starting with '=' goes in as a text cell (a buyer named '=1+1', an imported '=HYPERLINK(...)')."""
    out = []
    for value in values:
        if _formula_like(value):
            value = WriteOnlyCell(sheet, value=value)
            value.data_type = "s"
        out.append(value)
    return out


def append_row(sheet, values: list, money: tuple[int, ...] = ()) -> None:
    """Append a row whose texts stay texts: openpyxl writes a string starting with '=' as a formula, so a product
    named '=== Promo ===' would make Excel call the file corrupt, and reading the sheet back gives no value.
    Cells at the `money` positions (0-based) show two decimals (29.9 reads 29.90)."""
    sheet.append(values)
    for i, cell in enumerate(sheet[sheet.max_row]):
        if _formula_like(cell.value):
            cell.data_type = "s"
        elif i in money and cell.value is not None:
            cell.number_format = MONEY_FORMAT


def save(book: Workbook, out: str | Path) -> Path:
    """Save through a temporary name, so a half-written file never replaces a good one."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    book.save(tmp)
    tmp.replace(out)
    return out
