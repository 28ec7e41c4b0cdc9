"""The printers and shipping settings dialog: printers, sender and parcels, carriers and the shipping-method rules,
read in the background and saved together (a refused value saves nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.documents import queue as print_queue
from app.services.shipping import shipments as shipping
from tests.support.cups import QUEUE
from tests.support.shipping import modal_text


def open_dialog(ctx, qtbot):
    from app.ui.settings.dialog import PrinterSettingsDialog

    dialog = PrinterSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_printer_settings_dialog_saves(ctx, session, qtbot):
    dialog = open_dialog(ctx, qtbot)
    box = dialog.label_box
    if box.printer.findData(QUEUE) >= 0:
        box.printer.setCurrentIndex(box.printer.findData(QUEUE))
    box.zpl.setChecked(True)
    box.dpi.setCurrentIndex(box.dpi.findData(300))
    dialog.fields["city"].setText("Łódź")  # QTest cannot type non-ASCII keys
    qtbot.keyClicks(dialog.fields["street"], "Polna 1")
    dialog.accept()
    session.expire_all()
    saved = print_queue.get_printer_setting(session, "label")
    assert (saved.zpl, saved.dpi, saved.paper) == (True, 300, "100x150")
    sender = shipping.get_settings(session).sender
    assert (sender.city, sender.street) == ("Łódź", "Polna 1")


def test_settings_dialog_saves_nothing_when_one_value_is_refused(ctx, session, qtbot):
    """Printers, sender and carriers are saved together: a refused value leaves every setting as it was."""
    dialog = open_dialog(ctx, qtbot)
    dialog.label_box.dpi.setCurrentIndex(dialog.label_box.dpi.findData(300))
    dialog.fields["city"].setText("Łódź")
    dialog.prefix.setText("Z-D")  # refused: printed as a barcode, letters and digits only
    assert "letters and digits only" in modal_text(dialog.accept)
    session.expire_all()
    assert print_queue.get_printer_setting(session, "label").dpi == 203  # unchanged
    assert shipping.get_settings(session).sender.city == ""


def test_nothing_is_saved_before_the_settings_are_read(ctx, session, qtbot):
    """In the app the settings are read in a worker: Save comes with them, so defaults never overwrite them."""
    pending = []
    read = ctx.read
    ctx.read = lambda fn, **kw: pending.append((fn, kw))  # the worker has not answered yet
    dialog = open_dialog(ctx, qtbot)
    dialog.accept()
    assert dialog.result() == 0 and dialog.pages.count() == 0
    [(fn, kw)] = pending
    read(fn, **kw)
    assert dialog.pages.count() == 6 and dialog.fields["city"].text() == ""


def test_carriers_and_shipping_method_rules_in_settings(ctx, session, qtbot):
    from app.services.shipping import carriers

    dialog = open_dialog(ctx, qtbot)
    rules = dialog.rules_page
    qtbot.keyClicks(rules.pattern, "Teleport 24h")
    rules.carrier.setCurrentIndex(rules.carrier.findData("gls"))
    qtbot.keyClick(rules.pattern, Qt.Key.Key_Return)
    assert rules.model.rowCount() == 1 and rules.model.index(0, 1).data() == "GLS"
    active = dialog.carriers_page.rows["dhl"][0]
    active.setChecked(False)
    dpd_service = dialog.carriers_page.rows["dpd"][1]
    dpd_service.setCurrentIndex(dpd_service.findData("Next Day"))
    dialog.accept()
    session.expire_all()
    assert carriers.guess_carrier(session, "Kurier Teleport 24h") == ("gls", "Business Parcel")
    saved = {s.code: s for s in carriers.carrier_settings(session)}
    assert not saved["dhl"].active and saved["dpd"].default_service == "Next Day"
    rules.view.selectionModel().select(rules.model.index(0, 0), rules.view.selectionModel().SelectionFlag.Select
                                       | rules.view.selectionModel().SelectionFlag.Rows)
    rules.remove_selected()
    assert rules.model.rowCount() == 0
