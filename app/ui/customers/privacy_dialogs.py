"""A customer's personal data in the window (RODO): export to a file, anonymisation after a confirmation that names
what remains, and the retention list (app.services.customers.privacy does the work, through ctx.run/read).

The anonymisation's confirmation is inside its window: the reason is typed and a box saying it cannot be undone is
ticked before the button works, so nobody anonymises with one stray Enter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.ui.kit.bus import bus
from app.ui.kit.context import AppContext
from app.ui.kit.errors import error_text


def _today(ctx: AppContext) -> date:
    from app.core.shop_time import shop_day
    from app.models.base import utcnow

    return shop_day(utcnow(), ctx.tz.key)


def _wait_read(ctx: AppContext, fn: Callable[[Any], Any], parent: QWidget | None) -> tuple[Any, BaseException | None]:
    """A short read the next window needs before it can show (the plan): run on the read pool, waited for."""
    box: list[Any] = []
    loop = QEventLoop()

    def done(value: Any) -> None:
        box.append((value, None))
        loop.quit()

    def failed(exc: BaseException) -> None:
        box.append((None, exc))
        loop.quit()

    ctx.read(fn, on_done=done, on_error=failed, parent=parent)
    if not box:
        loop.exec()
    return box[0]


# --- export --------------------------------------------------------------------------------------------------------

def export_personal_data_dialog(ctx: AppContext, parent: QWidget | None, customer_id: int, *,
                                target: Path | None = None) -> None:
    """Ask where (.xlsx or .json), write everything about the customer there, say where it went. `target`: what
    a test answers instead of the file dialog."""
    from app.services.customers.privacy import export_personal_data

    if target is None:
        name, chosen = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("PersonalData", "Export the customer's personal data"),
            str(Path.home() / f"klient-{customer_id}.xlsx"),
            QCoreApplication.translate("PersonalData", "Excel workbook (*.xlsx);;JSON (*.json)"))
        if not name:
            return
        if not name.lower().endswith((".xlsx", ".json")):
            name += ".json" if "json" in chosen else ".xlsx"
        target = Path(name)
    out, who = target, ctx.who
    title = QCoreApplication.translate("PersonalData", "Personal data")
    said = QCoreApplication.translate("PersonalData", "Everything the shop holds about the customer is saved in {0}.")
    ctx.run(lambda session: export_personal_data(session, customer_id, out, who=who), parent=parent,
            on_done=lambda path: QMessageBox.information(parent, title, said.format(path)),
            on_error=lambda exc: QMessageBox.warning(parent, title, error_text(exc)))


# --- anonymisation -------------------------------------------------------------------------------------------------

class AnonymiseDialog(QDialog):
    """The plan (what is replaced, what remains: invoices and until when, backups), the reason, the confirmation;
    then the anonymisation runs and the window closes when it is done."""

    def __init__(self, ctx: AppContext, plan, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.plan, self.today = ctx, plan, today or _today(ctx)
        self.result_value = None
        self.setWindowTitle(self.tr("Anonymise customer #{0}").format(plan.customer_id))
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("<b>{0}</b> will be replaced by \"Klient zanonimizowany #{1}\" everywhere: name, "
                              "e-mail, phone, addresses, notes and contact texts, in orders ({2}), complaints ({3}) "
                              "and contacts ({4}). Consents are deleted, complaint files removed from disk, carrier labels "
                              "can no longer be reprinted.")
                      .format(_escape(plan.name), plan.customer_id, plan.orders, plan.complaints, plan.contacts))
        head.setWordWrap(True)
        lay.addWidget(head)
        lay.addWidget(QLabel(self.tr("What remains (the law requires issued invoices to be kept as issued):")))
        self.invoices = QListWidget()
        for k in plan.kept_invoices:
            self.invoices.addItem(self.tr("Invoice {0} of {1}: kept until {2}").format(
                k.number, k.issue_date.isoformat(), k.keep_until.isoformat()))
        if not plan.kept_invoices:
            self.invoices.addItem(self.tr("No invoice has to be kept."))
        self.invoices.setMaximumHeight(110)
        lay.addWidget(self.invoices)
        lay.addWidget(QLabel(self.tr("Backups that still hold the data (kept until removed):")))
        self.backups = QListWidget()
        for b in plan.backups:  # the file's name (the folder is the same for all: beside the shop), the path on hover
            self.backups.addItem(self.tr("{0} (made {1})").format(Path(b.path).name, b.made_at.astimezone(ctx.tz)
                                                                   .strftime("%Y-%m-%d %H:%M")))
            self.backups.item(self.backups.count() - 1).setToolTip(b.path)
        if not plan.backups:
            self.backups.addItem(self.tr("No backup holds the data."))
        self.backups.setMaximumHeight(110)
        lay.addWidget(self.backups)
        self.remove_backups = QCheckBox(self.tr("Remove these backups"))
        self.remove_backups.setEnabled(bool(plan.backups))
        lay.addWidget(self.remove_backups)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Why:")))
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("e.g. the customer's request of 5 May (RODO art. 17)"))
        row.addWidget(self.why)
        lay.addLayout(row)
        self.confirm = QCheckBox(self.tr("I understand that this cannot be undone"))
        lay.addWidget(self.confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = self.buttons.addButton(self.tr("Anonymise"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setEnabled(False)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.why.textChanged.connect(self._enable)
        self.confirm.toggled.connect(self._enable)
        self.resize(640, 520)

    def _enable(self) -> None:
        self.go.setEnabled(bool(self.why.text().strip()) and self.confirm.isChecked())

    def run(self) -> None:
        from app.services.customers.privacy import anonymise_customers, remove_backups

        if not self.go.isEnabled():
            return
        cid, who, why, today = self.plan.customer_id, self.ctx.who, self.why.text().strip(), self.today
        paths = [b.path for b in self.plan.backups] if self.remove_backups.isChecked() else []

        def work(session):
            result = anonymise_customers(session, [cid], who=who, why=why, today=today)
            return result, remove_backups(paths)

        self.go.setEnabled(False)
        self.ctx.run(work, parent=self, on_done=self._done, on_error=self._failed)

    def _done(self, answer) -> None:
        self.result_value = answer[0]
        bus().changed.emit(Changes.of_customers(self.result_value.customer_ids))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Anonymise"), error_text(exc))
        self._enable()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def anonymise_dialog(ctx: AppContext, parent: QWidget | None, customer_id: int) -> bool:
    """Show what anonymising the customer changes and what remains, ask why and for the confirmation, then do it.
    True when the customer was anonymised."""
    from app.services.customers.privacy import anonymise_plan

    today, path = _today(ctx), ctx.db.path
    plan, exc = _wait_read(ctx, lambda s: anonymise_plan(s, customer_id, today=today, database_path=path), parent)
    if exc is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("PersonalData", "Anonymise"), error_text(exc))
        return False
    dialog = AnonymiseDialog(ctx, plan, parent, today=today)
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None


# --- retention -----------------------------------------------------------------------------------------------------

class RetentionDialog(QDialog):
    """The retention setting (months after the last order) and the customers past it, anonymised in one batch
    after a confirmation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today or _today(ctx)
        self.rows: tuple = ()
        self.setWindowTitle(self.tr("Personal data retention"))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Keep a customer's data after their last order for (months):")))
        self.months = QSpinBox()
        self.months.setRange(12, 120)
        row.addWidget(self.months)
        self.save = QPushButton(self.tr("Save"))
        self.save.clicked.connect(self.save_months)
        row.addWidget(self.save)
        row.addStretch(1)
        lay.addLayout(row)
        self.info = QLabel()
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Last order"), self.tr("Past since")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        lay.addWidget(self.table)
        buttons = QHBoxLayout()
        self.anonymise = QPushButton(self.tr("Anonymise selected"))
        self.anonymise.clicked.connect(self.anonymise_checked)
        buttons.addWidget(self.anonymise)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.resize(720, 480)
        self.reload()

    def reload(self) -> None:
        from app.services.customers.privacy import past_retention, retention_months

        today = self.today
        self.ctx.read(lambda s: (retention_months(s), past_retention(s, today=today)), on_done=self._show,
                      on_error=lambda exc: QMessageBox.warning(self, self.windowTitle(), error_text(exc)),
                      parent=self)

    def _show(self, answer) -> None:
        months, rows = answer
        self.months.setValue(months)
        self.rows = rows
        self.info.setText(self.tr("Customers whose last order is older than the period, with no open complaint: "
                                  "{0}. Tick the ones to anonymise.").format(len(rows)))
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = QTableWidgetItem(r.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked)
            name.setData(Qt.ItemDataRole.UserRole, r.customer_id)
            self.table.setItem(i, 0, name)
            last = r.last_order_at.astimezone(self.ctx.tz).date().isoformat() if r.last_order_at else "—"
            self.table.setItem(i, 1, QTableWidgetItem(last))
            self.table.setItem(i, 2, QTableWidgetItem(r.past_since.isoformat()))
        self.anonymise.setEnabled(bool(rows))

    def checked_ids(self) -> list[int]:
        out = []
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def save_months(self) -> None:
        from app.services.customers.privacy import set_retention_months

        months, who = self.months.value(), self.ctx.who
        self.ctx.run(lambda s: set_retention_months(s, months, who=who), parent=self,
                     on_done=lambda _m: self.reload(),
                     on_error=lambda exc: QMessageBox.warning(self, self.windowTitle(), error_text(exc)))

    def anonymise_checked(self) -> None:
        from app.services.customers.privacy import anonymise_past_retention

        ids = self.checked_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Anonymise selected"),
            self.tr("Customers to anonymise: {0}. Their names, addresses, e-mails, phones, "
                    "notes and contact texts are replaced everywhere; issued invoices within their keeping period "
                    "stay as issued. This cannot be undone.").format(len(ids)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        who, today = self.ctx.who, self.today

        def done(result) -> None:
            bus().changed.emit(Changes.of_customers(result.customer_ids))
            self.reload()

        self.ctx.run(lambda s: anonymise_past_retention(s, ids, who=who, today=today), parent=self, on_done=done,
                     on_error=lambda exc: QMessageBox.warning(self, self.windowTitle(), error_text(exc)))
