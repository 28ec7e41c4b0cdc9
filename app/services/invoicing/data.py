"""An issued invoice as the documents are made from it: the FA(3) XML (app.printing.ksef_xml) and the PDF
(app.printing.invoice_pdf) read only this, so the two always state the same thing, to the grosz.

Plain frozen data, read in one transaction by `app.services.invoicing.reading.invoice_doc`. Amounts are Decimal
in the invoice's currency; a correction (kind KOR) states its lines before and after, and its summary and totals
are the differences (after - before), as FA(3) wants them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

VAT = "VAT"  # an ordinary VAT invoice (FA(3) RodzajFaktury VAT)
KOR = "KOR"  # a correction invoice

# FA(3) FormaPlatnosci: 1 cash, 2 card, 3 voucher, 4 cheque, 5 credit, 6 transfer, 7 mobile.
PAYMENT_FORMS = {"cash": 1, "card": 2, "voucher": 3, "cheque": 4, "credit": 5, "transfer": 6, "mobile": 7}


@dataclass(frozen=True)
class Party:
    name: str
    nip: str | None  # 10 digits, no dashes; None: a consumer (B2C) or a foreign buyer without a Polish NIP
    street: str
    postal_code: str
    city: str
    country: str = "PL"  # ISO 3166 alpha-2

    @property
    def address_line_1(self) -> str:
        return self.street

    @property
    def address_line_2(self) -> str:
        return f"{self.postal_code} {self.city}".strip()


@dataclass(frozen=True)
class DocLine:
    position: int  # 1, 2, ... (FA(3) NrWierszaFa)
    name: str
    sku: str
    unit: str  # "szt.", "usł."
    quantity: Decimal
    unit_net: Decimal | None  # the method's unit price only (P_9A)
    unit_gross: Decimal | None  # (P_9B)
    rate: str  # "23", "8", "5", "0", "zw", "np"
    net: Decimal  # (P_11)
    vat: Decimal  # for information (P_11Vat is not used)
    gross: Decimal  # (P_11A)
    before: bool = False  # a correction's line as it was before (FA(3) StanPrzed)


@dataclass(frozen=True)
class DocRate:
    rate: str
    net: Decimal  # P_13_x
    vat: Decimal  # P_14_x
    gross: Decimal
    vat_pln: Decimal | None = None  # P_14_xW, in a foreign currency


@dataclass(frozen=True)
class Annotations:
    """FA(3) Adnotacje, each set from the settings and the invoice, never left wrong by default."""

    cash_accounting: bool = False  # P_16 metoda kasowa
    self_billing: bool = False  # P_17 samofakturowanie
    reverse_charge: bool = False  # P_18 odwrotne obciążenie
    split_payment: bool = False  # P_18A mechanizm podzielonej płatności (B2B over 15,000 zł of annex 15 goods)
    exemption_basis: str = ""  # P_19A/B/C: the legal basis when a line is exempt (zw); "" when none is
    exemption_kind: str = "A"  # A: a provision of the act, B: of the EU directive, C: another legal basis
    margin_scheme: str = ""  # P_PMarzy: "" none (P_PMarzyN), else the kind of margin procedure


@dataclass(frozen=True)
class Correction:
    reason: str  # PrzyczynaKorekty
    kind: int  # TypKorekty: 1 with the original's date, 2 with the correction's date, 3 another date
    corrected_number: str  # NrFaRodz... the corrected invoice's number
    corrected_issue_date: date
    corrected_ksef_number: str | None = None


@dataclass(frozen=True)
class InvoiceDoc:
    id: int
    kind: str  # VAT | KOR
    number: str
    issue_date: date  # P_1
    place_of_issue: str  # P_1M
    sale_date: date | None  # P_6 (None: the same as the issue date)
    currency: str  # KodWaluty
    exchange_rate: Decimal | None  # NBP mid rate of the last business day before the sale (foreign currency only)
    exchange_rate_date: date | None
    exchange_table: str  # the NBP table's number, e.g. "231/A/NBP/2026", "" when typed without one
    seller: Party
    seller_bank_account: str  # IBAN without spaces
    seller_bank_name: str
    buyer: Party
    method: str  # gross | net (how the amounts were computed; see amounts.py)
    lines: tuple[DocLine, ...]
    rates: tuple[DocRate, ...]
    net: Decimal
    vat: Decimal
    gross: Decimal  # P_15: the amount due (a correction: the difference)
    vat_pln: Decimal | None
    payment_form: str  # a key of PAYMENT_FORMS
    due_date: date | None
    paid: bool
    paid_date: date | None
    annotations: Annotations = field(default_factory=Annotations)
    correction: Correction | None = None
    order_number: str = ""
    issued_by: str = ""
    created_at: datetime | None = None
    ksef_number: str | None = None
    ksef_environment: str = "test"  # test | demo | prod: the base of the verification link (KOD I)
