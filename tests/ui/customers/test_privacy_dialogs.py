"""The personal-data windows with real widgets on a real shop file: the anonymisation's window names the kept
invoice and the backups, refuses to go before the reason and the confirmation, then anonymises (and removes the
backups when asked); the export writes the file; the retention window lists and anonymises the ticked customers."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.dbfile import backup_file
from app.models import Customer, Order
from app.services.customers.privacy import anonymise_plan
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.settings import SellerSettings, save_settings
from app.services.orders.editing import create_order
from app.ui.customers.privacy_dialogs import AnonymiseDialog, RetentionDialog, export_personal_data_dialog

TODAY = date(2026, 6, 30)
SELLER = SellerSettings(
    name="Sklep Zaplecze sp. z o.o.", nip="526-025-02-74", street="ul. Prosta 51", postal_code="00-838",
    city="Warszawa", bank_account="61 1090 1014 0000 0712 1981 2874", bank_name="Santander Bank Polska",
    place_of_issue="Warszawa", payment_days=14, exemption_basis="")
SHOTS = Path("/tmp/shots")


def _customer(session, order_input, name="Anna Kowalska", at: datetime | None = None) -> tuple[int, int]:
    oid = create_order(session, order_input(customer_name=name, email=f"{name.split()[0].lower()}@example.pl"), "t")
    with session.begin():
        order = session.get(Order, oid)
        if at is not None:
            order.created_at = order.customer.created_at = at
        return oid, order.customer_id


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_anonymise_window_names_what_remains_and_anonymises_when_confirmed(qtbot, ctx, session, order_input,
                                                                          db_path):
    save_settings(session, SELLER)
    oid, cid = _customer(session, order_input)
    issue_invoice(session, oid, "t", issue_date=TODAY, sale_date=TODAY)
    copy = backup_file(db_path, reason="manual")
    plan = anonymise_plan(session, cid, today=TODAY)
    dialog = AnonymiseDialog(ctx, plan, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    items = [dialog.invoices.item(i).text() for i in range(dialog.invoices.count())]
    assert len(items) == 1 and "2031-12-31" in items[0] and "FV/" in items[0]
    assert copy.name in dialog.backups.item(0).text() and dialog.backups.item(0).toolTip() == str(copy)
    _shot(dialog, "anonymise_dialog")
    assert not dialog.go.isEnabled()
    qtbot.keyClicks(dialog.why, "prosba klienta (RODO)")
    assert not dialog.go.isEnabled()  # not before the box saying it cannot be undone
    dialog.confirm.setChecked(True)
    dialog.remove_backups.setChecked(True)
    assert dialog.go.isEnabled()
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [k.invoice_id for k in dialog.result_value.kept_invoices] == [plan.kept_invoices[0].invoice_id]
    session.expire_all()
    with session.begin():
        c = session.get(Customer, cid)
        assert (c.name, c.anonymised_why) == (f"Klient zanonimizowany #{cid}", "prosba klienta (RODO)")
    assert not copy.exists()


def test_export_writes_the_file_and_says_where(qtbot, ctx, session, order_input, tmp_path, monkeypatch):
    _oid, cid = _customer(session, order_input)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    export_personal_data_dialog(ctx, None, cid, target=tmp_path / "anna.json")
    assert json.loads((tmp_path / "anna.json").read_text(encoding="utf-8"))["customer"][0]["id"] == cid
    assert said and str(tmp_path / "anna.json") in said[0]


def test_retention_window_lists_and_anonymises_the_ticked(qtbot, ctx, session, order_input, monkeypatch):
    _o, old = _customer(session, order_input, "Stary Klient", at=datetime(2022, 3, 1, 10, tzinfo=UTC))
    _o, older = _customer(session, order_input, "Bardzo Stary", at=datetime(2021, 3, 1, 10, tzinfo=UTC))
    _customer(session, order_input, "Nowy Klient")
    dialog = RetentionDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.months.value() == 36
    assert [dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())] == ["Bardzo Stary",
                                                                                          "Stary Klient"]
    _shot(dialog, "retention_dialog")
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.anonymise, Qt.MouseButton.LeftButton)
    assert [dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())] == ["Stary Klient"]
    session.expire_all()
    with session.begin():
        assert session.get(Customer, older).anonymised_why == "retencja"
        assert session.get(Customer, old).anonymised_at is None
    dialog.months.setValue(60)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0 and dialog.months.value() == 60
