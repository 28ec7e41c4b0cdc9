"""The Customers list (app.services.customers.search) on a real shop file: what a search finds (phone typed any
way, e-mail part, NIP with dashes, order and tracking numbers), the views, the rows' figures and order, and the
helper the CLI resolves a customer with."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.models import Order
from app.models.customer import Contact, Customer
from app.services.customers.search import find_customer_ids, list_customers, normalise
from tests.support.postgres import session_on_both_databases  # noqa: F401  (`session`: the file and PostgreSQL)

TODAY = date(2026, 3, 10)


def add_customer(session, name: str, *, email: str | None = None, phone: str | None = None,
                 company: str | None = None, nip: str | None = None, tags: str = "", **fields) -> int:
    with session.begin():
        c = Customer(name=name, email=email, phone=phone, company=company, nip=nip, tags=tags, **fields)
        session.add(c)
        session.flush()
        return c.id


def add_order(session, customer_id: int, number: str, *, total: str = "100.00", status: str = "new",
              created: datetime | None = None, tracking: str | None = None) -> int:
    with session.begin():
        o = Order(number=number, customer_id=customer_id, customer_name="x", total=Decimal(total), status=status,
                  tracking_number=tracking, created_at=created or datetime(2026, 1, 1, tzinfo=UTC))
        session.add(o)
        session.flush()
        return o.id


@pytest.fixture
def people(session):
    made = {
        "anna": add_customer(session, "Anna Kowalska", email="anna.kowalska@example.pl", phone="+48 600 100 200"),
        "jan": add_customer(session, "Jan Nowak", email="jan@poczta.pl", phone="601-222-333",
                            company="Nowak Hurt sp. z o.o.", nip="5260001246", tags="wholesale,vip"),
        "ewa": add_customer(session, "Ewa Zielińska", email="ewa@example.pl", phone="602333444", tags="blocked"),
        "gone": add_customer(session, "Anna Kowalska", email="anna.kowalska@example.pl", phone="+48 600 100 200"),
    }
    with session.begin():
        session.get(Customer, made["gone"]).merged_into_id = made["anna"]
    add_order(session, made["anna"], "ZAM/2026/0001", total="100.00", created=datetime(2026, 2, 1, tzinfo=UTC),
              tracking="620000111222333")
    add_order(session, made["anna"], "ZAM/2026/0002", total="50.50", created=datetime(2026, 2, 5, tzinfo=UTC))
    add_order(session, made["anna"], "ZAM/2026/0003", total="999.00", status="cancelled")
    add_order(session, made["jan"], "ZAM/2026/0004", total="10.00", created=datetime(2026, 1, 5, tzinfo=UTC))
    return made


def names(result) -> list[str]:
    return [r.name for r in result.rows]


def ids(session, search: str, view: str = "all") -> set[int]:
    return {r.id for r in list_customers(session, search=search, view=view, today=TODAY).rows}


@pytest.mark.parametrize("typed", ["600 100 200", "+48 600 100 200", "600100200", "+48600100200", "0048600100200",
                                   "600-100-200", "60010"])
def test_a_phone_is_found_however_typed(session, people, typed):
    assert ids(session, typed) == {people["anna"]}


def test_a_phone_stored_with_dashes_is_found_by_its_digits(session, people):
    assert ids(session, "601222333") == {people["jan"]}
    assert ids(session, "601 222 333") == {people["jan"]}


def test_email_part_name_company_and_nip(session, people):
    assert ids(session, "kowalska@exa") == {people["anna"]}
    assert ids(session, "poczta") == {people["jan"]}
    assert ids(session, "nowak hurt") == {people["jan"]}
    assert ids(session, "526-000-12-46") == {people["jan"]}
    assert ids(session, "5260001246") == {people["jan"]}
    assert ids(session, "zielińska") == {people["ewa"]}
    assert ids(session, "nobody-like-this") == set()


def test_one_or_two_letters_are_a_prefix(session, people):
    assert ids(session, "Ew") == {people["ewa"]}
    assert ids(session, "j") == {people["jan"]}


def test_order_number_and_tracking_number_find_the_customer(session, people):
    assert ids(session, "ZAM/2026/0004") == {people["jan"]}
    assert ids(session, "zam/2026/0002") == {people["anna"]}
    assert ids(session, "620000111") == {people["anna"]}  # a tracking number's start


def test_merged_away_customers_are_never_listed(session, people):
    everyone = list_customers(session, today=TODAY)
    assert people["gone"] not in {r.id for r in everyone.rows}
    assert everyone.total == 3


def test_views(session, people):
    assert ids(session, "", "vip") == {people["jan"]}
    assert ids(session, "", "wholesale") == {people["jan"]}
    assert ids(session, "", "blocked") == {people["ewa"]}
    assert ids(session, "", "anonymised") == set()
    with session.begin():
        session.add_all([Contact(customer_id=people["ewa"], follow_up_on=TODAY),
                         Contact(customer_id=people["jan"], follow_up_on=date(2026, 3, 11)),
                         Contact(customer_id=people["anna"], follow_up_on=date(2026, 3, 1),
                                 follow_up_done_at=datetime(2026, 3, 2, tzinfo=UTC))])
    assert ids(session, "", "follow_ups") == {people["ewa"]}
    with pytest.raises(ValueError):
        list_customers(session, view="nonsense")


def test_rows_carry_figures_and_are_sorted_by_last_order(session, people):
    result = list_customers(session, today=TODAY)
    assert names(result) == ["Anna Kowalska", "Jan Nowak", "Ewa Zielińska"]
    anna, jan, ewa = result.rows
    assert (anna.orders, anna.value) == (2, Decimal("150.50"))  # the cancelled order is not counted
    assert anna.last_order_at == datetime(2026, 2, 5, tzinfo=UTC)
    assert jan.tags == ("wholesale", "vip") and jan.nip == "5260001246"
    assert (ewa.orders, ewa.value, ewa.last_order_at) == (0, Decimal("0.00"), None)


def test_paging_counts_every_match(session, people):
    page = list_customers(session, limit=1, offset=1, today=TODAY)
    assert page.total == 3 and names(page) == ["Jan Nowak"]


def test_normalise():
    assert normalise("+48 600 100 200") == "600100200"
    assert normalise("0048 600100200") == "600100200"
    assert normalise("526-000-12-46") == "5260001246"
    assert normalise("  Anna   Kowalska ") == "Anna Kowalska"


def test_find_customer_ids(session, people):
    assert find_customer_ids(session, "ANNA.kowalska@example.pl") == [people["anna"]]
    assert find_customer_ids(session, "600 100 200") == [people["anna"]]
    assert find_customer_ids(session, "+48600100200") == [people["anna"]]
    assert find_customer_ids(session, "601222333") == [people["jan"]]
    assert find_customer_ids(session, str(people["ewa"])) == [people["ewa"]]
    assert find_customer_ids(session, str(people["gone"])) == []
    assert find_customer_ids(session, "nobody@example.pl") == []


@pytest.mark.parametrize("walk_limit", [100_000, 1])
@pytest.mark.parametrize(("limit", "offset"), [(500, 0), (1, 0), (1, 1), (2, 1), (1, 2), (5, 3)])
def test_many_matches_walk_the_orders_in_the_same_order(session, people, monkeypatch, limit, offset, walk_limit):
    """Past SORT_IN_ONE_QUERY matches the page is found by walking the orders newest first: the same rows, the
    same order, customers without orders after the rest (also when the walk gives up and sorts in SQL)."""
    from app.services.customers import search

    sorted_page = list_customers(session, limit=limit, offset=offset, today=TODAY)
    monkeypatch.setattr(search, "SORT_IN_ONE_QUERY", 0)
    monkeypatch.setattr(search, "_WALK_CHUNK", 1)  # the walk goes on chunk after chunk
    monkeypatch.setattr(search, "_WALK_LIMIT", walk_limit)  # 1: the walk gives up and the page is sorted in SQL
    walked = list_customers(session, limit=limit, offset=offset, today=TODAY)
    assert walked == sorted_page
    assert walked.total == 3


def test_short_words_and_one_or_two_letters(session, people):
    """Typing 'ja' finds Jan Nowak (a prefix of the name, however capitalised); a company name with one-letter
    words ('sp. z o.o.') is found by the whole of it, and an initial narrows a surname."""
    def names(text: str) -> list[str]:
        return sorted(r.name for r in list_customers(session, search=text, today=TODAY).rows)

    assert names("ja") == ["Jan Nowak"]
    assert names("JA") == ["Jan Nowak"]
    assert names("60") == ["Ewa Zielińska", "Jan Nowak"]  # phones as typed: 601-222-333, 602333444
    assert names("Nowak Hurt sp. z o.o.") == ["Jan Nowak"]
    assert names("Kowalska A") == ["Anna Kowalska"]
    assert names("Kowalska J") == []
