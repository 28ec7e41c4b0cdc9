"""The settings' KSeF box, its offline certificate part: set up from the files KSeF gives (PEM certificate and key
with a password, or one PKCS#12 file), shown by subject, serial and end date, with a warning when it ends soon;
an Authentication certificate refused in the box with the reason; removed after the question. The key goes to the
(test) credential store only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.invoicing.ksef.offline_cert import offline_certificate
from app.services.invoicing.settings import save_settings
from tests.core.invoicing.ksef.test_offline_cert_make import PASSWORD, key_forms, make_certificate
from tests.ui.invoicing.shop import SELLER

NIP = "5261040828"  # SELLER's
SERIAL = "01F20A5D352AE590"  # make_certificate's, written as KSeF does


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
    qtbot.waitUntil(lambda: page.loaded and page.ksef_box.certificate_known)
    return page.ksef_box


def _settled(box) -> bool:
    return box.cert_setup_button.isEnabled() and "Checking" not in box.cert_result.text()


def test_set_up_from_pem_files_shown_then_removed_after_the_question(box, qtbot, tmp_path, ctx, store, monkeypatch):
    assert box.certificate is None and box.cert_setup_button.isEnabled() and not box.cert_remove_button.isEnabled()
    assert "can be handed to the buyer only once they are sent" in box.cert_state.text()
    made = make_certificate(tmp_path / "certs", kind="RSA")

    box.set_up_certificate(made.crt, made.key_file, PASSWORD)
    qtbot.waitUntil(lambda: box.certificate is not None)
    assert box.cert_result.text() == "The offline certificate is set up."
    shown = box.cert_state.text()
    assert "CN=Sklep Zaplecze offline" in shown and SERIAL in shown and f"NIP {NIP} (test)" in shown
    end = made.certificate.not_valid_after_utc.astimezone(ctx.tz)
    assert f"valid until {end:%Y-%m-%d}" in shown
    assert box.cert_warning.isHidden() and box.cert_remove_button.isEnabled()
    assert offline_certificate(NIP, "test").serial == SERIAL  # kept at once, without the window's Save
    assert not any(form in store.read_bytes() for form in key_forms(made.key)[:2])  # the store keeps no PEM/DER
    ctx.db.dispose()
    shop_bytes = b"".join(p.read_bytes() for p in ctx.db.path.parent.glob(ctx.db.path.name + "*"))
    assert not any(form in shop_bytes for form in key_forms(made.key))

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    box.remove_certificate()
    assert offline_certificate(NIP, "test") is not None  # "No" keeps it
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    box.cert_remove_button.click()
    qtbot.waitUntil(lambda: box.certificate_known and box.certificate is None)
    assert "Remove the offline certificate of NIP 5261040828 (test)" in asked[0]
    assert offline_certificate(NIP, "test") is None
    assert box.cert_result.text() == "The offline certificate is removed."
    assert "only once they are sent" in box.cert_state.text() and not box.cert_remove_button.isEnabled()


def test_an_authentication_certificate_is_refused_with_the_reason(box, qtbot, tmp_path):
    made = make_certificate(tmp_path / "auth", offline=False)
    box.set_up_certificate(made.pfx, None, PASSWORD)
    qtbot.waitUntil(lambda: _settled(box))
    assert box.cert_result.text().startswith("Not set up: This is not a KSeF certificate of type Offline")
    assert "Authentication certificate cannot sign" in box.cert_result.text()
    assert box.certificate is None and offline_certificate(NIP, "test") is None

    right = make_certificate(tmp_path / "offline")
    box.set_up_certificate(right.pfx, None, "not the password")
    qtbot.waitUntil(lambda: _settled(box))
    assert "the password is wrong" in box.cert_result.text() and box.certificate is None


def test_a_pkcs12_file_ending_soon_is_set_up_with_a_warning(box, qtbot, tmp_path, ctx):
    made = make_certificate(tmp_path / "soon", valid_from=datetime.now(UTC) - timedelta(days=340), days=350)
    box.set_up_certificate(made.pfx, None, PASSWORD)
    qtbot.waitUntil(lambda: box.certificate is not None)
    end = made.certificate.not_valid_after_utc.astimezone(ctx.tz)
    assert box.cert_warning.isVisible()
    assert box.cert_warning.text().startswith(f"The offline certificate ends on {end:%Y-%m-%d}")


def test_the_certificate_belongs_to_the_environment_chosen(box, qtbot, tmp_path):
    made = make_certificate(tmp_path / "certs", password=None)
    box.set_up_certificate(made.crt, made.key_file)
    qtbot.waitUntil(lambda: box.certificate is not None)
    page = box.parent()
    page.ksef.setCurrentIndex(page.ksef.findData("demo"))
    qtbot.waitUntil(lambda: box.certificate_known and box.certificate is None)
    assert "(demo)" in box.cert_state.text() and offline_certificate(NIP, "demo") is None
    page.ksef.setCurrentIndex(page.ksef.findData("test"))
    qtbot.waitUntil(lambda: box.certificate is not None)
    assert SERIAL in box.cert_state.text()



def test_set_up_asks_for_the_key_file_only_when_the_certificate_file_has_none(box, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    made = make_certificate(tmp_path / "certs")
    both = tmp_path / "certs" / "both.pem"
    both.write_bytes(made.crt.read_bytes() + made.key_file.read_bytes())
    asked: list[str] = []
    answers: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda _parent, title, *a, **k: (asked.append(title), (answers.pop(0), ""))[1])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSWORD, True))

    answers[:] = [str(both)]
    box.set_up_certificate()
    qtbot.waitUntil(lambda: box.certificate is not None)
    assert asked == ["The offline certificate from KSeF"]  # the key was in the same file

    box.remove_certificate(confirm=False)
    qtbot.waitUntil(lambda: box.certificate_known and box.certificate is None)
    asked.clear()
    answers[:] = [str(made.crt), str(made.key_file)]
    box.set_up_certificate()
    qtbot.waitUntil(lambda: box.certificate is not None)
    assert asked == ["The offline certificate from KSeF", "The certificate's private key"]
    assert SERIAL in box.cert_state.text()
