"""The Complaints list and its counts (app.services.complaints.listing) on a real shop file: which cases each view
holds, in which order, what a search finds, what a row says, and the counts of the tab title and the status bar.

Cases are written as ORM rows (as registering would leave them), so these tests stand on the model alone.
`add_case` is also used by the tab's tests (tests/ui/complaints/test_tab.py)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models import Order
from app.models.complaint import (
    ACCEPTED,
    AT_SUPPLIER,
    CLOSED,
    DECIDED,
    GUARANTEE,
    IN_REVIEW,
    LIABILITY,
    NEW,
    REJECTED,
    TRANSPORT,
    WAITING_CUSTOMER,
    WITHDRAWAL,
    Complaint,
    ComplaintEvent,
    ComplaintLine,
)
from app.services.complaints.listing import case_rows, counts, list_cases

TODAY = date(2026, 3, 10)


def add_case(session, number: str, *, due_in: int, status: str = NEW, kind: str = LIABILITY,
             customer: str = "Anna Kowalska", email: str | None = "anna@example.pl",
             phone: str | None = "+48 600 100 200", order_id: int | None = None,
             lines: tuple[tuple[str, str, int], ...] = (("Kubek zielony", "KUB-ZIE", 1),),
             received_ago: int | None = None, decision: str | None = None, out_of_time: bool = False,
             today: date = TODAY) -> int:
    """A case as registering leaves it: due `due_in` days from `today` (negative: overdue), received 14 days
    before its due day unless `received_ago` says otherwise; lines are (name, SKU, quantity)."""
    due = today + timedelta(days=due_in)
    received = today - timedelta(days=received_ago) if received_ago is not None else due - timedelta(days=14)
    with session.begin():
        case = Complaint(number=number, kind=kind, channel="email", received_on=received, status=status,
                         customer_name=customer, email=email, phone=phone, demand="repair", due_on=due,
                         order_id=order_id, decision=decision, out_of_time=out_of_time,
                         remedy="repair" if decision == ACCEPTED else None,
                         answered_on=today if status in (DECIDED, CLOSED) else None)
        case.lines = [ComplaintLine(name=n, sku=s, quantity=q, unit_price=Decimal("29.90")) for n, s, q in lines]
        case.events = [ComplaintEvent(kind="registered", to_status=NEW, who="test", text="Registered")]
        session.add(case)
        session.flush()
        return case.id


@pytest.fixture
def cases(session, add_product, order_input):
    """Open cases due in -5, -1, 0, 1, 3 and 10 days, one decided and one closed (long overdue by date, no longer
    running), and an order behind one of them."""
    from app.services.orders.editing import create_order

    order = create_order(session, order_input(None, customer_name="Łukasz Żółw", email="lukasz@example.pl"), "t")
    with session.begin():
        order_number = session.get(Order, order).number
    made = {
        "late5": add_case(session, "REK/2026/0001", due_in=-5, status=IN_REVIEW, customer="Jan Nowak",
                          email="jan.nowak@poczta.pl", phone="601-222-333"),
        "late1": add_case(session, "REK/2026/0002", due_in=-1, status=WAITING_CUSTOMER, kind=WITHDRAWAL,
                          out_of_time=True, lines=(("Herbata Assam", "HERB-AS", 2), ("Miód", "MIOD-400", 1))),
        "today": add_case(session, "REK/2026/0003", due_in=0, customer="Łukasz Żółw", email="lukasz@example.pl",
                          phone=None, order_id=order, lines=(("Koszulka XL", "TEE-XL", 1),)),
        "tomorrow": add_case(session, "REK/2026/0004", due_in=1, status=AT_SUPPLIER, kind=GUARANTEE),
        "in3": add_case(session, "REK/2026/0005", due_in=3, kind=TRANSPORT,
                        lines=(("A", "A-1", 1), ("B", "B-1", 3), ("C", "C-1", 1), ("D", "D-1", 1))),
        "in10": add_case(session, "REK/2026/0006", due_in=10),
        "decided": add_case(session, "REK/2026/0007", due_in=-30, status=DECIDED, decision=ACCEPTED,
                            received_ago=40),
        "closed": add_case(session, "REK/2025/0099", due_in=-60, status=CLOSED, decision=REJECTED,
                           received_ago=80),
    }
    made["order_number"] = order_number
    return made


def numbers(result) -> list[str]:
    return [r.number for r in result.rows]


def test_open_views_sort_by_what_is_due_first(session, cases):
    listed = list_cases(session, view="open", today=TODAY)
    assert numbers(listed) == ["REK/2026/0001", "REK/2026/0002", "REK/2026/0003", "REK/2026/0004", "REK/2026/0005",
                               "REK/2026/0006"]
    assert listed.total == 6
    assert [r.days_left for r in listed.rows] == [-5, -1, 0, 1, 3, 10]
    assert numbers(list_cases(session, view="overdue", today=TODAY)) == ["REK/2026/0001", "REK/2026/0002"]
    # today and the next three days; not the overdue ones, not day 10
    assert numbers(list_cases(session, view="due_soon", today=TODAY)) == ["REK/2026/0003", "REK/2026/0004",
                                                                          "REK/2026/0005"]


def test_decided_closed_and_all_are_newest_first_and_their_deadline_no_longer_runs(session, cases):
    decided = list_cases(session, view="decided", today=TODAY)
    assert numbers(decided) == ["REK/2026/0007"]
    assert decided.rows[0].days_left is None and decided.rows[0].decision == ACCEPTED
    assert numbers(list_cases(session, view="closed", today=TODAY)) == ["REK/2025/0099"]
    everything = list_cases(session, view="all", today=TODAY)
    assert everything.total == 8
    received = [r.received_on for r in everything.rows]
    assert received == sorted(received, reverse=True)
    assert everything.rows[-1].number == "REK/2025/0099"


def test_a_row_says_what_the_list_shows(session, cases):
    rows = {r.number: r for r in list_cases(session, view="all", today=TODAY).rows}
    late = rows["REK/2026/0002"]
    assert late.kind == WITHDRAWAL and late.status == WAITING_CUSTOMER and late.out_of_time
    assert late.products == "Herbata Assam ×2, Miód"
    assert late.due_on == TODAY - timedelta(days=1) and late.received_on == TODAY - timedelta(days=15)
    assert rows["REK/2026/0005"].products == "A, B ×3, C, …"  # three named, the rest an ellipsis
    assert rows["REK/2026/0003"].order_number == cases["order_number"]
    assert rows["REK/2026/0001"].order_number is None
    assert rows["REK/2025/0099"].answered_on == TODAY


def test_counts_of_the_title_and_the_status_bar(session, cases):
    assert counts(session, TODAY) == (c := counts(session, TODAY))
    assert (c.open, c.due_soon, c.overdue) == (6, 3, 2)
    # a day later: the one due today is overdue, day 10 is still far
    later = counts(session, TODAY + timedelta(days=1))
    assert (later.open, later.due_soon, later.overdue) == (6, 2, 3)


def test_counts_of_an_empty_shop(session):
    c = counts(session, TODAY)
    assert (c.open, c.due_soon, c.overdue) == (0, 0, 0)


@pytest.mark.parametrize(("text", "found"), [
    ("0004", ["REK/2026/0004"]),  # case number
    ("rek/2025", ["REK/2025/0099"]),
    ("nowak", ["REK/2026/0001"]),  # customer name, any case
    ("łukasz", ["REK/2026/0003"]),  # a Polish letter LIKE does not fold by itself
    ("ŻÓŁW", ["REK/2026/0003"]),  # typed in capitals
    ("poczta.pl", ["REK/2026/0001"]),  # e-mail
    ("601-222", ["REK/2026/0001"]),  # phone as stored
    ("601222333", ["REK/2026/0001"]),  # phone typed without its separators
    ("herbata", ["REK/2026/0002"]),  # product name
    ("MIOD-4", ["REK/2026/0002"]),  # product SKU
    ("100%", []),  # no special characters
    ("04", ["REK/2026/0004"]),  # too short for the index: LIKE
    ("5%", []),  # LIKE's own characters are literal
    ("anna herbata", ["REK/2026/0002"]),  # every word, anywhere in the case
    ("nobody", []),
])
def test_search_narrows_the_list(session, cases, text, found):
    listed = list_cases(session, view="all", search=text, today=TODAY)
    assert sorted(numbers(listed)) == sorted(found)
    assert listed.total == len(found)


def test_search_finds_the_order_number_and_keeps_the_view(session, cases):
    assert numbers(list_cases(session, view="all", search=cases["order_number"], today=TODAY)) == ["REK/2026/0003"]
    assert numbers(list_cases(session, view="closed", search="kowalska", today=TODAY)) == ["REK/2025/0099"]
    assert numbers(list_cases(session, view="overdue", search="kowalska", today=TODAY)) == ["REK/2026/0002"]


def test_pages_and_total(session, cases):
    first = list_cases(session, view="open", today=TODAY, limit=4)
    second = list_cases(session, view="open", today=TODAY, limit=4, offset=4)
    assert first.total == second.total == 6
    assert numbers(first) + numbers(second) == numbers(list_cases(session, view="open", today=TODAY))
    assert list_cases(session, view="open", today=TODAY, limit=4, offset=40).total == 6


def test_a_column_the_user_sorts_by(session, cases):
    by_customer = list_cases(session, view="open", today=TODAY, sort="customer")
    names = [r.customer_name for r in by_customer.rows]
    assert names[0] == "Anna Kowalska" and names[-1] == "Łukasz Żółw"
    by_number = list_cases(session, view="all", today=TODAY, sort="number", descending=True)
    assert numbers(by_number)[0] == "REK/2026/0007" and numbers(by_number)[-1] == "REK/2025/0099"


def test_rows_re_read_by_id(session, cases):
    rows = case_rows(session, [cases["late5"], cases["closed"], 999], today=TODAY)
    assert set(rows) == {cases["late5"], cases["closed"]}
    assert rows[cases["late5"]].days_left == -5 and rows[cases["closed"]].days_left is None


def test_an_unknown_view_is_a_programming_error(session):
    with pytest.raises(ValueError, match="unknown view"):
        list_cases(session, view="later", today=TODAY)
