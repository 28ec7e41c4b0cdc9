"""The KSeF box on the settings' Invoices page: the KSeF token (kept only in the system's credential store, never
in the shop file: the box says whether one is stored, replaces or removes it), "Test the connection", and
"Send automatically right after issuing" (this computer's setting).

The token, the test and the switch act at once, not on the window's Save: the credential store is not the shop
file, and a test must use what is stored. The seller's NIP and the environment are the page's (its fields, even
unsaved), given as functions. Credential-store calls and the connection test run off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.config import Settings
from app.ui.kit import settings as remembered
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text

if TYPE_CHECKING:
    from app.ui.kit.context import AppContext


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
        self.store_button.setEnabled(False)
        self.remove_button.setEnabled(False)

    def nip(self) -> str:
        return _digits(self._nip())

    def environment(self) -> str:
        return self._environment() or "test"

    # --- the token -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask the credential store whether a token is there for the page's NIP and environment."""
        nip, environment = self.nip(), self.environment()
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
