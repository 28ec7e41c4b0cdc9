"""Map the columns of a shop's CSV/XLSX to our order fields, once, and save the mapping by name.

One combo per field of ours, preset from the file's header (`guess_mapping`), with a few sample values of
the chosen column next to it so the user sees what they pick. Saved in the database (ImportMapping) so the
next file from the same shop imports with no questions; "Save as file…" writes the JSON the CLI takes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.core.errors import DomainError
from app.importers.mapped.orders import FIELDS, ONE_OF_LINE, REQUIRED, Mapping, guess_mapping, save_mapping_json
from app.services.importing.orders import save_mapping
from app.ui.kit import settings as remembered
from app.ui.kit.context import AppContext
from app.ui.kit.errors import error_text, show_error
from app.ui.kit.windows import fit_to_screen

NOT_IN_FILE = ""


def field_labels() -> dict[str, str]:
    """Our fields' labels, translated (spelled out so lupdate finds every string)."""
    return {
        "order_number": QCoreApplication.translate("MappingFields", "Order number"),
        "created_at": QCoreApplication.translate("MappingFields", "Order date"),
        "customer_name": QCoreApplication.translate("MappingFields", "Buyer's name"),
        "email": QCoreApplication.translate("MappingFields", "E-mail"),
        "phone": QCoreApplication.translate("MappingFields", "Phone"),
        "company": QCoreApplication.translate("MappingFields", "Company"),
        "street": QCoreApplication.translate("MappingFields", "Street and number"),
        "postal_code": QCoreApplication.translate("MappingFields", "Postal code"),
        "city": QCoreApplication.translate("MappingFields", "City"),
        "country": QCoreApplication.translate("MappingFields", "Country"),
        "sku": QCoreApplication.translate("MappingFields", "SKU"),
        "ean": QCoreApplication.translate("MappingFields", "EAN"),
        "line_name": QCoreApplication.translate("MappingFields", "Product name"),
        "quantity": QCoreApplication.translate("MappingFields", "Quantity"),
        "unit_price": QCoreApplication.translate("MappingFields", "Unit price (gross)"),
        "vat_rate": QCoreApplication.translate("MappingFields", "VAT rate"),
        "shipping_method": QCoreApplication.translate("MappingFields", "Shipping method"),
        "shipping_cost": QCoreApplication.translate("MappingFields", "Shipping cost"),
        "discount": QCoreApplication.translate("MappingFields", "Discount"),
        "payment_method": QCoreApplication.translate("MappingFields", "Payment method"),
        "payment_status": QCoreApplication.translate("MappingFields", "Payment status"),
        "currency": QCoreApplication.translate("MappingFields", "Currency"),
        "customer_note": QCoreApplication.translate("MappingFields", "Buyer's note"),
    }


class MappingDialog(QDialog):
    """Emits `saved(Mapping)` after the mapping is stored; `mapping()` is what the user chose."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, header: list[str], samples: list[list[str]], mapping: Mapping | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.header, self.samples = ctx, header, samples
        self.setWindowTitle(self.tr("Map the columns of the file"))
        self.name = QLineEdit(mapping.name if mapping else "", self)
        self.name.setPlaceholderText(self.tr("e.g. the shop or platform the file comes from"))
        self.combos: dict[str, QComboBox] = {}
        self.sample_labels: dict[str, QLabel] = {}
        chosen = dict(mapping.fields) if mapping else guess_mapping(header)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Our field</b>"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Column in the file</b>"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>First values</b>"), self), 0, 2)
        labels = field_labels()
        for row, field in enumerate(FIELDS, start=1):
            text = labels[field] + (" *" if field in REQUIRED else "")
            combo = QComboBox(self)
            combo.addItem(self.tr("(not in the file)"), NOT_IN_FILE)
            for h in header:
                combo.addItem(h, h)
            index = combo.findData(chosen.get(field, NOT_IN_FILE))
            combo.setCurrentIndex(max(index, 0))
            sample = QLabel(self)
            sample.setMinimumWidth(220)
            combo.currentIndexChanged.connect(lambda _i, f=field: self._show_sample(f))
            label = QLabel(text, self)
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(sample, row, 2)
            self.combos[field], self.sample_labels[field] = combo, sample
            self._show_sample(field)
        inner = QWidget(self)
        inner.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.file_button = QPushButton(self.tr("Save as &file…"), self)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.file_button.clicked.connect(self.save_as_file)
        layout = QVBoxLayout(self)
        name_row = QGridLayout()
        name_label = QLabel(self.tr("Mapping &name:"), self)
        name_label.setBuddy(self.name)
        name_row.addWidget(name_label, 0, 0)
        name_row.addWidget(self.name, 0, 1)
        layout.addLayout(name_row)
        layout.addWidget(QLabel(self.tr("Fields marked * are required; a line also needs a SKU, an EAN or a "
                                        "product name."), self))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if remembered.restore(Settings.IMPORT_MAPPING_GEOMETRY, self.restoreGeometry):
            fit_to_screen(self)
        else:
            fit_to_screen(self, 820, 680)  # the fields scroll where the screen is shorter

    def done(self, result: int) -> None:
        remembered.save(Settings.IMPORT_MAPPING_GEOMETRY, self.saveGeometry())
        super().done(result)

    def _show_sample(self, field: str) -> None:
        header = self.combos[field].currentData()
        if not header:
            self.sample_labels[field].setText("")
            return
        col = self.header.index(header)
        values = [row[col] for row in self.samples if col < len(row) and row[col].strip()][:3]
        self.sample_labels[field].setText(" · ".join(v.replace("\n", " ")[:30] for v in values))

    def mapping(self) -> Mapping:
        fields = {f: c.currentData() for f, c in self.combos.items() if c.currentData()}
        return Mapping(self.name.text().strip(), fields)

    def problems(self) -> list[str]:
        """What keeps this mapping from working, in words (empty: fine)."""
        m, labels = self.mapping(), field_labels()
        out = [self.tr("Map a column to '{0}'.").format(labels[f]) for f in REQUIRED if f not in m.fields]
        if not any(f in m.fields for f in ONE_OF_LINE):
            out.append(self.tr("Map a column to the SKU, the EAN or the product name."))
        used = [h for h in m.fields.values()]
        if len(used) != len(set(used)):
            out.append(self.tr("One column is mapped to two fields."))
        return out

    def accept(self) -> None:
        problems = self.problems()
        if not self.name.text().strip():
            problems.insert(0, self.tr("Give the mapping a name."))
        if problems:
            self.message.setText("\n".join(problems))
            return
        mapping = self.mapping()

        def done(_nothing: None) -> None:
            self.saved.emit(mapping)
            super(MappingDialog, self).accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DomainError):
                self.message.setText(error_text(exc))
            else:
                show_error(self, exc)

        self.ctx.run(lambda session: save_mapping(session, mapping), on_done=done, on_error=failed)

    def save_as_file(self, path: str | None = None) -> None:
        """Write the mapping as the JSON file `zaplecze import orders --mapping` takes."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the mapping as a file"),
                                                  (self.name.text().strip() or "mapping") + ".json",
                                                  self.tr("Mapping (*.json)"))
        if path:
            save_mapping_json(self.mapping(), path)
