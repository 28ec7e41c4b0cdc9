"""What a use case changed, so each view can decide what to refresh (one app-wide signal carries it)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    orders: frozenset[int] = field(default_factory=frozenset)
    products: frozenset[int] = field(default_factory=frozenset)
    # True when so much changed (an import, demo data) that views should reload wholesale.
    bulk: bool = False

    @staticmethod
    def of_orders(ids) -> Changes:
        return Changes(orders=frozenset(ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.orders | other.orders, self.products | other.products, self.bulk or other.bulk)
