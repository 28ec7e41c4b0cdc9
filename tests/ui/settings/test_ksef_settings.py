"""The settings' KSeF box: the token typed into a password field goes to the (test) credential store and never into
the shop file; it is shown as stored, replaced, removed; "Test the connection" against the local KSeF stand-in
says connected, refused with KSeF's code, no token, or unreachable; the auto-send switch is remembered."""

from __future__ import annotations

import pytest

from app.config import Settings
from app.services.invoicing.ksef import secrets
from app.services.invoicing.ksef.ui_support import BASE_URL_ENV
from app.services.invoicing.settings import get_settings, save_settings
from app.ui.kit import settings as remembered
from tests.ui.invoicing.shop import SELLER

NIP = "5261040828"  # SELLER's, and the stand-in's


@pytest.fixture
def store(credential_store):
    return credential_store


@pytest.fixture
def box(ctx, session, qtbot, store):
    from app.ui.settings.dialog import INVOICES_PAGE, PrinterSettingsDialog

    save_settings(session, SELLER)
    dialog = PrinterSettingsDialog(ctx, page=INVOICES_PAGE)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.invoices_page
    qtbot.waitUntil(lambda: page.loaded and page.ksef_box.stored is not None)
    return page.ksef_box


def test_the_token_is_kept_in_the_credential_store_and_not_in_the_shop_file(box, qtbot, store, ctx):
    assert box.stored is False and "No token is stored for NIP 5261040828 (test)" in box.state.text()
    assert box.token.echoMode() == box.token.EchoMode.Password
    qtbot.keyClicks(box.token, "20260101-EC-ABC|nip-5261040828|secretpart0123456789")
    box.store_button.click()
    qtbot.waitUntil(lambda: box.stored is True)
    assert "A token is stored" in box.state.text() and box.token.text() == ""
    assert secrets.stored_secret(NIP, "test") == "20260101-EC-ABC|nip-5261040828|secretpart0123456789"
    assert "Replace" in box.store_button.text().replace("&", "")
    ctx.db.dispose()
    shop_bytes = b"".join(p.read_bytes() for p in ctx.db.path.parent.glob(ctx.db.path.name + "*"))
    assert b"secretpart0123456789" not in shop_bytes  # neither in the file nor its WAL

    box.token.setText("other-token")
    box.store_button.click()
    qtbot.waitUntil(lambda: secrets.stored_secret(NIP, "test") == "other-token")
    box.remove_button.click()
    qtbot.waitUntil(lambda: box.stored is False)
    assert secrets.stored_secret(NIP, "test") is None


def test_test_the_connection_good_refused_no_token_and_unreachable(box, qtbot, ksef_standin, monkeypatch):
    monkeypatch.setenv(BASE_URL_ENV, ksef_standin.base_url)
    box.test_button.click()  # nothing stored yet
    qtbot.waitUntil(lambda: box.test_button.isEnabled() and "Connecting" not in box.result.text())
    assert "No KSeF token is stored" in box.result.text()

    secrets.store_secret(NIP, "test", ksef_standin.token)
    box.test_button.click()
    qtbot.waitUntil(lambda: box.result.text().startswith("Connected"))

    secrets.store_secret(NIP, "test", "20260101-EC-WRONG|nip-5261040828|" + "0" * 64)
    box.test_button.click()
    qtbot.waitUntil(lambda: box.result.text().startswith("Not connected"))
    assert "450" in box.result.text()  # KSeF's own code for a wrong token

    secrets.store_secret(NIP, "test", ksef_standin.token)
    ksef_standin.go_down("refused")
    box.test_button.click()
    qtbot.waitUntil(lambda: box.result.text().startswith("KSeF cannot be reached"), timeout=15000)


def test_the_auto_send_switch_is_remembered(box):
    remembered.save(Settings.KSEF_AUTO_SEND, False)
    box.auto_send.setChecked(True)
    assert remembered.load(Settings.KSEF_AUTO_SEND) is True
    box.auto_send.setChecked(False)
    assert remembered.load(Settings.KSEF_AUTO_SEND) is False


def test_the_environment_chosen_is_the_one_the_token_is_kept_for(box, qtbot, session):
    page = box.parent()
    page.ksef.setCurrentIndex(page.ksef.findData("demo"))
    box.token.setText("demo-token")
    box.store_button.click()
    qtbot.waitUntil(lambda: box.stored is True)
    assert secrets.stored_secret(NIP, "demo") == "demo-token" and secrets.stored_secret(NIP, "test") is None
    assert "(demo)" in box.state.text()
    assert get_settings(session).ksef_environment == "test"  # the environment itself is saved with the window
