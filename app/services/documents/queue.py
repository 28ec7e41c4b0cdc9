"""Printer settings per document kind, the queue of documents waiting to print, and the print log.

The queue holds what should come out of a printer but has not yet (a new shipment's label, an attached
carrier label, a manifest). Printing a queue entry marks it done and writes a log line: what, when, which
printer, by whom, how many pages, whether it was a reprint and whether it worked.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, func, or_, select
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
from app.services.shipping.data import LoggedPrint, LogRow, PrinterSettingData, QueueRow

KINDS = ("label", "a4")  # printer settings: the label printer and the A4 printer
DOCUMENT_KINDS = ("label", "carrier_label", "manifest")
PRINTER_FOR = {"label": "label", "carrier_label": "label", "manifest": "a4"}
PAPERS = ("100x150", "A6", "A4", "A5", "Letter")
DEFAULTS = {"label": PrinterSettingData("label", "", "100x150", "portrait", 203, False, True),
            "a4": PrinterSettingData("a4", "", "A4", "portrait", 300, False, False)}


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


def _queue_query(kind: str | None, carrier: str | None, text: str, packed_only: bool) -> Select:
    addr = aliased(Address)
    first_tracking = (select(Parcel.tracking_number).where(Parcel.shipment_id == Shipment.id)
                      .order_by(Parcel.number).limit(1).scalar_subquery())
    q = (select(PrintQueueEntry.id, PrintQueueEntry.kind, PrintQueueEntry.order_id, Order.number,
                PrintQueueEntry.shipment_id, PrintQueueEntry.manifest_id,
                func.coalesce(Shipment.carrier, DispatchManifest.carrier, ""),
                func.coalesce(addr.name, Order.customer_name, ""),
                func.coalesce(first_tracking, ""), func.coalesce(Order.status, ""), PrintQueueEntry.created_at)
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


def waiting(session: Session, *, kind: str | None = None, carrier: str | None = None, text: str = "",
            packed_only: bool = False, offset: int = 0, limit: int = 500) -> list[QueueRow]:
    """Documents waiting to print, oldest first, one page of them."""
    with session.begin():
        q = _queue_query(kind, carrier, text, packed_only).order_by(PrintQueueEntry.id).offset(offset).limit(limit)
        return [QueueRow(*row) for row in session.execute(q)]


def waiting_count(session: Session, *, kind: str | None = None, carrier: str | None = None, text: str = "",
                  packed_only: bool = False) -> int:
    with session.begin():
        sub = _queue_query(kind, carrier, text, packed_only).subquery()
        return session.scalar(select(func.count()).select_from(sub)) or 0


def queue_manifest(session: Session, manifest_id: int) -> None:
    """Helper inside a use case's transaction: the manifest waits to be printed on the A4 printer."""
    session.add(PrintQueueEntry(kind="manifest", manifest_id=manifest_id))


# What was printed: (queue id or None, kind, document title, order id, shipment id, manifest id, pages).
PrintedEntry = tuple[int | None, str, str, int | None, int | None, int | None, int]


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
    queue_id, kind, title, order_id, shipment_id, manifest_id, pages = entry
    if ok and queue_id is not None:
        waiting = session.get(PrintQueueEntry, queue_id)
        if waiting is not None and waiting.done_at is None:
            waiting.done_at = now
    elif ok and not reprint:
        # Printed from elsewhere (a manifest from the dispatch dialog): the same document stops waiting.
        same = (PrintQueueEntry.manifest_id == manifest_id if kind == "manifest"
                else PrintQueueEntry.shipment_id == shipment_id)
        for waiting in session.scalars(select(PrintQueueEntry).where(
                PrintQueueEntry.kind == kind, same, PrintQueueEntry.done_at.is_(None))):
            waiting.done_at = now
    log = PrintLogEntry(at=now, kind=kind, document=title[:255], order_id=order_id, shipment_id=shipment_id,
                        manifest_id=manifest_id, printer=printer, who=who, pages=pages, reprint=reprint,
                        ok=ok, message=message)
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


def log_count(session: Session) -> int:
    with session.begin():
        return session.scalar(select(func.count(PrintLogEntry.id))) or 0


def queue_entries(session: Session, queue_ids: list[int]) -> list[QueueRow]:
    """The given entries that still wait, in the order asked."""
    with session.begin():
        rows = {r.id: r for r in (QueueRow(*row) for row in session.execute(
            _queue_query(None, None, "", False).where(PrintQueueEntry.id.in_(queue_ids))))}
    return [rows[i] for i in queue_ids if i in rows]


def packed_label_entries(session: Session) -> list[int]:
    """Queue ids of every waiting label of a packed order: what the batch print takes."""
    with session.begin():
        return read_packed_label_entries(session)


def read_packed_label_entries(session: Session) -> list[int]:
    """packed_label_entries in the caller's transaction."""
    q = (_queue_query(None, None, "", True).where(PrintQueueEntry.kind.in_(("label", "carrier_label")))
         .order_by(PrintQueueEntry.id))
    return [row.id for row in session.execute(q)]
