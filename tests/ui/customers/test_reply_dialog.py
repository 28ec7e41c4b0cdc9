"""The reply window: a template picked for a shipped order is filled with its number and tracking link; Copy puts
them on the clipboard and logs an outgoing e-mail contact with the text (once); the mail client gets a mailto: URL
with the subject and body (caught by a real URL handler, not a mock); the templates window adds and deletes one."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app.models import Order
from app.services.customers.contacts import contacts_of
from app.services.customers.replies import list_templates
from app.services.orders import editing as orders
from app.services.shipping import shipments as shipping
from app.services.shipping.data import ParcelInput, ShipmentInput
from app.ui.customers.reply_dialog import ReplyDialog
from app.ui.customers.templates_dialog import TemplatesDialog

TRACKING = "620111222333444555666777"
LINK = f"https://inpost.pl/sledzenie-przesylek?number={TRACKING}"


class MailCatcher(QObject):
    """Stands in for the system's mail program: QDesktopServices hands it the mailto: URL."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def shipped(session, add_product, order_input) -> tuple[int, str]:
    oid = orders.create_order(session, order_input(add_product("KUB"), shipping_method="InPost Paczkomat"), who="t")
    orders.change_status(session, [oid], "ready", who="t")
    orders.change_status(session, [oid], "packed", who="t")
    shipping.create_shipment(session, oid, ShipmentInput("inpost_locker", locker_code="WAW01M",
                                                         parcels=(ParcelInput(tracking_number=TRACKING),)), who="t")
    orders.change_status(session, [oid], "shipped", who="t")
    with session.begin():
        return oid, session.get(Order, oid).number


@pytest.fixture
def mail():
    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("mailto")


def _dialog(qtbot, ctx, order_id: int) -> ReplyDialog:
    dialog = ReplyDialog(ctx, order_id=order_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_template("Gdzie jest moja paczka")
    return dialog


def test_copy_an_answer_from_an_order_and_it_is_logged_as_out(qtbot, ctx, session, shipped):
    order_id, number = shipped
    dialog = _dialog(qtbot, ctx, order_id)
    assert dialog.to.text() == "anna@example.pl"
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.body, " PS")
    with qtbot.waitSignal(dialog.logged):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert number in copied and f"{LINK}\n" in copied and copied.endswith(" PS")  # no dot glued to the link
    [contact] = contacts_of(session, order_id=order_id)
    assert (contact.channel, contact.direction, contact.topic) == ("email", "out", "status")
    assert contact.note == copied
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)  # the same text again: not logged twice
    assert len(contacts_of(session, order_id=order_id)) == 1


def test_open_in_the_mail_client_sends_the_right_mailto(qtbot, ctx, session, shipped, mail):
    order_id, number = shipped
    dialog = _dialog(qtbot, ctx, order_id)
    with qtbot.waitSignal(dialog.logged):
        qtbot.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)
    [url] = mail.urls
    assert url.scheme() == "mailto" and url.path() == "anna@example.pl"
    query = parse_qs(urlsplit(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)).query)
    assert query["subject"] == [f"Zamówienie {number} – status"]
    assert LINK in query["body"][0] and "\r\n" in query["body"][0]
    assert contacts_of(session, order_id=order_id)[0].direction == "out"


def test_the_templates_window_adds_and_deletes(qtbot, ctx, session):
    dialog = TemplatesDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.list.count() >= 6 and dialog.fields.count() > 10
    dialog.new()
    qtbot.keyClicks(dialog.name, "Podziekowanie")
    dialog.topic.setCurrentIndex(dialog.topic.findData("other"))
    qtbot.keyClicks(dialog.subject, "Dzieki")
    dialog.body.setPlainText("Dziekujemy, ")
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    dialog._insert_field(dialog.fields.item(0))  # {klient}, as a double-click puts it
    dialog.save()
    saved = next(t for t in list_templates(session) if t.name == "Podziekowanie")
    assert saved.body == "Dziekujemy, {klient}" and saved.topic == "other"
    assert dialog.current_id == saved.id
    dialog.ask_delete()
    dialog.last_box.button(QMessageBox.StandardButton.Yes).click()
    assert all(t.name != "Podziekowanie" for t in list_templates(session))
    dialog.body.setPlainText("{zle_pole}")
    dialog.name.setText("Zły")
    dialog.current_id = None
    dialog.save()
    assert "{zle_pole}" in dialog.status.text()


def test_the_order_and_case_windows_open_contact_and_reply_for_their_order_and_case(qtbot, ctx, session, shipped):
    from datetime import date

    from app.models.complaint import Complaint
    from app.services.complaints import deadlines as dl
    from app.ui.complaints.case_window import CaseWindow
    from app.ui.customers.contact_dialog import ContactDialog
    from tests.support.orders import open_dialog

    order_id, number = shipped
    window = open_dialog(qtbot, ctx, order_id)
    assert window.contact_button.isEnabled() and window.reply_button.isEnabled()
    qtbot.mouseClick(window.contact_button, Qt.MouseButton.LeftButton)
    [contact] = window.findChildren(ContactDialog)
    assert contact.order_id == order_id and number in contact.heading.text()
    qtbot.mouseClick(window.reply_button, Qt.MouseButton.LeftButton)
    [reply] = window.findChildren(ReplyDialog)
    assert reply.order_id == order_id
    for dialog in (contact, reply):
        dialog.reject()

    received = date(2026, 3, 2)
    with session.begin():
        case = Complaint(number="REK/2026/0009", kind="liability", received_on=received, order_id=order_id,
                         customer_name="Anna Kowalska", due_on=dl.deadline("complaint-answer", received).due)
        session.add(case)
        session.flush()
        case_id = case.id
    case_window = CaseWindow(ctx, case_id)
    qtbot.addWidget(case_window)
    qtbot.mouseClick(case_window.reply_button, Qt.MouseButton.LeftButton)
    [reply] = case_window.findChildren(ReplyDialog)
    reply.select_template("Reklamacja przyjęta")
    assert "REK/2026/0009" in reply.body.toPlainText() and "16.03.2026" in reply.body.toPlainText()
    qtbot.mouseClick(case_window.contact_button, Qt.MouseButton.LeftButton)
    [contact] = case_window.findChildren(ContactDialog)
    assert contact.complaint_id == case_id and contact.topic.currentData() == "complaint"
    assert "REK/2026/0009" in contact.heading.text()
