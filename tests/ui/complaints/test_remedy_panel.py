"""The remedy panel on a real shop file: goods taken back through its dialog, a refund recorded (a refusal shown in
the dialog, which stays open), paid, and the summary naming the documents; buttons follow the decision."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.models import Order, Product
from app.models.complaint import Complaint
from app.services.complaints.working import case_detail
from app.ui.complaints.remedy_panel import RefundDialog, RemedyPanel, TakeBackDialog
from app.ui.kit.bus import bus
from tests.core.complaints.test_remedies import make_case, shop  # noqa: F401  (fixtures)

SHOTS = Path(os.environ.get("ZAPLECZE_SHOTS", "/tmp/shots"))


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def panel(qtbot, ctx, session, shop, make_case):  # noqa: F811
    case_id = make_case(shop["order"], [(shop["mug"], 2)])
    widget = RemedyPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 260)
    widget.show_case(case_detail(session, case_id))
    return widget


def test_take_back_goods_and_refund_through_the_panel(qtbot, panel, session, shop):  # noqa: F811
    assert panel.summary.text() == "Nothing done yet." and panel.remedy.text() == "Remedy: Refund"
    assert panel.take_back_button.isEnabled() and panel.refund_button.isEnabled()
    assert panel.correction_button.isEnabled() and not panel.replacement_button.isEnabled()
    assert not panel.paid_button.isEnabled()

    seen = []
    bus().changed.connect(seen.append)
    panel.take_back_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, TakeBackDialog) and dialog.isVisible()
    ((to_stock, off),) = dialog.spins.values()
    assert (to_stock.value(), to_stock.maximum()) == (2, 2)  # all of it back on the shelf unless told otherwise
    to_stock.setValue(1)
    off.setValue(1)
    _ok(dialog)
    assert not dialog.isVisible()
    assert seen and shop["mug"] in seen[-1].products
    with session.begin():
        assert session.get(Product, shop["mug"]).on_hand == 9  # 8 after shipping, +2 back, -1 written off
    assert panel.summary.text() == "Goods taken back: 1 to stock, 1 written off (ZW 1/2026, RW 1/2026)"
    assert not panel.take_back_button.isEnabled()

    panel.refund_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, RefundDialog)
    assert (dialog.goods.text(), dialog.shipping.text()) == ("20,00", "12,99")  # a withdrawal's shipping too
    assert dialog.due.date().toPython().isoformat() == "2026-03-16"
    dialog.goods.setText("100,00")
    _ok(dialog)
    assert dialog.isVisible() and "more than is left of order" in dialog.error.text()
    dialog.goods.setText("dwadzieścia")
    _ok(dialog)
    assert dialog.isVisible() and dialog.error.text() == "Goods is not an amount."
    dialog.goods.setText("20,00")
    _ok(dialog)
    assert not dialog.isVisible()
    assert panel.summary.text().splitlines()[-1] == "Refund 32,99\u00a0zł: due by 2026-03-16, not paid yet"
    assert not panel.refund_button.isEnabled() and panel.paid_button.isEnabled()

    panel.paid_button.click()
    dialog = panel.dialog
    dialog.day.setDate(dialog.day.date().fromString("2026-03-10", "yyyy-MM-dd"))
    _ok(dialog)
    assert panel.summary.text().splitlines()[-1] == "Refund 32,99\u00a0zł: paid on 2026-03-10"
    with session.begin():
        assert session.scalar(select(Order.payment_status).where(Order.id == shop["order"])) == "partially_refunded"


def test_correction_and_supplier_claim_through_the_panel(qtbot, panel, session):
    panel.correction_button.click()
    dialog = panel.dialog
    assert dialog.invoice.text() == panel.state.invoice_number and panel.state.invoice_number
    assert dialog.lines.text().splitlines() == ["1. Kubek zielony: quantity 2 → 0", "3. Wysyłka: quantity 1 → 0"]
    _ok(dialog)
    assert not dialog.isVisible()
    assert "Correction invoice: KOR/" in panel.summary.text() and not panel.correction_button.isEnabled()

    panel.claim_button.click()
    dialog = panel.dialog
    dialog.field.setText("")
    _ok(dialog)
    assert dialog.isVisible() and dialog.error.text() == "Name the supplier the claim goes to."
    dialog.field.setText("Ceramika Bolesławiec")
    _ok(dialog)
    assert panel.answer_button.isEnabled() and panel.credit_button.isEnabled()
    panel.credit_button.click()
    dialog = panel.dialog
    dialog.field.setText("6,50")
    _ok(dialog)
    assert "; credit 6,50\u00a0zł received" in panel.summary.text().splitlines()[-1]
    with session.begin():
        assert session.scalar(select(Complaint.status)) == "at_supplier"


def test_the_panel_in_polish(qtbot, polish, panel, session):
    """Screenshots of the panel and its dialogs in Polish, looked at by a person (the words must fit)."""
    panel.take_back_button.click()
    take_back = panel.dialog
    assert take_back.windowTitle() == "Przyjęcie towaru: REK/2026/0001"
    SHOTS.mkdir(parents=True, exist_ok=True)
    take_back.grab().save(str(SHOTS / "remedy_take_back.png"))
    _ok(take_back)
    panel.refund_button.click()
    panel.dialog.grab().save(str(SHOTS / "remedy_refund.png"))
    _ok(panel.dialog)
    panel.correction_button.click()
    panel.dialog.grab().save(str(SHOTS / "remedy_correction.png"))
    panel.dialog.reject()
    assert panel.take_back_button.text() == "Przyjmij towar…"
    assert panel.summary.text().startswith("Towar przyjęty: 2 na stan, 0 do spisania (ZW 1/2026)")
    panel.show()
    panel.grab().save(str(SHOTS / "remedy_panel.png"))


def test_a_price_reduction_and_a_replacement_through_the_panel(qtbot, ctx, session, shop, make_case):  # noqa: F811
    reduced = make_case(shop["order"], [(shop["mug"], 2)], kind="liability", decision="accepted",
                        remedy="price_reduction")
    panel = RemedyPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_case(case_detail(session, reduced))
    assert panel.remedy.text() == "Remedy: Price reduction" and panel.take_back_button.isEnabled()
    panel.correction_button.click()
    dialog = panel.dialog
    dialog.show()
    dialog.reduction.setText("4,00")
    dialog.reduction.editingFinished.emit()
    assert dialog.lines.text().splitlines() == ["1. Kubek zielony: 2 × 10,00\u00a0zł → 2 × 8,00\u00a0zł"]
    assert dialog.reason.text() == "Reklamacja REK/2026/0001: obniżenie ceny"
    _ok(dialog)
    assert "Correction invoice: KOR/" in panel.summary.text()
    panel.refund_button.click()
    assert panel.dialog.goods.text() == "4,00" and panel.dialog.shipping.text() == "0,00"
    panel.dialog.reject()

    replaced = make_case(shop["order"], [(shop["plate"], 1)], kind="liability", decision="accepted",
                         remedy="replacement")
    panel.show_case(case_detail(session, replaced))
    assert panel.replacement_button.isEnabled() and not panel.refund_button.isEnabled()
    panel.replacement_button.click()
    _ok(panel.dialog)
    qtbot.waitUntil(lambda: panel.summary.text().startswith("Replacement order:"))  # written off the UI thread
    with session.begin():
        number = session.scalar(select(Order.number).where(Order.id == session.get(Complaint, replaced)
                                                            .replacement_order_id))
    assert panel.summary.text() == f"Replacement order: {number}" and not panel.replacement_button.isEnabled()
