"""The Today view's "manifests not confirmed" (PrintingTab.apply_list_filter) opens the dispatch manifests' window
(there is no list of manifests of its own, and that window lists them all): the ones the courier has not signed for yet are selected and counted
under the list, so the number the user clicked is the number they see."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QWidget

from app.ui.kit.context import AppContext
from app.ui.printing.service import PrintService
from app.ui.shipping.dispatch_dialog import DispatchDialog

# Manifests read to find the unconfirmed ones: one a carrier a working day is a few thousand a year.
MANIFESTS_READ = 5000


class UnconfirmedManifestsDialog(DispatchDialog):
    """The dispatch manifests' window with the unconfirmed manifests selected and counted (`unconfirmed`: their
    rows, None until the list is read)."""

    def __init__(self, ctx: AppContext, service: PrintService, parent: QWidget | None = None) -> None:
        super().__init__(ctx, service, parent)
        self.unconfirmed: list[int] | None = None
        self.model.fetch_up_to(MANIFESTS_READ, then=self._mark)

    def _mark(self) -> None:
        rows = [i for i, m in enumerate(self.model.rows) if m.confirmed_at is None]
        self.unconfirmed = rows
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            self.view.scrollTo(self.model.index(rows[0], 0))
        self.message.setText(self.tr("Not confirmed yet (selected): {0}. Confirm the hand-over of each when the "
                                     "courier has signed for it.").format(len(rows)))

