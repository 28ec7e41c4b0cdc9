"""Correction invoices (FA(3) KOR): by hand, or from a return.

An invoice and its corrections form one chain (each correction points at the document it corrects; the
database allows one correction per document, so the chain never forks). A new correction always corrects the
LATEST document of the chain, whichever of them the user picked: its "before" lines are that document's lines
as they stand (an invoice's lines, or the previous correction's "after" lines), its "after" lines the new state
in full. The correction's amounts are the differences (after - before), per rate and in total, each side
computed as a whole invoice is (app.services.invoicing.amounts, with the original's method and exchange rate),
so the original plus every difference always equals the invoice as it now stands, to the grosz, and correcting
back to the original state nets out to zero.

A correction states only the lines it changes (each before and after, FA(3) StanPrzed); its per-rate sums and
totals are the differences of the whole states, so a rate no changed line has is left out (its difference is
exactly 0). A line keeps its position from state to state; a line taken off entirely stays with quantity 0 (the
document shows it went from n to 0). New lines take new positions.

Kinds (FA(3) TypKorekty): 1 in the original's period (an error: a wrong price or rate), 2 in the correction's
period (a return or a discount granted afterwards, art. 29a ust. 13: the default for returns), 3 another date.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.core.shop_time import shop_today
from app.db import take_write_lock
from app.models import Invoice, InvoiceLine, Order, OrderEvent
from app.services.invoicing import numbering
from app.services.invoicing.amounts import (
    GROSS,
    ZERO,
    Amounts,
    LineIn,
    LineOut,
    compute,
    difference,
    percent,
    summarise,
)
from app.services.invoicing.data import KOR
from app.services.invoicing.records import LineText, search_text, seller_snapshot, store_invoice
from app.services.invoicing.settings import missing_for_invoice, read_settings

KINDS = (1, 2, 3)
REASON_MAX = 256  # FA(3) PrzyczynaKorekty


@dataclass(frozen=True)
class CorrectionLine:
    """A line of an invoice's state: the unit price is the invoice's method's (gross for an invoice computed from
    gross, net for one computed from net)."""

    position: int
    name: str
    quantity: Decimal
    unit_price: Decimal
    rate: str
    sku: str = ""
    unit: str = "szt."


@dataclass(frozen=True)
class CorrectionStart:
    """What a correction starts from: the latest document of the chain and the invoice's lines as they stand
    after it (every line, changed by earlier corrections or not)."""

    invoice_id: int  # the document a new correction corrects
    number: str
    method: str
    currency: str
    lines: tuple[CorrectionLine, ...]


def _latest(session: Session, invoice: Invoice) -> Invoice:
    while True:
        later = session.scalar(select(Invoice).where(Invoice.corrected_invoice_id == invoice.id))
        if later is None:
            return invoice
        invoice = later


def _chain_ids(session: Session, latest: Invoice) -> list[int]:
    """The chain's documents from the original invoice to `latest`."""
    ids = [latest.id]
    corrected = latest.corrected_invoice_id
    while corrected is not None:
        ids.append(corrected)
        corrected = session.scalar(select(Invoice.corrected_invoice_id).where(Invoice.id == corrected))
    return ids[::-1]


def _state(session: Session, latest: Invoice) -> tuple[CorrectionLine, ...]:
    """The lines as they stand after `latest`: the original's lines, each correction's "after" lines put in
    their positions in turn (a correction states only the lines it changes)."""
    ids = _chain_ids(session, latest)
    order = {invoice_id: i for i, invoice_id in enumerate(ids)}
    rows = session.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id.in_(ids),
                                                     InvoiceLine.before.is_(False))).all()
    state: dict[int, CorrectionLine] = {}
    for r in sorted(rows, key=lambda r: (order[r.invoice_id], r.position, r.id)):
        price = r.unit_gross if latest.method == GROSS else r.unit_net
        state[r.position] = CorrectionLine(r.position, r.name, r.quantity, price or ZERO, r.rate, r.sku, r.unit)
    return tuple(state[p] for p in sorted(state))


def _start(session: Session, invoice_id: int) -> tuple[Invoice, CorrectionStart]:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFound(msg("Invoice {id} does not exist.", id=invoice_id))
    latest = _latest(session, invoice)
    return latest, CorrectionStart(latest.id, latest.number, latest.method, latest.currency,
                                   _state(session, latest))


def correction_start(session: Session, invoice_id: int) -> CorrectionStart:
    """The lines a correction of this invoice (of its chain's latest document) starts from, for the form."""
    with session.begin():
        return _start(session, invoice_id)[1]


def value_lines(lines: Sequence[CorrectionLine], method: str, exchange_rate: Decimal | None) -> Amounts:
    """A state's amounts as a whole invoice's: each line valued by the method (a line of quantity 0 is worth 0),
    then the per-rate summary."""
    valued: list[LineOut] = []
    for line in lines:
        if line.quantity < 0 or line.unit_price < 0:
            raise DomainError(msg("Line {position}: the quantity and the price cannot be below 0.",
                                  position=line.position))
        if line.quantity == 0:
            unit_net, unit_gross = (None, line.unit_price) if method == GROSS else (line.unit_price, None)
            percent(line.rate)  # an unknown rate is refused all the same
            valued.append(LineOut(line.quantity, unit_net, unit_gross, line.rate, ZERO, ZERO, ZERO))
        else:
            valued.extend(compute([LineIn(line.quantity, line.unit_price, line.rate)], method).lines)
    return summarise(valued, method, exchange_rate)


def _check_after(before: Sequence[CorrectionLine], after: Sequence[CorrectionLine]) -> list[CorrectionLine]:
    positions = [line.position for line in after]
    if len(set(positions)) != len(positions):
        raise DomainError(msg("A correction's lines must have different positions."))
    missing = sorted({line.position for line in before} - set(positions))
    if missing:
        raise DomainError(msg("The correction leaves out line {position}; give it with quantity 0 to take it off.",
                              position=missing[0]))
    if any(line.position < 1 for line in after):
        raise DomainError(msg("A line's position starts at 1."))
    if any(not line.name.strip() for line in after):
        raise DomainError(msg("Every line of a correction needs a name."))
    after = sorted(after, key=lambda line: line.position)
    if list(before) == after:
        raise DomainError(msg("The correction changes nothing."))
    return after


def _correct(session: Session, invoice_id: int, after_lines: Sequence[CorrectionLine], reason: str, who: str,
             kind: int, issue_date: date | None) -> int:
    take_write_lock(session)  # SQLite: the chain cannot move before the correction is written
    reason = reason.strip()
    if not reason:
        raise DomainError(msg("A correction needs its reason."))
    if len(reason) > REASON_MAX:
        raise DomainError(msg("The reason of a correction may be at most 256 characters long."))
    if kind not in KINDS:
        raise DomainError(msg("The kind of a correction is 1, 2 or 3, not {kind}.", kind=kind))
    corrected, start = _start(session, invoice_id)
    after = _check_after(start.lines, after_lines)
    settings = read_settings(session)
    missing = missing_for_invoice(settings)
    if missing:
        raise DomainError(msg("Fill in the seller's data in the invoice settings first: {missing}.",
                              missing=", ".join(missing)))
    issued = issue_date or shop_today()
    if issued > shop_today():
        raise DomainError(msg("An invoice cannot be dated in the future ({date}).", date=issued.isoformat()))
    if issued < corrected.issue_date:
        raise DomainError(msg("A correction cannot be dated before the invoice it corrects ({date}).",
                              date=corrected.issue_date.isoformat()))
    rate = corrected.exchange_rate
    before_amounts = value_lines(start.lines, corrected.method, rate)
    after_amounts = value_lines(after, corrected.method, rate)
    diff = difference(before_amounts, after_amounts)
    exempt = any(line.rate == "zw" for line in after)
    basis = corrected.exemption_basis or (settings.exemption_basis if exempt else "")
    if exempt and not basis:
        raise DomainError(msg("The correction has an exempt (zw) line: fill in the legal basis of the exemption "
                              "in the invoice settings first."))

    series = numbering.default_series(session, KOR)
    number = numbering.take_number(session, series, issued)
    order_number = session.scalar(select(Order.number).where(Order.id == corrected.order_id)) \
        if corrected.order_id is not None else None
    invoice = Invoice(
        number=number, series_id=series.id, kind=KOR, order_id=corrected.order_id,
        corrected_invoice_id=corrected.id, correction_reason=reason, correction_kind=kind, issue_date=issued,
        sale_date=corrected.sale_date, place=settings.place_of_issue or settings.city, currency=corrected.currency,
        exchange_rate=rate, exchange_rate_date=corrected.exchange_rate_date,
        exchange_table=corrected.exchange_table, **seller_snapshot(settings),
        buyer_name=corrected.buyer_name, buyer_nip=corrected.buyer_nip, buyer_street=corrected.buyer_street,
        buyer_postal_code=corrected.buyer_postal_code, buyer_city=corrected.buyer_city,
        buyer_country=corrected.buyer_country, method=corrected.method, payment_form=corrected.payment_form,
        due_date=None, paid=False, paid_date=None, cash_accounting=corrected.cash_accounting,
        split_payment=corrected.split_payment, exemption_basis=basis,
        who=who, search_text=search_text(number, corrected.number, corrected.buyer_name, corrected.buyer_nip,
                                         order_number))
    # The document states the lines it changes, before and after; its sums are the whole states' differences.
    before_by = {line.position: (line, valued) for line, valued in zip(start.lines, before_amounts.lines,
                                                                       strict=True)}
    changed = [(line, valued) for line, valued in zip(after, after_amounts.lines, strict=True)
               if line.position not in before_by or before_by[line.position][0] != line]
    rows = [(LineText(line.position, line.name, line.sku, line.unit), before_by[line.position][1], True)
            for line, _ in changed if line.position in before_by]
    rows += [(LineText(line.position, line.name, line.sku, line.unit), valued, False) for line, valued in changed]
    touched = {v.rate for _, v, _ in rows}
    diff = replace(diff, rates=tuple(r for r in diff.rates if r.rate in touched or r.net or r.vat or r.gross))
    invoice_id = store_invoice(session, invoice, rows, diff)
    if corrected.order_id is not None:
        session.add(OrderEvent(order_id=corrected.order_id, kind="note", who=who,
                               why=msg("Correction {invoice} of invoice {corrected} issued: {reason}",
                                       invoice=number, corrected=corrected.number, reason=reason)))
    return invoice_id


def start_within(session: Session, invoice_id: int) -> CorrectionStart:
    """`correction_start` inside the caller's transaction: a complaint's remedy plans its correction in the same
    transaction that writes it with the case's update."""
    return _start(session, invoice_id)[1]


def correct_within(session: Session, invoice_id: int, after_lines: Sequence[CorrectionLine], reason: str, who: str,
                   *, kind: int = 1, issue_date: date | None = None) -> int:
    """`correct_invoice` inside the caller's transaction (which it locks for writing), so a complaint's correction
    and the case that points at it are written together or not at all."""
    return _correct(session, invoice_id, after_lines, reason, who, kind, issue_date)


def correct_invoice(session: Session, invoice_id: int, after_lines: Sequence[CorrectionLine], reason: str,
                    who: str, *, kind: int = 1, issue_date: date | None = None) -> int:
    """Issue a correction of the invoice's chain (its latest document) whose lines after are `after_lines` (the
    whole new state: every line of `correction_start`, changed or not; quantity 0 takes a line off). Returns the
    correction's id. See the module's note."""
    with session.begin():
        return _correct(session, invoice_id, after_lines, reason, who, kind, issue_date)


def correct_from_return(session: Session, invoice_id: int, returned: Mapping[int, Decimal | int], reason: str,
                        who: str, *, kind: int = 2, issue_date: date | None = None) -> int:
    """A correction for goods that came back: {position: quantity returned} of the chain's latest state. A
    quantity above what the line still has is refused. Kind 2 by default: a return lowers the tax base when the
    correction is issued (art. 29a ust. 13)."""
    with session.begin():
        take_write_lock(session)
        start = _start(session, invoice_id)[1]
        by_position = {line.position: line for line in start.lines}
        for position, quantity in returned.items():
            if position not in by_position:
                raise DomainError(msg("Invoice {number} has no line {position}.", number=start.number,
                                      position=position))
            line = by_position[position]
            quantity = Decimal(quantity)
            if quantity <= 0 or quantity > line.quantity:
                raise DomainError(msg("Line {position} ({name}) has {have} left on the invoice; {returned} cannot "
                                      "be returned.", position=position, name=line.name,
                                      have=_plain(line.quantity), returned=_plain(quantity)))
            by_position[position] = CorrectionLine(line.position, line.name, line.quantity - quantity,
                                                   line.unit_price, line.rate, line.sku, line.unit)
        after = [by_position[p] for p in sorted(by_position)]
        return _correct(session, invoice_id, after, reason, who, kind, issue_date)


def _plain(quantity: Decimal) -> str:
    """3.000 -> 3, 1.500 -> 1.5."""
    return f"{quantity.normalize():f}"
