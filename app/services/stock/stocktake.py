"""Stocktake round trip: export a count sheet, read the counted sheet back, preview the differences, apply them.

The sheet is plain XLSX (SKU, EAN, Name, Location, Expected, Counted) so it can be printed, filled in by hand
and typed in, or filled on a tablet. An empty Counted cell means "not counted" (never zero). Differences
are counted against the stock at the time of applying; a product whose stock moved after the sheet was
exported is named in a warning, because its count may predate or postdate that movement.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import FileRefused, RowError
from app.core.messages import msg
from app.core.xlsx import append_row, new_sheet, save
from app.importers.detect import TableError, clean, open_table, parse_int
from app.models import Product
from app.models.stock import STOCKTAKE
from app.services.stock.ledger import MoveLine, Posted, post_document

HEADER = ["SKU", "EAN", "Name", "Location", "Expected", "Counted"]  # the columns, by their English names
# The sheet in the user's language (a person fills it in by hand). Reading accepts the headers of every language,
# so a sheet exported in English is read back by a Polish station, and the other way round.
HEADERS = {"en": HEADER, "pl": ["SKU", "EAN", "Nazwa", "Lokalizacja", "Oczekiwane", "Policzone"]}
SHEET_NAMES = {"en": "Stocktake", "pl": "Inwentaryzacja"}


def _names(column: str) -> list[str]:
    """The headers a column may have: its English name and the same column in the other languages."""
    i = HEADER.index(column)
    return list(dict.fromkeys(headers[i] for headers in HEADERS.values()))


def export_count_sheet(session: Session, out: str | Path, *, location_prefix: str = "", supplier: str = "",
                       lang: str = "en") -> int:
    """Write the count sheet of active products, in shelf order, its headers in `lang` ('pl' or 'en'); returns
    the number of products."""
    stmt = select(Product.sku, Product.ean, Product.name, Product.location, Product.on_hand).where(Product.active)
    if location_prefix:
        stmt = stmt.where(Product.location.startswith(location_prefix))
    if supplier:
        stmt = stmt.where(Product.supplier == supplier)
    with session.begin():
        rows = session.execute(stmt.order_by(Product.location == "", Product.location, Product.sku)).all()
    book, sheet = new_sheet(SHEET_NAMES.get(lang, SHEET_NAMES["en"]), HEADERS.get(lang, HEADER), [18, 16, 50, 12, 12, 10])
    for sku, ean, name, location, on_hand in rows:
        append_row(sheet, [sku, ean or "", name, location, on_hand, None])
    save(book, out)
    return len(rows)


@dataclass(frozen=True)
class CountDifference:
    row: int
    product_id: int
    sku: str
    name: str
    location: str
    expected: int  # as on the sheet
    on_hand: int  # now
    counted: int

    @property
    def difference(self) -> int:
        return self.counted - self.on_hand


@dataclass(frozen=True)
class StocktakePreview:
    filename: str
    counted: int  # products with a count
    not_counted: int  # rows left empty
    differences: tuple[CountDifference, ...]  # counted != on hand
    warnings: tuple[str, ...]


def _read(session: Session, path: Path) -> tuple[list[tuple[int, str, int, int | None]], int, dict[str, str]]:
    """Rows (row, sku, counted, expected) and the columns' headers as the file names them, with every problem named
    by row and column; FileRefused on any error."""
    try:
        table = open_table(path)
    except (TableError, OSError) as exc:
        raise FileRefused(path.name, [RowError(None, None, str(exc))]) from exc
    errors: list[RowError] = []
    ix: dict[str, int | None] = {}
    shown: dict[str, str] = {}  # each column by the header the file gives it (errors name it as the user sees it)
    for name in HEADER:
        found = [(table.column(h), h) for h in _names(name) if table.column(h) is not None]
        ix[name], shown[name] = found[0] if found else (None, " / ".join(_names(name)))
    for name in ("SKU", "Counted"):
        if ix[name] is None:
            errors.append(RowError(1, shown[name], msg("column missing; export a fresh count sheet to see the "
                                                       "expected columns")))
    if errors:
        raise FileRefused(path.name, errors)
    out: list[tuple[int, str, int, int | None]] = []
    seen: dict[str, int] = {}
    empty = 0
    for row, values in table:
        sku = clean(values[ix["SKU"]])
        counted_text = clean(values[ix["Counted"]])
        if not sku:
            if counted_text:
                errors.append(RowError(row, shown["SKU"], msg("empty, but the row has a count")))
            continue
        if not counted_text:
            empty += 1
            continue
        try:
            counted = parse_int(counted_text)
        except ValueError:
            errors.append(RowError(row, shown["Counted"], msg("'{value}' is not a whole number", value=counted_text)))
            continue
        if counted < 0:
            errors.append(RowError(row, shown["Counted"], msg("{counted} is below zero", counted=counted)))
            continue
        if sku.lower() in seen:
            errors.append(RowError(row, shown["SKU"], msg("{sku} is counted again (first on row {first_row}); add the "
                                                   "counts up in one row", sku=sku, first_row=seen[sku.lower()])))
            continue
        seen[sku.lower()] = row
        expected = None
        if ix["Expected"] is not None:
            try:
                expected = parse_int(clean(values[ix["Expected"]]))
            except ValueError:
                expected = None
        out.append((row, sku, counted, expected))
    known = _products(session)
    for row, sku, _, _ in out:
        if sku.lower() not in known:
            errors.append(RowError(row, shown["SKU"], msg("no product with SKU {sku}", sku=sku)))
    if errors:
        # In sheet order: the user walks the sheet top to bottom fixing them.
        raise FileRefused(path.name, sorted(errors, key=lambda e: e.row or 0))
    return out, empty, shown


def _products(session: Session) -> dict[str, tuple]:
    """Every product as plain columns by lower-case SKU (a whole shop's sheet is more SKUs than an IN list takes)."""
    cols = (Product.id, Product.sku, Product.name, Product.location, Product.on_hand)
    return {r[1].lower(): r for r in session.execute(select(*cols)).all()}


def _differences(session: Session, path: Path) -> StocktakePreview:
    rows, empty, shown = _read(session, path)
    warnings: list[str] = []
    products = _products(session)
    diffs = []
    for row, sku, counted, expected in rows:
        pid, sku, name, location, on_hand = products[sku.lower()]
        if expected is not None and expected != on_hand:
            warnings.append(str(RowError(row, shown["Expected"], msg(
                "the stock of {sku} moved since the sheet was exported ({expected} then, {on_hand} now); the "
                "difference is counted against now", sku=sku, expected=expected, on_hand=on_hand))))
        if counted != on_hand:
            diffs.append(CountDifference(row, pid, sku, name, location, on_hand if expected is None else expected,
                                         on_hand, counted))
    return StocktakePreview(path.name, len(rows), empty, tuple(diffs), tuple(warnings))


def preview_stocktake(session: Session, path: str | Path) -> StocktakePreview:
    with session.begin():
        return _differences(session, Path(path))


def apply_stocktake(session: Session, path: str | Path, who: str, note: str = "") -> Posted | None:
    """One stocktake (INW) document with a movement per difference; None when every count matched."""
    path = Path(path)
    with session.begin():
        preview = _differences(session, path)
        if not preview.differences:
            return None
        lines = [MoveLine(d.product_id, d.difference, note=msg("Counted {counted}, was {on_hand}", counted=d.counted,
                                                                    on_hand=d.on_hand))
                 for d in preview.differences]
        return post_document(session, STOCKTAKE, lines, who, note=note or msg("Stocktake from {file}", file=path.name))
