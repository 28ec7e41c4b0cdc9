"""The one small interface between the invoicing area and KSeF 2.0, the national e-invoice system.

The rest of the app (the send queue, the CLI, the UI) speaks only to `KsefGateway`; the HTTP calls and the
cryptography the API asks for (the KSeF token wrapped with the Ministry's public key by RSA-OAEP, each invoice
encrypted with AES-256-CBC under a session key wrapped the same way) are done by the kept `ksef-client` library in
`_library.py`, loaded only when a gateway is made, so the app runs without the optional `ksef` extra installed.

Two kinds of failure, because they ask for different things of the user: `KsefUnavailable` (the service cannot be
reached or announced a failure: try again later, issue offline meanwhile) and `KsefRefused` (the service answered
no: a wrong token, no rights, a bad invoice; retrying the same thing will not help).
"""

from __future__ import annotations

from typing import Protocol

from app.core.errors import DomainError
from app.core.messages import msg
from app.services.invoicing.ksef._types import (
    ACCEPTED,
    PROCESSING,
    REJECTED,
    InvoiceStatus,
    KsefRefused,
    KsefUnavailable,
    SentInvoice,
    invoice_hash,
)

#: The official API addresses of the three public environments, as the KSeF 2.0 documentation lists them
#: (CIRFMF/ksef-docs, srodowiska.md: TEST "api-test", DEMO "api-demo", PRD "api"); the client adds "/v2".
KSEF_BASE_URLS: dict[str, str] = {
    "test": "https://api-test.ksef.mf.gov.pl",
    "demo": "https://api-demo.ksef.mf.gov.pl",
    "prod": "https://api.ksef.mf.gov.pl",
}

__all__ = ["ACCEPTED", "KSEF_BASE_URLS", "PROCESSING", "REJECTED", "InvoiceStatus", "KsefGateway", "KsefRefused",
           "KsefUnavailable", "SentInvoice", "base_url_for", "invoice_hash", "make_gateway"]


class KsefGateway(Protocol):
    """What the app asks of KSeF. Each call authenticates first if it has to (and again once when the access
    token has expired); each raises KsefRefused or KsefUnavailable saying what failed."""

    def check_connection(self) -> None:
        """Authenticate with the token for the NIP; return quietly when KSeF let us in."""

    def open_session(self) -> str:
        """Open an online (interactive) session for FA(3) invoices; its reference number."""

    def send(self, session_reference: str, xml: bytes, *, offline: bool = False) -> SentInvoice:
        """Send one invoice's XML, encrypted as the API requires, in a session this gateway opened; `offline`: it
        was issued while KSeF could not be reached (the API's offlineMode)."""

    def status(self, session_reference: str, invoice_reference: str) -> InvoiceStatus:
        """The invoice's processing status in its session."""

    def find_sent(self, session_reference: str, invoice_hash: str) -> SentInvoice | None:
        """After a lost answer: the invoice of this hash (see `invoice_hash`) if KSeF has it in the session."""

    def upo(self, session_reference: str, invoice_reference: str) -> bytes:
        """The UPO (official receipt) of an accepted invoice, as the XML KSeF gives."""

    def close_session(self, session_reference: str) -> None:
        """Close the session (KSeF then makes the session's collective UPO)."""


def base_url_for(environment: str) -> str:
    """The API address of an environment ("test", "demo", "prod"); a DomainError names the unknown one."""
    try:
        return KSEF_BASE_URLS[environment]
    except KeyError:
        raise DomainError(msg("Unknown KSeF environment '{environment}': choose test, demo or prod",
                              environment=environment)) from None


def make_gateway(environment: str, nip: str, token: str, *, base_url: str | None = None,
                 timeout_seconds: float = 30.0) -> KsefGateway:
    """A gateway to KSeF for the seller's NIP, authenticating with its KSeF token. `base_url` overrides the
    environment's official address (the tests' local stand-in). Nothing is sent until a method is called.

    The concrete gateway also has close() and works as a context manager, to let go of its connections."""
    url = base_url or base_url_for(environment)
    if not token or not token.strip():
        raise KsefRefused(msg("No KSeF token is set: generate one in the KSeF portal and enter it in the settings"))
    try:
        from app.services.invoicing.ksef._library import LibraryGateway
    except ImportError as error:
        raise DomainError(msg('Sending to KSeF needs the optional package: pip install "zaplecze[ksef]" ({error})',
                              error=error)) from error
    return LibraryGateway(url, nip, token, timeout_seconds=timeout_seconds)
