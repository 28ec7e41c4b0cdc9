"""Registering complaints and returns (issue 16) on real shop files: the order found by its number or a parcel's
tracking number, the customer by phone, the periods left, and a case written whole (number, due date, snapshot,
lines, timeline, files) or not at all."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event, select, update

from app.core.errors import DomainError
from app.models import Complaint, ComplaintFile, OrderEvent, Product
from app.services.complaints.data import CaseInput, CaseLineInput
from app.services.complaints.registering import (
    add_months,
    find_customers,
    find_order_for_case,
    order_for_case,
    register_case,
    warranty_info,
)
from app.services.orders.editing import change_status, get_order
from app.services.shipping.data import ParcelInput, ShipmentInput
from app.services.shipping.shipments import create_shipment

TODAY = date(2026, 6, 30)


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


def _set_day(session, order_id: int, status: str, day: date) -> None:
    """Test data: the order's move to `status` happened on `day` (noon in Warsaw)."""
    with session.begin():
        session.execute(update(OrderEvent).where(OrderEvent.order_id == order_id, OrderEvent.to_status == status)
                        .values(at=_at(day)))


@pytest.fixture
def shipped(session, add_product, ready_order):
    """An order of two mugs (a 24-month guarantee, supplier Ceramika) shipped with parcel DPD 123 456; its id."""
    mug = add_product("MUG", "Kubek zielony", on_hand=20)
    with session.begin():
        product = session.get(Product, mug)
        product.guarantee_months, product.supplier = 24, "Ceramika Bolesławiec"
    oid = ready_order((mug, 2))
    change_status(session, [oid], "packed", who="t")
    create_shipment(session, oid, ShipmentInput("dpd", parcels=(ParcelInput(tracking_number="DPD123456"),)), who="t")
    change_status(session, [oid], "shipped", who="t")
    return oid


@pytest.fixture
def delivered(session, shipped):
    change_status(session, [shipped], "delivered", who="t")
    _set_day(session, shipped, "shipped", date(2026, 6, 1))
    _set_day(session, shipped, "delivered", date(2026, 6, 3))
    return shipped


def _case(order_id: int | None, line_id: int | None, quantity: int = 1, **kw) -> CaseInput:
    fields = {"kind": "liability", "channel": "email", "received_on": TODAY, "demand": "repair", "reason": "defect",
              "description": "Pęknięte ucho", "order_id": order_id,
              "lines": (CaseLineInput(order_line_id=line_id, quantity=quantity),)}
    fields.update(kw)
    return CaseInput(**fields)


def _line(session, order_id: int) -> int:
    return get_order(session, order_id).lines[0].id


# --- finding the order --------------------------------------------------------------------------------------------

def test_order_found_by_its_number_in_any_case_and_by_a_parcels_tracking_number(session, shipped):
    number = get_order(session, shipped).number
    assert find_order_for_case(session, f"  {number.lower()} ").order_id == shipped
    found = find_order_for_case(session, "dpd 123 456")  # typed with spaces, scanned in lower case
    assert (found.order_id, found.number, found.customer_name) == (shipped, number, "Anna Kowalska")
    assert found.lines[0].guarantee_months == 24 and found.lines[0].quantity == 2
    assert found.shipped_on is not None and found.delivered_on is None


def test_order_found_by_its_own_tracking_number(session, ready_order, add_product):
    oid = ready_order((add_product("TEA"), 1))
    from app.models import Order

    with session.begin():
        session.get(Order, oid).tracking_number = "INP0001"
    assert find_order_for_case(session, "inp0001").order_id == oid


def test_an_unknown_code_is_refused_naming_it(session, shipped):
    with pytest.raises(DomainError, match="XYZ-404"):
        find_order_for_case(session, "XYZ-404")
    with pytest.raises(DomainError):
        find_order_for_case(session, "   ")


def test_the_order_shows_its_days_and_what_is_already_in_other_cases(session, delivered):
    line = _line(session, delivered)
    first = register_case(session, _case(delivered, line), "t", today=TODAY)
    seen = order_for_case(session, delivered)
    assert (seen.shipped_on, seen.delivered_on) == (date(2026, 6, 1), date(2026, 6, 3))
    assert seen.lines[0].in_other_cases == 1
    assert seen.cases == (first.number,)
    assert seen.address.startswith("Anna Kowalska, ul. Długa 5/3")
    assert seen.shipping_cost == Decimal("12.99")


def test_a_shipment_stands_in_for_the_shipping_day_when_the_move_is_not_recorded(session, shipped):
    with session.begin():
        session.execute(update(OrderEvent).where(OrderEvent.order_id == shipped, OrderEvent.to_status == "shipped")
                        .values(to_status="packed"))
    assert order_for_case(session, shipped).shipped_on is not None


# --- customers ----------------------------------------------------------------------------------------------------

def test_customers_found_by_phone_digits_name_and_email(session, add_product, ready_order):
    oid = ready_order((add_product("CUP"), 1), phone="600100200", customer_name="Zofia Nowak", email="zn@x.pl")
    other = ready_order((add_product("PLATE"), 1), phone="+48 601 999 888", customer_name="Jan Kos", email="jk@x.pl")
    hits = find_customers(session, "+48 600 100 200")
    assert [h.name for h in hits] == ["Zofia Nowak"]
    assert hits[0].orders == ((oid, get_order(session, oid).number),)
    assert [h.name for h in find_customers(session, "nowak")] == ["Zofia Nowak"]
    assert [h.name for h in find_customers(session, "JK@x")] == ["Jan Kos"]
    assert [h.orders[0][0] for h in find_customers(session, "601-999-888")] == [other]
    assert find_customers(session, "n") == []


# --- periods ------------------------------------------------------------------------------------------------------

def test_periods_left_from_delivery_with_the_products_guarantee(session, delivered):
    product = get_order(session, delivered).lines[0].product_id
    info = warranty_info(session, delivered, [product], TODAY, None)
    assert info.delivery_known
    assert info.liability.due == date(2028, 6, 5)  # 3 June 2028 is a Saturday: moved to Monday (k.c. art. 115)
    assert info.liability.days_left == (date(2028, 6, 5) - TODAY).days and not info.liability.estimated
    assert info.withdrawal.due == date(2026, 6, 17) and info.withdrawal.days_left == -13
    assert info.guarantees == (("Kubek zielony", info.guarantees[0][1]),)
    assert info.guarantees[0][1].due == date(2028, 6, 3)  # the guarantor's promise: not moved


def test_periods_estimated_from_shipping_when_delivery_is_unknown_and_a_typed_day_wins(session, shipped):
    _set_day(session, shipped, "shipped", date(2026, 6, 1))
    info = warranty_info(session, shipped, [], TODAY, None)
    assert not info.delivery_known and info.withdrawal.estimated and info.withdrawal.due == date(2026, 6, 15)
    typed = warranty_info(session, shipped, [], TODAY, date(2026, 6, 20))
    assert typed.delivery_known and typed.withdrawal.due == date(2026, 7, 6)  # 4 July is a Saturday


def test_no_periods_without_any_date():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert add_months(date(2026, 3, 15), 24) == date(2028, 3, 15)


def test_no_order_and_no_date_gives_no_periods(session):
    info = warranty_info(session, None, [], TODAY, None)
    assert info.liability is None and info.withdrawal is None and not info.delivery_known


# --- registering --------------------------------------------------------------------------------------------------

def test_a_case_is_written_with_its_number_due_date_snapshot_and_timeline(session, delivered, tmp_path):
    done = register_case(session, _case(delivered, _line(session, delivered)), "anna", files_root=tmp_path,
                         today=TODAY)
    assert done.number == "REK/2026/0001" and done.due_on == date(2026, 7, 14) and not done.out_of_time
    assert done.changes.complaints == {done.id} and done.changes.orders == {delivered}
    with session.begin():
        case = session.get(Complaint, done.id)
        assert (case.customer_name, case.email, case.phone) == ("Anna Kowalska", "anna@example.pl",
                                                                "+48 600 100 200")
        assert case.address.startswith("Anna Kowalska, ul. Długa 5/3, 00-950 Warszawa")
        assert case.supplier == "Ceramika Bolesławiec"
        assert (case.delivered_on, case.delivery_estimated) == (date(2026, 6, 3), False)
        assert [(x.sku, x.quantity, x.unit_price) for x in case.lines] == [("MUG", 1, Decimal("10.00"))]
        assert [e.kind for e in case.events] == ["registered"]
        assert "2026-07-14" in case.events[0].text and case.created_by == "anna"
    second = register_case(session, _case(delivered, _line(session, delivered)), "t", today=TODAY)
    assert second.number == "REK/2026/0002"
    last_year = register_case(session, _case(delivered, None, kind="transport", received_on=date(2025, 12, 31),
                                             lines=(CaseLineInput(None, 1, name="Karton"),)), "t", today=TODAY)
    assert last_year.number == "REK/2025/0001"


def test_a_withdrawal_is_due_as_a_refund_and_flagged_when_late(session, delivered):
    done = register_case(session, _case(delivered, _line(session, delivered), kind="withdrawal", demand="refund",
                                        reason="changed_mind", description=""), "t", today=TODAY)
    assert done.due_on == date(2026, 7, 14) and done.out_of_time  # the window ended on 17 June
    with session.begin():
        texts = [e.text for e in session.get(Complaint, done.id).events]
    assert any("2026-06-17" in t and "Out of time" in t for t in texts)


def test_a_withdrawal_in_time_is_not_flagged(session, delivered):
    done = register_case(session, _case(delivered, _line(session, delivered), kind="withdrawal", demand="refund",
                                        received_on=date(2026, 6, 10)), "t", today=TODAY)
    assert not done.out_of_time and done.due_on == date(2026, 6, 24)


def test_a_liability_claim_after_two_years_is_flagged_but_registered(session, delivered):
    done = register_case(session, _case(delivered, _line(session, delivered), received_on=date(2028, 6, 6)), "t",
                         today=date(2028, 6, 6))
    assert done.out_of_time and done.number == "REK/2028/0001"


def test_delivery_estimated_from_shipping_when_unknown(session, shipped):
    _set_day(session, shipped, "shipped", date(2026, 6, 1))
    done = register_case(session, _case(shipped, _line(session, shipped), kind="withdrawal", demand="refund",
                                        received_on=date(2026, 6, 16)), "t", today=TODAY)
    assert done.out_of_time  # the estimated window ended on 15 June
    with session.begin():
        case = session.get(Complaint, done.id)
        assert (case.delivered_on, case.delivery_estimated) == (date(2026, 6, 1), True)
        assert "shipping day" in case.events[-1].text


def test_a_typed_delivery_day_is_used(session, shipped):
    done = register_case(session, _case(shipped, _line(session, shipped), kind="withdrawal", demand="refund",
                                        received_on=date(2026, 6, 16), delivered_on=date(2026, 6, 10)), "t",
                         today=TODAY)
    assert not done.out_of_time
    with session.begin():
        assert session.get(Complaint, done.id).delivery_estimated is False


def test_quantity_limited_to_what_is_left_of_the_line(session, delivered):
    line = _line(session, delivered)
    with pytest.raises(DomainError, match="from 1 to 2"):
        register_case(session, _case(delivered, line, quantity=3), "t", today=TODAY)
    register_case(session, _case(delivered, line, quantity=2), "t", today=TODAY)
    with pytest.raises(DomainError, match="from 1 to 0"):
        register_case(session, _case(delivered, line, quantity=1), "t", today=TODAY)
    with pytest.raises(DomainError):
        register_case(session, _case(delivered, line, quantity=0), "t", today=TODAY)


@pytest.mark.parametrize(("change", "words"), [
    ({"kind": "rant"}, "Unknown kind"),
    ({"channel": "pigeon"}, "Unknown channel"),
    ({"demand": ""}, "demands"),
    ({"kind": "withdrawal", "demand": "repair"}, "refund"),
    ({"reason": "moon"}, "Unknown reason"),
    ({"reason": "other", "description": " "}, "description"),
    ({"lines": ()}, "at least one product"),
    ({"received_on": TODAY + timedelta(days=1)}, "future"),
    ({"order_id": None, "customer_name": ""}, "customer's name"),
])
def test_refusals_say_what_is_wrong_and_write_nothing(session, delivered, change, words):
    data = replace(_case(delivered, _line(session, delivered)), **change)
    with pytest.raises(DomainError, match=words):
        register_case(session, data, "t", today=TODAY)
    with session.begin():
        assert session.scalar(select(Complaint.id)) is None


def test_a_case_without_an_order_takes_the_typed_customer_and_product(session, add_product):
    mug = add_product("MUG2", "Kubek biały")
    done = register_case(session, _case(None, None, customer_name="Ewa Lis", phone="700 800 900",
                                        lines=(CaseLineInput(None, 1, product_id=mug),)), "t", today=TODAY)
    with session.begin():
        case = session.get(Complaint, done.id)
        assert (case.customer_name, case.phone, case.order_id, case.delivered_on) == ("Ewa Lis", "700 800 900",
                                                                                      None, None)
        assert [(x.sku, x.name) for x in case.lines] == [("MUG2", "Kubek biały")]
    assert done.changes.orders == frozenset()


def test_files_are_copied_into_the_cases_folder(session, delivered, tmp_path):
    photo = tmp_path / "in" / "zdjęcie.jpg"
    photo.parent.mkdir()
    photo.write_bytes(b"\xff\xd8 jpeg")
    twin = tmp_path / "in2" / "zdjęcie.jpg"
    twin.parent.mkdir()
    twin.write_bytes(b"\xff\xd8 other")
    root = tmp_path / "data"
    done = register_case(session, _case(delivered, _line(session, delivered), files=(str(photo), str(twin))), "t",
                         files_root=root, today=TODAY)
    folder = root / "complaints" / "REK-2026-0001"
    assert sorted(p.name for p in folder.iterdir()) == ["zdjęcie (2).jpg", "zdjęcie.jpg"]
    assert (folder / "zdjęcie.jpg").read_bytes() == b"\xff\xd8 jpeg"
    with session.begin():
        files = session.scalars(select(ComplaintFile).where(ComplaintFile.complaint_id == done.id)).all()
        assert [(f.name, f.path, f.size) for f in files] == [
            ("zdjęcie.jpg", "complaints/REK-2026-0001/zdjęcie.jpg", 7),
            ("zdjęcie.jpg", "complaints/REK-2026-0001/zdjęcie (2).jpg", 8)]


def test_a_file_that_cannot_be_copied_leaves_nothing(session, delivered, tmp_path):
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"x")
    root = tmp_path / "data"
    with pytest.raises(DomainError, match="missing.jpg"):
        register_case(session, _case(delivered, _line(session, delivered),
                                     files=(str(photo), str(tmp_path / "missing.jpg"))), "t", files_root=root,
                      today=TODAY)
    assert not (root / "complaints" / "REK-2026-0001").exists()
    with session.begin():
        assert session.scalar(select(Complaint.id)) is None


def test_a_failed_commit_after_copying_removes_the_copies(session, delivered, tmp_path):
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"x")
    root = tmp_path / "data"
    line = _line(session, delivered)

    def disk_full(own) -> None:  # the commit fails as on a full disk, after the files were copied
        if own.in_nested_transaction():  # the number's savepoint
            return
        assert (root / "complaints" / "REK-2026-0001" / "a.jpg").exists()
        raise OSError("disk full")

    event.listen(session, "before_commit", disk_full)
    with pytest.raises(OSError):
        register_case(session, _case(delivered, line, files=(str(photo),)), "t", files_root=root, today=TODAY)
    event.remove(session, "before_commit", disk_full)
    assert not (root / "complaints" / "REK-2026-0001").exists()
    with session.begin():
        assert session.scalar(select(Complaint.id)) is None


def test_two_stations_registering_at_once_get_consecutive_numbers(db, delivered, session):
    line = _line(session, delivered)
    numbers: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def station() -> None:
        try:
            with db.session() as own:
                start.wait()
                for _ in range(3):
                    numbers.append(register_case(own, _case(delivered, None, kind="transport", lines=(
                        CaseLineInput(None, 1, name="Karton"),)), "t", today=TODAY).number)
        except Exception as exc:  # pragma: no cover - shown by the assert  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=station) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors and line
    assert sorted(numbers) == [f"REK/2026/{n:04d}" for n in range(1, 13)]
