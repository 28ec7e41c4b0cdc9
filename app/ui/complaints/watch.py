"""The complaints' counts wherever the user is (issue 16: "counts show on the tab title and in the status bar").

The Complaints tab's title carries the open cases and the overdue ones, "Complaints (5 · 2 overdue)", and a
permanent status bar label says "Complaints — overdue: 2, due today and soon: 3" while any case is overdue or
due within three days (hidden otherwise), on every tab, as the KSeF queue's count does (ksef_watch.py).

They are read again (listing.counts: one query over the status/due index) when the bus says cases changed or much
changed, every hour, and just after the shop's midnight, when a case due yesterday becomes overdue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui.kit.counts_watch import CountsWatch

if TYPE_CHECKING:
    from app.services.complaints.data import Counts


class ComplaintsWatch(CountsWatch):
    TAB_CLASS = "ComplaintsTab"
    LABEL_NAME = "complaints_due"
    AREA = "complaints"

    def read(self, session, today):
        from app.services.complaints.listing import counts

        return counts(session, today)

    def title(self, counts: Counts) -> str:
        name = QCoreApplication.translate("MainWindow", "Complaints")
        if not counts.open:
            return name
        if counts.overdue:
            return self.tr("{0} ({1} · {2} overdue)").format(name, counts.open, counts.overdue)
        return f"{name} ({counts.open})"

    def status_text(self, counts: Counts) -> str:
        if counts.overdue and counts.due_soon:
            return self.tr("Complaints — overdue: {0}, due today and soon: {1}").format(counts.overdue,
                                                                                        counts.due_soon)
        if counts.overdue:
            return self.tr("Complaints — overdue: {0}").format(counts.overdue)
        if counts.due_soon:
            return self.tr("Complaints — due today and soon: {0}").format(counts.due_soon)
        return ""
