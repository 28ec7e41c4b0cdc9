"""The Today view's figures (app.services.reports.today) on a hand-made shop whose every answer is known: orders,
their history, shipments, products, cases, follow-ups, invoices and manifests written as plain rows on a real shop
file (and on PostgreSQL when ZAPLECZE_TEST_POSTGRES is set). "Now" is Thursday 12 November 2026, 10:00 in Warsaw,
the day after a public holiday (11 November), so "since the last working day" starts on Tuesday the 10th."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.models import DispatchManifest, Invoice, Order, OrderEvent, Product, Shipment
from app.models.complaint import Complaint
from app.models.customer import Contact
from app.models.invoice import InvoiceSeries
from app.models.shipping import CarrierSetting
from app.services.reports.links import ListFilter
from app.services.reports.today import today_figures
from tests.support.postgres import session_on_both_databases  # noqa: F401  (`session`: the file and PostgreSQL)

WAW = ZoneInfo("Europe/Warsaw")
NOW = datetime(2026, 11, 12, 10, 0, tzinfo=WAW)
CUTOFFS = {"inpost": time(9, 30), "dpd": time(15, 0)}


def at(day: int, hh: int, mm: int = 0, month: int = 11) -> datetime:
    """A moment of November 2026 on the shop's clock."""
    return datetime(2026, month, day, hh, mm, tzinfo=WAW)


OLD = at(1, 10)


def _shop(session) -> dict[str, int]:
    """The hand-made shop; returns order ids by their numbers."""
    ids: dict[str, int] = {}
    with session.begin():
        def order(number: str, status: str, created: datetime = OLD, *, ready: datetime | None = None,
                  shipped: datetime | None = None, carrier: str | None = None, cod: Decimal | None = None,
                  **kw) -> Order:
            changed = max(t for t in (created, ready, shipped) if t is not None)  # as every move stamps it
            o = Order(number=number, status=status, created_at=created, updated_at=changed,
                      customer_name="Jan", **kw)
            session.add(o)
            session.flush()
            ids[number] = o.id
            if ready is not None:
                session.add(OrderEvent(order_id=o.id, at=ready, from_status="new", to_status="ready"))
            if shipped is not None:
                session.add(OrderEvent(order_id=o.id, at=shipped, from_status="packed", to_status="shipped"))
            if carrier is not None:
                session.add(Shipment(order_id=o.id, carrier=carrier, cod_amount=cod))
            return o

        # New since Tuesday the 10th (the holiday in between counts too); N3 came on Monday, late in the evening.
        order("N1", "new", at(12, 8))
        order("N2", "awaiting_payment", at(10, 0, 30))  # 9 Nov in UTC, 10 Nov in Warsaw: new, not yet too long
        order("N3", "cancelled", at(9, 23, 30))
        order("N4", "cancelled", at(11, 12))
        # Unpaid more than 3 whole days (created on or before 8 November): U2 and B3; U1 came on the 9th.
        order("U1", "awaiting_payment", at(9, 22))
        order("U2", "awaiting_payment", at(5, 12))
        # Blocked, and why.
        order("B1", "on_hold")
        order("B2", "new", problems="Not paid (and not cash on delivery)\nNo shipping address")
        order("B3", "awaiting_payment", at(3, 12), problems="Not enough stock of MUG: 2 ordered, 0 available")
        order("B4", "on_hold", problems="Held at packing: torn box")
        order("B5", "shipped", problems="No shipping address", shipped=at(10, 12))
        order("B6", "new", problems="Something odd")
        # In the house: ready, packing, packed.
        order("R1", "ready", ready=at(11, 14))  # promised (no shipment: the earliest cut-off, 9:30), late
        order("R2", "ready", ready=at(12, 9, 45))  # readied after 9:30: promised tomorrow
        order("R3", "packing", ready=at(12, 8))  # promised, late
        order("K1", "packed", ready=at(12, 9, 50), carrier="dpd")  # promised, DPD comes at 15:00: not late yet
        order("K2", "packed", ready=at(11, 9), carrier="inpost")  # promised, late
        order("K3", "packed", ready=at(11, 9))  # promised, late, no shipment yet
        # Shipped.
        order("S1", "shipped", ready=at(11, 10), shipped=at(12, 8, 30), carrier="inpost", cod=Decimal("100.00"),
              payment_method="cod", payment_status="unpaid", buyer_nip="5260250274", total=Decimal("90.00"))
        order("S2", "shipped", ready=at(12, 6), shipped=at(12, 7), carrier="dpd", payment_method="cod",
              payment_status="paid", total=Decimal("70.00"))
        order("S3", "shipped", ready=at(11, 10), shipped=at(11, 16), carrier="dpd", payment_method="cod",
              payment_status="unpaid", buyer_nip="5260250274", total=Decimal("55.50"))
        order("S4", "shipped", ready=at(12, 9, 35), shipped=at(12, 9, 50), carrier="inpost")  # not promised today
        order("D1", "delivered", payment_method="cod", payment_status="unpaid", total=Decimal("40.00"))
        order("D2", "delivered", buyer_nip="5260250274")
        # Stock: out P1, P2; low P1, P2, P3; P4 fine; P5 archived.
        for sku, on_hand, reserved, point, active in (("P1", 0, 0, 0, True), ("P2", 5, 5, 0, True),
                                                      ("P3", 10, 2, 8, True), ("P4", 10, 0, 3, True),
                                                      ("P5", 0, 0, 5, False)):
            session.add(Product(sku=sku, name=sku, gross_price=Decimal("10.00"), on_hand=on_hand, reserved=reserved,
                                reorder_point=point, active=active))
        # Complaints: due soon C1 (today), C2 (in 3 days); C3 later; C4 overdue; C5 closed long ago.
        for n, status, due in (("C1", "new", date(2026, 11, 12)), ("C2", "in_review", date(2026, 11, 15)),
                               ("C3", "new", date(2026, 11, 16)), ("C4", "new", date(2026, 11, 11)),
                               ("C5", "closed", date(2026, 11, 1))):
            session.add(Complaint(number=n, kind="complaint", received_on=date(2026, 10, 30), status=status,
                                  due_on=due))
        # Follow-ups: today F1 (F2 done); overdue F3, F4; F5 tomorrow.
        for day, done in ((12, None), (12, at(12, 9)), (10, None), (1, None), (13, None)):
            session.add(Contact(follow_up_on=date(2026, 11, day), follow_up_done_at=done))
        # Invoices: queued 2, sent 1, rejected 1; S1's and S2's VAT invoices issued.
        series = InvoiceSeries(code="FV", pattern="FV/{n}/{mm}/{yyyy}")
        session.add(series)
        session.flush()
        for i, (state, number) in enumerate((("queued", "S1"), ("queued", "S2"), ("sent", None), ("rejected", None),
                                             ("accepted", None), ("", None))):
            session.add(Invoice(number=f"FV/{i}/11/2026", series_id=series.id, issue_date=date(2026, 11, 10),
                                sale_date=date(2026, 11, 10), ksef_status=state,
                                order_id=ids[number] if number else None))
        for n, confirmed in (("M1", at(11, 16)), ("M2", None), ("M3", None)):
            session.add(DispatchManifest(number=n, carrier="dpd", day=date(2026, 11, 11), confirmed_at=confirmed))
    return ids


def test_every_figure_of_a_known_shop(session):
    ids = _shop(session)
    f = today_figures(session, now=NOW, cutoffs=CUTOFFS)
    assert (f.today, f.working_day) == (date(2026, 11, 12), True)
    m = f.morning
    assert m.since == date(2026, 11, 10)
    assert m.new_orders.count == 3
    assert m.new_orders.filter == ListFilter("orders", "all", (("date_from", "2026-11-10"),))
    assert m.unpaid_too_long.count == 2
    assert m.unpaid_too_long.filter == ListFilter("orders", "awaiting_payment", (("date_to", "2026-11-08"),))
    assert m.blocked.count == 5
    assert {r.kind: r.count for r in m.blocked_reasons} == {
        "not_paid": 1, "no_address": 1, "short_of_stock": 1, "held_at_packing": 1, "other": 1, "on_hold": 1}
    assert (m.out_of_stock.count, m.low_stock.count) == (2, 3)
    assert (m.complaints_due_soon.count, m.complaints_overdue.count) == (2, 1)
    assert (m.follow_ups_today.count, m.follow_ups_overdue.count) == (1, 2)
    assert (m.ksef_queued.count, m.ksef_awaiting.count, m.ksef_rejected.count) == (2, 1, 1)

    d = f.day
    assert d.ready_to_pack.count == 3
    assert [(c.carrier, c.count) for c in d.packed_waiting] == [("", 1), ("dpd", 1), ("inpost", 1)]
    assert [(c.carrier, c.at, c.minutes_left) for c in d.cutoffs] == [
        ("inpost", at(12, 9, 30), -30), ("dpd", at(12, 15), 300)]

    e = f.evening
    assert e.shipped_today.count == 3
    assert e.promised_today.count == 7
    assert e.promised_shipped.count == 2
    assert e.late.count == 4
    assert [(o.number, o.carrier) for o in e.late_orders] == [("K2", "inpost"), ("K3", ""), ("R1", ""), ("R3", "")]
    assert e.late_orders[0].id == ids["K2"]
    assert e.manifests_unconfirmed.count == 2
    assert e.shipped_without_invoice.count == 1  # S3 (a NIP, no invoice); B5 and S4 want none; D2 is delivered
    assert (e.cod_orders.count, e.cod_expected) == (2, Decimal("155.50"))  # S1's 100.00 as its shipment says


def test_an_invoice_for_every_order_and_a_given_last_working_day(session):
    _shop(session)
    f = today_figures(session, now=NOW, cutoffs=CUTOFFS, invoice_all=True, last_working_day=date(2026, 11, 11),
                      unpaid_days=7)
    assert f.evening.shipped_without_invoice.count == 3  # B5, S3, S4 (in transit, no invoice)
    assert f.morning.since == date(2026, 11, 11)
    assert f.morning.new_orders.count == 2  # N1 and N4
    assert f.morning.unpaid_too_long.count == 1  # B3 (3 November), U2 came on the 5th


def test_a_monday_counts_from_friday_and_a_holiday_promises_nothing(session):
    _shop(session)
    monday = today_figures(session, now=datetime(2026, 11, 16, 8, 0, tzinfo=UTC), cutoffs=CUTOFFS)
    assert monday.morning.since == date(2026, 11, 13)
    assert monday.morning.new_orders.count == 0
    holiday = today_figures(session, now=at(11, 17), cutoffs=CUTOFFS)
    assert (holiday.working_day, holiday.morning.since) == (False, date(2026, 11, 10))
    assert holiday.day.cutoffs == ()
    assert (holiday.evening.shipped_today.count, holiday.evening.promised_today.count, holiday.evening.late.count) \
        == (1, 0, 0)  # S3 went out at 16:00 on the holiday
    assert holiday.morning.new_orders.count == 3  # N2, N4, and N1 (dated the 12th: no upper bound is set)


def test_cutoffs_default_to_the_active_carriers(session):
    with session.begin():
        session.add_all([CarrierSetting(code="inpost"), CarrierSetting(code="dpd", active=False)])
    f = today_figures(session, now=NOW)
    assert [(c.carrier, c.at, c.minutes_left) for c in f.day.cutoffs] == [("inpost", at(12, 15), 300)]
    assert f.evening.promised_today.count == 0


def test_each_existing_filter_lists_what_its_figure_counts(session):
    """Where a tab already has the filter, its list counts what Today says (the UI test repeats this per link)."""
    from app.services.complaints.listing import list_cases
    from app.services.customers.contacts import follow_ups
    from app.services.invoicing.reading import InvoiceQuery, invoice_count
    from app.services.orders.listing import OrderQuery, count
    from app.services.stock.listing import count_stock

    _shop(session)
    f = today_figures(session, now=NOW, cutoffs=CUTOFFS)
    m = f.morning
    figures = [m.new_orders, m.unpaid_too_long, m.blocked, m.out_of_stock, m.low_stock, m.complaints_due_soon,
               m.complaints_overdue, m.follow_ups_today, m.follow_ups_overdue, m.ksef_queued, m.ksef_awaiting,
               m.ksef_rejected, f.day.ready_to_pack]
    for figure in figures:
        flt, params = figure.filter, dict(figure.filter.params)
        assert flt.missing == ""
        if flt.tab == "orders":
            listed = count(session, OrderQuery(filter=flt.view, tz="Europe/Warsaw", **{
                k: date.fromisoformat(v) for k, v in params.items()}))
        elif flt.tab == "stock":
            listed = count_stock(session, flt.view)
        elif flt.tab == "complaints":
            listed = list_cases(session, view=flt.view, today=f.today).total
        elif flt.tab == "customers":
            listed = len(follow_ups(session, today=f.today, view=params["follow_up_view"]))
        else:
            listed = invoice_count(session, InvoiceQuery(ksef_status=params["ksef_status"]))
        assert (flt, listed) == (flt, figure.count)
    assert all(r.filter.missing == "" for r in m.blocked_reasons)  # the Orders list narrows by kind of reason
