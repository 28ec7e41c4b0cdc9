"""The complaints figures on a hand-made shop (`make_shop`, also used by the export's tests): every answer below was
worked out by hand from the rows, not by the code under test."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from app.models import Order, OrderLine, Product
from app.models.complaint import Complaint, ComplaintLine
from app.services.complaints.figures import (
    OnTime,
    ProductFigure,
    ReasonFigure,
    SupplierFigure,
    complaint_figures,
)

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def _at(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=UTC)


def make_shop(session) -> dict[str, int]:
    """Products KUB-1, TAL-1, KOC-1, SWI-1; seven orders; cases C1..C10 (numbers REK/2026/0001..0010)."""
    with session.begin():
        products = {}
        for sku, name, supplier in (("KUB-1", "Kubek zielony", "Ceramika Bolesławiec"),
                                    ("TAL-1", "Talerz płytki", "Porcelana Ćmielów"),
                                    ("KOC-1", "Koc wełniany", "Tkaniny Łódź"), ("SWI-1", "Świeca sojowa", "")):
            p = Product(sku=sku, name=name, gross_price=Decimal("20.00"), supplier=supplier)
            session.add(p)
            session.flush()
            products[sku] = p.id
        orders = {}

        def order(key, status, created, *lines):
            o = Order(number=f"Z{len(orders) + 1:06d}", status=status, created_at=created, customer_name="Anna Kowalska",
                      total=Decimal("100.00"), items_count=sum(q for _s, q in lines))
            o.lines = [OrderLine(position=i, product_id=products.get(sku), sku=sku, name=sku, quantity=q,
                                 unit_price=Decimal("20.00")) for i, (sku, q) in enumerate(lines)]
            session.add(o)
            session.flush()
            orders[key] = o.id

        order("O1", "shipped", _at(2026, 3, 2), ("KUB-1", 10), ("TAL-1", 4))
        order("O2", "delivered", _at(2026, 3, 15), ("KUB-1", 6), ("KOC-1", 5), ("GIFT-1", 2))  # GIFT-1: no product
        order("O3", "returned", _at(2026, 3, 31, 22, 30), ("KUB-1", 100))  # 1 April 00:30 in Warsaw: April
        order("O4", "ready", _at(2026, 3, 10), ("KUB-1", 50))  # not gone out: not sold
        order("O5", "delivered", _at(2026, 2, 28, 23, 30), ("TAL-1", 1))  # 1 March 00:30 in Warsaw: March
        order("O6", "returned", _at(2026, 3, 20), ("KOC-1", 3))
        order("O7", "delivered", _at(2026, 2, 10), ("SWI-1", 4))  # February
        n = 0

        def case(kind, reason, received, due, answered=None, decided=None, supplier="", lines=(), order_key="O1"):
            nonlocal n
            n += 1
            c = Complaint(number=f"REK/2026/{n:04d}", kind=kind, received_on=received, due_on=due,
                          answered_on=answered, decided_at=decided, reason=reason, supplier=supplier,
                          status="decided" if decided else "in_review", decision="accepted" if decided else None,
                          remedy="refund" if decided else None, demand="refund", order_id=orders[order_key],
                          customer_name="Anna Kowalska", channel="email")
            c.lines = [ComplaintLine(product_id=products.get(sku), sku=sku, name=sku, quantity=q,
                                     unit_price=Decimal("20.00")) for sku, q in lines]
            session.add(c)
            session.flush()

        d = date
        # C1: answered on time, decided after 8 days.
        case("liability", "defect", d(2026, 3, 2), d(2026, 3, 16), d(2026, 3, 10), _at(2026, 3, 10, 9),
             "Ceramika Bolesławiec", [("KUB-1", 2)])
        # C2: answered a day late; decided 19 March 23:30 UTC = 20 March 00:30 in Warsaw: 15 days.
        case("liability", "defect", d(2026, 3, 5), d(2026, 3, 19), d(2026, 3, 20), _at(2026, 3, 19, 23, 30),
             "Ceramika Bolesławiec", [("KUB-1", 1), ("TAL-1", 1)])
        # C3: never answered, due 24 March: late once that day has passed.
        case("transport", "damaged", d(2026, 3, 10), d(2026, 3, 24), supplier="Porcelana Ćmielów",
             lines=[("TAL-1", 3)])
        # C4: received in March, due in April: not in March's on-time share.
        case("liability", "not_as_described", d(2026, 3, 25), d(2026, 4, 8), supplier="Ceramika Bolesławiec",
             lines=[("KUB-1", 1)])
        # C5: a return answered at once, decided the next day.
        case("withdrawal", "changed_mind", d(2026, 3, 12), d(2026, 3, 26), d(2026, 3, 13), _at(2026, 3, 13, 12),
             lines=[("KUB-1", 2), ("KOC-1", 1)], order_key="O2")
        # C6: a return due in April, of a product sold only in February.
        case("withdrawal", "changed_mind", d(2026, 3, 20), d(2026, 4, 3), lines=[("KUB-1", 1), ("SWI-1", 1)],
             order_key="O7")
        # C7: a return of a product typed by hand (no product row).
        case("withdrawal", "wrong_item", d(2026, 3, 28), d(2026, 4, 11), lines=[("GIFT-1", 1)], order_key="O2")
        # C8: received in February, due and answered in time in March: only in the on-time share.
        case("liability", "defect", d(2026, 2, 20), d(2026, 3, 6), d(2026, 3, 1), _at(2026, 3, 1, 8),
             "Ceramika Bolesławiec", [("KUB-1", 5)])
        # C9: April.
        case("liability", "defect", d(2026, 4, 2), d(2026, 4, 16), supplier="Tkaniny Łódź", lines=[("KOC-1", 1)])
        # C10: answered on its due day; decided 28 March 22:30 UTC = 23:30 in Warsaw (winter time): 13 days.
        case("guarantee", "defect", d(2026, 3, 15), d(2026, 3, 29), d(2026, 3, 29), _at(2026, 3, 28, 22, 30),
             "Porcelana Ćmielów", [("TAL-1", 1)])
    return products


TODAY = date(2026, 4, 10)


def test_march_by_kind_reason_product_and_supplier(session) -> None:
    products = make_shop(session)
    f = complaint_figures(session, *MARCH, today=TODAY)
    assert f.cases == 8  # C1-C7 and C10; C8 is February's, C9 April's
    assert f.by_kind == (("liability", 3), ("withdrawal", 3), ("guarantee", 1), ("transport", 1))
    assert f.by_reason == (ReasonFigure("defect", 3, 5), ReasonFigure("changed_mind", 2, 5),
                           ReasonFigure("damaged", 1, 3), ReasonFigure("not_as_described", 1, 1),
                           ReasonFigure("wrong_item", 1, 1))
    # Complaints only (no withdrawals): TAL-1 in C2, C3, C10 (1+3+1 units), KUB-1 in C1, C2, C4 (2+1+1).
    assert f.by_product == (ProductFigure(products["TAL-1"], "TAL-1", "TAL-1", 3, 5),
                            ProductFigure(products["KUB-1"], "KUB-1", "KUB-1", 3, 4))
    assert f.by_supplier == (SupplierFigure("Ceramika Bolesławiec", 3, 5), SupplierFigure("Porcelana Ćmielów", 2, 4))


def test_on_time_share_counts_unanswered_past_due_as_late(session) -> None:
    make_shop(session)
    # Due in March: C1, C5, C8, C10 on time; C2 answered late; C3 never answered and past due on 10 April.
    f = complaint_figures(session, *MARCH, today=TODAY)
    assert f.on_time == OnTime(counted=6, on_time=4, late=2, unanswered_late=1)
    assert f.on_time.share == Decimal("66.7")
    # On 24 March, C3's due day, it is still running: not counted yet.
    early = complaint_figures(session, *MARCH, today=date(2026, 3, 24))
    assert early.on_time == OnTime(counted=5, on_time=4, late=1, unanswered_late=0)
    assert early.on_time.share == Decimal("80.0")


def test_days_to_decision_count_shop_days(session) -> None:
    make_shop(session)
    f = complaint_figures(session, *MARCH, today=TODAY)
    # C1 8, C2 15 (decided after midnight in Warsaw), C5 1, C10 13 (before midnight in Warsaw): 37 / 4.
    assert (f.decided, f.average_days_to_decision) == (4, Decimal("9.3"))


def test_returns_rate_per_product(session) -> None:
    products = make_shop(session)
    f = complaint_figures(session, *MARCH, today=TODAY)
    rows = [(r.sku, r.returned, r.sold, r.rate) for r in f.returns]
    # Sold in March from shipped, delivered and returned orders: KUB-1 10 + 6 (O3 is April in Warsaw, O4 only
    # ready), KOC-1 5 + 3, GIFT-1 2 (typed, no product), SWI-1 none (sold in February).
    assert rows == [("GIFT-1", 1, 2, Decimal("50.0")), ("KUB-1", 3, 16, Decimal("18.8")),
                    ("KOC-1", 1, 8, Decimal("12.5")), ("SWI-1", 1, 0, None)]
    assert [r.product_id for r in f.returns] == [None, products["KUB-1"], products["KOC-1"], products["SWI-1"]]


def test_open_period_and_an_empty_one(session) -> None:
    make_shop(session)
    everything = complaint_figures(session, today=TODAY)
    assert everything.cases == 10
    # KUB-1 adds C8's 5 units; KOC-1 comes in with C9.
    assert [(p.sku, p.cases, p.units) for p in everything.by_product] == [("KUB-1", 4, 9), ("TAL-1", 3, 5),
                                                                          ("KOC-1", 1, 1)]
    assert (everything.decided, everything.average_days_to_decision) == (5, Decimal("9.2"))  # + C8's 9 days: 46 / 5
    empty = complaint_figures(session, date(2025, 1, 1), date(2025, 1, 31), today=TODAY)
    assert (empty.cases, empty.by_reason, empty.by_product, empty.returns) == (0, (), (), ())
    assert empty.on_time == OnTime(0, 0, 0, 0) and empty.on_time.share is None
    assert empty.average_days_to_decision is None
