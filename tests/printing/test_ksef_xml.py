"""FA(3) XML of invoices and corrections made by hand with amounts.compute: every file valid against the official
schema, its sums (P_13_x, P_14_x, P_14_xW, P_15) equal to the doc's to the grosz, the same bytes for the same doc,
and the KSeF verification link carrying the SHA-256 of exactly those bytes. Random invoices (hypothesis) too."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from app.core.errors import DomainError
from app.printing.ksef_xml import FA3_NAMESPACE, KSEF_QR_BASES, invoice_xml, validate_fa3, verification_link
from app.services.invoicing import amounts as am
from app.services.invoicing.data import KOR, VAT, Annotations, Correction, DocLine, DocRate, InvoiceDoc, Party

D = Decimal
NS = {"f": FA3_NAMESPACE}
SELLER = Party("Sklep Żółty Kubek Sp. z o.o.", "5261040828", "ul. Świętokrzyska 12/4", "00-916", "Warszawa")
COMPANY = Party("Hurtownia Ąę & <Synowie> S.A.", "7740001454", "ul. Chemików 7", "09-411", "Płock")
CONSUMER = Party("Zażółć Gęślą Jaźń", None, "ul. Łąkowa 3 m. 5", "90-001", "Łódź")
CREATED = datetime(2026, 3, 2, 9, 15, 30, tzinfo=UTC)
FIELDS = {"23": ("P_13_1", "P_14_1"), "8": ("P_13_2", "P_14_2"), "5": ("P_13_3", "P_14_3"),
          "0": ("P_13_6_1", None), "zw": ("P_13_7", None), "np": ("P_13_8", None)}


def _doc_lines(items, amounts: am.Amounts, *, before: bool = False, start: int = 1) -> tuple[DocLine, ...]:
    return tuple(DocLine(start + i, name, f"SKU-{start + i}", "szt.", out.quantity, out.unit_net, out.unit_gross,
                         out.rate, out.net, out.vat, out.gross, before)
                 for i, ((name, *_), out) in enumerate(zip(items, amounts.lines, strict=True)))


def _rates(amounts: am.Amounts) -> tuple[DocRate, ...]:
    return tuple(DocRate(r.rate, r.net, r.vat, r.gross, r.vat_pln) for r in amounts.rates)


def _compute(items, method, exchange_rate=None) -> am.Amounts:
    return am.compute([am.LineIn(D(q), D(p), rate) for _, q, p, rate in items], method, exchange_rate)


def make_doc(items, *, method=am.GROSS, buyer=CONSUMER, currency="PLN", exchange_rate=None, **changes) -> InvoiceDoc:
    """An invoice of lines (name, quantity, unit price of the method, rate) valued by amounts.compute."""
    a = _compute(items, method, exchange_rate)
    doc = InvoiceDoc(
        id=1, kind=VAT, number="FV/2026/03/0007", issue_date=date(2026, 3, 2), place_of_issue="Warszawa",
        sale_date=date(2026, 2, 27), currency=currency, exchange_rate=exchange_rate,
        exchange_rate_date=date(2026, 2, 26) if exchange_rate else None,
        exchange_table="040/A/NBP/2026" if exchange_rate else "", seller=SELLER,
        seller_bank_account="PL61109010140000071219812874", seller_bank_name="Santander Bank Polska",
        buyer=buyer, method=method, lines=_doc_lines(items, a), rates=_rates(a), net=a.net, vat=a.vat,
        gross=a.gross, vat_pln=a.vat_pln, payment_form="transfer", due_date=date(2026, 3, 16), paid=False,
        paid_date=None, order_number="#1042", issued_by="Anna", created_at=CREATED)
    return replace(doc, **changes)


def make_correction(original: InvoiceDoc, before_items, after_items, *, number="KOR/2026/03/0001",
                    issue=date(2026, 3, 20), ksef=None, reason="Zwrot towaru") -> InvoiceDoc:
    """A correction of `original`: its lines before (StanPrzed) and after, the sums as differences."""
    rate = original.exchange_rate
    before, after = _compute(before_items, original.method, rate), _compute(after_items, original.method, rate)
    diff = am.difference(before, after)
    lines = _doc_lines(before_items, before, before=True) + _doc_lines(after_items, after)
    return replace(original, kind=KOR, number=number, issue_date=issue, lines=lines, rates=_rates(diff),
                   net=diff.net, vat=diff.vat, gross=diff.gross, vat_pln=diff.vat_pln, paid=False,
                   created_at=datetime.combine(issue, datetime.min.time(), UTC),
                   correction=Correction(reason, 1, original.number, original.issue_date, ksef))


def fa(xml: bytes) -> etree._Element:
    return etree.fromstring(xml).find("f:Fa", NS)


def value(node: etree._Element, path: str) -> str | None:
    found = node.find(path, NS)
    return None if found is None else found.text


def assert_valid_and_sums_agree(doc: InvoiceDoc, xml: bytes) -> None:
    """Valid against the schema; P_13_x/P_14_x/P_14_xW of each rate and P_15 are the doc's, nothing else is there."""
    assert validate_fa3(xml) == []
    node = fa(xml)
    stated = {child.tag.split("}")[1]: D(child.text) for child in node
              if child.tag.split("}")[1].startswith(("P_13_", "P_14_", "P_15"))}
    expected = {"P_15": doc.gross}
    for r in doc.rates:
        p13, p14 = FIELDS[r.rate]
        expected[p13] = r.net
        if p14:
            expected[p14] = r.vat
            if doc.currency != "PLN":
                expected[p14 + "W"] = r.vat_pln
    assert stated == expected
    # The totals as a reader of the XML adds them up: net + VAT per rate gives the amount due.
    assert sum(v for k, v in stated.items() if k != "P_15" and not k.endswith("W")) == D(value(node, "f:P_15"))


B2C_ITEMS = [("Kubek ceramiczny żółty 300 ml", "2", "29.90", "23"), ("Herbata zielona 100 g", "3", "12.99", "5"),
             ("Książka „Zaplecze” (wyd. II)", "1", "39.00", "5"), ("Dostawa kurierem", "1", "14.99", "23")]


def test_a_consumer_invoice_from_gross_is_valid_and_states_the_sums_of_the_doc():
    doc = make_doc(B2C_ITEMS)
    xml = invoice_xml(doc)
    assert_valid_and_sums_agree(doc, xml)
    root = etree.fromstring(xml)
    assert value(root, "f:Naglowek/f:DataWytworzeniaFa") == "2026-03-02T09:15:30Z"
    assert value(root, "f:Naglowek/f:SystemInfo") == "Zaplecze"
    assert value(root, "f:Podmiot1/f:DaneIdentyfikacyjne/f:NIP") == "5261040828"
    assert value(root, "f:Podmiot2/f:DaneIdentyfikacyjne/f:BrakID") == "1"
    assert value(root, "f:Podmiot2/f:DaneIdentyfikacyjne/f:Nazwa") == "Zażółć Gęślą Jaźń"
    node = fa(xml)
    assert (value(node, "f:P_1"), value(node, "f:P_2"), value(node, "f:P_6")) == \
        ("2026-03-02", "FV/2026/03/0007", "2026-02-27")
    # 59.80 + 14.99 = 74.79 gross at 23%: VAT 74.79 x 23 / 123 = 13.985 -> 13.99 (once on the rate's sum), net 60.80
    assert value(node, "f:P_13_1") == "60.80" and value(node, "f:P_14_1") == "13.99"
    assert value(node, "f:RodzajFaktury") == "VAT" and node.find("f:DaneFaKorygowanej", NS) is None
    rows = node.findall("f:FaWiersz", NS)
    assert [value(r, "f:P_9B") for r in rows] == ["29.90", "12.99", "39.00", "14.99"]
    assert [value(r, "f:P_11A") for r in rows] == ["59.80", "38.97", "39.00", "14.99"]
    assert all(r.find("f:P_9A", NS) is None and r.find("f:P_11", NS) is None for r in rows)
    assert [value(r, "f:P_12") for r in rows] == ["23", "5", "5", "23"]
    assert value(rows[2], "f:P_7") == "Książka „Zaplecze” (wyd. II)"


def test_the_same_doc_gives_the_same_bytes_and_created_at_decides_the_creation_time():
    doc = make_doc(B2C_ITEMS)
    assert invoice_xml(doc) == invoice_xml(make_doc(B2C_ITEMS))
    later = invoice_xml(doc, created_at=datetime(2026, 3, 3, 12, 0, tzinfo=UTC))
    assert later != invoice_xml(doc)
    assert value(etree.fromstring(later), "f:Naglowek/f:DataWytworzeniaFa") == "2026-03-03T12:00:00Z"
    # A naive time is UTC, as stored; an aware one is converted to UTC.
    naive = replace(doc, created_at=datetime(2026, 3, 2, 9, 15, 30))
    assert invoice_xml(naive) == invoice_xml(doc)


def test_a_company_invoice_from_net_uses_net_prices_and_the_buyers_nip():
    items = [("Karton klapowy 40x30x20 (paczka 25 szt.)", "4", "61.50", "23"), ("Taśma pakowa", "12", "4.07", "8")]
    doc = make_doc(items, method=am.NET, buyer=COMPANY)
    xml = invoice_xml(doc)
    assert_valid_and_sums_agree(doc, xml)
    root = etree.fromstring(xml)
    assert value(root, "f:Podmiot2/f:DaneIdentyfikacyjne/f:NIP") == "7740001454"
    assert value(root, "f:Podmiot2/f:DaneIdentyfikacyjne/f:Nazwa") == "Hurtownia Ąę & <Synowie> S.A."
    assert value(root, "f:Podmiot2/f:Adres/f:AdresL2") == "09-411 Płock"
    rows = fa(xml).findall("f:FaWiersz", NS)
    assert [(value(r, "f:P_9A"), value(r, "f:P_11")) for r in rows] == [("61.50", "246.00"), ("4.07", "48.84")]
    assert all(r.find("f:P_9B", NS) is None and r.find("f:P_11A", NS) is None for r in rows)
    assert (value(fa(xml), "f:P_13_1"), value(fa(xml), "f:P_14_1")) == ("246.00", "56.58")
    assert (value(fa(xml), "f:P_13_2"), value(fa(xml), "f:P_14_2")) == ("48.84", "3.91")
    assert value(fa(xml), "f:P_15") == "355.33"
    assert b"&amp; &lt;Synowie&gt;" in xml


def test_exempt_lines_carry_the_legal_basis_and_zero_and_np_lines_their_own_fields():
    items = [("Szkolenie BHP", "1", "300.00", "zw"), ("Książka", "1", "45.00", "0"),
             ("Montaż u klienta w Niemczech", "1", "500.00", "np"), ("Kubek", "1", "20.00", "23")]
    basis = "art. 43 ust. 1 pkt 29 lit. c ustawy o VAT"
    doc = make_doc(items, annotations=Annotations(exemption_basis=basis))
    xml = invoice_xml(doc)
    assert_valid_and_sums_agree(doc, xml)
    node = fa(xml)
    assert value(node, "f:Adnotacje/f:Zwolnienie/f:P_19") == "1"
    assert value(node, "f:Adnotacje/f:Zwolnienie/f:P_19A") == basis
    assert node.find("f:Adnotacje/f:Zwolnienie/f:P_19N", NS) is None
    assert [value(r, "f:P_12") for r in node.findall("f:FaWiersz", NS)] == ["zw", "0 KR", "np I", "23"]
    assert (value(node, "f:P_13_7"), value(node, "f:P_13_6_1"), value(node, "f:P_13_8")) == \
        ("300.00", "45.00", "500.00")
    # The basis may come from the EU directive (P_19B) or another act (P_19C).
    other = invoice_xml(replace(doc, annotations=Annotations(exemption_basis="art. 132 ust. 1 lit. i",
                                                             exemption_kind="B")))
    assert validate_fa3(other) == [] and value(fa(other), "f:Adnotacje/f:Zwolnienie/f:P_19B") is not None


def test_an_exempt_line_without_its_legal_basis_is_refused():
    doc = make_doc([("Szkolenie", "1", "300.00", "zw")])
    with pytest.raises(DomainError, match="legal basis"):
        invoice_xml(doc)


def test_no_exempt_line_means_p_19n_and_the_other_annotations_follow_the_doc():
    doc = make_doc(B2C_ITEMS, annotations=Annotations(cash_accounting=True, split_payment=True,
                                                      exemption_basis="ignored without zw lines"))
    xml = invoice_xml(doc)
    assert validate_fa3(xml) == []
    notes = fa(xml).find("f:Adnotacje", NS)
    assert [value(notes, f"f:{tag}") for tag in ("P_16", "P_17", "P_18", "P_18A", "P_23")] == ["1", "2", "2", "1", "2"]
    assert value(notes, "f:Zwolnienie/f:P_19N") == "1" and value(notes, "f:PMarzy/f:P_PMarzyN") == "1"
    assert value(notes, "f:NoweSrodkiTransportu/f:P_22N") == "1"


def test_reverse_charge_services_outside_poland_are_np_ii():
    eu = Party("Kunde GmbH", "DE123456789", "Hauptstraße 1", "10115", "Berlin", "DE")
    doc = make_doc([("Usługa projektowa", "1", "1000.00", "np")], method=am.NET, buyer=eu,
                   annotations=Annotations(reverse_charge=True))
    xml = invoice_xml(doc)
    assert validate_fa3(xml) == []
    node = fa(xml)
    assert value(node, "f:P_13_9") == "1000.00" and node.find("f:P_13_8", NS) is None
    assert value(node, "f:FaWiersz/f:P_12") == "np II" and value(node, "f:Adnotacje/f:P_18") == "1"
    ident = etree.fromstring(xml).find("f:Podmiot2/f:DaneIdentyfikacyjne", NS)
    assert (value(ident, "f:KodUE"), value(ident, "f:NrVatUE")) == ("DE", "123456789")


@pytest.mark.parametrize(("party", "expected"), [
    (Party("Ελληνική Α.Ε.", "EL 094014201", "Οδός 1", "10431", "Αθήνα", "GR"), {"KodUE": "EL", "NrVatUE": "094014201"}),
    (Party("Acme Inc.", "12-3456789", "1 Main St", "10001", "New York", "US"), {"KodKraju": "US", "NrID": "123456789"}),
    (Party("Jane Doe", None, "1 Main St", "10001", "New York", "US"), {"BrakID": "1"}),
    (Party("Firma", "PL 774-000-14-54", "ul. X 1", "00-001", "Warszawa"), {"NIP": "7740001454"}),
])
def test_buyers_are_identified_as_the_schema_allows(party, expected):
    xml = invoice_xml(make_doc(B2C_ITEMS, buyer=party))
    assert validate_fa3(xml) == []
    ident = etree.fromstring(xml).find("f:Podmiot2/f:DaneIdentyfikacyjne", NS)
    assert {child.tag.split("}")[1]: child.text for child in ident if not child.tag.endswith("Nazwa")} == expected


def test_a_consumer_without_an_address_has_no_address_element():
    xml = invoice_xml(make_doc(B2C_ITEMS, buyer=Party("Klient", None, "", "", "")))
    assert validate_fa3(xml) == [] and etree.fromstring(xml).find("f:Podmiot2/f:Adres", NS) is None


def test_an_invoice_in_euro_states_the_vat_in_pln_and_the_rate_on_each_line():
    items = [("Lampka biurkowa", "2", "49.99", "23"), ("Żarówka LED", "5", "3.10", "8"), ("Dostawa", "1", "9.00", "23")]
    doc = make_doc(items, currency="EUR", exchange_rate=D("4.2512"))
    xml = invoice_xml(doc)
    assert_valid_and_sums_agree(doc, xml)
    node = fa(xml)
    assert value(node, "f:KodWaluty") == "EUR"
    assert D(value(node, "f:P_14_1W")) == (D(value(node, "f:P_14_1")) * D("4.2512")).quantize(D("0.01"))
    assert D(value(node, "f:P_14_1W")) + D(value(node, "f:P_14_2W")) == doc.vat_pln
    assert {value(r, "f:KursWaluty") for r in node.findall("f:FaWiersz", NS)} == {"4.2512"}
    assert node.find("f:KursWalutyZ", NS) is None  # that one is for advance invoices only
    # In PLN there is neither.
    pln = fa(invoice_xml(make_doc(items)))
    assert pln.find("f:P_14_1W", NS) is None and pln.find("f:FaWiersz/f:KursWaluty", NS) is None


def test_paid_and_unpaid_invoices_state_their_payment():
    paid = fa(invoice_xml(make_doc(B2C_ITEMS, paid=True, paid_date=date(2026, 2, 27), payment_form="card")))
    assert (value(paid, "f:Platnosc/f:Zaplacono"), value(paid, "f:Platnosc/f:DataZaplaty")) == ("1", "2026-02-27")
    assert value(paid, "f:Platnosc/f:FormaPlatnosci") == "2" and paid.find("f:Platnosc/f:TerminPlatnosci", NS) is None
    unpaid = fa(invoice_xml(make_doc(B2C_ITEMS)))
    assert unpaid.find("f:Platnosc/f:Zaplacono", NS) is None
    assert value(unpaid, "f:Platnosc/f:TerminPlatnosci/f:Termin") == "2026-03-16"
    assert value(unpaid, "f:Platnosc/f:FormaPlatnosci") == "6"
    assert value(unpaid, "f:Platnosc/f:RachunekBankowy/f:NrRB") == "PL61109010140000071219812874"
    cod = invoice_xml(make_doc(B2C_ITEMS, payment_form="cod", seller_bank_account=""))
    assert validate_fa3(cod) == []
    assert value(fa(cod), "f:Platnosc/f:OpisPlatnosci") == "Za pobraniem"
    assert fa(cod).find("f:Platnosc/f:RachunekBankowy", NS) is None
    assert value(fa(cod), "f:WarunkiTransakcji/f:Zamowienia/f:NrZamowienia") == "#1042"


def test_a_correction_states_before_and_after_lines_and_the_differences():
    original = make_doc(B2C_ITEMS, ksef_number=None)
    after = [B2C_ITEMS[0][:1] + ("1", "29.90", "23"), *B2C_ITEMS[1:3]]  # one mug back, the delivery refunded
    kor = make_correction(original, B2C_ITEMS, after)
    xml = invoice_xml(kor)
    assert_valid_and_sums_agree(kor, xml)
    node = fa(xml)
    assert value(node, "f:RodzajFaktury") == "KOR" and value(node, "f:PrzyczynaKorekty") == "Zwrot towaru"
    assert value(node, "f:TypKorekty") == "1"
    assert value(node, "f:DaneFaKorygowanej/f:NrFaKorygowanej") == "FV/2026/03/0007"
    assert value(node, "f:DaneFaKorygowanej/f:DataWystFaKorygowanej") == "2026-03-02"
    assert value(node, "f:DaneFaKorygowanej/f:NrKSeFN") == "1"
    # 23%: 29.90 gross after (net 24.31) against 74.79 before (net 60.80); the 5% lines as they were.
    assert value(node, "f:P_15") == "-44.89" and value(node, "f:P_13_1") == "-36.49"
    assert value(node, "f:P_13_3") == "0.00" and value(node, "f:P_14_3") == "0.00"  # the 5% lines did not change
    rows = node.findall("f:FaWiersz", NS)
    assert [value(r, "f:StanPrzed") for r in rows] == ["1"] * 4 + [None] * 3
    assert [value(r, "f:NrWierszaFa") for r in rows] == ["1", "2", "3", "4", "1", "2", "3"]
    assert [value(r, "f:P_8B") for r in rows][::4] == ["2", "1"]


def test_a_correction_of_a_correction_names_it_and_the_two_net_out():
    original = make_doc(B2C_ITEMS, currency="EUR", exchange_rate=D("4.3000"))
    returned = [B2C_ITEMS[0][:1] + ("1", "29.90", "23"), *B2C_ITEMS[1:]]
    first = make_correction(original, B2C_ITEMS, returned, ksef="5261040828-20260302-0A1B2C3D4E5F-1A")
    second = make_correction(first, returned, B2C_ITEMS, number="KOR/2026/03/0002", issue=date(2026, 3, 25),
                             reason="Zwrot anulowany: towar wrócił do klienta")
    for doc in (first, second):
        assert_valid_and_sums_agree(doc, invoice_xml(doc))
    one, two = fa(invoice_xml(first)), fa(invoice_xml(second))
    assert value(one, "f:DaneFaKorygowanej/f:NrKSeF") == "1"
    assert value(one, "f:DaneFaKorygowanej/f:NrKSeFFaKorygowanej") == "5261040828-20260302-0A1B2C3D4E5F-1A"
    assert value(two, "f:DaneFaKorygowanej/f:NrFaKorygowanej") == "KOR/2026/03/0001"
    for field in ("P_13_1", "P_14_1", "P_14_1W", "P_13_3", "P_14_3", "P_15"):
        assert D(value(one, f"f:{field}")) + D(value(two, f"f:{field}")) == 0, field
    assert D(value(one, "f:P_15")) == D("-29.90")


def test_a_margin_scheme_invoice_states_the_whole_value_without_rates():
    doc = make_doc([("Aparat fotograficzny używany", "1", "850.00", "23")], annotations=Annotations(
        margin_scheme="3_1"))
    xml = invoice_xml(doc)
    assert validate_fa3(xml) == []
    node = fa(xml)
    assert value(node, "f:P_13_11") == "850.00" and value(node, "f:P_15") == "850.00"
    assert node.find("f:P_13_1", NS) is None and node.find("f:FaWiersz/f:P_12", NS) is None
    assert value(node, "f:Adnotacje/f:PMarzy/f:P_PMarzy_3_1") == "1"
    with pytest.raises(DomainError, match="margin scheme"):
        invoice_xml(replace(doc, annotations=Annotations(margin_scheme="antiques?")))


def test_long_names_control_characters_and_special_characters_stay_valid():
    name = "Zestaw „Ąę” & <Ćma> " + "bardzo długa nazwa łódź " * 40 + "\x07koniec"
    doc = make_doc([(name, "1.125", "10.00", "23")], buyer=replace(CONSUMER, name="Ł" * 600))
    xml = invoice_xml(doc)
    assert validate_fa3(xml) == []
    row = fa(xml).find("f:FaWiersz", NS)
    assert len(value(row, "f:P_7")) <= 512 and value(row, "f:P_7").startswith("Zestaw „Ąę” & <Ćma> bardzo")
    assert value(row, "f:P_8B") == "1.125"
    assert "\x07" not in xml.decode("utf-8")


def test_a_broken_invoice_is_reported():
    xml = invoice_xml(make_doc(B2C_ITEMS, seller=replace(SELLER, nip="0123456789")))
    errors = validate_fa3(xml)
    assert errors and "Podmiot1/DaneIdentyfikacyjne/NIP" in errors[0]


# -- the verification link (KOD I) -------------------------------------------------------------------------------


def test_the_link_carries_the_sha256_of_exactly_the_bytes_of_the_file():
    doc = make_doc(B2C_ITEMS)
    xml = invoice_xml(doc)
    link = verification_link(doc, xml)
    base, nip, day, digest = link.rsplit("/", 3)
    assert base == "https://qr-test.ksef.mf.gov.pl/invoice" and nip == "5261040828" and day == "02-03-2026"
    assert "=" not in digest and "+" not in digest and "/" not in digest
    assert base64.urlsafe_b64decode(digest + "=") == hashlib.sha256(xml).digest()
    assert verification_link(doc, xml + b"\n") != link  # one byte more is another file
    assert verification_link(replace(doc, ksef_environment="prod"), xml).startswith(
        "https://qr.ksef.mf.gov.pl/invoice/5261040828/02-03-2026/")
    assert set(KSEF_QR_BASES) == {"test", "demo", "prod"}
    with pytest.raises(DomainError, match="KSeF environment"):
        verification_link(replace(doc, ksef_environment="staging"), xml)


# -- random invoices ---------------------------------------------------------------------------------------------

_names = st.text(min_size=1, max_size=80).filter(lambda s: s.strip())
_item = st.tuples(
    _names,
    st.decimals(min_value=D("0.001"), max_value=D("500"), places=3).map(str),
    st.decimals(min_value=D("0"), max_value=D("20000"), places=2).map(str),
    st.sampled_from(am.RATES),
)


@st.composite
def _docs(draw) -> InvoiceDoc:
    items = draw(st.lists(_item, min_size=1, max_size=8))
    method = draw(st.sampled_from([am.GROSS, am.NET]))
    foreign = draw(st.booleans())
    rate = draw(st.decimals(min_value=D("0.0001"), max_value=D("50"), places=4)) if foreign else None
    buyer = draw(st.sampled_from([CONSUMER, COMPANY, Party("Kunde GmbH", "DE123456789", "Str. 1", "1", "B", "DE")]))
    issue = draw(st.dates(min_value=date(2025, 9, 1), max_value=date(2049, 12, 1)))
    paid = draw(st.booleans())
    doc = make_doc(items, method=method, buyer=buyer, currency="EUR" if foreign else "PLN", exchange_rate=rate,
                   issue_date=issue, sale_date=draw(st.sampled_from([None, issue, date(2025, 8, 30)])), paid=paid,
                   paid_date=issue if paid else None, created_at=datetime.combine(issue, datetime.min.time(), UTC),
                   annotations=Annotations(exemption_basis="art. 43 ust. 1 pkt 19 ustawy"),
                   payment_form=draw(st.sampled_from(["transfer", "card", "cod", "cash"])))
    if draw(st.booleans()):  # a correction: some lines changed in quantity, some dropped
        after = [(name, str(D(q) + 1), p, r) for name, q, p, r in items[: draw(st.integers(0, len(items)))]]
        doc = make_correction(doc, items, after or items[:1], issue=issue)
    return doc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_docs())
def test_every_random_invoice_is_valid_and_its_sums_agree(doc):
    xml = invoice_xml(doc)
    assert_valid_and_sums_agree(doc, xml)
    assert invoice_xml(doc) == xml
    assert base64.urlsafe_b64decode(verification_link(doc, xml).rsplit("/", 1)[1] + "=") == \
        hashlib.sha256(xml).digest()
