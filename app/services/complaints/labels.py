"""English names of the complaint codes (kinds, channels, demands, reasons, statuses, decisions, letters, refund
methods), marked with msg() so the UI shows them in Polish through domain_text, and messages, exports and the
PDF say the same words."""

from __future__ import annotations

from app.core.messages import msg
from app.models import complaint as c

KIND = {c.LIABILITY: msg("Statutory liability (non-conformity)"), c.GUARANTEE: msg("Guarantee"),
        c.WITHDRAWAL: msg("Withdrawal (return)"), c.TRANSPORT: msg("Damage in transport")}
CHANNEL = {"email": msg("E-mail"), "phone": msg("Phone"), "chat": msg("Chat"), "letter": msg("Letter"),
           "in_person": msg("In person"), "marketplace": msg("Marketplace")}
DEMAND = {"repair": msg("Repair"), "replacement": msg("Replacement"), "price_reduction": msg("Price reduction"),
          "refund": msg("Refund")}
REASON = {"defect": msg("Defect"), "damaged": msg("Damaged"), "wrong_item": msg("Wrong item"),
          "not_as_described": msg("Not as described"), "missing_item": msg("Missing item"),
          "changed_mind": msg("Changed their mind"), "other": msg("Other")}
STATUS = {c.NEW: msg("New case"), c.IN_REVIEW: msg("In review"), c.WAITING_CUSTOMER: msg("Waiting for the customer"),
          c.AT_SUPPLIER: msg("At the supplier or service"), c.DECIDED: msg("Decided"), c.CLOSED: msg("Closed")}
DECISION = {c.ACCEPTED: msg("Accepted"), c.REJECTED: msg("Rejected")}
LETTER = {c.LETTER_ACCEPT: msg("Acceptance"), c.LETTER_REJECT: msg("Rejection"),
          c.LETTER_ASK: msg("Request for more information")}
REFUND_METHOD = {"transfer": msg("Bank transfer"), "cash": msg("Cash"), "card": msg("Card"),
                 "marketplace": msg("Through the marketplace")}


def label(table: dict[str, str], code: str | None) -> str:
    """The English name of a code, or the code itself when unknown (an older file, a typo in data)."""
    return table.get(code or "", code or "")
