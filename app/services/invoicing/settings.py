"""The seller's data and invoicing rules: read, checked, saved.

NIP and IBAN are checked with python-stdnum (`stdnum.pl.nip`, `stdnum.iban`), never by hand; a wrong one is
refused with a message naming the field and the rule that failed (length, format or check digit), so the user
knows which digit to look at. Numbers are stored compact: a NIP as 10 digits, an IBAN as "PL" + 26 digits
(26 digits typed alone are a Polish account number, NRB, and get the "PL").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session
from stdnum import iban as _iban
from stdnum.exceptions import InvalidChecksum, InvalidLength, ValidationError
from stdnum.pl import nip as _nip

from app.core.errors import DomainError
from app.core.messages import msg
from app.models import InvoiceSettings
from app.services.invoicing.amounts import GROSS, NET

KSEF_ENVIRONMENTS = ("test", "demo", "prod")
SELLER_NIP = msg("seller's NIP")
BUYER_NIP = msg("buyer's NIP")
BANK_ACCOUNT = msg("bank account")


@dataclass(frozen=True)
class SellerSettings:
    name: str = ""
    nip: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "PL"
    bank_account: str = ""  # IBAN without spaces
    bank_name: str = ""
    place_of_issue: str = ""  # "" : the seller's city
    payment_days: int = 7
    logo: bytes | None = None  # PNG or JPEG
    b2b_method: str = NET  # how B2B invoices are computed (consumers' always from gross)
    exemption_basis: str = ""  # the legal basis stated when a line is exempt (zw)
    cash_accounting: bool = False  # metoda kasowa (FA(3) P_16)
    split_payment: bool = False  # mark B2B invoices of 15,000 zł or more (P_18A)
    ksef_environment: str = "test"


def check_nip(value: str, field: str = BUYER_NIP) -> str:
    """A Polish NIP as 10 digits (dashes, spaces and a "PL" prefix are dropped), or DomainError naming the field
    and the rule that failed."""
    compact = _nip.compact(value or "")
    if not compact:
        raise DomainError(msg("The {field} is empty.", field=field))
    try:
        return _nip.validate(compact)
    except InvalidLength:
        raise DomainError(msg("The {field} must have 10 digits; '{value}' has {count}.", field=field,
                              value=value.strip(), count=len(compact))) from None
    except InvalidChecksum:
        raise DomainError(msg("The {field} '{value}' has a wrong check digit: the last digit does not follow from "
                              "the first nine. Check it for a typo.", field=field, value=value.strip())) from None
    except ValidationError:
        raise DomainError(msg("The {field} may hold only digits (spaces, dashes and a PL prefix are allowed); "
                              "'{value}' does not.", field=field, value=value.strip())) from None


def check_iban(value: str, field: str = BANK_ACCOUNT) -> str:
    """An IBAN without spaces; 26 digits alone are a Polish account (NRB) and get "PL". DomainError names the
    rule that failed: length, format or the check digits."""
    compact = _iban.compact(value or "").replace("-", "")
    if not compact:
        raise DomainError(msg("The {field} is empty.", field=field))
    if compact.isdigit():
        compact = "PL" + compact
    if not compact.isalnum() or not compact.isascii() or not compact[:2].isalpha():
        raise DomainError(msg("The {field} may hold only a country code and digits (PL and 26 digits, or 26 digits "
                              "alone); '{value}' does not.", field=field, value=value.strip()))
    if compact.startswith("PL") and len(compact) != 28:
        raise DomainError(msg("The {field} must have 26 digits (after PL if given); '{value}' has {count}.",
                              field=field, value=value.strip(), count=len(compact) - 2))
    try:
        return _iban.validate(compact)
    except InvalidLength:
        raise DomainError(msg("The {field} '{value}' has the wrong length for an account in {country}.", field=field,
                              value=value.strip(), country=compact[:2])) from None
    except InvalidChecksum:
        raise DomainError(msg("The {field} '{value}' has wrong check digits (the two digits after the country "
                              "code do not match the rest). Check it for a typo.", field=field,
                              value=value.strip())) from None
    except ValidationError:
        raise DomainError(msg("The {field} '{value}' is not a valid account number for {country}.", field=field,
                              value=value.strip(), country=compact[:2])) from None


def check_settings(data: SellerSettings) -> SellerSettings:
    """The settings as they will be stored (trimmed, NIP and IBAN compact), or DomainError. Fields may be left
    empty while the shop sets up; issuing says which are still missing (`missing_for_invoice`)."""
    data = replace(data, name=data.name.strip(), street=data.street.strip(), postal_code=data.postal_code.strip(),
                   city=data.city.strip(), country=(data.country or "PL").strip().upper(),
                   bank_name=data.bank_name.strip(), place_of_issue=data.place_of_issue.strip(),
                   exemption_basis=data.exemption_basis.strip())
    if len(data.country) != 2 or not data.country.isalpha():
        raise DomainError(msg("The country must be a two-letter code such as PL."))
    if data.nip.strip():
        data = replace(data, nip=check_nip(data.nip, SELLER_NIP))
    else:
        data = replace(data, nip="")
    if data.bank_account.strip():
        data = replace(data, bank_account=check_iban(data.bank_account))
    else:
        data = replace(data, bank_account="")
    if not 0 <= data.payment_days <= 365:
        raise DomainError(msg("The payment term must be between 0 and 365 days."))
    if data.b2b_method not in (NET, GROSS):
        raise DomainError(msg("A B2B invoice is computed from net or from gross prices, not '{method}'.",
                              method=data.b2b_method))
    if data.ksef_environment not in KSEF_ENVIRONMENTS:
        raise DomainError(msg("The KSeF environment is test, demo or prod, not '{name}'.",
                              name=data.ksef_environment))
    return data


def missing_for_invoice(data: SellerSettings) -> list[str]:
    """What an invoice needs of the seller that is still empty (art. 106e: name, address, NIP)."""
    needs = ((data.name, msg("seller's name")), (data.nip, SELLER_NIP), (data.street, msg("street")),
             (data.postal_code, msg("postal code")), (data.city, msg("city")))
    return [label for value, label in needs if not value]


def _row(session: Session) -> InvoiceSettings:
    row = session.get(InvoiceSettings, 1)
    if row is None:
        row = InvoiceSettings(id=1)
        session.add(row)
        session.flush()
    return row


def read_settings(session: Session) -> SellerSettings:
    """The settings in the caller's transaction (empty ones with their defaults when never saved); no write."""
    row = session.get(InvoiceSettings, 1)
    if row is None:
        return SellerSettings()
    return SellerSettings(row.seller_name, row.seller_nip, row.seller_street, row.seller_postal_code,
                          row.seller_city, row.seller_country, row.bank_account, row.bank_name, row.place_of_issue,
                          row.payment_days, row.logo, row.b2b_method, row.exemption_basis, row.cash_accounting,
                          row.split_payment, row.ksef_environment)


def get_settings(session: Session) -> SellerSettings:
    with session.begin():
        return read_settings(session)


def write_settings(session: Session, data: SellerSettings) -> SellerSettings:
    """Check and write in the caller's transaction (the demo shop writes its seller in its one transaction)."""
    data = check_settings(data)
    row = _row(session)
    row.seller_name, row.seller_nip, row.seller_street = data.name, data.nip, data.street
    row.seller_postal_code, row.seller_city, row.seller_country = data.postal_code, data.city, data.country
    row.bank_account, row.bank_name, row.place_of_issue = data.bank_account, data.bank_name, data.place_of_issue
    row.payment_days, row.logo, row.b2b_method = data.payment_days, data.logo, data.b2b_method
    row.exemption_basis, row.cash_accounting, row.split_payment = (data.exemption_basis, data.cash_accounting,
                                                                   data.split_payment)
    row.ksef_environment = data.ksef_environment
    return data


def save_settings(session: Session, data: SellerSettings) -> SellerSettings:
    """The settings dialog's Save: checked first, then one transaction; returns what was stored."""
    with session.begin():
        return write_settings(session, data)
