"""The PDF and the FA(3) XML of the same invoice say the same thing: the QR code on the PDF, read by zbarimg, is the
link computed from the XML file's own bytes, and for random invoices the PDF's summary per rate and its amount due
are the XML's P_13_x, P_14_x (P_14_xW) and P_15 to the grosz."""

from __future__ import annotations

import base64
import hashlib
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from app.printing.invoice_pdf import render_invoice_pdf
from app.printing.ksef_xml import invoice_xml, validate_fa3, verification_link
from app.services.invoicing.amounts import GROSS, NET, RATES
from app.services.invoicing.data import Annotations
from tests.printing.test_invoice_pdf import (
    B2C_ITEMS,
    CONSUMER,
    FOREIGN,
    Read,
    _correction,
    decode_qr,
    make_doc,
)

NS = {"fa": "http://crd.gov.pl/wzor/2025/06/25/13775/"}
# The FA(3) fields of each rate (the schema's documentation; np II when the buyer settles the VAT).
P13 = {"23": "P_13_1", "8": "P_13_2", "5": "P_13_3", "0": "P_13_6_1", "zw": "P_13_7", "np": "P_13_8"}


def pl(value: str) -> str:
    """An XML amount (1234.50) as the invoice prints it (1 234,50), written here apart from the code under test."""
    return f"{Decimal(value):,.2f}".replace(",", " ").replace(".", ",")


def test_the_qr_code_on_the_pdf_is_the_link_of_the_xml_file(tmp_path):
    original = make_doc(B2C_ITEMS, GROSS, CONSUMER)
    docs = {
        "b2c": original,
        "eur": make_doc([("Lampa biurkowa LED", 3, "45.50", "23")], NET, FOREIGN, currency="EUR",
                        exchange_rate=Decimal("4.3012"), exchange_rate_date=date(2026, 11, 20)),
        "kor": _correction(original, [(B2C_ITEMS[0][0], 1, "29.90", "23"), *B2C_ITEMS[1:]], "Zwrot jednego kubka"),
    }
    for name, doc in docs.items():
        xml = invoice_xml(doc)
        assert validate_fa3(xml) == [], name
        link = verification_link(doc, xml)
        digest = base64.urlsafe_b64encode(hashlib.sha256(xml).digest()).rstrip(b"=").decode()
        assert link == f"https://qr-test.ksef.mf.gov.pl/invoice/5261040828/{doc.issue_date:%d-%m-%Y}/{digest}"
        (tmp_path / name).mkdir()
        assert decode_qr(render_invoice_pdf(doc, link), tmp_path / name)[-1] == [link], name


_names = st.text(alphabet="abcdeąćęłńóśźż ABCŻŹĆŁ&<>\"'-", min_size=1, max_size=50).map(str.strip).filter(bool)
_lines = st.lists(st.tuples(_names, st.integers(1, 40),
                            st.decimals(Decimal("0.01"), Decimal("9999.99"), places=2), st.sampled_from(RATES)),
                  min_size=1, max_size=10)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(lines=_lines, method=st.sampled_from([GROSS, NET]), euro=st.booleans(), reverse_charge=st.booleans(),
       rate=st.decimals(Decimal("3.5"), Decimal("4.9"), places=4))
def test_the_pdf_states_the_sums_of_the_xml_to_the_grosz(tmp_path, lines, method, euro, reverse_charge, rate):
    basis = "art. 43 ust. 1 pkt 19 ustawy o VAT" if any(r == "zw" for *_, r in lines) else ""
    extra = {"currency": "EUR", "exchange_rate": rate, "exchange_rate_date": date(2026, 11, 20)} if euro else {}
    doc = make_doc(lines, method, CONSUMER, annotations=Annotations(reverse_charge=reverse_charge,
                                                                    exemption_basis=basis), **extra)
    fa = etree.fromstring(invoice_xml(doc)).find("fa:Fa", NS)

    def field(tag: str) -> str | None:
        node = fa.find(f"fa:{tag}", NS)
        return node.text if node is not None else None

    text = Read(render_invoice_pdf(doc, "https://qr-test.ksef.mf.gov.pl/invoice/x"), tmp_path)
    for r in doc.rates:
        p13 = "P_13_9" if r.rate == "np" and reverse_charge else P13[r.rate]
        net, vat = field(p13), field(p13.replace("P_13", "P_14")) or "0.00"
        gross = pl(str(Decimal(net) + Decimal(vat)))
        label = f"{r.rate}%" if r.rate.isdigit() else r.rate
        cells = [label, pl(net), pl(vat), gross]
        if euro:
            cells.append(pl(field(p13.replace("P_13", "P_14") + "W") or "0.00"))
        assert text.row(*cells), (cells, text.layout)
    total = field("P_15")
    assert f"Do zapłaty: {pl(total)} {doc.currency}" in text
    assert text.row(f"Razem ({doc.currency})", pl(str(doc.net)), pl(str(doc.vat)), pl(total))
