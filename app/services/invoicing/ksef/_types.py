"""The plain data and the two errors the KSeF gateway speaks in (re-exported by gateway.py, where the rest of
the app takes them from); apart so the library-backed gateway can use them without an import cycle."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from app.core.errors import DomainError

PROCESSING = "processing"
ACCEPTED = "accepted"
REJECTED = "rejected"


class KsefUnavailable(Exception):
    """KSeF cannot be reached now, or said it cannot serve (HTTP 5xx, 503 during maintenance, too many
    requests): nothing the user typed is wrong, so the invoice waits in the queue and is sent later. The message
    is English made by msg(), translated where it is shown."""


class KsefRefused(DomainError):
    """KSeF answered no (a wrong or revoked token, no rights for this NIP, a request it would not take), with
    its own code and text, so the user can act on it; sending the same again would be refused again."""

    def __init__(self, message: str, *, code: int | None = None, description: str = "",
                 details: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.description = description
        self.details = details


@dataclass(frozen=True)
class SentInvoice:
    """An invoice KSeF took for processing: the session it went in and the reference KSeF gave it."""

    session_reference: str
    invoice_reference: str


@dataclass(frozen=True)
class InvoiceStatus:
    """Where KSeF is with one invoice: "processing" (codes 100, 150), "accepted" (200, with its KSeF number) or
    "rejected" (any other code, with KSeF's description and details, e.g. 440 duplicate, 450 semantics)."""

    state: str
    ksef_number: str | None
    code: int | None
    description: str
    details: tuple[str, ...] = ()


def invoice_hash(xml: bytes) -> str:
    """The invoice's hash as KSeF keys it (`invoiceHash`: SHA-256 of the XML bytes, Base64), to find it again
    with `find_sent` after an answer was lost."""
    return base64.b64encode(hashlib.sha256(xml).digest()).decode("ascii")
