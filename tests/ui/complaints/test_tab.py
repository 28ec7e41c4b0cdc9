"""The Complaints tab as the owner uses it in the morning: what is due first at the top, overdue rows red, the
counts on the views, the tab title and the status bar, a search that narrows the list, and a case window with
its timeline, where a status button moves the case and the timeline gains the move."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core.changes import Changes
from app.core.shop_time import shop_day
from app.models.complaint import ACCEPTED, AT_SUPPLIER, CLOSED, DECIDED, IN_REVIEW, WAITING_CUSTOMER
from app.ui.complaints import model as cm
from app.ui.complaints.tab import ComplaintsTab
from app.ui.kit.bus import bus
from tests.core.complaints.test_listing import add_case


def today():
    return shop_day(datetime.now(UTC))


@pytest.fixture
def cases(session):
    day = today()
    return {
        "in10": add_case(session, "REK/2026/0001", due_in=10, today=day),
        "late3": add_case(session, "REK/2026/0002", due_in=-3, status=IN_REVIEW, customer="Jan Nowak",
                          email="jan@poczta.pl", phone="601-222-333", out_of_time=True, today=day),
        "today": add_case(session, "REK/2026/0003", due_in=0, status=WAITING_CUSTOMER, customer="Ewa Zielińska",
                          lines=(("Herbata Assam", "HERB-AS", 2),), today=day),
        "in2": add_case(session, "REK/2026/0004", due_in=2, status=AT_SUPPLIER, today=day),
        "late1": add_case(session, "REK/2026/0005", due_in=-1, today=day),
        "decided": add_case(session, "REK/2026/0006", due_in=-20, status=DECIDED, decision=ACCEPTED,
                            received_ago=30, today=day),
        "closed": add_case(session, "REK/2025/0101", due_in=-90, status=CLOSED, received_ago=110, today=day),
    }


@pytest.fixture
def tab(qtbot, ctx, cases):
    widget = ComplaintsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1340, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_view("open")
    return widget


def column(tab, col: int) -> list[str]:
    return [tab.model.index(r, col).data() for r in range(tab.model.rowCount())]


def test_open_cases_by_what_is_due_first_with_days_left_in_words(tab):
    assert column(tab, cm.NUMBER) == ["REK/2026/0002", "REK/2026/0005", "REK/2026/0003", "REK/2026/0004",
                                      "REK/2026/0001"]
    assert column(tab, cm.DUE) == ["3 days overdue", "1 day overdue", "today", "in 2 days", "in 10 days"]
    assert column(tab, cm.STATUS_COL)[:3] == ["In review", "New case", "Waiting for the customer"]
    assert column(tab, cm.PRODUCTS)[2] == "Herbata Assam ×2"
    assert tab.count_label.text() == "Cases in the list: 5"


def test_rows_are_coloured_by_days_left_and_the_out_of_time_flag_shows(tab):
    def colour(row: int):
        brush = tab.model.index(row, cm.CUSTOMER).data(Qt.ItemDataRole.BackgroundRole)
        return brush.color().name() if brush is not None else None

    assert [colour(r) for r in range(5)] == [cm.OVERDUE_BRUSH.color().name(), cm.OVERDUE_BRUSH.color().name(),
                                             cm.URGENT_BRUSH.color().name(), cm.SOON_BRUSH.color().name(), None]
    flagged = tab.model.index(0, cm.NUMBER)
    assert flagged.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Out of time" in flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert tab.model.index(1, cm.NUMBER).data(Qt.ItemDataRole.DecorationRole) is None


def test_views_with_their_counts(tab):
    texts = {v: b.text() for v, b in tab.view_buttons.items()}
    assert texts["open"] == "Open (5)" and texts["due_soon"] == "Due today and soon (2)"
    assert texts["overdue"] == "Overdue (2)" and texts["all"] == "All"
    tab.view_buttons["overdue"].click()
    assert column(tab, cm.NUMBER) == ["REK/2026/0002", "REK/2026/0005"]
    tab.view_buttons["decided"].click()
    assert column(tab, cm.NUMBER) == ["REK/2026/0006"]
    assert column(tab, cm.DUE) == ["—"] and column(tab, cm.DECISION_COL) == ["Accepted"]
    tab.view_buttons["all"].click()
    assert tab.model.rowCount() == 7 and column(tab, cm.NUMBER)[-1] == "REK/2025/0101"  # newest received first
    header = tab.table.horizontalHeader()
    assert header.sortIndicatorSection() == cm.RECEIVED


def test_search_narrows_the_list_as_the_user_types(qtbot, tab):
    qtbot.keyClicks(tab.search, "nowak")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert column(tab, cm.CUSTOMER) == ["Jan Nowak"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "herbata")
    qtbot.waitUntil(lambda: column(tab, cm.NUMBER) == ["REK/2026/0003"])
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # Enter: the first case selected, the list focused
    assert tab.current_row().number == "REK/2026/0003"
    assert "Ewa Zielińska" in tab.details.toPlainText()


def test_a_column_sort_and_back_to_the_views_order(tab):
    header = tab.table.horizontalHeader()
    header.setSortIndicator(cm.CUSTOMER, Qt.SortOrder.AscendingOrder)
    assert column(tab, cm.CUSTOMER)[0] == "Anna Kowalska" and column(tab, cm.CUSTOMER)[-1] == "Jan Nowak"
    header.setSortIndicator(cm.PRODUCTS, Qt.SortOrder.AscendingOrder)  # not sortable: the sort stays
    assert header.sortIndicatorSection() == cm.CUSTOMER
    tab.view_buttons["overdue"].click()
    assert header.sortIndicatorSection() == cm.DUE
    assert column(tab, cm.NUMBER) == ["REK/2026/0002", "REK/2026/0005"]


def test_the_tab_remembers_its_view_and_columns(qtbot, ctx, tab):
    tab.table.setColumnWidth(cm.PRODUCTS, 333)
    tab.view_buttons["overdue"].click()
    tab.save_state()
    again = ComplaintsTab(ctx)
    qtbot.addWidget(again)
    assert again.view() == "overdue" and again.table.columnWidth(cm.PRODUCTS) == 333
    assert again.model.rowCount() == 2


def test_the_tab_title_and_status_bar_count_open_and_overdue_cases(qtbot, ctx, cases, session):
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[6] == "Complaints (5 · 2 overdue)"
    label = window.complaints_watch.label
    assert label.isVisible() and label.text() == "Complaints — overdue: 2, due today and soon: 2"
    window.tabs.setCurrentIndex(6)  # built when first opened; its title keeps the counts
    assert isinstance(window.tabs.widget(6), ComplaintsTab)
    assert window.tabs.tabText(6) == "Complaints (5 · 2 overdue)" and label.isVisible()
    # a case registered elsewhere overdue: the counts follow the bus
    new = add_case(session, "REK/2026/0007", due_in=-2, today=today())
    bus().changed.emit(Changes.of_complaints([new]))
    assert window.tabs.tabText(6) == "Complaints (6 · 3 overdue)"
    assert window.tab("ComplaintsTab").view_buttons["overdue"].text() == "Overdue (3)"


def test_nothing_due_hides_the_status_bar_label(qtbot, ctx, session):
    from app.ui.main_window import MainWindow

    add_case(session, "REK/2026/0001", due_in=9, today=today())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.tabText(6) == "Complaints (1)"
    assert not window.complaints_watch.label.isVisible()


def test_the_case_window_shows_the_timeline_and_a_status_button_moves_the_case(qtbot, tab, cases):
    tab.select_row(column(tab, cm.NUMBER).index("REK/2026/0005"))
    window = tab.open_current()
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert window.number.text() == "REK/2026/0005"
    assert window.due.text().endswith("(1 day overdue)")
    assert window.timeline_model.rowCount() == 1 and window.timeline_model.rows[0][1] == "test"
    assert set(window.status_buttons) == {IN_REVIEW, WAITING_CUSTOMER, AT_SUPPLIER}
    assert tab.open_current() is window  # one window per case

    window.status_note.setText("Zdjęcia obejrzane")
    window.status_buttons[IN_REVIEW].click()
    assert window.timeline_model.rowCount() == 2
    assert window.timeline_model.rows[-1][2] == "New case → In review: Zdjęcia obejrzane"
    assert window.timeline_model.rows[-1][1] == "test-station"
    assert window.kind_status.text().endswith("In review") and window.status_note.text() == ""
    assert set(window.status_buttons) == {WAITING_CUSTOMER, AT_SUPPLIER}
    # the list followed the bus: the row's status is the new one
    assert column(tab, cm.STATUS_COL)[column(tab, cm.NUMBER).index("REK/2026/0005")] == "In review"

    window.add_note("Klient dzwonił")
    assert window.timeline_model.rows[-1][2] == "Klient dzwonił"


def test_a_liability_case_settled_in_money_waits_for_the_reason_repair_did_not_come_first(qtbot, tab, cases):
    window = tab.open_case(cases["in10"])  # statutory liability (rękojmia)
    qtbot.addWidget(window)
    dialog = window.decide()
    assert dialog.money_note.isHidden()  # repair, the customer's demand: nothing to explain
    dialog.remedy.setCurrentIndex(dialog.remedy.findData("price_reduction"))
    assert not dialog.money_note.isHidden() and "art. 43e" in dialog.money_note.text()
    dialog.accept()  # no reason written: the dialog stays, says so in red, the reason has the focus
    assert dialog.isVisible() and "color" in dialog.money_note.styleSheet()
    assert window.detail.status != DECIDED
    dialog.reject_choice.setChecked(True)
    assert dialog.money_note.isHidden()
    dialog.accept_choice.setChecked(True)
    dialog.reason.setPlainText("Wymiana niemożliwa: model wycofany ze sprzedaży")
    dialog.accept()
    assert not dialog.isVisible() and window.detail.status == DECIDED
    assert window.detail.remedy == "price_reduction"
    assert window.detail.decision_reason == "Wymiana niemożliwa: model wycofany ze sprzedaży"


def test_decide_then_close_from_the_case_window(qtbot, tab, cases):
    window = tab.open_case(cases["in10"])
    qtbot.addWidget(window)
    assert not window.close_case_button.isEnabled()
    dialog = window.decide()
    dialog.reject_choice.setChecked(True)
    dialog.reason.setPlainText("Uszkodzenie mechaniczne z winy klienta")
    dialog.accept()
    assert window.detail.status == DECIDED and window.close_case_button.isEnabled()
    assert not window.status_buttons and not window.decide_button.isEnabled()
    assert window.due.text().startswith("Deadline")
    assert "Rejected" in window.decision.text()
    question = window.close_case()
    question.done(QMessageBox.StandardButton.No)
    assert window.detail.status == DECIDED
    question = window.close_case()
    question.done(QMessageBox.StandardButton.Yes)
    assert window.detail.status == CLOSED
    assert window.timeline_model.rows[-1][2].startswith("Decided → Closed")
    tab.view_buttons["closed"].click()
    assert "REK/2026/0001" in column(tab, cm.NUMBER)


def test_the_tab_in_polish(qtbot, ctx, cases, polish):
    widget = ComplaintsTab(ctx)
    qtbot.addWidget(widget)
    widget.set_view("open")
    assert column(widget, cm.DUE) == ["po terminie 3 dni", "po terminie 1 dzień", "dziś", "za 2 dni", "za 10 dni"]
    assert widget.view_buttons["due_soon"].text() == "Na dziś i pilne (2)"
    assert widget.view_buttons["open"].text() == "Otwarte (5)"  # the view, not the verb
    assert column(widget, cm.STATUS_COL)[0] == "Rozpatrywana"


def test_a_new_case_window_opens_with_ctrl_n_and_a_scan_opens_it_for_the_order(qtbot, tab, session, order_input):
    pytest.importorskip("app.ui.complaints.register_dialog")
    from app.services.orders.editing import create_order

    dialog = tab.new_case()
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    order = create_order(session, order_input(None), "t")
    from app.models import Order

    with session.begin():
        number = session.get(Order, order).number
    qtbot.keyClicks(tab.parcel, number)
    qtbot.keyClick(tab.parcel, Qt.Key.Key_Return)
    assert tab.dialog is not dialog and tab.dialog.isVisible()
    qtbot.keyClicks(tab.parcel, "NIE-MA-TAKIEJ")
    qtbot.keyClick(tab.parcel, Qt.Key.Key_Return)
    assert tab.parcel_note.text()


def test_files_are_added_and_opened_with_the_systems_viewer(qtbot, tab, cases, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    photo = tmp_path / "zdjęcie 1.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * 2048)
    window = tab.open_case(cases["today"])
    qtbot.addWidget(window)
    window.add_files([str(photo)])
    assert window.files_model.rows == [("zdjęcie 1.jpg", "2 kB", window.files_model.rows[0][2])]
    assert window.timeline_model.rows[-1][2] == "Files added: zdjęcie 1.jpg"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert window.open_file(0)
    assert opened[0].endswith("zdjęcie 1.jpg") and opened[0] != str(photo)  # the copy in the data folder
    assert Path(opened[0]).read_bytes() == photo.read_bytes()


def test_the_case_window_holds_the_letters_and_remedy_pages_and_opens_the_order(qtbot, tab, session, order_input):
    from app.services.orders.editing import create_order

    order = create_order(session, order_input(None), "t")
    case_id = add_case(session, "REK/2026/0042", due_in=5, order_id=order, today=today())
    window = tab.open_case(case_id)
    qtbot.addWidget(window)
    for panel, name in ((window.letters_panel, "LettersPanel"), (window.remedy_panel, "RemedyPanel")):
        if panel.property("missing"):
            pytest.skip(f"{name} is not on main yet")
        assert type(panel).__name__ == name
    assert window.order_button.isVisible() or not window.isVisible()
    order_window = window.open_order()
    qtbot.addWidget(order_window)
    assert order_window.order_id == order


def test_export_writes_every_case_and_the_figures(qtbot, tab, cases, tmp_path):
    import openpyxl

    target = tmp_path / "reklamacje.xlsx"
    tab.export(target)
    qtbot.waitUntil(target.exists, timeout=10000)
    book = openpyxl.load_workbook(target)
    numbers = {row[0] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert numbers == {"REK/2026/0001", "REK/2026/0002", "REK/2026/0003", "REK/2026/0004", "REK/2026/0005",
                       "REK/2026/0006", "REK/2025/0101"}
    assert len(book.worksheets) > 1  # the figures' sheets
    assert str(target) in tab.status_bar.currentMessage()
