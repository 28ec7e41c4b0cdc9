"""An invoice issued offline on paper: KOD I labelled OFFLINE and KOD II labelled CERTYFIKAT side by side, both read
back by zbarimg from a render, the second exactly the signed certificate link; without a certificate, the line that
says it may be handed to the buyer only after it is sent to KSeF; an online invoice has neither."""

from __future__ import annotations

from app.printing.invoice_pdf import OFFLINE_WITHOUT_CERTIFICATE, render_invoice_pdf
from app.printing.ksef_xml import invoice_xml, verification_link
from app.services.invoicing.amounts import GROSS
from app.services.invoicing.ksef import offline_cert as oc
from tests.core.invoicing.ksef.test_offline_cert import verify
from tests.core.invoicing.ksef.test_offline_cert_make import make_certificate
from tests.printing.test_invoice_pdf import B2C_ITEMS, CONSUMER, KSEF_NUMBER, Read, decode_qr, make_doc


def _kod2(doc, xml, tmp_path, kind):
    made = make_certificate(tmp_path / "cert", kind=kind)
    serial = oc.certificate_serial(made.certificate)
    return made, oc.build_certificate_link(doc.ksef_environment, doc.seller.nip, serial, xml, made.key)


def test_offline_invoice_carries_both_codes(tmp_path):
    doc = make_doc(B2C_ITEMS, GROSS, CONSUMER)
    xml = invoice_xml(doc)
    link = verification_link(doc, xml)
    for kind in ("EC", "RSA"):  # an RSA signature makes the longer link and the denser code
        made, kod2 = _kod2(doc, xml, tmp_path / kind, kind)
        pdf = render_invoice_pdf(doc, link, certificate_link=kod2, offline=True)
        codes = decode_qr(pdf, tmp_path / kind)
        assert sorted(codes[-1]) == sorted([link, kod2]), kind
        verify(kod2, made.certificate)
        text = Read(pdf, tmp_path / kind)
        assert "OFFLINE" in text and "CERTYFIKAT" in text
        assert "przekazać nabywcy" not in text.flat


def test_offline_invoice_without_a_certificate_says_when_it_may_be_handed_over(tmp_path):
    doc = make_doc(B2C_ITEMS, GROSS, CONSUMER)
    link = verification_link(doc, invoice_xml(doc))
    pdf = render_invoice_pdf(doc, link, offline=True)
    text = Read(pdf, tmp_path)
    assert OFFLINE_WITHOUT_CERTIFICATE in text.flat
    assert "nabywcy dopiero po wysłaniu do KSeF" in text and "CERTYFIKAT" not in text.flat
    assert decode_qr(pdf, tmp_path)[-1] == [link]  # KOD I only


def test_online_and_sent_invoices_carry_no_offline_marks(tmp_path):
    doc = make_doc(B2C_ITEMS, GROSS, CONSUMER)
    link = verification_link(doc, invoice_xml(doc))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    online = Read(render_invoice_pdf(doc, link), tmp_path / "a")
    assert "CERTYFIKAT" not in online.flat and "przekazać nabywcy" not in online.flat
    sent = make_doc(B2C_ITEMS, GROSS, CONSUMER, ksef_number=KSEF_NUMBER)  # issued offline, in KSeF now
    text = Read(render_invoice_pdf(sent, link, offline=True), tmp_path / "b")
    assert KSEF_NUMBER in text.flat and "przekazać nabywcy" not in text.flat and "OFFLINE" not in text.flat
