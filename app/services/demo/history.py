"""The history of one demo order: the events the lifecycle would have written to reach its status.

Steps get natural gaps (verification within hours, delivery a day or two after hand-over); when an
order is too young for the whole chain, the gaps shrink in proportion so nothing lies in the future.
"""

from __future__ import annotations

import random

from app.core.messages import msg
from app.services.demo.orders import HOUR, IMPORTER, MIN, NOT_PAID, OFFICE, PACKER, Spec
from app.services.orders import lifecycle as lc

DAY = 24 * HOUR
# (offset, kind, from, to, who, why)
Step = tuple[int, str, str | None, str | None, str, str]
# The texts the real services write for the same events (msg(): shown in the user's language).
PAID = msg("Payment: {old_status} -> {new_status}", old_status="unpaid", new_status="paid")
REFUNDED = msg("Payment: {old_status} -> {new_status}", old_status="paid", new_status="refunded")


def verification(problems: list[str]) -> str:
    return msg("Verification: {problems}", problems="; ".join(problems))


def history(rng: random.Random, s: Spec, base: int, now: int, batch_file: str) -> tuple[list[Step], dict[str, int]]:
    """Events as (time, kind, from, to, who, why) and the times of the moments stock cares about."""
    steps: list[Step] = []
    off = 0

    def step(lo: int, hi: int, kind: str, frm: str | None, to: str | None, who: str, why: str) -> None:
        nonlocal off
        off += lo + int(rng.random() * (hi - lo))
        steps.append((off, kind, frm, to, who, why))

    if s.source == "shopify":
        steps.append((0, "import", None, lc.NEW, IMPORTER, msg("Imported from {file}", file=batch_file)))
    else:
        steps.append((0, "status", None, lc.NEW, OFFICE, msg("Entered by hand")))
    st = s.status
    if st == lc.NEW:
        if s.verified and s.problems:
            step(10 * MIN, 3 * HOUR, "verify", None, None, OFFICE, verification(s.problems))
    elif st == lc.AWAITING_PAYMENT:
        _awaiting(step)
    elif st == lc.ON_HOLD:
        if s.verified:
            step(10 * MIN, 3 * HOUR, "verify", None, None, OFFICE, verification(s.problems))
            why = (msg("Waiting for the customer's full address") if s.hold == "address"
                   else msg("Waiting for a delivery"))
            step(MIN, 20 * MIN, "status", lc.NEW, lc.ON_HOLD, OFFICE, why)
        else:
            step(30 * MIN, 6 * HOUR, "note", None, None, OFFICE, "Klient prosi o wstrzymanie wysyłki do odwołania.")
            step(MIN, 10 * MIN, "status", lc.NEW, lc.ON_HOLD, OFFICE, msg("Customer asked to hold the order"))
    elif st == lc.CANCELLED and s.cancel != "after_ready":
        if s.cancel == "unpaid":
            _awaiting(step)
            step(7 * DAY, 8 * DAY, "status", lc.AWAITING_PAYMENT, lc.CANCELLED, OFFICE, msg("Not paid within 7 days"))
        else:
            step(HOUR, 2 * DAY, "status", lc.NEW, lc.CANCELLED, OFFICE, msg("Cancelled at the customer's request"))
            if s.paid == "refunded":
                step(HOUR, DAY, "edit", None, None, OFFICE, REFUNDED)
    else:
        # Verified and released for packing; a bank transfer waits for its money first.
        if s.pay == "transfer":
            _awaiting(step)
            step(3 * HOUR, 2 * DAY, "edit", None, None, OFFICE, PAID)
            step(MIN, 30 * MIN, "status", lc.AWAITING_PAYMENT, lc.READY, OFFICE, msg("Verified"))
        else:
            step(10 * MIN, 4 * HOUR, "status", lc.NEW, lc.READY, OFFICE, msg("Verified"))
        if st == lc.CANCELLED:
            step(HOUR, DAY, "status", lc.READY, lc.CANCELLED, OFFICE, msg("Cancelled at the customer's request"))
            if s.paid == "refunded":
                step(HOUR, DAY, "edit", None, None, OFFICE, REFUNDED)
        elif st != lc.READY:
            step(HOUR, 20 * HOUR, "status", lc.READY, lc.PACKING, PACKER, msg("Picking started"))
            if st != lc.PACKING:
                step(5 * MIN, 40 * MIN, "status", lc.PACKING, lc.PACKED, PACKER, msg("Packed"))
            if st in (lc.SHIPPED, lc.DELIVERED, lc.RETURNED):
                why = (msg("Handed to the carrier, tracking {tracking}", tracking=s.tracking) if s.tracking
                       else msg("Collected by the customer"))
                step(HOUR, 8 * HOUR, "status", lc.PACKED, lc.SHIPPED, PACKER, why)
            if st in (lc.DELIVERED, lc.RETURNED):
                step(18 * HOUR, 3 * DAY, "status", lc.SHIPPED, lc.DELIVERED, OFFICE, msg("Delivered"))
                if s.pay == "cod":
                    step(0, MIN, "edit", None, None, OFFICE, PAID)
            if st == lc.RETURNED:
                step(2 * DAY, 12 * DAY, "status", lc.DELIVERED, lc.RETURNED, OFFICE,
                     msg("Returned: withdrawal from the contract"))
                step(HOUR, 3 * DAY, "edit", None, None, OFFICE, REFUNDED)
    if s.internal_note:
        step(MIN, 2 * HOUR, "note", None, None, OFFICE, s.internal_note)
    # Squeeze the chain when the order is too young for it.
    room = now - MIN - base
    scale = 1.0 if off <= room else max(room, 0) * (0.5 + rng.random() / 2) / off
    moments: dict[str, int] = {}
    out = []
    for offset, kind, frm, to, who, why in steps:
        at = base + int(offset * scale)
        out.append((at, kind, frm, to, who, why))
        if to in (lc.PACKED, lc.SHIPPED, lc.RETURNED):
            moments[to] = at
    moments["last"] = out[-1][0]
    return out, moments


def _awaiting(step) -> None:
    step(10 * MIN, 3 * HOUR, "status", lc.NEW, lc.AWAITING_PAYMENT, OFFICE, msg("Verified: waiting for payment"))
    step(0, 1, "verify", None, None, OFFICE, verification([NOT_PAID]))
