"""Settings pages for carriers (on/off, default service, account at the carrier) and for the mapping of
imported shipping-method texts to a carrier and service (rules tried before the built-in ones)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.shipping import carriers
from app.services.shipping.carriers import CARRIERS, CarrierSettingData
from app.ui.kit.context import AppContext
from app.ui.kit.errors import show_error
from app.ui.kit.tables import SimpleTableModel, make_table
from app.ui.shipping.names import carrier_label, service_label


class CarriersPage(QWidget):
    def __init__(self, settings: list[CarrierSettingData], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        for col, text in enumerate((self.tr("Carrier"), self.tr("Default service"), self.tr("Account at the carrier"))):
            grid.addWidget(QLabel(f"<b>{text}</b>", self), 0, col)
        self.rows: dict[str, tuple[QCheckBox, QComboBox, QLineEdit]] = {}
        for n, s in enumerate(settings, start=1):
            active = QCheckBox(carrier_label(s.code), self)
            active.setChecked(s.active)
            service = QComboBox(self)
            for name in CARRIERS[s.code].services:
                service.addItem(service_label(name), name)
            service.setCurrentIndex(max(0, service.findData(s.default_service)))
            account = QLineEdit(s.account, self)
            account.setPlaceholderText(self.tr("customer number (for the carrier's web API, later)"))
            for col, w in enumerate((active, service, account)):
                grid.addWidget(w, n, col)
            self.rows[s.code] = (active, service, account)
        grid.setRowStretch(len(settings) + 1, 1)

    def values(self) -> list[CarrierSettingData]:
        return [CarrierSettingData(code, a.isChecked(), s.currentData(), acc.text())
                for code, (a, s, acc) in self.rows.items()]


class RulesPage(QWidget):
    """Rules take effect at once (each add or remove is its own small change)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = SimpleTableModel((self.tr("Shipping method contains"), self.tr("Carrier"), self.tr("Service"),
                                       self.tr("Priority")), self, numeric=(3,))
        self.view = make_table(self.model, self, widths=(220,))
        self.pattern = QLineEdit(self)
        self.pattern.setPlaceholderText(self.tr("e.g. Paczkomaty 24/7"))
        self.carrier = QComboBox(self)
        for code in CARRIERS:
            self.carrier.addItem(carrier_label(code), code)
        self.service = QComboBox(self)
        self.carrier.currentIndexChanged.connect(self._carrier_changed)
        self._carrier_changed()
        add = QPushButton(self.tr("&Add rule"), self)
        add.clicked.connect(self.add_rule)
        self.pattern.returnPressed.connect(self.add_rule)
        remove = QPushButton(self.tr("Re&move selected"), self)
        remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for w in (self.pattern, self.carrier, self.service, add, remove):
            row.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Imported orders' shipping method texts are matched by these rules first, "
                                        "then by the built-in ones (InPost, DPD, DHL, GLS, Poczta Polska, ORLEN...)."),
                                self))
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self._generation = 0
        self.reload()

    def _carrier_changed(self) -> None:
        self.service.clear()
        for name in CARRIERS[self.carrier.currentData()].services:
            self.service.addItem(service_label(name), name)

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation

        def show(rules: list[tuple[int, str, str, str, int]]) -> None:
            if generation != self._generation:  # a later reload (after another change) is on its way
                return
            self.model.set_rows([(pattern, carrier_label(code), service_label(service), str(priority))
                                 for _id, pattern, code, service, priority in rules], [rule[0] for rule in rules])

        self.ctx.read(carriers.list_rules, on_done=show, on_error=lambda exc: show_error(self, exc))

    def add_rule(self) -> None:
        pattern, code, service = self.pattern.text(), self.carrier.currentData(), self.service.currentData()

        def done(_: int) -> None:
            self.pattern.clear()
            self.reload()

        self.ctx.run(lambda session: carriers.set_rule(session, pattern, code, service), on_done=done,
                     on_error=lambda exc: show_error(self, exc))

    def remove_selected(self) -> None:
        ids = [self.model.payloads[i.row()] for i in self.view.selectionModel().selectedRows()]
        self.ctx.run(lambda session: carriers.delete_rules(session, ids), on_done=lambda _: self.reload(),
                     on_error=lambda exc: show_error(self, exc))
