"""The KSeF box on the settings' Invoices page: the KSeF token (kept only in the system's credential store, never
in the shop file: the box says whether one is stored, replaces or removes it), "Test the connection",
"Send automatically right after issuing" (this computer's setting), and the offline certificate (type Offline, whose
key signs KOD II of an invoice issued while KSeF is unreachable: what is set up and until when, Set up…, Remove).

The token, the test, the switch and the certificate act at once, not on the window's Save: the credential store is
not the shop file, and a test must use what is stored. The seller's NIP and the environment are the page's (its fields, even
unsaved), given as functions. Credential-store calls and the connection test run off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.ui.kit import settings as remembered
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text

if TYPE_CHECKING:
    from app.services.invoicing.ksef.offline_cert import OfflineCertificate
    from app.ui.kit.context import AppContext

ENDING_SOON = timedelta(days=30)  # a certificate ending within this is warned about in the box
_WARNING_STYLE = "color:#c0192b;"
_PKCS12 = (".pfx", ".p12")


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


class KsefBox(QGroupBox):
    def __init__(self, ctx: AppContext, nip: Callable[[], str], environment: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("KSeF"), parent)
        self.ctx, self._nip, self._environment = ctx, nip, environment
        self.stored: bool | None = None  # whether a token is stored for the NIP and environment (None: not known)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.token = QLineEdit(self)
        self.token.setObjectName("ksef_token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("paste the token generated in the KSeF portal"))
        self.store_button = QPushButton(self.tr("S&tore the token"), self)
        self.store_button.clicked.connect(self.store_token)
        self.remove_button = QPushButton(self.tr("Remove the token"), self)
        self.remove_button.clicked.connect(self.remove_token)
        self.test_button = QPushButton(self.tr("Test the &connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.auto_send = QCheckBox(self.tr("Send to KSeF automatically right after issuing"), self)
        self.auto_send.setToolTip(self.tr("When KSeF cannot be reached, the invoice waits in the queue (offline) "
                                          "and is sent later; this computer's setting"))
        self.auto_send.setChecked(bool(remembered.load(Settings.KSEF_AUTO_SEND)))
        self.auto_send.toggled.connect(lambda on: remembered.save(Settings.KSEF_AUTO_SEND, bool(on)))
        self.token.textChanged.connect(lambda t: self.store_button.setEnabled(bool(t.strip())))
        row = QHBoxLayout()
        row.addWidget(self.token, 1)
        row.addWidget(self.store_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(row)
        test = QHBoxLayout()
        test.addWidget(self.test_button)
        test.addWidget(self.result, 1)
        layout.addLayout(test)
        layout.addWidget(self.auto_send)
        layout.addWidget(self._certificate_part())
        self.store_button.setEnabled(False)
        self.remove_button.setEnabled(False)

    def _certificate_part(self) -> QGroupBox:
        part = QGroupBox(self.tr("Offline certificate"), self)
        self.certificate: OfflineCertificate | None = None
        self.certificate_known = False  # whether the credential store has been asked for the NIP and environment
        self.cert_state = QLabel(part)
        self.cert_state.setWordWrap(True)
        self.cert_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy the serial
        self.cert_warning = QLabel(part)
        self.cert_warning.setWordWrap(True)
        self.cert_warning.setStyleSheet(_WARNING_STYLE)
        self.cert_warning.hide()
        self.cert_setup_button = QPushButton(self.tr("Set &up…"), part)
        self.cert_setup_button.setToolTip(self.tr("Choose the offline certificate KSeF gave: a .pfx/.p12 file, or "
                                                  "the certificate (.crt/.pem/.cer) and its private key (.key)"))
        self.cert_setup_button.clicked.connect(lambda: self.set_up_certificate())
        self.cert_remove_button = QPushButton(self.tr("Remove the certificate"), part)
        self.cert_remove_button.clicked.connect(lambda: self.remove_certificate())
        self.cert_remove_button.setEnabled(False)
        self.cert_result = QLabel(part)
        self.cert_result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cert_setup_button)
        buttons.addWidget(self.cert_remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(part)
        layout.addWidget(self.cert_state)
        layout.addWidget(self.cert_warning)
        layout.addLayout(buttons)
        layout.addWidget(self.cert_result)
        return part

    def nip(self) -> str:
        return _digits(self._nip())

    def environment(self) -> str:
        return self._environment() or "test"

    # --- the token -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask the credential store whether a token is there for the page's NIP and environment."""
        nip, environment = self.nip(), self.environment()
        self.refresh_certificate()
        if not nip:
            self._show_stored(None, self.tr("Enter the seller's NIP to keep a KSeF token for it."))
            return
        from app.services.invoicing.ksef.secrets import has_token

        self.ctx.tasks.run(lambda: has_token(nip, environment), write=False,
                           on_done=lambda stored: self._show_stored(bool(stored)),
                           on_error=lambda exc: self._show_stored(None, error_text(exc)))

    def _show_stored(self, stored: bool | None, text: str = "") -> None:
        self.stored = stored
        if not text:
            text = (self.tr("A token is stored for NIP {0} ({1}), in the system's credential store.") if stored
                    else self.tr("No token is stored for NIP {0} ({1}).")).format(self.nip(), self.environment())
        self.state.setText(text)
        self.remove_button.setEnabled(bool(stored))
        self.store_button.setText(self.tr("Rep&lace the token") if stored else self.tr("S&tore the token"))

    def store_token(self) -> None:
        """Keep the typed token in the credential store (replacing one there), and clear the field."""
        from app.services.invoicing.ksef.secrets import store_secret

        nip, environment, value = self.nip(), self.environment(), self.token.text().strip()
        if not nip:
            self.result.setText(self.tr("Enter the seller's NIP first."))
            return
        if not value:
            return
        self.token.clear()
        self.ctx.tasks.run(lambda: store_secret(nip, environment, value), write=False,
                           on_done=lambda _r: self._stored(self.tr("The token is stored.")),
                           on_error=lambda exc: self.result.setText(error_text(exc)))

    def remove_token(self) -> None:
        from app.services.invoicing.ksef.secrets import delete_secret

        nip, environment = self.nip(), self.environment()
        self.ctx.tasks.run(lambda: delete_secret(nip, environment), write=False,
                           on_done=lambda _r: self._stored(self.tr("The token is removed.")),
                           on_error=lambda exc: self.result.setText(error_text(exc)))

    def _stored(self, text: str) -> None:
        self.result.setText(text)
        self.refresh()

    # --- the connection --------------------------------------------------------------------------------------
    def test_connection(self) -> None:
        """Authenticate with KSeF in the background and say what came of it: connected, no token, refused with
        KSeF's code and text, or unreachable."""
        from app.services.invoicing.ksef.gateway import KsefUnavailable
        from app.services.invoicing.ksef.ui_support import check_connection

        nip, environment = self.nip(), self.environment()
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Connecting to KSeF…"))

        def done(_r: object) -> None:
            self.test_button.setEnabled(True)
            self.result.setText(self.tr("Connected: KSeF ({0}) accepts the token for NIP {1}.").format(
                environment, nip))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            if isinstance(exc, KsefUnavailable):
                self.result.setText(self.tr("KSeF cannot be reached: {0}").format(domain_text(str(exc))))
            else:
                self.result.setText(self.tr("Not connected: {0}").format(error_text(exc)))

        self.ctx.tasks.run(lambda: check_connection(environment, nip), write=False, on_done=done, on_error=failed)

    # --- the offline certificate -----------------------------------------------------------------------------
    def refresh_certificate(self) -> None:
        """Ask the credential store which offline certificate is set up for the page's NIP and environment."""
        nip, environment = self.nip(), self.environment()
        if not nip:
            self._show_certificate(None, self.tr("Enter the seller's NIP to set up its offline certificate."))
            return
        from app.services.invoicing.ksef.offline_cert import offline_certificate

        self.ctx.tasks.run(lambda: offline_certificate(nip, environment), write=False,
                           on_done=self._show_certificate,
                           on_error=lambda exc: self._show_certificate(None, error_text(exc)))

    def _day(self, when: datetime) -> str:
        return f"{when.astimezone(self.ctx.tz):%Y-%m-%d}"

    def _show_certificate(self, certificate: OfflineCertificate | None, text: str = "") -> None:
        self.certificate, self.certificate_known = certificate, not text
        self.cert_setup_button.setEnabled(bool(self.nip()))
        self.cert_remove_button.setEnabled(certificate is not None)
        self.cert_warning.hide()
        if text:
            self.cert_state.setText(text)
            return
        if certificate is None:
            self.cert_state.setText(self.tr(
                "No offline certificate is set up for NIP {0} ({1}): invoices issued while KSeF is unreachable can "
                "be handed to the buyer only once they are sent to KSeF.").format(self.nip(), self.environment()))
            return
        self.cert_state.setText(self.tr("Set up for NIP {0} ({1}): {2}\nSerial number {3}, valid until {4}.").format(
            self.nip(), self.environment(), certificate.subject, certificate.serial, self._day(certificate.valid_to)))
        now = datetime.now(UTC)
        if certificate.valid_to < now:
            self.cert_warning.setText(self.tr(
                "The offline certificate ended on {0}: invoices issued offline carry no certificate code until "
                "a new one is set up. Ask KSeF for a new Offline certificate.").format(self._day(certificate.valid_to)))
            self.cert_warning.show()
        elif certificate.valid_to - now <= ENDING_SOON:
            self.cert_warning.setText(self.tr(
                "The offline certificate ends on {0}: ask KSeF for a new Offline certificate in time and set it "
                "up here.").format(self._day(certificate.valid_to)))
            self.cert_warning.show()

    def set_up_certificate(self, certificate_path: str | Path | None = None, key_path: str | Path | None = None,
                           password: str | None = None) -> None:
        """Choose the certificate's files and its password, then check and keep it (off the UI thread); a refusal
        is said in the box. Given a certificate path (tests), no dialog opens and the password is the one given."""
        nip, environment = self.nip(), self.environment()
        if not nip:
            self.cert_result.setText(self.tr("Enter the seller's NIP first."))
            return
        if certificate_path is None:
            chosen = self._ask_files()
            if chosen is None:
                return
            certificate_path, key_path = chosen
            password, ok = QInputDialog.getText(
                self, self.tr("Offline certificate"),
                self.tr("The password of the certificate's private key (leave it empty when it has none):"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return
        from app.services.invoicing.ksef.offline_cert import set_up_offline_certificate

        self.cert_setup_button.setEnabled(False)
        self.cert_result.setText(self.tr("Checking the certificate…"))

        def done(certificate: OfflineCertificate) -> None:
            self.cert_result.setText(self.tr("The offline certificate is set up."))
            self._show_certificate(certificate)

        def failed(exc: BaseException) -> None:
            self.cert_setup_button.setEnabled(True)
            self.cert_result.setText(self.tr("Not set up: {0}").format(error_text(exc)))

        self.ctx.tasks.run(lambda: set_up_offline_certificate(nip, environment, certificate_path, key_path,
                                                              password or None),
                           write=False, on_done=done, on_error=failed)

    def _ask_files(self) -> tuple[str, str | None] | None:
        """The certificate file and, unless it holds the key too (PKCS#12, or a PEM with its key), the key file."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The offline certificate from KSeF"), str(Path.home()),
            self.tr("Certificates (*.pfx *.p12 *.crt *.pem *.cer);;All files (*)"))
        if not path:
            return None
        if Path(path).suffix.lower() in _PKCS12 or _holds_key(Path(path)):
            return path, path
        key, _ = QFileDialog.getOpenFileName(
            self, self.tr("The certificate's private key"), str(Path(path).parent),
            self.tr("Private keys (*.key *.pem);;All files (*)"))
        return (path, key) if key else None

    def remove_certificate(self, *, confirm: bool = True) -> None:
        """Forget the offline certificate and its key, after asking."""
        from app.services.invoicing.ksef.offline_cert import remove_offline_certificate

        nip, environment = self.nip(), self.environment()
        if confirm and QMessageBox.question(
                self, self.tr("Offline certificate"),
                self.tr("Remove the offline certificate of NIP {0} ({1}) from this computer? Invoices issued while "
                        "KSeF is unreachable will then be handed over only once sent.").format(nip, environment),
        ) != QMessageBox.StandardButton.Yes:
            return

        def done(_r: object) -> None:
            self.cert_result.setText(self.tr("The offline certificate is removed."))
            self.refresh_certificate()

        self.ctx.tasks.run(lambda: remove_offline_certificate(nip, environment), write=False, on_done=done,
                           on_error=lambda exc: self.cert_result.setText(error_text(exc)))


def _holds_key(path: Path) -> bool:
    """Whether a PEM certificate file carries its private key too (then no key file is asked for)."""
    try:
        return b"PRIVATE KEY-----" in path.read_bytes()
    except OSError:
        return False  # the service says what is wrong with the file
