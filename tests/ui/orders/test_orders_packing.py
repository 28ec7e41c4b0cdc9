"""The Orders tab and the packing station's work (issue 13): a pick list and packing slips of the selected orders
printed through the real CUPS queue Zaplecze_PDF, Pack first set and taken back, and an order held at packing
shown in the problems filter with the packer's reason (in English and in Polish)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.documents import queue as print_queue
from app.services.orders import editing as orders
from app.services.orders import lifecycle
from app.services.packing.completing import hold_order
from app.services.shipping.data import PrinterSettingData
from app.ui.orders import model as om
from app.ui.orders.tab import OrdersTab
from tests.support.cups import QUEUE, job_tag, need_queue, snapshot, wait_for_new_pdfs
from tests.support.pdftools import decode_barcodes

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def ready(session, shop):
    """Anna's and Piotr's orders ready to pack (both paid, complete); both printers on the cups-pdf queue.
    {first name: (id, number)} of every order of the shop."""
    for kind, paper in (("label", "100x150"), ("a4", "A4")):
        print_queue.save_printer_setting(session, PrinterSettingData(kind, QUEUE, paper, "portrait", 203, False, True))
    orders.change_status(session, [shop["anna"], shop["piotr"]], lifecycle.READY, who="t")
    return {name: (oid, orders.get_order(session, oid).number) for name, oid in shop.items()}


def make_tab(qtbot, ctx) -> OrdersTab:
    widget = OrdersTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    widget.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(widget.isActiveWindow)
    widget.table.setFocus()
    return widget


@pytest.fixture
def tab(qtbot, ctx, ready):
    widget = make_tab(qtbot, ctx)
    widget.actions_.print_service.job_prefix = job_tag()  # our jobs, told apart from other runs on the shared queue
    yield widget
    for pdf in snapshot(widget.actions_.print_service.job_prefix):
        pdf.unlink(missing_ok=True)


def select_ids(tab: OrdersTab, ids: list[int]) -> None:
    tab.table.clearSelection()
    sel = tab.table.selectionModel()
    for oid in ids:
        sel.select(tab.model.index(tab.model.row_of(oid), 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)


def status_cell(tab: OrdersTab, oid: int, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.index(tab.model.row_of(oid), om.STATUS).data(role)


def printed(tab: OrdersTab, qtbot, act) -> list:
    service = tab.actions_.print_service
    before = snapshot(service.job_prefix)
    service.last = None
    act()
    qtbot.waitUntil(lambda: service.last is not None, timeout=30_000)
    assert service.last.errors == [] and not service.last.cancelled
    return wait_for_new_pdfs(before, tag=service.job_prefix)


def test_ctrl_shift_l_prints_the_pick_list_of_the_selection(qtbot, tab, ready, session, tmp_path):
    need_queue()
    (anna, n_anna), (piotr, n_piotr) = ready["anna"], ready["piotr"]
    select_ids(tab, [anna, piotr])
    [pdf] = printed(tab, qtbot, lambda: qtbot.keyClick(tab.table, Qt.Key.Key_L, CTRL_SHIFT))
    assert sorted(decode_barcodes(pdf, tmp_path)[0]) == sorted([n_anna, n_piotr])  # the batch's orders, to scan
    [row] = print_queue.log_rows(session)
    assert (row.kind, row.printer, row.who, row.ok) == ("picklist", QUEUE, "test-station", True)
    assert set(row.document.removeprefix("Pick list: ").split(", ")) == {n_anna, n_piotr}
    assert tab.status_bar.currentMessage() == f"Printed on {QUEUE}; pages: 1."


def test_packing_slips_of_the_selection_from_the_right_click_menu(qtbot, tab, ready, session, tmp_path):
    need_queue()
    (anna, n_anna), (piotr, n_piotr) = ready["anna"], ready["piotr"]
    assert tab.slips_action in tab.table.actions() and tab.picklist_action in tab.table.actions()
    select_ids(tab, [anna, piotr])
    [pdf] = printed(tab, qtbot, tab.slips_action.trigger)
    assert sorted(decode_barcodes(pdf, tmp_path)) == sorted([[n_anna], [n_piotr]])  # a slip a page, in one job
    assert sorted((r.kind, r.document, r.order_id) for r in print_queue.log_rows(session)) == sorted([
        ("packing_slip", f"Packing slip {n_anna}", anna), ("packing_slip", f"Packing slip {n_piotr}", piotr)])


def test_a_pick_list_with_a_cancelled_order_is_refused_naming_it(qtbot, ctx, ready, session):
    (anna, _), (kasia, n_kasia) = ready["anna"], ready["katarzyna"]
    orders.change_status(session, [kasia], lifecycle.CANCELLED, who="t")
    tab = make_tab(qtbot, ctx)
    select_ids(tab, [anna, kasia])
    qtbot.keyClick(tab.table, Qt.Key.Key_L, CTRL_SHIFT)
    box = tab.actions_.last_box
    assert box is not None and box.isVisible()
    assert box.text() == f"Nothing to pick for {n_kasia}: shipped, returned or cancelled."
    assert print_queue.log_rows(session) == []  # nothing went to a printer
    box.close()


def test_print_actions_wait_for_a_selection(qtbot, ctx, ready):
    tab = make_tab(qtbot, ctx)
    tab.table.clearSelection()
    assert not tab.picklist_action.isEnabled() and not tab.slips_action.isEnabled()
    assert not tab.print_button.isEnabled() and not tab.priority_action.isEnabled()
    select_ids(tab, [ready["anna"][0]])
    assert tab.picklist_action.isEnabled() and tab.print_button.isEnabled() and tab.priority_action.isEnabled()


def test_pack_first_is_marked_in_the_list_and_taken_back(qtbot, ctx, ready, session):
    (anna, _), (piotr, _) = ready["anna"], ready["piotr"]
    tab = make_tab(qtbot, ctx)
    select_ids(tab, [anna])
    assert not tab.priority_action.isChecked() and status_cell(tab, anna) == "Ready to pack"
    qtbot.keyClick(tab.table, Qt.Key.Key_F, CTRL_SHIFT)
    assert status_cell(tab, anna) == "★ Ready to pack" and status_cell(tab, piotr) == "Ready to pack"
    assert "packing station takes this order before older ones" in status_cell(tab, anna, Qt.ItemDataRole.ToolTipRole)
    assert tab.priority_action.isChecked()
    assert tab.status_bar.currentMessage() == "Marked to pack first."
    # Anna's and Piotr's together: not all of them are first, so all of them become so.
    select_ids(tab, [anna, piotr])
    assert not tab.priority_action.isChecked()
    tab.priority_button.click()
    assert status_cell(tab, anna) == status_cell(tab, piotr) == "★ Ready to pack"
    # Again: back in their turn, and the history says who did what.
    tab.priority_action.trigger()
    assert status_cell(tab, anna) == status_cell(tab, piotr) == "Ready to pack"
    assert not tab.priority_action.isChecked()
    session.expire_all()  # the tab wrote through sessions of its own
    notes = [(e.kind, e.why, e.who) for e in orders.get_order(session, anna).events if e.kind == "note"]
    assert notes == [("note", "Marked to pack first", "test-station"), ("note", "No longer to pack first",
                                                                        "test-station")]


def test_pack_first_is_refused_for_an_order_already_packed(qtbot, ctx, ready, session):
    (anna, n_anna), (piotr, _) = ready["anna"], ready["piotr"]
    orders.change_status(session, [anna], lifecycle.PACKED, who="t")
    tab = make_tab(qtbot, ctx)
    select_ids(tab, [anna, piotr])
    tab.priority_action.trigger()
    box = tab.actions_.last_box
    assert box is not None and box.text().startswith(f"{n_anna}: already packed, shipped or cancelled")
    box.close()
    assert status_cell(tab, piotr) == "Ready to pack"  # one transaction: nothing changed
    assert not tab.priority_action.isChecked()


def test_an_order_held_at_packing_shows_in_problems_with_its_reason(qtbot, ctx, ready, session):
    (anna, n_anna) = ready["anna"]
    tab = make_tab(qtbot, ctx)
    hold_order(session, anna, "Karton zgnieciony", who="packer")
    tab.filters.select_key("problems")
    qtbot.waitUntil(lambda: tab.model.row_of(anna) is not None)
    row = tab.model.row_of(anna)
    assert tab.model.index(row, om.NUMBER).data() == n_anna
    assert tab.model.index(row, om.STATUS).data() == "On hold"
    assert tab.model.index(row, om.PROBLEMS).data() == "Held at packing: Karton zgnieciony"
    assert "Held at packing: Karton zgnieciony" in tab.model.index(row, om.STATUS).data(Qt.ItemDataRole.ToolTipRole)


def test_the_held_reason_and_pack_first_in_polish(qtbot, ctx, ready, session, polish):
    (anna, _), (piotr, _) = ready["anna"], ready["piotr"]
    hold_order(session, anna, "Item missing on the shelf", who="packer")  # one of the station's ready reasons
    tab = make_tab(qtbot, ctx)
    assert tab.picklist_action.text() == "&Lista kompletacyjna…" and tab.slips_action.text() == "Listy &pakunkowe…"
    assert tab.priority_action.text() == "Pakuj &najpierw"
    select_ids(tab, [piotr])
    tab.priority_action.trigger()
    assert status_cell(tab, piotr) == "★ Gotowe do pakowania"
    assert tab.status_bar.currentMessage() == "Oznaczono do pakowania w pierwszej kolejności."
    tab.filters.select_key("problems")
    qtbot.waitUntil(lambda: tab.model.row_of(anna) is not None)
    assert tab.model.index(tab.model.row_of(anna), om.PROBLEMS).data() == \
        "Wstrzymane przy pakowaniu: Brak towaru na półce"


def test_pack_first_with_the_work_on_worker_threads(qtbot, threaded_ctx, ready):
    """As in the app: the change and the re-read row come back later; the mark and the check follow them."""
    anna = ready["anna"][0]
    tab = make_tab(qtbot, threaded_ctx)
    qtbot.waitUntil(lambda: tab.model.row_of(anna) is not None, timeout=5000)
    select_ids(tab, [anna])
    tab.priority_action.trigger()
    qtbot.waitUntil(lambda: status_cell(tab, anna) == "★ Ready to pack", timeout=5000)
    qtbot.waitUntil(tab.priority_action.isChecked, timeout=5000)
    tab.priority_action.trigger()
    qtbot.waitUntil(lambda: status_cell(tab, anna) == "Ready to pack", timeout=5000)
    assert not tab.priority_action.isChecked()
