"""Writing an issued invoice: the invoice row, its lines and its per-rate summary, then the seal, all in the
caller's transaction (the one that took its number). Shared by issuing and correcting.

Once sealed, the database's triggers (app.models.invoice) refuse any change but payment and KSeF status.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.errors import DomainError
from app.core.messages import msg
from app.models import Invoice, InvoiceLine, InvoiceRate
from app.services.invoicing.amounts import Amounts, LineOut
from app.services.invoicing.settings import SellerSettings

# The largest exchange rate precision FA(3) states (KursWaluty: 6 decimal places).
RATE_PLACES = 6


@dataclass(frozen=True)
class LineText:
    """What a line says besides its amounts."""

    position: int
    name: str
    sku: str = ""
    unit: str = "szt."


def seller_snapshot(settings: SellerSettings) -> dict[str, str]:
    """The seller's columns of an invoice, copied now: a later edit of the settings changes no issued invoice."""
    return {"seller_name": settings.name, "seller_nip": settings.nip, "seller_street": settings.street,
            "seller_postal_code": settings.postal_code, "seller_city": settings.city,
            "seller_country": settings.country or "PL", "seller_bank_account": settings.bank_account,
            "seller_bank_name": settings.bank_name}


def search_text(*parts: str | None) -> str:
    """What the register's search looks in, case-folded once (Polish letters too, unlike SQLite's lower())."""
    return " ".join(p for p in parts if p).casefold()


def _line_row(invoice_id: int, text: LineText, line: LineOut, before: bool) -> InvoiceLine:
    return InvoiceLine(invoice_id=invoice_id, position=text.position, name=text.name[:255], sku=text.sku[:64],
                       unit=text.unit, quantity=line.quantity, unit_net=line.unit_net, unit_gross=line.unit_gross,
                       rate=line.rate, net=line.net, vat=line.vat, gross=line.gross, before=before)


def store_invoice(session: Session, invoice: Invoice, lines: Sequence[tuple[LineText, LineOut, bool]],
                  amounts: Amounts) -> int:
    """Write the invoice with its lines ((text, valued line, before?)) and the summary of `amounts` (totals and
    per rate), then seal it. A clash with what another station wrote at the same moment (PostgreSQL; SQLite
    callers hold the write lock) is a DomainError; the caller's transaction then rolls back, the counter with it."""
    invoice.net, invoice.vat, invoice.gross, invoice.vat_pln = amounts.net, amounts.vat, amounts.gross, \
        amounts.vat_pln
    session.add(invoice)
    try:
        session.flush()
    except IntegrityError:
        raise DomainError(msg("Invoice {number} could not be written: another station wrote a clashing invoice "
                              "at the same moment (the same number, order or corrected invoice). Nothing was "
                              "written; try again.", number=invoice.number)) from None
    session.add_all(_line_row(invoice.id, text, line, before) for text, line, before in lines)
    session.add_all(InvoiceRate(invoice_id=invoice.id, rate=r.rate, net=r.net, vat=r.vat, gross=r.gross,
                                vat_pln=r.vat_pln) for r in amounts.rates)
    session.flush()
    invoice.sealed = True
    session.flush()
    return invoice.id


def check_exchange_rate(rate: Decimal) -> None:
    if rate <= 0:
        raise DomainError(msg("The exchange rate must be above 0."))
    if -rate.as_tuple().exponent > RATE_PLACES and rate != rate.quantize(Decimal(1).scaleb(-RATE_PLACES)):
        raise DomainError(msg("The exchange rate {rate} has more than 6 decimal places; an invoice states it to 6.",
                              rate=rate))
