"""An invoice as its FA(3) XML file (the structured e-invoice KSeF takes), and its KSeF verification link (KOD I).

Made from an `InvoiceDoc` (app.services.invoicing.data) only, the shape the PDF is made from too, so the two
state the same amounts to the grosz. `printing` sits below `services` (layers point down), so the doc is taken
as it comes, not imported: any object with InvoiceDoc's attributes will do.

The file is deterministic: the same doc gives the same bytes, always. It has to be, since the QR code on the PDF
carries the SHA-256 of the file (KOD I), and a file re-made later for KSeF must still match it. So the creation
time (DataWytworzeniaFa) is the doc's `created_at`, never "now", and nothing else varies.

What goes where (schema FA(3) 1-0E; element order as the XSD has it):
- Podmiot1: the seller's NIP, name and address (KodKraju, AdresL1 street, AdresL2 postcode and city).
- Podmiot2: the buyer's NIP when it has a Polish one; an EU buyer's VAT number as KodUE + NrVatUE (Greece is
  "EL" there); another country's tax number as KodKraju + NrID; a consumer without one BrakID=1. JST and GV
  (a local government unit, a VAT group) are 2, "no": a web shop's buyers are neither.
- Fa: P_6 only when the sale date differs from the issue date (so the schema's docs). Per rate: 23 -> P_13_1 and
  P_14_1, 8 -> _2, 5 -> _3 (with P_14_xW, the VAT in PLN, on an invoice in another currency), 0 -> P_13_6_1 (0%
  at home: "0 KR"), zw -> P_13_7, np -> P_13_8 ("np I", supplies outside Poland) or, on a reverse-charge invoice,
  P_13_9 ("np II", services of art. 100 ust. 1 pkt 4 whose VAT the buyer settles). Under a margin scheme
  (art. 119-120) the whole value goes to P_13_11 and no rate is stated on the lines (art. 106e ust. 3).
- A correction (KOR) states every sum as the difference after - before (the doc already holds them so), its
  reason, the kind of its effect (TypKorekty), the corrected invoice (date, number, KSeF number or NrKSeFN=1),
  and its lines before (StanPrzed=1) and after, each keeping its own line number as the Ministry's examples do.
- The exchange rate of an invoice in another currency goes on each line (FaWiersz/KursWaluty): the schema keeps
  Fa/KursWalutyZ for advance-payment invoices (art. 106b ust. 1 pkt 4).
- Lines: gross method -> unit gross price P_9B and gross value P_11A (art. 106e ust. 7-8); net -> P_9A and P_11.
- Platnosc: paid -> Zaplacono=1 and DataZaplaty; unpaid -> TerminPlatnosci; the payment form (FA(3) codes, or
  PlatnoscInna with a description for cash on delivery); the seller's account.
Amounts with two decimals, unit prices with two to eight, quantities and exchange rates with up to six (as the
schema's TKwotowy, TKwotowy2 and TIlosci allow); text with its whitespace collapsed, characters XML 1.0 cannot
hold dropped, and cut to the schema's length.
"""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from lxml import etree

from app.core.errors import DomainError
from app.core.messages import msg
from app.printing.fa3_schema import FA3_NAMESPACE, validate_fa3

__all__ = ["FA3_NAMESPACE", "KSEF_QR_BASES", "invoice_link", "invoice_xml", "validate_fa3", "verification_link"]

# The KSeF addresses of the verification link (KOD I) per environment: CIRFMF/ksef-docs, kody-qr.md
# ("Kody weryfikujące QR", section "Środowiska": TE, DEMO, PRD), commit d92d285b.
KSEF_QR_BASES = {
    "test": "https://qr-test.ksef.mf.gov.pl",
    "demo": "https://qr-demo.ksef.mf.gov.pl",
    "prod": "https://qr.ksef.mf.gov.pl",
}

# An invoice rate -> (P_13 field, P_14 field or None, P_12 value of a line).
_RATE_FIELDS = {
    "23": ("P_13_1", "P_14_1", "23"),
    "8": ("P_13_2", "P_14_2", "8"),
    "5": ("P_13_3", "P_14_3", "5"),
    "0": ("P_13_6_1", None, "0 KR"),
    "zw": ("P_13_7", None, "zw"),
    "np": ("P_13_8", None, "np I"),
}
_REVERSE_CHARGE_NP = ("P_13_9", None, "np II")
_FIELD_ORDER = ("P_13_1", "P_13_2", "P_13_3", "P_13_6_1", "P_13_7", "P_13_8", "P_13_9", "P_13_11")
# Annotations.margin_scheme -> the P_PMarzy_x element (travel agencies; used goods; works of art; antiques).
_MARGIN = {"2": "P_PMarzy_2", "3_1": "P_PMarzy_3_1", "3_2": "P_PMarzy_3_2", "3_3": "P_PMarzy_3_3"}
_EXEMPTION = {"A": "P_19A", "B": "P_19B", "C": "P_19C"}
# FA(3) FormaPlatnosci (the same as app.services.invoicing.data.PAYMENT_FORMS); others are "PlatnoscInna".
_PAYMENT_FORMS = {"cash": 1, "card": 2, "voucher": 3, "cheque": 4, "credit": 5, "transfer": 6, "mobile": 7}
_OTHER_PAYMENTS = {"cod": "Za pobraniem"}
# TKodyKrajowUE: the EU prefixes of VAT numbers (Greece's is EL, Northern Ireland's XI).
_EU = {"AT", "BE", "BG", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "EL", "HR", "HU", "IE", "IT", "LV", "LT", "LU",
       "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "XI"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile(r"\s+")
_ID_JUNK = re.compile(r"[\s\-./]")
CENT = Decimal("0.01")
_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def _text(value: str | None, limit: int = 256) -> str:
    """Whitespace collapsed (xsd:token), characters XML 1.0 cannot carry dropped, cut to the schema's length."""
    return _SPACE.sub(" ", _NOT_XML.sub("", value or "")).strip()[:limit].strip()


def _amount(value: Decimal) -> str:
    """TKwotowy: two decimals, half up, never "-0.00"."""
    return f"{value.quantize(CENT, rounding=ROUND_HALF_UP) + 0:f}"


def _places(value: Decimal, low: int, high: int) -> str:
    """A number with at least `low` and at most `high` decimals (rounded half up past `high`), no exponent."""
    if -value.as_tuple().exponent > high:
        value = value.quantize(Decimal(1).scaleb(-high), rounding=ROUND_HALF_UP)
    if -value.as_tuple().exponent < low:
        value = value.quantize(Decimal(1).scaleb(-low))
    return f"{value + 0:f}"


def _quantity(value: Decimal) -> str:
    """TIlosci: up to six decimals, trailing zeros dropped (2.000 -> 2)."""
    text = _places(value, 0, 6)
    return text.rstrip("0").rstrip(".") if "." in text else text


def _day(value: date) -> str:
    return value.isoformat()


def _nip(value: str | None) -> str:
    """A Polish NIP as ten digits: spaces, dashes and a "PL" prefix taken off."""
    text = _ID_JUNK.sub("", value or "").upper()
    return text.removeprefix("PL")


def _created(doc: Any, created_at: datetime | None) -> str:
    when = created_at or doc.created_at or datetime.combine(doc.issue_date, time(), UTC)
    if when.tzinfo is None:  # stored times are UTC
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class _Builder:
    """Appends FA(3) elements in the invoice namespace; empty optional text is left out."""

    def __init__(self) -> None:
        self.root = etree.Element(f"{{{FA3_NAMESPACE}}}Faktura", nsmap={None: FA3_NAMESPACE})

    @staticmethod
    def add(parent: etree._Element, tag: str, text: str | int | None = None, **attrs: str) -> etree._Element:
        node = etree.SubElement(parent, f"{{{FA3_NAMESPACE}}}{tag}", attrs)
        if text is not None:
            node.text = str(text)
        return node

    def opt(self, parent: etree._Element, tag: str, text: str) -> None:
        if text:
            self.add(parent, tag, text)


def _address(b: _Builder, parent: etree._Element, tag: str, party: Any, required: bool) -> None:
    line1 = _text(party.street, 512)
    line2 = _text(f"{party.postal_code or ''} {party.city or ''}", 512)
    if not line1:
        line1, line2 = line2, ""
    if not line1 and not required:
        return
    node = b.add(parent, tag)
    b.add(node, "KodKraju", (party.country or "PL").upper())
    b.add(node, "AdresL1", line1)
    b.opt(node, "AdresL2", line2)


def _seller(b: _Builder, doc: Any) -> None:
    node = b.add(b.root, "Podmiot1")
    ident = b.add(node, "DaneIdentyfikacyjne")
    b.add(ident, "NIP", _nip(doc.seller.nip))
    b.add(ident, "Nazwa", _text(doc.seller.name, 512))
    _address(b, node, "Adres", doc.seller, required=True)


def _buyer(b: _Builder, doc: Any) -> None:
    buyer = doc.buyer
    node = b.add(b.root, "Podmiot2")
    ident = b.add(node, "DaneIdentyfikacyjne")
    number = _ID_JUNK.sub("", buyer.nip or "").upper()
    country = (buyer.country or "PL").upper()
    eu_code = "EL" if country == "GR" else country
    if not number:
        b.add(ident, "BrakID", 1)
    elif country == "PL" or (number.startswith("PL") and number[2:].isdigit()):
        b.add(ident, "NIP", _nip(number))
    elif eu_code in _EU:
        b.add(ident, "KodUE", eu_code)
        b.add(ident, "NrVatUE", number[2:] if number[:2] in (eu_code, country) else number)
    else:
        b.add(ident, "KodKraju", country)
        b.add(ident, "NrID", number[:50])
    b.opt(ident, "Nazwa", _text(buyer.name, 512))
    _address(b, node, "Adres", buyer, required=False)
    b.add(node, "JST", 2)
    b.add(node, "GV", 2)


def _rate_fields(doc: Any, rate: str) -> tuple[str, str | None, str]:
    if rate == "np" and doc.annotations.reverse_charge:
        return _REVERSE_CHARGE_NP
    if rate not in _RATE_FIELDS:
        raise DomainError(msg("Unknown VAT rate '{rate}'; the rates are {rates}.", rate=rate,
                              rates=", ".join(_RATE_FIELDS)))
    return _RATE_FIELDS[rate]


def _sums(b: _Builder, fa: etree._Element, doc: Any, margin: bool) -> None:
    """P_13_x/P_14_x(W) per rate, in the schema's order, then P_15."""
    foreign = doc.currency != "PLN"
    fields: dict[str, tuple[Decimal, Decimal | None, Decimal | None]] = {}
    if margin:  # the value of the sale under the margin scheme, VAT included and not stated
        fields["P_13_11"] = (sum((r.gross for r in doc.rates), Decimal(0)), None, None)
    else:
        for r in doc.rates:
            p13, p14, _ = _rate_fields(doc, r.rate)
            fields[p13] = (r.net, r.vat if p14 else None, r.vat_pln if p14 and foreign else None)
    for p13 in _FIELD_ORDER:
        if p13 not in fields:
            continue
        net, vat, vat_pln = fields[p13]
        b.add(fa, p13, _amount(net))
        if vat is not None:
            p14 = p13.replace("P_13", "P_14")
            b.add(fa, p14, _amount(vat))
            if vat_pln is not None:
                b.add(fa, p14 + "W", _amount(vat_pln))
    b.add(fa, "P_15", _amount(doc.gross))


def _annotations(b: _Builder, fa: etree._Element, doc: Any) -> None:
    notes = doc.annotations
    node = b.add(fa, "Adnotacje")
    for tag, flag in (("P_16", notes.cash_accounting), ("P_17", notes.self_billing),
                      ("P_18", notes.reverse_charge), ("P_18A", notes.split_payment)):
        b.add(node, tag, 1 if flag else 2)
    exemption = b.add(node, "Zwolnienie")
    if any(line.rate == "zw" for line in doc.lines) or any(r.rate == "zw" for r in doc.rates):
        basis = _text(notes.exemption_basis)
        if not basis:
            raise DomainError(msg("Invoice {number} has exempt (zw) lines but no legal basis of the exemption.",
                                  number=doc.number))
        kind = (notes.exemption_kind or "A").upper()
        if kind not in _EXEMPTION:
            raise DomainError(msg("The legal basis of an exemption is of kind A, B or C, not '{kind}'.", kind=kind))
        b.add(exemption, "P_19", 1)
        b.add(exemption, _EXEMPTION[kind], basis)
    else:
        b.add(exemption, "P_19N", 1)
    b.add(b.add(node, "NoweSrodkiTransportu"), "P_22N", 1)
    b.add(node, "P_23", 2)
    margin = b.add(node, "PMarzy")
    if notes.margin_scheme:
        b.add(margin, "P_PMarzy", 1)
        b.add(margin, _MARGIN[notes.margin_scheme], 1)
    else:
        b.add(margin, "P_PMarzyN", 1)


def _correction(b: _Builder, fa: etree._Element, doc: Any) -> None:
    cor = doc.correction
    if cor is None:
        raise DomainError(msg("Correction {number} does not name the invoice it corrects.", number=doc.number))
    b.opt(fa, "PrzyczynaKorekty", _text(cor.reason))
    if cor.kind:
        b.add(fa, "TypKorekty", int(cor.kind))
    node = b.add(fa, "DaneFaKorygowanej")
    b.add(node, "DataWystFaKorygowanej", _day(cor.corrected_issue_date))
    b.add(node, "NrFaKorygowanej", _text(cor.corrected_number))
    if cor.corrected_ksef_number:
        b.add(node, "NrKSeF", 1)
        b.add(node, "NrKSeFFaKorygowanej", _text(cor.corrected_ksef_number))
    else:
        b.add(node, "NrKSeFN", 1)


def _line(b: _Builder, fa: etree._Element, doc: Any, line: Any, margin: bool) -> None:
    node = b.add(fa, "FaWiersz")
    b.add(node, "NrWierszaFa", line.position)
    b.opt(node, "P_7", _text(line.name, 512))
    b.opt(node, "Indeks", _text(line.sku, 50))
    b.opt(node, "P_8A", _text(line.unit))
    b.add(node, "P_8B", _quantity(line.quantity))
    if line.unit_net is not None:
        b.add(node, "P_9A", _places(line.unit_net, 2, 8))
    if line.unit_gross is not None:
        b.add(node, "P_9B", _places(line.unit_gross, 2, 8))
    if doc.method == "gross" or margin:
        b.add(node, "P_11A", _amount(line.gross))
    else:
        b.add(node, "P_11", _amount(line.net))
    if not margin:
        b.add(node, "P_12", _rate_fields(doc, line.rate)[2])
    if doc.currency != "PLN" and doc.exchange_rate is not None:
        b.add(node, "KursWaluty", _places(doc.exchange_rate, 0, 6))
    if line.before:
        b.add(node, "StanPrzed", 1)


def _payment(b: _Builder, fa: etree._Element, doc: Any) -> None:
    node = b.add(fa, "Platnosc")
    if doc.paid:
        b.add(node, "Zaplacono", 1)
        b.add(node, "DataZaplaty", _day(doc.paid_date or doc.issue_date))
    elif doc.due_date is not None:
        b.add(b.add(node, "TerminPlatnosci"), "Termin", _day(doc.due_date))
    form = (doc.payment_form or "").strip()
    if form in _PAYMENT_FORMS:
        b.add(node, "FormaPlatnosci", _PAYMENT_FORMS[form])
    elif form:
        b.add(node, "PlatnoscInna", 1)
        b.add(node, "OpisPlatnosci", _text(_OTHER_PAYMENTS.get(form, form)))
    account = _ID_JUNK.sub("", doc.seller_bank_account or "").upper()
    if account:
        bank = b.add(node, "RachunekBankowy")
        b.add(bank, "NrRB", account)
        b.opt(bank, "NazwaBanku", _text(doc.seller_bank_name))
    if len(node) == 0:
        fa.remove(node)


def invoice_xml(doc: Any, *, created_at: datetime | None = None, system_info: str = "Zaplecze") -> bytes:
    """The FA(3) XML file of an invoice or correction (an InvoiceDoc), UTF-8. The same doc always gives the same
    bytes: DataWytworzeniaFa is `created_at`, else the doc's own `created_at` (else its issue day at midnight
    UTC). Raises DomainError for what the schema cannot say right (an exempt line without its legal basis, an
    unknown rate or margin scheme)."""
    margin = bool(doc.annotations.margin_scheme)
    if margin and doc.annotations.margin_scheme not in _MARGIN:
        raise DomainError(msg("Unknown margin scheme '{kind}'; the kinds are {kinds}.",
                              kind=doc.annotations.margin_scheme, kinds=", ".join(_MARGIN)))
    b = _Builder()
    head = b.add(b.root, "Naglowek")
    b.add(head, "KodFormularza", "FA", kodSystemowy="FA (3)", wersjaSchemy="1-0E")
    b.add(head, "WariantFormularza", 3)
    b.add(head, "DataWytworzeniaFa", _created(doc, created_at))
    b.opt(head, "SystemInfo", _text(system_info))
    _seller(b, doc)
    _buyer(b, doc)
    fa = b.add(b.root, "Fa")
    b.add(fa, "KodWaluty", doc.currency)
    b.add(fa, "P_1", _day(doc.issue_date))
    b.opt(fa, "P_1M", _text(doc.place_of_issue))
    b.add(fa, "P_2", _text(doc.number))
    if doc.sale_date is not None and doc.sale_date != doc.issue_date:
        b.add(fa, "P_6", _day(doc.sale_date))
    _sums(b, fa, doc, margin)
    _annotations(b, fa, doc)
    b.add(fa, "RodzajFaktury", doc.kind)
    if doc.kind == "KOR":
        _correction(b, fa, doc)
    for line in doc.lines:
        _line(b, fa, doc, line, margin)
    _payment(b, fa, doc)
    if _text(doc.order_number):
        orders = b.add(b.add(fa, "WarunkiTransakcji"), "Zamowienia")
        b.add(orders, "NrZamowienia", _text(doc.order_number))
    return _DECLARATION + etree.tostring(b.root, encoding="UTF-8", pretty_print=True)


def invoice_link(seller_nip: str, issue_date: date, xml: bytes, environment: str = "test") -> str:
    """KOD I, the KSeF verification link of an invoice file: {base}/invoice/{seller NIP}/{issue date DD-MM-YYYY}/
    {SHA-256 of the file's bytes, Base64URL without padding} (CIRFMF/ksef-docs, kody-qr.md)."""
    if environment not in KSEF_QR_BASES:
        raise DomainError(msg("Unknown KSeF environment '{name}'; the environments are {names}.",
                              name=environment, names=", ".join(KSEF_QR_BASES)))
    digest = base64.urlsafe_b64encode(hashlib.sha256(xml).digest()).rstrip(b"=").decode("ascii")
    return f"{KSEF_QR_BASES[environment]}/invoice/{_nip(seller_nip)}/{issue_date:%d-%m-%Y}/{digest}"


def verification_link(doc: Any, xml: bytes) -> str:
    """KOD I of an invoice (an InvoiceDoc) whose FA(3) file is `xml`, exactly the bytes sent to KSeF: the seller's
    NIP, the issue date (P_1) and the environment of the doc (`ksef_environment`)."""
    return invoice_link(doc.seller.nip, doc.issue_date, xml, doc.ksef_environment)
