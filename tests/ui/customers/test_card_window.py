"""The customer's card as someone on the phone reads it: the figures of what they bought, every event on one
timeline newest first (a double-click opens the order or the case), tags ticked on and off (the chip in the header
follows, the list's VIP view counts them), a consent changed with its day and source, the contact data edited
(a NIP that fails its check said in the edit window), and the anonymised banner."""
# ruff: noqa: F811  (`history`, the services' fixture of a customer with a real history, is a parameter below)

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.models.customer import Customer, CustomerConsent
from app.ui.customers.card_window import CustomerCardWindow
from tests.services.customers.conftest import History, history  # noqa: F401


@pytest.fixture
def card(qtbot, ctx, history: History):
    window = CustomerCardWindow(ctx, history.customer_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def timeline_rows(card) -> list[tuple[str, str, str]]:
    m = card.timeline_model
    return [tuple(m.index(r, c).data() for c in range(3)) for r in range(m.rowCount())]


def test_card_shows_the_customer_and_the_figures(card, history):
    assert card.name.text() == "Anna Kowalska"
    assert card.windowTitle() == "Customer: Anna Kowalska"
    assert card.fields["email"].text() == "anna@example.pl"
    assert card.fields["phone"].text() == "+48 600 100 200"
    assert "ul. Długa 5/3" in card.fields["addresses"].text()
    assert card.figures["orders"].text() == "2"  # the cancelled one is not counted
    assert card.figures["value"].text().endswith("\u00a0zł")
    assert card.figures["returns"].text() == "1"
    assert card.figures["first"].text() == "2026-06-01"
    assert card.figures["last"].text() == "2026-06-20"
    assert card.figures["follow_ups"].text() == "1"
    assert card.banner.isHidden()
    assert "Possible duplicates" in card.duplicates.text()  # the other orders' customers share the e-mail


def test_timeline_newest_first_with_every_kind_and_opening_a_case(qtbot, card, history):
    rows = timeline_rows(card)
    whens = [r[0] for r in rows]
    assert whens == sorted(whens, reverse=True)
    kinds = {r[1] for r in rows}
    assert {"Order", "Shipment", "Invoice", "Contact"} <= kinds
    texts = " | ".join(r[2] for r in rows)
    assert history.invoice_number in texts and history.case_number in texts and "DPD123456" in texts
    assert "Pyta o paczkę" in texts and "druga linia" not in texts  # a contact's first line
    case_row = next(i for i, r in enumerate(rows) if history.case_number in r[2])
    window = card.open_item(case_row)
    qtbot.addWidget(window)
    assert window.case_id is not None and window.case_id == card.items[case_row].complaint_id
    window.close()
    order_row = next(i for i, r in enumerate(rows) if r[1] == "Order")
    order_window = card.open_item(order_row)
    qtbot.addWidget(order_window)
    assert order_window.order_id == card.items[order_row].order_id
    order_window.close()


def test_ticking_a_tag_saves_it_and_the_chip_shows(qtbot, card, history, session):
    assert card.chips["vip"].isHidden()
    card.tag_boxes["vip"].click()
    assert card.tag_boxes["vip"].isChecked()
    assert not card.chips["vip"].isHidden() and card.chips["vip"].text() == "VIP"
    session.expire_all()  # the fixture's session holds the customer as it was
    with session.begin():
        assert session.get(Customer, history.customer_id).tags == "vip"
    card.tag_boxes["vip"].click()
    assert card.chips["vip"].isHidden()
    session.expire_all()  # the fixture's session holds the customer as it was
    with session.begin():
        assert session.get(Customer, history.customer_id).tags == ""


def test_a_consent_ticked_is_recorded_by_hand_with_its_day(qtbot, card, history, session):
    assert card.consent_days["newsletter"].text() == "never asked"
    card.consent_boxes["newsletter"].click()
    session.expire_all()
    with session.begin():
        row = session.query(CustomerConsent).filter_by(customer_id=history.customer_id, kind="newsletter").one()
        assert (row.given, row.source) == (True, "ręcznie")
    assert card.consent_days["newsletter"].text().startswith("given ")
    assert card.consent_days["newsletter"].text().endswith("(ręcznie)")


def test_editing_the_contact_data_and_a_wrong_nip(qtbot, card, history, session):
    dialog = card.edit()
    qtbot.addWidget(dialog)
    dialog.nip.setText("5260001247")  # fails the check digit
    dialog.save()
    assert dialog.isVisible() and not dialog.problem.isHidden()
    assert "NIP" in dialog.problem.text()
    dialog.nip.setText("526-000-12-46")
    dialog.company.setText("Kowalska Design")
    dialog.save()
    assert not dialog.isVisible()
    assert card.company.text() == "Kowalska Design"
    assert card.fields["nip"].text().startswith("5260001246")
    session.expire_all()  # the fixture's session holds the customer as it was
    with session.begin():
        assert session.get(Customer, history.customer_id).company == "Kowalska Design"


def test_an_anonymised_customer_shows_the_banner_and_cannot_be_edited(qtbot, ctx, history, session):
    with session.begin():
        session.get(Customer, history.customer_id).anonymised_at = datetime(2026, 7, 1, 10, tzinfo=UTC)
    window = CustomerCardWindow(ctx, history.customer_id)
    qtbot.addWidget(window)
    assert not window.banner.isHidden() and "2026-07-01" in window.banner.text()
    assert not window.edit_button.isEnabled() and not window.tag_boxes["vip"].isEnabled()
