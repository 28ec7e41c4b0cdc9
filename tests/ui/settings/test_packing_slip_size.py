"""The packing slip's size in the printers settings: A4 on the A4 printer or A6 on the label printer, saved with the
rest and shown again when the dialog opens (in Polish too)."""

from __future__ import annotations

from app.services.documents import queue as print_queue


def open_dialog(ctx, qtbot):
    from app.ui.settings.dialog import PrinterSettingsDialog

    dialog = PrinterSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_the_slip_size_is_saved_and_shown_again(ctx, session, qtbot):
    dialog = open_dialog(ctx, qtbot)
    assert dialog.slip_size.currentData() == "A4"
    dialog.slip_size.setCurrentIndex(dialog.slip_size.findData("A6"))
    dialog.accept()
    with session.begin():
        assert print_queue.read_slip_size(session) == "A6"
    again = open_dialog(ctx, qtbot)
    assert again.slip_size.currentData() == "A6" and again.slip_size.currentText() == "A6, on the label printer"


def test_the_slip_size_in_polish(ctx, polish, qtbot):
    dialog = open_dialog(ctx, qtbot)
    assert [dialog.slip_size.itemText(i) for i in range(2)] == ["A4, na drukarce A4", "A6, na drukarce etykiet"]
