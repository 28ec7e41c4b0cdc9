"""What follows from a complaint's decision, end to end on real shop files: goods back to stock or written off
(ledger documents carrying the case), the correction invoice, the refund with the shipping cost of a withdrawal,
the replacement order ready for packing, the supplier claim; every refusal writes nothing."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.core.errors import DomainError
from app.models import Invoice, Order, OrderEvent, OrderLine, Product, StockDocument, StockMovement
from app.models.complaint import Complaint, ComplaintEvent, ComplaintLine, Refund, SupplierClaim
from app.services.complaints import remedies as r
from app.services.complaints.deadlines import DeadlineKind, deadline
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.reading import invoice_doc
from app.services.invoicing.settings import save_settings
from app.services.orders.editing import change_status
from app.services.shopfile.check import check_database
from tests.core.invoicing.conftest import SELLER

D = Decimal
RECEIVED = date(2026, 3, 2)


@pytest.fixture
def shop(session, add_product, ready_order):
    """A shipped order (2 mugs, 1 plate at 10.00, shipping 12.99: 42.99) with its invoice."""
    save_settings(session, SELLER)
    mug = add_product("MUG-1", "Kubek zielony", on_hand=10)
    plate = add_product("PLATE-1", "Talerz", on_hand=5)
    oid = ready_order((mug, 2), (plate, 1))
    change_status(session, [oid], "packed", "t")
    change_status(session, [oid], "shipped", "t")
    invoice = issue_invoice(session, oid, "t")
    return {"order": oid, "mug": mug, "plate": plate, "invoice": invoice}


@pytest.fixture
def make_case(session):
    """A case made with the ORM (registering is another use case): lines of (product id or None, quantity)."""
    count = iter(range(1, 1000))

    def make(order_id: int | None, lines, *, kind: str = "withdrawal", decision: str | None = None,
             remedy: str | None = None, status: str = "new", supplier: str = "") -> int:
        with session.begin():
            order_lines = {ln.product_id: ln for ln in session.scalars(
                select(OrderLine).where(OrderLine.order_id == order_id))} if order_id else {}
            case = Complaint(number=f"REK/2026/{next(count):04d}", kind=kind, received_on=RECEIVED, status=status,
                             order_id=order_id, customer_name="Anna Kowalska", demand=remedy or "refund",
                             due_on=RECEIVED + timedelta(days=14), decision=decision, remedy=remedy,
                             supplier=supplier)
            for product_id, quantity in lines:
                ol = order_lines.get(product_id)
                sku = session.scalar(select(Product.sku).where(Product.id == product_id)) if product_id else ""
                case.lines.append(ComplaintLine(order_line_id=ol.id if ol else None, product_id=product_id,
                                                sku=sku or "", name=ol.name if ol else "Coś spoza katalogu",
                                                quantity=quantity, unit_price=ol.unit_price if ol else D("5.00")))
            session.add(case)
            session.flush()
            return case.id

    return make


def _stock(session, product_id: int) -> tuple[int, int]:
    with session.begin():
        p = session.get(Product, product_id)
        return p.on_hand, p.reserved


def _case(session, case_id: int) -> dict:
    with session.begin():
        c = session.get(Complaint, case_id)
        return {"status": c.status, "lines": [(ln.restocked, ln.written_off) for ln in c.lines],
                "correction": c.correction_invoice_id, "replacement": c.replacement_order_id,
                "refunds": [(x.goods, x.shipping, x.amount, x.due_on, x.paid_on) for x in c.refunds],
                "claims": [(x.supplier, x.sent_on, x.answer, x.credit) for x in c.supplier_claims],
                "actions": [e.text for e in c.events if e.kind == "action"],
                "docs": session.execute(select(StockDocument.kind, func.sum(StockMovement.quantity))
                                        .join(StockMovement, StockMovement.document_id == StockDocument.id)
                                        .where(StockDocument.complaint_id == case_id)
                                        .group_by(StockDocument.id).order_by(StockDocument.id)).all()}


def _count(session, model) -> int:
    with session.begin():
        return session.scalar(select(func.count()).select_from(model))


# --- goods back ----------------------------------------------------------------------------------------------------

def test_goods_come_back_to_stock_and_the_damaged_are_written_off(session, db, shop, make_case):
    case_id = make_case(shop["order"], [(shop["mug"], 2), (shop["plate"], 1)])
    assert _stock(session, shop["mug"]) == (8, 0)
    with session.begin():
        mug_line, plate_line = (ln.id for ln in session.get(Complaint, case_id).lines)
    changes = r.take_back_goods(session, case_id, {mug_line: (1, 1), plate_line: (1, 0)}, "anna")
    assert changes.complaints == {case_id} and changes.products == {shop["mug"], shop["plate"]}
    assert changes.orders == {shop["order"]}
    # All three units received (ZW +3), the damaged mug then written off (RW -1): the mug is 9, the plate 5.
    assert _stock(session, shop["mug"]) == (9, 0) and _stock(session, shop["plate"]) == (5, 0)
    after = _case(session, case_id)
    assert after["lines"] == [(1, 1), (1, 0)] and after["docs"] == [("ZW", 3), ("RW", -1)]
    assert after["actions"] == ["Goods taken back: 2 to stock, 1 written off (ZW 1/2026, RW 1/2026)."]
    with session.begin():
        assert set(session.scalars(select(StockDocument.order_id).where(StockDocument.complaint_id == case_id))) \
            == {shop["order"]}
    state = r.remedy_state(session, case_id)
    assert [d.number for d in state.documents] == ["ZW 1/2026", "RW 1/2026"] and not state.can_take_back
    assert check_database(db) == []


def test_taking_back_is_refused_whole(session, shop, make_case):
    case_id = make_case(shop["order"], [(shop["mug"], 2), (shop["plate"], 1), (None, 1)])
    with session.begin():
        mug_line, plate_line, loose = (ln.id for ln in session.get(Complaint, case_id).lines)
    r.take_back_goods(session, case_id, {mug_line: (1, 0)}, "t")
    before = _case(session, case_id), _stock(session, shop["mug"]), _stock(session, shop["plate"])
    with pytest.raises(DomainError, match="Kubek zielony: 1 left to take back; 2 cannot be taken back"):
        r.take_back_goods(session, case_id, {mug_line: (1, 1)}, "t")
    # The plate is fine but the mug is not: neither moves (the plate's line was changed before the mug's refusal).
    with pytest.raises(DomainError, match="1 left to take back; 2 cannot"):
        r.take_back_goods(session, case_id, {plate_line: (1, 0), mug_line: (2, 0)}, "t")
    with pytest.raises(DomainError, match="not products of the catalogue.*Coś spoza katalogu"):
        r.take_back_goods(session, case_id, {loose: (1, 0), plate_line: (1, 0)}, "t")
    with pytest.raises(DomainError, match="cannot be below 0"):
        r.take_back_goods(session, case_id, {plate_line: (2, -1)}, "t")
    with pytest.raises(DomainError, match="Give how many units"):
        r.take_back_goods(session, case_id, {plate_line: (0, 0)}, "t")
    assert (_case(session, case_id), _stock(session, shop["mug"]), _stock(session, shop["plate"])) == before


# --- correction invoice --------------------------------------------------------------------------------------------

def test_a_withdrawal_corrects_the_returned_goods_and_the_shipping(session, db, shop, make_case):
    case_id = make_case(shop["order"], [(shop["mug"], 2)])
    plan = r.correction_plan(session, case_id)
    assert plan.invoice_id == shop["invoice"] and plan.reason == "Odstąpienie od umowy, zwrot towaru (REK/2026/0001)"
    assert [(ln.name, ln.quantity_before, ln.quantity_after) for ln in plan.lines] == [
        ("Kubek zielony", 2, 0), ("Wysyłka", 1, 0)]
    changes = r.issue_correction(session, case_id, "anna")
    kid = _case(session, case_id)["correction"]
    assert changes.invoices == {shop["invoice"], kid} and changes.complaints == {case_id}
    doc = invoice_doc(session, kid)
    assert doc.kind == "KOR" and doc.correction.reason == plan.reason
    assert [(ln.position, ln.before, ln.quantity) for ln in doc.lines] == [
        (1, True, 2), (3, True, 1), (1, False, 0), (3, False, 0)]
    assert doc.gross == D("-32.99")  # 2 x 10.00 + 12.99 shipping
    assert _case(session, case_id)["actions"] == [f"Correction invoice {doc.number} issued."]
    with pytest.raises(DomainError, match="already has its correction invoice"):
        r.issue_correction(session, case_id, "anna")
    assert check_database(db) == []


def test_a_price_reduction_lowers_the_prices_of_the_complained_units(session, shop, make_case):
    case_id = make_case(shop["order"], [(shop["mug"], 2)], kind="liability", decision="accepted",
                        remedy="price_reduction")
    with pytest.raises(DomainError, match="amount of the price reduction"):
        r.issue_correction(session, case_id, "t")
    with pytest.raises(DomainError, match="larger than the price of Kubek zielony"):
        r.issue_correction(session, case_id, "t", reduction=D("25.00"))
    r.issue_correction(session, case_id, "t", reduction=D("5.01"))
    doc = invoice_doc(session, _case(session, case_id)["correction"])
    assert doc.correction.reason == "Reklamacja REK/2026/0001: obniżenie ceny"
    # 5.01 over two mugs: one 2.51 off, one 2.50 off; the mug line keeps no unit at the old price.
    assert [(ln.position, ln.before, ln.quantity, ln.gross) for ln in doc.lines if not ln.before] == [
        (1, False, 0, D("0.00")), (4, False, 1, D("7.49")), (5, False, 1, D("7.50"))]
    assert doc.gross == D("-5.01")
    assert r.default_refund(session, case_id) == (D("5.01"), D("0.00"))


def test_a_correction_is_refused_without_an_invoice_or_a_decision(session, ready_order, add_product, shop,
                                                                   make_case):
    other = ready_order((shop["plate"], 1))
    no_invoice = make_case(other, [(shop["plate"], 1)])
    number = _order_number(session, other)
    with pytest.raises(DomainError, match=f"Order {number} has no invoice"):
        r.issue_correction(session, no_invoice, "t")
    undecided = make_case(shop["order"], [(shop["mug"], 1)], kind="liability")
    with pytest.raises(DomainError, match="follows a refund or a price reduction only"):
        r.issue_correction(session, undecided, "t")
    no_order = make_case(None, [(None, 1)], kind="liability", decision="accepted", remedy="refund")
    with pytest.raises(DomainError, match="has no order"):
        r.issue_correction(session, no_order, "t")
    too_many = make_case(shop["order"], [(shop["mug"], 3)])
    with pytest.raises(DomainError, match="has no line left for Kubek zielony"):
        r.issue_correction(session, too_many, "t")
    with session.begin():
        assert session.scalar(select(func.count()).where(Invoice.kind == "KOR")) == 0


def _order_number(session, order_id: int) -> str:
    with session.begin():
        return session.get(Order, order_id).number


# --- refund --------------------------------------------------------------------------------------------------------

def test_a_withdrawal_is_refunded_with_its_shipping_and_marked_paid(session, db, shop, make_case):
    case_id = make_case(shop["order"], [(shop["mug"], 2)])
    assert r.default_refund(session, case_id) == (D("20.00"), D("12.99"))
    r.record_refund(session, case_id, "anna", goods=D("20.00"))
    (refund,) = _case(session, case_id)["refunds"]
    # u.p.k. art. 32: the original delivery comes back too, due 14 days from the statement (the case's due day).
    assert refund == (D("20.00"), D("12.99"), D("32.99"), RECEIVED + timedelta(days=14), None)
    assert _case(session, case_id)["actions"] == [
        "Refund of 32.99 PLN recorded (Bank transfer), due 2026-03-16."]
    # The order was paid 42.99: 10.00 is left to refund.
    other = make_case(shop["order"], [(shop["plate"], 1)])
    with pytest.raises(DomainError, match=r"more than is left of order .*'s payment \(10.00\)"):
        r.record_refund(session, other, "t", goods=D("10.01"), shipping=D("0"))
    with pytest.raises(DomainError, match="cannot be below 0"):
        r.record_refund(session, other, "t", goods=D("-1"))
    with pytest.raises(DomainError, match="Unknown refund method"):
        r.record_refund(session, other, "t", goods=D("1"), method="bitcoin")
    assert _count(session, Refund) == 1

    with session.begin():
        refund_id = session.scalar(select(Refund.id))
    changes = r.mark_refund_paid(session, refund_id, date(2026, 3, 5), "anna")
    assert changes.orders == {shop["order"]}
    with session.begin():
        order = session.get(Order, shop["order"])
        assert order.payment_status == "partially_refunded"
        assert order.events[-1].why == "Payment: paid -> partially_refunded"
    with pytest.raises(DomainError, match="paid on 2026-03-05 already"):
        r.mark_refund_paid(session, refund_id, date(2026, 3, 6), "anna")
    r.record_refund(session, other, "t", goods=D("10.00"), shipping=D("0"))
    with session.begin():
        second = session.scalar(select(Refund.id).where(Refund.complaint_id == other))
    r.mark_refund_paid(session, second, date(2026, 3, 6), "anna")
    with session.begin():
        assert session.get(Order, shop["order"]).payment_status == "refunded"
    assert check_database(db) == []


def test_a_complaint_refund_is_due_14_days_from_today(session, shop, make_case):
    case_id = make_case(shop["order"], [(shop["plate"], 1)], kind="liability", decision="accepted",
                        remedy="refund")
    assert r.default_refund(session, case_id) == (D("10.00"), D("0.00"))
    r.record_refund(session, case_id, "t", goods=D("10.00"), today=date(2026, 4, 1))
    assert _case(session, case_id)["refunds"][0][2:4] == (D("10.00"), deadline(DeadlineKind.REFUND,
                                                                               date(2026, 4, 1)).due)
    rejected = make_case(shop["order"], [(shop["plate"], 1)], kind="liability", decision="rejected")
    with pytest.raises(DomainError, match="a refund follows"):
        r.record_refund(session, rejected, "t", goods=D("1.00"))


# --- replacement ---------------------------------------------------------------------------------------------------

def test_a_replacement_order_goes_to_packing_free_of_charge(session, db, shop, make_case):
    case_id = make_case(shop["order"], [(shop["mug"], 1)], kind="liability", decision="accepted",
                        remedy="replacement")
    customers = _customers(session)
    changes = r.create_replacement_order(session, case_id, "anna")
    new_id = _case(session, case_id)["replacement"]
    assert changes.orders == {shop["order"], new_id} and shop["mug"] in changes.products
    with session.begin():
        new, old = session.get(Order, new_id), session.get(Order, shop["order"])
        assert new.status == "ready" and new.total == D("0.00") and new.shipping_cost == D("0.00")
        assert [(ln.product_id, ln.quantity, ln.unit_price, ln.reserved) for ln in new.lines] == [
            (shop["mug"], 1, D("0.00"), 1)]
        assert new.internal_note == "Wymiana w ramach reklamacji REK/2026/0001"
        assert new.customer_id == old.customer_id and new.shipping_address.street == "ul. Długa 5/3"
        assert new.email == old.email and new.shipping_method == old.shipping_method
        number = new.number
    assert _customers(session) == customers
    assert _stock(session, shop["mug"]) == (8, 1)
    assert _case(session, case_id)["actions"] == [f"Replacement order {number} created for packing."]
    with pytest.raises(DomainError, match="already has its replacement order"):
        r.create_replacement_order(session, case_id, "anna")
    assert check_database(db) == []


def test_a_replacement_without_stock_leaves_nothing_written(session, shop, add_product, make_case):
    vase = add_product("VASE-1", "Wazon", on_hand=0)
    case_id = make_case(shop["order"], [(vase, 1)], kind="liability", decision="accepted", remedy="replacement")
    orders, customers = _count(session, Order), _customers(session)
    with pytest.raises(DomainError, match="is not ready to pack: Not enough stock of VASE-1"):
        r.create_replacement_order(session, case_id, "t")
    # The order was written and flushed before verification refused it: all of it went back.
    assert (_count(session, Order), _customers(session)) == (orders, customers)
    assert _case(session, case_id)["replacement"] is None and _case(session, case_id)["actions"] == []
    refund_case = make_case(shop["order"], [(shop["mug"], 1)])
    with pytest.raises(DomainError, match="follows an accepted replacement only"):
        r.create_replacement_order(session, refund_case, "t")


def _customers(session) -> int:
    from app.models import Customer

    return _count(session, Customer)


# --- supplier claim ------------------------------------------------------------------------------------------------

def test_a_supplier_claim_is_sent_answered_and_credited(session, shop, make_case):
    case_id = make_case(shop["order"], [(shop["mug"], 1)], kind="liability", supplier="Ceramika Bolesławiec")
    with pytest.raises(DomainError, match="Name the supplier"):
        r.open_supplier_claim(session, case_id, "t", supplier=" ", sent_on=date(2026, 3, 3))
    r.open_supplier_claim(session, case_id, "anna", sent_on=date(2026, 3, 3))
    with session.begin():
        case = session.get(Complaint, case_id)
        assert case.status == "at_supplier"
        assert [(e.kind, e.from_status, e.to_status) for e in case.events][:1] == [("status", "new", "at_supplier")]
        claim_id = session.scalar(select(SupplierClaim.id))
    with pytest.raises(DomainError, match="before the claim was sent"):
        r.record_supplier_answer(session, claim_id, "Uznajemy", date(2026, 3, 1), "t")
    with pytest.raises(DomainError, match="answer is empty"):
        r.record_supplier_answer(session, claim_id, "  ", date(2026, 3, 10), "t")
    r.record_supplier_answer(session, claim_id, "Uznajemy, wystawimy notę", date(2026, 3, 10), "anna")
    with pytest.raises(DomainError, match="more than 0"):
        r.record_supplier_credit(session, claim_id, D("0"), date(2026, 3, 20), "t")
    r.record_supplier_credit(session, claim_id, D("6.50"), date(2026, 3, 20), "anna")
    with pytest.raises(DomainError, match="recorded already"):
        r.record_supplier_credit(session, claim_id, D("1"), date(2026, 3, 21), "t")
    after = _case(session, case_id)
    assert after["claims"] == [("Ceramika Bolesławiec", date(2026, 3, 3), "Uznajemy, wystawimy notę", D("6.50"))]
    assert after["actions"] == [
        "Claim sent to supplier Ceramika Bolesławiec on 2026-03-03.",
        "Supplier Ceramika Bolesławiec answered on 2026-03-10: Uznajemy, wystawimy notę",
        "Credit of 6.50 received from supplier Ceramika Bolesławiec on 2026-03-20."]
    # A second claim of a case already at the supplier: no second status move.
    r.open_supplier_claim(session, case_id, "anna", supplier="Inny", sent_on=date(2026, 3, 4))
    with session.begin():
        assert session.scalar(select(func.count()).where(ComplaintEvent.kind == "status")) == 1


# --- what the panel offers -----------------------------------------------------------------------------------------

def test_the_state_offers_what_the_decision_calls_for(session, shop, make_case):
    withdrawal = r.remedy_state(session, make_case(shop["order"], [(shop["mug"], 1)]))
    assert (withdrawal.remedy, withdrawal.invoice_number is not None) == ("refund", True)
    assert (withdrawal.can_take_back, withdrawal.can_correct, withdrawal.can_refund, withdrawal.can_replace) == (
        True, True, True, False)
    replacement = r.remedy_state(session, make_case(shop["order"], [(shop["mug"], 1)], kind="liability",
                                                    decision="accepted", remedy="replacement"))
    assert (replacement.can_correct, replacement.can_refund, replacement.can_replace) == (False, False, True)
    closed = r.remedy_state(session, make_case(shop["order"], [(shop["mug"], 1)], status="closed",
                                               decision="accepted"))
    assert not (closed.can_take_back or closed.can_correct or closed.can_refund or closed.can_claim)
    with pytest.raises(DomainError, match="is closed"):
        r.take_back_goods(session, closed.case_id, {closed.lines[0].id: (1, 0)}, "t")
    with session.begin():
        assert session.scalar(select(func.count()).select_from(OrderEvent)) > 0


def test_the_refund_proposed_never_exceeds_what_the_order_was_paid(session, shop, make_case):
    """A discount lowered what the lines were paid: the proposal is capped at the order's total (42.99 - 5.00)."""
    with session.begin():
        order = session.get(Order, shop["order"])
        order.discount, order.total = D("5.00"), D("37.99")
    case_id = make_case(shop["order"], [(shop["mug"], 2), (shop["plate"], 1)], decision="accepted", remedy="refund")
    goods, shipping = r.default_refund(session, case_id)
    assert (goods, shipping) == (D("25.00"), D("12.99"))
    r.record_refund(session, case_id, "anna", goods=goods, shipping=shipping)  # accepted as proposed
    other = make_case(shop["order"], [(shop["mug"], 1)], decision="accepted", remedy="refund")
    assert r.default_refund(session, other) == (D("0.00"), D("0.00"))  # nothing is left of the payment
