"""The shop's KSeF offline certificate and KOD II, the second QR code of an invoice issued outside KSeF.

An invoice issued while KSeF cannot be reached (offline24, art. 106nda) carries two QR codes (CIRFMF/ksef-docs,
kody-qr.md, "Kody weryfikujące QR"): KOD I, the verification link of its XML (app.printing.ksef_xml), labelled
OFFLINE until it has a KSeF number, and KOD II, labelled CERTYFIKAT, which proves who issued it. KOD II is the link

    https://qr-test.ksef.mf.gov.pl/certificate/{context type}/{context value}/{seller NIP}/{certificate serial}/
        {SHA-256 of the XML, Base64URL}/{signature, Base64URL}

signed with the private key of the issuer's KSeF certificate of type Offline (an Authentication one may not be used).
What is signed is that link without "https://" and without the signature: the UTF-8 string
"qr-test.ksef.mf.gov.pl/certificate/Nip/1111111111/1111111111/01F20A5D352AE590/UtQp...". RSA keys (2048 bits or
more) sign with RSASSA-PSS, SHA-256, MGF1 with SHA-256 and a 32-byte salt; EC keys (NIST P-256) with ECDSA over
SHA-256, the signature given as IEEE P1363 (r || s, 32 bytes each), the form the docs recommend. The shop signs in
its own context, so the context is "Nip" and the seller's NIP (the docs' example 1). certyfikaty-KSeF.md tells the
types apart by keyUsage: Offline has Non-Repudiation, Authentication has Digital Signature. The serial is the one
KSeF states, the certificate's serial number in upper-case hex ("01F20A5D352AE590"). All the cryptography is the
`cryptography` library's.

Where it is kept: the private key is as secret as the KSeF token (whoever has it signs invoices in the shop's name),
so it goes to the system's credential store through app.services.invoicing.ksef.secrets (kind OFFLINE_KEY, per NIP
and environment, like the token), never to the shop file. The certificate's serial, subject and validity, all the
app needs of its public part, are kept beside the key in the same entry: the certificate itself is not needed to
sign, and Windows' Credential Manager takes at most 2,560 bytes per entry (stored as UTF-16), so neither a PEM key
nor the certificate would fit there. The entry holds the key as its numbers (an EC key's private value; an RSA
key's two primes and public exponent, the rest is derived by the library), a few hundred characters of JSON.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.hazmat.primitives.serialization import pkcs12

from app.core.errors import DomainError
from app.core.messages import msg
from app.printing.ksef_xml import KSEF_QR_BASES
from app.services.invoicing.ksef import secrets

log = logging.getLogger(__name__)

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

CONTEXT_NIP = "Nip"  # the context identifier's type in KOD II (kody-qr.md: Nip, InternalId, NipVatUe, PeppolId)
PSS_SALT = 32  # bytes (kody-qr.md, "Algorytmy podpisu")
MIN_RSA_BITS = 2048
PKCS12_SUFFIXES = (".pfx", ".p12")


@dataclass(frozen=True)
class OfflineCertificate:
    """The offline certificate set up for a NIP and environment, as the settings page shows it (never the key)."""

    serial: str  # upper-case hex, as KSeF states it and KOD II carries it
    subject: str  # RFC 4514, e.g. "CN=Jan Kowalski,SERIALNUMBER=TINPL-5260250274,C=PL"
    valid_from: datetime  # UTC
    valid_to: datetime  # UTC
    key_type: str  # RSA | EC

    def valid_at(self, when: datetime) -> bool:
        return self.valid_from <= when <= self.valid_to


def _now() -> datetime:
    return datetime.now(UTC)


def certificate_serial(certificate: x509.Certificate) -> str:
    """The serial as KSeF writes it: the DER integer's bytes in upper-case hex ("01F20A5D352AE590")."""
    n = certificate.serial_number
    return n.to_bytes(n.bit_length() // 8 + 1, "big").hex().upper()


def invoice_hash(xml: bytes) -> str:
    """SHA-256 of the invoice file, Base64URL without padding (the hash KOD I and KOD II carry)."""
    return base64.urlsafe_b64encode(hashlib.sha256(xml).digest()).rstrip(b"=").decode("ascii")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _digits(nip: str) -> str:
    return "".join(c for c in nip if c.isdigit())


def sign_path(path: str, key: PrivateKey) -> bytes:
    """The signature of KOD II's path (the link without "https://"): RSASSA-PSS or ECDSA P-256 in P1363 form."""
    data = path.encode("utf-8")
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=PSS_SALT), hashes.SHA256())
    r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def build_certificate_link(environment: str, seller_nip: str, serial: str, xml: bytes, key: PrivateKey, *,
                           context_type: str = CONTEXT_NIP, context_value: str | None = None) -> str:
    """KOD II of the invoice file `xml`, signed with `key` (the offline certificate's), in the shop's own context
    unless another is given."""
    if environment not in KSEF_QR_BASES:
        raise DomainError(msg("Unknown KSeF environment '{name}'; the environments are {names}.",
                              name=environment, names=", ".join(KSEF_QR_BASES)))
    nip = _digits(seller_nip)
    context = _digits(context_value) if context_value is not None and context_type == CONTEXT_NIP else context_value
    link = "/".join([KSEF_QR_BASES[environment], "certificate", context_type, context or nip, nip, serial,
                     invoice_hash(xml)])
    signed = link.split("://", 1)[1]
    return f"{link}/{_b64url(sign_path(signed, key))}"


# --- reading the files KSeF gives -------------------------------------------------------------------------------


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DomainError(msg("{path} could not be read: {reason}", path=str(path),
                              reason=exc.strerror or str(exc))) from exc


def _wrong_password(path: Path) -> DomainError:
    return DomainError(msg("The password does not open the private key in {path}.", path=str(path)))


def _load_pkcs12(path: Path, password: bytes | None) -> tuple[x509.Certificate, object]:
    try:
        key, certificate, _ = pkcs12.load_key_and_certificates(_read(path), password)
    except ValueError as exc:  # the library does not tell a wrong password from a damaged file
        raise DomainError(msg("{path} could not be opened: the password is wrong, or it is not a PKCS#12 "
                              "certificate file.", path=str(path))) from exc
    if certificate is None or key is None:
        raise DomainError(msg("{path} holds no certificate with its private key.", path=str(path)))
    return certificate, key


def _load_certificate(path: Path) -> x509.Certificate:
    data = _read(path)
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        try:
            return x509.load_der_x509_certificate(data)
        except ValueError:  # KSeF's API gives the certificate as Base64 of DER
            return x509.load_der_x509_certificate(base64.b64decode(data, validate=False))
    except ValueError as exc:
        raise DomainError(msg("{path} is not a certificate (PEM or DER).", path=str(path))) from exc


def _load_key(path: Path, password: bytes | None) -> object:
    data = _read(path)
    load = serialization.load_pem_private_key if b"-----BEGIN" in data else serialization.load_der_private_key
    try:
        return load(data, password)
    except TypeError as exc:  # a password for a plain key, or none for an encrypted one
        if password is None:
            raise DomainError(msg("The private key in {path} is protected by a password; give the password.",
                                  path=str(path))) from exc
        return load(data, None)
    except (ValueError, UnsupportedAlgorithm) as exc:
        if password is not None:
            raise _wrong_password(path) from exc
        raise DomainError(msg("{path} is not a private key (PEM or DER).", path=str(path))) from exc


def _check(certificate: x509.Certificate, key: object, now: datetime) -> PrivateKey:
    """The key fits KOD II and the certificate, and the certificate is a valid one of type Offline."""
    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < MIN_RSA_BITS:
            raise DomainError(msg("The certificate's RSA key has {bits} bits; KSeF requires at least 2048.",
                                  bits=key.key_size))
    elif not (isinstance(key, ec.EllipticCurvePrivateKey) and isinstance(key.curve, ec.SECP256R1)):
        raise DomainError(msg("The certificate's key is neither RSA nor EC P-256, the two kinds KSeF issues."))
    public = serialization.PublicFormat.SubjectPublicKeyInfo
    if key.public_key().public_bytes(serialization.Encoding.DER, public) != \
            certificate.public_key().public_bytes(serialization.Encoding.DER, public):
        raise DomainError(msg("The private key does not belong to this certificate."))
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is None or not usage.content_commitment:
        raise DomainError(msg("This is not a KSeF certificate of type Offline (its key usage is not "
                              "Non-Repudiation); an Authentication certificate cannot sign KOD II. Ask KSeF for "
                              "an Offline certificate."))
    if certificate.not_valid_after_utc < now:
        raise DomainError(msg("The certificate expired on {day}.", day=f"{certificate.not_valid_after_utc:%Y-%m-%d}"))
    return key  # type: ignore[return-value]


def load_offline_certificate(certificate_path: Path | str, key_path: Path | str | None = None,
                             password: str | None = None, *, now: datetime | None = None,
                             ) -> tuple[x509.Certificate, PrivateKey]:
    """The certificate and its private key from the files KSeF gives: a PKCS#12 file (.pfx/.p12) alone, or the
    certificate (.crt/.cer/.pem, PEM or DER) and its key (.key/.pem, with or without a password); checked."""
    certificate_path = Path(certificate_path)
    secret = password.encode("utf-8") if password else None
    if certificate_path.suffix.lower() in PKCS12_SUFFIXES:
        certificate, key = _load_pkcs12(certificate_path, secret)
    else:
        if key_path is None:
            raise DomainError(msg("Choose the certificate's private key file (.key) too."))
        certificate, key = _load_certificate(certificate_path), _load_key(Path(key_path), secret)
    return certificate, _check(certificate, key, now or _now())


# --- kept in the credential store -------------------------------------------------------------------------------


def _int_b64(n: int) -> str:
    return _b64url(n.to_bytes((n.bit_length() + 7) // 8, "big"))


def _b64_int(text: str) -> int:
    return int.from_bytes(_unb64url(text), "big")


def _entry(certificate: x509.Certificate, key: PrivateKey) -> str:
    if isinstance(key, rsa.RSAPrivateKey):
        numbers = key.private_numbers()
        material = {"type": "RSA", "p": _int_b64(numbers.p), "q": _int_b64(numbers.q),
                    "e": numbers.public_numbers.e}
    else:
        material = {"type": "EC", "d": _int_b64(key.private_numbers().private_value)}
    return json.dumps({"serial": certificate_serial(certificate), "subject": certificate.subject.rfc4514_string(),
                       "from": certificate.not_valid_before_utc.isoformat(),
                       "to": certificate.not_valid_after_utc.isoformat(), "key": material}, separators=(",", ":"))


def _key(material: dict) -> PrivateKey:
    if material["type"] == "EC":
        return ec.derive_private_key(_b64_int(material["d"]), ec.SECP256R1())
    p, q, e = _b64_int(material["p"]), _b64_int(material["q"]), int(material["e"])
    d = rsa.rsa_recover_private_exponent(e, p, q)
    return rsa.RSAPrivateNumbers(p, q, d, rsa.rsa_crt_dmp1(d, p), rsa.rsa_crt_dmq1(d, q), rsa.rsa_crt_iqmp(p, q),
                                 rsa.RSAPublicNumbers(e, p * q)).private_key()


def _stored(nip: str, environment: str) -> tuple[OfflineCertificate, PrivateKey] | None:
    value = secrets.stored_secret(nip, environment, secrets.OFFLINE_KEY)
    if value is None:
        return None
    try:
        entry = json.loads(value)
        material = entry["key"]
        info = OfflineCertificate(entry["serial"], entry["subject"], datetime.fromisoformat(entry["from"]),
                                  datetime.fromisoformat(entry["to"]), material["type"])
        return info, _key(material)
    except (ValueError, KeyError, TypeError) as exc:
        raise DomainError(msg("The offline certificate kept in the credential store cannot be read; set it up "
                              "again in the KSeF settings.")) from exc


def set_up_offline_certificate(nip: str, environment: str, certificate_path: Path | str,
                               key_path: Path | str | None = None, password: str | None = None, *,
                               now: datetime | None = None) -> OfflineCertificate:
    """Check the offline certificate in these files and keep it for this NIP and environment (the settings page's
    use case): the key goes to the credential store, never to the shop file; what it returns holds no key."""
    certificate, key = load_offline_certificate(certificate_path, key_path, password, now=now)
    secrets.store_secret(nip, environment, _entry(certificate, key), kind=secrets.OFFLINE_KEY)
    found = _stored(nip, environment)
    assert found is not None
    return found[0]


def offline_certificate(nip: str, environment: str) -> OfflineCertificate | None:
    """The offline certificate set up for this NIP and environment (serial, subject, validity), None when none."""
    found = _stored(nip, environment)
    return found[0] if found else None


def remove_offline_certificate(nip: str, environment: str) -> None:
    """Forget the certificate and its key (nothing happens when there is none)."""
    secrets.delete_secret(nip, environment, secrets.OFFLINE_KEY)


def certificate_link(environment: str, seller_nip: str, xml: bytes, *, now: datetime | None = None) -> str | None:
    """KOD II of this invoice file, signed with the offline certificate set up for the seller's NIP and the
    environment; None when there is none, or it is not valid now (a link signed by it would not verify), or the
    credential store cannot be used (logged): the invoice is then one to hand over only after it is sent."""
    try:
        found = _stored(seller_nip, environment)
    except DomainError as exc:
        log.warning("No KOD II: %s", exc)
        return None
    if found is None:
        return None
    info, key = found
    if not info.valid_at(now or _now()):
        log.warning("No KOD II: the offline certificate %s is valid from %s to %s", info.serial, info.valid_from,
                    info.valid_to)
        return None
    return build_certificate_link(environment, seller_nip, info.serial, xml, key)
