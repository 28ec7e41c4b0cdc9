"""The Customers tab as someone answering the phone uses it: the caller's number typed however they say it (with
spaces, with +48) finds them as the user types; the views count who is VIP or due a call back; the list reloads
when a customer changes; the main window has the tab (Ctrl+8) with the follow-ups due on its title, and Ctrl+K
logs a contact with the customer selected."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from app.core.shop_time import shop_day
from app.ui.customers import model as cm
from app.ui.customers.tab import CustomersTab
from tests.support.orders import make_shop


def today():
    return shop_day(datetime.now(UTC))


@pytest.fixture
def shop(session, add_product, order_input):
    return make_shop(session, add_product, order_input)


@pytest.fixture
def tab(qtbot, ctx, shop):
    widget = CustomersTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1340, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(tab) -> list[str]:
    return [tab.model.index(r, cm.NAME).data() for r in range(tab.model.rowCount())]


def type_search(qtbot, tab, text: str) -> None:
    tab.search.clear()
    qtbot.keyClicks(tab.search, text)
    qtbot.waitUntil(lambda: not tab._debounce.isActive() and tab.model.query.search == text, timeout=2000)


def test_every_customer_listed_with_orders_and_value_in_polish_money(tab):
    assert sorted(names(tab)) == ["Anna Kowalska", "Ewa Zielińska", "Jan Nowak", "Katarzyna Wójcik",
                                  "Piotr Wiśniewski"]
    anna = names(tab).index("Anna Kowalska")
    assert tab.model.index(anna, cm.ORDERS).data() == "1"
    assert tab.model.index(anna, cm.VALUE).data().endswith("\u00a0zł")
    assert "," in tab.model.index(anna, cm.VALUE).data()
    assert tab.model.index(anna, cm.LAST_ORDER).data() == today().isoformat()
    assert tab.count_label.text() == "Customers in the list: 5"
    assert tab.view_buttons["all"].text() == "All (5)"


@pytest.mark.parametrize("typed", ["600 100 200", "+48600100200", "600100200", "+48 600 100 200"])
def test_a_customer_is_found_by_phone_as_the_user_types(qtbot, tab, typed):
    type_search(qtbot, tab, typed)
    assert names(tab) == ["Anna Kowalska"]
    assert tab.count_label.text() == "Customers in the list: 1"


def test_found_by_name_then_enter_selects_and_the_details_show(qtbot, tab):
    type_search(qtbot, tab, "Nowak")
    assert names(tab) == ["Jan Nowak"]
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.current_customer_id() is not None
    assert "Jan Nowak" in tab.details.toPlainText()
    assert "601-222-333" in tab.details.toPlainText()


def test_views_count_and_the_list_reloads_when_a_customer_changes(qtbot, tab, session):
    from app.core.changes import Changes
    from app.models import Customer
    from app.ui.kit.bus import bus

    with session.begin():
        ewa = session.query(Customer).filter(Customer.name == "Ewa Zielińska").one()
        ewa.tags, ewa_id = "vip", ewa.id
    assert tab.view_buttons["vip"].text() == "VIP (0)"
    bus().changed.emit(Changes.of_customers({ewa_id}))
    assert tab.view_buttons["vip"].text() == "VIP (1)"
    tab.set_view("vip")
    assert names(tab) == ["Ewa Zielińska"]
    assert tab.model.index(0, cm.TAGS).data() == "VIP"


def test_an_anonymised_customer_is_greyed(qtbot, tab, session):
    from app.core.changes import Changes
    from app.models import Customer
    from app.ui.kit.bus import bus

    with session.begin():
        jan = session.query(Customer).filter(Customer.name == "Jan Nowak").one()
        jan.anonymised_at = datetime.now(UTC)
    bus().changed.emit(Changes(bulk=True))
    row = names(tab).index("Jan Nowak") if "Jan Nowak" in names(tab) else None
    assert row is not None
    assert tab.model.index(row, cm.NAME).data(Qt.ItemDataRole.ForegroundRole).color() == cm.GREY.color()
    other = names(tab).index("Anna Kowalska")
    assert tab.model.index(other, cm.NAME).data(Qt.ItemDataRole.ForegroundRole) is None


def test_export_writes_the_list(qtbot, tab, tmp_path):
    pytest.importorskip("app.services.customers.export")
    from openpyxl import load_workbook

    target = tmp_path / "klienci.xlsx"
    tab.export(target)
    assert target.exists()
    cells = [c.value for row in load_workbook(target).active.iter_rows() for c in row]
    assert "Anna Kowalska" in cells
    assert "klienci.xlsx" in tab.status_bar.currentMessage()


def test_main_window_has_the_tab_with_follow_ups_on_its_title_and_ctrl_k(qtbot, ctx, shop, session):
    from app.models import Customer
    from app.services.customers.contacts import log_contact
    from app.services.customers.data import ContactInput
    from app.ui.main_window import MainWindow

    with session.begin():
        anna_id = session.query(Customer.id).filter(Customer.name == "Anna Kowalska").scalar()
    log_contact(session, ContactInput("phone", "in", "status", "Gdzie paczka?", customer_id=anna_id,
                                      follow_up_on=today()), who="t")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[7] == "Customers (1 to call back)"
    assert window.customers_watch.label.text() == "Contacts to do: today 1, overdue 0"
    window.tabs.setCurrentIndex(7)
    tab = window.tab("CustomersTab")
    assert window.tabs.tabText(7) == "Customers (1 to call back)"
    tab.select_row(names(tab).index("Anna Kowalska"))
    assert window.contact_target() == {"customer_id": anna_id}
