"""The owner's PIN, asked for when an incomplete order is packed (with the reason, written to its history) and
when a station leaves station mode."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class PinDialog(QDialog):
    def __init__(self, prompt: str, with_reason: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The owner's PIN"))
        layout = QVBoxLayout(self)
        text = QLabel(prompt, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.why = QLineEdit(self)
        self.why.setPlaceholderText(self.tr("e.g. the customer agreed to get it later"))
        if with_reason:
            form.addRow(self.tr("Why:"), self.why)
        else:
            self.why.hide()
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(32)
        form.addRow(self.tr("PIN:"), self.pin_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.message = QLabel(self)
        self.message.setStyleSheet("color:#c0192b;")
        layout.addWidget(self.message)
        (self.why if with_reason else self.pin_edit).setFocus()
        self.with_reason = with_reason
        self.resize(460, self.sizeHint().height())

    def _accept(self) -> None:
        if self.with_reason and not self.why.text().strip():
            self.message.setText(self.tr("Say why."))
            self.why.setFocus()
            return
        if not self.pin_edit.text():
            self.message.setText(self.tr("Type the PIN."))
            self.pin_edit.setFocus()
            return
        self.accept()

    def pin(self) -> str:
        return self.pin_edit.text()

    def reason(self) -> str:
        return self.why.text().strip()
