"""Dispatch manifests: make one per carrier and day from the packed parcels, print or preview it, and confirm
the hand-over when the courier has signed (that marks the orders shipped)."""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.changes import Changes
from app.services.documents.render import DocumentRef
from app.services.shipping import dispatch
from app.services.shipping.carriers import CARRIERS
from app.services.shipping.data import ManifestMade, ManifestSummary
from app.ui.kit.bus import bus
from app.ui.kit.context import AppContext
from app.ui.kit.errors import show_error
from app.ui.kit.table_model import ROW_ROLE, LazyTableModel
from app.ui.kit.tables import ElideMiddle, make_table
from app.ui.kit.windows import fit_window
from app.ui.kit.words import plural
from app.ui.printing.models import fit_columns
from app.ui.printing.service import PrintService
from app.ui.shipping.names import carrier_label


class ManifestModel(LazyTableModel):
    """The manifests, newest first, a page at a time as the list scrolls."""

    def __init__(self, tz: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.headers = (self.tr("Manifest"), self.tr("Carrier"), self.tr("Day"), self.tr("Parcels"),
                        self.tr("Handed over"))

    def query_page(self, session: Any, query: Any, offset: int, limit: int) -> list[ManifestSummary]:
        return dispatch.list_manifests(session, limit=limit, offset=offset)

    def cell(self, row: ManifestSummary, column: int) -> str:
        values = (row.number, carrier_label(row.carrier),
                  row.day.strftime("%d.%m.%Y"), plural(self.tr("%n parcel(s)", "", row.parcels), row.parcels),
                  row.confirmed_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M") if row.confirmed_at else "—")
        return values[column]


class DispatchDialog(QDialog):
    def __init__(self, ctx: AppContext, service: PrintService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.service = ctx, service
        self.setWindowTitle(self.tr("Dispatch manifests"))
        self.carrier = QComboBox(self)
        for code, info in CARRIERS.items():
            if info.on_manifest:
                self.carrier.addItem(carrier_label(code), code)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        make = QPushButton(self.tr("&Make manifest of packed parcels"), self)
        make.clicked.connect(self.make_manifest)
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Carrier:"), self), self.carrier, QLabel(self.tr("Day:"), self), self.day, make):
            top.addWidget(w)
        self.model = ManifestModel(ctx.tz, self)
        self.model.reader = ctx.read
        self.view = make_table(self.model, self, one_line_rows=True)
        self.view.setItemDelegateForColumn(0, ElideMiddle(self.view))
        fit_columns(self.view, {0: "PACZKOMAT-2026-12-31-10", 1: "InPost Paczkomat", 2: "31.12.2026",
                                3: plural(QCoreApplication.translate("ManifestModel", "%n parcel(s)", "", 888), 888)})
        actions = QHBoxLayout()
        for text, slot in ((self.tr("&Print"), self.print_selected), (self.tr("Pre&view"), self.preview_selected),
                           (self.tr("&Confirm hand-over..."), self.confirm_selected)):
            b = QPushButton(text, self)
            b.clicked.connect(slot)
            actions.addWidget(b)
        actions.addStretch(1)
        self.message = QLabel(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        fit_window(self, Settings.DISPATCH_GEOMETRY, 820, 480)
        self.model.reload()


    def selected(self) -> ManifestSummary | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.index(rows[0].row(), 0).data(ROW_ROLE) if rows else None

    def make_manifest(self) -> None:
        code = self.carrier.currentData()
        qd = self.day.date()
        day = date(qd.year(), qd.month(), qd.day())

        def done(made: ManifestMade) -> None:
            self.model.reload(then=lambda: self.view.selectRow(0))  # the new one, on top
            self.message.setText(self.tr("Manifest made; it waits in the print queue."))
            bus().changed.emit(made.changes)

        self.ctx.run(lambda session: dispatch.create_manifest(session, code, day, self.ctx.who), on_done=done,
                     on_error=lambda exc: show_error(self, exc))

    def print_selected(self) -> None:
        m = self.selected()
        if m is not None:
            self.service.print_refs([DocumentRef("manifest", manifest_id=m.id)], reprint=False, parent=self)

    def preview_selected(self) -> None:
        m = self.selected()
        if m is not None:
            self.service.preview([DocumentRef("manifest", manifest_id=m.id)], self)

    def confirm_selected(self, ask: bool = True) -> None:
        m = self.selected()
        if m is None:
            return
        if ask and QMessageBox.question(
                self, self.tr("Confirm hand-over"),
                plural(self.tr("Did the courier take all %n parcel(s) of manifest {0}? Their orders become shipped.",
                               "", m.parcels), m.parcels).format(m.number)) != QMessageBox.StandardButton.Yes:
            return

        def done(changes: Changes) -> None:
            self.model.reload()
            shipped = len(changes.orders)
            self.message.setText(plural(self.tr("{0}: %n order(s) shipped.", "", shipped), shipped).format(m.number))
            bus().changed.emit(changes)

        self.ctx.run(lambda session: dispatch.confirm_handover(session, m.id, self.ctx.who), on_done=done,
                     on_error=lambda exc: show_error(self, exc))
