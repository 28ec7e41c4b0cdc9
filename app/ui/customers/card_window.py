"""The customer's card (issue 17): who they are, what they agreed to, what they bought, and everything that happened
with them on one timeline, so whoever answers the phone sees it all in one window.

The left side: contact data (Edit… changes it through update_customer; a NIP that fails its check says so in the
edit window), the addresses their orders used, consents with their days (a tick changes one, source "ręcznie"),
tags (ticked on and off at once), the lifetime figures and a link to the possible duplicates. The right side: the
timeline, newest first; a double-click opens the order, the case, or the order of an invoice. Buttons log a contact,
answer from a template about the latest order, export the personal data, or anonymise the customer.

It reloads when the bus says its customer changed (or much changed), so an edit made anywhere shows here.
"""

from __future__ import annotations

import importlib
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.money import format_money
from app.ui.kit.bus import bus
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text
from app.ui.kit.tables import PAYLOAD_ROLE, SimpleTableModel, make_table
from app.ui.kit.windows import fit_window

if TYPE_CHECKING:
    from datetime import datetime

    from app.core.changes import Changes
    from app.services.customers.data import CustomerCard, TimelineItem
    from app.ui.kit.context import AppContext

TAG_CODES = ("vip", "wholesale", "blocked")
CONSENT_CODES = ("marketing_email", "marketing_phone", "newsletter", "profiling")
CHIP = "background: {0}; color: {1}; border-radius: 8px; padding: 2px 8px; font-weight: bold;"
CHIP_COLOURS = {"vip": ("#f3d36b", "#4a3b00"), "wholesale": ("#bcd7f5", "#0c3660"), "blocked": ("#f2b8b5", "#6b0000")}
MANUAL_SOURCE = "ręcznie"  # the source a consent changed in the card is recorded with (stored data, in Polish)


def _label(kind: str, code: str | None) -> str:
    from app.services.customers.labels import label

    return domain_text(label(kind, code))


class CustomerEditDialog(QDialog):
    """The customer's contact data, B2B data and notes; OK saves through update_customer, and an error (a NIP that
    fails its check) shows here, the window staying open."""

    def __init__(self, ctx: AppContext, card: CustomerCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, card.id
        self.setWindowTitle(self.tr("Edit the customer"))
        self.name = QLineEdit(card.name, self)
        self.email = QLineEdit(card.email or "", self)
        self.phone = QLineEdit(card.phone or "", self)
        self.company = QLineEdit(card.company or "", self)
        self.nip = QLineEdit(card.nip or "", self)
        self.notes = QPlainTextEdit(card.notes, self)
        self.notes.setMaximumHeight(90)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        for text, field in ((self.tr("Name"), self.name), (self.tr("E-mail"), self.email),
                            (self.tr("Phone"), self.phone), (self.tr("Company"), self.company),
                            (self.tr("NIP"), self.nip), (self.tr("Notes"), self.notes)):
            form.addRow(text, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, 360)

    def edit(self):
        from app.services.customers.data import CustomerEdit

        return CustomerEdit(name=self.name.text().strip(), email=self.email.text().strip() or None,
                            phone=self.phone.text().strip() or None, company=self.company.text().strip() or None,
                            nip=self.nip.text().strip() or None, notes=self.notes.toPlainText().strip())

    def save(self) -> None:
        from app.services.customers.editing import update_customer

        edit, customer_id, who = self.edit(), self.customer_id, self.ctx.who

        def done(changes: Changes) -> None:
            bus().changed.emit(changes)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.problem.setText(error_text(exc))
            self.problem.show()

        self.ctx.run(lambda s: update_customer(s, customer_id, edit, who=who), on_done=done, on_error=failed)


class CustomerCardWindow(QDialog):
    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.card: CustomerCard | None = None
        self.items: tuple[TimelineItem, ...] = ()
        self.dialog: QWidget | None = None  # the window last opened from the card (edit, merge, contact, ...)
        self.opened: QWidget | None = None  # the order or case window a timeline line opened
        self._loading = False
        self.setWindowTitle(self.tr("Customer"))
        self._build()
        bus().changed.connect(self._on_changed)
        fit_window(self, Settings.CUSTOMER_CARD_GEOMETRY, 1200, 700)
        self.load()

    # --- layout --------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.name = QLabel(self)
        self.name.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.company = QLabel(self)
        self.company.setStyleSheet("font-size: 11pt;")
        self.chips: dict[str, QLabel] = {}
        header = QHBoxLayout()
        header.addWidget(self.name)
        header.addWidget(self.company)
        for code in TAG_CODES:
            chip = QLabel(self)
            chip.setStyleSheet(CHIP.format(*CHIP_COLOURS[code]))
            chip.hide()
            self.chips[code] = chip
            header.addWidget(chip)
        header.addStretch(1)
        self.banner = QLabel(self)
        self.banner.setStyleSheet("background: #f2b8b5; color: #6b0000; padding: 4px 8px; font-weight: bold;")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        left = QWidget(self)
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 4, 0)
        side.addWidget(self._contact_box())
        side.addWidget(self._consents_box())
        side.addWidget(self._figures_box())
        side.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(left)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # wide enough for the figures' longest values ("12 345,67 zł", dates) in the user's language
        self.figures["value"].setText(format_money(Decimal("123456.78")))
        self.figures["first"].setText("2026-12-31")
        self.figures["last"].setText("2026-12-31")
        scroll.setMinimumWidth(max(430, left.minimumSizeHint().width() + 24))

        self.timeline_model = SimpleTableModel((self.tr("When"), self.tr("What"), self.tr("Details")), self)
        self.timeline = make_table(self.timeline_model, self, (125, 120, 300), one_line_rows=True)
        self.timeline.doubleClicked.connect(lambda index: self.open_item(index.row()))
        self.timeline.activated.connect(lambda index: self.open_item(index.row()))
        right = QGroupBox(self.tr("Timeline (newest first; double-click opens)"), self)
        QVBoxLayout(right).addWidget(self.timeline)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([scroll.minimumWidth(), 1200 - scroll.minimumWidth()])

        self.contact_button = QPushButton(self.tr("&Log a contact…"), self)
        self.contact_button.clicked.connect(self.log_contact)
        self.reply_button = QPushButton(self.tr("&Reply…"), self)
        self.reply_button.setToolTip(self.tr("An answer from a template about the customer's latest order"))
        self.reply_button.clicked.connect(self.reply)
        self.export_button = QPushButton(self.tr("Export personal data (GDPR)…"), self)
        self.export_button.clicked.connect(self.export_personal_data)
        self.anonymise_button = QPushButton(self.tr("&Anonymise…"), self)
        self.anonymise_button.clicked.connect(self.anonymise)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        actions = QHBoxLayout()
        for b in (self.contact_button, self.reply_button):
            actions.addWidget(b)
        actions.addStretch(1)
        for b in (self.export_button, self.anonymise_button, close):
            actions.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.problem)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.reject)

    def _contact_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contact data"), self)
        form = QFormLayout(box)
        self.fields: dict[str, QLabel] = {}
        for key, text in (("email", self.tr("E-mail")), ("phone", self.tr("Phone")), ("company", self.tr("Company")),
                          ("nip", self.tr("NIP")), ("addresses", self.tr("Addresses")), ("notes", self.tr("Notes"))):
            value = QLabel(box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(text, value)
        self.edit_button = QPushButton(self.tr("&Edit…"), box)
        self.edit_button.clicked.connect(self.edit)
        self.duplicates = QLabel(box)
        self.duplicates.setTextFormat(Qt.TextFormat.RichText)
        self.duplicates.linkActivated.connect(lambda _link: self.show_duplicates())
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.duplicates, 1)
        form.addRow(row)
        return box

    def _consents_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tags and consents"), self)
        grid = QGridLayout(box)
        self.tag_boxes: dict[str, QCheckBox] = {}
        tags = QHBoxLayout()
        for code in TAG_CODES:
            check = QCheckBox(_label("tag", code), box)
            check.clicked.connect(lambda _c=False: self.save_tags())
            self.tag_boxes[code] = check
            tags.addWidget(check)
        tags.addStretch(1)
        grid.addLayout(tags, 0, 0, 1, 2)
        self.consent_boxes: dict[str, QCheckBox] = {}
        self.consent_days: dict[str, QLabel] = {}
        for i, code in enumerate(CONSENT_CODES, start=1):
            check = QCheckBox(_label("consent", code), box)
            check.clicked.connect(lambda given, k=code: self.set_consent(k, given))
            day = QLabel(box)
            day.setStyleSheet("color: #555;")
            self.consent_boxes[code], self.consent_days[code] = check, day
            grid.addWidget(check, i, 0)
            grid.addWidget(day, i, 1)
        return box

    def _figures_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lifetime figures"), self)
        grid = QGridLayout(box)
        self.figures: dict[str, QLabel] = {}
        names = (("orders", self.tr("Orders")), ("value", self.tr("Value")), ("returns", self.tr("Returns")),
                 ("complaints", self.tr("Complaints")), ("first", self.tr("First order")),
                 ("last", self.tr("Last order")), ("follow_ups", self.tr("Open follow-ups")),
                 ("since", self.tr("Customer since")))
        for i, (key, text) in enumerate(names):
            value = QLabel(box)
            value.setStyleSheet("font-weight: bold;")
            self.figures[key] = value
            grid.addWidget(QLabel(text, box), i, 0)
            grid.addWidget(value, i, 1)
        grid.setColumnStretch(1, 1)
        return box

    # --- data ----------------------------------------------------------------------------------------------
    def load(self) -> None:
        from app.services.customers.card import customer_card, timeline

        customer_id = self.customer_id
        self._loading = True

        def read(s):
            return customer_card(s, customer_id), timeline(s, customer_id)

        def failed(exc: BaseException) -> None:
            self._loading = False
            self.show_problem(error_text(exc))

        self.ctx.read(read, on_done=self._loaded, on_error=failed)

    def _loaded(self, result: tuple[CustomerCard, tuple[TimelineItem, ...]]) -> None:
        self._loading = False
        self.problem.hide()
        self.show_card(*result)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _day(self, at: datetime | None) -> str:
        return at.astimezone(self.ctx.tz).date().isoformat() if at is not None else "—"

    def show_card(self, c: CustomerCard, items: tuple[TimelineItem, ...]) -> None:
        self.card, self.items = c, items
        self.setWindowTitle(self.tr("Customer: {0}").format(c.name))
        self.name.setText(c.name)
        self.company.setText(c.company or "")
        for code, chip in self.chips.items():
            chip.setText(_label("tag", code))
            chip.setVisible(code in c.tags)
        if c.anonymised_at is not None:
            self.banner.setText(self.tr("Anonymised on {0}: the personal data was erased and cannot be brought back.")
                                .format(self._day(c.anonymised_at)))
        elif c.merged_into_id is not None:
            self.banner.setText(self.tr("Merged into another customer; their card holds everything now."))
        self.banner.setVisible(c.anonymised_at is not None or c.merged_into_id is not None)
        nip = c.nip or "—"
        if c.nip and c.nip_valid is False:
            nip += " " + self.tr("(fails the NIP check)")
        values = {"email": c.email or "—", "phone": c.phone or "—", "company": c.company or "—", "nip": nip,
                  "addresses": "\n".join(list(dict.fromkeys(a.one_line for a in c.addresses))[:3]) or "—", "notes": c.notes or "—"}
        for key, text in values.items():
            self.fields[key].setText(text)
        self.fields["nip"].setStyleSheet("color: #a40000;" if c.nip and c.nip_valid is False else "")
        if c.duplicates:
            self.duplicates.setText('<a href="dup">' + escape(self.tr("Possible duplicates: {0}")
                                                              .format(len(c.duplicates))) + "</a>")
        else:
            self.duplicates.clear()
        live = c.anonymised_at is None and c.merged_into_id is None
        for code, check in self.tag_boxes.items():
            check.setChecked(code in c.tags)
            check.setEnabled(live)
        for state in c.consents:
            check = self.consent_boxes.get(state.kind)
            if check is None:
                continue
            check.setChecked(state.given)
            check.setEnabled(live)
            if state.at is None:
                self.consent_days[state.kind].setText(self.tr("never asked"))
            else:
                when = self._day(state.at)
                text = self.tr("given {0}") if state.given else self.tr("withdrawn {0}")
                self.consent_days[state.kind].setText(text.format(when) + (f" ({state.source})" if state.source
                                                                           else ""))
        f = c.figures
        figures = {"orders": str(f.orders), "value": format_money(f.value), "returns": str(f.returns),
                   "complaints": str(f.complaints), "first": self._day(f.first_order_at),
                   "last": self._day(f.last_order_at), "follow_ups": str(f.open_follow_ups),
                   "since": self._day(c.created_at)}
        for key, text in figures.items():
            self.figures[key].setText(text)
        self.figures["follow_ups"].setStyleSheet("font-weight: bold;" + (" color: #a40000;" if f.open_follow_ups
                                                                         else ""))
        for b in (self.edit_button, self.contact_button, self.reply_button, self.anonymise_button):
            b.setEnabled(live)
        self.reply_button.setEnabled(live and self.latest_order_id() is not None)
        rows = [(it.at.astimezone(self.ctx.tz).strftime("%Y-%m-%d %H:%M"), _label("timeline", it.kind),
                 domain_text(it.text)) for it in items]
        self.timeline_model.set_rows(rows, list(items))

    def latest_order_id(self) -> int | None:
        """The customer's latest order on the timeline (newest first), which Reply… answers about."""
        return next((it.order_id for it in self.items if it.order_id is not None and it.kind == "order"),
                    next((it.order_id for it in self.items if it.order_id is not None), None))

    def _run(self, fn) -> None:
        def done(changes: Changes) -> None:
            bus().changed.emit(changes)

        def failed(exc: BaseException) -> None:
            self.show_problem(error_text(exc))
            self.load()  # the ticks back as they are

        self.ctx.run(fn, on_done=done, on_error=failed)

    def save_tags(self) -> None:
        from app.services.customers.editing import set_tags

        tags = tuple(code for code, check in self.tag_boxes.items() if check.isChecked())
        customer_id, who = self.customer_id, self.ctx.who
        self._run(lambda s: set_tags(s, customer_id, tags, who=who))

    def set_consent(self, kind: str, given: bool) -> None:
        from app.services.customers.editing import set_consent

        customer_id, who = self.customer_id, self.ctx.who
        self._run(lambda s: set_consent(s, customer_id, kind, given, source=MANUAL_SOURCE, who=who))

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if changes.bulk or self.customer_id in getattr(changes, "customers", frozenset()):
            self.load()

    # --- user actions --------------------------------------------------------------------------------------
    def edit(self) -> QDialog | None:
        if self.card is None:
            return None
        self.dialog = CustomerEditDialog(self.ctx, self.card, self)
        self.dialog.open()
        return self.dialog

    def show_duplicates(self) -> QWidget | None:
        from app.services.customers.data import DuplicateGroup
        from app.ui.customers.merge_dialog import MergeDialog

        group = None
        if self.card is not None and self.card.duplicates:
            ids = tuple(sorted((self.card.id, *self.card.duplicates)))
            group = DuplicateGroup(key_kind="", key="", customer_ids=ids, names=())
        self.dialog = MergeDialog(self.ctx, self, group)
        self.dialog.open()
        return self.dialog

    def _call(self, module_name: str, name: str, *args, **kwargs):
        try:
            fn = getattr(importlib.import_module(module_name), name)
        except (ImportError, AttributeError):
            self.show_problem(self.tr("This is not available in this build."))
            return None
        result = fn(self.ctx, self, *args, **kwargs)
        if isinstance(result, QWidget):
            self.dialog = result
            if not result.isVisible():
                result.open() if isinstance(result, QDialog) else result.show()
        return result

    def log_contact(self):
        return self._call("app.ui.customers.contact_dialog", "open_contact_dialog", customer_id=self.customer_id,
                          order_id=self.latest_order_id())

    def reply(self):
        return self._call("app.ui.customers.reply_dialog", "ReplyDialog", order_id=self.latest_order_id(),
                          customer_id=self.customer_id)

    def export_personal_data(self):
        return self._call("app.ui.customers.privacy_dialogs", "export_personal_data_dialog", self.customer_id)

    def anonymise(self):
        return self._call("app.ui.customers.privacy_dialogs", "anonymise_dialog", self.customer_id)

    def open_item(self, row: int) -> QWidget | None:
        """A timeline line's order (also an invoice's or a shipment's order) or complaint case, in its own window
        as the Orders and Complaints tabs keep them."""
        item = self.timeline_model.index(row, 0).data(PAYLOAD_ROLE)
        if item is None:
            return None
        window = self.window().parentWidget()
        main = window.window() if window is not None else None
        opener = getattr(main, "tab", None)
        if item.complaint_id is not None and (item.kind == "complaint" or item.order_id is None):
            if callable(opener):
                try:
                    self.opened = opener("ComplaintsTab").open_case(item.complaint_id)
                    return self.opened
                except KeyError:
                    pass
            from app.ui.complaints.case_window import CaseWindow

            self.opened = CaseWindow(self.ctx, item.complaint_id, self)
            self.opened.show()
            return self.opened
        if item.order_id is not None:
            if callable(opener):
                try:
                    self.opened = opener("OrdersTab").open_order(item.order_id)
                    return self.opened
                except KeyError:
                    pass
            from app.ui.orders.dialog import OrderDialog

            self.opened = OrderDialog(self.ctx, item.order_id, self)
            self.opened.show()
            return self.opened
        return None

    def done(self, result: int) -> None:
        try:
            bus().changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
