"""Tracking numbers in bulk from a carrier's CSV (the file its web panel exports after booking parcels).

Columns are found by name, in English or Polish (order / reference / zamówienie, tracking / numer przesyłki /
list przewozowy, optionally parcel / paczka). UTF-8 (with or without BOM) or Windows-1250, `,` `;` or tab.
Several rows of one order fill its parcels 1, 2, ... in file order (or the parcel column says which).
Any error refuses the whole file with the row and column named; nothing is half-written.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.core.changes import Changes
from app.core.errors import FileRefused, RowError
from app.core.messages import msg
from app.importers.detect import TableError, table_from_bytes
from app.models import Order, Shipment
from app.services.orders.search_index import reindex_orders
from app.services.shipping.data import ShipmentInput, TrackingImportResult
from app.services.shipping.shipments import (
    _add_parcel_for_import,
    _check_tracking_free,
    _new_shipment,
    _queue_label,
    normalize_tracking,
)

ORDER_COLUMNS = ("order", "order number", "order no", "reference", "ref", "referencja", "zamówienie",
                 "numer zamówienia", "nr zamówienia", "zamowienie", "numer zamowienia", "uwagi/referencje")
TRACKING_COLUMNS = ("tracking", "tracking number", "tracking no", "waybill", "parcel number", "numer przesyłki",
                    "nr przesyłki", "numer przesylki", "list przewozowy", "numer listu", "nr listu", "numer paczki")
PARCEL_COLUMNS = ("parcel", "parcel no", "paczka", "nr paczki w przesyłce", "package")


def _find(header: list[str], names: tuple[str, ...]) -> int | None:
    norm = [" ".join(h.strip().lower().split()) for h in header]
    for name in names:
        if name in norm:
            return norm.index(name)
    return None


def read_rows(data: bytes, filename: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The carrier's file as a table, read like every other import (app.importers.detect: encodings, delimiters,
    quoted line breaks, huge cells and cut files refused by row)."""
    try:
        table = table_from_bytes(data, filename)
    except TableError as exc:
        raise FileRefused(filename, [RowError(None, None, str(exc))]) from exc
    return table.header, [(n, r) for n, r in table if any(c.strip() for c in r)]


def import_tracking_csv(session: Session, path: str | Path, who: str, data: bytes | None = None) -> TrackingImportResult:
    """Set tracking numbers from the file; orders without a shipment get one from their shipping method."""
    path = Path(path)
    filename = path.name
    header, rows = read_rows(data if data is not None else path.read_bytes(), filename)
    oc, tc, pc = _find(header, ORDER_COLUMNS), _find(header, TRACKING_COLUMNS), _find(header, PARCEL_COLUMNS)
    missing = [what for what, col in ((msg("order number"), oc), (msg("tracking number"), tc)) if col is None]
    if missing:
        raise FileRefused(filename, [RowError(1, None, msg("no {what} column (header: {header})", what=m,
                                                             header=", ".join(header))) for m in missing])
    errors: list[RowError] = []
    updated = unchanged = 0
    touched: set[int] = set()
    seen: dict[str, int] = {}
    next_parcel: dict[int, int] = {}
    with session.begin():
        for row_no, values in rows:
            def cell(i: int | None, values: list[str] = values) -> str:
                return values[i].strip().lstrip("'") if i is not None and i < len(values) else ""

            number, raw = cell(oc), cell(tc)
            if not number:
                errors.append(RowError(row_no, header[oc], msg("empty order number")))
                continue
            try:
                tracking = normalize_tracking(raw)
            except Exception as exc:  # noqa: BLE001 - DomainError with the reason
                errors.append(RowError(row_no, header[tc], str(exc)))
                continue
            if not tracking:
                errors.append(RowError(row_no, header[tc], msg("empty tracking number")))
                continue
            if tracking in seen:
                errors.append(RowError(row_no, header[tc], msg("{tracking} is also on row {row}", tracking=tracking,
                                                                     row=seen[tracking])))
                continue
            seen[tracking] = row_no
            order = session.scalar(select(Order).where(Order.number == number)) or session.scalar(
                select(Order).where(Order.external_number == number.lstrip("#")))
            if order is None:
                errors.append(RowError(row_no, header[oc], msg("no order with the number '{number}'", number=number)))
                continue
            shipment = session.scalar(select(Shipment).where(Shipment.order_id == order.id)
                                      .options(selectinload(Shipment.parcels)))
            try:
                if shipment is None:
                    shipment = _new_shipment(session, order, ShipmentInput(), who)
                if shipment.manifest_id is not None:
                    raise ValueError(msg("order {number} is on a dispatch manifest already", number=order.number))
                if pc is not None and cell(pc):
                    if not cell(pc).isdigit() or int(cell(pc)) < 1:
                        errors.append(RowError(row_no, header[pc],
                                               msg("'{value}' is not a parcel number", value=cell(pc))))
                        continue
                    parcel_no = int(cell(pc))
                else:
                    parcel_no = next_parcel.get(shipment.id, 1)
                next_parcel[shipment.id] = parcel_no + 1
                parcel = next((p for p in shipment.parcels if p.number == parcel_no), None)
                if parcel is None:
                    parcel = _add_parcel_for_import(session, shipment, parcel_no)
                _check_tracking_free(session, tracking, shipment.id)
            except Exception as exc:  # noqa: BLE001 - a DomainError or the reason above, named with its row
                errors.append(RowError(row_no, header[oc], str(exc)))
                continue
            if parcel.tracking_number == tracking:
                unchanged += 1
                continue
            parcel.tracking_number = tracking
            order.tracking_number = min(shipment.parcels, key=lambda p: p.number).tracking_number
            _queue_label(session, shipment)
            updated += 1
            touched.add(order.id)
        if errors:
            raise FileRefused(filename, errors)  # leaving the block rolls everything back
        session.flush()
        reindex_orders(session, sorted(touched))
    return TrackingImportResult(updated, unchanged, frozenset(touched), Changes.of_orders(touched))

