"""The print path of an invoice issued offline, on a real shop file: saved (PDF + XML) and printed (the print
queue's renderer), its PDF carries KOD I and KOD II once an offline certificate is set up, KOD II signing exactly
the saved XML file; before that it says it may be handed over only after it is sent; an invoice queued online
carries no KOD II; and the private key is nowhere in the shop file."""

from __future__ import annotations

import base64
import hashlib
import json

from app.services.documents.render import invoice_ref, render_documents
from app.services.invoicing.files import save_invoice_files
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.ksef import offline_cert as oc
from app.services.invoicing.ksef.queue import queue
from tests.core.invoicing.ksef.test_offline_cert import verify
from tests.core.invoicing.ksef.test_offline_cert_make import PASSWORD, key_forms, make_certificate
from tests.printing.test_invoice_pdf import Read, decode_qr

NIP = "5260250274"  # the test seller's (tests/core/invoicing/conftest.py)


def _dir(tmp_path, name):
    path = tmp_path / name
    path.mkdir()
    return path


def _codes(pdf: bytes, folder) -> tuple[str, str | None]:
    """(KOD I, KOD II or None) read back from the PDF's last page."""
    found = decode_qr(pdf, folder)[-1]
    kod1 = [c for c in found if "/invoice/" in c]
    kod2 = [c for c in found if "/certificate/" in c]
    assert len(kod1) == 1 and len(kod2) <= 1 and len(found) == len(kod1) + len(kod2), found
    return kod1[0], kod2[0] if kod2 else None


def test_offline_invoice_printed_with_kod2(session, seller, make_order, db_path, tmp_path, credential_store):
    offline = issue_invoice(session, make_order([(2, "19.99", "23")]), "t")
    online = issue_invoice(session, make_order([(1, "49.99", "23")]), "t")
    queue(session, [offline], offline=True)
    queue(session, [online])

    # no certificate yet: the PDF says it may not go to the buyer before KSeF has it
    pdf = _dir(tmp_path, "before") / "fv.pdf"
    save_invoice_files(session, offline, pdf)
    assert "nabywcy dopiero po wysłaniu do KSeF" in Read(pdf.read_bytes(), pdf.parent).flat
    assert _codes(pdf.read_bytes(), pdf.parent)[1] is None

    made = make_certificate(tmp_path / "cert", kind="RSA")
    oc.set_up_offline_certificate(NIP, "test", made.crt, made.key_file, PASSWORD)

    folder = _dir(tmp_path, "saved")
    saved = save_invoice_files(session, offline, folder / "fv.pdf", folder / "fv.xml")
    kod1, saved_kod2 = _codes(saved.pdf_path.read_bytes(), folder)
    kod2 = saved_kod2
    assert kod1 == saved.link
    digest = base64.urlsafe_b64encode(hashlib.sha256(saved.xml_path.read_bytes()).digest()).rstrip(b"=").decode()
    assert kod2.startswith(f"https://qr-test.ksef.mf.gov.pl/certificate/Nip/{NIP}/{NIP}/01F20A5D352AE590/{digest}/")
    verify(kod2, made.certificate)  # signed by the shop's offline certificate, over the very file saved
    text = Read(saved.pdf_path.read_bytes(), folder)
    assert "CERTYFIKAT" in text and "OFFLINE" in text and "przekazać nabywcy" not in text.flat

    printed = render_documents(session, [invoice_ref(offline), invoice_ref(online)])
    kod1, kod2 = _codes(printed[0].pdf, _dir(tmp_path, "printed"))
    assert kod1 == saved.link and kod2 is not None and kod2.rsplit("/", 1)[0] == saved_kod2.rsplit("/", 1)[0]
    verify(kod2, made.certificate)
    assert _codes(printed[1].pdf, _dir(tmp_path, "online"))[1] is None  # queued online: KOD I only
    assert "przekazać nabywcy" not in Read(printed[1].pdf, tmp_path / "online").flat

    # the key is in the credential store only: not in the shop file (nor its WAL) in any form it was kept in
    session.get_bind().dispose()
    shop = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    stored = json.loads(next(iter(v for k, v in json.loads(credential_store.read_text("utf-8")).items()
                                   if k.endswith(" offline-certificate-key"))))
    forms = key_forms(made.key) + [stored["key"]["p"].encode(), stored["key"]["q"].encode(),
                                   base64.b64encode(key_forms(made.key)[1])[:64]]
    assert all(form not in shop for form in forms)
    assert stored["key"]["p"] and len(shop) > 10_000
