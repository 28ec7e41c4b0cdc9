"""An issued invoice's documents, made one way for every use: its FA(3) XML file, the KSeF verification link (KOD I)
computed from that file's own bytes, and the A4 PDF that carries the link as a QR code and the seller's logo (and,
for an invoice issued offline, KOD II signed with the shop's offline certificate).

The print queue (app.services.documents.render), the Invoices tab's "Save PDF and XML" and the command line all
come here, so a printed invoice, a saved one and the file sent to KSeF always agree: the QR code on the paper
verifies exactly the XML file saved beside it. Reading is a use case of its own (one read transaction); making
the documents takes no session, so the print queue renders them after its transaction, in its worker.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.core.errors import DomainError
from app.core.messages import msg
from app.services.invoicing.data import KOR, InvoiceDoc
from app.services.invoicing.reading import invoice_doc
from app.services.invoicing.settings import get_settings


@dataclass(frozen=True)
class InvoiceDocuments:
    doc: InvoiceDoc
    xml: bytes  # the FA(3) file, UTF-8
    link: str  # KOD I: the verification link of exactly these XML bytes
    pdf: bytes  # A4, the link drawn as a QR code
    pages: int
    certificate_link: str | None = None  # KOD II of an invoice issued offline, when a certificate is set up


@dataclass(frozen=True)
class SavedInvoice:
    """What save_invoice_files wrote."""

    number: str
    kind: str  # VAT | KOR
    link: str
    pdf_path: Path
    xml_path: Path | None
    pages: int


def invoice_title(doc: InvoiceDoc) -> str:
    """What the print log and the print queue call the document (an English template, shown translated)."""
    if doc.kind == KOR:
        return msg("Correction invoice {number}", number=doc.number)
    return msg("Invoice {number}", number=doc.number)


def read_invoice(session: Session, invoice_id: int) -> tuple[InvoiceDoc, bytes | None]:
    """The invoice as its documents state it, and the seller's logo from the settings (None when there is none).

    The logo comes from the settings of today, not a snapshot: it is decoration, not one of the invoice's data."""
    return invoice_doc(session, invoice_id), get_settings(session).logo


def issued_offline(session: Session, invoice_id: int) -> bool:
    """Whether the invoice was issued while KSeF could not be reached (queued offline): its PDF then carries KOD II,
    or, without an offline certificate, says when it may be handed to the buyer."""
    from sqlalchemy import select

    from app.models import Invoice

    with session.begin():
        return bool(session.scalar(select(Invoice.ksef_offline).where(Invoice.id == invoice_id)))


def _check_logo(logo: bytes) -> None:
    from reportlab.lib.utils import ImageReader

    try:
        ImageReader(io.BytesIO(logo)).getSize()
    except Exception as exc:  # PIL raises many kinds for a file that is not an image
        raise DomainError(msg("The seller's logo in the invoice settings is not an image that can be read "
                              "(PNG or JPEG); choose another one or remove it.")) from exc


def make_documents(doc: InvoiceDoc, logo: bytes | None = None, *, offline: bool = False) -> InvoiceDocuments:
    """The invoice's XML, its link and its PDF, without a session (plain data in, bytes out). An invoice issued
    `offline` also gets KOD II, signed with the offline certificate set up for the seller's NIP and the environment
    (kept in the credential store: app.services.invoicing.ksef.offline_cert), over exactly these XML bytes."""
    from pypdf import PdfReader

    from app.printing.invoice_pdf import render_invoice_pdf
    from app.printing.ksef_xml import invoice_xml, verification_link

    if logo:
        _check_logo(logo)
    xml = invoice_xml(doc)
    link = verification_link(doc, xml)
    kod2 = None
    if offline and doc.seller.nip:
        from app.services.invoicing.ksef.offline_cert import certificate_link

        kod2 = certificate_link(doc.ksef_environment, doc.seller.nip, xml)
    pdf = render_invoice_pdf(doc, link, logo=logo or None, certificate_link=kod2, offline=offline)
    return InvoiceDocuments(doc, xml, link, pdf, len(PdfReader(io.BytesIO(pdf)).pages), kod2)


def _write_all(files: list[tuple[Path, bytes]]) -> None:
    """Each file beside its target first, then moved over it: a failed write leaves no half a file."""
    written: list[Path] = []
    target = files[0][0]
    try:
        for target, data in files:
            partial = target.with_name(target.name + ".part")
            written.append(partial)
            partial.write_bytes(data)
        for target, _ in files:
            target.with_name(target.name + ".part").replace(target)
    except OSError as exc:
        for partial in written:
            partial.unlink(missing_ok=True)
        raise DomainError(msg("{path} could not be written: {reason}", path=str(target),
                              reason=exc.strerror or str(exc))) from exc


def save_invoice_files(session: Session, invoice_id: int, pdf_path: Path | str,
                       xml_path: Path | str | None = None) -> SavedInvoice:
    """Write the invoice's PDF and, when asked, its FA(3) XML (checked against the official schema first: a file
    the schema refuses is not written, KSeF would refuse it too). The PDF's QR code verifies that XML file."""
    pdf_path = Path(pdf_path)
    xml_path = Path(xml_path) if xml_path is not None else None
    if xml_path is not None and xml_path.resolve() == pdf_path.resolve():
        raise DomainError(msg("The PDF and the XML file need different names."))
    docs = make_documents(*read_invoice(session, invoice_id), offline=issued_offline(session, invoice_id))
    files = [(pdf_path, docs.pdf)]
    if xml_path is not None:
        from app.printing.fa3_schema import validate_fa3

        errors = validate_fa3(docs.xml)
        if errors:
            raise DomainError(msg("The FA(3) file of invoice {number} does not pass the official schema: {errors}",
                                  number=docs.doc.number, errors="; ".join(errors[:3])))
        files.append((xml_path, docs.xml))
    _write_all(files)
    return SavedInvoice(docs.doc.number, docs.doc.kind, docs.link, pdf_path, xml_path, docs.pages)
