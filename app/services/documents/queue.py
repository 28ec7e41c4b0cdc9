"""Printer settings per document kind, the queue of documents waiting to print, and the print log.

The queue holds what should come out of a printer but has not yet (a new shipment's label, an attached
carrier label, a manifest). Printing a queue entry marks it done and writes a log line: what, when, which
printer, by whom, how many pages, whether it was a reprint and whether it worked.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from app.core.changes import Changes
from app.core.errors import DomainError
from app.core.messages import msg
from app.models import (
    Address,
    DispatchManifest,
    Order,
    Parcel,
    PrinterSetting,
    PrintLogEntry,
    PrintQueueEntry,
    Shipment,
)
from app.models.base import utcnow
from app.services.shipping.data import LoggedPrint, LogRow, PrinterSettingData, QueueRow, WaitingCount

KINDS = ("label", "a4")  # printer settings: the label printer and the A4 printer
DOCUMENT_KINDS = ("label", "carrier_label", "manifest", "packing_slip", "picklist", "invoice", "complaint_letter",
                  "return_form")
# The printer each kind goes to; a packing slip set to A6 goes to the label printer instead (see slip_printer).
PRINTER_FOR = {"label": "label", "carrier_label": "label", "manifest": "a4", "packing_slip": "a4", "picklist": "a4",
               "invoice": "a4", "complaint_letter": "a4", "return_form": "a4"}
# Kinds printed when asked, never waiting in the queue: printing one marks no queue entry done.
_NEVER_QUEUED = ("picklist", "invoice", "complaint_letter", "return_form")
PAPERS = ("100x150", "A6", "A4", "A5", "Letter")
DEFAULTS = {"label": PrinterSettingData("label", "", "100x150", "portrait", 203, False, True),
            "a4": PrinterSettingData("a4", "", "A4", "portrait", 300, False, False)}
# The packing slip's size: A4 on the A4 printer, or A6 on the label printer (a thermal printer's 100 x 150 mm
# roll takes an A6 page fitted). Kept as the paper of a "packing_slip" row of the printer settings (which
# document goes on what paper), so it needs no table of its own.
SLIP_SIZES = ("A4", "A6")
_SLIP_ROW = "packing_slip"


def get_printer_setting(session: Session, kind: str) -> PrinterSettingData:
    with session.begin():
        return read_printer_setting(session, kind)


def read_printer_setting(session: Session, kind: str) -> PrinterSettingData:
    """A document kind's printer in the caller's transaction (the defaults until one is saved)."""
    if kind not in KINDS:
        raise DomainError(msg("Unknown document kind '{kind}'.", kind=kind))
    row = session.scalar(select(PrinterSetting).where(PrinterSetting.kind == kind))
    if row is None:
        return DEFAULTS[kind]
    return PrinterSettingData(row.kind, row.printer_name, row.paper, row.orientation, row.dpi, row.zpl, row.silent)


def save_printer_setting(session: Session, data: PrinterSettingData) -> None:
    check_printer_setting(data)
    with session.begin():
        write_printer_setting(session, data)


def check_printer_setting(data: PrinterSettingData) -> None:
    """A DomainError when the setting cannot be saved (before anything is written)."""
    if data.kind not in KINDS:
        raise DomainError(msg("Unknown document kind '{kind}'.", kind=data.kind))
    if data.paper not in PAPERS:
        raise DomainError(msg("Unknown paper '{paper}'; choose one of {papers}.", paper=data.paper,
                              papers=", ".join(PAPERS)))
    if data.orientation not in ("portrait", "landscape"):
        raise DomainError(msg("Orientation is portrait or landscape."))
    if data.zpl and data.dpi not in (203, 300):
        raise DomainError(msg("ZPL labels are made for 203 or 300 dpi printers."))
    if not 72 <= data.dpi <= 2400:
        raise DomainError(msg("{dpi} dpi is not a printer resolution.", dpi=data.dpi))


def write_printer_setting(session: Session, data: PrinterSettingData) -> None:
    """Inside a use case's transaction, after check_printer_setting."""
    row = session.scalar(select(PrinterSetting).where(PrinterSetting.kind == data.kind))
    if row is None:
        row = PrinterSetting(kind=data.kind)
        session.add(row)
    row.printer_name, row.paper, row.orientation = data.printer_name, data.paper, data.orientation
    row.dpi, row.zpl, row.silent = data.dpi, data.zpl, data.silent


def read_slip_size(session: Session) -> str:
    """The packing slip's size ("A4" or "A6", A4 until set), in the caller's transaction."""
    paper = session.scalar(select(PrinterSetting.paper).where(PrinterSetting.kind == _SLIP_ROW))
    return paper if paper in SLIP_SIZES else "A4"


def check_slip_size(size: str) -> None:
    if size not in SLIP_SIZES:
        raise DomainError(msg("A packing slip is printed on A4 or A6, not '{paper}'.", paper=size))


def write_slip_size(session: Session, size: str) -> None:
    """Inside a use case's transaction, after check_slip_size."""
    row = session.scalar(select(PrinterSetting).where(PrinterSetting.kind == _SLIP_ROW))
    if row is None:
        row = PrinterSetting(kind=_SLIP_ROW, printer_name="", orientation="portrait", dpi=203, zpl=False, silent=True)
        session.add(row)
    row.paper = size


def slip_printer(size: str) -> str:
    """The printer (a KINDS entry) a packing slip of this size goes to."""
    return "label" if size == "A6" else PRINTER_FOR["packing_slip"]


def _queue_query(kind: str | None, carrier: str | None, text: str, packed_only: bool) -> Select:
    """Documents waiting to print (the print queue): id, kind, order, shipment, manifest, carrier, receiver,
    first tracking number, order status, since when; then a sort group (0) and key (the entry's id)."""
    addr = aliased(Address)
    q = (select(PrintQueueEntry.id.label("id"), PrintQueueEntry.kind.label("kind"),
                PrintQueueEntry.order_id.label("order_id"), Order.number.label("order_number"),
                PrintQueueEntry.shipment_id.label("shipment_id"), PrintQueueEntry.manifest_id.label("manifest_id"),
                func.coalesce(Shipment.carrier, DispatchManifest.carrier, "").label("carrier"),
                func.coalesce(addr.name, Order.customer_name, "").label("receiver"),
                func.coalesce(_first_tracking(), "").label("tracking"),
                func.coalesce(Order.status, "").label("order_status"),
                PrintQueueEntry.created_at.label("created_at"), literal(0).label("grp"),
                PrintQueueEntry.id.label("sort_key"))
         .outerjoin(Order, Order.id == PrintQueueEntry.order_id)
         .outerjoin(Shipment, Shipment.id == PrintQueueEntry.shipment_id)
         .outerjoin(DispatchManifest, DispatchManifest.id == PrintQueueEntry.manifest_id)
         .outerjoin(addr, addr.id == Order.shipping_address_id)
         .where(PrintQueueEntry.done_at.is_(None)))
    if kind:
        q = q.where(PrintQueueEntry.kind == kind)
    if carrier:
        q = q.where(or_(Shipment.carrier == carrier, DispatchManifest.carrier == carrier))
    if packed_only:
        q = q.where(Order.status == "packed")
    if text.strip():
        like = f"%{text.strip()}%"
        q = q.where(or_(Order.number.like(like), Order.customer_name.like(like), addr.name.like(like),
                        Order.tracking_number.like(like), DispatchManifest.number.like(like)))
    return q


def _first_tracking():
    return (select(Parcel.tracking_number).where(Parcel.shipment_id == Shipment.id)
            .order_by(Parcel.number).limit(1).scalar_subquery())


def _packed_query(carrier: str | None, text: str) -> Select:
    """Packed orders with no document waiting (their label not made or printed already), same columns as
    _queue_query: id -order id, kind "order", sorted after the documents by order number."""
    addr = aliased(Address)
    waiting_doc = select(PrintQueueEntry.id).where(PrintQueueEntry.order_id == Order.id,
                                                    PrintQueueEntry.done_at.is_(None)).exists()
    q = (select((-Order.id).label("id"), literal("order").label("kind"), Order.id.label("order_id"),
                Order.number.label("order_number"), Shipment.id.label("shipment_id"),
                Shipment.manifest_id.label("manifest_id"), func.coalesce(Shipment.carrier, "").label("carrier"),
                func.coalesce(addr.name, Order.customer_name, "").label("receiver"),
                func.coalesce(_first_tracking(), "").label("tracking"), Order.status.label("order_status"),
                Order.updated_at.label("created_at"), literal(1).label("grp"), Order.id.label("sort_key"))
         .outerjoin(Shipment, Shipment.order_id == Order.id)
         .outerjoin(addr, addr.id == Order.shipping_address_id)
         .where(Order.status == "packed", ~waiting_doc))
    if carrier:
        q = q.where(Shipment.carrier == carrier)
    if text.strip():
        like = f"%{text.strip()}%"
        q = q.where(or_(Order.number.like(like), Order.customer_name.like(like), addr.name.like(like),
                        Order.tracking_number.like(like)))
    return q


def _listed(kind: str | None, carrier: str | None, text: str, packed_only: bool, orders: bool):
    """Waiting documents, then (with orders, as the Printing tab lists them) every packed order that has none
    waiting; kind "order": only those orders."""
    if kind == "order":
        return _packed_query(carrier, text).subquery()
    if kind or not orders:
        return _queue_query(kind, carrier, text, packed_only).subquery()
    return union_all(_queue_query(None, carrier, text, packed_only), _packed_query(carrier, text)).subquery()


_COLUMNS = ("id", "kind", "order_id", "order_number", "shipment_id", "manifest_id", "carrier", "receiver", "tracking",
            "order_status", "created_at")


def waiting(session: Session, *, kind: str | None = None, carrier: str | None = None, text: str = "",
            packed_only: bool = False, orders: bool = False, offset: int = 0, limit: int = 500) -> list[QueueRow]:
    """Documents waiting to print, oldest first (with orders: then the packed orders with none waiting); one page
    of them, each with what its order still needs."""
    with session.begin():
        sub = _listed(kind, carrier, text, packed_only, orders)
        q = (select(*(sub.c[name] for name in _COLUMNS)).order_by(sub.c.grp, sub.c.sort_key)
             .offset(offset).limit(limit))
        rows = [tuple(row) for row in session.execute(q)]
        needs = _needs(session, {row[2] for row in rows if row[2]})
        return [QueueRow(*row, needs=needs.get(row[2], ())) for row in rows]


def waiting_count(session: Session, *, kind: str | None = None, carrier: str | None = None, text: str = "",
                  packed_only: bool = False, orders: bool = False) -> int:
    with session.begin():
        sub = _listed(kind, carrier, text, packed_only, orders)
        return session.scalar(select(func.count()).select_from(sub)) or 0


def waiting_summary(session: Session) -> WaitingCount:
    """Documents waiting to print, packed orders, and packed orders that cannot get a label yet."""
    with session.begin():
        documents = session.scalar(select(func.count(PrintQueueEntry.id)).where(PrintQueueEntry.done_at.is_(None)))
        packed = session.scalar(select(func.count(Order.id)).where(Order.status == "packed"))
        no_tracking = select(Parcel.id).where(Parcel.shipment_id == Shipment.id,
                                              Parcel.tracking_number.is_(None)).exists()
        unlabelled = session.scalar(
            select(func.count(Order.id)).outerjoin(Shipment, Shipment.order_id == Order.id)
            .where(Order.status == "packed", or_(Shipment.id.is_(None), no_tracking)))
        return WaitingCount(documents or 0, packed or 0, unlabelled or 0)


# What an order still needs before it leaves the shop, in the order it gets them.
NEEDS_PACKING = msg("packing")
NEEDS_SHIPMENT = msg("a shipment")
NEEDS_TRACKING = msg("a tracking number")
NEEDS_LABEL = msg("its label printed")
NEEDS_CARRIER_LABEL = msg("the carrier's label printed")
NEEDS_MANIFEST = msg("a dispatch manifest")
NEEDS_HANDOVER = msg("the hand-over to the courier")
NEEDS_COLLECTION = msg("delivery or collection")


def _needs(session: Session, order_ids: set[int]) -> dict[int, tuple[str, ...]]:
    """For each of these orders still in the shop, what it needs before it leaves (nothing for orders gone)."""
    from app.services.shipping.carriers import CARRIERS

    if not order_ids:
        return {}
    ids = list(order_ids)
    status = dict(session.execute(select(Order.id, Order.status).where(Order.id.in_(ids))).all())
    shipments = {oid: (sid, code, manifest) for sid, oid, code, manifest in session.execute(
        select(Shipment.id, Shipment.order_id, Shipment.carrier, Shipment.manifest_id)
        .where(Shipment.order_id.in_(ids)))}
    sids = [s[0] for s in shipments.values()]
    untracked = set(session.scalars(select(Parcel.shipment_id).where(
        Parcel.shipment_id.in_(sids), or_(Parcel.tracking_number.is_(None), Parcel.tracking_number == ""))))
    confirmed = set(session.scalars(select(DispatchManifest.id).where(
        DispatchManifest.id.in_([s[2] for s in shipments.values() if s[2]]), DispatchManifest.confirmed_at.is_not(None))))
    docs = {tuple(row) for row in session.execute(select(PrintQueueEntry.order_id, PrintQueueEntry.kind).where(
        PrintQueueEntry.order_id.in_(ids), PrintQueueEntry.done_at.is_(None))).all()}
    out: dict[int, tuple[str, ...]] = {}
    for oid in ids:
        if status.get(oid) not in ("ready", "packing", "packed", "on_hold"):
            continue
        needs = [NEEDS_PACKING] if status[oid] != "packed" else []
        sid, code, manifest = shipments.get(oid, (None, "", None))
        if sid is None:
            out[oid] = (*needs, NEEDS_SHIPMENT)
            continue
        info = CARRIERS.get(code)
        if sid in untracked:
            needs.append(NEEDS_TRACKING)
        if (oid, "label") in docs:
            needs.append(NEEDS_LABEL)
        if (oid, "carrier_label") in docs:
            needs.append(NEEDS_CARRIER_LABEL)
        if info is not None and not info.on_manifest:
            needs.append(NEEDS_COLLECTION)
        elif manifest is None:
            needs.append(NEEDS_MANIFEST)
        elif manifest not in confirmed:
            needs.append(NEEDS_HANDOVER)
        out[oid] = tuple(needs)
    return out


def queue_manifest(session: Session, manifest_id: int) -> None:
    """Helper inside a use case's transaction: the manifest waits to be printed on the A4 printer."""
    session.add(PrintQueueEntry(kind="manifest", manifest_id=manifest_id))


# What was printed: (queue id or None, kind, document title, order id, shipment id, manifest id, pages), then for an
# invoice its id as an eighth item and for a complaint's letter its id as a ninth (what a reprint from the log
# prints again; None when the entry is not one).
PrintedEntry = tuple  # of those 7, 8 or 9 items


def record_printed(session: Session, entries: list[PrintedEntry], printer: str, who: str, *, reprint: bool = False,
                   ok: bool = True, message: str = "") -> list[int]:
    """Log what was printed on one printer with one result; queue entries printed successfully are done."""
    now = utcnow()
    with session.begin():
        return [_log_printed(session, entry, printer, who, reprint, ok, message, now) for entry in entries]


def log_print_request(session: Session, outcomes: list[tuple[PrintedEntry, str, bool, str]], who: str, *,
                      reprint: bool = False) -> LoggedPrint:
    """A print request's log in one transaction: each document with (printer, ok, message), as its job ended.

    The orders whose documents were printed (or failed) are what changed: their lists show the queue anew.
    """
    now = utcnow()
    with session.begin():
        ids = [_log_printed(session, entry, printer, who, reprint, ok, message, now)
               for entry, printer, ok, message in outcomes]
    return LoggedPrint(ids, Changes.of_orders({entry[3] for entry, *_ in outcomes if entry[3]}))


def _log_printed(session: Session, entry: PrintedEntry, printer: str, who: str, reprint: bool, ok: bool, message: str,
                 now: datetime) -> int:
    queue_id, kind, title, order_id, shipment_id, manifest_id, pages, *rest = entry
    invoice_id = rest[0] if rest else None
    letter_id = rest[1] if len(rest) > 1 else None
    if ok and queue_id is not None:
        waiting = session.get(PrintQueueEntry, queue_id)
        if waiting is not None and waiting.done_at is None:
            waiting.done_at = now
    elif ok and not reprint and kind not in _NEVER_QUEUED:
        # Printed from elsewhere (a manifest from the dispatch dialog): the same document stops waiting.
        same = {"manifest": PrintQueueEntry.manifest_id == manifest_id,
                "packing_slip": PrintQueueEntry.order_id == order_id}.get(kind,
                                                                          PrintQueueEntry.shipment_id == shipment_id)
        for waiting in session.scalars(select(PrintQueueEntry).where(
                PrintQueueEntry.kind == kind, same, PrintQueueEntry.done_at.is_(None))):
            waiting.done_at = now
    log = PrintLogEntry(at=now, kind=kind, document=title[:255], order_id=order_id, shipment_id=shipment_id,
                        manifest_id=manifest_id, invoice_id=invoice_id, complaint_letter_id=letter_id, printer=printer,
                        who=who, pages=pages, reprint=reprint, ok=ok, message=message)
    session.add(log)
    session.flush()
    return log.id


def log_rows(session: Session, *, offset: int = 0, limit: int = 500, text: str = "",
             since: datetime | None = None) -> list[LogRow]:
    """The print log, newest first."""
    with session.begin():
        q = select(PrintLogEntry.id, PrintLogEntry.at, PrintLogEntry.kind, PrintLogEntry.document,
                   PrintLogEntry.order_id, PrintLogEntry.shipment_id, PrintLogEntry.manifest_id, PrintLogEntry.printer,
                   PrintLogEntry.who, PrintLogEntry.pages, PrintLogEntry.reprint, PrintLogEntry.ok, PrintLogEntry.message)
        if text.strip():
            like = f"%{text.strip()}%"
            q = q.where(or_(PrintLogEntry.document.like(like), PrintLogEntry.printer.like(like),
                            PrintLogEntry.who.like(like)))
        if since is not None:
            q = q.where(PrintLogEntry.at >= since)
        q = q.order_by(PrintLogEntry.id.desc()).offset(offset).limit(limit)
        return [LogRow(*row) for row in session.execute(q)]


def packed_label_entries(session: Session) -> list[int]:
    """Queue ids of every waiting label of a packed order: what the batch print takes."""
    with session.begin():
        return read_packed_label_entries(session)


def read_packed_label_entries(session: Session) -> list[int]:
    """packed_label_entries in the caller's transaction."""
    q = (_queue_query(None, None, "", True).where(PrintQueueEntry.kind.in_(("label", "carrier_label")))
         .order_by(PrintQueueEntry.id))
    return [row.id for row in session.execute(q)]
