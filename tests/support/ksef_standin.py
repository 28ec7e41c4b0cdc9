"""A local stand-in for the KSeF 2.0 API, for tests only: the real KSeF cannot be reached from our machines.

What it is: a threaded http.server on 127.0.0.1 (port 0) that answers the endpoints the gateway uses with the
paths, JSON fields and status codes of the official API (CIRFMF/ksef-docs open-api.json; the shapes are those of
ksef_client's generated models, which come from the same spec), so the unchanged ksef-client talks to it through
base_url. It holds its own RSA key pair and serves its self-signed certificate as GET /v2/security/public-key-
certificates does (both usages); it decrypts the token (RSA-OAEP SHA-256, "token|timestampMs") and checks it
against the one it was given; it unwraps each session's AES key, decrypts every invoice (AES-256-CBC, PKCS#7),
checks the declared sizes and SHA-256 hashes (21402, 21403), validates FA(3) against the official schema (450),
refuses a duplicate (440) and keeps the invoices, so a test can compare what arrived with what was sent; it
assigns KSeF numbers (NIP-date-12 hex-CRC-8 as documented) and makes a UPO shaped like the documented v4-3 one.

What it is not: KSeF. No permissions, limits, offline certificates, batch sessions, collective UPO, invoice
download or real signatures (its UPO is unsigned); a status turns final after `processing_polls` status reads.

Test controls: reject_next(code, description, details) the next invoice; drop_next_answer() after processing the
next invoice (a lost answer); go_down("refused" | "503") and come_up(); expire_access_tokens().
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import secrets
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.padding import PKCS7
from cryptography.x509.oid import NameOID
from lxml import etree

from app.printing.fa3_schema import FA3_NAMESPACE, validate_fa3

_OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
_FA3_NS = FA3_NAMESPACE
_UPO_NS = "http://upo.schematy.mf.gov.pl/KSeF/v4-3"
#: Invoice status texts from the API's SessionInvoiceStatusResponse.status table.
STATUS_TEXT = {100: "Faktura przyjęta do dalszego przetwarzania", 150: "Trwa przetwarzanie", 200: "Sukces",
               405: "Przetwarzanie anulowane z powodu błędu sesji", 410: "Nieprawidłowy zakres uprawnień",
               430: "Błąd weryfikacji pliku faktury", 435: "Błąd odszyfrowania pliku", 440: "Duplikat faktury",
               450: "Błąd weryfikacji semantyki dokumentu faktury"}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _sha(data: bytes) -> str:
    return _b64(hashlib.sha256(data).digest())


def _crc8(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def ksef_number(nip: str, day: dt.date, serial: int) -> str:
    """A KSeF number as documented (faktury/numer-ksef.md): NIP-YYYYMMDD-12 hex-CRC-8 of the first 32 chars."""
    data = f"{nip}-{day:%Y%m%d}-{serial:012X}"
    return f"{data}-{_crc8(data.encode('ascii')):02X}"


def _reference(kind: str) -> str:
    """A 36-character reference number like KSeF's (20251010-SO-2F1A3B4C5D-6E7F8A9B0C-1D)."""
    return f"{_now():%Y%m%d}-{kind}-{secrets.token_hex(5).upper()}-{secrets.token_hex(5).upper()}-" \
           f"{secrets.token_hex(1).upper()}"


def _exception(code: int, description: str, *details: str) -> dict[str, Any]:
    """The API's ExceptionResponse (400 answers)."""
    return {"exception": {"exceptionDetailList": [{"exceptionCode": code, "exceptionDescription": description,
                                                   "details": list(details)}],
                          "referenceNumber": None, "serviceCode": secrets.token_hex(8), "serviceCtx": "srvSTAND",
                          "serviceName": "Undefined", "timestamp": _iso(_now())}}


def _unauthorized(detail: str) -> dict[str, Any]:
    return {"title": "Unauthorized", "status": 401, "detail": detail, "instance": None,
            "traceId": secrets.token_hex(16), "timestamp": _iso(_now())}


@dataclass
class StoredInvoice:
    """One invoice as it arrived: the decrypted XML and what the stand-in made of it."""

    session_reference: str
    reference: str
    ordinal: int
    xml: bytes
    invoice_hash: str
    invoice_number: str | None
    received_at: dt.datetime
    verdict: tuple[int, str, list[str], dict[str, str]]   # final code, description, details, extensions
    ksef_number: str | None = None
    status_reads: int = 0
    offline_mode: bool = False  # the request's offlineMode: the client says it was issued offline


@dataclass
class _Session:
    reference: str
    key: bytes
    iv: bytes
    open: bool = True
    invoices: list[StoredInvoice] = field(default_factory=list)


@dataclass
class _Auth:
    reference: str
    auth_token: str
    started: dt.datetime
    status: tuple[int, str, list[str]]
    redeemed: bool = False


class KsefStandin:
    """The stand-in server. Start with start(), stop with stop(); `base_url` is what make_gateway takes."""

    def __init__(self, nip: str = "5261040828", token: str | None = None, *, processing_polls: int = 1) -> None:
        self.nip = nip
        self.token = token or f"{_now():%Y%m%d}-EC-{secrets.token_hex(10).upper()}|nip-{nip}|" \
                              f"{secrets.token_hex(32)}"
        self.processing_polls = processing_polls
        self.lock = threading.RLock()
        self._key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self._certificate = _self_signed(self._key)
        self._public_key_id = _b64(hashlib.sha256(self._certificate).digest()[:16])
        self._challenges: dict[str, int] = {}
        self._auths: dict[str, _Auth] = {}
        self._access_tokens: set[str] = set()
        self.sessions: dict[str, _Session] = {}
        self.invoices: list[StoredInvoice] = []
        self.requests: list[tuple[str, str]] = []
        self._reject: tuple[int, str, list[str]] | None = None
        self._drop_next = False
        self._mode = "up"
        self._serial = 0x0100001A0000
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # -- the server's life ------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> KsefStandin:
        handler = type("Handler", (_Handler,), {"standin": self})
        server = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        server.daemon_threads = True
        self._server, self.port = server, server.server_address[1]
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def go_down(self, mode: str = "refused") -> None:
        """"refused": nothing listens on the port (connection refused); "503": every request is answered 503
        Service Unavailable with Retry-After, as during an announced failure or maintenance."""
        assert mode in ("refused", "503")
        with self.lock:
            self._mode = mode
        if mode == "refused":
            self.stop()

    def come_up(self) -> None:
        with self.lock:
            self._mode = "up"
        if self._server is None:
            self.start()

    # -- test controls ----------------------------------------------------------------------------------

    def reject_next(self, code: int = 450, description: str | None = None, details: tuple[str, ...] = ()) -> None:
        """The next invoice sent ends with this status code (a documented rejection code) instead of 200."""
        with self.lock:
            self._reject = (code, description or STATUS_TEXT.get(code, f"Nieznany błąd ({code})"), list(details))

    def drop_next_answer(self) -> None:
        """The next invoice sent is processed and kept, but its answer is never written (the connection closes)."""
        with self.lock:
            self._drop_next = True

    def expire_access_tokens(self) -> None:
        with self.lock:
            self._access_tokens.clear()

    def invoice(self, reference: str) -> StoredInvoice:
        with self.lock:
            return next(i for i in self.invoices if i.reference == reference)

    # -- endpoints --------------------------------------------------------------------------------------

    def route(self, method: str, path: str, query: dict[str, str], bearer: str | None,
              body: bytes) -> tuple[int, Any, str]:
        """(status, body, content type) for one request; body None means an empty answer."""
        self.requests.append((method, path))
        if path == "/v2/security/public-key-certificates" and method == "GET":
            return 200, self._certificates(), "application/json"
        if path == "/v2/auth/challenge" and method == "POST":
            return 200, self._challenge(), "application/json"
        if path == "/v2/auth/ksef-token" and method == "POST":
            return self._token_auth(json.loads(body))
        if path == "/v2/auth/token/redeem" and method == "POST":
            return self._redeem(bearer)
        if (found := re.fullmatch(r"/v2/auth/([^/]+)", path)) and method == "GET":
            return self._auth_status(found[1], bearer)
        if bearer not in self._access_tokens:
            return 401, _unauthorized("Wymagane jest uwierzytelnienie."), "application/problem+json"
        if path == "/v2/sessions/online" and method == "POST":
            return self._open(json.loads(body))
        if (found := re.fullmatch(r"/v2/sessions/online/([^/]+)/invoices", path)) and method == "POST":
            return self._send(found[1], json.loads(body))
        if (found := re.fullmatch(r"/v2/sessions/online/([^/]+)/close", path)) and method == "POST":
            return self._close(found[1])
        if (found := re.fullmatch(r"/v2/sessions/([^/]+)/invoices", path)) and method == "GET":
            return self._list(found[1], query)
        if (found := re.fullmatch(r"/v2/sessions/([^/]+)/invoices/([^/]+)/upo", path)) and method == "GET":
            return self._upo(found[1], found[2])
        if (found := re.fullmatch(r"/v2/sessions/([^/]+)/invoices/([^/]+)", path)) and method == "GET":
            return self._status(found[1], found[2])
        return 404, {"title": "Not Found", "status": 404, "detail": path}, "application/problem+json"

    def _certificates(self) -> list[dict[str, Any]]:
        now = _now()
        return [{"certificate": _b64(self._certificate), "certificateId": _b64(self._public_key_id.encode()),
                 "publicKeyId": self._public_key_id, "validFrom": _iso(now - dt.timedelta(days=30)),
                 "validTo": _iso(now + dt.timedelta(days=365)), "usage": [usage]}
                for usage in ("KsefTokenEncryption", "SymmetricKeyEncryption")]

    def _challenge(self) -> dict[str, Any]:
        now = _now()
        challenge = f"{now:%Y%m%d}-CR-{secrets.token_hex(5).upper()}-{secrets.token_hex(5).upper()}-" \
                    f"{secrets.token_hex(1).upper()}"
        stamp = int(now.timestamp() * 1000)
        self._challenges[challenge] = stamp
        return {"challenge": challenge, "timestamp": _iso(now), "timestampMs": stamp, "clientIp": "127.0.0.1"}

    def _token_auth(self, request: dict[str, Any]) -> tuple[int, Any, str]:
        stamp = self._challenges.pop(request.get("challenge", ""), None)
        if stamp is None:
            return 400, _exception(21111, "Nieprawidłowe wyzwanie autoryzacyjne."), "application/json"
        if request.get("publicKeyId") not in (None, self._public_key_id):
            return 400, _exception(21470, "Przesłany identyfikator klucza jest nieznany lub wskazuje na wycofany "
                                   "klucz.", f"Klucz o identyfikatorze {request['publicKeyId']} nie jest "
                                   "wspierany."), "application/json"
        context = request.get("contextIdentifier") or {}
        try:
            plain = self._key.decrypt(base64.b64decode(request["encryptedToken"]), _OAEP).decode()
            token, _, when = plain.rpartition("|")
        except ValueError:
            token, when = "", ""
        bad = "Uwierzytelnianie zakończone niepowodzeniem z powodu błędnego tokenu"
        if token != self.token or context.get("type") != "Nip" or context.get("value") != self.nip:
            status = (450, bad, ["Nieprawidłowy token"])
        elif when != str(stamp):
            status = (450, bad, ["Nieprawidłowy czas tokena"])
        else:
            status = (200, "Uwierzytelnianie zakończone sukcesem", [])
        auth = _Auth(_reference("AU"), secrets.token_urlsafe(32), _now(), status)
        self._auths[auth.reference] = auth
        return 202, {"referenceNumber": auth.reference,
                     "authenticationToken": {"token": auth.auth_token,
                                             "validUntil": _iso(_now() + dt.timedelta(minutes=15))}}, \
            "application/json"

    def _auth_status(self, reference: str, bearer: str | None) -> tuple[int, Any, str]:
        auth = self._auths.get(reference)
        if auth is None or bearer != auth.auth_token:
            return 401, _unauthorized("Nieprawidłowy token uwierzytelniający."), "application/problem+json"
        code, description, details = auth.status
        return 200, {"startDate": _iso(auth.started), "authenticationMethod": "Token",
                     "authenticationMethodInfo": {"category": "Token", "code": "token.ksef",
                                                  "displayName": "Token KSeF"},
                     "status": {"code": code, "description": description, "details": details or None},
                     "isTokenRedeemed": auth.redeemed}, "application/json"

    def _redeem(self, bearer: str | None) -> tuple[int, Any, str]:
        auth = next((a for a in self._auths.values() if a.auth_token == bearer), None)
        if auth is None:
            return 401, _unauthorized("Nieprawidłowy token uwierzytelniający."), "application/problem+json"
        if auth.redeemed:
            return 400, _exception(21301, "Brak autoryzacji.", f"Tokeny dla operacji uwierzytelniania "
                                   f"{auth.reference} zostały już pobrane."), "application/json"
        if auth.status[0] != 200:
            return 400, _exception(21301, "Brak autoryzacji.", f"Status uwierzytelniania ({auth.status[0]}) nie "
                                   "pozwala na pobranie tokenów."), "application/json"
        auth.redeemed = True
        access = secrets.token_urlsafe(32)
        self._access_tokens.add(access)
        until = _now() + dt.timedelta(minutes=15)
        return 200, {"accessToken": {"token": access, "validUntil": _iso(until)},
                     "refreshToken": {"token": secrets.token_urlsafe(32),
                                      "validUntil": _iso(until + dt.timedelta(days=7))}}, "application/json"

    def _open(self, request: dict[str, Any]) -> tuple[int, Any, str]:
        form = request.get("formCode") or {}
        if (form.get("systemCode"), form.get("schemaVersion"), form.get("value")) != ("FA (3)", "1-0E", "FA"):
            return 400, _exception(21405, "Błąd walidacji danych wejściowych.", f"formCode: {form}"), \
                "application/json"
        encryption = request["encryption"]
        try:
            key = self._key.decrypt(base64.b64decode(encryption["encryptedSymmetricKey"]), _OAEP)
        except ValueError:
            return 400, _exception(21405, "Błąd walidacji danych wejściowych.",
                                   "encryptedSymmetricKey: nie można odszyfrować"), "application/json"
        session = _Session(_reference("SO"), key, base64.b64decode(encryption["initializationVector"]))
        self.sessions[session.reference] = session
        return 201, {"referenceNumber": session.reference,
                     "validUntil": _iso(_now() + dt.timedelta(hours=12))}, "application/json"

    def _session(self, reference: str) -> _Session | None:
        return self.sessions.get(reference)

    def _no_session(self, reference: str) -> tuple[int, Any, str]:
        return 400, _exception(21173, "Brak sesji o wskazanym numerze referencyjnym.", f"Sesja o numerze "
                               f"referencyjnym {reference} nie została odnaleziona."), "application/json"

    def _send(self, reference: str, request: dict[str, Any]) -> tuple[int, Any, str]:
        session = self._session(reference)
        if session is None:
            return self._no_session(reference)
        if not session.open:
            return 400, _exception(21180, "Status sesji nie pozwala na wykonanie operacji.",
                                   "Status sesji 170 uniemożliwia wysyłkę faktur."), "application/json"
        encrypted = base64.b64decode(request["encryptedInvoiceContent"])
        if len(encrypted) != request["encryptedInvoiceSize"]:
            return 400, _exception(21402, "Nieprawidłowy rozmiar pliku.",
                                   "Długość treści nie zgadza się z rozmiarem pliku."), "application/json"
        if _sha(encrypted) != request["encryptedInvoiceHash"]:
            return 400, _exception(21403, "Nieprawidłowy skrót pliku.",
                                   "Skrót treści nie zgadza się ze skrótem pliku."), "application/json"
        xml = _decrypt(encrypted, session.key, session.iv)
        verdict = self._verdict(xml, request)
        invoice = StoredInvoice(reference, _reference("EE"), len(session.invoices) + 1, xml or b"",
                                request["invoiceHash"], _invoice_number(xml), _now(), verdict,
                                offline_mode=bool(request.get("offlineMode")))
        if verdict[0] == 200:
            self._serial += 1
            invoice.ksef_number = ksef_number(self.nip, invoice.received_at.date(), self._serial)
        session.invoices.append(invoice)
        self.invoices.append(invoice)
        if self._drop_next:
            self._drop_next = False
            return -1, None, ""
        return 202, {"referenceNumber": invoice.reference}, "application/json"

    def _verdict(self, xml: bytes | None, request: dict[str, Any]) -> tuple[int, str, list[str], dict[str, str]]:
        if xml is None:
            return 435, STATUS_TEXT[435], [], {}
        if len(xml) != request["invoiceSize"] or _sha(xml) != request["invoiceHash"]:
            return 430, STATUS_TEXT[430], ["Skrót lub rozmiar faktury nie zgadza się z zadeklarowanym."], {}
        if self._reject is not None:
            code, description, details = self._reject
            self._reject = None
            return code, description, details, {}
        problems = validate_fa3(xml)
        if problems:
            return 450, STATUS_TEXT[450], problems[:5], {}
        original = next((i for i in self.invoices if i.invoice_hash == request["invoiceHash"] and i.ksef_number),
                        None)
        if original is not None:
            return 440, STATUS_TEXT[440], [], {"originalSessionReferenceNumber": original.session_reference,
                                                "originalKsefNumber": original.ksef_number or ""}
        return 200, STATUS_TEXT[200], [], {}

    def _invoice_json(self, invoice: StoredInvoice) -> dict[str, Any]:
        final = invoice.status_reads > self.processing_polls
        code, description, details, extensions = invoice.verdict if final else (150, STATUS_TEXT[150], [], {})
        accepted = final and code == 200
        return {"ordinalNumber": invoice.ordinal, "invoiceNumber": invoice.invoice_number,
                "ksefNumber": invoice.ksef_number if accepted else None, "referenceNumber": invoice.reference,
                "invoiceHash": invoice.invoice_hash, "invoicingDate": _iso(invoice.received_at),
                "acquisitionDate": _iso(invoice.received_at) if accepted else None, "invoicingMode": "Online",
                "status": {"code": code, "description": description, "details": details or None,
                           "extensions": extensions or None}}

    def _status(self, reference: str, invoice_reference: str) -> tuple[int, Any, str]:
        session = self._session(reference)
        if session is None:
            return self._no_session(reference)
        invoice = next((i for i in session.invoices if i.reference == invoice_reference), None)
        if invoice is None:
            return 400, _exception(21405, "Błąd walidacji danych wejściowych.", f"Faktura o numerze referencyjnym "
                                   f"{invoice_reference} nie została odnaleziona."), "application/json"
        invoice.status_reads += 1
        return 200, self._invoice_json(invoice), "application/json"

    def _list(self, reference: str, query: dict[str, str]) -> tuple[int, Any, str]:
        session = self._session(reference)
        if session is None:
            return self._no_session(reference)
        return 200, {"invoices": [self._invoice_json(i) for i in session.invoices],
                     "continuationToken": None}, "application/json"

    def _upo(self, reference: str, invoice_reference: str) -> tuple[int, Any, str]:
        session = self._session(reference)
        invoice = next((i for i in session.invoices if i.reference == invoice_reference), None) if session else None
        if session is None or invoice is None or invoice.ksef_number is None \
                or invoice.status_reads <= self.processing_polls:
            return 400, _exception(21405, "Błąd walidacji danych wejściowych.",
                                   "UPO dla wskazanej faktury nie jest dostępne."), "application/json"
        return 200, self._upo_xml(invoice), "application/xml"

    def _upo_xml(self, invoice: StoredInvoice) -> bytes:
        """A UPO shaped like the documented v4-3 example (faktury/upo/przyklady/v4-3/kontekst-nip), unsigned."""
        e = etree.Element(f"{{{_UPO_NS}}}Potwierdzenie", nsmap={None: _UPO_NS})

        def add(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
            node = etree.SubElement(parent, f"{{{_UPO_NS}}}{tag}")
            node.text = text
            return node

        add(e, "NazwaPodmiotuPrzyjmujacego", "Zaplecze – lokalny zastępnik KSeF (testy)")
        add(e, "NumerReferencyjnySesji", invoice.session_reference)
        auth = add(e, "Uwierzytelnienie")
        add(add(auth, "IdKontekstu"), "Nip", self.nip)
        add(auth, "SkrotDokumentuUwierzytelniajacego", _sha(self.token.encode()))
        add(e, "NazwaStrukturyLogicznej", "Schemat_FA(3)_v1-0E.xsd")
        add(e, "KodFormularza", "FA (3)")
        doc = add(e, "Dokument")
        add(doc, "NipSprzedawcy", self.nip)
        add(doc, "NumerKSeFDokumentu", invoice.ksef_number)
        add(doc, "NumerFaktury", invoice.invoice_number or "")
        add(doc, "DataWystawieniaFaktury", _issue_date(invoice.xml) or f"{invoice.received_at:%Y-%m-%d}")
        add(doc, "DataPrzeslaniaDokumentu", _iso(invoice.received_at))
        add(doc, "DataNadaniaNumeruKSeF", _iso(invoice.received_at))
        add(doc, "SkrotDokumentu", invoice.invoice_hash)
        add(doc, "TrybWysylki", "Online")
        return etree.tostring(e, xml_declaration=True, encoding="utf-8")

    def _close(self, reference: str) -> tuple[int, Any, str]:
        session = self._session(reference)
        if session is None:
            return self._no_session(reference)
        if not session.open:
            return 400, _exception(21180, "Status sesji nie pozwala na wykonanie operacji.",
                                   "Status sesji 170 uniemożliwia jej zamknięcie."), "application/json"
        session.open = False
        return 204, None, ""


def _decrypt(data: bytes, key: bytes, iv: bytes) -> bytes | None:
    try:
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        padded = decryptor.update(data) + decryptor.finalize()
        unpadder = PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
    except ValueError:
        return None


def _fa3_text(xml: bytes | None, path: str) -> str | None:
    if not xml:
        return None
    try:
        root = etree.fromstring(xml)
    except etree.XMLSyntaxError:
        return None
    found = root.find(path, {"f": _FA3_NS})
    return found.text if found is not None else None


def _invoice_number(xml: bytes | None) -> str | None:
    return _fa3_text(xml, "f:Fa/f:P_2")


def _issue_date(xml: bytes | None) -> str | None:
    return _fa3_text(xml, "f:Fa/f:P_1")


def _self_signed(key: rsa.RSAPrivateKey) -> bytes:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "KSeF stand-in (tests)")])
    now = _now()
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=30))
            .not_valid_after(now + dt.timedelta(days=365)).sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.DER)


class _Handler(BaseHTTPRequestHandler):
    """HTTP/1.0: one request per connection, so going down drops every client at once."""

    standin: KsefStandin

    def log_message(self, format: str, *args: Any) -> None:  # quiet in tests
        pass

    def _handle(self, method: str) -> None:
        path, _, raw_query = self.path.partition("?")
        query = dict(part.split("=", 1) for part in raw_query.split("&") if "=" in part)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        authorization = self.headers.get("Authorization") or ""
        bearer = authorization.removeprefix("Bearer ") if authorization.startswith("Bearer ") else None
        standin = self.standin
        with standin.lock:
            if standin._mode == "503":
                status, payload, ctype = 503, {"title": "Service Unavailable", "status": 503,
                                               "detail": "Trwają prace serwisowe. Spróbuj ponownie później."}, \
                    "application/problem+json"
            else:
                status, payload, ctype = standin.route(method, path, query, bearer, body)
        if status < 0:  # the answer is lost: close without a word
            self.close_connection = True
            return
        data = b"" if payload is None else payload if isinstance(payload, bytes) else \
            json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        if status == 503:
            self.send_header("Retry-After", "30")
        if data:
            self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")
