"""The follow-ups to do: what is due today and what is overdue (red), done with one key (Space, Ctrl+D), the count
on the Customers tab's title and in the status bar dropping as they are done; Enter opens the customer's card."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTabWidget

from app.core.shop_time import shop_day
from app.ui.customers import follow_ups as fu
from app.ui.customers.follow_ups import FollowUpsView
from app.ui.customers.watch import CustomersWatch
from tests.support.orders import make_shop


def today():
    return shop_day(datetime.now(UTC))


@pytest.fixture
def due(session, add_product, order_input):
    """Anna to call back today, Jan since two days ago, Piotr next week (not due yet)."""
    from app.models import Customer
    from app.services.customers.contacts import log_contact
    from app.services.customers.data import ContactInput

    ids = make_shop(session, add_product, order_input)
    with session.begin():
        people = dict(session.query(Customer.name, Customer.id).all())
    day = today()
    for name, when, note in (("Anna Kowalska", day, "Oddzwonić w sprawie zwrotu"),
                             ("Jan Nowak", day - timedelta(days=2), "Potwierdzić adres"),
                             ("Piotr Wiśniewski", day + timedelta(days=7), "Zapytać o opinię")):
        log_contact(session, ContactInput("phone", "in", "status", note, customer_id=people[name],
                                          order_id=ids[name.split()[0].lower()], follow_up_on=when), who="t")
    return people


@pytest.fixture
def window(qtbot, ctx, due):
    """A main window as far as the watch needs: the tab bar with the Customers tab, and the status bar."""
    from app.ui.customers.tab import CustomersTab

    main = QMainWindow()
    qtbot.addWidget(main)
    main.tabs = QTabWidget(main)
    main.setCentralWidget(main.tabs)
    main.tabs.addTab(CustomersTab(ctx, main), "Customers")
    main.watch = CustomersWatch(ctx, main)
    main.resize(1300, 700)
    main.show()
    return main


def customers_of(view: FollowUpsView) -> list[str]:
    return [view.model.index(r, fu.CUSTOMER).data() for r in range(view.model.rowCount())]


def test_due_today_and_overdue_shown_overdue_first_and_red(qtbot, ctx, window):
    view = FollowUpsView(ctx, window.tabs.widget(0))
    qtbot.addWidget(view)
    assert customers_of(view) == ["Jan Nowak", "Anna Kowalska"]  # Piotr's is next week
    assert view.summary.text() == "Due today: 1 · overdue: 1"
    assert view.model.index(0, fu.DUE).data(Qt.ItemDataRole.BackgroundRole).color() == fu.OVERDUE_BRUSH.color()
    assert view.model.index(1, fu.DUE).data(Qt.ItemDataRole.BackgroundRole).color() == fu.TODAY_BRUSH.color()
    assert view.model.index(0, fu.NOTE).data() == "Potwierdzić adres"
    assert view.model.index(1, fu.ORDER).data()  # the order's number
    assert view.model.index(1, fu.CHANNEL).data() == "Phone"
    view.later.setChecked(True)
    assert customers_of(view) == ["Jan Nowak", "Anna Kowalska", "Piotr Wiśniewski"]


def test_done_with_space_and_ctrl_d_and_the_counts_drop(qtbot, ctx, window):
    assert window.tabs.tabText(0) == "Customers (2 to call back)"
    assert window.watch.label.text() == "Contacts to do: today 1, overdue 1"
    view = FollowUpsView(ctx, window.tabs.widget(0))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert customers_of(view) == ["Anna Kowalska"]
    assert window.tabs.tabText(0) == "Customers (1 to call back)"
    assert window.watch.label.text() == "Contacts to do: today 1, overdue 0"
    assert window.tabs.widget(0).view_buttons["follow_ups"].text() == "To call back (1)"
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert customers_of(view) == []
    assert window.tabs.tabText(0) == "Customers"
    assert window.watch.label.isHidden()


def test_enter_opens_the_customers_card(qtbot, ctx, window, due):
    pytest.importorskip("app.services.customers.editing")
    view = FollowUpsView(ctx, window.tabs.widget(0))
    qtbot.addWidget(view)
    view.show()
    view.table.setFocus()
    view.table.selectRow(1)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.card is not None and view.card.customer_id == due["Anna Kowalska"]
    assert view.card.name.text() == "Anna Kowalska"
    view.card.close()
