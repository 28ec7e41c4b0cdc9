"""Demo orders as plain specs: status, age, buyer, lines, payment, and a history that makes sense.

Each status comes with an age range that fits it (a delivered order is days old, one being packed is
hours old) and a chain of events that the real lifecycle would have written (verification, payment,
picking, packing, hand-over, delivery, return), with payment status and problems to match.
"""

from __future__ import annotations

import random

from app.core.messages import msg
from app.services.demo.catalogue import COD_FEE, CUSTOMER_NOTES, FREE_SHIPPING_FROM, INTERNAL_NOTES, SHIPPING_METHODS
from app.services.demo.people import _bisect
from app.services.orders import lifecycle as lc

MIN = 60_000_000
HOUR = 60 * MIN
DAY = 24 * HOUR

# status -> (weight, youngest, oldest) age in microseconds
STATUS_PLAN: dict[str, tuple[int, int, int]] = {
    lc.NEW: (4, 0, 36 * HOUR),
    lc.AWAITING_PAYMENT: (4, 4 * HOUR, 7 * DAY),
    lc.READY: (3, 1 * HOUR, 2 * DAY),
    lc.PACKING: (1, 2 * HOUR, 20 * HOUR),
    lc.PACKED: (2, 3 * HOUR, 36 * HOUR),
    lc.SHIPPED: (6, 12 * HOUR, 4 * DAY),
    lc.DELIVERED: (66, 3 * DAY, 90 * DAY),
    lc.ON_HOLD: (2, 6 * HOUR, 20 * DAY),
    lc.CANCELLED: (7, 1 * DAY, 90 * DAY),
    lc.RETURNED: (5, 16 * DAY, 90 * DAY),
}
NOT_PAID = msg("Not paid (and not cash on delivery)")
OFFICE, PACKER, IMPORTER = "biuro", "pakowanie-1", "import"
AFTER_SHIPPING = frozenset({lc.SHIPPED, lc.DELIVERED, lc.RETURNED})


class Spec:
    """One order to be written; ids and numbers are given after all specs are sorted by time."""

    __slots__ = (
        "cancel",
        "created",
        "cust",
        "customer_note",
        "discount",
        "dup_of",
        "ext",
        "goods",
        "hold",
        "id",
        "internal_note",
        "lines",
        "missing",
        "number",
        "paid",
        "pay",
        "problems",
        "ship",
        "shipping_cost",
        "source",
        "status",
        "tracking",
        "verified",
    )

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.missing = ""
        self.verified = False
        self.hold = self.cancel = ""
        self.tracking = None
        self.dup_of: Spec | None = None
        self.customer_note = self.internal_note = ""
        self.ext = None


class OrderMaker:
    def __init__(self, rng: random.Random, now: int, n_customers: int, prices: list[int], weights: list[int],
                 active: list[int], sold_out: list[int], skus: list[str]) -> None:
        self.rng, self.now, self.n_customers = rng, now, n_customers
        self.prices, self.skus, self.sold_out = prices, skus, sold_out
        self.all_cum = _cum(weights)
        self.active = active
        self.active_cum = _cum([weights[i] for i in active])
        self.status_cum = _cum([w for w, _, _ in STATUS_PLAN.values()])
        self.statuses = list(STATUS_PLAN)
        self.ship_cum = _cum([m[4] for m in SHIPPING_METHODS])
        self.used_tracking: set[str] = set()

    def make(self, forced_status: str | None = None) -> Spec:
        rng = self.rng
        s = Spec()
        status = forced_status or self.statuses[_bisect(self.status_cum, rng.random() * self.status_cum[-1])]
        _, young, old = STATUS_PLAN[status]
        s.status = status
        s.created = self.now - young - int(rng.random() * (old - young)) - MIN
        s.cust = rng.randrange(self.n_customers)
        s.source = "shopify" if rng.random() < 0.72 else "manual"
        # Lines: 1-4 distinct products; orders still to be packed only take products still on sale.
        r = rng.random()
        n = 1 if r < 0.55 else 2 if r < 0.8 else 3 if r < 0.92 else 4
        final = status in AFTER_SHIPPING or status == lc.CANCELLED
        lines: dict[int, int] = {}
        for _ in range(n):
            if final:
                p = _bisect(self.all_cum, rng.random() * self.all_cum[-1])
            else:
                p = self.active[_bisect(self.active_cum, rng.random() * self.active_cum[-1])]
            q = rng.random()
            lines[p] = 1 if q < 0.8 else 2 if q < 0.95 else 3
        s.ship = _bisect(self.ship_cum, rng.random() * self.ship_cum[-1])
        method = SHIPPING_METHODS[s.ship]
        r = rng.random()
        s.pay = "cod" if method[3] and r < 0.17 else "prepaid" if r < 0.7 else "transfer"
        if status == lc.AWAITING_PAYMENT:
            s.pay = "transfer"
        if status == lc.ON_HOLD:
            self._hold(s, lines)
        elif status == lc.CANCELLED:
            r = rng.random()
            s.cancel = "request" if r < 0.45 else "unpaid" if r < 0.85 else "after_ready"
            if s.cancel == "unpaid":
                s.pay = "transfer"
        s.lines = list(lines.items())
        self._money(s)
        self._payment(s)
        if status == lc.NEW and rng.random() < 0.1:
            s.missing = rng.choice(("street", "postal code", "city"))
        if status == lc.NEW and rng.random() < 0.5:
            self._verify_problems(s)
        if status in AFTER_SHIPPING or (status == lc.PACKED and rng.random() < 0.5):
            s.tracking = self.tracking(method[2])
        if rng.random() < 0.06:
            s.customer_note = rng.choice(CUSTOMER_NOTES)
        if rng.random() < 0.04:
            s.internal_note = rng.choice(INTERNAL_NOTES)
        return s

    def _hold(self, s: Spec, lines: dict[int, int]) -> None:
        r = self.rng.random()
        if s.pay == "transfer":
            s.pay = "prepaid"
        if r < 0.45:
            s.hold, s.missing = "address", self.rng.choice(("street", "postal code"))
            s.problems = [msg("Address incomplete: no {parts}", parts=s.missing)]
        elif r < 0.75 and self.sold_out:
            p = self.sold_out[self.rng.randrange(len(self.sold_out))]
            lines[p] = lines.get(p, 0) + 1
            s.hold = "stock"
            s.problems = [msg("Not enough stock of {sku}: {ordered} ordered, {available} available",
                              sku=self.skus[p], ordered=lines[p], available=0)]
        else:
            s.hold = "customer"
        s.verified = bool(s.problems)

    def _money(self, s: Spec) -> None:
        goods = sum(self.prices[p] * q for p, q in s.lines)
        _, cost, _, _, _ = SHIPPING_METHODS[s.ship]
        ship = 0 if goods >= FREE_SHIPPING_FROM else cost
        if s.pay == "cod":
            ship += COD_FEE
        discount = goods // 10 if self.rng.random() < 0.08 else 0
        s.goods, s.shipping_cost, s.discount = goods, ship, discount

    def _payment(self, s: Spec) -> None:
        st, pay = s.status, s.pay
        if st == lc.NEW:
            s.paid = "paid" if pay == "prepaid" and self.rng.random() < 0.85 else "unpaid"
        elif st == lc.AWAITING_PAYMENT:
            s.paid = "unpaid"
            s.problems, s.verified = [NOT_PAID], True
        elif st == lc.DELIVERED:
            s.paid = "paid"
        elif st == lc.RETURNED:
            s.paid = "refunded"
        elif st == lc.CANCELLED:
            refund = pay != "cod" and (s.cancel == "after_ready" or (s.cancel == "request" and pay == "prepaid"))
            s.paid = "refunded" if refund else "unpaid"
        else:
            s.paid = "unpaid" if pay == "cod" else "paid"

    def _verify_problems(self, s: Spec) -> None:
        """A new order someone already verified: it stays new and lists every reason."""
        problems = []
        if s.pay != "cod" and s.paid != "paid":
            problems.append(NOT_PAID)
        if s.missing:
            problems.append(msg("Address incomplete: no {parts}", parts=s.missing))
        # Unpaid alone would have moved it to awaiting payment; only other reasons keep it new.
        if problems and problems != [NOT_PAID]:
            s.problems, s.verified = problems, True

    def duplicate(self, orig: Spec, verified: bool) -> Spec:
        """The same buyer ordering the same again minutes later: a possible duplicate."""
        s = Spec()
        for attr in ("cust", "lines", "ship", "pay", "source", "goods", "shipping_cost", "discount"):
            setattr(s, attr, getattr(orig, attr))
        s.status = lc.NEW
        s.created = min(orig.created + 2 * MIN + int(self.rng.random() * 40 * MIN), self.now - MIN)
        self._payment(s)
        s.dup_of = orig
        s.verified = verified
        return s

    def tracking(self, kind: str) -> str | None:
        """A tracking number in the carrier's format, never given twice."""
        number = self._tracking(kind)
        while number is not None and number in self.used_tracking:
            number = self._tracking(kind)
        if number is not None:
            self.used_tracking.add(number)
        return number

    def _tracking(self, kind: str) -> str | None:
        rnd = self.rng.randrange
        if kind == "inpost":
            return f"6{rnd(10 ** 23):023d}"
        if kind == "dpd":
            return f"{rnd(10 ** 13):013d}U"
        if kind == "dhl":
            return f"{rnd(10 ** 11):011d}"
        if kind == "pocztex":
            return f"00{rnd(10 ** 18):018d}"
        if kind == "orlen":
            return f"{rnd(10 ** 13):013d}"
        return None


def _cum(weights: list[int]) -> list[int]:
    out, acc = [], 0
    for w in weights:
        acc += w
        out.append(acc)
    return out
