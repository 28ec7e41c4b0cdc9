"""The KSeF offline certificate set up from the files KSeF gives, kept in the credential store only, and KOD II:
the link's form as kody-qr.md states it, its signature verified with the certificate's public key (RSASSA-PSS
SHA-256 with a 32-byte salt; ECDSA P-256 in P1363 form), and the same unsigned link as ksef-client builds."""

from __future__ import annotations

import base64
import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from app.core.errors import DomainError
from app.printing.ksef_xml import invoice_link
from app.services.invoicing.ksef import offline_cert as oc
from app.services.invoicing.ksef import secrets
from tests.core.invoicing.ksef.test_offline_cert_make import PASSWORD, key_forms, make_certificate

NIP = "5260250274"
XML = "<Faktura>żółta faktura</Faktura>".encode()


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def verify(link: str, certificate) -> None:
    """Raises InvalidSignature unless the link's last segment signs the rest (without https://) with this
    certificate's key, as the docs' "Format podpisu" says."""
    signed, signature = link.removeprefix("https://").rsplit("/", 1)
    raw = _unb64url(signature)
    public = certificate.public_key()
    if isinstance(public, ec.EllipticCurvePublicKey):
        assert len(raw) == 64  # IEEE P1363: r || s, 32 bytes each
        der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
        public.verify(der, signed.encode(), ec.ECDSA(hashes.SHA256()))
    else:
        public.verify(raw, signed.encode(), padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
                      hashes.SHA256())


def test_serial_as_ksef_writes_it(tmp_path):
    made = make_certificate(tmp_path)
    assert oc.certificate_serial(made.certificate) == "01F20A5D352AE590"  # the docs' example
    high = make_certificate(tmp_path / "h", serial=0xF20A5D352AE590)
    assert oc.certificate_serial(high.certificate) == "00F20A5D352AE590"  # a DER integer keeps its sign byte


@pytest.mark.parametrize("kind", ["RSA", "EC"])
def test_kod2_link_is_signed_by_the_offline_certificate(tmp_path, credential_store, kind):
    made = make_certificate(tmp_path, kind=kind)
    info = oc.set_up_offline_certificate(NIP, "test", made.crt, made.key_file, PASSWORD)
    assert (info.serial, info.key_type) == ("01F20A5D352AE590", kind) and "5260250274" in info.subject
    assert oc.offline_certificate(NIP, "test") == info and oc.offline_certificate(NIP, "prod") is None

    link = oc.certificate_link("test", "526-025-02-74", XML)
    kod1_hash = invoice_link(NIP, datetime(2026, 2, 1).date(), XML, "test").rsplit("/", 1)[1]
    assert re.fullmatch(rf"https://qr-test\.ksef\.mf\.gov\.pl/certificate/Nip/{NIP}/{NIP}/01F20A5D352AE590/"
                        rf"{re.escape(kod1_hash)}/[A-Za-z0-9_-]+", link), link  # Base64URL, no padding
    verify(link, made.certificate)
    with pytest.raises(InvalidSignature):  # the signature covers the hash: another file's link does not verify
        verify(link.replace(kod1_hash, oc.invoice_hash(XML + b" ")), made.certificate)
    other = make_certificate(tmp_path / "other", kind=kind)
    with pytest.raises(InvalidSignature):
        verify(link, other.certificate)

    # the same link, signature aside, as the independent ksef-client builds it from the docs
    from ksef_client.config import KsefClientOptions
    from ksef_client.services.verification_link import VerificationLinkService

    service = VerificationLinkService(KsefClientOptions(base_url="https://api-test.ksef.mf.gov.pl",
                                                         base_qr_url="https://qr-test.ksef.mf.gov.pl"))
    theirs = service.build_certificate_verification_url(
        seller_nip=NIP, context_identifier_type="Nip", context_identifier_value=NIP,
        certificate_serial="01F20A5D352AE590", invoice_hash=oc.invoice_hash(XML),
        private_key_pem=made.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()).decode())
    assert theirs.rsplit("/", 1)[0] == link.rsplit("/", 1)[0]
    verify(theirs, made.certificate)


def test_pkcs12_file_and_environments(tmp_path, credential_store):
    made = make_certificate(tmp_path, kind="RSA")
    oc.set_up_offline_certificate(NIP, "prod", made.pfx, password=PASSWORD)
    link = oc.certificate_link("prod", NIP, XML)
    assert link.startswith(f"https://qr.ksef.mf.gov.pl/certificate/Nip/{NIP}/{NIP}/01F20A5D352AE590/")
    verify(link, made.certificate)
    assert oc.certificate_link("test", NIP, XML) is None  # set up for production only
    oc.remove_offline_certificate(NIP, "prod")
    assert oc.certificate_link("prod", NIP, XML) is None and oc.offline_certificate(NIP, "prod") is None
    oc.remove_offline_certificate(NIP, "prod")  # nothing there: no error


def test_the_key_is_kept_compact_in_the_credential_store_only(tmp_path, credential_store):
    made = make_certificate(tmp_path, kind="RSA")
    oc.set_up_offline_certificate(NIP, "test", made.crt, made.key_file, PASSWORD)
    entries = json.loads(credential_store.read_text("utf-8"))
    assert list(entries) == [f"Zaplecze KSeF\x00{NIP} test {secrets.OFFLINE_KEY}"]
    value = next(iter(entries.values()))
    # Windows' Credential Manager takes at most 2,560 bytes, as UTF-16: a 2048-bit RSA key has to fit
    assert len(value.encode("utf-16-le")) <= 2560, len(value)
    assert secrets.ksef_token(NIP, "test") is None  # the token's entry is another one
    # the stored numbers are the key: a link signed after reading them back verifies
    verify(oc.certificate_link("test", NIP, XML), made.certificate)
    assert not any(form in value.encode() for form in key_forms(made.key)[:2])


def test_an_unencrypted_key_and_a_der_certificate(tmp_path, credential_store):
    made = make_certificate(tmp_path, password=None)
    der = tmp_path / "offline.cer"
    der.write_bytes(base64.b64encode(made.certificate.public_bytes(serialization.Encoding.DER)))  # as the API gives
    info = oc.set_up_offline_certificate(NIP, "test", der, made.key_file)
    assert info.key_type == "EC"
    verify(oc.certificate_link("test", NIP, XML), made.certificate)


def test_what_is_refused_says_why(tmp_path, credential_store):
    auth = make_certificate(tmp_path / "auth", offline=False)
    with pytest.raises(DomainError, match="not a KSeF certificate of type Offline"):
        oc.set_up_offline_certificate(NIP, "test", auth.crt, auth.key_file, PASSWORD)
    made = make_certificate(tmp_path / "ok")
    with pytest.raises(DomainError, match="password does not open"):
        oc.set_up_offline_certificate(NIP, "test", made.crt, made.key_file, "wrong")
    with pytest.raises(DomainError, match="protected by a password"):
        oc.set_up_offline_certificate(NIP, "test", made.crt, made.key_file)
    with pytest.raises(DomainError, match="password is wrong"):
        oc.set_up_offline_certificate(NIP, "test", made.pfx, password="wrong")
    with pytest.raises(DomainError, match="private key file"):
        oc.set_up_offline_certificate(NIP, "test", made.crt)
    with pytest.raises(DomainError, match="does not belong"):
        oc.set_up_offline_certificate(NIP, "test", made.crt, auth.key_file, PASSWORD)
    with pytest.raises(DomainError, match="not a certificate"):
        oc.set_up_offline_certificate(NIP, "test", made.key_file, made.key_file, PASSWORD)
    with pytest.raises(DomainError, match="could not be read"):
        oc.set_up_offline_certificate(NIP, "test", tmp_path / "none.crt", made.key_file, PASSWORD)
    old = make_certificate(tmp_path / "old", valid_from=datetime.now(UTC) - timedelta(days=400), days=365)
    with pytest.raises(DomainError, match="expired on"):
        oc.set_up_offline_certificate(NIP, "test", old.crt, old.key_file, PASSWORD)
    weak = make_certificate(tmp_path / "weak", kind="RSA", rsa_bits=1024)
    with pytest.raises(DomainError, match="at least 2048"):
        oc.set_up_offline_certificate(NIP, "test", weak.crt, weak.key_file, PASSWORD)
    assert oc.offline_certificate(NIP, "test") is None  # nothing refused was kept


def test_no_link_outside_the_certificates_validity(tmp_path, credential_store):
    made = make_certificate(tmp_path, days=30)
    info = oc.set_up_offline_certificate(NIP, "test", made.crt, made.key_file, PASSWORD)
    assert oc.certificate_link("test", NIP, XML, now=info.valid_to + timedelta(seconds=1)) is None
    assert oc.certificate_link("test", NIP, XML, now=info.valid_from - timedelta(seconds=1)) is None
    assert oc.certificate_link("test", NIP, XML, now=info.valid_from + timedelta(days=1)) is not None


def test_a_damaged_entry_asks_to_set_it_up_again(credential_store):
    secrets.store_secret(NIP, "test", "not json", kind=secrets.OFFLINE_KEY)
    with pytest.raises(DomainError, match="set it up again"):
        oc.offline_certificate(NIP, "test")
    assert oc.certificate_link("test", NIP, XML) is None  # printing goes on, without KOD II
