"""A spin box for an amount of money that shows it as every label and list of the app does (format_money).

QDoubleSpinBox writes its value in QLocale's default style with a suffix of its own ("14.50 zł" in English,
"14,50 zł" in Polish, but without the thousands space); the labels beside it say "1 234,50 zł". This one shows
format_money's text and reads back whatever parse_decimal reads ("14,5", "14.50", "1 234,50 zł").
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from app.core.money import CURRENCY_SYMBOLS, format_money, parse_decimal


class MoneySpinBox(QDoubleSpinBox):
    def __init__(self, parent: QWidget | None = None, maximum: float = 99999.99, currency: str = "PLN") -> None:
        super().__init__(parent)
        self.currency = currency
        self.setDecimals(2)
        self.setRange(0, maximum)
        self.setSingleStep(1.0)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToPreviousValue)

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self.setValue(self.value())
        self.lineEdit().setText(self.textFromValue(self.value()))

    def money(self) -> Decimal:
        return Decimal(f"{self.value():.2f}")

    def set_money(self, value: Decimal) -> None:
        self.setValue(float(value))

    # --- QDoubleSpinBox's text conversion ------------------------------------------------------------------
    def textFromValue(self, value: float) -> str:
        return format_money(Decimal(f"{value:.2f}"), self.currency)

    def _number(self, text: str) -> Decimal:
        symbol = CURRENCY_SYMBOLS.get(self.currency, self.currency)
        return parse_decimal(text.replace(symbol, "").strip())

    def valueFromText(self, text: str) -> float:
        try:
            return float(self._number(text))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        symbol = CURRENCY_SYMBOLS.get(self.currency, self.currency)
        bare = text.replace(symbol, "").strip()
        if not bare:
            return QValidator.State.Intermediate, text, pos
        try:
            value = self._number(text)
        except ValueError:
            allowed = set("0123456789,. \u00a0'") | set(symbol)
            state = QValidator.State.Intermediate if set(text) <= allowed else QValidator.State.Invalid
            return state, text, pos
        if value < 0 or value > Decimal(str(self.maximum())) or value != value.quantize(Decimal("0.01")):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())
