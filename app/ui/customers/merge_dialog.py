"""Merging duplicate customers (issue 17): the groups that look like one person (the same e-mail, phone or NIP),
the customers of the chosen group side by side, which one to keep (the oldest by default), and a confirmation that
names what moves before merge_customers moves their orders, contacts, complaints and invoices. It cannot be undone,
so nothing is merged without that confirmation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.kit.bus import bus
from app.ui.kit.errors import error_text
from app.ui.kit.windows import fit_to_screen

if TYPE_CHECKING:
    from app.services.customers.data import CustomerCard, DuplicateGroup, MergeResult
    from app.ui.kit.context import AppContext


class MergeDialog(QDialog):
    """`group`: the customers to merge (from a card's "possible duplicates"); None: the suggested groups."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, group: DuplicateGroup | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.groups: list[DuplicateGroup] = []
        self.cards: tuple[CustomerCard, ...] = ()
        self.question: QMessageBox | None = None  # the confirmation, for tests to answer
        self.result_: MergeResult | None = None
        self.merged_text = ""  # what the last merge moved, said above the groups left
        self._asked = 0
        self.setWindowTitle(self.tr("Duplicate customers"))
        self._build()
        fit_to_screen(self, 1100, 620)
        if group is not None:
            self.show_groups([group])
        else:
            self.load_groups()

    def _build(self) -> None:
        self.group_list = QListWidget(self)
        self.group_list.currentRowChanged.connect(self._group_chosen)
        self.group_list.setWordWrap(True)  # long names break onto the next line rather than scroll sideways
        self.group_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        groups = QGroupBox(self.tr("Look like one person"), self)
        QVBoxLayout(groups).addWidget(self.group_list)
        self.side = QWidget(self)
        self.grid = QGridLayout(self.side)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.side)
        customers = QGroupBox(self.tr("Side by side: choose the one to keep"), self)
        QVBoxLayout(customers).addWidget(scroll)
        self.keep_group = QButtonGroup(self)
        self.keep_group.buttonClicked.connect(lambda _b: self._update_buttons())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(groups)
        splitter.addWidget(customers)
        splitter.setSizes([330, 770])
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setToolTip(self.tr("Move the others' orders, contacts, complaints and invoices to the one "
                                             "kept"))
        self.merge_button.clicked.connect(self.ask)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- data ----------------------------------------------------------------------------------------------
    def load_groups(self) -> None:
        from app.services.customers.merging import find_duplicates

        self.ctx.read(lambda s: find_duplicates(s), on_done=lambda found: self.show_groups(list(found)),
                      on_error=lambda exc: self.problem.setText(error_text(exc)))

    def show_groups(self, groups: list[DuplicateGroup]) -> None:
        self.groups = groups
        self.group_list.clear()
        kinds = {"email": self.tr("the same e-mail"), "phone": self.tr("the same phone"),
                 "nip": self.tr("the same NIP")}
        for g in groups:
            names = ", ".join(dict.fromkeys(g.names)) if g.names else ""
            why = f"{kinds.get(g.key_kind, g.key_kind)}: {g.key}" if g.key_kind else ""
            text = "\n".join(x for x in (names, why) if x) or self.tr("{0} customers").format(len(g.customer_ids))
            self.group_list.addItem(QListWidgetItem(text))
        parts = [self.merged_text] if self.merged_text else []
        if not groups:
            parts.append(self.tr("No customers look like duplicates."))
        self.note.setText(" ".join(parts))
        if groups:
            self.group_list.setCurrentRow(0)
        else:
            self._show_cards(())

    def _group_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.groups):
            self._show_cards(())
            return
        from app.services.customers.card import customer_card

        ids = self.groups[row].customer_ids
        self._asked += 1
        asked = self._asked

        def done(cards: tuple[CustomerCard, ...]) -> None:
            if asked == self._asked:
                self._show_cards(cards)

        self.ctx.read(lambda s: tuple(customer_card(s, i) for i in ids), on_done=done,
                      on_error=lambda exc: self.problem.setText(error_text(exc)))

    def _show_cards(self, cards: tuple[CustomerCard, ...]) -> None:
        """One column per customer: the radio to keep them, then their name, e-mail, phone, NIP, orders; the
        oldest customer is kept by default (their number is the one the shop has known longest)."""
        self.cards = cards
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for button in self.keep_group.buttons():
            self.keep_group.removeButton(button)
        titles = (self.tr("Keep"), self.tr("Name"), self.tr("E-mail"), self.tr("Phone"), self.tr("NIP"),
                  self.tr("Orders"), self.tr("Customer since"))
        if cards:
            for r, title in enumerate(titles):
                label = QLabel(f"<b>{title}</b>", self.side)
                self.grid.addWidget(label, r, 0)
        oldest = min(cards, key=lambda c: (c.created_at, c.id)).id if cards else None
        for col, c in enumerate(cards, start=1):
            radio = QRadioButton(self.tr("keep #{0}").format(c.id), self.side)
            radio.setProperty("customer_id", c.id)
            radio.setChecked(c.id == oldest)
            self.keep_group.addButton(radio)
            self.grid.addWidget(radio, 0, col)
            since = c.created_at.astimezone(self.ctx.tz).date().isoformat()
            for r, text in enumerate((c.name, c.email or "—", c.phone or "—", c.nip or "—", str(c.figures.orders),
                                      since), start=1):
                value = QLabel(text, self.side)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.grid.addWidget(value, r, col)
        self._update_buttons()

    def keep_id(self) -> int | None:
        button = self.keep_group.checkedButton()
        return button.property("customer_id") if button is not None else None

    def set_keep(self, customer_id: int) -> None:
        for button in self.keep_group.buttons():
            if button.property("customer_id") == customer_id:
                button.setChecked(True)
        self._update_buttons()

    def merge_ids(self) -> tuple[int, ...]:
        keep = self.keep_id()
        return tuple(c.id for c in self.cards if c.id != keep)

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.keep_id() is not None and bool(self.merge_ids()))

    # --- merging -------------------------------------------------------------------------------------------
    def confirmation_text(self) -> str:
        keep = next(c for c in self.cards if c.id == self.keep_id())
        others = [c for c in self.cards if c.id != keep.id]
        orders = sum(c.figures.orders for c in others)
        names = ", ".join(f"{c.name} (#{c.id})" for c in others)
        return self.tr("{0} will be merged into {1} (#{2}). Their orders ({3}), contacts, complaints and invoices "
                       "move to {1}; the merge is written in the history. This cannot be undone.").format(
            names, keep.name, keep.id, orders)

    def ask(self) -> QMessageBox | None:
        if not self.merge_button.isEnabled():
            return None
        self.question = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge customers"), self.confirmation_text(),
                                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        self.question.button(QMessageBox.StandardButton.Yes).setText(self.tr("Merge"))
        self.question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.question.finished.connect(lambda result: self._answered(result))
        self.question.open()
        return self.question

    def _answered(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self.merge()

    def merge(self) -> None:
        from app.services.customers.merging import merge_customers

        keep, others, who = self.keep_id(), self.merge_ids(), self.ctx.who
        if keep is None or not others:
            return

        def done(result: MergeResult) -> None:
            self.result_ = result
            from app.core.changes import Changes

            bus().changed.emit(Changes.of_customers({result.kept_id, *result.merged_ids}))
            self.merged_text = self.tr("Merged: orders moved {0}, contacts {1}, complaints {2}, invoices {3}.").format(
                result.orders_moved, result.contacts_moved, result.complaints_moved, result.invoices_moved)
            self.note.setText(self.merged_text)
            self.load_groups()

        self.ctx.run(lambda s: merge_customers(s, keep, list(others), who=who), on_done=done,
                     on_error=lambda exc: self.problem.setText(error_text(exc)))
