"""The packing station: one input that always has the focus, driven by a scanner (characters, then Enter) and the
keyboard alone.

With no order open the input takes an order number (the packing slip's barcode) or a tracking number; F2 (or Enter
on an empty input) opens the next order of the queue. With an order open every scan goes to the pure scan logic
(app.services.packing.scan) in the GUI thread: no query, one row repainted, one sound. When every line is complete
the input takes the weight (or the scale fills it) and a parcel size, and Enter on an empty input packs it: the order
is packed and logged, its shipment made, its label printed on the label printer without a dialog (with the packing
slip, and the invoice on the A4 printer, when the station's settings say so), and the next order opens.

Keys: F2 next order · F3 / Ctrl+Z undo the last scan · F4 then 1-5 hold with a reason · F5 refresh the queue ·
F6 location-first · F7 photo · F8 pack with the owner's PIN · F9 carrier filter · F10 reprint the last label ·
Esc close the order.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings, station_name
from app.core.changes import Changes
from app.core.money import parse_decimal
from app.models.base import utcnow
from app.services.documents.render import DocumentRef, invoice_ref, picklist_ref
from app.services.invoicing.data import VAT
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.reading import order_invoices
from app.services.packing import scan as scanning
from app.services.packing.claims import ClaimedElsewhere, release
from app.services.packing.completing import HOLD_REASONS, MAX_WEIGHT, Override, hold_order
from app.services.packing.finishing import Finished, finish_order
from app.services.packing.opening import StationOrder, open_order
from app.services.packing.photos import save_parcel_photo
from app.services.packing.queue import QueueEntry, find_order, pack_queue
from app.services.packing.reading import code_key, product_names_by_code
from app.services.shipping.carriers import CARRIERS
from app.ui.kit import settings as remembered
from app.ui.kit.bus import bus
from app.ui.kit.context import AppContext
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text
from app.ui.kit.tables import SimpleTableModel, make_table
from app.ui.kit.words import number
from app.ui.packing.lines_model import LinesModel
from app.ui.packing.pin_dialog import PinDialog
from app.ui.packing.sounds import RIGHT, WRONG, Sounds

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

OK, BAD, INFO = "ok", "bad", "info"
_BANNER_STYLE = {
    OK: "background:#1e7b34; color:white;",
    BAD: "background:#c0192b; color:white;",
    INFO: "background:palette(alternate-base); color:palette(text);",
}
_QUEUE_PAGE, _ORDER_PAGE = 0, 1
PICK_BATCH = 30  # a pick list for one round of the shelves


def _weight(text: str) -> Decimal | None:
    """A typed weight ("1,25", "0.8 kg", "2"); None for anything that is rather a code (an EAN is digits too)."""
    text = text.lower().removesuffix("kg").strip()
    if not text or sum(c.isdigit() for c in text) > 6:
        return None
    try:
        return parse_decimal(text)
    except ValueError:
        return None


def _invoice_of(session: Session, order_id: int, who: str) -> tuple[int, bool]:
    """The order's VAT invoice: (its id, False) when it has one, else (the id of one issued now, True)."""
    existing = [invoice_id for invoice_id, _number, kind in order_invoices(session, order_id) if kind == VAT]
    return (existing[0], False) if existing else (issue_invoice(session, order_id, who), True)


class ScanInput(QLineEdit):
    """The one input. While the station waits for a hold reason, a digit key chooses it at once (the second of
    the two keys)."""

    digit = Signal(int)
    undo_key = Signal()  # Ctrl+Z: the station's undo (the last scan), not the line edit's own

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digit_mode = False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.Undo):
            event.accept()  # the key comes to keyPressEvent below instead of the line edit's undo
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_key.emit()
            return
        if self.digit_mode and not self.text() and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
            self.digit.emit(event.key() - Qt.Key.Key_0)
            return
        super().keyPressEvent(event)


class PackingStation(QWidget):
    """The station. `finished` carries each Finished (packed order) for whoever listens (the tests, the tab)."""

    packed = Signal(object)
    completed = Signal()  # every line scanned: the scale and the camera start
    closed = Signal()  # the order left the station (packed, held, closed): they stop

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.station = remembered.load(Settings.PACKING_STATION) or station_name()
        self.packer = remembered.load(Settings.PACKING_PACKER) or ctx.who
        self.location_first = bool(remembered.load(Settings.PACKING_LOCATION_FIRST))
        self.print_slip = bool(remembered.load(Settings.PACKING_PRINT_SLIP))
        self.print_invoice = bool(remembered.load(Settings.PACKING_PRINT_INVOICE))
        self.sounds = Sounds(bool(remembered.load(Settings.PACKING_SOUNDS)), self)
        self.names: dict[str, str] = {}
        self.queue: list[QueueEntry] = []
        self.order: StationOrder | None = None
        self.state: scanning.PackState | None = None
        self.started_at: datetime | None = None
        self.weight: Decimal | None = None
        self.size = ""
        self.photo: bytes | None = None
        self.hold_step = ""  # "", "choose" (waiting for 1-5), "type" (typing the reason)
        self.last_packed: Finished | None = None
        self.busy = False
        self.pending_note = ""  # what the last order ended with, said again above the next order's first words
        self.banner_kind = INFO
        self.print_service = None  # made on first print (it imports the printing stack)
        self._build()
        self._keys()
        bus().changed.connect(self._on_changes)
        self.reload_names()
        self.refresh_queue()
        self._waiting()

    # --- layout -------------------------------------------------------------------------------------------

    def _build(self) -> None:
        base = QFont(self.font())
        base.setPointSizeF(max(base.pointSizeF(), 9.0) * 1.45)
        big = QFont(base)
        big.setPointSizeF(base.pointSizeF() * 1.3)
        self.big_font = big
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 4)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setFont(big)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.who_label = QLabel(self)
        self.who_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.title, 1)
        top.addWidget(self.who_label)
        outer.addLayout(top)
        self.input = ScanInput(self)
        self.input.setFont(big)
        self.input.setClearButtonEnabled(False)
        self.input.returnPressed.connect(self._entered)
        self.input.digit.connect(self._hold_digit)
        self.input.undo_key.connect(self.undo)
        outer.addWidget(self.input)
        self.banner = QLabel(self)
        self.banner.setFont(big)
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(int(big.pointSizeF() * 3.2))
        self.banner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.banner.setMargin(8)
        outer.addWidget(self.banner)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._queue_page(base))
        self.pages.addWidget(self._order_page(base))
        outer.addWidget(self.pages, 1)
        self.keys_label = QLabel(self)
        self.keys_label.setWordWrap(True)
        outer.addWidget(self.keys_label)
        for widget in self.findChildren(QWidget):
            if widget is not self.input:
                widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.input)
        QApplication.instance().focusChanged.connect(self._keep_focus)

    def _queue_page(self, font: QFont) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.queue_label = QLabel(page)
        self.queue_label.setFont(font)
        self.carrier = QComboBox(page)
        self.carrier.addItem(self.tr("All carriers"), "*")
        for code, info in CARRIERS.items():
            self.carrier.addItem(domain_text(info.name), code)
        self.carrier.addItem(self.tr("No carrier matched"), "")
        self.carrier.setCurrentIndex(max(0, self.carrier.findData(remembered.load(Settings.PACKING_CARRIER))))
        self.carrier.currentIndexChanged.connect(self._carrier_changed)
        bar.addWidget(self.queue_label, 1)
        bar.addWidget(QLabel(self.tr("Carrier (F9):"), page))
        bar.addWidget(self.carrier)
        layout.addLayout(bar)
        self.queue_model = SimpleTableModel(
            [self.tr("Pack first"), self.tr("Order"), self.tr("Waiting"), self.tr("Customer"), self.tr("Carrier"),
             self.tr("Items"), self.tr("Being packed at")], page, numeric=(5,))
        self.queue_view = make_table(self.queue_model, page, (90, 120, 110, 260, 170, 70, 220))
        self.queue_view.setFont(font)
        self.queue_view.verticalHeader().setDefaultSectionSize(int(font.pointSizeF() * 2.4))
        self.queue_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.queue_view.doubleClicked.connect(lambda index: self.open_entry(self.queue[index.row()]))
        layout.addWidget(self.queue_view, 1)
        return page

    def _order_page(self, font: QFont) -> QWidget:
        page = QWidget(self)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.order_info = QLabel(page)
        self.order_info.setFont(font)
        self.order_info.setWordWrap(True)
        self.note = QLabel(page)
        self.note.setWordWrap(True)
        self.note.setFont(font)
        self.note.setStyleSheet("background:#fff6cc; color:#3a3000; padding:6px; border:1px solid #e0c860;")
        self.lines_model = LinesModel(font, page)
        self.lines_view = make_table(self.lines_model, page, (420, 150, 170, 110, 130))
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines_view.verticalHeader().setDefaultSectionSize(int(font.pointSizeF() * 3.0))
        self.lines_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        left.addWidget(self.order_info)
        left.addWidget(self.note)
        left.addWidget(self.lines_view, 1)
        layout.addLayout(left, 1)
        self.done_panel = QFrame(page)
        self.done_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.done_panel.setFixedWidth(330)
        grid = QGridLayout(self.done_panel)
        heading = QLabel(self.tr("Ready to ship"), self.done_panel)
        heading.setFont(self.big_font)
        grid.addWidget(heading, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Weight:"), self.done_panel), 1, 0)
        self.weight_label = QLabel(self.done_panel)
        self.weight_label.setFont(self.big_font)
        grid.addWidget(self.weight_label, 1, 1)
        self.size_label = QLabel(self.tr("Size:"), self.done_panel)
        grid.addWidget(self.size_label, 2, 0)
        self.size_box = QComboBox(self.done_panel)
        self.size_box.currentIndexChanged.connect(lambda _i: self._size_chosen(self.size_box.currentData()))
        grid.addWidget(self.size_box, 2, 1)
        self.camera_slot = QVBoxLayout()
        grid.addLayout(self.camera_slot, 3, 0, 1, 2)
        self.photo_label = QLabel(self.done_panel)
        self.photo_label.setWordWrap(True)
        grid.addWidget(self.photo_label, 4, 0, 1, 2)
        self.pack_button = QPushButton(self.tr("Packed (Enter)"), self.done_panel)
        self.pack_button.setFont(self.big_font)
        self.pack_button.clicked.connect(self.finish)
        grid.addWidget(self.pack_button, 5, 0, 1, 2)
        grid.setRowStretch(6, 1)
        layout.addWidget(self.done_panel)
        self.camera = None
        return page

    def _keys(self) -> None:
        for keys, slot in ((("F2",), self.open_next), (("F3",), self.undo), (("F4",), self.start_hold),
                           (("F5",), self.refresh_queue), (("F6",), self.toggle_location_first),
                           (("F7",), self.take_photo), (("F8",), self.pack_with_pin),
                           (("F9",), self.next_carrier), (("F10",), self.reprint_last), (("Esc",), self.escape),
                           (("Ctrl+Shift+L",), self.print_picklist)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    def _keep_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Clicks on the station's tables and buttons leave the focus in the input: the next scan lands there."""
        if new is not None and new is not self.input and self.isAncestorOf(new):
            QTimer.singleShot(0, self.input.setFocus)

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self.input.setFocus()

    # --- what the station says ------------------------------------------------------------------------------

    def say(self, kind: str, text: str, sound: str | None = None) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(_BANNER_STYLE[kind])
        self.banner_kind = kind
        if sound:
            self.sounds.play(sound)

    def show_who(self) -> None:
        mode = self.tr(" · location-first") if self.location_first else ""
        self.who_label.setText(self.tr("{0} at {1}{2}").format(self.packer, self.station, mode))

    def _waiting(self) -> None:
        self.title.setText(self.tr("Packing: waiting for an order"))
        self.input.setPlaceholderText(self.tr("Scan the packing slip or a tracking number — or Enter for the next"))
        self.say(INFO, self.tr("Scan an order to open it, or press F2 (or Enter) for the next in the queue."))
        self.keys_label.setText(self.tr("F2 next order · F5 refresh · F6 location-first · F9 carrier · "
                                        "F10 reprint the last label · Ctrl+Shift+L pick list of the queue"))
        self.show_who()
        self.pages.setCurrentIndex(_QUEUE_PAGE)

    # --- the queue --------------------------------------------------------------------------------------------

    def _carrier_filter(self) -> str | None:
        value = self.carrier.currentData()
        return None if value == "*" else value

    def refresh_queue(self) -> None:
        carrier = self._carrier_filter()
        self.ctx.read(lambda session: pack_queue(session, carrier), on_done=self._show_queue,
                      on_error=self._failed)

    def _show_queue(self, entries: list[QueueEntry]) -> None:
        self.queue = entries
        now = utcnow()
        rows = []
        for e in entries:
            minutes = max(int((now - e.created_at).total_seconds() // 60), 0)
            waiting = (self.tr("{0} min").format(minutes) if minutes < 120 else
                       self.tr("{0} h").format(minutes // 60) if minutes < 48 * 60 else
                       self.tr("{0} d").format(minutes // 1440))
            held = "" if not e.station else self.tr("{0} ({1})").format(e.station, e.who)
            rows.append(("★" if e.priority else "", e.number, waiting, e.customer, domain_text(e.carrier_name) or "—",
                         str(e.items), held))
        self.queue_model.set_rows(rows, entries)
        self.queue_label.setText(self.tr("Ready to pack: {0}").format(len(entries)))

    def _carrier_changed(self) -> None:
        remembered.save(Settings.PACKING_CARRIER, self.carrier.currentData())
        self.refresh_queue()

    def next_carrier(self) -> None:
        self.carrier.setCurrentIndex((self.carrier.currentIndex() + 1) % self.carrier.count())

    def _on_changes(self, changes) -> None:
        if getattr(changes, "orders", None) or getattr(changes, "products", None):
            if getattr(changes, "products", None):
                self.reload_names()
            if self.order is None:
                self.refresh_queue()

    def reload_names(self) -> None:
        self.ctx.read(product_names_by_code, on_done=lambda names: setattr(self, "names", names),
                      on_error=self._failed)

    # --- opening an order --------------------------------------------------------------------------------------

    def open_next(self) -> None:
        if self.order is not None:
            self.say(INFO, self.tr("Order {0} is open: pack it, hold it (F4) or close it (Esc) first.")
                     .format(self.order.number))
            return
        free = [e for e in self.queue if not e.station or e.station == self.station]
        if not free:
            self.say(INFO, self.tr("Nothing waits to be packed."))
            self.refresh_queue()
            return
        self.open_entry(free[0])

    def open_entry(self, entry: QueueEntry) -> None:
        self.open_order_id(entry.order_id)

    def open_code(self, code: str) -> None:
        def found(order_id: int | None) -> None:
            if order_id is None:
                self.say(BAD, self.tr("No order has the number or tracking number {0}.").format(code), WRONG)
            else:
                self.open_order_id(order_id)

        self.ctx.read(lambda session: find_order(session, code), on_done=found, on_error=self._failed)

    def open_order_id(self, order_id: int, take_over: bool = False) -> None:
        if self.order is not None and self.order.order_id == order_id:
            return
        station, packer = self.station, self.packer
        self.ctx.run(lambda session: open_order(session, order_id, station, packer, take_over=take_over),
                     on_done=self._opened, on_error=lambda exc: self._open_failed(exc, order_id))

    def _open_failed(self, exc: BaseException, order_id: int) -> None:
        if not isinstance(exc, ClaimedElsewhere):
            self._failed(exc)
            return
        self.say(BAD, error_text(exc), WRONG)
        if exc.stale:
            question = self.tr("{0}\n\nThat station has not touched it for a while. Take the order over?")
        else:
            question = self.tr("{0}\n\nTake it over only if that station is not packing it (it crashed or was "
                               "left). Take the order over?")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Order packed elsewhere"),
                          question.format(error_text(exc)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.Yes if exc.stale else QMessageBox.StandardButton.No)
        self.take_over_box = box
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.open_order_id(order_id, take_over=True)
        self.input.setFocus()

    def _opened(self, order: StationOrder) -> None:
        self.order = order
        self.state = scanning.start(order.lines, location_first=self.location_first)
        self.started_at = utcnow()
        self.weight, self.size, self.photo = order.weight, order.size, None
        self.hold_step = ""
        self.lines_model.set_state(self.state, by_location=self.location_first)
        self.title.setText(self.tr("Order {0}").format(order.number) + (self.tr("  ★ pack first")
                                                                         if order.priority else ""))
        carrier = domain_text(order.carrier_name) if order.carrier_name else self.tr("no carrier matched")
        self.order_info.setText(self.tr("{0} · {1} · {2}").format(order.customer or "—", carrier,
                                                                  order.shipping_method or "—"))
        notes = [n for n in (order.customer_note, order.internal_note) if n.strip()]
        self.note.setText(self.tr("Note: {0}").format(" · ".join(notes)) if notes else "")
        self.note.setVisible(bool(notes))
        self.size_box.blockSignals(True)
        self.size_box.clear()
        for size in order.sizes:
            self.size_box.addItem(size, size)
        self.size_box.setCurrentIndex(max(0, self.size_box.findData(order.size)))
        self.size_box.blockSignals(False)
        self.size_box.setVisible(bool(order.sizes))  # DPD, DHL... take any box: no size to choose
        self.size_label.setVisible(bool(order.sizes))
        self.pages.setCurrentIndex(_ORDER_PAGE)
        self.keys_label.setText(self.tr("F3 undo · F4 hold · F6 location-first · F7 photo · F8 pack with PIN · "
                                        "Esc close the order · 5* before a scan: five pieces"))
        units = sum(line.ordered for line in order.lines)
        first = self.tr("Scan the items: {0} pieces on {1} lines.").format(units, len(order.lines))
        if self.location_first:
            first += " " + self.tr("Go to shelf {0} and scan its code.").format(scanning.next_shelf(self.state))
        if self.pending_note:
            first = self.pending_note + "\n" + first
            self.pending_note = ""
        self.say(INFO, first)
        self.input.setPlaceholderText(self.tr("Scan an item (EAN, SKU or a pack's code)"))
        self._show_done_panel()

    # --- scanning ------------------------------------------------------------------------------------------------

    def _lookup(self, code: str) -> str | None:
        return self.names.get(code_key(code))

    def _entered(self) -> None:
        text = self.input.text().strip()
        self.input.clear()
        if self.busy:
            return
        if self.hold_step == "type":
            if text:
                self._hold(text)
            return
        if self.order is None:
            if text:
                self.open_code(text)
            else:
                self.open_next()
            return
        if self.state is not None and self.state.complete:
            self._complete_input(text)
            return
        if not text:
            self.finish()  # refused while lines are missing: says which
            return
        self.scan(text)

    def scan(self, text: str) -> None:
        """One scan of the open order: ticked or refused, shown, sounded; the rows it changed repainted."""
        if self.state is None:
            return
        was_complete = self.state.complete
        self.state, verdict = scanning.scan(self.state, text, self._lookup)
        self._show_verdict(verdict)
        if self.state.complete and not was_complete:
            self._became_complete()

    def _show_verdict(self, verdict: scanning.Verdict) -> None:
        text = domain_text(verdict.message) if verdict.message else ""
        if verdict.kind in (scanning.TICKED, scanning.UNDONE):
            self.lines_model.refresh_line(self.state, verdict.line)
            self.say(OK, text, RIGHT)
            if verdict.line is not None:
                self.lines_view.scrollTo(self.lines_model.index(self.lines_model.row_of(verdict.line), 0))
        elif verdict.kind == scanning.SHELF:
            self.say(OK, text, RIGHT)
        elif verdict.kind == scanning.NOTHING_TO_UNDO:
            self.say(INFO, text)
        elif verdict.kind == scanning.EMPTY:
            return
        else:
            self.say(BAD, text, WRONG)

    def undo(self) -> None:
        if self.state is None:
            return
        was_complete = self.state.complete
        self.state, verdict = scanning.undo(self.state)
        self._show_verdict(verdict)
        if was_complete and not self.state.complete:
            self._show_done_panel()
            self.input.setPlaceholderText(self.tr("Scan an item (EAN, SKU or a pack's code)"))

    def toggle_location_first(self) -> None:
        self.location_first = not self.location_first
        remembered.save(Settings.PACKING_LOCATION_FIRST, self.location_first)
        self.show_who()
        if self.state is not None:
            self.state = replace(self.state, location_first=self.location_first, shelf="")
            self.lines_model.set_state(self.state, by_location=self.location_first)
        if self.location_first:
            shelf = scanning.next_shelf(self.state) if self.state is not None else ""
            self.say(INFO, self.tr("Location-first: scan a shelf's code, then its items.") +
                     (" " + self.tr("Next shelf: {0}.").format(shelf) if shelf else ""))
        else:
            self.say(INFO, self.tr("Location-first is off: scan the items in any order."))

    # --- complete: weight, size, photo, packed -----------------------------------------------------------------

    def _became_complete(self) -> None:
        self._show_done_panel()
        self.input.setPlaceholderText(self.tr("Enter: packed · or type the weight in kg, or a size"))
        self.say(OK, self.tr("All {0} pieces are scanned. Check the weight and size, then Enter: packed.")
                 .format(self.state.units if self.state else 0), RIGHT)
        self.completed.emit()

    def _show_done_panel(self) -> None:
        complete = self.state is not None and self.state.complete
        self.done_panel.setVisible(complete)
        self._show_weight()
        if not complete:
            self.photo_label.setText("")

    def _show_weight(self) -> None:
        self.weight_label.setText(self.tr("{0} kg").format(number(self.weight, 3)) if self.weight is not None
                                  else self.tr("type it"))

    def set_weight(self, weight: Decimal, from_scale: bool = False) -> None:
        if not Decimal(0) < weight <= MAX_WEIGHT:
            self.say(BAD, self.tr("{0} kg is no parcel weight: more than 0, at most {1} kg.")
                     .format(number(weight, 3), MAX_WEIGHT), WRONG)
            return
        self.weight = weight.quantize(Decimal("0.001"))
        self._show_weight()
        self.weight_label.setToolTip(self.tr("From the scale") if from_scale else self.tr("Typed"))

    def _size_chosen(self, size: str | None) -> None:
        if size:
            self.size = size

    def _complete_input(self, text: str) -> None:
        if not text:
            self.finish()
            return
        if self.order is not None and text.upper() in self.order.sizes:
            self.size_box.setCurrentIndex(self.size_box.findData(text.upper()))
            self.say(INFO, self.tr("Size {0}. Enter: packed.").format(text.upper()))
            return
        weight = _weight(text)
        if weight is None:  # a code: one too many, a wrong item or an unknown code, counted like any wrong scan
            self.state, verdict = scanning.scan(self.state, text, self._lookup)
            self.say(BAD, domain_text(verdict.message) or
                     self.tr("The order is complete: Enter packs it, or type the weight."), WRONG)
            return
        self.set_weight(weight)
        if self.weight == weight.quantize(Decimal("0.001")):
            self.say(INFO, self.tr("Weight {0} kg. Enter: packed.").format(number(self.weight, 3)))

    def take_photo(self) -> None:
        if self.camera is None or self.state is None or not self.state.complete:
            self.say(INFO, self.tr("A photo is taken when every item is scanned."))
            return
        self.camera.take_photo()

    def set_photo(self, jpeg: bytes) -> None:
        self.photo = jpeg
        self.photo_label.setText(self.tr("Photo taken ({0} KB); it is kept with the order.")
                                 .format(max(len(jpeg) // 1024, 1)))

    def finish(self, override: Override | None = None) -> None:
        """Packed: the order, its pack log row, its shipment and label; then the next order opens."""
        if self.order is None or self.state is None or self.busy:
            return
        if not self.state.complete and override is None:
            left = [f"{line.left} x {line.name}" for line in self.state.lines if not line.complete]
            self.say(BAD, self.tr("Not every item is scanned ({0}). Scan them, or F8: pack with the owner's PIN.")
                     .format(", ".join(left)), WRONG)
            return
        if self.weight is None:
            self.say(BAD, self.tr("Type the parcel's weight in kg, then Enter (or put it on the scale)."), WRONG)
            return
        order, state, started = self.order, self.state, self.started_at or utcnow()
        weight, size, station, packer = self.weight, self.size, self.station, self.packer
        self.busy = True
        self.ctx.run(lambda session: finish_order(session, order.order_id, station, packer, weight, size, started,
                                                  state, override=override),
                     on_done=self._finished, on_error=self._finish_failed)

    def _finish_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._failed(exc)

    def _finished(self, done: Finished) -> None:
        self.busy = False
        self.last_packed = done
        photo = self.photo
        number_ = done.packed.number
        minutes, seconds = divmod(done.packed.seconds, 60)
        text = self.tr("Order {0} packed in {1}:{2:02d}.").format(number_, minutes, seconds)
        self._close_order()
        if photo:
            self.save_photo(done.packed.order_id, photo)
        if done.problem:
            self.say(BAD, text + " " + self.tr("No label: {0}").format(domain_text(done.problem)), WRONG)
        else:
            self.say(OK, text + " " + (self.tr("The label and the invoice are printing.") if self.print_invoice
                                       else self.tr("The label is printing.")), RIGHT)
            self.print_documents(done)
        bus().changed.emit(done.packed.changes)
        self.packed.emit(done)
        if not done.problem:
            self.refresh_queue_then_next()

    def save_photo(self, order_id: int, jpeg: bytes) -> None:
        """The photo of the open parcel, kept with the order (proof for a dispute)."""
        station, packer = self.station, self.packer
        self.ctx.run(lambda session: save_parcel_photo(session, order_id, jpeg, station, packer),
                     on_error=self._failed)

    def refresh_queue_then_next(self) -> None:
        carrier = self._carrier_filter()

        def shown(entries: list[QueueEntry]) -> None:
            self._show_queue(entries)
            if self.order is None and any(not e.station or e.station == self.station for e in entries):
                self.pending_note = self.banner.text()
                self.open_next()

        self.ctx.read(lambda session: pack_queue(session, carrier), on_done=shown, on_error=self._failed)

    def printer_service(self):
        if self.print_service is None:
            from app.ui.printing.service import PrintService

            self.print_service = PrintService(self.ctx, self)
            self.print_service.finished.connect(self._printed)
        return self.print_service

    def print_documents(self, done: Finished) -> None:
        service = self.printer_service()
        if done.label_queue_ids:
            service.print_queue(list(done.label_queue_ids), parent=self)
        if self.print_slip:
            service.print_refs([DocumentRef("packing_slip", order_id=done.packed.order_id)], parent=self)
        if self.print_invoice:
            self.print_invoice_of(done.packed.order_id, done.packed.number)

    def print_invoice_of(self, order_id: int, number_: str) -> None:
        """The order's invoice on the A4 printer, issued first when it has none (B2C or B2B as the order's NIP says).
        A refusal (seller data missing, another currency without its rate) is said in the banner; the order stays
        packed."""
        packer = self.packer

        def issued(found: tuple[int, bool]) -> None:
            invoice_id, new = found
            if new:  # the order's history says so, and the Invoices tab lists it
                bus().changed.emit(Changes.of_orders([order_id]) | Changes.of_invoices([invoice_id]))
            self.printer_service().print_refs([invoice_ref(invoice_id)], parent=self)

        def refused(exc: BaseException) -> None:
            self.say(BAD, self.tr("Order {0} is packed, but it has no invoice: {1}").format(number_, error_text(exc)),
                     WRONG)

        self.ctx.run(lambda session: _invoice_of(session, order_id, packer), on_done=issued, on_error=refused)

    def _printed(self, outcome) -> None:
        if outcome.errors:
            self.say(BAD, self.tr("Not printed: {0}").format("; ".join(domain_text(e) for e in outcome.errors)),
                     WRONG)

    def print_picklist(self) -> None:
        """The pick list of the queue as it is shown (this carrier, not claimed elsewhere), the first PICK_BATCH."""
        ids = [e.order_id for e in self.queue if not e.station or e.station == self.station][:PICK_BATCH]
        if not ids:
            self.say(INFO, self.tr("Nothing waits to be packed."))
            return
        self.printer_service().print_refs([picklist_ref(ids)], parent=self)
        self.say(INFO, self.tr("The pick list of the next {0} orders is printing.").format(len(ids)))

    def reprint_last(self) -> None:
        done = self.last_packed
        if done is None or done.shipment_id is None:
            self.say(INFO, self.tr("No label was printed at this station yet."))
            return
        self.printer_service().print_refs([DocumentRef("label", order_id=done.packed.order_id,
                                                shipment_id=done.shipment_id)], reprint=True, parent=self)
        self.say(INFO, self.tr("The label of order {0} is printing again.").format(done.packed.number))

    def pack_with_pin(self) -> None:
        if self.order is None or self.state is None:
            return
        if self.state.complete:
            self.say(INFO, self.tr("Every item is scanned: Enter packs the order, no PIN needed."))
            return
        left = ", ".join(f"{line.left} x {line.name}" for line in self.state.lines if not line.complete)
        dialog = PinDialog(self.tr("Pack order {0} without: {1}").format(self.order.number, left), True, self)
        self.pin_dialog = dialog
        if dialog.exec() == PinDialog.DialogCode.Accepted:
            if self.weight is None:
                self.weight = self.order.weight
            if self.weight is None:
                self.say(BAD, self.tr("Type the parcel's weight in kg first (the order is not complete, so it is "
                                      "not asked for)."), WRONG)
                return
            self.finish(Override(dialog.pin(), dialog.reason()))
        self.input.setFocus()

    # --- hold, close ---------------------------------------------------------------------------------------------

    def start_hold(self) -> None:
        if self.order is None:
            return
        choices = "  ".join(f"{i}: {domain_text(reason)}" for i, reason in enumerate(HOLD_REASONS, start=1))
        other = len(HOLD_REASONS) + 1
        self.hold_step = "choose"
        self.input.digit_mode = True
        self.say(INFO, self.tr("Hold order {0}, why? {1}  {2}: another reason · Esc: back to packing")
                 .format(self.order.number, choices, other))

    def _hold_digit(self, digit: int) -> None:
        if self.hold_step != "choose":
            return
        if 1 <= digit <= len(HOLD_REASONS):
            self._hold(HOLD_REASONS[digit - 1])
        elif digit == len(HOLD_REASONS) + 1:
            self.hold_step = "type"
            self.input.digit_mode = False
            self.input.setPlaceholderText(self.tr("Why is the order held? Type it, then Enter"))
            self.say(INFO, self.tr("Type the reason, then Enter (Esc: back to packing)."))

    def _end_hold_step(self) -> None:
        self.hold_step = ""
        self.input.digit_mode = False

    def _hold(self, reason: str) -> None:
        order, station, packer = self.order, self.station, self.packer
        self._end_hold_step()
        if order is None:
            return

        def held(changes) -> None:
            self._close_order()
            self.say(INFO, self.tr("Order {0} is on hold: {1}. It waits in the Orders tab's problems; its items stay "
                                   "reserved.").format(order.number, domain_text(reason)))
            bus().changed.emit(changes)
            self.refresh_queue()

        self.ctx.run(lambda session: hold_order(session, order.order_id, reason, packer, station), on_done=held,
                     on_error=self._failed)

    def escape(self) -> None:
        if self.hold_step:
            self._end_hold_step()
            self.input.setPlaceholderText(self.tr("Scan an item (EAN, SKU or a pack's code)"))
            self.say(INFO, self.tr("Not held: go on packing."))
            return
        self.close_order()

    def close_order(self) -> None:
        """Esc: put the order back in the queue (asked first when items were scanned: the scans are lost)."""
        if self.order is None:
            return
        if self.state is not None and self.state.units:
            answer = QMessageBox.question(
                self, self.tr("Close the order"),
                self.tr("Close order {0} without packing it? The {1} scanned pieces are forgotten and it goes back "
                        "to the queue.").format(self.order.number, self.state.units))
            self.input.setFocus()
            if answer != QMessageBox.StandardButton.Yes:
                return
        order, station, packer = self.order, self.station, self.packer
        self._close_order()

        def released(changes) -> None:
            bus().changed.emit(changes)
            self.refresh_queue()

        self.ctx.run(lambda session: release(session, order.order_id, station, packer), on_done=released,
                     on_error=self._failed)

    def _close_order(self) -> None:
        self.order = self.state = None
        self.started_at = None
        self.photo = None
        self._end_hold_step()
        self.lines_model.set_state(None)
        self.closed.emit()
        self._waiting()

    def _failed(self, exc: BaseException) -> None:
        self.say(BAD, error_text(exc), WRONG)
