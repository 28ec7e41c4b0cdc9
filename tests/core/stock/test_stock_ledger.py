"""The ledger rules, reservations through the real order lifecycle, and `zaplecze check` on the balances."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.core.errors import DomainError
from app.models import Product, StockDocument, StockMovement
from app.services.catalogue.products import ProductInput, create_product, get_product, update_product
from app.services.orders import lifecycle
from app.services.orders.editing import change_status, create_order, get_order
from app.services.orders.verification import verify_orders
from app.services.shopfile.check import check_database
from app.services.stock.history import movements, open_reservations
from app.services.stock.ledger import ReceiptLine, adjust_stock, receive_goods, return_to_stock, write_off
from app.services.stock.order_effects import allow_negative_stock


def _level(session, pid):
    p = get_product(session, pid)
    return p.on_hand, p.reserved, p.available


def test_create_product_with_opening_stock_and_ean_refused(session):
    pid = create_product(session, ProductInput(sku="MUG-1", name="Kubek", gross_price=Decimal("29.90"),
                                               ean="5901234123457"), "anna", opening_stock=5).product_id
    assert _level(session, pid) == (5, 0, 5)
    with pytest.raises(DomainError, match="5901234123458"):
        create_product(session, ProductInput(sku="MUG-2", name="Kubek 2", ean="5901234123458"), "anna")
    with pytest.raises(DomainError, match="already belongs to product MUG-1"):
        create_product(session, ProductInput(sku="MUG-3", name="Kubek 3", ean="5901234123457"), "anna")
    with pytest.raises(DomainError, match="VAT rate"):
        update_product(session, pid, ProductInput(sku="MUG-1", name="Kubek", vat_rate="7"), "anna")


def test_catalogue_use_cases_return_the_changes_they_made(session):
    """The UI only forwards what the service says it changed; it never describes a change itself."""
    from app.core.changes import Changes
    from app.services.catalogue.products import link_ean, product_by_code, set_active

    created = create_product(session, ProductInput(sku="MUG-1", name="Kubek"), "anna", opening_stock=2)
    mug = created.product_id
    assert created.changes == Changes(products=frozenset([mug]))
    assert update_product(session, mug, ProductInput(sku="MUG-1", name="Kubek biały"), "anna").changes == \
        Changes(products=frozenset([mug]))
    assert set_active(session, [mug], False) == Changes(products=frozenset([mug]))
    # The receipt's link: the product named by its SKU (any case) gets the scanned EAN, in one transaction.
    with pytest.raises(DomainError, match="No product with the SKU NOPE"):
        link_ean(session, "NOPE", "5901234123457")
    linked = link_ean(session, "mug-1", "5901234123457")
    assert (linked.product_id, linked.changes) == (mug, Changes(products=frozenset([mug])))
    # A scan's one read: the product with its stock, archived ones too; None for a code nobody has.
    found = product_by_code(session, "5901234123457")
    assert (found.id, found.sku, found.on_hand, found.active) == (mug, "MUG-1", 2, False)
    assert product_by_code(session, "4006381333931") is None and product_by_code(session, " ") is None


def test_receipt_adds_up_and_numbers_documents(session, db):
    a = create_product(session, ProductInput(sku="A", name="A"), "anna").product_id
    b = create_product(session, ProductInput(sku="B", name="B"), "anna").product_id
    posted = receive_goods(session, [ReceiptLine(a, 3, Decimal("4.10")), ReceiptLine(b, 2), ReceiptLine(a, 4)],
                           "anna", supplier="Hurtownia Kubki", supplier_document="FV 12/11/2026")
    second = receive_goods(session, [ReceiptLine(b, 1)], "anna", supplier="X")
    assert posted.number.startswith("PZ 1/") and second.number.startswith("PZ 2/")
    assert _level(session, a) == (7, 0, 7) and _level(session, b) == (3, 0, 3)
    assert get_product(session, a).purchase_price == Decimal("4.10")
    rows = movements(session, a)
    assert [(r.quantity, r.reason, r.supplier, r.supplier_document) for r in rows] == [
        (7, "receipt", "Hurtownia Kubki", "FV 12/11/2026")]
    assert check_database(db) == []


def test_write_off_adjust_return_need_reasons_and_keep_on_hand_non_negative(session, db):
    pid = create_product(session, ProductInput(sku="A", name="A"), "anna", opening_stock=5).product_id
    with pytest.raises(DomainError, match="why"):
        write_off(session, pid, 1, " ", "anna")
    write_off(session, pid, 2, "Damaged in transport", "anna")
    with pytest.raises(DomainError, match="Not enough stock of A: 4 to take out, 3 on hand"):
        adjust_stock(session, pid, -4, "count", "anna")
    adjust_stock(session, pid, -1, "Found broken", "anna")
    return_to_stock(session, [(pid, 2)], "anna", note="Return R/1")
    assert _level(session, pid) == (4, 0, 4)
    assert [r.reason for r in movements(session, pid)] == ["return", "adjustment", "write_off", "adjustment"]
    assert [r.reason for r in movements(session, pid, reason="write_off")] == ["write_off"]
    assert check_database(db) == []


def test_reservations_follow_the_order_lifecycle(session, db, add_product, order_input):
    pid = add_product("MUG-1", on_hand=5)
    oid = create_order(session, order_input(pid, quantity=3), "anna")
    assert verify_orders(session, [oid], "anna")[oid] == []
    assert _level(session, pid) == (5, 3, 2)
    assert [(r.order_id, r.quantity) for r in open_reservations(session, pid)] == [(oid, 3)]
    # A second order for 3 cannot be reserved: only 2 available.
    other = create_order(session, order_input(pid, quantity=3, email="jan@example.pl"), "anna")
    problems = verify_orders(session, [other], "anna")[other]
    assert any("Not enough stock of MUG-1" in p for p in problems)
    assert _level(session, pid) == (5, 3, 2)
    # Cancel releases.
    change_status(session, [oid], lifecycle.CANCELLED, "anna", "buyer changed mind")
    assert _level(session, pid) == (5, 0, 5)
    assert open_reservations(session, pid) == []
    # The other one now verifies, packs and ships: one WZ, reservation consumed.
    assert verify_orders(session, [other], "anna")[other] == []
    change_status(session, [other], lifecycle.PACKED, "anna")
    change_status(session, [other], lifecycle.SHIPPED, "anna")
    assert _level(session, pid) == (2, 0, 2)
    issue = [r for r in movements(session, pid) if r.reason == "issue"]
    assert len(issue) == 1 and issue[0].quantity == -3 and issue[0].document.startswith("WZ 1/")
    assert issue[0].order_number
    assert check_database(db) == []


def test_available_never_below_zero_unless_the_order_allows_it(session, db, add_product, order_input):
    pid = add_product("MUG-1", on_hand=1)
    oid = create_order(session, order_input(pid, quantity=2), "anna")
    assert verify_orders(session, [oid], "anna")[oid]  # refused: not enough
    with pytest.raises(DomainError, match="not ready to pack"):
        change_status(session, [oid], lifecycle.READY, "anna")
    assert _level(session, pid) == (1, 0, 1)
    allowed = create_order(session, order_input(pid, quantity=2, email="x@example.pl"), "anna")
    allow_negative_stock(session, allowed, True, "anna")  # the order dialog's checkbox next to Verify
    assert get_order(session, allowed).allow_negative_stock and not get_order(session, oid).allow_negative_stock
    assert get_order(session, allowed).events[-1].why == "Selling below zero stock allowed for this order"
    assert verify_orders(session, [allowed], "anna")[allowed] == []
    assert _level(session, pid) == (1, 2, -1)
    with pytest.raises(DomainError, match="only before the order is verified"):
        allow_negative_stock(session, allowed, False, "anna")
    change_status(session, [allowed], lifecycle.PACKED, "anna")
    change_status(session, [allowed], lifecycle.SHIPPED, "anna")
    assert _level(session, pid) == (-1, 0, -1)
    assert check_database(db) == []


def test_check_command_proves_balance_equals_sum_of_movements(db, db_path, session):
    pid = create_product(session, ProductInput(sku="A", name="A"), "anna", opening_stock=5).product_id
    receive_goods(session, [ReceiptLine(pid, 3)], "anna", supplier="S")
    run = [sys.executable, "-m", "app", "check", "--db", str(db_path)]
    ok = subprocess.run(run, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    with db.engine.begin() as conn:  # someone edits the balance behind the ledger's back
        conn.exec_driver_sql("UPDATE product SET on_hand = on_hand + 1, reserved = 2")
    bad = subprocess.run(run, capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert "on hand differs from the sum of its stock movements" in bad.stdout and "A, 9, 8" in bad.stdout
    assert "reserved differs from its open reservations" in bad.stdout


def test_failed_document_writes_nothing(session, db):
    a = create_product(session, ProductInput(sku="A", name="A"), "anna", opening_stock=1).product_id
    with pytest.raises(DomainError):
        receive_goods(session, [ReceiptLine(a, 2), ReceiptLine(999999, 1)], "anna")
    with db.session() as s:
        assert s.scalar(select(Product.on_hand).where(Product.id == a)) == 1
        assert s.scalar(select(StockDocument.id).where(StockDocument.kind == "PZ")) is None
        assert len(s.scalars(select(StockMovement)).all()) == 1
