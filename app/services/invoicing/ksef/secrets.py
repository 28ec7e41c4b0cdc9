"""The KSeF token (and, later, the offline certificate's private key) in the system's credential store: Windows
Credential Manager, the macOS Keychain, the Secret Service on Linux, through `keyring`.

Never in the shop file, a log or an export: whoever copies the shop file for the accountant or sends a log must
not get the right to issue invoices in the shop's name. The store's entries are under the service name
"Zaplecze KSeF", the username the seller's NIP and the environment ("5260250274 test"), so the test and the
production tokens of one NIP, and two shops on one computer, never mix.

Scripts and CI may give the token in the environment variable ZAPLECZE_KSEF_TOKEN instead; it wins over the store.
"""

from __future__ import annotations

import os

from app.core.errors import DomainError
from app.core.messages import msg

SERVICE = "Zaplecze KSeF"
TOKEN_ENV = "ZAPLECZE_KSEF_TOKEN"
TOKEN = "token"
OFFLINE_KEY = "offline-certificate-key"
_KINDS = (TOKEN, OFFLINE_KEY)


def _username(nip: str, environment: str, kind: str) -> str:
    if kind not in _KINDS:
        raise ValueError(kind)
    digits = "".join(c for c in nip if c.isdigit())
    name = f"{digits} {environment}"
    return name if kind == TOKEN else f"{name} {kind}"


def _keyring():
    import keyring

    return keyring


def _unavailable(exc: Exception, kind: str) -> DomainError:
    """What to do without a credential store: the token has an environment variable for scripts; the offline key
    has none (a private key is not put in the environment), so it needs the store itself."""
    if kind == TOKEN:
        return DomainError(msg("The system's credential store cannot be used ({reason}); give the KSeF token in the "
                               "environment variable {variable} instead.", reason=type(exc).__name__,
                               variable=TOKEN_ENV))
    return DomainError(msg("The system's credential store cannot be used ({reason}); the offline certificate's key is "
                           "kept only there: on Linux, start a Secret Service (GNOME Keyring or KWallet).",
                           reason=type(exc).__name__))


def store_secret(nip: str, environment: str, value: str, kind: str = TOKEN) -> None:
    """Keep the token (or the offline key) for this NIP and environment in the credential store; an empty value
    removes it."""
    from keyring.errors import KeyringError

    value = value.strip()
    if not value:
        delete_secret(nip, environment, kind)
        return
    try:
        _keyring().set_password(SERVICE, _username(nip, environment, kind), value)
    except KeyringError as exc:
        raise _unavailable(exc, kind) from None


def stored_secret(nip: str, environment: str, kind: str = TOKEN) -> str | None:
    """The value kept in the credential store, None when there is none."""
    from keyring.errors import KeyringError

    try:
        return _keyring().get_password(SERVICE, _username(nip, environment, kind)) or None
    except KeyringError as exc:
        raise _unavailable(exc, kind) from None


def delete_secret(nip: str, environment: str, kind: str = TOKEN) -> None:
    """Forget the value (nothing happens when there is none)."""
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        _keyring().delete_password(SERVICE, _username(nip, environment, kind))
    except PasswordDeleteError:
        pass
    except KeyringError as exc:
        raise _unavailable(exc, kind) from None


def ksef_token(nip: str, environment: str) -> str | None:
    """The token to send with: ZAPLECZE_KSEF_TOKEN when set (scripts), else the credential store's."""
    return os.environ.get(TOKEN_ENV, "").strip() or stored_secret(nip, environment)


def has_token(nip: str, environment: str) -> bool:
    """Whether a token is there, without handing it out (for the settings page)."""
    try:
        return ksef_token(nip, environment) is not None
    except DomainError:
        return False
