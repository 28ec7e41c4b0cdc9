"""English names of the customers' codes (tags, consents, contact channels, directions, topics, timeline kinds),
marked with msg() so the UI shows them in Polish through domain_text, and exports and the CLI say the same words."""

from __future__ import annotations

from app.core.messages import msg
from app.models import customer as c

TAG = {c.TAG_VIP: msg("VIP"), c.TAG_WHOLESALE: msg("Wholesale"), c.TAG_BLOCKED: msg("Blocked")}
CONSENT = {"marketing_email": msg("Marketing by e-mail"), "marketing_phone": msg("Marketing by phone"),
           "newsletter": msg("Newsletter"), "profiling": msg("Profiling")}
CHANNEL = {"phone": msg("Phone"), "email": msg("E-mail"), "chat": msg("Chat"), "social": msg("Social media"),
           "marketplace": msg("Marketplace message"), "in_person": msg("In person")}
DIRECTION = {"in": msg("Incoming"), "out": msg("Outgoing")}
TOPIC = {"status": msg("Order status"), "change": msg("Change to the order"), "return": msg("Return"),
         "complaint": msg("Complaint"), "product": msg("Product question"), "payment": msg("Payment"),
         "other": msg("Other")}
TIMELINE = {"order": msg("Order"), "status": msg("Status change"), "shipment": msg("Shipment"),
            "invoice": msg("Invoice"), "complaint": msg("Complaint"), "contact": msg("Contact"),
            "merge": msg("Merge"), "privacy": msg("Personal data")}
VIEW = {"all": msg("All customers"), "vip": msg("VIP"), "wholesale": msg("Wholesale"), "blocked": msg("Blocked"),
        "follow_ups": msg("Follow-ups due"), "anonymised": msg("Anonymised")}

TABLES: dict[str, dict[str, str]] = {"tag": TAG, "consent": CONSENT, "channel": CHANNEL, "direction": DIRECTION,
                                     "topic": TOPIC, "timeline": TIMELINE, "view": VIEW}


def label(kind: str, code: str | None) -> str:
    """The English name of a code of `kind` (tag, consent, channel, direction, topic, timeline, view), or the code
    itself when unknown (an older file, a typo in imported data)."""
    return TABLES[kind].get(code or "", code or "")
