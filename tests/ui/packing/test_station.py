"""The packing station driven as a packer drives it: scans typed into the one input, then Enter; F-keys."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app.models import Order, OrderEvent, PackLogEntry, Product, Shipment
from app.services.documents.queue import save_printer_setting
from app.services.packing.pack_barcodes import set_pack_barcode
from app.services.packing.pin import set_owner_pin
from app.services.shipping.data import PrinterSettingData
from tests.support.cups import QUEUE, job_tag, need_queue, snapshot, wait_for_new_pdfs
from tests.support.pdftools import decode_barcodes

MUG, PLATE, BOWL = "5901234123457", "5900000000014", "4006381333931"
DPD = "Kurier DPD"


@pytest.fixture
def shop(db, session, add_product, ready_order):
    """Three products on shelves; two orders ready to pack (the older one first in the queue)."""
    mug = add_product("KUB-1", "Kubek niebieski", ean=MUG, on_hand=50)
    plate = add_product("TAL-2", "Talerz płytki", ean=PLATE, on_hand=50)
    bowl = add_product("MIS-3", "Miska", ean=BOWL, on_hand=50)
    with db.session() as s, s.begin():
        for pid, shelf in ((mug, "B-02"), (plate, "A-01"), (bowl, "C-07")):
            s.get(Product, pid).location = shelf
    first = ready_order((mug, 2), (plate, 1), shipping_method=DPD)
    second = ready_order((plate, 6), shipping_method=DPD)
    return {"mug": mug, "plate": plate, "bowl": bowl, "first": first, "second": second}


@pytest.fixture
def station(qtbot, ctx, shop):
    from app.ui.packing.tab import PackingTab

    tab = PackingTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.show()
    tab.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(tab.isActiveWindow)
    yield tab.station  # the tab lives while the test runs


def scan(qtbot, station, text: str) -> None:
    station.input.setFocus()
    qtbot.keyClicks(station.input, text)
    qtbot.keyClick(station.input, Qt.Key.Key_Return)


def key(qtbot, station, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window = station.window()
    if not window.isActiveWindow():  # a dialog was open: the window a packer looks at is active again
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(station.input, k, modifier)


def counts(station) -> list[str]:
    model = station.lines_model
    return [model.index(r, 4).data() for r in range(model.rowCount())]


def status(db, order_id: int) -> str:
    with db.session() as s:
        return s.get(Order, order_id).status


def answer_modal(fill) -> None:
    """The next modal dialog (PIN, a question) gets `fill(dialog)` as a user would answer it."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        fill(dialog)

    QTimer.singleShot(0, act)


def test_queue_then_scans_right_wrong_unknown_too_many_prefix_and_undo(qtbot, station, shop, db):
    assert station.queue_model.rowCount() == 2
    assert station.queue_model.index(0, 1).data() == station.queue[0].number
    assert station.input.hasFocus()
    key(qtbot, station, Qt.Key.Key_F2)  # the next order: the oldest
    assert station.order.order_id == shop["first"]
    assert status(db, shop["first"]) == "packing"
    assert counts(station) == ["0 of 2", "0 of 1"]

    scan(qtbot, station, MUG)
    assert counts(station) == ["1 of 2", "0 of 1"] and station.banner_kind == "ok"
    assert station.sounds.last == "right"

    scan(qtbot, station, BOWL)  # a product of the shop, not on this order
    assert station.banner_kind == "bad" and station.sounds.last == "wrong"
    assert "Miska (MIS-3)" in station.banner.text() and "Talerz płytki" in station.banner.text()
    assert counts(station) == ["1 of 2", "0 of 1"]

    scan(qtbot, station, "999")
    assert station.banner_kind == "bad" and "Unknown code 999" in station.banner.text()

    scan(qtbot, station, "2*" + MUG)  # one left: two is too many, nothing ticked
    assert station.banner_kind == "bad" and "Too many" in station.banner.text()
    assert counts(station) == ["1 of 2", "0 of 1"]

    scan(qtbot, station, "tal-2")  # the SKU, any case
    assert counts(station) == ["1 of 2", "1 of 1"]
    key(qtbot, station, Qt.Key.Key_F3)  # undo takes the last scan back
    assert counts(station) == ["1 of 2", "0 of 1"] and "Undone" in station.banner.text()
    key(qtbot, station, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counts(station) == ["0 of 2", "0 of 1"]
    assert station.state.wrong_scans == 3
    assert not station.done_panel.isVisible()


def test_complete_packs_ships_prints_the_label_and_opens_the_next(qtbot, station, shop, db, session, tmp_path):
    need_queue()
    save_printer_setting(session, PrinterSettingData("label", QUEUE, "100x150", "portrait", 203, False, True))
    station.printer_service().job_prefix = tag = job_tag()
    before = snapshot(tag)
    key(qtbot, station, Qt.Key.Key_F2)
    scan(qtbot, station, "2*" + MUG)
    scan(qtbot, station, PLATE)
    assert station.state.complete and station.done_panel.isVisible()
    scan(qtbot, station, "1,25")  # the weight, typed
    assert station.weight == Decimal("1.250")
    with qtbot.waitSignal(station.packed, timeout=5000) as done:
        key(qtbot, station, Qt.Key.Key_Return)  # Enter on the empty input: packed
    finished = done.args[0]
    assert not finished.problem and finished.shipment_id is not None
    with db.session() as s:
        assert s.get(Order, shop["first"]).status == "packed"
        entry = s.scalar(select(PackLogEntry).where(PackLogEntry.order_id == shop["first"]))
        assert entry.units == 3 and entry.weight == Decimal("1.250") and entry.station == station.station
        assert s.get(Shipment, finished.shipment_id).parcels[0].weight == Decimal("1.250")
    qtbot.waitUntil(lambda: station.order is not None and station.order.order_id == shop["second"], timeout=5000)
    assert "packed in" in station.banner.text()
    try:  # the label came out of the label printer, no dialog asked
        [pdf] = wait_for_new_pdfs(before, tag=tag)
        codes = decode_barcodes(pdf, tmp_path)
        assert codes == [[finished.packed.number]]  # one label page: the order's barcode (no tracking number yet)
    finally:
        for path in snapshot(tag):
            path.unlink(missing_ok=True)


def test_the_label_cannot_be_made_until_complete_and_the_pin_overrides(qtbot, station, shop, db, session):
    set_owner_pin(session, "4321")
    key(qtbot, station, Qt.Key.Key_F2)
    scan(qtbot, station, MUG)
    key(qtbot, station, Qt.Key.Key_Return)  # Enter with lines missing: refused
    assert station.banner_kind == "bad" and "Not every item is scanned" in station.banner.text()
    assert status(db, shop["first"]) == "packing"

    def wrong_pin(dialog) -> None:
        dialog.why.setText("klient zgodził się na brak talerza")
        dialog.pin_edit.setText("0000")
        dialog.buttons.accepted.emit()

    station.weight = Decimal("0.800")
    answer_modal(wrong_pin)
    key(qtbot, station, Qt.Key.Key_F8)
    assert station.banner_kind == "bad" and "PIN is wrong" in station.banner.text()
    assert status(db, shop["first"]) == "packing"

    def right_pin(dialog) -> None:
        dialog.why.setText("klient zgodził się na brak talerza")
        dialog.pin_edit.setText("4321")
        dialog.buttons.accepted.emit()

    answer_modal(right_pin)
    with qtbot.waitSignal(station.packed, timeout=5000):
        key(qtbot, station, Qt.Key.Key_F8)
    with db.session() as s:
        order = s.get(Order, shop["first"])
        assert order.status == "packed"
        override = [e for e in order.events if e.kind == "override"]
        assert override and override[0].who == station.packer and "brak talerza" in override[0].why


def test_pack_barcode_ticks_its_quantity(qtbot, station, shop, session):
    set_pack_barcode(session, shop["plate"], "5901234123464", 6)
    station.reload_names()
    scan(qtbot, station, station.queue[1].number)  # open the second order by its number (the slip's barcode)
    assert station.order.order_id == shop["second"]
    scan(qtbot, station, "5901234123464")  # one scan of the 6-pack
    assert counts(station) == ["6 of 6"] and station.state.complete


def test_hold_in_two_keys_leaves_the_queue_with_its_reason(qtbot, station, shop, db):
    key(qtbot, station, Qt.Key.Key_F2)
    scan(qtbot, station, MUG)
    key(qtbot, station, Qt.Key.Key_F4)
    assert "1:" in station.banner.text()
    key(qtbot, station, Qt.Key.Key_1)
    with db.session() as s:
        order = s.get(Order, shop["first"])
        assert order.status == "on_hold" and "Item missing on the shelf" in order.problems
        assert [line.reserved for line in order.lines] == [2, 1]  # the items stay reserved for it
    assert station.order is None
    qtbot.waitUntil(lambda: [e.order_id for e in station.queue] == [shop["second"]])


def test_location_first_wants_the_shelf_before_its_items(qtbot, station, shop):
    key(qtbot, station, Qt.Key.Key_F6)
    assert station.location_first
    key(qtbot, station, Qt.Key.Key_F2)
    assert "A-01" in station.banner.text()  # the first shelf in bin order
    model = station.lines_model
    assert [model.index(r, 3).data() for r in range(2)] == ["A-01", "B-02"]
    scan(qtbot, station, MUG)  # no shelf scanned yet
    assert station.banner_kind == "bad" and "shelf B-02" in station.banner.text()
    scan(qtbot, station, "a-01")
    assert station.banner_kind == "ok" and station.state.shelf == "A-01"
    scan(qtbot, station, MUG)  # on B-02, not A-01
    assert station.banner_kind == "bad" and "not A-01" in station.banner.text()
    scan(qtbot, station, PLATE)
    scan(qtbot, station, "B-02")
    scan(qtbot, station, "2*" + MUG)
    assert station.state.complete


def test_a_claimed_order_names_its_station_and_can_be_taken_over(qtbot, station, shop, session, db):
    from app.services.packing.claims import claim

    claim(session, shop["first"], "Stanowisko 2", "Tomek")
    key(qtbot, station, Qt.Key.Key_F5)  # the queue again: the first order shows who has it
    assert station.queue_model.index(0, 6).data() == "Stanowisko 2 (Tomek)"
    key(qtbot, station, Qt.Key.Key_F2)  # F2 skips the claimed order
    assert station.order.order_id == shop["second"]
    key(qtbot, station, Qt.Key.Key_Escape)  # nothing scanned: closed without a question
    assert station.order is None and status(db, shop["second"]) == "ready"

    answer_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    station.open_order_id(shop["first"])
    assert station.order is None
    assert "Tomek" in station.banner.text() and "Stanowisko 2" in station.banner.text()
    answer_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    station.open_order_id(shop["first"])
    assert station.order is not None and station.order.order_id == shop["first"]


def test_station_mode_locks_the_window_until_the_pin(qtbot, ctx, shop, session):
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab = window.tab("PackingTab")
    window.tabs.setCurrentWidget(tab)
    key(qtbot, tab.station, Qt.Key.Key_F11)  # no PIN set yet: refused
    assert not tab.station_mode and "PIN" in tab.station.banner.text()
    set_owner_pin(session, "2468")
    key(qtbot, tab.station, Qt.Key.Key_F11)
    assert tab.station_mode and not window.tabs.tabBar().isVisible() and not window.menuBar().isVisible()
    assert not tab.log_button.isVisible()

    def pin(value: str):
        def fill(dialog) -> None:
            dialog.pin_edit.setText(value)
            dialog.buttons.accepted.emit()
        return fill

    answer_modal(pin("1111"))
    window.close()  # closing a locked station asks for the PIN; a wrong one keeps it open and locked
    assert window.isVisible() and tab.station_mode
    answer_modal(pin("1111"))
    key(qtbot, tab.station, Qt.Key.Key_F11)
    assert tab.station_mode and "PIN is wrong" in tab.station.banner.text()
    answer_modal(pin("2468"))
    key(qtbot, tab.station, Qt.Key.Key_F11)
    assert not tab.station_mode and window.tabs.tabBar().isVisible()


def test_history_says_who_packed_where(qtbot, station, shop, db):
    key(qtbot, station, Qt.Key.Key_F2)
    scan(qtbot, station, "2*" + MUG)
    scan(qtbot, station, PLATE)
    scan(qtbot, station, "0,9")
    with qtbot.waitSignal(station.packed, timeout=5000):
        key(qtbot, station, Qt.Key.Key_Return)
    with db.session() as s:
        events = s.scalars(select(OrderEvent).where(OrderEvent.order_id == shop["first"])).all()
        assert any(e.to_status == "packed" and station.station in (e.why or "") for e in events)


def complete_first_order(qtbot, station) -> None:
    key(qtbot, station, Qt.Key.Key_F2)
    scan(qtbot, station, "2*" + MUG)
    scan(qtbot, station, PLATE)
    assert station.state.complete


@pytest.mark.parametrize("protocol", ["mt-sics", "continuous"])
def test_the_scale_fills_the_weight(qtbot, ctx, shop, line, protocol):
    """A scale on a serial line (a socat pseudo-terminal pair, the test playing the scale) weighs the parcel."""
    from app.ui.packing.scale import ScaleSetup, save_scale_setup
    from app.ui.packing.tab import PackingTab

    fake, host = line
    save_scale_setup(ScaleSetup(str(host), 9600, protocol))
    tab = PackingTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    station = tab.station
    assert station.scale.is_open, station.scale.error
    complete_first_order(qtbot, station)
    if protocol == "mt-sics":
        assert b"SI\r\n" in fake.read_until(qtbot, b"SI\r\n")  # the station asks when the order is complete
        fake.write(b"S D      1.190 kg\r\n")  # still moving: not taken
        qtbot.wait(100)
        assert station.weight != Decimal("1.190")
        fake.write(b"S S      1.234 kg\r\n")
        expected = Decimal("1.234")
    else:
        fake.write(b"US,GS,+  2.480kg\r\nST,GS,")  # unstable, then a stable line split across two writes
        qtbot.wait(50)
        fake.write(b"+  2.500kg\r\n")
        expected = Decimal("2.500")
    qtbot.waitUntil(lambda: station.weight == expected, timeout=3000)
    assert station.weight_label.text() == f"{expected} kg"
    tab.close()


def test_a_photo_of_the_parcel_is_kept_with_the_order(qtbot, station, shop, session):
    """No camera here: the station says so and packs without a photo; a photo the camera delivers is kept."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from app.services.packing.photos import parcel_photo_jpeg, parcel_photos

    complete_first_order(qtbot, station)
    if not station.camera.available:
        key(qtbot, station, Qt.Key.Key_F7)
        assert "No camera" in station.banner.text() and station.state.complete
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#8a6d3b"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    station.camera.taken.emit(bytes(data))  # what the camera hands over after F7
    assert "Photo taken" in station.photo_label.text()
    scan(qtbot, station, "1")
    with qtbot.waitSignal(station.packed, timeout=5000):
        key(qtbot, station, Qt.Key.Key_Return)
    [photo] = parcel_photos(session, shop["first"])
    assert photo.station == station.station and parcel_photo_jpeg(session, photo.id) == bytes(data)

    from app.ui.orders.dialog import OrderDialog  # the owner looks at it from the order, in a dispute

    dialog = OrderDialog(station.ctx, shop["first"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.photos_button.isVisible() and dialog.photos_button.text() == "Parcel photos (1)"
    dialog.photos_button.click()
    shown = dialog.photos_dialog.picture.pixmap()
    assert (shown.width(), shown.height()) != (0, 0) and dialog.photos_dialog.pixmap.size().width() == 64


def test_the_packing_slip_prints_with_the_label_when_set(qtbot, station, shop, session, tmp_path):
    need_queue()
    for kind, paper in (("label", "100x150"), ("a4", "A4")):
        save_printer_setting(session, PrinterSettingData(kind, QUEUE, paper, "portrait", 203, False, True))
    station.print_slip = True
    station.printer_service().job_prefix = tag = job_tag()
    before = snapshot(tag)
    complete_first_order(qtbot, station)
    scan(qtbot, station, "1,1")
    with qtbot.waitSignal(station.packed, timeout=5000) as done:
        key(qtbot, station, Qt.Key.Key_Return)
    number = done.args[0].packed.number
    try:
        pdfs = wait_for_new_pdfs(before, count=2, tag=tag)
        assert [decode_barcodes(pdf, tmp_path) for pdf in pdfs] == [[[number]], [[number]]]
    finally:
        for path in snapshot(tag):
            path.unlink(missing_ok=True)


def test_the_pick_list_of_the_queue_prints_from_the_station(qtbot, station, shop, session, tmp_path):
    need_queue()
    save_printer_setting(session, PrinterSettingData("a4", QUEUE, "A4", "portrait", 203, False, True))
    station.printer_service().job_prefix = tag = job_tag()
    before = snapshot(tag)
    key(qtbot, station, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "2 orders" in station.banner.text()
    try:
        [pdf] = wait_for_new_pdfs(before, tag=tag)
        [codes] = decode_barcodes(pdf, tmp_path)
        assert sorted(codes) == sorted(e.number for e in station.queue)  # each order's number, to scan at packing
    finally:
        for path in snapshot(tag):
            path.unlink(missing_ok=True)


def test_pack_log_and_settings_open_from_the_tab_and_the_pin_is_set_there(qtbot, station, session):
    from app.services.packing.pin import verify_owner_pin

    tab = station.parent()
    key(qtbot, station, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert tab.log_dialog is not None and tab.log_dialog.isVisible()
    tab.log_dialog.close()
    tab.open_settings()
    dialog = tab.settings_dialog
    dialog.name.setText("Stół 3")
    dialog.packer.setText("Ania")
    dialog.new_pin.setText("13579")
    dialog.save()
    assert station.station == "Stół 3" and station.packer == "Ania" and "Ania at Stół 3" in station.who_label.text()
    assert verify_owner_pin(session, "13579") and not verify_owner_pin(session, "1357")
    tab.open_settings()
    tab.settings_dialog.new_pin.setText("2468")  # changing it needs the current one
    tab.settings_dialog.save()
    assert "current PIN is wrong" in tab.settings_dialog.message.text() and verify_owner_pin(session, "13579")
