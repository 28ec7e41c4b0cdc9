"""The settings window's Invoices page: the seller, the invoicing rules, the logo and the numbering series, typed
as a shop owner types them and saved with the window's one Save; a refused NIP or account number is said under
its field and nothing at all is saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from app.services.invoicing.numbering import list_series
from app.services.invoicing.settings import SellerSettings, get_settings, save_settings
from app.services.shipping import shipments as shipping
from tests.support.shipping import modal_text

NIP, IBAN = "1234563218", "PL61109010140000071219812874"


def open_dialog(ctx, qtbot, **kw):
    from app.ui.settings.dialog import PrinterSettingsDialog

    dialog = PrinterSettingsDialog(ctx, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def picture(path, width: int, height: int, fmt: str) -> None:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e7b34"))
    assert image.save(str(path), fmt)


def test_seller_rules_logo_and_a_series_are_saved_with_the_window(ctx, session, qtbot, tmp_path, monkeypatch):
    from app.ui.settings.dialog import INVOICES_PAGE

    dialog = open_dialog(ctx, qtbot, page=INVOICES_PAGE)
    page = dialog.invoices_page
    assert dialog.pages.currentWidget() is page and page.loaded
    assert [s.code for s in page.series] == ["FV", "KOR"]  # the standard series, made on first use
    qtbot.keyClicks(page.name, "Sklep Zielony Kot sp. z o.o.")
    qtbot.keyClicks(page.nip, "123-456-32-18")
    qtbot.keyClicks(page.street, "ul. Polna 1")
    qtbot.keyClicks(page.postal_code, "90-001")
    page.city.setText("Łódź")  # QTest types no Polish letters
    qtbot.keyClicks(page.bank_account, "61 1090 1014 0000 0712 1981 2874")
    qtbot.keyClicks(page.bank_name, "Santander")
    page.payment_days.setValue(14)
    page.method.setCurrentIndex(page.method.findData("gross"))
    qtbot.keyClicks(page.exemption, "art. 43 ust. 1 pkt 2 ustawy o VAT")
    page.cash.setChecked(True)
    page.split.setChecked(True)
    page.ksef.setCurrentIndex(page.ksef.findData("demo"))
    logo = tmp_path / "logo.png"
    picture(logo, 300, 100, "PNG")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    page.choose_logo.click()
    assert not page.logo_view.pixmap().isNull() and page.remove_logo.isEnabled()

    add = page.edit_series(None)  # Add series…
    add.code.setText("fve")
    add.pattern.setText("FVE/{YYYY}/{N:04}")
    add.reset.setCurrentIndex(add.reset.findData("year"))
    assert add.sample.text() == f"FVE/{date.today().year}/0001"
    add.default.setChecked(True)
    add.accept()
    rows = [[page.series_model.index(r, c).data() for c in range(6)] for r in range(page.series_model.rowCount())]
    assert ["FVE", "Invoices", "FVE/{YYYY}/{N:04}", "every year", "✓", f"FVE/{date.today().year}/0001"] in rows
    assert next(r for r in rows if r[0] == "FV")[4] == ""  # the default moved to the new series

    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = get_settings(session)
    assert (saved.name, saved.nip, saved.street, saved.postal_code, saved.city) == (
        "Sklep Zielony Kot sp. z o.o.", NIP, "ul. Polna 1", "90-001", "Łódź")
    assert (saved.bank_account, saved.bank_name, saved.payment_days, saved.b2b_method) == (IBAN, "Santander", 14,
                                                                                           "gross")
    assert saved.exemption_basis.startswith("art. 43") and saved.cash_accounting and saved.split_payment
    assert saved.ksef_environment == "demo" and saved.logo == logo.read_bytes()
    series = {s.code: s for s in list_series(session)}
    assert (series["FVE"].pattern, series["FVE"].reset, series["FVE"].is_default) == ("FVE/{YYYY}/{N:04}", "year",
                                                                                      True)
    assert not series["FV"].is_default and series["KOR"].is_default

    again = open_dialog(ctx, qtbot, page=INVOICES_PAGE).invoices_page  # what was saved is shown next time
    assert again.nip.text() == NIP and again.city.text() == "Łódź" and not again.logo_view.pixmap().isNull()
    again.remove_logo.click()
    again.window().accept()
    assert get_settings(session).logo is None


@pytest.mark.parametrize(("field", "typed", "said"), [
    ("nip", "123-456-32-19", "wrong check digit"),
    ("nip", "12345", "must have 10 digits"),
    ("bank_account", "PL61 1090 1014 0000 0712 1981 2875", "wrong check digits"),
])
def test_a_refused_nip_or_account_is_said_on_its_field_and_nothing_is_saved(ctx, session, qtbot, field, typed, said):
    dialog = open_dialog(ctx, qtbot)
    dialog.fields["city"].setText("Gdańsk")  # a change on another page, which must not be saved either
    page = dialog.invoices_page
    qtbot.keyClicks(page.name, "Sklep")
    qtbot.keyClicks(getattr(page, field), typed)
    dialog.accept()
    assert dialog.result() == 0 and dialog.isVisible()
    assert dialog.pages.currentWidget() is page  # the page with the refusal comes to the front
    error = page.errors[field]
    assert error.isVisible() and said in error.text()
    other = page.errors["bank_account" if field == "nip" else "nip"]
    assert not other.isVisible()
    session.expire_all()
    assert get_settings(session) == SellerSettings()
    assert shipping.get_settings(session).sender.city == ""
    qtbot.keyClick(getattr(page, field), Qt.Key.Key_Backspace)  # typing again takes the message away
    assert not error.isVisible()


def test_a_refused_shipping_value_saves_no_invoicing_data_either(ctx, session, qtbot):
    dialog = open_dialog(ctx, qtbot)
    qtbot.keyClicks(dialog.invoices_page.name, "Sklep")
    qtbot.keyClicks(dialog.invoices_page.nip, NIP)
    dialog.prefix.setText("Z-D")  # refused: printed as a barcode
    assert "letters and digits only" in modal_text(dialog.accept)
    assert get_settings(session) == SellerSettings()


def test_a_series_that_numbered_invoices_keeps_its_pattern_and_a_bad_pattern_is_said(
        ctx, session, qtbot, add_product, order_input):
    from app.services.invoicing.issuing import issue_invoice
    from app.services.orders.editing import create_order

    save_settings(session, SellerSettings("Sklep", NIP, "Polna 1", "90-001", "Łódź"))
    issue_invoice(session, create_order(session, order_input(add_product("MUG")), "t"), "t")
    page = open_dialog(ctx, qtbot).invoices_page
    fv = page.edit_series(0)
    assert fv.code.text() == "FV" and not fv.pattern.isEnabled() and not fv.reset.isEnabled()
    fv.reject()
    kor = page.edit_series(1)  # unused: its pattern may change, and is checked as it is typed
    assert kor.pattern.isEnabled()
    kor.pattern.setText("K/{N}")
    assert kor.sample.text() == "—" and "month and the year" in kor.message.text()
    kor.accept()
    assert kor.isVisible() and page.series[1].pattern == "KOR/{YYYY}/{MM}/{N}"
    kor.reset.setCurrentIndex(kor.reset.findData("never"))
    assert kor.sample.text() == "K/1"
    kor.code.setText("fv")  # the code of another series
    kor.accept()
    assert kor.isVisible() and "already a series FV" in kor.message.text()
    kor.code.setText("K")
    kor.accept()
    assert not kor.isVisible() and page.changed_series()[0].code == "K"
    page.window().accept()
    assert {s.code: s.pattern for s in list_series(session)} == {"FV": "FV/{YYYY}/{MM}/{N}", "K": "K/{N}"}


def test_a_big_picture_becomes_a_small_png_and_a_file_that_is_no_picture_is_said(ctx, qtbot, tmp_path):
    from app.ui.settings.dialog import INVOICES_PAGE

    page = open_dialog(ctx, qtbot, page=INVOICES_PAGE).invoices_page
    photo = tmp_path / "photo.bmp"
    picture(photo, 2400, 1200, "BMP")
    page.load_logo(photo)
    kept = QImage.fromData(page.logo)
    assert page.logo.startswith(b"\x89PNG") and (kept.width(), kept.height()) == (800, 400)
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    page.load_logo(text)
    assert page.message.isVisible() and "notes.png is not a picture" in page.message.text()
    assert page.logo.startswith(b"\x89PNG")  # the earlier logo stays


def test_the_page_in_polish(ctx, qtbot, polish):
    from app.ui.settings.dialog import INVOICES_PAGE

    dialog = open_dialog(ctx, qtbot, page=INVOICES_PAGE)
    assert dialog.pages.tabText(dialog.pages.currentIndex()) == "Faktury"
    page = dialog.invoices_page
    qtbot.keyClicks(page.nip, "123-456-32-19")
    dialog.accept()
    assert "cyfrę kontrolną" in page.errors["nip"].text()
    assert page.series_model.index(0, 1).data() == "Faktury"


def test_when_the_invoicing_data_cannot_be_read_the_other_pages_still_save(ctx, db, db_path, session, qtbot):
    import sqlite3

    with sqlite3.connect(db_path) as raw:  # a damaged shop: its series table is gone
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("DROP TABLE invoice_series")
    db.engine.dispose()
    dialog = open_dialog(ctx, qtbot)
    page = dialog.invoices_page
    assert page.failed and not page.loaded and page.message.text() and not page.name.isEnabled()
    dialog.fields["city"].setText("Gdańsk")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert shipping.get_settings(session).sender.city == "Gdańsk"
