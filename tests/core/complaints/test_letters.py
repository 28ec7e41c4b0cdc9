"""Letters of a case on a real shop file: a case made directly as rows (the registering service is not what is
tested here), templates filled from it, the shop's own wording saved and reset, the letter stored with its PDF,
and the day it was sent recorded (an answer sets answered_on; a request for more puts the case to waiting)."""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.core.errors import DomainError
from app.models import Complaint, ComplaintEvent, ComplaintLetter, ComplaintLine, ComplaintTemplate, Order
from app.models.complaint import LIABILITY, TRANSPORT, WITHDRAWAL
from app.printing.complaint_letter import render_letter
from app.printing.return_form import render_return_form
from app.services.complaints.letters import (
    fill,
    fill_letter,
    letter_doc,
    letter_pdf,
    mark_sent,
    reset_template,
    return_form_doc,
    save_template,
    store_letter,
    template,
)
from app.services.invoicing.settings import SellerSettings, save_settings
from tests.support.pdftools import need

SELLER = SellerSettings(name="Żółty Kot sp. z o.o.", nip="526-104-08-28", street="ul. Świętokrzyska 12/4",
                        postal_code="00-916", city="Warszawa", place_of_issue="Warszawa")


def make_case(session, order_id: int | None, *, kind: str = LIABILITY, status: str = "new", demand: str = "repair",
              remedy: str | None = None, reason: str = "", number: str = "REK/2026/0007") -> int:
    """A case as rows, the way registering leaves one (a line of the order, a "registered" event)."""
    with session.begin():
        order = session.get(Order, order_id) if order_id else None
        case = Complaint(number=number, kind=kind, channel="email", received_on=date(2026, 12, 2), status=status,
                         order_id=order_id, customer_name="Zofia Łęcka-Gąsiorowska", email="zofia@example.pl",
                         address="ul. Źródlana 7, 80-180 Gdańsk", demand=demand, reason="defect",
                         description="Pęknięte ucho kubka", due_on=date(2026, 12, 16), remedy=remedy,
                         decision="accepted" if remedy else None, decision_reason=reason, created_by="t")
        if order is not None:
            for line in order.lines:
                case.lines.append(ComplaintLine(order_line_id=line.id, sku=line.sku, name=line.name,
                                                quantity=line.quantity, unit_price=line.unit_price))
        else:
            case.lines.append(ComplaintLine(sku="MUG", name="Kubek żółty", quantity=1, unit_price=Decimal("29.90")))
        case.events.append(ComplaintEvent(kind="registered", who="t", text="Registered"))
        session.add(case)
        session.flush()
        return case.id


@pytest.fixture
def shop(session, order_input):
    from app.services.orders.data import LineInput
    from app.services.orders.editing import create_order

    save_settings(session, SELLER)
    lines = (LineInput(quantity=2, unit_price=Decimal("29.90"), sku="MUG-ZOL", name="Kubek żółty"),
             LineInput(quantity=1, unit_price=Decimal("19.00"), sku="TEA-100", name="Herbata zielona"))
    return create_order(session, order_input(lines=lines, customer_name="Zofia Łęcka-Gąsiorowska"), who="t")


def test_fill_leaves_unknown_braces_as_typed() -> None:
    assert fill("{a} {b} {nie_ma} {} { a } }{", {"a": "1", "b": "2"}) == "1 2 {nie_ma} {} { a } }{"


def test_accept_letter_filled_from_the_case(session, shop) -> None:
    case_id = make_case(session, shop, remedy="replacement", reason="Wada fabryczna potwierdzona.")
    draft = fill_letter(session, case_id, "accept")
    number = session.scalar(select(Order.number).where(Order.id == shop))
    assert draft.template == "accept"
    assert draft.subject == "Uznanie reklamacji nr REK/2026/0007"
    for part in ("z dnia 2 grudnia 2026 r.", f"zamówienia {number}", "Kubek żółty ×2, Herbata zielona ×1",
                 "Zgłoszone żądanie: nieodpłatna naprawa", "Sposób załatwienia: wymiana na nowy produkt",
                 "Wada fabryczna potwierdzona.", "art. 43a–43g ustawy o prawach konsumenta", "Żółty Kot sp. z o.o."):
        assert part in draft.body, part
    assert "{" not in draft.body


@pytest.mark.parametrize(("kind", "basis"), [(WITHDRAWAL, "art. 27–38 ustawy o prawach konsumenta"),
                                             (TRANSPORT, "art. 548 Kodeksu cywilnego"),
                                             ("guarantee", "art. 577 i nast. Kodeksu cywilnego oraz warunki gwarancji")])
def test_legal_basis_follows_the_kind(session, shop, kind, basis) -> None:
    case_id = make_case(session, shop, kind=kind)
    assert f"Podstawa prawna: {basis}." in fill_letter(session, case_id, "reject").body


def test_ask_letter_names_the_answer_day_and_a_case_without_order(session) -> None:
    save_settings(session, SELLER)
    case_id = make_case(session, None)
    body = fill_letter(session, case_id, "ask").body
    assert "do dnia 16 grudnia 2026 r." in body
    assert "zamówienia — (Kubek żółty ×1)" in body


def test_own_template_saved_used_and_reset(session, shop) -> None:
    case_id = make_case(session, shop)
    built = template(session, "reject")
    save_template(session, "reject", "Odmowa {numer_sprawy}", "Pani {klient}, nie. {literówka}\n\n{sklep}")
    assert template(session, "reject").subject == "Odmowa {numer_sprawy}"
    draft = fill_letter(session, case_id, "reject")
    assert draft.subject == "Odmowa REK/2026/0007"
    assert draft.body == "Pani Zofia Łęcka-Gąsiorowska, nie. {literówka}\n\nŻółty Kot sp. z o.o."
    with session.begin():
        assert session.get(ComplaintTemplate, "reject") is not None
    reset_template(session, "reject")
    assert template(session, "reject") == built
    assert fill_letter(session, case_id, "reject").subject == "Odpowiedź na reklamację nr REK/2026/0007"
    with pytest.raises(DomainError):
        save_template(session, "reject", "", "x")
    with pytest.raises(DomainError):
        template(session, "thanks")


def _store(session, case_id: int, kind: str, body: str = "Treść pisma.") -> int:
    doc = letter_doc(session, case_id, "Temat", body, today=date(2026, 12, 6))
    letter_id, changes = store_letter(session, case_id, kind, "Temat", body, render_letter(doc), "t")
    assert changes.complaints == {case_id}
    return letter_id


def test_letter_doc_and_stored_pdf_read_back(session, shop, tmp_path) -> None:
    need("pdftotext")
    case_id = make_case(session, shop, remedy="refund")
    draft = fill_letter(session, case_id, "accept")
    doc = letter_doc(session, case_id, draft.subject, draft.body, today=date(2026, 12, 6))
    assert doc.seller_name == "Żółty Kot sp. z o.o." and doc.seller_nip == "5261040828"
    assert doc.seller_address == ("ul. Świętokrzyska 12/4", "00-916 Warszawa")
    assert doc.customer_address == ("ul. Źródlana 7", "80-180 Gdańsk")
    assert doc.place_and_date == "Warszawa, 6 grudnia 2026 r."
    letter_id, _ = store_letter(session, case_id, "accept", draft.subject, draft.body, render_letter(doc), "t")
    path = tmp_path / "l.pdf"
    path.write_bytes(letter_pdf(session, letter_id))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Dotyczy: reklamacja nr REK/2026/0007" in text and "zwrot zapłaconej ceny" in text
    with session.begin():
        events = session.scalars(select(ComplaintEvent.kind).where(ComplaintEvent.complaint_id == case_id)).all()
    assert events == ["registered", "letter"]


def test_mark_sent_answers_the_case_with_the_earliest_day(session, shop) -> None:
    case_id = make_case(session, shop, remedy="repair")
    first = _store(session, case_id, "accept")
    second = _store(session, case_id, "reject")
    assert mark_sent(session, second, date(2026, 12, 10), "t").complaints == {case_id}
    with session.begin():
        assert session.get(Complaint, case_id).answered_on == date(2026, 12, 10)
    mark_sent(session, first, date(2026, 12, 8), "t")
    mark_sent(session, second, date(2026, 12, 12), "t")  # a later sending does not move the answer later
    with session.begin():
        case = session.get(Complaint, case_id)
        assert case.answered_on == date(2026, 12, 8)
        assert case.status == "new"  # the answer does not decide the case
        assert session.get(ComplaintLetter, second).sent_on == date(2026, 12, 12)
    with pytest.raises(DomainError):
        mark_sent(session, first, date(2026, 11, 30), "t")  # before the case came in


@pytest.mark.parametrize(("status", "after"), [("new", "waiting_customer"), ("in_review", "waiting_customer"),
                                               ("at_supplier", "at_supplier")])
def test_ask_letter_sent_waits_for_the_customer(session, shop, status, after) -> None:
    case_id = make_case(session, shop, status=status)
    mark_sent(session, _store(session, case_id, "ask"), date(2026, 12, 3), "t")
    with session.begin():
        case = session.get(Complaint, case_id)
        assert case.status == after
        assert case.answered_on is None  # a question is no answer
        kinds = [e.kind for e in case.events]
    assert kinds[-1] == "letter" and ("status" in kinds) == (status != "at_supplier")


def test_return_form_of_an_order(session, shop, tmp_path) -> None:
    need("pdftotext")
    doc = return_form_doc(session, shop)
    assert doc.seller_name == "Żółty Kot sp. z o.o."
    assert [(i.name, i.sku, i.quantity) for i in doc.items] == [("Kubek żółty", "MUG-ZOL", 2),
                                                               ("Herbata zielona", "TEA-100", 1)]
    assert doc.customer_address == ("ul. Długa 5/3", "00-950 Warszawa") and doc.bank_account == ""
    path = tmp_path / "f.pdf"
    path.write_bytes(render_return_form(doc))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert doc.order_number in text and "Herbata zielona" in text


def test_the_letters_address_does_not_repeat_the_name_or_say_pl(session, shop) -> None:
    """Registering copies the order's address, which starts with the addressee and ends with the country."""
    case_id = make_case(session, shop, remedy="refund")
    with session.begin():
        session.get(Complaint, case_id).address = "Zofia Łęcka-Gąsiorowska, ul. Źródlana 7, 80-180 Gdańsk, PL"
    doc = letter_doc(session, case_id, "Temat", "Treść", today=date(2026, 12, 6))
    assert doc.customer_name == "Zofia Łęcka-Gąsiorowska"
    assert doc.customer_address == ("ul. Źródlana 7", "80-180 Gdańsk")
