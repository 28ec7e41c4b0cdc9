"""The selected invoice under the list: what it states (buyer, lines, the summary per rate, payment, KSeF) and the
other documents of its order (the invoice and its corrections), so a customer's question is answered without
opening the PDF. Read in a worker (invoice_doc, order_invoices); an answer for a row left meanwhile is dropped."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.config import SHOP_TZ_DEFAULT
from app.ui.invoicing.model import amount, kind_text, ksef_state_text

if TYPE_CHECKING:
    from app.services.invoicing.data import DocLine, InvoiceDoc
    from app.services.invoicing.ksef.ui_support import KsefFacts
    from app.ui.kit.context import AppContext


class InvoiceDetails(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setPlaceholderText(self.tr("Select an invoice to see what it states."))
        self._asked = 0
        self.invoice_id: int | None = None

    def show_invoice(self, ctx: AppContext, invoice_id: int | None) -> None:
        """Read and show the invoice (None: clear)."""
        self._asked += 1
        asked = self._asked
        self.invoice_id = invoice_id
        if invoice_id is None:
            self.clear()
            return
        from app.services.invoicing.ksef.ui_support import ksef_facts
        from app.services.invoicing.reading import invoice_doc, order_invoices

        def read(session) -> tuple[InvoiceDoc, list[tuple[int, str, str]], KsefFacts | None]:
            doc = invoice_doc(session, invoice_id)
            order_id = _order_of(session, invoice_id)
            return (doc, order_invoices(session, order_id) if order_id is not None else [],
                    ksef_facts(session, [invoice_id]).get(invoice_id))

        def done(found: tuple[InvoiceDoc, list[tuple[int, str, str]], KsefFacts | None]) -> None:
            if asked == self._asked:
                self.setHtml(self.html(*found))

        def failed(exc: BaseException) -> None:
            from app.ui.kit.errors import error_text

            if asked == self._asked:
                self.setPlainText(error_text(exc))

        ctx.read(read, on_done=done, on_error=failed)

    # --- the text --------------------------------------------------------------------------------------------
    def _payment_form(self, form: str) -> str:
        return {"cash": self.tr("cash"), "card": self.tr("card"), "transfer": self.tr("bank transfer"),
                "cod": self.tr("cash on delivery"), "voucher": self.tr("voucher"), "cheque": self.tr("cheque"),
                "credit": self.tr("credit"), "mobile": self.tr("mobile payment")}.get(form, form)

    def _lines(self, title: str, lines: list[DocLine], doc: InvoiceDoc) -> str:
        if not lines:
            return ""
        price = self.tr("Unit price (gross)") if doc.method == "gross" else self.tr("Unit price (net)")
        head = "".join(f"<th>{escape(h)}</th>" for h in (
            self.tr("No."), self.tr("Name"), self.tr("Qty"), price, self.tr("Rate"), self.tr("Net"), self.tr("VAT"),
            self.tr("Gross")))
        rows = []
        for ln in lines:
            unit = ln.unit_gross if doc.method == "gross" else ln.unit_net
            cells = (str(ln.position), escape(ln.name), f"{ln.quantity.normalize():f}",
                     amount(unit) if unit is not None else "", escape(_rate(ln.rate)), amount(ln.net),
                     amount(ln.vat), amount(ln.gross))
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        return f"<p><b>{escape(title)}</b></p><table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>" \
               f"{''.join(rows)}</table>"

    def html(self, doc: InvoiceDoc, chain: list[tuple[int, str, str]], ksef: KsefFacts | None = None) -> str:
        parts = [f"<h3>{escape(kind_text(doc.kind))} {escape(doc.number)}</h3>"]
        facts = [self.tr("Issued {0}").format(doc.issue_date.isoformat()),
                 self.tr("sale {0}").format((doc.sale_date or doc.issue_date).isoformat())]
        if doc.place_of_issue:
            facts.append(escape(doc.place_of_issue))
        parts.append(f"<p>{', '.join(facts)}</p>")
        if doc.correction is not None:
            parts.append("<p>" + escape(self.tr("Corrects {0} of {1}. Reason: {2}").format(
                doc.correction.corrected_number, doc.correction.corrected_issue_date.isoformat(),
                doc.correction.reason)) + "</p>")
        buyer = [escape(doc.buyer.name)]
        buyer.append(escape(self.tr("NIP {0}").format(doc.buyer.nip)) if doc.buyer.nip
                     else escape(self.tr("a consumer (no NIP)")))
        buyer += [escape(x) for x in (doc.buyer.address_line_1, doc.buyer.address_line_2) if x.strip()]
        caption = escape(self.tr("Buyer:"))
        parts.append(f"<p><b>{caption}</b> {', '.join(buyer)}</p>")
        if doc.correction is not None:
            parts.append(self._lines(self.tr("Before the correction"), [ln for ln in doc.lines if ln.before], doc))
            parts.append(self._lines(self.tr("After the correction"), [ln for ln in doc.lines if not ln.before],
                                     doc))
        else:
            parts.append(self._lines(self.tr("Lines"), list(doc.lines), doc))
        head = "".join(f"<th>{escape(h)}</th>" for h in (self.tr("Rate"), self.tr("Net"), self.tr("VAT"),
                                                         self.tr("Gross")))
        rows = "".join(f"<tr><td>{escape(_rate(r.rate))}</td><td>{amount(r.net)}</td><td>{amount(r.vat)}</td>"
                       f"<td>{amount(r.gross)}</td></tr>" for r in doc.rates)
        total = escape(self.tr("Total"))
        rows += (f"<tr><td><b>{total}</b></td><td><b>{amount(doc.net)}</b></td>"
                 f"<td><b>{amount(doc.vat)}</b></td><td><b>{amount(doc.gross)} {escape(doc.currency)}</b></td></tr>")
        title = self.tr("Differences per rate") if doc.correction is not None else self.tr("Summary per rate")
        parts.append(f"<p><b>{escape(title)}</b></p><table border='1' cellspacing='0' cellpadding='3'>"
                     f"<tr>{head}</tr>{rows}</table>")
        pay = [self.tr("Payment: {0}").format(self._payment_form(doc.payment_form))]
        if doc.paid:
            pay.append(self.tr("paid {0}").format(doc.paid_date.isoformat() if doc.paid_date else ""))
        elif doc.due_date is not None:
            pay.append(self.tr("due {0}").format(doc.due_date.isoformat()))
        else:
            pay.append(self.tr("not paid"))
        pay.append(self.tr("KSeF number {0}").format(doc.ksef_number) if doc.ksef_number
                   else self.tr("not sent to KSeF"))
        parts.append("<p>" + escape(", ".join(pay)) + "</p>")
        if ksef is not None:
            parts.append(self._ksef(ksef))
        if doc.order_number:
            others = [f"<b>{escape(number)}</b>" if invoice_id == doc.id else escape(number)
                      for invoice_id, number, _kind in chain]
            text = escape(self.tr("Order {0}").format(doc.order_number))
            parts.append(f"<p>{text}" + (f": {', '.join(others)}" if len(others) > 1 else "") + "</p>")
        return "".join(parts)


    def _ksef(self, facts: KsefFacts) -> str:
        """The KSeF state, the number once accepted, a rejection's reason and details."""
        text = escape(self.tr("KSeF: {0}").format(ksef_state_text(facts)))
        if facts.state == "accepted" and facts.accepted_at is not None:
            text += escape(self.tr(", accepted {0}").format(facts.accepted_at.astimezone(ZoneInfo(SHOP_TZ_DEFAULT)).strftime(
                "%Y-%m-%d %H:%M")))
        more = "".join(f"<br>{escape(d)}" for d in facts.details) if facts.state == "rejected" else ""
        return f"<p>{text}{more}</p>"


def _rate(rate: str) -> str:
    return f"{rate}%" if rate.isdigit() else rate


def _order_of(session, invoice_id: int) -> int | None:
    """The invoice's order, for its chain of documents (a plain read in the worker's session)."""
    from app.services.invoicing.reading import rows_by_id

    row = rows_by_id(session, [invoice_id]).get(invoice_id)
    return row.order_id if row is not None else None
