"""invoice: an order's VAT invoice as a PDF (A4, the KSeF verification QR code) and, when asked, its FA(3) XML.

The order's VAT invoice is written as it was issued; an order without one gets it issued first, today, by this
station (so the shop file is opened for writing). Corrections are documents of their own and are not written here
(the Invoices tab prints and saves them). The PDF's QR code verifies exactly the XML file written beside it
(app.services.invoicing.files, the same path as the Invoices tab's Save and the print queue).

An order in another currency needs the NBP mid rate of the last business day before the sale when its invoice is
issued: typed (--rate with --rate-date) or read from a table file downloaded from the NBP (--nbp-file).
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.cli import WrongArguments, add_db_arg, emit
from app.core.messages import msg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "invoice", help="write an order's VAT invoice to FILE.pdf (and its KSeF FA(3) XML); an order without one "
        "gets it issued first. Corrections are separate documents, not written here",
        description="Writes the order's VAT invoice (not its corrections, which are documents of their own) as a "
        "PDF with the KSeF verification QR code, and its FA(3) XML with --xml. When the order has no invoice yet, "
        "it is issued first, dated today: the shop file is then changed.")
    p.add_argument("order", metavar="ORDER", help="our order number (or the shop's number)")
    add_db_arg(p)
    p.add_argument("--out", required=True, type=Path, help="FILE.pdf")
    p.add_argument("--xml", type=Path, metavar="FILE.xml", help="also write the invoice's FA(3) XML, as KSeF takes "
                   "it (checked against the official schema first)")
    p.add_argument("--nip", help="when issuing: the buyer's NIP for a company's invoice (default: the order's)")
    p.add_argument("--rate", type=_rate, metavar="RATE", help="when issuing an order in another currency: the NBP "
                   "mid rate of the last business day before the sale (with --rate-date)")
    p.add_argument("--rate-date", type=_day, metavar="YYYY-MM-DD", help="the day of that rate's NBP table")
    p.add_argument("--rate-table", default="", metavar="NO", help="the NBP table's number, e.g. 231/A/NBP/2026")
    p.add_argument("--nbp-file", type=Path, metavar="FILE", help="when issuing: read the rate from an NBP table file "
                   "(the API's XML or JSON, the daily XML, the yearly CSV archive)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_invoice)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _rate(text: str) -> Decimal:
    from app.core.money import parse_decimal

    try:
        return parse_decimal(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an exchange rate") from None


def _check_arguments(args: argparse.Namespace) -> None:
    if args.out.suffix.lower() != ".pdf":
        raise WrongArguments(f"{args.out}: the invoice is written as .pdf, not '{args.out.suffix or '(no extension)'}'.")
    if args.xml is not None and args.xml.suffix.lower() != ".xml":
        raise WrongArguments(f"{args.xml}: the FA(3) file is written as .xml, not "
                             f"'{args.xml.suffix or '(no extension)'}'.")
    if args.xml is not None and args.xml.resolve() == args.out.resolve():
        raise WrongArguments("the PDF and the XML file need different names.")
    if (args.rate is None) != (args.rate_date is None):
        raise WrongArguments("--rate and --rate-date go together: the NBP mid rate and the day of its table.")
    if args.rate is not None and args.nbp_file is not None:
        raise WrongArguments("give the exchange rate either typed (--rate, --rate-date) or from --nbp-file, not both.")
    if args.rate_table and args.rate is None:
        raise WrongArguments("--rate-table names the table of a typed rate (--rate, --rate-date).")


def _exchange_rate(args: argparse.Namespace, currency: str, sale: date) -> tuple[Decimal | None, date | None, str]:
    """The rate, its table's day and number for issuing: typed, from the NBP file, or none (PLN, or refused by
    issuing with its message when the currency needs one)."""
    if args.nbp_file is None:
        return args.rate, args.rate_date, args.rate_table
    if currency == "PLN":
        return None, None, ""
    from app.core.errors import DomainError
    from app.services.invoicing.nbp import read_nbp_file

    rates = read_nbp_file(args.nbp_file, before=sale)
    if currency not in rates:
        raise DomainError(msg("{file} has no mid rate of {currency}.", file=args.nbp_file.name, currency=currency))
    rate = rates[currency]
    return rate.mid, rate.effective_date, rate.table


def cmd_invoice(args: argparse.Namespace) -> int:
    from app.config import station_name
    from app.core.shop_time import shop_today
    from app.db import open_database
    from app.services.invoicing.data import VAT
    from app.services.invoicing.files import save_invoice_files
    from app.services.invoicing.issuing import issue_invoice
    from app.services.invoicing.reading import order_invoices
    from app.services.orders.editing import find_order_id, get_order

    _check_arguments(args)
    db = open_database(args.db, verify=True)  # it may issue the invoice: a sound, existing shop file only
    try:
        with db.session() as session:
            order_id = find_order_id(session, args.order)
            order = get_order(session, order_id)
            existing = [invoice_id for invoice_id, _number, kind in order_invoices(session, order_id) if kind == VAT]
            if existing:
                invoice_id, issued = existing[0], False
            else:
                rate, rate_date, table = _exchange_rate(args, order.currency, shop_today())
                invoice_id = issue_invoice(session, order_id, station_name(), buyer_nip=args.nip, exchange_rate=rate,
                                           exchange_rate_date=rate_date, exchange_table=table)
                issued = True
            for path in (args.out, args.xml):
                if path is not None:
                    path.parent.mkdir(parents=True, exist_ok=True)
            saved = save_invoice_files(session, invoice_id, args.out, args.xml)
    finally:
        db.dispose()
    unused = not issued and (args.nip or args.rate is not None or args.nbp_file is not None)
    if issued:
        text = msg("Invoice {invoice} of order {order} issued and written to {file}.", invoice=saved.number,
                   order=order.number, file=saved.pdf_path)
    else:
        text = msg("Order {order} already has invoice {invoice}; written to {file}.", invoice=saved.number,
                   order=order.number, file=saved.pdf_path)
    lines = [text]
    if saved.xml_path is not None:
        lines.append(msg("Its FA(3) file: {file}", file=saved.xml_path))
    if unused:
        lines.append(msg("The NIP and exchange rate given were not used: they apply only when an invoice is issued."))
    emit(args, {"order": order.number, "invoice": saved.number, "issued": issued, "pdf": str(saved.pdf_path),
                "xml": str(saved.xml_path) if saved.xml_path is not None else None, "link": saved.link,
                "pages": saved.pages}, "\n".join(lines))
    return 0
