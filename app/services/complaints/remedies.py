"""What follows from a complaint's decision (issue 16, "Working a case"), each as one action in one transaction:
goods back to stock or written off, a correction invoice, a refund, a free replacement order, a claim at the
supplier. Each writes its effect, points it at the case, adds an "action" entry to the case's timeline and returns
the Changes it made, or writes nothing at all.

Goods that come back are first received (ZW, on hand up); the damaged ones are then written off (RW, on hand down),
so on hand ends where the shelf is: units never on the shelf again do not take stock below what is there. Both
documents carry the case (stock_document.complaint_id), and `zaplecze check` proves per case and product that the
ZW units are restocked + written off and the RW units are written off.

Which actions a case offers follows from its decision: a withdrawal (a return) is refunded unless rejected; a
complaint follows its accepted remedy (refund or price reduction: correction and refund; replacement: a new order).
Goods may be taken back and a supplier claim opened whatever the decision, as long as the case is not closed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.core.money import CENT
from app.core.shop_time import shop_day
from app.models import Invoice, Order, OrderEvent, StockDocument
from app.models.base import utcnow
from app.models.complaint import (
    ACCEPTED,
    AT_SUPPLIER,
    CLOSED,
    MONEY_REMEDIES,
    OPEN_STATUSES,
    REFUND_METHODS,
    REJECTED,
    WITHDRAWAL,
    Complaint,
    ComplaintEvent,
    ComplaintLine,
    Refund,
    SupplierClaim,
)
from app.models.stock import RETURN, WRITE_OFF
from app.services.complaints.data import CaseLineInfo, RefundInfo, SupplierClaimInfo
from app.services.complaints.deadlines import DeadlineKind, deadline
from app.services.complaints.labels import REFUND_METHOD, label
from app.services.complaints.statuses import check_move
from app.services.invoicing.amounts import GROSS
from app.services.invoicing.correcting import CorrectionLine, correct_within, start_within
from app.services.invoicing.issuing import SHIPPING_NAME
from app.services.orders import lifecycle
from app.services.orders.data import AddressData, LineInput, OrderInput
from app.services.orders.editing import add_order
from app.services.orders.status import apply_status
from app.services.stock.ledger import MoveLine, post_document

REFUND, PRICE_REDUCTION, REPLACEMENT = "refund", "price_reduction", "replacement"
ZERO = Decimal("0.00")


# --- reading: what the remedy panel shows and offers -------------------------------------------------------------

@dataclass(frozen=True)
class StockDocInfo:
    kind: str  # ZW | RW
    number: str


@dataclass(frozen=True)
class RemedyState:
    """A case's remedies as the panel shows them: what was done (documents' numbers) and what may be done now."""

    case_id: int
    number: str
    kind: str
    status: str
    remedy: str | None  # what the decision calls for (a withdrawal: refund), None when nothing
    invoice_number: str | None  # the order's invoice, None: none issued
    correction_number: str | None
    replacement_number: str | None
    documents: tuple[StockDocInfo, ...]
    lines: tuple[CaseLineInfo, ...]
    refunds: tuple[RefundInfo, ...]
    claims: tuple[SupplierClaimInfo, ...]
    supplier: str
    refund_due: date  # what record_refund takes when no day is given (u.p.k. art. 32; a complaint: 14 days)
    can_take_back: bool
    can_correct: bool
    can_refund: bool
    can_replace: bool
    can_claim: bool


@dataclass(frozen=True)
class PlannedLine:
    """A line of the planned correction: its position, name, quantity and unit price before and after."""

    position: int
    name: str
    quantity_before: Decimal
    quantity_after: Decimal
    price_before: Decimal
    price_after: Decimal


@dataclass(frozen=True)
class CorrectionPlan:
    """What `issue_correction` would issue: the corrected document and the lines it changes."""

    invoice_id: int
    invoice_number: str
    reason: str
    lines: tuple[PlannedLine, ...]


def _remedy(case: Complaint) -> str | None:
    """What the decision calls for: a withdrawal is a refund unless rejected (or decided otherwise); a complaint
    its accepted remedy."""
    if case.decision == REJECTED:
        return None
    if case.kind == WITHDRAWAL:
        return case.remedy or REFUND
    return case.remedy if case.decision == ACCEPTED else None


def _load(session: Session, case_id: int) -> Complaint:
    case = session.get(Complaint, case_id)
    if case is None:
        raise NotFound(msg("Case #{id} does not exist.", id=case_id))
    return case


def _open(session: Session, case_id: int) -> Complaint:
    case = _load(session, case_id)
    if case.status == CLOSED:
        raise DomainError(msg("Case {number} is closed; nothing more follows from it.", number=case.number))
    return case


def _event(case: Complaint, who: str, text: str) -> None:
    case.events.append(ComplaintEvent(kind="action", who=who, text=text))


def _invoice_id(session: Session, case: Complaint) -> int | None:
    if case.order_id is None:
        return None
    return session.scalar(select(Invoice.id).where(Invoice.order_id == case.order_id, Invoice.kind == "VAT"))


def _left(line: ComplaintLine) -> int:
    return line.quantity - line.restocked - line.written_off


def _refunded(session: Session, case: Complaint, *, paid_only: bool = False) -> Decimal:
    """What the order's cases (this one and any other) have refunded or owe back so far."""
    cases = [case.id] if case.order_id is None else select(Complaint.id).where(Complaint.order_id == case.order_id)
    query = select(func.coalesce(func.sum(Refund.amount), 0)).where(Refund.complaint_id.in_(cases))
    if paid_only:
        query = query.where(Refund.paid_on.is_not(None))
    return Decimal(str(session.scalar(query))).quantize(CENT)


def _refund_due(case: Complaint, today: date | None) -> date:
    if case.kind == WITHDRAWAL:
        return case.due_on
    return deadline(DeadlineKind.REFUND, today or shop_day(utcnow())).due


def remedy_state(session: Session, case_id: int, today: date | None = None) -> RemedyState:
    """The panel's content, read in one transaction."""
    with session.begin():
        case = _load(session, case_id)
        remedy = _remedy(case)
        invoice_id = _invoice_id(session, case)
        number_of = {}
        for inv_id in (invoice_id, case.correction_invoice_id):
            if inv_id is not None:
                number_of[inv_id] = session.scalar(select(Invoice.number).where(Invoice.id == inv_id))
        replacement = session.scalar(select(Order.number).where(Order.id == case.replacement_order_id)) \
            if case.replacement_order_id else None
        docs = tuple(StockDocInfo(k, n) for k, n in session.execute(
            select(StockDocument.kind, StockDocument.number).where(StockDocument.complaint_id == case.id)
            .order_by(StockDocument.id)))
        lines = tuple(CaseLineInfo(ln.id, ln.order_line_id, ln.product_id, ln.sku, ln.name, ln.quantity,
                                   ln.unit_price, ln.restocked, ln.written_off) for ln in case.lines)
        refunds = tuple(RefundInfo(r.id, r.goods, r.shipping, r.amount, r.currency, r.method, r.due_on, r.paid_on)
                        for r in case.refunds)
        claims = tuple(SupplierClaimInfo(c.id, c.supplier, c.sent_on, c.answer, c.answered_on, c.credit,
                                         c.credit_received_on) for c in case.supplier_claims)
        is_open = case.status != CLOSED
        money_remedy = remedy in MONEY_REMEDIES
        return RemedyState(
            case_id=case.id, number=case.number, kind=case.kind, status=case.status, remedy=remedy,
            invoice_number=number_of.get(invoice_id) if invoice_id else None,
            correction_number=number_of.get(case.correction_invoice_id) if case.correction_invoice_id else None,
            replacement_number=replacement, documents=docs, lines=lines, refunds=refunds, claims=claims,
            supplier=case.supplier, refund_due=_refund_due(case, today),
            can_take_back=is_open and any(ln.product_id is not None and _left(ln) > 0 for ln in case.lines),
            can_correct=is_open and money_remedy and invoice_id is not None and case.correction_invoice_id is None,
            can_refund=is_open and money_remedy and not case.refunds,
            can_replace=is_open and remedy == REPLACEMENT and case.order_id is not None
            and case.replacement_order_id is None,
            can_claim=is_open)


# --- goods back ----------------------------------------------------------------------------------------------------

def take_back_goods(session: Session, case_id: int, quantities: Mapping[int, tuple[int, int]], who: str) -> Changes:
    """The goods of the case came back: {complaint line id: (units back to stock, units written off)}. All the
    units are received (ZW), the damaged ones then written off (RW); see the module's note."""
    with session.begin():
        case = _open(session, case_id)
        lines = {ln.id: ln for ln in case.lines}
        wanted = {line_id: q for line_id, q in quantities.items() if q[0] or q[1]}
        if not wanted:
            raise DomainError(msg("Give how many units go back to stock or are written off."))
        unknown = sorted(set(wanted) - set(lines))
        if unknown:
            raise NotFound(msg("Case {number} has no line #{line}.", number=case.number, line=unknown[0]))
        no_product = [lines[i].name or lines[i].sku for i in wanted if lines[i].product_id is None]
        if no_product:
            raise DomainError(msg("These lines are not products of the catalogue, so their stock cannot change: "
                                  "{lines}.", lines=", ".join(no_product)))
        received: dict[int, int] = {}
        damaged: dict[int, int] = {}
        for line_id, (to_stock, off) in wanted.items():
            line = lines[line_id]
            if to_stock < 0 or off < 0:
                raise DomainError(msg("Line {name}: the quantities cannot be below 0.", name=line.name or line.sku))
            if to_stock + off > _left(line):
                raise DomainError(msg("Line {name}: {left} left to take back; {asked} cannot be taken back.",
                                      name=line.name or line.sku, left=_left(line), asked=to_stock + off))
            line.restocked += to_stock
            line.written_off += off
            received[line.product_id] = received.get(line.product_id, 0) + to_stock + off
            if off:
                damaged[line.product_id] = damaged.get(line.product_id, 0) + off
        zw = post_document(session, RETURN, [MoveLine(p, q) for p, q in received.items()], who,
                           order_id=case.order_id, complaint_id=case.id,
                           note=msg("Goods back from case {number}", number=case.number))
        numbers, changes = [zw.number], zw.changes
        if damaged:
            rw = post_document(session, WRITE_OFF, [MoveLine(p, -q) for p, q in damaged.items()], who,
                               order_id=case.order_id, complaint_id=case.id,
                               note=msg("Damaged, from case {number}", number=case.number))
            numbers.append(rw.number)
            changes |= rw.changes
        _event(case, who, msg("Goods taken back: {restocked} to stock, {written_off} written off ({documents}).",
                              restocked=sum(q[0] for q in wanted.values()),
                              written_off=sum(q[1] for q in wanted.values()), documents=", ".join(numbers)))
        orders = [case.order_id] if case.order_id else []
    return changes | Changes(complaints=frozenset([case_id]), orders=frozenset(orders))


# --- correction invoice --------------------------------------------------------------------------------------------

def _same_goods(line: ComplaintLine, invoice_line: CorrectionLine) -> bool:
    if line.sku:
        return invoice_line.sku == line.sku
    return invoice_line.name == line.name


def _spread(total: Decimal, units: int) -> list[Decimal]:
    """A reduction per unit, to the grosz, the first units taking the odd grosze (they add up to `total`)."""
    grosze = int((total / CENT).to_integral_value())
    base, extra = divmod(grosze, units)
    return [(base + (1 if i < extra else 0)) * CENT for i in range(units)]


def _plan(session: Session, case: Complaint, reason: str | None, reduction: Decimal | None
          ) -> tuple[int, str, list[CorrectionLine], list[CorrectionLine]]:
    """(invoice id, reason, lines before, lines after) of the case's correction, or a refusal naming why."""
    remedy = _remedy(case)
    if remedy not in MONEY_REMEDIES:
        raise DomainError(msg("Case {number}: a correction invoice follows a refund or a price reduction only.",
                              number=case.number))
    if case.correction_invoice_id is not None:
        raise DomainError(msg("Case {number} already has its correction invoice.", number=case.number))
    if case.order_id is None:
        raise DomainError(msg("Case {number} has no order, so there is no invoice to correct.", number=case.number))
    invoice_id = _invoice_id(session, case)
    if invoice_id is None:
        number = session.scalar(select(Order.number).where(Order.id == case.order_id))
        raise DomainError(msg("Order {order} has no invoice, so there is nothing to correct.", order=number))
    start = start_within(session, invoice_id)
    before = list(start.lines)
    after = {line.position: line for line in before}
    # Each case line taken from the invoice's lines of the same goods, in their order (a discount may have split one).
    taken: list[tuple[ComplaintLine, int, int]] = []  # (case line, position, units)
    for line in case.lines:
        need = line.quantity
        for inv in before:
            if need and _same_goods(line, inv) and after[inv.position].quantity > 0:
                units = min(need, int(after[inv.position].quantity))
                taken.append((line, inv.position, units))
                after[inv.position] = CorrectionLine(inv.position, inv.name, after[inv.position].quantity - units,
                                                     inv.unit_price, inv.rate, inv.sku, inv.unit)
                need -= units
        if need:
            raise DomainError(msg("Invoice {invoice} has no line left for {name}.", invoice=start.number,
                                  name=line.name or line.sku))
    if remedy == REFUND:
        if case.kind == WITHDRAWAL:  # u.p.k. art. 32 ust. 1: the delivery is refunded too
            for inv in before:
                if inv.name == SHIPPING_NAME and not inv.sku and inv.quantity > 0:
                    after[inv.position] = CorrectionLine(inv.position, inv.name, Decimal(0), inv.unit_price,
                                                         inv.rate, inv.sku, inv.unit)
        default = (f"Odstąpienie od umowy, zwrot towaru ({case.number})" if case.kind == WITHDRAWAL
                   else f"Reklamacja {case.number}: zwrot towaru")
    else:
        after = _reduced(case, start.number, start.method, before, taken, reduction)
        default = f"Reklamacja {case.number}: obniżenie ceny"
    lines = [after[p] for p in sorted(after)]
    return invoice_id, (reason or default).strip(), before, lines


def _reduced(case: Complaint, invoice: str, method: str, before: list[CorrectionLine],
             taken: list[tuple[ComplaintLine, int, int]], reduction: Decimal | None) -> dict[int, CorrectionLine]:
    """The invoice's lines after a price reduction of the case's units: the reduction spread over them to the
    grosz; a line whose units are not all reduced by the same amount keeps the rest and the reduced units go to
    new positions (as a return's correction takes units off a line)."""
    if reduction is None or reduction <= 0:
        raise DomainError(msg("Give the amount of the price reduction."))
    if method != GROSS:
        raise DomainError(msg("Invoice {invoice} is computed from net prices; correct its prices by hand in the "
                              "Invoices tab.", invoice=invoice))
    units = sum(u for _, _, u in taken)
    per_unit = iter(_spread(Decimal(reduction).quantize(CENT), units))
    by_position = {line.position: line for line in before}
    cuts: dict[int, list[Decimal]] = {}
    for _, position, count in taken:
        cuts.setdefault(position, []).extend(next(per_unit) for _ in range(count))
    after = dict(by_position)
    next_position = max(by_position) + 1
    for position, cut in cuts.items():
        inv = by_position[position]
        if max(cut) > inv.unit_price:
            raise DomainError(msg("The reduction is larger than the price of {name}.", name=inv.name))
        groups: dict[Decimal, int] = {}
        for c in cut:
            groups[c] = groups.get(c, 0) + 1
        if len(groups) == 1 and len(cut) == inv.quantity:
            after[position] = CorrectionLine(position, inv.name, inv.quantity, inv.unit_price - cut[0], inv.rate,
                                             inv.sku, inv.unit)
            continue
        after[position] = CorrectionLine(position, inv.name, inv.quantity - len(cut), inv.unit_price, inv.rate,
                                         inv.sku, inv.unit)
        for c, count in sorted(groups.items(), reverse=True):
            after[next_position] = CorrectionLine(next_position, inv.name, Decimal(count), inv.unit_price - c,
                                                  inv.rate, inv.sku, inv.unit)
            next_position += 1
    return after


def correction_plan(session: Session, case_id: int, *, reduction: Decimal | None = None,
                    reason: str | None = None) -> CorrectionPlan:
    """What the correction would be, for the confirmation (nothing is written)."""
    with session.begin():
        case = _open(session, case_id)
        invoice_id, why, before, after = _plan(session, case, reason, reduction)
        number = session.scalar(select(Invoice.number).where(Invoice.id == invoice_id))
        old = {line.position: line for line in before}
        planned = []
        for line in after:
            was = old.get(line.position)
            if was == line:
                continue
            planned.append(PlannedLine(line.position, line.name, was.quantity if was else Decimal(0),
                                       line.quantity, was.unit_price if was else line.unit_price, line.unit_price))
        return CorrectionPlan(invoice_id, number, why, tuple(planned))


def issue_correction(session: Session, case_id: int, who: str, *, reason: str | None = None,
                     reduction: Decimal | None = None) -> Changes:
    """The correction invoice of the order's invoice (its chain's latest document) for the case's lines: units
    returned (a withdrawal: the shipping line too), or their price reduced by `reduction` (gross). The reason is
    printed on the correction, a Polish document: by default it names the case in Polish."""
    with session.begin():
        case = _open(session, case_id)
        _, why, _, after = _plan(session, case, reason, reduction)
        invoice_id = _invoice_id(session, case)
        correction = correct_within(session, invoice_id, after, why, who, kind=2)
        case.correction_invoice_id = correction
        number = session.scalar(select(Invoice.number).where(Invoice.id == correction))
        _event(case, who, msg("Correction invoice {invoice} issued.", invoice=number))
        order_id = case.order_id
    return Changes(complaints=frozenset([case_id]), orders=frozenset([order_id]),
                   invoices=frozenset([invoice_id, correction]))


# --- refund --------------------------------------------------------------------------------------------------------

def default_refund(session: Session, case_id: int) -> tuple[Decimal, Decimal]:
    """(goods, shipping) to prefill: the lines' prices x quantities (a price reduction: what its correction took
    off, when issued), and for a withdrawal the order's original shipping cost (u.p.k. art. 32 ust. 1); together
    never more than is left of the order's payment (a discount on the order lowers what its lines were paid)."""
    with session.begin():
        case = _load(session, case_id)
        shipping = ZERO
        if case.kind == WITHDRAWAL and case.order_id is not None:
            shipping = session.scalar(select(Order.shipping_cost).where(Order.id == case.order_id)) or ZERO
        if _remedy(case) == PRICE_REDUCTION:
            gross = session.scalar(select(Invoice.gross).where(Invoice.id == case.correction_invoice_id)) \
                if case.correction_invoice_id else None
            return (-gross if gross is not None and gross < 0 else ZERO).quantize(CENT), shipping.quantize(CENT)
        goods = sum((ln.unit_price * ln.quantity for ln in case.lines), ZERO)
        if case.order_id is not None:  # the order's discount: never propose more than is left of its payment
            total = session.scalar(select(Order.total).where(Order.id == case.order_id)) or ZERO
            left = max(total - _refunded(session, case), ZERO)
            shipping = min(shipping, left)
            goods = min(goods, left - shipping)
        return goods.quantize(CENT), shipping.quantize(CENT)


def record_refund(session: Session, case_id: int, who: str, *, goods: Decimal, shipping: Decimal | None = None,
                  method: str = "transfer", due_on: date | None = None, today: date | None = None) -> Changes:
    """Money owed back: goods + shipping. For a withdrawal the shipping defaults to the order's original cost and
    the due day to the case's (14 days from the statement, u.p.k. art. 32); otherwise 14 days from today. Refused:
    a negative amount, nothing, or more than the order's total less what its cases refunded already."""
    with session.begin():
        case = _open(session, case_id)
        if _remedy(case) not in MONEY_REMEDIES:
            raise DomainError(msg("Case {number}: a refund follows a withdrawal, a refund or a price reduction only.",
                                  number=case.number))
        if method not in REFUND_METHODS:
            raise DomainError(msg("Unknown refund method '{method}'.", method=method))
        order = session.get(Order, case.order_id) if case.order_id is not None else None
        if shipping is None:
            shipping = order.shipping_cost if order is not None and case.kind == WITHDRAWAL else ZERO
        goods, shipping = Decimal(goods).quantize(CENT), Decimal(shipping).quantize(CENT)
        if goods < 0 or shipping < 0:
            raise DomainError(msg("A refund cannot be below 0."))
        amount = goods + shipping
        if amount == 0:
            raise DomainError(msg("The refund is 0; nothing to record."))
        if order is not None:
            left = order.total - _refunded(session, case)
            if amount > left:
                raise DomainError(msg("A refund of {amount} is more than is left of order {order}'s payment "
                                      "({left}).", amount=amount, order=order.number, left=left))
        due_on = due_on or _refund_due(case, today)
        currency = order.currency if order is not None else "PLN"
        case.refunds.append(Refund(goods=goods, shipping=shipping, amount=amount, currency=currency, method=method,
                                   due_on=due_on, who=who))
        _event(case, who, msg("Refund of {amount} {currency} recorded ({method}), due {due_on}.", amount=amount,
                              currency=currency, method=label(REFUND_METHOD, method), due_on=due_on.isoformat()))
    return Changes(complaints=frozenset([case_id]))


def mark_refund_paid(session: Session, refund_id: int, paid_on: date, who: str) -> Changes:
    """The refund went out. The order's payment becomes refunded (all of its total paid back) or partially
    refunded, with an entry in the order's history."""
    with session.begin():
        refund = session.get(Refund, refund_id)
        if refund is None:
            raise NotFound(msg("Refund #{id} does not exist.", id=refund_id))
        case = _load(session, refund.complaint_id)
        if refund.paid_on is not None:
            raise DomainError(msg("This refund was paid on {paid_on} already.", paid_on=refund.paid_on.isoformat()))
        refund.paid_on = paid_on
        session.flush()
        _event(case, who, msg("Refund of {amount} {currency} paid on {paid_on}.", amount=refund.amount,
                              currency=refund.currency, paid_on=paid_on.isoformat()))
        orders: list[int] = []
        if case.order_id is not None:
            order = session.get(Order, case.order_id)
            status = "refunded" if _refunded(session, case, paid_only=True) >= order.total else "partially_refunded"
            if order.payment_status != status:
                why = msg("Payment: {old_status} -> {new_status}", old_status=order.payment_status, new_status=status)
                order.payment_status = status
                order.updated_at = order.locally_changed_at = utcnow()
                order.events.append(OrderEvent(kind="edit", who=who, why=why))
            orders.append(order.id)
    return Changes(complaints=frozenset([case.id]), orders=frozenset(orders))


# --- replacement ---------------------------------------------------------------------------------------------------

def create_replacement_order(session: Session, case_id: int, who: str) -> Changes:
    """A free order of the case's goods (0.00 each, no shipping cost) to the same customer and address, verified in
    the same transaction so it goes to packing with its stock reserved; refused whole when it cannot (no stock)."""
    with session.begin():
        case = _open(session, case_id)
        if _remedy(case) != REPLACEMENT:
            raise DomainError(msg("Case {number}: a replacement order follows an accepted replacement only.",
                                  number=case.number))
        if case.replacement_order_id is not None:
            raise DomainError(msg("Case {number} already has its replacement order.", number=case.number))
        original = session.get(Order, case.order_id) if case.order_id is not None else None
        if original is None or original.shipping_address is None:
            raise DomainError(msg("Case {number} has no order to take the shipping address from.",
                                  number=case.number))
        no_product = [ln.name or ln.sku for ln in case.lines if ln.product_id is None]
        if no_product:
            raise DomainError(msg("These lines are not products of the catalogue, so they cannot be sent again: "
                                  "{lines}.", lines=", ".join(no_product)))
        rates = {ln.id: ln.vat_rate for ln in original.lines}
        a = original.shipping_address
        data = OrderInput(
            customer_name=original.customer_name, email=original.email or "", phone=original.phone or "",
            shipping_address=AddressData(a.name, a.company or "", a.street, a.postal_code, a.city, a.country,
                                         a.phone or ""),
            lines=tuple(LineInput(quantity=ln.quantity, unit_price=ZERO, product_id=ln.product_id, sku=ln.sku,
                                  name=ln.name, vat_rate=rates.get(ln.order_line_id, "23")) for ln in case.lines),
            shipping_method=original.shipping_method, shipping_cost=ZERO, payment_method="prepaid",
            payment_status="paid", internal_note=f"Wymiana w ramach reklamacji {case.number}")
        order = add_order(session, data, who)
        if original.customer is not None:  # the same customer, not a new one as for an order typed by hand
            made, order.customer = order.customer, original.customer
            session.delete(made)
        order.duplicate_ok = True  # a second order to the same buyer on purpose
        session.flush()
        changes = apply_status(session, order, lifecycle.READY, who, msg("Replacement for case {number}",
                                                                         number=case.number))
        case.replacement_order_id = order.id
        _event(case, who, msg("Replacement order {order} created for packing.", order=order.number))
    return changes | Changes(complaints=frozenset([case_id]), orders=frozenset([original.id, order.id]))


# --- supplier claim ------------------------------------------------------------------------------------------------

def open_supplier_claim(session: Session, case_id: int, who: str, *, supplier: str | None = None,
                        sent_on: date) -> Changes:
    """The shop claims the defect at its supplier (by default the case's supplier); an open case waits there."""
    with session.begin():
        case = _open(session, case_id)
        name = (supplier if supplier is not None else case.supplier).strip()
        if not name:
            raise DomainError(msg("Name the supplier the claim goes to."))
        case.supplier_claims.append(SupplierClaim(supplier=name, sent_on=sent_on, who=who))
        if case.status in OPEN_STATUSES and case.status != AT_SUPPLIER:
            check_move(case.number, case.status, AT_SUPPLIER)
            case.events.append(ComplaintEvent(kind="status", from_status=case.status, to_status=AT_SUPPLIER, who=who,
                                              text=msg("Claim sent to the supplier")))
            case.status = AT_SUPPLIER
        _event(case, who, msg("Claim sent to supplier {supplier} on {sent_on}.", supplier=name,
                              sent_on=sent_on.isoformat()))
    return Changes(complaints=frozenset([case_id]))


def _claim(session: Session, claim_id: int) -> tuple[SupplierClaim, Complaint]:
    claim = session.get(SupplierClaim, claim_id)
    if claim is None:
        raise NotFound(msg("Supplier claim #{id} does not exist.", id=claim_id))
    return claim, _load(session, claim.complaint_id)


def record_supplier_answer(session: Session, claim_id: int, answer: str, answered_on: date, who: str) -> Changes:
    """What the supplier answered, and when."""
    with session.begin():
        claim, case = _claim(session, claim_id)
        if not answer.strip():
            raise DomainError(msg("The supplier's answer is empty."))
        if answered_on < claim.sent_on:
            raise DomainError(msg("The answer cannot come before the claim was sent ({sent_on}).",
                                  sent_on=claim.sent_on.isoformat()))
        claim.answer, claim.answered_on = answer.strip(), answered_on
        _event(case, who, msg("Supplier {supplier} answered on {answered_on}: {answer}", supplier=claim.supplier,
                              answered_on=answered_on.isoformat(), answer=claim.answer))
    return Changes(complaints=frozenset([case.id]))


def record_supplier_credit(session: Session, claim_id: int, credit: Decimal, received_on: date, who: str) -> Changes:
    """The supplier's credit (a credit note or money) received for the claim."""
    with session.begin():
        claim, case = _claim(session, claim_id)
        credit = Decimal(credit).quantize(CENT)
        if credit <= 0:
            raise DomainError(msg("The credit must be more than 0."))
        if claim.credit is not None:
            raise DomainError(msg("The credit of this claim was recorded already."))
        claim.credit, claim.credit_received_on = credit, received_on
        _event(case, who, msg("Credit of {credit} received from supplier {supplier} on {received_on}.", credit=credit,
                              supplier=claim.supplier, received_on=received_on.isoformat()))
    return Changes(complaints=frozenset([case.id]))
