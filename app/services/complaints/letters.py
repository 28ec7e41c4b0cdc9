"""A case's written answer (issue 16, "Working a case"): templates, filling, the letter PDF's data, storing the
printed letter with the case, and the day it was sent (that is what the 14-day deadline measures).

Three templates, accept / reject / ask, built in here in Polish (the letter goes to a consumer in Poland); a shop
may save its own wording (a ComplaintTemplate row) and reset to the built-in one. A template's fields are words in
braces, filled from the case by `fill_letter`; a brace the shop typed that is no field stays as typed, so a typo
never stops a letter. What the user edits after filling is what is printed and kept (subject, body and the PDF).

The return form of an order (its items and the model withdrawal form of the act's annex 2) is made from the same
seller data (`return_form_doc`, made in `return_form` so the documents area can print it again without importing
this module, which imports that area).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.changes import Changes
from app.core.errors import DomainError, NotFound
from app.core.messages import msg
from app.models import Order
from app.models.base import utcnow
from app.models.complaint import (
    GUARANTEE,
    IN_REVIEW,
    LETTER_ACCEPT,
    LETTER_ASK,
    LETTER_KINDS,
    LETTER_REJECT,
    LIABILITY,
    NEW,
    TRANSPORT,
    WAITING_CUSTOMER,
    WITHDRAWAL,
    Complaint,
    ComplaintEvent,
    ComplaintLetter,
    ComplaintTemplate,
)
from app.printing.complaint_letter import LetterDoc
from app.services.complaints.data import LetterDraft
from app.services.complaints.return_form import return_form_doc, seller_block

__all__ = ["return_form_doc"]  # made in return_form (the documents area reads it there); here for the UI's callers

# The fields a template may hold, with what each says (the templates window lists them).
FIELDS: dict[str, str] = {
    "numer_sprawy": msg("the case number (REK/2026/0001)"),
    "data_wplywu": msg("the day the case was received"),
    "klient": msg("the customer's name"),
    "zamowienie": msg("the order number"),
    "produkty": msg("the products of the case with quantities"),
    "zadanie": msg("what the customer demands"),
    "rozstrzygniecie": msg("the decision's remedy"),
    "sposob": msg("the decision's remedy (the same as rozstrzygniecie)"),
    "uzasadnienie": msg("the decision's reason"),
    "termin_odpowiedzi": msg("the day the case must be answered by"),
    "podstawa": msg("the legal basis for the kind of case"),
    "sklep": msg("the shop's name"),
}

# The legal basis by kind of case, as the letter states it.
BASIS = {
    LIABILITY: "art. 43a–43g ustawy o prawach konsumenta",
    WITHDRAWAL: "art. 27–38 ustawy o prawach konsumenta",
    GUARANTEE: "art. 577 i nast. Kodeksu cywilnego oraz warunki gwarancji",
    TRANSPORT: "art. 548 Kodeksu cywilnego",
}

# Demands and remedies in the letter's words.
DEMAND_PL = {"repair": "nieodpłatna naprawa", "replacement": "wymiana na nowy produkt",
             "price_reduction": "obniżenie ceny", "refund": "zwrot zapłaconej ceny"}

_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia")

BUILT_IN: dict[str, tuple[str, str]] = {
    LETTER_ACCEPT: (
        "Uznanie reklamacji nr {numer_sprawy}",
        ("Szanowni Państwo,\n\n"
        "dziękujemy za zgłoszenie z dnia {data_wplywu} dotyczące zamówienia {zamowienie} ({produkty}).\n\n"
        "Po rozpatrzeniu sprawy uprzejmie informujemy, że Państwa reklamacja została uznana. Zgłoszone żądanie: "
        "{zadanie}. Sposób załatwienia: {rozstrzygniecie}.\n\n"
        "{uzasadnienie}\n\n"
        "Podstawa prawna: {podstawa}.\n\n"
        "W razie pytań prosimy o kontakt z podaniem numeru sprawy {numer_sprawy}.\n\n"
        "Z poważaniem\n{sklep}")),
    LETTER_REJECT: (
        "Odpowiedź na reklamację nr {numer_sprawy}",
        ("Szanowni Państwo,\n\n"
        "dziękujemy za zgłoszenie z dnia {data_wplywu} dotyczące zamówienia {zamowienie} ({produkty}), w którym "
        "zażądali Państwo: {zadanie}.\n\n"
        "Po rozpatrzeniu sprawy z przykrością informujemy, że reklamacja nie została uznana.\n\n"
        "Uzasadnienie: {uzasadnienie}\n\n"
        "Podstawa prawna: {podstawa}.\n\n"
        "Jeżeli nie zgadzają się Państwo z naszym stanowiskiem, mogą Państwo skorzystać z pomocy miejskiego lub "
        "powiatowego rzecznika konsumentów albo wojewódzkiego inspektoratu Inspekcji Handlowej, a także dochodzić "
        "roszczeń przed sądem.\n\n"
        "Z poważaniem\n{sklep}")),
    LETTER_ASK: (
        "Prośba o uzupełnienie reklamacji nr {numer_sprawy}",
        ("Szanowni Państwo,\n\n"
        "otrzymaliśmy Państwa zgłoszenie z dnia {data_wplywu} dotyczące zamówienia {zamowienie} ({produkty}). "
        "Abyśmy mogli je rozpatrzyć, prosimy o uzupełnienie następujących informacji:\n\n"
        "– dokładny opis wady i okoliczności, w jakich się ujawniła,\n"
        "– zdjęcia produktu (a przy uszkodzeniu w transporcie także opakowania),\n"
        "– dowód zakupu, jeżeli zamówienie było składane na inne dane.\n\n"
        "Prosimy o odpowiedź do dnia {termin_odpowiedzi} z podaniem numeru sprawy {numer_sprawy}.\n\n"
        "Z poważaniem\n{sklep}")),
}

_FIELD = re.compile(r"\{([A-Za-z_]+)\}")


@dataclass(frozen=True)
class LetterRow:
    """A stored letter, for saving its PDF under a sensible name."""

    id: int
    case_number: str
    template: str
    subject: str


def polish_day(day: date) -> str:
    """A day as a Polish letter writes it: 6 grudnia 2026 r."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year} r."


def fill(text: str, fields: dict[str, str]) -> str:
    """Each {field} the template knows replaced; anything else in braces (a typo, a literal brace) left as typed."""
    return _FIELD.sub(lambda m: fields.get(m.group(1), m.group(0)), text)


def _check_kind(kind: str) -> None:
    if kind not in LETTER_KINDS:
        raise DomainError(msg("Unknown letter template '{kind}'.", kind=kind))


def _case(session: Session, case_id: int) -> Complaint:
    case = session.get(Complaint, case_id)
    if case is None:
        raise NotFound(msg("The case no longer exists."))
    return case


def _read_template(session: Session, kind: str) -> LetterDraft:
    _check_kind(kind)
    row = session.get(ComplaintTemplate, kind)
    if row is not None:
        return LetterDraft(kind, row.subject, row.body)
    subject, body = BUILT_IN[kind]
    return LetterDraft(kind, subject, body)


def template(session: Session, kind: str) -> LetterDraft:
    """The shop's own wording of a letter, or the built-in Polish one when it has none."""
    with session.begin():
        return _read_template(session, kind)


def built_in(kind: str) -> LetterDraft:
    """The built-in Polish wording (what reset_template goes back to)."""
    _check_kind(kind)
    return LetterDraft(kind, *BUILT_IN[kind])


def save_template(session: Session, kind: str, subject: str, body: str) -> None:
    """Keep the shop's own wording for every later letter of this kind."""
    _check_kind(kind)
    if not subject.strip() or not body.strip():
        raise DomainError(msg("A letter template needs a subject and a text."))
    with session.begin():
        row = session.get(ComplaintTemplate, kind)
        if row is None:
            row = ComplaintTemplate(kind=kind)
            session.add(row)
        row.subject, row.body, row.updated_at = subject.strip(), body, utcnow()


def reset_template(session: Session, kind: str) -> None:
    """Back to the built-in wording (the shop's row is removed)."""
    _check_kind(kind)
    with session.begin():
        row = session.get(ComplaintTemplate, kind)
        if row is not None:
            session.delete(row)


def _seller_name(session: Session) -> str:
    from app.services.invoicing.settings import read_settings

    return read_settings(session).name


def _fields(session: Session, case: Complaint) -> dict[str, str]:
    order_number = session.scalar(select(Order.number).where(Order.id == case.order_id)) if case.order_id else None
    products = ", ".join(f"{line.name} ×{line.quantity}" for line in case.lines) or "—"
    remedy = DEMAND_PL.get(case.remedy or "", "")
    return {
        "numer_sprawy": case.number,
        "data_wplywu": polish_day(case.received_on),
        "klient": case.customer_name,
        "zamowienie": order_number or "—",
        "produkty": products,
        "zadanie": DEMAND_PL.get(case.demand, case.demand),
        "rozstrzygniecie": remedy,
        "sposob": remedy,
        "uzasadnienie": case.decision_reason,
        "termin_odpowiedzi": polish_day(case.due_on),
        "podstawa": BASIS.get(case.kind, ""),
        "sklep": _seller_name(session),
    }


def fill_letter(session: Session, case_id: int, kind: str) -> LetterDraft:
    """The template of this kind filled from the case, ready to edit. An empty paragraph (no decision reason yet)
    drops out of the printed letter by itself."""
    with session.begin():
        draft = _read_template(session, kind)
        fields = _fields(session, _case(session, case_id))
    return LetterDraft(kind, fill(draft.subject, fields), fill(draft.body, fields))


def _address_lines(one_line: str, name: str = "") -> tuple[str, ...]:
    """A one-line address ("ul. Długa 5/3, 00-950 Warszawa") as the lines of an envelope. The order's address
    starts with the addressee, whom the letter already names above it: that line is left out, and so is Poland's
    code (a letter within the country), which reads like a stray "PL"."""
    lines = [part.strip() for part in one_line.split(",") if part.strip()]
    if lines and name and lines[0].casefold() == name.strip().casefold():
        lines = lines[1:]
    if len(lines) > 1 and lines[-1] == "PL":
        lines = lines[:-1]
    return tuple(lines)


def letter_doc(session: Session, case_id: int, subject: str, body: str, *, today: date) -> LetterDoc:
    """What the letter PDF is made from: the seller as the invoice settings hold it, the customer as the case
    recorded them, the text as the user edited it, dated today."""
    with session.begin():
        case = _case(session, case_id)
        name, address, contact, nip, place, logo = seller_block(session)
        return LetterDoc(seller_name=name, seller_address=address, seller_contact=contact, seller_nip=nip,
                         place_and_date=f"{place}, {polish_day(today)}" if place else polish_day(today),
                         customer_name=case.customer_name, customer_address=_address_lines(case.address, case.customer_name),
                         case_number=case.number, subject=subject, body=body, logo_png=logo)


def store_letter(session: Session, case_id: int, template: str, subject: str, body: str, pdf: bytes,
                 who: str) -> tuple[int, Changes]:
    """Keep the letter as printed (text and PDF) with the case, with a timeline entry; returns its id."""
    _check_kind(template)
    if not subject.strip() or not body.strip():
        raise DomainError(msg("The letter needs a subject and a text."))
    with session.begin():
        case = _case(session, case_id)
        letter = ComplaintLetter(complaint_id=case.id, template=template, subject=subject.strip(), body=body,
                                 pdf=pdf, who=who)
        session.add(letter)
        case.events.append(ComplaintEvent(kind="letter", who=who, text=msg("Letter written: {subject}",
                                                                           subject=subject.strip())))
        session.flush()
        letter_id = letter.id
    return letter_id, Changes.of_complaints([case_id])


def mark_sent(session: Session, letter_id: int, sent_on: date, who: str) -> Changes:
    """The day the letter went to the customer. An acceptance or rejection answers the case: its answered_on is
    that day (the earliest answer counts). A request for more information puts a new or reviewed case to waiting
    for the customer."""
    with session.begin():
        letter = session.get(ComplaintLetter, letter_id)
        if letter is None:
            raise NotFound(msg("The letter no longer exists."))
        case = _case(session, letter.complaint_id)
        if sent_on < case.received_on:
            raise DomainError(msg("A letter cannot be sent before the case was received ({day}).",
                                  day=case.received_on.isoformat()))
        letter.sent_on = sent_on
        if letter.template in (LETTER_ACCEPT, LETTER_REJECT):
            if case.answered_on is None or case.answered_on > sent_on:
                case.answered_on = sent_on
        elif letter.template == LETTER_ASK and case.status in (NEW, IN_REVIEW):
            case.events.append(ComplaintEvent(kind="status", from_status=case.status, to_status=WAITING_CUSTOMER,
                                              who=who, text=msg("Asked the customer for more information.")))
            case.status = WAITING_CUSTOMER
        case.events.append(ComplaintEvent(kind="letter", who=who, text=msg(
            "Letter sent on {day}: {subject}", day=sent_on.isoformat(), subject=letter.subject)))
        case_id = case.id
    return Changes.of_complaints([case_id])


def letter_pdf(session: Session, letter_id: int) -> bytes:
    """The letter's PDF as it was printed."""
    with session.begin():
        pdf = session.scalar(select(ComplaintLetter.pdf).where(ComplaintLetter.id == letter_id))
    if not pdf:
        raise NotFound(msg("The letter has no PDF."))
    return pdf


def letter_row(session: Session, letter_id: int) -> LetterRow:
    """A letter's case number, template and subject (a file name for its PDF)."""
    with session.begin():
        row = session.execute(select(ComplaintLetter.id, Complaint.number, ComplaintLetter.template,
                                     ComplaintLetter.subject)
                              .join(Complaint, Complaint.id == ComplaintLetter.complaint_id)
                              .where(ComplaintLetter.id == letter_id)).first()
    if row is None:
        raise NotFound(msg("The letter no longer exists."))
    return LetterRow(*row)


def _print_request(session: Session, kind: str, title: str, pdf: bytes, order_id: int | None,
                   letter_id: int | None = None):
    """A PDF made here as the print service takes it: on the A4 printer, logged under its kind and order (and a
    kept letter's id: what a reprint from the print log prints again)."""
    import io

    from pypdf import PdfReader

    from app.services.documents.queue import KINDS, get_printer_setting
    from app.services.documents.render import DocumentRef, PrintRequest, RenderedDocument

    settings = {k: get_printer_setting(session, k) for k in KINDS}
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    ref = DocumentRef(kind, order_id, complaint_letter_id=letter_id)
    return PrintRequest(settings, [RenderedDocument(ref, title, pdf, None, pages, "a4")])


def letter_print_request(session: Session, letter_id: int):
    """A stored letter ready for the print service (app.ui.printing.service.PrintService.print_prepared): its PDF
    as printed, on the A4 printer; the print log names it by its case and the case's order, and keeps its id."""
    row = letter_row(session, letter_id)
    with session.begin():
        order_id = session.scalar(select(Complaint.order_id).join(ComplaintLetter,
                                                                  ComplaintLetter.complaint_id == Complaint.id)
                                  .where(ComplaintLetter.id == letter_id))
    title = msg("Complaint letter {number}: {subject}", number=row.case_number, subject=row.subject)
    return _print_request(session, "complaint_letter", title, letter_pdf(session, letter_id), order_id, letter_id)


def return_form_pdf(session: Session, order_id: int) -> bytes:
    """An order's return form as PDF bytes."""
    from app.printing.return_form import render_return_form

    return render_return_form(return_form_doc(session, order_id))


def return_form_print_request(session: Session, order_id: int):
    """An order's return form ready for the print service (preview or print on the A4 printer)."""
    doc = return_form_doc(session, order_id)
    from app.printing.return_form import render_return_form

    return _print_request(session, "return_form", msg("Return form {number}", number=doc.order_number),
                          render_return_form(doc), order_id)


def write_letter(session: Session, case_id: int, template: str, subject: str, body: str, who: str, *,
                 today: date) -> tuple[int, Changes]:
    """The letter rendered as it stands (dated today) and kept with the case: what the letter window's Save does."""
    from app.printing.complaint_letter import render_letter

    if not subject.strip() or not body.strip():
        raise DomainError(msg("The letter needs a subject and a text."))
    pdf = render_letter(letter_doc(session, case_id, subject, body, today=today))
    return store_letter(session, case_id, template, subject, body, pdf, who)


def draft_print_request(session: Session, case_id: int, subject: str, body: str, *, today: date):
    """The letter as it would print now, not kept (the letter window's Preview)."""
    from app.printing.complaint_letter import render_letter

    doc = letter_doc(session, case_id, subject, body, today=today)
    with session.begin():
        order_id = session.scalar(select(Complaint.order_id).where(Complaint.id == case_id))
    title = msg("Complaint letter {number}: {subject}", number=doc.case_number, subject=subject)
    return _print_request(session, "complaint_letter", title, render_letter(doc), order_id)


def _write_file(path: Path, data: bytes) -> Path:
    """Written beside the target first and moved over it, so a failed write leaves no half a file."""
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DomainError(msg("{path} could not be written: {reason}", path=str(path),
                              reason=exc.strerror or str(exc))) from exc
    return path


def save_letter_pdf(session: Session, letter_id: int, path: Path) -> Path:
    """The letter's PDF as a file."""
    return _write_file(path, letter_pdf(session, letter_id))


def save_return_form(session: Session, order_id: int, path: Path) -> Path:
    """An order's return form as a PDF file."""
    return _write_file(path, return_form_pdf(session, order_id))
