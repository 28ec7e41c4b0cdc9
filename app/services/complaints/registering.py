"""Registering a complaint or a return (issue 16, "Registering"): the order found from what the user typed or a
scanner read off the returned box, or a customer found by search; the periods left (liability, withdrawal,
guarantee) shown while the case is typed; and the case written in one transaction with its number, its legal
due date (app.services.complaints.deadlines, never counted here), the customer's data as a snapshot, and copies
of the photos and files the customer sent.

A case number is "REK/YYYY/NNNN", continuous per year of the day received. It is taken under the database's
write lock (SQLite) and written under the number's unique constraint in a savepoint, so two stations registering
at once get consecutive numbers; on PostgreSQL, where the lock is a no-op, a clash is retried with the next one.
"""

from __future__ import annotations

import calendar
import re
import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.config import data_dir
from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.db import take_write_lock
from app.models import Customer, Order, OrderEvent, OrderLine, Parcel, Product, Shipment
from app.models.base import utcnow
from app.models.complaint import (
    CHANNELS,
    DEMANDS,
    GUARANTEE,
    KINDS,
    LIABILITY,
    NEW,
    REASONS,
    WITHDRAWAL,
    Complaint,
    ComplaintEvent,
    ComplaintFile,
    ComplaintLine,
)
from app.services.complaints import deadlines as dl
from app.services.complaints.data import (
    CaseInput,
    CustomerHit,
    OrderForCase,
    OrderLineChoice,
    PeriodLeft,
    Registered,
    WarrantyInfo,
)
from app.services.complaints.labels import CHANNEL, KIND, label

FOLDER = "complaints"
_NUMBER_TRIES = 5


# --- the order ----------------------------------------------------------------------------------------------------

def find_order_for_case(session: Session, text: str) -> OrderForCase:
    """The order named by what was typed or scanned: its number (the packing slip's Code 128), its shop's own
    number, or a tracking number (the parcel's label, or the order's own), any case, spaces ignored."""
    code = text.strip()
    if not code:
        raise DomainError(msg("Type or scan an order number or a tracking number."))
    upper, squeezed = code.upper(), "".join(code.split()).upper()
    with session.begin():
        found = session.scalar(select(Order.id).where(func.upper(Order.number) == upper).limit(1))
        if found is None:
            found = session.scalar(select(Order.id).where(Order.external_number == code.lstrip("#")).limit(1))
        if found is None:
            found = session.scalar(select(Order.id).where(func.upper(Order.tracking_number) == squeezed).limit(1))
        if found is None:
            found = session.scalar(select(Shipment.order_id).join(Parcel, Parcel.shipment_id == Shipment.id)
                                   .where(func.upper(Parcel.tracking_number) == squeezed).limit(1))
        if found is None:
            raise NotFound(msg("No order and no parcel has the number '{number}'.", number=code))
        return _order_for_case(session, found)


def order_for_case(session: Session, order_id: int) -> OrderForCase:
    """What the registration window shows of an order: its lines with how many are already in other cases, the
    days it was shipped and delivered (the shop's days), the numbers of its earlier cases."""
    with session.begin():
        return _order_for_case(session, order_id)


def _status_day(session: Session, order_id: int, status: str) -> date | None:
    """The shop day of the order's latest move to `status`."""
    at = session.scalar(select(OrderEvent.at).where(OrderEvent.order_id == order_id, OrderEvent.to_status == status)
                        .order_by(OrderEvent.at.desc(), OrderEvent.id.desc()).limit(1))
    return dl.shop_day(at) if at is not None else None


def _order_days(session: Session, order_id: int) -> tuple[date | None, date | None]:
    """(shipped, delivered) of an order; shipped falls back to the day its shipment was made."""
    shipped = _status_day(session, order_id, "shipped")
    if shipped is None:
        made = session.scalar(select(Shipment.created_at).where(Shipment.order_id == order_id))
        shipped = dl.shop_day(made) if made is not None else None
    return shipped, _status_day(session, order_id, "delivered")


def _in_cases(session: Session, line_ids: list[int]) -> dict[int, int]:
    if not line_ids:
        return {}
    rows = session.execute(select(ComplaintLine.order_line_id, func.sum(ComplaintLine.quantity))
                           .where(ComplaintLine.order_line_id.in_(line_ids))
                           .group_by(ComplaintLine.order_line_id)).all()
    return {lid: int(n or 0) for lid, n in rows}


def _one_line(order: Order) -> str:
    address = order.shipping_address or order.billing_address
    return address.one_line() if address is not None else ""


def _order_for_case(session: Session, order_id: int) -> OrderForCase:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(msg("The order no longer exists."))
    used = _in_cases(session, [line.id for line in order.lines])
    lines = tuple(OrderLineChoice(line.id, line.product_id, line.sku, line.name, line.quantity, line.unit_price,
                                  used.get(line.id, 0), line.product.guarantee_months if line.product else None)
                  for line in order.lines)
    shipped, delivered = _order_days(session, order_id)
    cases = tuple(session.scalars(select(Complaint.number).where(Complaint.order_id == order_id)
                                  .order_by(Complaint.id)).all())
    return OrderForCase(order.id, order.number, order.status, order.customer_id, order.customer_name, order.email,
                        order.phone, _one_line(order), order.currency, order.shipping_cost, shipped, delivered,
                        lines, cases)


# --- customers ----------------------------------------------------------------------------------------------------

def _digits(text: str) -> str:
    """A phone number's digits, without Poland's +48 / 0048 in front."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("0048") and len(digits) == 13:
        digits = digits[4:]
    elif digits.startswith("48") and len(digits) == 11:
        digits = digits[2:]
    return digits


def _plain_phone(column):
    """The column without the separators people type in phone numbers (SQL that runs on SQLite and PostgreSQL)."""
    for sign in (" ", "-", "(", ")", "."):
        column = func.replace(column, sign, "")
    return column


def find_customers(session: Session, text: str, limit: int = 20) -> list[CustomerHit]:
    """Customers whose name, e-mail, phone or company holds `text` (a phone matches by its digits, spaces and +48
    ignored), found in the customer table and in orders' buyer data; each with their latest orders. An order
    with no customer record is found through its order number instead (find_order_for_case)."""
    text = text.strip()
    if len(text) < 2:
        return []
    like = f"%{text.lower()}%"
    digits = _digits(text)
    with session.begin():
        customer_terms = [func.lower(Customer.name).like(like), func.lower(Customer.email).like(like),
                          func.lower(Customer.company).like(like)]
        order_terms = [func.lower(Order.customer_name).like(like), func.lower(Order.email).like(like)]
        if len(digits) >= 3:
            customer_terms.append(_plain_phone(Customer.phone).like(f"%{digits}%"))
            order_terms.append(_plain_phone(Order.phone).like(f"%{digits}%"))
        ids = list(session.scalars(select(Customer.id).where(or_(*customer_terms)).order_by(Customer.id.desc())
                                   .limit(limit)).all())
        if len(ids) < limit:
            more = session.scalars(select(Order.customer_id).where(Order.customer_id.is_not(None), or_(*order_terms))
                                   .group_by(Order.customer_id).order_by(func.max(Order.id).desc())
                                   .limit(limit)).all()
            ids += [i for i in more if i not in ids][:limit - len(ids)]
        hits = []
        for customer in session.scalars(select(Customer).where(Customer.id.in_(ids))).all():
            orders = session.execute(select(Order.id, Order.number).where(Order.customer_id == customer.id)
                                     .order_by(Order.created_at.desc(), Order.id.desc()).limit(10)).all()
            hits.append(CustomerHit(customer.id, customer.name, customer.email, customer.phone,
                                    tuple((oid, number) for oid, number in orders)))
        order = {cid: n for n, cid in enumerate(ids)}
        return sorted(hits, key=lambda h: order[h.customer_id])


# --- periods ------------------------------------------------------------------------------------------------------

def add_months(start: date, months: int) -> date:
    """A guarantee of n months ends on the day matching the start by date, or the month's last day when that
    month has no such day; a guarantee is the guarantor's promise, so the day is not moved."""
    month0 = start.month - 1 + months
    year, month = start.year + month0 // 12, month0 % 12 + 1
    return start.replace(year=year, month=month, day=min(start.day, calendar.monthrange(year, month)[1]))


def _left(due: date, estimated: bool, day: date) -> PeriodLeft:
    return PeriodLeft(due, (due - day).days, estimated)


def _periods(session: Session, product_ids, received_on: date, delivered: date | None,
             shipped: date | None) -> WarrantyInfo:
    start, estimated = (delivered, False) if delivered is not None else (shipped, True)
    if start is None:
        return WarrantyInfo(None, None, (), False)
    liability = dl.deadline_from_delivery(dl.DeadlineKind.LIABILITY, delivered, shipped)
    withdrawal = dl.deadline_from_delivery(dl.DeadlineKind.WITHDRAWAL, delivered, shipped)
    guarantees = []
    ids = [p for p in dict.fromkeys(product_ids) if p is not None]
    if ids:
        rows = session.execute(select(Product.id, Product.name, Product.guarantee_months)
                               .where(Product.id.in_(ids))).all()
        by_id = {pid: (name, months) for pid, name, months in rows}
        for pid in ids:
            name, months = by_id.get(pid, ("", None))
            if months:
                guarantees.append((name, _left(add_months(start, months), estimated, received_on)))
    return WarrantyInfo(_left(liability.due, liability.estimated, received_on),
                        _left(withdrawal.due, withdrawal.estimated, received_on), tuple(guarantees),
                        delivered is not None)


def warranty_info(session: Session, order_id: int | None, product_ids, received_on: date,
                  delivered_on: date | None) -> WarrantyInfo:
    """How much of the liability period (2 years) and of the withdrawal window (14 days) is left on the day the
    case was received, counted from delivery (typed, or the order's), or estimated from the shipping day when
    delivery is unknown; and each product's guarantee (its months on the product card, from the same day)."""
    with session.begin():
        shipped = None
        if order_id is not None:
            shipped, delivered = _order_days(session, order_id)
            delivered_on = delivered_on or delivered
        return _periods(session, product_ids, received_on, delivered_on, shipped)


# --- registering --------------------------------------------------------------------------------------------------

def case_folder(number: str, files_root: Path | None = None) -> Path:
    """Where a case's files are kept: <data folder>/complaints/REK-2026-0001/."""
    return (files_root or data_dir()) / FOLDER / number.replace("/", "-")


def _copy_files(paths, folder: Path, root: Path) -> list[tuple[str, str, int]]:
    """Copy the files into the case's folder; (original name, path relative to root, size) of each. A name
    already there gets " (2)" and so on. On a failure the copies made here are removed and a DomainError names
    the file."""
    made_folder = not folder.exists()
    done: list[Path] = []
    out = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for raw in paths:
            source = Path(raw)
            if not source.is_file():
                raise DomainError(msg("The file {file} cannot be read.", file=str(source)))
            target, n = folder / source.name, 1
            while target.exists():
                n += 1
                target = folder / f"{source.stem} ({n}){source.suffix}"
            try:
                shutil.copy2(source, target)
            except OSError as exc:
                raise DomainError(msg("The file {file} could not be copied: {reason}", file=str(source),
                                      reason=exc.strerror or str(exc))) from exc
            done.append(target)
            out.append((source.name, target.relative_to(root).as_posix(), target.stat().st_size))
    except BaseException:
        _remove_copies(done, folder if made_folder else None)
        raise
    return out


def _remove_copies(copies: list[Path], folder: Path | None) -> None:
    for path in copies:
        path.unlink(missing_ok=True)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _validate(data: CaseInput, today: date) -> None:
    if data.kind not in KINDS:
        raise DomainError(msg("Unknown kind of case '{kind}'.", kind=data.kind))
    if data.channel not in CHANNELS:
        raise DomainError(msg("Unknown channel '{channel}'.", channel=data.channel))
    if data.demand not in DEMANDS:
        raise DomainError(msg("Say what the customer demands (repair, replacement, price reduction or refund)."))
    if data.kind == WITHDRAWAL and data.demand != "refund":
        raise DomainError(msg("A withdrawal from the contract demands a refund."))
    if data.reason and data.reason not in REASONS:
        raise DomainError(msg("Unknown reason '{reason}'.", reason=data.reason))
    if not data.description.strip() and data.reason in ("", "other"):
        raise DomainError(msg("Say what is wrong: choose a reason or write a description."))
    if not data.lines:
        raise DomainError(msg("A case needs at least one product: tick a line of the order or type the product."))
    if data.received_on > today:
        raise DomainError(msg("The day received ({day}) is in the future.", day=data.received_on.isoformat()))
    if data.delivered_on is not None and data.delivered_on > data.received_on:
        raise DomainError(msg("The delivery day ({delivered}) is after the day the case was received ({day}).",
                              delivered=data.delivered_on.isoformat(), day=data.received_on.isoformat()))
    if data.order_id is None and not data.customer_name.strip():
        raise DomainError(msg("A case without an order needs the customer's name."))


def _lines(session: Session, data: CaseInput, order: Order | None) -> list[ComplaintLine]:
    by_id = {line.id: line for line in order.lines} if order is not None else {}
    used = _in_cases(session, list(by_id))
    out = []
    for item in data.lines:
        if item.order_line_id is not None:
            line: OrderLine | None = by_id.get(item.order_line_id)
            if line is None:
                raise DomainError(msg("The chosen line is not a line of this order."))
            left = line.quantity - used.get(line.id, 0)
            if not 1 <= item.quantity <= left:
                raise DomainError(msg("{name}: the quantity must be from 1 to {left} (bought {bought}, in other "
                                      "cases {used}).", name=line.name or line.sku, left=max(left, 0),
                                      bought=line.quantity, used=used.get(line.id, 0)))
            out.append(ComplaintLine(order_line_id=line.id, product_id=line.product_id, sku=line.sku,
                                     name=line.name, quantity=item.quantity, unit_price=line.unit_price))
            continue
        product = session.get(Product, item.product_id) if item.product_id is not None else None
        name = item.name.strip() or (product.name if product else "")
        sku = item.sku.strip() or (product.sku if product else "")
        if not (name or sku):
            raise DomainError(msg("A product typed by hand needs its name or SKU."))
        if item.quantity < 1:
            raise DomainError(msg("{name}: the quantity must be at least 1.", name=name or sku))
        out.append(ComplaintLine(product_id=product.id if product else None, sku=sku, name=name,
                                 quantity=item.quantity, unit_price=item.unit_price))
    return out


def _next_number(session: Session, year: int) -> str:
    prefix = f"REK/{year:04d}/"
    last = session.scalar(select(Complaint.number).where(Complaint.number.like(prefix + "%"))
                          .order_by(func.length(Complaint.number).desc(), Complaint.number.desc()).limit(1))
    n = int(last[len(prefix):]) if last and last[len(prefix):].isdigit() else 0
    return f"{prefix}{n + 1:04d}"


def _supplier(session: Session, lines: list[ComplaintLine]) -> str:
    ids = [line.product_id for line in lines if line.product_id is not None]
    if not ids:
        return ""
    suppliers = dict(session.execute(select(Product.id, Product.supplier).where(Product.id.in_(ids))).all())
    return next((suppliers[i].strip() for i in ids if (suppliers.get(i) or "").strip()), "")


def _due_on(kind: str, received_on: date) -> date:
    """The shop's deadline: the refund of a withdrawal (u.p.k. art. 32), else the answer (art. 7a)."""
    which = dl.DeadlineKind.REFUND if kind == WITHDRAWAL else dl.DeadlineKind.COMPLAINT_ANSWER
    return dl.deadline(which, received_on).due


def _late_text(kind: str, delivered: date | None, shipped: date | None, received_on: date) -> str | None:
    """Why the case came late (a flag for the owner, not a refusal), or None."""
    if kind not in (WITHDRAWAL, LIABILITY) or (delivered is None and shipped is None):
        return None
    which = dl.DeadlineKind.WITHDRAWAL if kind == WITHDRAWAL else dl.DeadlineKind.LIABILITY
    period = dl.deadline_from_delivery(which, delivered, shipped)
    if not dl.is_late(period, received_on):
        return None
    if kind == WITHDRAWAL:
        text = msg("Out of time: the withdrawal was received on {day}, after its window ended on {due}.",
                   day=received_on.isoformat(), due=period.due.isoformat())
    else:
        text = msg("Out of time: the claim was received on {day}, after the liability period ended on {due}.",
                   day=received_on.isoformat(), due=period.due.isoformat())
    if period.estimated:
        text += "\n" + msg("The delivery day is unknown: the period is counted from the shipping day.")
    return text


def register_case(session: Session, data: CaseInput, who: str, *, files_root: Path | None = None,
                  today: date | None = None) -> Registered:
    """Write a new case in one transaction: checked, numbered, its due date, the customer's data as on the order,
    its lines, a "registered" entry (and one saying it came out of time), and its files copied into the data
    folder. When the copying or the writing fails, nothing is kept: no row, no copied file."""
    today = today or dl.shop_day(utcnow())
    _validate(data, today)
    root = files_root or data_dir()
    copies: list[tuple[str, str, int]] = []
    folder: Path | None = None
    try:
        with session.begin():
            case, order = _write_case(session, data, who)
            folder = case_folder(case.number, root)
            copies = _copy_files(data.files, folder, root) if data.files else []
            for name, rel, size in copies:
                case.files.append(ComplaintFile(name=name, path=rel, size=size, who=who))
            session.flush()
            number, case_id, due_on, out_of_time = case.number, case.id, case.due_on, case.out_of_time
            order_ids = [order.id] if order is not None else []
    except BaseException:
        if copies and folder is not None:  # the writing or the commit failed after the copying: no files left
            _remove_copies([root / rel for _n, rel, _s in copies], folder)
        raise
    return Registered(case_id, number, due_on, out_of_time,
                      Changes.of_complaints([case_id]) | Changes.of_orders(order_ids))


def _write_case(session: Session, data: CaseInput, who: str) -> tuple[Complaint, Order | None]:
    """The case's rows (caller's transaction), numbered and flushed, without its files."""
    order = None
    if data.order_id is not None:
        order = session.get(Order, data.order_id)
        if order is None:
            raise NotFound(msg("The order no longer exists."))
    lines = _lines(session, data, order)
    shipped = delivered = None
    if order is not None:
        shipped, delivered = _order_days(session, order.id)
    delivered = data.delivered_on or delivered
    case = Complaint(kind=data.kind, channel=data.channel, received_on=data.received_on, status=NEW,
                     demand=data.demand, reason=data.reason or "other", description=data.description.strip(),
                     guarantor=data.guarantor.strip() if data.kind == GUARANTEE else "",
                     guarantee_terms=data.guarantee_terms.strip() if data.kind == GUARANTEE else "",
                     due_on=_due_on(data.kind, data.received_on), created_by=who)
    if order is not None:
        case.order_id, case.customer_id = order.id, order.customer_id or data.customer_id
        case.customer_name = order.customer_name or data.customer_name.strip()
        case.email, case.phone = order.email or data.email, order.phone or data.phone
        case.address = _one_line(order) or data.address.strip()
    else:
        case.customer_id, case.customer_name = data.customer_id, data.customer_name.strip()
        case.email, case.phone = (data.email or "").strip() or None, (data.phone or "").strip() or None
        case.address = data.address.strip()
    case.delivered_on = delivered or shipped
    case.delivery_estimated = delivered is None and shipped is not None
    late = _late_text(data.kind, delivered, shipped, data.received_on)
    case.out_of_time = late is not None
    case.supplier = _supplier(session, lines)
    case.lines = lines
    take_write_lock(session)  # SQLite: the number read below cannot be taken by another station meanwhile
    for attempt in range(_NUMBER_TRIES):
        case.number = _next_number(session, data.received_on.year)
        try:
            with session.begin_nested():  # PostgreSQL: a station that took the same number first wins; try the next
                session.add(case)
                session.flush()
            break
        except IntegrityError:
            if attempt == _NUMBER_TRIES - 1:
                raise
    case.events.append(ComplaintEvent(kind="registered", to_status=NEW, who=who, text=msg(
        "Registered: {kind}, received {day} ({channel}); the shop's deadline is {due}.",
        kind=label(KIND, data.kind), day=data.received_on.isoformat(), channel=label(CHANNEL, data.channel),
        due=case.due_on.isoformat())))
    if late is not None:
        case.events.append(ComplaintEvent(kind="note", who=who, text=late))
    return case, order
