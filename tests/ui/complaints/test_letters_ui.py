"""The letters of a case, driven as a user drives them: a new acceptance letter filled from the case, a sentence
edited in, saved and printed on the real cups-pdf queue, the printed PDF read back; the day it was sent recorded
(the case is answered); the templates window saves and restores a wording; the order window's return form."""

from __future__ import annotations

import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.core.shop_time import shop_today
from app.models import (
    Complaint,
    ComplaintEvent,
    ComplaintLetter,
    ComplaintLine,
    ComplaintTemplate,
    Order,
    PrintLogEntry,
)
from app.services.complaints.working import case_detail
from app.services.invoicing.settings import SellerSettings, save_settings
from app.ui.complaints.letters_panel import LettersPanel
from app.ui.complaints.templates_dialog import TemplatesDialog
from app.ui.kit.bus import bus
from tests.support.cups import job_tag, need_queue, snapshot, wait_for_new_pdfs
from tests.support.pdftools import need
from tests.ui.invoicing.shop import use_pdf_printer

SELLER = SellerSettings(name="Żółty Kot sp. z o.o.", nip="526-104-08-28", street="ul. Świętokrzyska 12/4",
                        postal_code="00-916", city="Warszawa")
EDITED = "Nowy kubek wyślemy kurierem w ciągu dwóch dni roboczych."


@pytest.fixture
def case_id(session, order_input) -> int:
    """A case made as rows (registering is another engineer's service): accepted with a replacement."""
    from app.services.orders.data import LineInput
    from app.services.orders.editing import create_order

    save_settings(session, SELLER)
    order_id = create_order(session, order_input(lines=(LineInput(quantity=1, unit_price=Decimal("29.90"),
                                                                  sku="MUG-ZOL", name="Kubek żółty"),),
                                                 customer_name="Zofia Łęcka"), who="t")
    today = shop_today()
    with session.begin():
        order = session.get(Order, order_id)
        case = Complaint(number=f"REK/{today.year}/0001", kind="liability", channel="email", received_on=today,
                         status="in_review", order_id=order_id, customer_name="Zofia Łęcka",
                         address="ul. Źródlana 7, 80-180 Gdańsk", demand="replacement", reason="defect",
                         due_on=today, decision="accepted", remedy="replacement", created_by="t")
        case.lines.append(ComplaintLine(order_line_id=order.lines[0].id, sku="MUG-ZOL", name="Kubek żółty",
                                        quantity=1, unit_price=Decimal("29.90")))
        case.events.append(ComplaintEvent(kind="registered", who="t", text="Registered"))
        session.add(case)
        session.flush()
        return case.id


def _detail(db, case_id: int):
    with db.session() as s:
        return case_detail(s, case_id)


@pytest.fixture
def panel(ctx, db, qtbot, case_id):
    panel = LettersPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show_case(_detail(db, case_id))

    def reload(changes) -> None:  # the case window reloads on the bus; here the test stands in for it
        if case_id in changes.complaints:
            panel.show_case(_detail(db, case_id))

    bus().changed.connect(reload)
    yield panel
    bus().changed.disconnect(reload)


def _pdf_bytes_of_letter(session, case_id: int, subject: str, body: str) -> bytes:
    from app.printing.complaint_letter import render_letter
    from app.services.complaints.letters import letter_doc

    return render_letter(letter_doc(session, case_id, subject, body, today=shop_today()))


def _ink_missing(printed: bytes, letter: bytes, tmp_path) -> float:
    """How much of the printed page's ink and the letter's ink has no counterpart on the other (0: the same page).

    The queue gets each page as a 300 dpi picture (app.ui.printing.pdf_render), so there is no text to extract:
    the picture is taken out of the printed PDF (pdfimages) and set against the letter rendered at 300 dpi, both
    black and white; ink within 2 pixels of ink on the other counts as matched (scaling and antialiasing)."""
    from PIL import Image, ImageChops, ImageFilter, ImageStat

    need("pdfimages")
    need("pdftoppm")
    (tmp_path / "printed.pdf").write_bytes(printed)
    (tmp_path / "letter.pdf").write_bytes(letter)
    subprocess.run(["pdfimages", "-png", "-f", "1", "-l", "1", str(tmp_path / "printed.pdf"),
                    str(tmp_path / "printed")], check=True, capture_output=True)
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(tmp_path / "letter.pdf"), str(tmp_path / "letter")], check=True, capture_output=True)
    paper = Image.open(tmp_path / "printed-000.png").convert("L")
    page = Image.open(tmp_path / "letter.png").convert("L").resize(paper.size)
    a, b = (im.point(lambda v: 255 if v < 128 else 0) for im in (paper, page))
    missed = (ImageChops.subtract(a, b.filter(ImageFilter.MaxFilter(5))),
              ImageChops.subtract(b, a.filter(ImageFilter.MaxFilter(5))))
    return sum(ImageStat.Stat(m).mean[0] for m in missed) / 255


def _pdf_text(path) -> str:
    need("pdftotext")
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_new_acceptance_letter_edited_saved_printed_and_sent(panel, qtbot, session, case_id, tmp_path):
    need_queue()
    use_pdf_printer(session)
    assert panel.model.rowCount() == 0 and not panel.print_button.isEnabled()
    actions = panel.new_menu.actions()
    assert [a.text() for a in actions] == ["Acceptance", "Rejection", "Request for more information"]
    actions[0].trigger()
    dialog = panel.dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save_print_button.isEnabled())
    assert dialog.subject.text() == f"Uznanie reklamacji nr REK/{shop_today().year}/0001"
    body = dialog.body.toPlainText()
    assert "Sposób załatwienia: wymiana na nowy produkt." in body
    # The user writes a sentence of their own under the remedy.
    dialog.body.setPlainText(body.replace("Podstawa prawna", EDITED + "\n\nPodstawa prawna"))
    dialog.print_service.job_prefix = tag = job_tag()
    before = snapshot(tag)
    qtbot.mouseClick(dialog.save_print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.print_service.last is not None, timeout=30_000)
    assert dialog.print_service.last.errors == [] and not dialog.isVisible()
    [printed] = wait_for_new_pdfs(before, tag=tag)
    try:
        paper = printed.read_bytes()
    finally:
        printed.unlink(missing_ok=True)
    # Kept with the case as printed: its text has the edited sentence and the case's data.
    session.expire_all()  # what the UI's own sessions wrote
    with session.begin():
        letter = session.scalars(select(ComplaintLetter)).one()
        log = session.scalars(select(PrintLogEntry.document)).all()
    (tmp_path / "kept.pdf").write_bytes(letter.pdf)
    text = _pdf_text(tmp_path / "kept.pdf")
    assert EDITED in text and f"Dotyczy: reklamacja nr REK/{shop_today().year}/0001" in text
    assert "Zofia Łęcka" in text and "Żółty Kot sp. z o.o." in text
    assert any(f"REK/{shop_today().year}/0001" in d for d in log)
    # The queue prints pages as pictures (no text to extract): the printed page is the kept letter's page, and
    # not the letter as the template filled it (without the edited sentence).
    unedited = _pdf_bytes_of_letter(session, case_id, dialog.subject.text(), body)
    assert _ink_missing(paper, letter.pdf, tmp_path) < 0.0005
    assert _ink_missing(paper, unedited, tmp_path) > 0.002
    assert panel.model.rowCount() == 1
    assert [panel.model.index(0, c).data() for c in (0, 3)] == ["Acceptance", "not sent"]
    # Saved as a file too.
    panel.save_pdf(tmp_path / "pismo.pdf")
    assert EDITED in _pdf_text(tmp_path / "pismo.pdf")
    # Sent today (the default): the case is answered today.
    qtbot.mouseClick(panel.sent_button, Qt.MouseButton.LeftButton)
    sent = panel.dialog
    qtbot.addWidget(sent)
    assert sent.sent_date() == shop_today()
    sent.accept()
    session.expire_all()  # what the UI's own sessions wrote
    with session.begin():
        assert session.get(Complaint, case_id).answered_on == shop_today()
    assert panel.model.index(0, 3).data() == shop_today().isoformat()


def test_ask_letter_saved_and_marked_sent_waits_for_the_customer(panel, qtbot, session, case_id):
    panel.new_menu.actions()[2].trigger()
    dialog = panel.dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    assert "Prosimy o odpowiedź do dnia" in dialog.body.toPlainText()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and panel.model.rowCount() == 1
    panel.mark_sent()
    panel.dialog.accept()
    session.expire_all()  # what the UI's own sessions wrote
    with session.begin():
        case = session.get(Complaint, case_id)
        assert (case.status, case.answered_on) == ("waiting_customer", None)


def test_letter_window_saves_its_text_as_template_after_a_question_and_restores(panel, qtbot, session):
    panel.new_letter("reject")
    dialog = panel.dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    filled = dialog.body.toPlainText()
    dialog.body.setPlainText("Odmawiamy, {klient}.")
    dialog.restore()  # edits to lose: asked first
    dialog.last_box.button(QMessageBox.StandardButton.No).click()
    assert dialog.body.toPlainText() == "Odmawiamy, {klient}."
    qtbot.mouseClick(dialog.save_template_button, Qt.MouseButton.LeftButton)
    dialog.last_box.button(QMessageBox.StandardButton.Yes).click()
    session.expire_all()  # what the UI's own sessions wrote
    with session.begin():
        assert session.get(ComplaintTemplate, "reject").body == "Odmawiamy, {klient}."
    dialog.restore()
    dialog.last_box.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.body.toPlainText() == "Odmawiamy, Zofia Łęcka." != filled


def test_templates_window_saves_and_resets(ctx, qtbot, session):
    dialog = TemplatesDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == 3 and "{numer_sprawy}" in dialog.fields.text()
    page = dialog.pages["accept"]
    assert page.subject.text() == "Uznanie reklamacji nr {numer_sprawy}"
    page.subject.setText("Reklamacja {numer_sprawy} uznana")
    dialog.save()
    session.expire_all()  # what the UI's own sessions wrote
    with session.begin():
        assert session.get(ComplaintTemplate, "accept").subject == "Reklamacja {numer_sprawy} uznana"
    dialog.ask_reset()
    dialog.last_box.button(QMessageBox.StandardButton.Yes).click()
    session.expire_all()  # what the UI's own sessions wrote
    with session.begin():
        assert session.get(ComplaintTemplate, "accept") is None
    assert page.subject.text() == "Uznanie reklamacji nr {numer_sprawy}"


def test_preview_of_a_kept_letter(panel, qtbot, session):
    panel.new_letter("accept")
    qtbot.addWidget(panel.dialog)
    qtbot.waitUntil(lambda: panel.dialog.save_button.isEnabled())
    panel.dialog.preview(show=False)
    assert panel.dialog.print_service.preview_dialog is not None
    panel.dialog.save(print_it=False)
    panel.preview(show=False)
    assert panel.print_service.preview_dialog is not None
    assert "REK/" in panel.print_service.preview_dialog.windowTitle()


def test_polish_screens(polish, panel, qtbot, session, ctx):
    import os

    shots = os.environ.get("ZAPLECZE_SHOTS")
    panel.new_letter("accept")
    dialog = panel.dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    assert dialog.save_print_button.text() == "Zapisz i drukuj"
    dialog.save(print_it=False)
    assert panel.model.index(0, 3).data() == "nie wysłano"
    assert panel.new_button.text() == "Nowe pismo…"
    templates = TemplatesDialog(ctx)
    qtbot.addWidget(templates)
    if shots:
        panel.new_letter("accept")
        qtbot.waitUntil(lambda: panel.dialog.save_button.isEnabled())
        for widget, name in ((panel, "letters-panel"), (panel.dialog, "letter-dialog"), (templates, "templates")):
            widget.show()
            widget.grab().save(f"{shots}/pl-{name}.png")


def test_return_form_from_the_order_window(ctx, db, qtbot, session, case_id, tmp_path):
    from app.ui.orders.dialog import OrderDialog

    with db.session() as s:
        order_id = s.get(Complaint, case_id).order_id
    dialog = OrderDialog(ctx, order_id)
    qtbot.addWidget(dialog)
    button = dialog.return_form_button
    assert button.text() == "Return form (PDF)…"
    menu = dialog.return_form.menu
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["Preview", "Save PDF…"]
    assert all(a.isEnabled() for a in menu.actions())
    dialog.return_form.save(tmp_path / "zwrot.pdf")
    text = _pdf_text(tmp_path / "zwrot.pdf")
    for part in ("Formularz zwrotu towaru", "Kubek żółty", "MUG-ZOL", "Zwracana ilość",
                 "WZÓR FORMULARZA ODSTĄPIENIA OD UMOWY", "Adresat: Żółty Kot sp. z o.o."):
        assert part in text, part
    assert "zwrot.pdf" in dialog.return_form.last_box.text()
    dialog.return_form.preview(show=False)
    assert dialog.return_form.print_service.preview_dialog is not None


def test_return_form_waits_for_a_saved_order(ctx, qtbot):
    from app.ui.orders.dialog import OrderDialog

    dialog = OrderDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.return_form.menu.aboutToShow.emit()
    assert not any(a.isEnabled() for a in dialog.return_form.menu.actions())
