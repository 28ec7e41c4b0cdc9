"""Turn queue entries and log lines into printable documents: our label PDF or ZPL, a carrier's label fitted to
100 x 150 mm, a dispatch manifest, an order's packing slip (A4 or A6, as the shop set it), a batch's pick list, an
invoice or correction (A4, with its KSeF QR code: app.services.invoicing.files makes it as a saved one is made), a
complaint's letter (its PDF as kept with the case) and an order's return form (the complaints area's data).
Plain bytes out, each with the printer it goes to; the UI sends them there and logs the result.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.core.progress import Progress
from app.models import (
    CarrierLabel,
    Complaint,
    ComplaintLetter,
    Invoice,
    Order,
    PrintLogEntry,
    PrintQueueEntry,
    Shipment,
)
from app.services.documents.queue import KINDS, PRINTER_FOR, read_printer_setting, read_slip_size, slip_printer
from app.services.shipping.data import PrinterSettingData


@dataclass(frozen=True)
class DocumentRef:
    kind: str  # label | carrier_label | manifest | packing_slip | picklist | invoice | complaint_letter | return_form
    order_id: int | None = None  # a pick list: its first order (what the print log names); an invoice: its order
    shipment_id: int | None = None
    manifest_id: int | None = None
    queue_id: int | None = None
    order_ids: tuple[int, ...] = ()  # a pick list's orders
    invoice_id: int | None = None  # an invoice or correction
    complaint_letter_id: int | None = None  # a complaint's letter (kept with its case)


def invoice_ref(invoice_id: int) -> DocumentRef:
    """An invoice or correction, printed on the A4 printer (its order is filled in when it is read)."""
    return DocumentRef("invoice", invoice_id=invoice_id)


def picklist_ref(order_ids: Sequence[int]) -> DocumentRef:
    """The pick list of these orders (in this order)."""
    ids = tuple(dict.fromkeys(order_ids))
    if not ids:
        raise DomainError(msg("Choose the orders to pick first."))
    return DocumentRef("picklist", ids[0], order_ids=ids)


@dataclass(frozen=True)
class RenderedDocument:
    ref: DocumentRef
    title: str
    pdf: bytes | None  # for every kind
    zpl: bytes | None  # our labels, when the printer takes ZPL
    pages: int
    printer: str = ""  # the printer it goes to ("label" or "a4"); its kind's usual one when not given

    def __post_init__(self) -> None:
        if not self.printer:
            object.__setattr__(self, "printer", PRINTER_FOR[self.ref.kind])


@dataclass(frozen=True)
class PrintRequest:
    """What a print request needs: the label and A4 printers' settings and each document ready for its printer."""

    settings: dict[str, PrinterSettingData]
    documents: list[RenderedDocument]


def refs_for_queue(session: Session, queue_ids: list[int]) -> list[DocumentRef]:
    with session.begin():
        return _refs_for_queue(session, queue_ids)


def _refs_for_queue(session: Session, queue_ids: list[int]) -> list[DocumentRef]:
    rows = {q.id: q for q in session.scalars(select(PrintQueueEntry).where(PrintQueueEntry.id.in_(queue_ids)))}
    return [DocumentRef(rows[i].kind, rows[i].order_id, rows[i].shipment_id, rows[i].manifest_id, i)
            for i in queue_ids if i in rows]


def ref_for_log(session: Session, log_id: int) -> DocumentRef:
    """What a log line printed, to print it again."""
    with session.begin():
        return _ref_for_log(session, log_id)


def _ref_for_log(session: Session, log_id: int) -> DocumentRef:
    row = session.get(PrintLogEntry, log_id)
    if row is None:
        raise NotFound(msg("Print log entry #{log_id} does not exist.", log_id=log_id))
    if row.kind in ("label", "carrier_label") and row.shipment_id is None:
        raise DomainError(msg("'{document}' cannot be printed again: its shipment no longer exists.",
                              document=row.document))
    if row.kind == "picklist":  # the log keeps its first order only; its orders may have moved on meanwhile
        raise DomainError(msg("'{document}' is not printed again from the log: select its orders in the Orders "
                              "tab and print a new pick list.", document=row.document))
    if row.kind == "invoice" and row.invoice_id is None:
        raise DomainError(msg("'{document}' cannot be printed again from the log: print it from the Invoices tab.",
                              document=row.document))
    if row.kind == "complaint_letter" and row.complaint_letter_id is None:
        raise DomainError(msg("'{document}' cannot be printed again: the letter is no longer kept with its case.",
                              document=row.document))
    if row.kind == "return_form" and row.order_id is None:
        raise DomainError(msg("'{document}' cannot be printed again: its order no longer exists.",
                              document=row.document))
    return DocumentRef(row.kind, row.order_id, row.shipment_id, row.manifest_id, invoice_id=row.invoice_id,
                       complaint_letter_id=row.complaint_letter_id)


def refs_for_orders(session: Session, order_ids: list[int]) -> list[DocumentRef]:
    """Label documents of these orders' shipments (orders without a shipment are named in the error)."""
    with session.begin():
        found = dict(session.execute(select(Shipment.order_id, Shipment.id).where(Shipment.order_id.in_(order_ids))).all())
        missing = [oid for oid in order_ids if oid not in found]
        if missing:
            numbers = session.scalars(select(Order.number).where(Order.id.in_(missing))).all()
            raise DomainError(msg("No shipment yet for order(s): {orders}",
                                  orders=", ".join(numbers or map(str, missing))))
        return [DocumentRef("label", oid, found[oid]) for oid in order_ids]


def prepare_print(session: Session, refs: Sequence[DocumentRef] = (), *, queue_ids: Sequence[int] = (),
                  log_ids: Sequence[int] = (), lang: str = "pl", progress: Progress | None = None) -> PrintRequest:
    """A print request's documents (given, waiting in the queue, or printed before as the log says) and the printers'
    settings, read in one transaction (an invoice's own data in a read of its own after it), then rendered for the
    label printer (ZPL and its resolution when it takes them) outside it."""
    with session.begin():
        wanted = [*refs, *_refs_for_queue(session, list(queue_ids)), *(_ref_for_log(session, i) for i in log_ids)]
        settings = {kind: read_printer_setting(session, kind) for kind in KINDS}
        sources = [_source(session, ref) for ref in wanted]
    sources = _with_invoices(session, sources)
    label = settings["label"]
    dpi = label.dpi if label.dpi in (203, 300) else 203
    return PrintRequest(settings, _render(sources, zpl=label.zpl, dpi=dpi, lang=lang, progress=progress))


def render_documents(session: Session, refs: list[DocumentRef], *, zpl: bool = False, dpi: int = 203,
                     lang: str = "pl", progress: Progress | None = None) -> list[RenderedDocument]:
    """Each referenced document as bytes (PDF, and ZPL for our labels when asked): read in one transaction,
    rendered after it."""
    with session.begin():
        sources = [_source(session, ref) for ref in refs]
    return _render(_with_invoices(session, sources), zpl=zpl, dpi=dpi, lang=lang, progress=progress)


def _source(session: Session, ref: DocumentRef) -> tuple[DocumentRef, Any]:
    """A document's plain data: its labels, the carrier's PDF (with the order number), or the manifest."""
    from app.services.documents.packing import read_packing_slip, read_picklist
    from app.services.shipping.dispatch import read_manifest_data
    from app.services.shipping.shipments import read_label_data

    if ref.kind == "label":
        return ref, read_label_data(session, [ref.shipment_id])
    if ref.kind == "carrier_label":
        row = session.execute(select(CarrierLabel.filename, CarrierLabel.data, Order.number)
                              .join(Shipment, Shipment.id == CarrierLabel.shipment_id)
                              .join(Order, Order.id == Shipment.order_id)
                              .where(CarrierLabel.shipment_id == ref.shipment_id)
                              .order_by(CarrierLabel.id.desc()).limit(1)).first()
        if row is None:
            raise NotFound(msg("The shipment has no carrier label attached."))
        return ref, tuple(row)
    if ref.kind == "manifest":
        return ref, read_manifest_data(session, ref.manifest_id)
    if ref.kind == "packing_slip":
        return ref, (read_packing_slip(session, ref.order_id), read_slip_size(session))
    if ref.kind == "picklist":
        return ref, read_picklist(session, ref.order_ids or (ref.order_id,))
    if ref.kind == "invoice":
        return _invoice_source(session, ref)
    if ref.kind == "complaint_letter":
        return _letter_source(session, ref)
    if ref.kind == "return_form":
        from app.services.complaints.return_form import read_return_form

        return ref, read_return_form(session, ref.order_id)
    raise DomainError(msg("Unknown document kind '{kind}'.", kind=ref.kind))


def _invoice_source(session: Session, ref: DocumentRef) -> tuple[DocumentRef, Any]:
    """An invoice's order (what the print log names), the seller's logo and whether it was issued offline (its PDF
    then carries KOD II); the invoice itself is read after the request's transaction (_with_invoices), by the
    invoicing area's own reader."""
    from app.services.invoicing.settings import read_settings

    found = session.execute(select(Invoice.id, Invoice.order_id, Invoice.ksef_offline)
                            .where(Invoice.id == ref.invoice_id)).first()
    if found is None:
        raise NotFound(msg("Invoice {id} does not exist.", id=ref.invoice_id))
    return replace(ref, order_id=found.order_id), (read_settings(session).logo, bool(found.ksef_offline))


def _letter_source(session: Session, ref: DocumentRef) -> tuple[DocumentRef, Any]:
    """A complaint's letter: its PDF exactly as kept with the case (the text the customer got; never made anew from
    a template that may have changed since), with its case number and subject for the title. Read from the rows
    here: the complaints area prints through this one, so importing its letters module would be a cycle."""
    row = session.execute(select(ComplaintLetter.pdf, ComplaintLetter.subject, Complaint.number, Complaint.order_id)
                          .join(Complaint, Complaint.id == ComplaintLetter.complaint_id)
                          .where(ComplaintLetter.id == ref.complaint_letter_id)).first()
    if row is None:
        raise NotFound(msg("The letter no longer exists."))
    if not row.pdf:
        raise NotFound(msg("The letter has no PDF."))
    return replace(ref, order_id=row.order_id), (row.pdf, row.number, row.subject)


def _with_invoices(session: Session, sources: list[tuple[DocumentRef, Any]]) -> list[tuple[DocumentRef, Any]]:
    """Each invoice's InvoiceDoc beside its logo and offline flag (invoice_doc reads in a transaction of its own: an issued invoice
    does not change but for its payment and KSeF status)."""
    from app.services.invoicing.reading import invoice_doc

    return [(ref, (invoice_doc(session, ref.invoice_id), data)) if ref.kind == "invoice" else (ref, data)
            for ref, data in sources]


def _render(sources: list[tuple[DocumentRef, Any]], *, zpl: bool, dpi: int, lang: str,
            progress: Progress | None) -> list[RenderedDocument]:
    from pypdf import PdfReader

    from app.printing.labels.fit import fit_to_label
    from app.printing.labels.pdf import render_labels
    from app.printing.labels.zpl import render_zpl
    from app.printing.manifest import render_manifest
    from app.printing.packing_slip import render_packing_slip
    from app.printing.picklist import render_picklist
    from app.printing.return_form import render_return_form
    from app.services.invoicing.files import invoice_title, make_documents

    def count(pdf: bytes) -> int:
        return len(PdfReader(io.BytesIO(pdf)).pages)

    out: list[RenderedDocument] = []
    for n, (ref, data) in enumerate(sources):
        if progress is not None:
            progress(n, len(sources), "")
        if ref.kind == "label":
            title = msg("Label {number}", number=data[0].order_number)
            pdf = render_labels(data, dpi=dpi if dpi in (203, 300) else 203, lang=lang, title=title)
            code = render_zpl(data, dpi, lang) if zpl else None
            out.append(RenderedDocument(ref, title, pdf, code, len(data)))
        elif ref.kind == "carrier_label":
            filename, content, number = data
            pdf = fit_to_label(content, filename=filename)
            out.append(RenderedDocument(ref, msg("Carrier label {number}", number=number), pdf, None, count(pdf)))
        elif ref.kind == "packing_slip":
            slip, size = data
            pdf = render_packing_slip(slip, size=size.lower(), lang=lang, dpi=dpi if size == "A6" else 203)
            out.append(RenderedDocument(ref, msg("Packing slip {number}", number=slip.order_number), pdf, None,
                                        count(pdf), slip_printer(size)))
        elif ref.kind == "picklist":
            pdf = render_picklist(data, lang=lang)
            out.append(RenderedDocument(ref, _picklist_title([o.number for o in data.orders]), pdf, None, count(pdf)))
        elif ref.kind == "invoice":  # always in Polish: an invoice issued in Poland is a Polish document
            doc, (logo, offline) = data
            made = make_documents(doc, logo, offline=offline)
            out.append(RenderedDocument(ref, invoice_title(doc), made.pdf, None, made.pages))
        elif ref.kind == "complaint_letter":  # as kept: the customer's letter is Polish whatever the UI's language
            pdf, number, subject = data
            out.append(RenderedDocument(ref, msg("Complaint letter {number}: {subject}", number=number,
                                                 subject=subject), pdf, None, count(pdf)))
        elif ref.kind == "return_form":  # Polish only: the customer reads it
            pdf = render_return_form(data)
            out.append(RenderedDocument(ref, msg("Return form {number}", number=data.order_number), pdf, None,
                                        count(pdf)))
        else:
            pdf = render_manifest(data, lang=lang)
            out.append(RenderedDocument(ref, msg("Manifest {number}", number=data.number), pdf, None, count(pdf)))
    if progress is not None:
        progress(len(sources), len(sources), "")
    return out


def _picklist_title(numbers: list[str], shown: int = 5) -> str:
    """What the print log calls a pick list: its first orders' numbers, and how many more (a log line stays short)."""
    if len(numbers) <= shown + 1:
        return msg("Pick list: {numbers}", numbers=", ".join(numbers))
    return msg("Pick list: {numbers} and {more} more", numbers=", ".join(numbers[:shown]), more=len(numbers) - shown)


def combine_pdfs(documents: list[RenderedDocument]) -> bytes:
    """All documents' PDF pages as one PDF: one print job for a batch."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for doc in documents:
        if doc.pdf:
            writer.append(io.BytesIO(doc.pdf))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def save_pdf(session: Session, refs: list[DocumentRef], path: Path, *, lang: str = "pl") -> int:
    """The documents as one PDF file (a label kept or sent on without a printer); how many pages it has.

    Written beside the target first and moved over it, so a failed write leaves no half a file."""
    if not refs:
        raise DomainError(msg("Choose the documents to save first."))
    documents = render_documents(session, refs, lang=lang)
    data = documents[0].pdf if len(documents) == 1 and documents[0].pdf else combine_pdfs(documents)
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DomainError(msg("{path} could not be written: {reason}", path=str(path),
                              reason=exc.strerror or str(exc))) from exc
    return sum(d.pages for d in documents)
