"""The reply templates window: the shop's answers edited, added and deleted, with the fields a template may use
listed beside them (a double-click puts one into the text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.customer import TOPICS
from app.services.customers import labels, replies
from app.ui.kit.domain_text import domain_text
from app.ui.kit.errors import error_text

if TYPE_CHECKING:
    from app.services.customers.data import TemplateRow
    from app.ui.kit.context import AppContext


class TemplatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: dict[int, TemplateRow] = {}
        self.current_id: int | None = None
        self.last_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Reply templates"))
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(self._picked)
        self.name = QLineEdit(self)
        self.topic = QComboBox(self)
        for code in TOPICS:
            self.topic.addItem(domain_text(labels.label("topic", code)), code)
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.fields = QListWidget(self)
        for name, meaning in replies.FIELDS.items():
            item = QListWidgetItem(f"{{{name}}} – {domain_text(meaning)}", self.fields)
            item.setData(Qt.ItemDataRole.UserRole, name)
        self.fields.itemDoubleClicked.connect(self._insert_field)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        form_box = QWidget(self)
        form = QFormLayout(form_box)
        form.setContentsMargins(0, 0, 0, 0)
        for text, widget in ((self.tr("&Name:"), self.name), (self.tr("&Topic:"), self.topic),
                             (self.tr("&Subject:"), self.subject), (self.tr("Te&xt:"), self.body)):
            label = QLabel(text, form_box)
            label.setBuddy(widget)
            form.addRow(label, widget)
        fields_label = QLabel(self.tr("Fields (double-click to insert):"), form_box)
        form.addRow(fields_label)
        form.addRow(self.fields)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(form_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 700])

        self.new_button = QPushButton(self.tr("&New"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        close = QPushButton(self.tr("Close"), self)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.ask_delete)
        close.clicked.connect(self.accept)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for w in (self.new_button, self.delete_button):
            buttons.addWidget(w)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(980, 640)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.ctx.read(replies.list_templates, on_done=lambda rows: self._loaded(rows, select_id),
                      on_error=self._error)

    def _loaded(self, rows: tuple[TemplateRow, ...], select_id: int | None) -> None:
        self.rows = {r.id: r for r in rows}
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for row in rows:
            item = QListWidgetItem(row.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.id == select_id or chosen is None:
                chosen = item
        self.list.blockSignals(False)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        else:
            self.new()

    def _picked(self, item: QListWidgetItem | None) -> None:
        row = self.rows.get(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        if row is None:
            return
        self.current_id = row.id
        self.name.setText(row.name)
        self.topic.setCurrentIndex(max(0, self.topic.findData(row.topic)))
        self.subject.setText(row.subject)
        self.body.setPlainText(row.body)
        self.delete_button.setEnabled(True)

    def new(self) -> None:
        self.current_id = None
        self.list.clearSelection()
        for w in (self.name, self.subject):
            w.clear()
        self.body.clear()
        self.delete_button.setEnabled(False)
        self.name.setFocus()

    def _insert_field(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText("{" + item.data(Qt.ItemDataRole.UserRole) + "}")
        self.body.setFocus()

    def save(self) -> None:
        tid, name, topic = self.current_id, self.name.text(), self.topic.currentData()
        subject, body = self.subject.text(), self.body.toPlainText()
        self.ctx.run(lambda s: replies.save_template(s, name, topic, subject, body, id=tid),
                     on_done=self._saved, on_error=self._error)

    def _saved(self, template_id: int) -> None:
        self.status.setText(self.tr("Saved."))
        self.reload(template_id)

    def ask_delete(self) -> None:
        if self.current_id is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the template"),
                          self.tr("Delete the template \u201e{0}\u201d?").format(self.name.text()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        self.last_box = box
        box.accepted.connect(self.delete)
        box.open()

    def delete(self) -> None:
        tid = self.current_id
        if tid is None:
            return
        self.ctx.run(lambda s: replies.delete_template(s, tid), on_done=lambda _none: self._deleted(),
                     on_error=self._error)

    def _deleted(self) -> None:
        self.status.setText(self.tr("Deleted."))
        self.current_id = None
        self.reload()

    def _error(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))
