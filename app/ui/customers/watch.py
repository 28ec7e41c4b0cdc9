"""The follow-ups' counts wherever the user is (issue 17: "the count on the tab and in the status bar").

The Customers tab's title carries the follow-ups due, "Customers (3 to call back)", and a permanent status bar
label says "Contacts to do: today 2, overdue 1" while any is due (hidden otherwise), on every tab, as the
complaints' watch does. They are read again (contacts.follow_up_counts: one query over the follow-up index) when
the bus says customers changed or much changed, every hour, and just after the shop's midnight, when a follow-up
due yesterday becomes overdue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui.kit.counts_watch import CountsWatch

if TYPE_CHECKING:
    from app.services.customers.data import FollowUpCounts


class CustomersWatch(CountsWatch):
    TAB_CLASS = "CustomersTab"
    LABEL_NAME = "follow_ups_due"
    AREA = "customers"

    def read(self, session, today):
        from app.services.customers.contacts import follow_up_counts

        return follow_up_counts(session, today)

    def title(self, counts: FollowUpCounts) -> str:
        name = QCoreApplication.translate("MainWindow", "Customers")
        if not counts.due:
            return name
        return self.tr("{0} ({1} to call back)").format(name, counts.due)

    def status_text(self, counts: FollowUpCounts) -> str:
        if not counts.due:
            return ""
        return self.tr("Contacts to do: today {0}, overdue {1}").format(counts.today, counts.overdue)
