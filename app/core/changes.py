"""What a use case changed, so each view can decide what to refresh (one app-wide signal carries it)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    orders: frozenset[int] = field(default_factory=frozenset)
    products: frozenset[int] = field(default_factory=frozenset)
    # True when so much changed (an import, demo data) that views should reload wholesale.
    bulk: bool = False
    # Invoices issued, corrected, paid or sent: the Invoices tab re-reads them (a new one: the list reloads).
    invoices: frozenset[int] = field(default_factory=frozenset)
    # Complaints and returns registered or worked: the Complaints tab and its counts re-read them.
    complaints: frozenset[int] = field(default_factory=frozenset)
    # Customers edited, merged or anonymised, or a contact logged with them: the Customers tab, a customer's card
    # and the follow-up counts re-read them.
    customers: frozenset[int] = field(default_factory=frozenset)

    @staticmethod
    def of_orders(ids) -> Changes:
        return Changes(orders=frozenset(ids))

    @staticmethod
    def of_invoices(ids) -> Changes:
        return Changes(invoices=frozenset(ids))

    @staticmethod
    def of_complaints(ids) -> Changes:
        return Changes(complaints=frozenset(ids))

    @staticmethod
    def of_customers(ids) -> Changes:
        return Changes(customers=frozenset(ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(orders=self.orders | other.orders, products=self.products | other.products,
                       bulk=self.bulk or other.bulk, invoices=self.invoices | other.invoices,
                       complaints=self.complaints | other.complaints,
                       customers=self.customers | other.customers)
