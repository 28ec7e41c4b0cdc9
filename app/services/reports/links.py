"""Where a figure leads (issue 18): the list it counts, as a tab opens it. One link type for the Today view and the
reports, so every tab learns one way of being opened filtered."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ListFilter:
    """The list a figure counts, as a tab opens it.

    tab: "orders" | "stock" | "complaints" | "customers" | "invoicing" | "shipping".
    view: the tab service's own key of its view or filter (orders: lifecycle.FILTERS; stock: listing.FILTERS;
        complaints: listing.VIEWS; customers: data.VIEWS; invoicing: "all", narrowed by params).
    params: further narrowing as (field, value) pairs named as the tab's query names them (orders: OrderQuery's
        date_from/date_to as ISO days; invoicing: InvoiceQuery's ksef_status; customers' follow-ups window: its
        view of contacts.FOLLOW_UP_VIEWS), or as the missing filter will name them.
    missing: "" when the tab lists exactly this today; else the name of the filter the tab still lacks.
    """

    tab: str
    view: str
    params: tuple[tuple[str, str], ...] = ()
    missing: str = ""

    def param(self, name: str) -> str | None:
        """The value of one narrowing, or None."""
        return dict(self.params).get(name)
