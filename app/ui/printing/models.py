"""Table models of the Printing tab: documents waiting to print, and the print log. Both are LazyTableModels: a page
at a time as the view scrolls, read in the background through the services, never all rows at once."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from app.services.documents import queue as print_queue
from app.services.orders.lifecycle import status_label
from app.services.shipping.data import LogRow, QueueRow
from app.ui.kit.domain_text import domain_text
from app.ui.kit.table_model import LazyTableModel
from app.ui.shipping.names import carrier_label

# Column headers: marked here for pyside6-lupdate, translated when a model is made (the language may change).
QUEUE_HEADERS = (QT_TRANSLATE_NOOP("PrintingModels", "Document"), QT_TRANSLATE_NOOP("PrintingModels", "Order"),
                 QT_TRANSLATE_NOOP("PrintingModels", "Receiver"), QT_TRANSLATE_NOOP("PrintingModels", "Carrier"),
                 QT_TRANSLATE_NOOP("PrintingModels", "Tracking number"),
                 QT_TRANSLATE_NOOP("PrintingModels", "Still needs"),
                 QT_TRANSLATE_NOOP("PrintingModels", "Order status"),
                 QT_TRANSLATE_NOOP("PrintingModels", "Waiting since"))
LOG_HEADERS = (QT_TRANSLATE_NOOP("PrintingModels", "When"), QT_TRANSLATE_NOOP("PrintingModels", "Document"),
               QT_TRANSLATE_NOOP("PrintingModels", "Printer"), QT_TRANSLATE_NOOP("PrintingModels", "By"),
               QT_TRANSLATE_NOOP("PrintingModels", "Pages"), QT_TRANSLATE_NOOP("PrintingModels", "Result"))


def kind_label(kind: str) -> str:
    """A document kind's name in the user's language (the queue's Document column, the log's tooltip)."""
    texts = {"order": QCoreApplication.translate("PrintingModels", "Packed order"),
             "label": QCoreApplication.translate("PrintingModels", "Label"),
             "carrier_label": QCoreApplication.translate("PrintingModels", "Carrier's label"),
             "manifest": QCoreApplication.translate("PrintingModels", "Dispatch manifest"),
             "packing_slip": QCoreApplication.translate("PrintingModels", "Packing slip"),
             "picklist": QCoreApplication.translate("PrintingModels", "Pick list"),
             "invoice": QCoreApplication.translate("PrintingModels", "Invoice"),
             "complaint_letter": QCoreApplication.translate("PrintingModels", "Complaint letter"),
             "return_form": QCoreApplication.translate("PrintingModels", "Return form")}
    return texts.get(kind, kind)


def _translated(text: str) -> str:
    """Only for texts marked with QT_TRANSLATE_NOOP("PrintingModels", ...) (which pyside6-lupdate collects)."""
    return QCoreApplication.translate("PrintingModels", text)


def fit_columns(view: QTableView, samples: dict[int, str], most: int = 360) -> None:
    """Each column as wide as its widest text (its header, the rows loaded, a sample of what it holds), within
    bounds; the last column takes what is left."""
    header = view.horizontalHeader()
    header.ensurePolished()
    metrics = view.fontMetrics()
    model = view.model()
    for col in range(model.columnCount() - 1):
        widest = max((metrics.horizontalAdvance(str(model.index(r, col).data() or ""))
                      for r in range(min(model.rowCount(), 200))), default=0)
        widest = max(widest, metrics.horizontalAdvance(samples.get(col, "")))
        view.setColumnWidth(col, max(header.sectionSizeHint(col), min(widest + 24, most)))


class QueueModel(LazyTableModel):
    """Documents waiting to print, then the packed orders with none waiting, each with what its order still needs;
    `query` holds the tab's filters (kind, carrier, text, packed_only)."""

    KIND, ORDER, RECEIVER, CARRIER, TRACKING, NEEDS, STATUS, SINCE = range(8)

    def __init__(self, tz: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.query: dict[str, Any] = {}
        self.headers = tuple(_translated(h) for h in QUEUE_HEADERS)

    def query_first(self, session: Any, query: dict[str, Any]) -> tuple[list[QueueRow], int | None]:
        """The first page and how many wait in all (the tab's status line says it)."""
        return (self.query_page(session, query, 0, self.page_size),
                print_queue.waiting_count(session, orders=True, **query))

    def query_page(self, session: Any, query: dict[str, Any], offset: int, limit: int) -> list[QueueRow]:
        return print_queue.waiting(session, offset=offset, limit=limit, orders=True, **query)

    def cell(self, row: QueueRow, column: int) -> str:
        if column == self.KIND:
            return kind_label(row.kind)
        if column == self.ORDER:
            return row.order_number or ""
        if column == self.RECEIVER:
            return row.receiver
        if column == self.CARRIER:
            return carrier_label(row.carrier)
        if column == self.TRACKING:
            return row.tracking
        if column == self.NEEDS:
            return ", ".join(domain_text(n) for n in row.needs) or (
                QCoreApplication.translate("PrintingModels", "nothing more") if row.order_id else "")
        if column == self.STATUS:
            return domain_text(status_label(row.order_status)) if row.order_status else ""
        return row.created_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M")

    def background(self, row: QueueRow) -> QBrush | None:
        """A packed order that cannot get its label yet (no shipment, no tracking number) stands out."""
        if row.kind == "order" and any(n in (print_queue.NEEDS_SHIPMENT, print_queue.NEEDS_TRACKING)
                                       for n in row.needs):
            return QBrush(QColor(255, 243, 205))
        return None


class LogModel(LazyTableModel):
    """The print log, newest first."""

    AT, DOCUMENT, PRINTER, WHO, PAGES, RESULT = range(6)

    def __init__(self, tz: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.headers = tuple(_translated(h) for h in LOG_HEADERS)

    def query_page(self, session: Any, query: Any, offset: int, limit: int) -> list[LogRow]:
        return print_queue.log_rows(session, offset=offset, limit=limit)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The Document cell's tooltip names the kind of document (a letter's title names only its case)."""
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == self.DOCUMENT:
            return kind_label(self.rows[index.row()].kind)
        return super().data(index, role)

    def cell(self, row: LogRow, column: int) -> str:
        if column == self.AT:
            return row.at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M:%S")
        if column == self.DOCUMENT:
            return domain_text(row.document) + (
                " " + QCoreApplication.translate("PrintingModels", "(reprint)") if row.reprint else "")
        if column == self.PRINTER:
            return row.printer
        if column == self.WHO:
            return row.who
        if column == self.PAGES:
            return str(row.pages)
        if row.ok:
            return QCoreApplication.translate("PrintingModels", "Printed")
        if row.message == "cancelled":
            return QCoreApplication.translate("PrintingModels", "Cancelled")
        return QCoreApplication.translate("PrintingModels", "Failed: {0}").format(domain_text(row.message))

    def background(self, row: LogRow) -> QBrush | None:
        return None if row.ok else QBrush(QColor(255, 228, 225))
