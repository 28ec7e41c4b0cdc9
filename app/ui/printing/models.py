"""Table models of the Printing tab: documents waiting to print, and the print log. Both fetch rows lazily
(a page at a time, as the view scrolls) over SQL through the services, never all rows at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.orders.lifecycle import status_label
from app.services.shipping.carriers import CARRIERS
from app.services.shipping.data import LogRow, QueueRow
from app.ui.kit.domain_text import domain_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
PAGE = 200

# Column headers: marked here for pyside6-lupdate, translated when a model is made (the language may change).
QUEUE_HEADERS = (QT_TRANSLATE_NOOP("PrintingModels", "Document"), QT_TRANSLATE_NOOP("PrintingModels", "Order"),
                 QT_TRANSLATE_NOOP("PrintingModels", "Receiver"), QT_TRANSLATE_NOOP("PrintingModels", "Carrier"),
                 QT_TRANSLATE_NOOP("PrintingModels", "Tracking number"),
                 QT_TRANSLATE_NOOP("PrintingModels", "Order status"),
                 QT_TRANSLATE_NOOP("PrintingModels", "Waiting since"))
LOG_HEADERS = (QT_TRANSLATE_NOOP("PrintingModels", "When"), QT_TRANSLATE_NOOP("PrintingModels", "Document"),
               QT_TRANSLATE_NOOP("PrintingModels", "Printer"), QT_TRANSLATE_NOOP("PrintingModels", "By"),
               QT_TRANSLATE_NOOP("PrintingModels", "Pages"), QT_TRANSLATE_NOOP("PrintingModels", "Result"))


def carrier_label(code: str) -> str:
    """A carrier's name as the user reads it (brands stay as they are; the two non-carriers are translated)."""
    own = {"own_delivery": QCoreApplication.translate("Carriers", "Own delivery"),
           "pickup": QCoreApplication.translate("Carriers", "Personal pickup")}
    return own.get(code) or (CARRIERS[code].name if code in CARRIERS else code)


def service_label(service: str) -> str:
    texts = {"Own delivery": QCoreApplication.translate("Carriers", "Own delivery"),
             "Pickup at the shop": QCoreApplication.translate("Carriers", "Pickup at the shop")}
    return texts.get(service, service)


def kind_label(kind: str) -> str:
    texts = {"label": QCoreApplication.translate("PrintingModels", "Label"),
             "carrier_label": QCoreApplication.translate("PrintingModels", "Carrier's label"),
             "manifest": QCoreApplication.translate("PrintingModels", "Dispatch manifest")}
    return texts.get(kind, kind)


def _translated(text: str) -> str:
    """Only for texts marked with QT_TRANSLATE_NOOP("PrintingModels", ...) (which pyside6-lupdate collects)."""
    return QCoreApplication.translate("PrintingModels", text)


class LazyModel(QAbstractTableModel):
    """Rows fetched PAGE at a time by fetch(offset, limit); reload() starts again from the top."""

    headers: Sequence[str] = ()

    def __init__(self, fetch: Callable[[int, int], list[Any]], parent=None) -> None:
        super().__init__(parent)
        self.fetch = fetch
        self.rows: list[Any] = []
        self._more = True

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.fetch(0, PAGE)
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if parent.isValid():
            return
        more = self.fetch(len(self.rows), PAGE)
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows += more
            self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row)
        return None

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def background(self, row: Any) -> QBrush | None:
        return None


class QueueModel(LazyModel):
    KIND, ORDER, RECEIVER, CARRIER, TRACKING, STATUS, SINCE = range(7)

    def __init__(self, fetch: Callable[[int, int], list[QueueRow]], tz: ZoneInfo, parent=None) -> None:
        super().__init__(fetch, parent)
        self.tz = tz
        self.headers = tuple(_translated(h) for h in QUEUE_HEADERS)

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
        if column == self.STATUS:
            return domain_text(status_label(row.order_status)) if row.order_status else ""
        return row.created_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M")


class LogModel(LazyModel):
    AT, DOCUMENT, PRINTER, WHO, PAGES, RESULT = range(6)

    def __init__(self, fetch: Callable[[int, int], list[LogRow]], tz: ZoneInfo, parent=None) -> None:
        super().__init__(fetch, parent)
        self.tz = tz
        self.headers = tuple(_translated(h) for h in LOG_HEADERS)

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
