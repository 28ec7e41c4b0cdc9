"""The station's scan logic: pure and fast, over plain data (no session, no Qt), called once per scan.

A scan is a code (an item's EAN, its SKU, or its pack's own EAN) with an optional quantity prefix (`5*` then the
code). It ticks units on the order's lines, or is refused with the reason, and then nothing is ticked. Each call
returns a new `PackState` (immutable: undo is the previous step) and the `Verdict` the station shows and sounds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from app.core.messages import msg

TICKED = "ticked"
UNDONE = "undone"
UNKNOWN = "unknown"  # no product has the code
WRONG_ITEM = "wrong_item"  # a product of the shop, not on this order
TOO_MANY = "too_many"  # on the order, but more than ordered
BAD_QUANTITY = "bad_quantity"  # "0*...", "x*...", a prefix and no code
EMPTY = "empty"
NOTHING_TO_UNDO = "nothing_to_undo"
SHELF = "shelf"  # location-first: the shelf's code was scanned; its items come next
WRONG_SHELF = "wrong_shelf"  # location-first: an item of the order, but not from the shelf scanned

# Refusals counted as wrong scans caught (the pack log).
WRONG_SCANS = frozenset({UNKNOWN, WRONG_ITEM, TOO_MANY})
MAX_QUANTITY = 999
_EXPECTED_SHOWN = 3


@dataclass(frozen=True)
class PackLine:
    """One line of the order at the station."""

    product_id: int | None
    sku: str
    ean: str | None
    pack_ean: str | None
    pack_quantity: int | None
    name: str
    location: str
    ordered: int
    scanned: int = 0

    @property
    def complete(self) -> bool:
        return self.scanned >= self.ordered

    @property
    def left(self) -> int:
        return max(self.ordered - self.scanned, 0)


@dataclass(frozen=True)
class Verdict:
    kind: str
    code: str = ""
    # Units ticked (or untouched by an undo); the first line they went to (index into the lines).
    quantity: int = 0
    line: int | None = None
    # English (msg), shown translated: why a scan was refused, or what was ticked.
    message: str = ""
    complete: bool = False

    @property
    def ok(self) -> bool:
        return self.kind in (TICKED, UNDONE, SHELF)


@dataclass(frozen=True)
class PackState:
    lines: tuple[PackLine, ...]
    # Each accepted scan: the (line index, units) it ticked, so undo takes exactly that back.
    history: tuple[tuple[tuple[int, int], ...], ...] = ()
    wrong_scans: int = 0
    scans: int = 0
    # Location-first picking: a shelf's code is scanned, then the items from it; `shelf` is the one scanned last.
    location_first: bool = False
    shelf: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.lines) and all(line.complete for line in self.lines)

    @property
    def units(self) -> int:
        return sum(line.scanned for line in self.lines)


def start(lines: tuple[PackLine, ...] | list[PackLine], *, location_first: bool = False) -> PackState:
    return PackState(tuple(lines), location_first=location_first)


def next_shelf(state: PackState) -> str:
    """Location-first: the shelf to go to next (bin order of the lines still to pack), "" when none is left."""
    shelves = sorted({line.location for line in state.lines if not line.complete and line.location},
                     key=str.casefold)
    return shelves[0] if shelves else ""


def _shelf_scan(state: PackState, code: str) -> tuple[PackState, Verdict] | None:
    """A scan of a shelf's code that has lines still to pack; None when the code is no such shelf."""
    key = code.strip().casefold()
    lines = [line for line in state.lines if line.location and line.location.casefold() == key]
    if not lines:
        return None
    shelf = lines[0].location
    left = [line for line in lines if not line.complete]
    if not left:
        return state, Verdict(WRONG_SHELF, code=code, complete=state.complete, message=msg(
            "Shelf {shelf}: everything from it is packed. Next: {next}.", shelf=shelf,
            next=next_shelf(state) or msg("nothing more: the order is complete")))
    return replace(state, shelf=shelf), Verdict(SHELF, code=code, complete=state.complete, message=msg(
        "Shelf {shelf}: take {items}.", shelf=shelf, items=", ".join(
            f"{line.left} x {_describe(line)}" for line in left)))


def parse_scan(text: str) -> tuple[int | None, str]:
    """(quantity, code): "5*5901234123457" -> (5, "5901234123457"); no prefix -> 1; a bad prefix -> None."""
    text = text.strip()
    if "*" not in text:
        return 1, text
    head, _, code = text.partition("*")
    head, code = head.strip(), code.strip()
    if not head.isdigit() or not 0 < int(head) <= MAX_QUANTITY or not code:
        return None, code
    return int(head), code


def _digits_key(code: str) -> str:
    """GTINs compare without leading zeros: a UPC-A read as EAN-13 (or a GTIN-14 with a 0 in front) is one code."""
    return code.lstrip("0") if code.isdigit() else code.casefold()


def _describe(line: PackLine) -> str:
    return f"{line.name} ({line.sku})" if line.sku else line.name


def _expected(lines: tuple[PackLine, ...]) -> str:
    left = [_describe(line) for line in lines if not line.complete]
    if not left:
        return msg("nothing more: the order is complete")
    if len(left) > _EXPECTED_SHOWN:
        return msg("{items} and {count} more", items=", ".join(left[:_EXPECTED_SHOWN]),
                   count=len(left) - _EXPECTED_SHOWN)
    return ", ".join(left)


def _matches(lines: tuple[PackLine, ...], code: str) -> tuple[list[int], int]:
    """The lines the code is for and the units one scan of it is (the pack quantity for a pack EAN)."""
    key = _digits_key(code)
    hits: list[int] = []
    per_scan = 1
    for i, line in enumerate(lines):
        if line.ean and _digits_key(line.ean) == key or line.sku and line.sku.casefold() == code.casefold():
            hits.append(i)
        elif line.pack_ean and _digits_key(line.pack_ean) == key and (line.pack_quantity or 0) > 0:
            hits.append(i)
            per_scan = line.pack_quantity or 1
    return hits, per_scan


def _refuse(state: PackState, kind: str, code: str, message: str) -> tuple[PackState, Verdict]:
    counted = replace(state, wrong_scans=state.wrong_scans + 1) if kind in WRONG_SCANS else state
    return counted, Verdict(kind, code=code, message=message, complete=state.complete)


def scan(state: PackState, text: str, lookup: Callable[[str], str | None] | None = None) -> tuple[PackState, Verdict]:
    """Apply one scan. `lookup(code)` names a product of the shop that has the code (or None), so a wrong item is
    told apart from an unknown code; without it every code not on the order is unknown."""
    quantity, code = parse_scan(text)
    if not code:
        return state, Verdict(EMPTY, complete=state.complete)
    if quantity is None:
        return _refuse(state, BAD_QUANTITY, code, msg(
            "'{text}' is no quantity and code: type the quantity (1 to {max}), *, then scan.", text=text.strip(),
            max=MAX_QUANTITY))
    if state.location_first and quantity == 1 and "*" not in text:
        shelf = _shelf_scan(state, code)
        if shelf is not None:
            return shelf
    hits, per_scan = _matches(state.lines, code)
    if hits and state.location_first:
        placed = [i for i in hits if not state.lines[i].location or state.lines[i].location == state.shelf]
        if not placed:
            where = state.lines[hits[0]].location
            if not state.shelf:
                text_ = msg("Scan the shelf first: {item} is on shelf {location}.", item=_describe(state.lines[hits[0]]),
                            location=where)
            else:
                text_ = msg("{item} is on shelf {location}, not {shelf}: scan shelf {location} first.",
                            item=_describe(state.lines[hits[0]]), location=where, shelf=state.shelf)
            return state, Verdict(WRONG_SHELF, code=code, message=text_, complete=state.complete)
        hits = placed
    if not hits:
        name = lookup(code) if lookup else None
        if name:
            return _refuse(state, WRONG_ITEM, code, msg("Wrong item: {scanned} is not on this order. Expected: "
                                                        "{expected}.", scanned=name, expected=_expected(state.lines)))
        return _refuse(state, UNKNOWN, code, msg("Unknown code {code}. Expected: {expected}.", code=code,
                                                 expected=_expected(state.lines)))
    units = quantity * per_scan
    room = sum(state.lines[i].left for i in hits)
    first = state.lines[hits[0]]
    if units > room:
        scanned = sum(state.lines[i].scanned for i in hits)
        ordered = sum(state.lines[i].ordered for i in hits)
        if units == 1:
            text_ = msg("One too many: {item} is complete ({ordered} of {ordered}).", item=_describe(first),
                        ordered=ordered)
        else:
            text_ = msg("Too many: {units} of {item} scanned, {left} left to pack ({scanned} of {ordered} done).",
                        units=units, item=_describe(first), left=room, scanned=scanned, ordered=ordered)
        return _refuse(state, TOO_MANY, code, text_)
    lines = list(state.lines)
    step: list[tuple[int, int]] = []
    rest = units
    for i in hits:
        take = min(rest, lines[i].left)
        if take:
            lines[i] = replace(lines[i], scanned=lines[i].scanned + take)
            step.append((i, take))
            rest -= take
        if not rest:
            break
    new = replace(state, lines=tuple(lines), history=state.history + (tuple(step),), scans=state.scans + 1)
    line = lines[step[0][0]]
    return new, Verdict(TICKED, code=code, quantity=units, line=step[0][0], complete=new.complete,
                        message=msg("{item}: {scanned} of {ordered}", item=_describe(line), scanned=line.scanned,
                                    ordered=line.ordered))


def undo(state: PackState) -> tuple[PackState, Verdict]:
    """Take back the last accepted scan (refusals ticked nothing, so there is nothing of theirs to undo)."""
    if not state.history:
        return state, Verdict(NOTHING_TO_UNDO, message=msg("Nothing to undo."), complete=state.complete)
    lines = list(state.lines)
    step = state.history[-1]
    for i, n in step:
        lines[i] = replace(lines[i], scanned=lines[i].scanned - n)
    new = replace(state, lines=tuple(lines), history=state.history[:-1])
    line = lines[step[0][0]]
    units = sum(n for _, n in step)
    return new, Verdict(UNDONE, quantity=units, line=step[0][0], complete=new.complete,
                        message=msg("Undone: {units} x {item}", units=units, item=_describe(line)))
