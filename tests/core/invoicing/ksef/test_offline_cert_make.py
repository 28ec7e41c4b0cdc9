"""Test certificates shaped as KSeF issues them (made here with `cryptography`, self-signed): type Offline has the
key usage Non-Repudiation, type Authentication Digital Signature (certyfikaty-KSeF.md), written to the files a shop
gets (PEM certificate + key, with or without a password, or one PKCS#12 file); and a test credential store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

SERIAL = 0x01F20A5D352AE590  # the docs' example serial (kody-qr.md)
PASSWORD = "Tajne hasło 1"


@dataclass(frozen=True)
class Made:
    certificate: x509.Certificate
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    crt: Path
    key_file: Path
    pfx: Path


def make_certificate(folder: Path, *, kind: str = "EC", offline: bool = True, serial: int = SERIAL,
                     valid_from: datetime | None = None, days: int = 365, rsa_bits: int = 2048,
                     password: str | None = PASSWORD) -> Made:
    """A certificate of type Offline (or Authentication) for NIP 5260250274 and its files in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1()) if kind == "EC" else \
        rsa.generate_private_key(public_exponent=65537, key_size=rsa_bits)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sklep Zaplecze offline"),
                      x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, "VATPL-5260250274"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "PL")])
    start = valid_from or datetime.now(UTC) - timedelta(days=1)
    usage = x509.KeyUsage(digital_signature=not offline, content_commitment=offline, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(serial).not_valid_before(start).not_valid_after(start + timedelta(days=days))
                   .add_extension(usage, critical=True).sign(key, hashes.SHA256()))
    crt, key_file, pfx = folder / "offline.crt", folder / "offline.key", folder / "offline.pfx"
    crt.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    protect = serialization.BestAvailableEncryption(password.encode()) if password else \
        serialization.NoEncryption()
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, protect))
    pfx.write_bytes(pkcs12.serialize_key_and_certificates(b"offline", key, certificate, None, protect))
    return Made(certificate, key, crt, key_file, pfx)


def key_forms(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> list[bytes]:
    """The key's material as it could leak: PEM and DER, and its secret numbers as big-endian bytes."""
    forms = [key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                               serialization.NoEncryption()),
             key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                               serialization.NoEncryption())]
    numbers = key.private_numbers()
    secret = [numbers.private_value] if isinstance(key, ec.EllipticCurvePrivateKey) else \
        [numbers.p, numbers.q, numbers.d]
    return forms + [n.to_bytes((n.bit_length() + 7) // 8, "big") for n in secret]


