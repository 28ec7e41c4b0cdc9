"""Working a case (issue 16) on real shop files: the case window's content, status moves as the table allows,
notes and files in the timeline, the decision, and closing refused until the decision's effects exist."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.errors import DomainError
from app.models import Complaint, ComplaintLine, Refund
from app.services.complaints.data import CaseInput, CaseLineInput
from app.services.complaints.registering import register_case
from app.services.complaints.working import add_files, add_note, case_detail, change_status, close_case, decide
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.settings import SellerSettings, save_settings
from app.services.orders.editing import change_status as order_status
from app.services.orders.editing import get_order

TODAY = date(2026, 6, 30)


@pytest.fixture
def order(session, add_product, ready_order):
    oid = ready_order((add_product("MUG", "Kubek zielony"), 2))
    order_status(session, [oid], "packed", who="t")
    order_status(session, [oid], "shipped", who="t")
    order_status(session, [oid], "delivered", who="t")
    return oid


def _register(session, order_id: int, kind: str = "liability", demand: str = "repair", **kw) -> int:
    line = get_order(session, order_id).lines[0].id
    data = CaseInput(kind=kind, channel="phone", received_on=TODAY, demand=demand, reason="defect",
                     description="Nie działa", order_id=order_id, lines=(CaseLineInput(line, 1),), **kw)
    return register_case(session, data, "anna", today=TODAY).id


def _status(session, case_id: int) -> str:
    with session.begin():
        return session.get(Complaint, case_id).status


def test_detail_holds_the_case_its_order_and_invoice(session, order, tmp_path):
    save_settings(session, SellerSettings(name="Sklep", nip="526-025-02-74", street="ul. Prosta 51",
                                          postal_code="00-838", city="Warszawa"))
    invoice = issue_invoice(session, order, "t")
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"jpeg")
    line = get_order(session, order).lines[0].id
    case_id = register_case(session, CaseInput(
        kind="guarantee", channel="email", received_on=TODAY, demand="repair", reason="defect", description="Ucho",
        order_id=order, lines=(CaseLineInput(line, 2),), guarantor="Producent X", guarantee_terms="24 miesiące",
        files=(str(photo),)), "anna", files_root=tmp_path / "data", today=TODAY).id
    d = case_detail(session, case_id, files_root=tmp_path / "data")
    assert (d.number, d.kind, d.channel, d.status, d.order_number) == (
        "REK/2026/0001", "guarantee", "email", "new", get_order(session, order).number)
    assert (d.currency, d.shipping_cost, d.invoice_id) == ("PLN", Decimal("12.99"), invoice)
    assert (d.guarantor, d.guarantee_terms, d.due_on) == ("Producent X", "24 miesiące", date(2026, 7, 14))
    assert [(x.sku, x.quantity) for x in d.lines] == [("MUG", 2)]
    assert [e.kind for e in d.timeline] == ["registered"]
    assert d.files[0].name == "p.jpg" and Path(d.files[0].path).read_bytes() == b"jpeg"
    assert set(d.allowed_statuses) == {"in_review", "waiting_customer", "at_supplier"}
    assert d.correction_number is None and d.replacement_number is None


def test_status_moves_as_the_table_allows_and_each_is_in_the_timeline(session, order):
    case_id = _register(session, order)
    changes = change_status(session, case_id, "in_review", "ewa", note="Dzwoniłam do klienta")
    assert changes.complaints == {case_id}
    change_status(session, case_id, "at_supplier", "ewa")
    with pytest.raises(DomainError, match="REK/2026/0001"):
        change_status(session, case_id, "closed", "ewa")
    with pytest.raises(DomainError):
        change_status(session, case_id, "decided", "ewa")
    d = case_detail(session, case_id)
    assert d.status == "at_supplier"
    assert [(e.kind, e.from_status, e.to_status, e.who) for e in d.timeline[1:]] == [
        ("status", "new", "in_review", "ewa"), ("status", "in_review", "at_supplier", "ewa")]
    assert d.timeline[1].text == "Dzwoniłam do klienta"


def test_notes_and_files_go_into_the_timeline(session, order, tmp_path):
    case_id = _register(session, order)
    add_note(session, case_id, "  Klient prześle zdjęcia  ", "ewa")
    with pytest.raises(DomainError):
        add_note(session, case_id, "  ", "ewa")
    photo = tmp_path / "a.png"
    photo.write_bytes(b"png")
    add_files(session, case_id, [photo], "ewa", files_root=tmp_path / "data")
    add_files(session, case_id, [photo], "ewa", files_root=tmp_path / "data")
    with pytest.raises(DomainError, match="nope.png"):
        add_files(session, case_id, [tmp_path / "nope.png"], "ewa", files_root=tmp_path / "data")
    d = case_detail(session, case_id, files_root=tmp_path / "data")
    assert [e.text for e in d.timeline if e.kind == "note"] == ["Klient prześle zdjęcia"]
    assert [f.path.endswith(n) for f, n in zip(d.files, ("a.png", "a (2).png"), strict=True)] == [True, True]
    assert [e.text for e in d.timeline if e.kind == "file"] == ["Files added: a.png"] * 2


def test_a_decision_needs_a_remedy_or_a_reason_and_is_made_once(session, order):
    case_id = _register(session, order)
    with pytest.raises(DomainError, match="remedy"):
        decide(session, case_id, "accepted", None, "", "ewa")
    with pytest.raises(DomainError, match="reason"):
        decide(session, case_id, "rejected", None, "  ", "ewa")
    with pytest.raises(DomainError):
        decide(session, case_id, "maybe", "repair", "", "ewa")
    decide(session, case_id, "accepted", "repair", "", "ewa")
    with session.begin():
        case = session.get(Complaint, case_id)
        assert (case.status, case.decision, case.remedy, case.decided_at is not None) == (
            "decided", "accepted", "repair", True)
        assert case.events[-1].kind == "decision" and case.events[-1].to_status == "decided"
    with pytest.raises(DomainError, match="cannot be decided again"):
        decide(session, case_id, "rejected", None, "Za późno", "ewa")


def test_liability_settled_in_money_needs_the_reason_repair_or_replacement_did_not_come_first(session, add_product,
                                                                                                 ready_order):
    """u.p.k. art. 43e: under statutory liability a price reduction or a refund comes after repair or replacement,
    unless the shop says why not; a guarantee or a withdrawal is not bound by it."""
    product = add_product("MUG", "Kubek zielony", on_hand=20)

    def delivered() -> int:
        oid = ready_order((product, 1))
        for status in ("packed", "shipped", "delivered"):
            order_status(session, [oid], status, who="t")
        return oid

    for remedy in ("price_reduction", "refund"):
        case_id = _register(session, delivered(), demand=remedy)
        with pytest.raises(DomainError, match=r"repair or replacement comes first \(consumer rights act, art. 43e\)"):
            decide(session, case_id, "accepted", remedy, "  ", "ewa")
        assert _status(session, case_id) == "new"  # nothing written
        decide(session, case_id, "accepted", remedy, "Wymiana niemożliwa: model wycofany", "ewa")
        d = case_detail(session, case_id)
        assert (d.status, d.remedy, d.decision_reason) == ("decided", remedy, "Wymiana niemożliwa: model wycofany")
        assert d.timeline[-1].text.endswith(".\nWymiana niemożliwa: model wycofany")  # "Accepted: Refund." and why
    for kind, demand in (("liability", "repair"), ("liability", "replacement"), ("guarantee", "refund"),
                         ("withdrawal", "refund")):
        case_id = _register(session, delivered(), kind=kind, demand=demand)
        decide(session, case_id, "accepted", demand, "", "ewa")
        assert _status(session, case_id) == "decided"


def test_a_rejection_keeps_its_reason_and_closes_at_once(session, order):
    case_id = _register(session, order)
    with pytest.raises(DomainError, match="only a decided case"):
        close_case(session, case_id, "ewa")
    decide(session, case_id, "rejected", "refund", "Uszkodzenie mechaniczne z winy klienta", "ewa")
    close_case(session, case_id, "ewa")
    d = case_detail(session, case_id)
    assert (d.status, d.remedy, d.decision_reason) == ("closed", None, "Uszkodzenie mechaniczne z winy klienta")
    assert d.allowed_statuses == ()
    with session.begin():
        assert session.get(Complaint, case_id).closed_at is not None


def test_closing_a_refund_waits_for_the_refund(session, order):
    case_id = _register(session, order, demand="refund")
    decide(session, case_id, "accepted", "refund", "Naprawa niemożliwa: producent nie ma części", "ewa")
    with pytest.raises(DomainError, match="refund is not recorded"):
        close_case(session, case_id, "ewa")
    with session.begin():  # what the refund action (C4) writes
        session.add(Refund(complaint_id=case_id, goods=Decimal("10.00"), amount=Decimal("10.00"), due_on=TODAY))
    close_case(session, case_id, "ewa")
    assert _status(session, case_id) == "closed"


def test_closing_a_replacement_waits_for_the_replacement_order(session, order, ready_order, add_product):
    case_id = _register(session, order, demand="replacement")
    decide(session, case_id, "accepted", "replacement", "", "ewa")
    with pytest.raises(DomainError, match="replacement order"):
        close_case(session, case_id, "ewa")
    other = ready_order((add_product("MUG-NEW"), 1))
    with session.begin():
        session.get(Complaint, case_id).replacement_order_id = other
    close_case(session, case_id, "ewa")
    assert case_detail(session, case_id).replacement_number == get_order(session, other).number


def test_closing_a_withdrawal_waits_for_the_goods_to_be_taken_back(session, order):
    case_id = _register(session, order, kind="withdrawal", demand="refund")
    decide(session, case_id, "accepted", "refund", "", "ewa")
    with session.begin():
        session.add(Refund(complaint_id=case_id, goods=Decimal("10.00"), shipping=Decimal("12.99"),
                           amount=Decimal("22.99"), due_on=TODAY))
    with pytest.raises(DomainError, match="neither back in stock nor written off: Kubek zielony"):
        close_case(session, case_id, "ewa")
    with session.begin():
        line = session.scalar(select(ComplaintLine).where(ComplaintLine.complaint_id == case_id))
        line.restocked = 1
    close_case(session, case_id, "ewa")
    assert _status(session, case_id) == "closed"
