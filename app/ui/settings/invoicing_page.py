"""The settings window's Invoices page: the seller as every invoice states it (name, NIP, address, bank account,
place of issue, payment term, logo), the invoicing rules (how B2B invoices are computed, the exemption's legal
basis, cash accounting, split payment, the KSeF environment) and the numbering series.

The page holds what the user typed until the window's Save. `check()` runs the invoicing area's own checks
(python-stdnum for the NIP and the IBAN) before anything is written, and puts a refusal under its field; the
window saves the rest first and this page's data after it, so a refused value leaves every setting as it was.
Series are added and edited in a small dialog here, and saved with the window (only those that changed).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.errors import DomainError
from app.services.invoicing.amounts import GROSS, NET
from app.services.invoicing.data import KOR, VAT
from app.services.invoicing.numbering import (
    MONTH,
    NEVER,
    YEAR,
    SeriesData,
    check_pattern,
    format_number,
    list_series,
    save_series,
)
from app.services.invoicing.reading import InvoiceQuery, invoice_count
from app.services.invoicing.settings import (
    BANK_ACCOUNT,
    KSEF_ENVIRONMENTS,
    SELLER_NIP,
    SellerSettings,
    check_iban,
    check_nip,
    check_settings,
    get_settings,
    save_settings,
)
from app.ui.kit import settings as remembered
from app.ui.kit.errors import error_text
from app.ui.kit.tables import SimpleTableModel, make_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.ui.kit.context import AppContext

LOGO_MAX_SIDE = 800  # pixels: a logo is printed about 40 mm wide; a camera photo is made smaller before it is kept
_LOGO_FORMATS = (b"\x89PNG", b"\xff\xd8\xff")  # PNG, JPEG: what the invoice PDF embeds as it is
_ERROR_STYLE = "color:#c0192b;"


@dataclass(frozen=True)
class InvoicingData:
    """What the page shows: the seller's settings, the series, and which series have numbered invoices (their
    pattern and reset can no longer change)."""

    seller: SellerSettings
    series: list[SeriesData]
    used: frozenset[int]


def read_invoicing(session: Session) -> InvoicingData:
    """The page's data (the standard series made when the shop has none yet: a write, so run it as one)."""
    series = list_series(session)
    used = frozenset(s.id for s in series if s.id is not None
                     and invoice_count(session, InvoiceQuery(series=s.code)) > 0)
    return InvoicingData(get_settings(session), series, used)


def save_invoicing(session: Session, seller: SellerSettings | None, series: list[SeriesData]) -> None:
    """The page's changes: the seller's settings (when changed), then each changed or new series."""
    if seller is not None:
        save_settings(session, seller)
    for s in sorted(series, key=lambda s: s.is_default):  # a new default last: it takes the flag from the others
        save_series(session, s)


def logo_bytes(data: bytes) -> bytes | None:
    """The picture as the invoice will carry it: a PNG or JPEG of a sensible size as it is; any other picture
    (or a big photo) as a PNG of at most LOGO_MAX_SIDE pixels a side. None for data that is no picture."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    small = image.width() <= LOGO_MAX_SIDE and image.height() <= LOGO_MAX_SIDE
    if small and data.startswith(_LOGO_FORMATS):
        return data
    if not small:
        image = image.scaled(LOGO_MAX_SIDE, LOGO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _today(ctx: AppContext | None) -> date:
    return datetime.now(ctx.tz).date() if ctx is not None else date.today()


class SeriesDialog(QDialog):
    """Add or edit one numbering series: its code, what it numbers, the pattern (with a sample for today) and when
    it starts again. A series that has numbered invoices keeps its pattern and reset (its numbers stay
    continuous)."""

    def __init__(self, series: SeriesData | None, used: bool, taken_codes: set[str], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invoice series") if series is None else
                            self.tr("Invoice series {0}").format(series.code))
        self.original, self.taken, self.today = series, taken_codes, today
        self.code = QLineEdit(series.code if series else "", self)
        self.code.setMaxLength(20)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Invoices"), VAT)
        self.kind.addItem(self.tr("Corrections"), KOR)
        self.kind.setCurrentIndex(max(0, self.kind.findData(series.kind if series else VAT)))
        self.pattern = QLineEdit(series.pattern if series else "FV/{YYYY}/{MM}/{N}", self)
        self.pattern.setToolTip(self.tr("{YYYY} year, {YY} year in two digits, {MM} month, {DD} day, {N} the number "
                                        "({N:04}: at least 4 digits, 0001)"))
        self.reset = QComboBox(self)
        for value, text in ((MONTH, self.tr("every month")), (YEAR, self.tr("every year")), (NEVER, self.tr("never"))):
            self.reset.addItem(text, value)
        self.reset.setCurrentIndex(max(0, self.reset.findData(series.reset if series else MONTH)))
        self.default = QCheckBox(self.tr("The default series of its kind"), self)
        self.default.setChecked(bool(series and series.is_default))
        if series is not None and series.is_default:  # another series becomes the default instead
            self.default.setEnabled(False)
            self.default.setToolTip(self.tr("Make another series the default to change this."))
        self.sample = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Numbers:"), self.kind)
        form.addRow(self.tr("Pattern:"), self.pattern)
        form.addRow(self.tr("Starts again:"), self.reset)
        form.addRow(self.tr("Today's first number:"), self.sample)
        form.addRow(self.default)
        if used:
            for widget in (self.pattern, self.reset, self.kind):
                widget.setEnabled(False)
            note = QLabel(self.tr("This series has numbered invoices: its pattern and reset stay as they are. Make a "
                                  "new series for other numbers."), self)
            note.setWordWrap(True)
            form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.pattern.textChanged.connect(lambda _t: self._show_sample())
        self.reset.currentIndexChanged.connect(lambda _i: self._show_sample())
        self._show_sample()
        self.resize(520, self.sizeHint().height())

    def _show_sample(self) -> None:
        try:
            check_pattern(self.pattern.text().strip(), self.reset.currentData())
        except DomainError as exc:
            self.sample.setText("—")
            self.message.setText(error_text(exc))
            return
        self.sample.setText(format_number(self.pattern.text().strip(), self.today, 1))
        self.message.setText("")

    def value(self) -> SeriesData:
        return SeriesData(self.original.id if self.original else None, self.code.text().strip().upper(),
                          self.kind.currentData(), self.pattern.text().strip(), self.reset.currentData(),
                          self.default.isChecked())

    def accept(self) -> None:
        data = self.value()
        if not data.code:
            self.message.setText(self.tr("A series needs a code, such as FV."))
            return
        if data.code in self.taken:
            self.message.setText(self.tr("There is already a series {0}.").format(data.code))
            return
        try:
            check_pattern(data.pattern, data.reset)
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()


class InvoicingPage(QWidget):
    """The Invoices page; `loaded` once the settings and series are in (the window saves nothing before)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.failed = False  # the settings could not be read: the window saves its other pages without this one
        self.logo: bytes | None = None
        self.original_seller: SellerSettings | None = None
        self.original_series: list[SeriesData] = []
        self.series: list[SeriesData] = []
        self.used: frozenset[int] = frozenset()
        self.series_dialog: SeriesDialog | None = None
        self._build()
        self.setEnabled(False)  # until the settings are in
        ctx.run(read_invoicing, on_done=self._loaded, on_error=self._not_loaded)

    def _not_loaded(self, exc: BaseException) -> None:
        self.failed = True
        self.setEnabled(True)  # the message can be read; the fields stay empty and are not saved
        for child in self.findChildren(QWidget):
            if child is not self.message:
                child.setEnabled(False)
        self.say(error_text(exc))

    # --- layout ---------------------------------------------------------------------------------------------------
    def _line(self, name: str, parent: QWidget, max_length: int = 255) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        edit.textEdited.connect(lambda _t, n=name: self.set_error(n, ""))
        return edit

    def _build(self) -> None:
        seller = QGroupBox(self.tr("Seller (as every invoice states it)"), self)
        form = QFormLayout(seller)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = self._line("name", seller)
        self.nip = self._line("nip", seller, 20)
        self.nip.setPlaceholderText("123-456-78-19")
        self.street = self._line("street", seller)
        self.postal_code = self._line("postal_code", seller, 16)
        self.postal_code.setPlaceholderText("00-000")
        self.postal_code.setMaximumWidth(90)
        self.city = self._line("city", seller, 120)
        self.country = self._line("country", seller, 2)
        self.country.setMaximumWidth(40)
        self.bank_account = self._line("bank_account", seller, 40)
        self.bank_account.setPlaceholderText("PL61 1090 1014 0000 0712 1981 2874")
        self.bank_name = self._line("bank_name", seller, 120)
        self.place = self._line("place", seller, 120)
        self.place.setPlaceholderText(self.tr("the seller's city"))
        self.errors: dict[str, QLabel] = {}
        for key in ("nip", "bank_account"):
            label = QLabel(seller)
            label.setWordWrap(True)
            label.setStyleSheet(_ERROR_STYLE)
            label.hide()
            self.errors[key] = label
        address = QHBoxLayout()
        address.addWidget(self.postal_code)
        address.addWidget(self.city, 1)
        address.addWidget(QLabel(self.tr("Country:"), seller))
        address.addWidget(self.country)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("N&IP:"), self.nip)
        form.addRow("", self.errors["nip"])
        form.addRow(self.tr("&Street:"), self.street)
        form.addRow(self.tr("Postal code, city:"), address)
        form.addRow(self.tr("&Bank account:"), self.bank_account)
        form.addRow("", self.errors["bank_account"])
        form.addRow(self.tr("Ban&k:"), self.bank_name)
        form.addRow(self.tr("&Place of issue:"), self.place)

        rules = QGroupBox(self.tr("Invoicing rules"), self)
        rform = QFormLayout(rules)
        rform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.payment_days = QSpinBox(rules)
        self.payment_days.setRange(0, 365)
        self.payment_days.setSuffix(self.tr(" days"))
        self.method = QComboBox(rules)
        self.method.addItem(self.tr("from net prices"), NET)
        self.method.addItem(self.tr("from gross prices"), GROSS)
        self.method.setToolTip(self.tr("Invoices for consumers are always computed from gross prices"))
        self.exemption = self._line("exemption", rules, 500)
        self.exemption.setPlaceholderText(self.tr("e.g. art. 113 ust. 1 ustawy o VAT"))
        self.exemption.setToolTip(self.tr("Printed on an invoice with an exempt (zw) line"))
        self.cash = QCheckBox(self.tr("Cash accounting (metoda kasowa)"), rules)
        self.split = QCheckBox(self.tr("Split payment on B2B invoices of 15,000 zł or more"), rules)
        self.ksef = QComboBox(rules)
        names = {"test": self.tr("Test"), "demo": self.tr("Demo (pre-production)"), "prod": self.tr("Production")}
        for env in KSEF_ENVIRONMENTS:
            self.ksef.addItem(names.get(env, env), env)
        self.logo_view = QLabel(rules)
        self.logo_view.setFixedSize(150, 48)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_view.setStyleSheet("border:1px solid palette(mid);")
        self.choose_logo = QPushButton(self.tr("C&hoose…"), rules)
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo = QPushButton(self.tr("Re&move"), rules)
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        logo = QHBoxLayout()
        logo.addWidget(self.logo_view)
        logo.addWidget(self.choose_logo)
        logo.addWidget(self.remove_logo)
        logo.addStretch(1)
        rform.addRow(self.tr("Pa&yment term:"), self.payment_days)
        rform.addRow(self.tr("B2B invoices &computed:"), self.method)
        rform.addRow(self.tr("&Exemption basis:"), self.exemption)
        rform.addRow(self.cash)
        rform.addRow(self.split)
        rform.addRow(self.tr("KSeF en&vironment:"), self.ksef)
        rform.addRow(self.tr("Logo:"), logo)

        numbering = QGroupBox(self.tr("Numbering series"), self)
        self.series_model = SimpleTableModel((self.tr("Code"), self.tr("Numbers"), self.tr("Pattern"),
                                              self.tr("Starts again"), self.tr("Default"),
                                              self.tr("Today's first number")), self)
        self.series_view = make_table(self.series_model, numbering, (70, 95, 170, 110, 60), one_line_rows=True)
        self.series_view.doubleClicked.connect(lambda index: self.edit_series(index.row()))
        self.add_button = QPushButton(self.tr("&Add series…"), numbering)
        self.add_button.clicked.connect(lambda: self.edit_series(None))
        self.edit_button = QPushButton(self.tr("E&dit series…"), numbering)
        self.edit_button.clicked.connect(self._edit_current)
        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.edit_button)
        side.addStretch(1)
        nl = QHBoxLayout(numbering)
        nl.addWidget(self.series_view, 1)
        nl.addLayout(side)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        grid = QGridLayout(self)
        grid.addWidget(seller, 0, 0)
        grid.addWidget(rules, 0, 1)
        grid.addWidget(numbering, 1, 0)
        from app.ui.settings.ksef_page import KsefBox

        self.ksef_box = KsefBox(self.ctx, self.nip.text, self.ksef.currentData, self)
        self.nip.editingFinished.connect(self.ksef_box.refresh)
        self.ksef.currentIndexChanged.connect(lambda _i: self.ksef_box.refresh() if self.loaded else None)
        grid.addWidget(self.ksef_box, 1, 1)
        grid.addWidget(self.message, 2, 0, 1, 2)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    # --- data in -------------------------------------------------------------------------------------------------
    def _loaded(self, data: InvoicingData) -> None:
        s = data.seller
        for edit, value in ((self.name, s.name), (self.nip, s.nip), (self.street, s.street),
                            (self.postal_code, s.postal_code), (self.city, s.city), (self.country, s.country),
                            (self.bank_account, s.bank_account), (self.bank_name, s.bank_name),
                            (self.place, s.place_of_issue), (self.exemption, s.exemption_basis)):
            edit.setText(value)
        self.payment_days.setValue(s.payment_days)
        self.method.setCurrentIndex(max(0, self.method.findData(s.b2b_method)))
        self.cash.setChecked(s.cash_accounting)
        self.split.setChecked(s.split_payment)
        self.ksef.setCurrentIndex(max(0, self.ksef.findData(s.ksef_environment)))
        self.set_logo(s.logo)
        self.series, self.original_series, self.used = list(data.series), list(data.series), data.used
        self._show_series()
        self.original_seller = self.seller()
        self.loaded = True
        self.setEnabled(True)
        self.ksef_box.refresh()

    def _show_series(self) -> None:
        kinds = {VAT: self.tr("Invoices"), KOR: self.tr("Corrections")}
        resets = {MONTH: self.tr("every month"), YEAR: self.tr("every year"), NEVER: self.tr("never")}
        today = _today(self.ctx)
        rows = []
        for s in self.series:
            try:
                sample = format_number(s.pattern, today, 1)
            except DomainError:
                sample = "—"
            rows.append((s.code, kinds.get(s.kind, s.kind), s.pattern, resets.get(s.reset, s.reset),
                         "✓" if s.is_default else "", sample))
        self.series_model.set_rows(rows, list(range(len(self.series))))
        self.edit_button.setEnabled(bool(self.series))

    # --- logo ----------------------------------------------------------------------------------------------------
    def set_logo(self, data: bytes | None) -> None:
        self.logo = data or None
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(QByteArray(self.logo)):
            self.logo_view.setPixmap(pixmap.scaled(self.logo_view.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_view.setPixmap(QPixmap())
            self.logo_view.setText(self.tr("no logo"))
        self.remove_logo.setEnabled(self.logo is not None)

    def pick_logo(self) -> None:
        folder = remembered.load(Settings.INVOICE_LOGO_FOLDER) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The seller's logo"), folder,
                                              self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"))
        if path:
            remembered.save(Settings.INVOICE_LOGO_FOLDER, str(Path(path).parent))
            self.load_logo(Path(path))

    def load_logo(self, path: Path) -> None:
        """The chosen file as the logo (made a small PNG when it is another picture or a big one)."""
        try:
            data = logo_bytes(path.read_bytes())
        except OSError as exc:
            self.say(self.tr("{0} cannot be read: {1}").format(path.name, exc.strerror or exc))
            return
        if data is None:
            self.say(self.tr("{0} is not a picture (PNG or JPEG).").format(path.name))
            return
        self.set_logo(data)
        self.say("")

    # --- series --------------------------------------------------------------------------------------------------
    def _edit_current(self) -> None:
        index = self.series_view.currentIndex()
        rows = self.series_view.selectionModel().selectedRows()
        row = rows[0].row() if rows else (index.row() if index.isValid() else 0)
        self.edit_series(row if self.series else None)

    def edit_series(self, row: int | None) -> SeriesDialog:
        """The series dialog (non-blocking); its OK changes the list, saved with the window."""
        series = self.series[row] if row is not None else None
        taken = {s.code for i, s in enumerate(self.series) if i != row}
        used = series is not None and series.id in self.used
        dialog = SeriesDialog(series, used, taken, _today(self.ctx), self)
        dialog.accepted.connect(lambda: self._series_edited(row, dialog.value()))
        self.series_dialog = dialog
        dialog.open()
        return dialog

    def _series_edited(self, row: int | None, data: SeriesData) -> None:
        if data.is_default:  # one default per kind, as the service keeps it
            self.series = [replace(s, is_default=False) if s.kind == data.kind else s for s in self.series]
        if row is None:
            self.series.append(data)
        else:
            self.series[row] = data
        self._show_series()

    def changed_series(self) -> list[SeriesData]:
        """New series, and those whose code, pattern, reset or default flag the user changed."""
        before = {s.id: s for s in self.original_series}
        changed = [s for s in self.series if s.id is None or before.get(s.id) != s]
        # A series that lost its default flag to another is saved by that one (the service moves the flag).
        return [s for s in changed if not (s.id is not None and before[s.id] == replace(s, is_default=True)
                                          and not s.is_default)]

    # --- data out ------------------------------------------------------------------------------------------------
    def seller(self) -> SellerSettings:
        return SellerSettings(
            name=self.name.text(), nip=self.nip.text(), street=self.street.text(),
            postal_code=self.postal_code.text(), city=self.city.text(), country=self.country.text() or "PL",
            bank_account=self.bank_account.text(), bank_name=self.bank_name.text(), place_of_issue=self.place.text(),
            payment_days=self.payment_days.value(), logo=self.logo, b2b_method=self.method.currentData(),
            exemption_basis=self.exemption.text(), cash_accounting=self.cash.isChecked(),
            split_payment=self.split.isChecked(), ksef_environment=self.ksef.currentData())

    def seller_changed(self) -> SellerSettings | None:
        """The seller's settings to save, or None when the user changed nothing (another station's edit stays)."""
        data = self.seller()
        return None if data == self.original_seller else data

    def set_error(self, field: str, text: str) -> None:
        label = self.errors.get(field)
        if label is None:
            return
        label.setText(text)
        label.setVisible(bool(text))
        edit = {"nip": self.nip, "bank_account": self.bank_account}[field]
        edit.setStyleSheet("border: 1px solid #c0192b;" if text else "")

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def check(self) -> bool:
        """The invoicing area's checks before anything is saved: a refused NIP or account number is said under its
        field (the first one gets the focus); anything else under the page. True when it may be saved."""
        data = self.seller()
        first: QLineEdit | None = None
        for field, edit, check in (("nip", self.nip, lambda v: check_nip(v, SELLER_NIP)),
                                   ("bank_account", self.bank_account, lambda v: check_iban(v, BANK_ACCOUNT))):
            self.set_error(field, "")
            if edit.text().strip():
                try:
                    check(edit.text())
                except DomainError as exc:
                    self.set_error(field, error_text(exc))
                    first = first or edit
        if first is not None:
            first.setFocus()
            return False
        try:
            check_settings(data)
        except DomainError as exc:
            self.say(error_text(exc))
            return False
        self.say("")
        return True
