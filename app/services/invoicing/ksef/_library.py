"""The KSeF gateway over the kept `ksef-client` library (import ksef_client): the library makes every HTTP call
and does the cryptography (the token wrapped by RSA-OAEP with the Ministry's KsefTokenEncryption key; the
invoices encrypted by AES-256-CBC with a session key wrapped by its SymmetricKeyEncryption key); this module
only puts its calls in order and turns its answers and errors into the gateway's plain data and two errors.

Only gateway.make_gateway imports this module, so ksef_client stays an optional extra.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Self, TypeVar

from ksef_client import KsefClient, KsefClientOptions, KsefHttpError, KsefRateLimitError
from ksef_client import models as m
from ksef_client.services import (
    EncryptionData,
    OnlineSessionWorkflow,
    build_ksef_token_auth_request,
    encrypt_ksef_token,
)

from app.core.messages import msg
from app.services.invoicing.ksef._types import (
    ACCEPTED,
    PROCESSING,
    REJECTED,
    InvoiceStatus,
    KsefRefused,
    KsefUnavailable,
    SentInvoice,
)

T = TypeVar("T")

#: FA(3), the structure our invoices are written in (app/printing/ksef_xml.py), as KSeF names it.
FA3_FORM = m.FormCode(system_code="FA (3)", schema_version="1-0E", value="FA")
#: Invoice status codes while KSeF is still at it (the API's SessionInvoiceStatusResponse.status table).
_PROCESSING_CODES = {100, 150}
_ACCEPTED_CODE = 200
#: Authentication status codes (AuthenticationOperationStatusResponse.status): 100 in progress, 200 done, 500
#: and 550 the system's own failure (try again); the others (415, 425, 450, 460, 470, 480) refuse.
_AUTH_RUNNING, _AUTH_DONE, _AUTH_SYSTEM = 100, 200, {500, 550}
#: Seconds between authentication status polls: short first, as KSeF usually answers within a second.
_AUTH_POLLS = (0.05, 0.2, 0.5, 1.0, 1.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0)


def _problem_text(error: KsefHttpError) -> tuple[int | None, str, tuple[str, ...]]:
    """KSeF's own code, description and details from an error answer, in either of its two formats
    (ExceptionResponse with exceptionDetailList, or Problem Details)."""
    problem = error.problem
    exception = getattr(problem, "exception", None)
    if exception is not None and exception.exception_detail_list:
        first = exception.exception_detail_list[0]
        details = tuple(d for item in exception.exception_detail_list for d in (item.details or ()))
        return first.exception_code, first.exception_description or "", details
    body = error.response_body if isinstance(error.response_body, dict) else {}
    code = body.get("reasonCode") or body.get("exceptionCode")
    detail = getattr(problem, "detail", None) or body.get("detail") or ""
    title = getattr(problem, "title", None) or body.get("title") or ""
    return (int(code) if isinstance(code, int) else None), str(detail or title or error.message or ""), ()


def _unavailable(error: KsefHttpError) -> KsefUnavailable:
    if error.status_code == 0:
        return KsefUnavailable(msg("KSeF cannot be reached: {reason}", reason=error.message))
    if isinstance(error, KsefRateLimitError):
        return KsefUnavailable(msg("KSeF asks to wait before the next request ({seconds} s)",
                                   seconds=error.retry_after if error.retry_after is not None else "?"))
    _, text, _ = _problem_text(error)
    return KsefUnavailable(msg("KSeF announced a failure (HTTP {status}): {text}", status=error.status_code,
                               text=text or "-"))


def _refused(error: KsefHttpError, what: str) -> KsefRefused:
    code, description, details = _problem_text(error)
    shown = f"{code} {description}".strip() if code is not None else description
    return KsefRefused(msg("KSeF refused {what} (HTTP {status}): {text}", what=what, status=error.status_code,
                           text=shown or "-"), code=code, description=description, details=details)


def _is_unavailable(error: KsefHttpError) -> bool:
    return error.status_code == 0 or error.status_code >= 500 or isinstance(error, KsefRateLimitError)


class LibraryGateway:
    """KsefGateway over ksef_client.KsefClient for one NIP and its KSeF token. Holds the access token (asked for
    on first use, asked for again once when KSeF answers 401) and each open session's encryption key, which
    never leaves this object: a session opened elsewhere (before a restart) is used only to ask about what was
    sent in it, and new invoices go into a new session."""

    def __init__(self, base_url: str, nip: str, token: str, *, timeout_seconds: float = 30.0) -> None:
        self._client = KsefClient(KsefClientOptions(base_url=base_url, timeout_seconds=timeout_seconds))
        self._nip = nip
        self._token = token
        self._access_token: str | None = None
        self._keys: dict[str, EncryptionData] = {}
        self._certificates: dict[str, m.PublicKeyCertificate] = {}

    def __repr__(self) -> str:  # the token never shows in a log or a traceback
        return f"LibraryGateway(nip={self._nip!r})"

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- authentication ---------------------------------------------------------------------------------

    def _call(self, what: str, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except KsefHttpError as error:
            if _is_unavailable(error):
                raise _unavailable(error) from error
            raise _refused(error, what) from error

    def _certificate(self, usage: m.PublicKeyCertificateUsage) -> m.PublicKeyCertificate:
        if usage.value not in self._certificates:
            try:
                cert = self._call(msg("the public key request"),
                                  lambda: self._client.security.get_public_key_certificate(usage))
            except ValueError as error:  # no current certificate for this use in KSeF's answer
                raise KsefUnavailable(msg("KSeF did not give its public key ({usage}): {error}", usage=usage.value,
                                          error=error)) from error
            self._certificates[usage.value] = cert
        return self._certificates[usage.value]

    def _authenticate(self) -> str:
        """Challenge, the token wrapped with KSeF's key, then wait for the verdict and redeem the access token."""
        auth = self._client.auth
        cert = self._certificate(m.PublicKeyCertificateUsage.KSEFTOKENENCRYPTION)
        what = msg("the authentication")
        challenge = self._call(what, auth.get_challenge)
        encrypted = encrypt_ksef_token(public_certificate=cert.certificate, token=self._token,
                                       timestamp_ms=challenge.timestamp_ms)
        request = build_ksef_token_auth_request(challenge=challenge.challenge, context_identifier_type="nip",
                                                context_identifier_value=self._nip,
                                                encrypted_token_base64=encrypted, public_key_id=cert.public_key_id)
        started = self._call(what, lambda: auth.submit_ksef_token_auth(request))
        auth_token = started.authentication_token.token
        for pause in (*_AUTH_POLLS, None):
            state = self._call(what, lambda: auth.get_auth_status(started.reference_number, auth_token)).status
            if state.code == _AUTH_DONE:
                break
            if state.code in _AUTH_SYSTEM:
                raise KsefUnavailable(msg("KSeF could not finish the authentication: {code} {text}",
                                          code=state.code, text=state.description))
            if state.code != _AUTH_RUNNING:
                details = tuple(state.details or ())
                text = "; ".join((state.description, *details))
                raise KsefRefused(msg("KSeF refused the authentication for NIP {nip}: {code} {text}", nip=self._nip,
                                      code=state.code, text=text), code=state.code,
                                  description=state.description, details=details)
            if pause is None:
                raise KsefUnavailable(msg("KSeF did not finish the authentication in time; try again later"))
            time.sleep(pause)
        tokens = self._call(what, lambda: auth.redeem_token(auth_token))
        self._access_token = tokens.access_token.token
        return self._access_token

    def _with_access(self, what: str, fn: Callable[[str], T]) -> T:
        """Run fn with the access token; once more with a fresh one when KSeF says it expired (401)."""
        token = self._access_token or self._authenticate()
        try:
            return fn(token)
        except KsefHttpError as error:
            if error.status_code != 401:
                if _is_unavailable(error):
                    raise _unavailable(error) from error
                raise _refused(error, what) from error
        self._access_token = None
        return self._call(what, lambda: fn(self._authenticate()))

    # -- the gateway ------------------------------------------------------------------------------------

    def check_connection(self) -> None:
        self._access_token = None
        self._authenticate()

    def open_session(self) -> str:
        cert = self._certificate(m.PublicKeyCertificateUsage.SYMMETRICKEYENCRYPTION)
        workflow = OnlineSessionWorkflow(self._client.sessions)
        handle = self._with_access(msg("to open a session"), lambda token: workflow.open_session(
            form_code=FA3_FORM, public_certificate=cert.certificate, public_key_id=cert.public_key_id,
            access_token=token))
        self._keys[handle.reference_number] = handle.encryption_data
        return handle.reference_number

    def send(self, session_reference: str, xml: bytes, *, offline: bool = False) -> SentInvoice:
        key = self._keys.get(session_reference)
        if key is None:
            raise KsefRefused(msg("The KSeF session {session} was not opened by this connection; open a new one",
                                  session=session_reference))
        workflow = OnlineSessionWorkflow(self._client.sessions)
        answer = self._with_access(msg("the invoice"), lambda token: workflow.send_invoice(
            session_reference_number=session_reference, invoice_xml=xml, encryption_data=key, access_token=token,
            offline_mode=True if offline else None))
        return SentInvoice(session_reference, answer.reference_number)

    def status(self, session_reference: str, invoice_reference: str) -> InvoiceStatus:
        answer = self._with_access(msg("the status request"), lambda token: (
            self._client.sessions.get_session_invoice_status(session_reference, invoice_reference,
                                                             access_token=token)))
        return _status(answer)

    def find_sent(self, session_reference: str, invoice_hash: str) -> SentInvoice | None:
        continuation: str | None = None
        while True:
            page = self._with_access(msg("the list of sent invoices"), lambda token, after=continuation: (
                self._client.sessions.get_session_invoices(session_reference, page_size=100,
                                                           continuation_token=after, access_token=token)))
            for invoice in page.invoices:
                if invoice.invoice_hash == invoice_hash:
                    return SentInvoice(session_reference, invoice.reference_number)
            continuation = page.continuation_token
            if not continuation:
                return None

    def upo(self, session_reference: str, invoice_reference: str) -> bytes:
        return self._with_access(msg("the UPO request"), lambda token: (
            self._client.sessions.get_session_invoice_upo_by_ref(session_reference, invoice_reference,
                                                                 access_token=token)))

    def close_session(self, session_reference: str) -> None:
        self._with_access(msg("to close the session"), lambda token: (
            self._client.sessions.close_online_session(session_reference, access_token=token)))
        self._keys.pop(session_reference, None)


def _status(answer: Any) -> InvoiceStatus:
    info = answer.status
    details = list(info.details or ())
    details += [f"{key}: {value}" for key, value in (info.extensions or {}).items() if value]
    if info.code in _PROCESSING_CODES:
        state = PROCESSING
    elif info.code == _ACCEPTED_CODE:
        state = ACCEPTED
    else:
        state = REJECTED
    return InvoiceStatus(state, answer.ksef_number if state == ACCEPTED else None, info.code,
                         info.description, tuple(details))

