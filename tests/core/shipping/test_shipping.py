"""Shipments, tracking numbers (typed, imported, own numbering), the Carrier seam, and dispatch manifests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.core.errors import DomainError, FileRefused
from app.models import Order, PrintQueueEntry
from app.services.documents import queue as print_queue
from app.services.orders import editing as orders
from app.services.orders import lifecycle
from app.services.shipping import booking as carrier_booking
from app.services.shipping import carriers, dispatch
from app.services.shipping import shipments as shipping
from app.services.shipping.data import ParcelInput, SenderData, ShipmentInput, ShippingSettingsData
from app.services.shipping.tracking_import import import_tracking_csv


@pytest.fixture
def make_order(session, add_product, order_input):
    def make(status: str = lifecycle.PACKED, **kw) -> int:
        pid = add_product(f"SKU-{make.n}", on_hand=50)
        kw.setdefault("email", f"buyer{make.n}@example.pl")  # different buyers: no duplicate warnings
        make.n += 1
        oid = orders.create_order(session, order_input(pid, **kw), who="t")
        if status != lifecycle.NEW:
            orders.change_status(session, [oid], lifecycle.READY, who="t")
            if status == lifecycle.PACKED:
                orders.change_status(session, [oid], lifecycle.PACKED, who="t")
        return oid

    make.n = 1
    return make


def order_number(session, oid: int) -> str:
    with session.begin():
        return session.get(Order, oid).number


def test_shipping_method_text_maps_to_carrier_and_service(session):
    assert carriers.guess_carrier(session, "InPost Paczkomat 24/7 WAW123M") == ("inpost_locker", "Paczkomat")
    assert carriers.guess_carrier(session, "Kurier DPD pobranie") == ("dpd", "Classic")
    assert carriers.guess_carrier(session, "Odbiór osobisty w sklepie") == ("pickup", "Pickup at the shop")
    assert carriers.guess_carrier(session, "Teleport") is None
    carriers.set_rule(session, "Kurier DPD", "dpd", "Next Day", priority=10)
    carriers.set_rule(session, "teleport", "gls", "")
    assert carriers.guess_carrier(session, "kurier dpd pobranie") == ("dpd", "Next Day")
    assert carriers.guess_carrier(session, "Teleport express") == ("gls", "Business Parcel")
    with pytest.raises(DomainError, match="DPD has no service 'Warp'"):
        carriers.set_rule(session, "x", "dpd", "Warp")


def test_shipment_from_the_order_locker_code_cod_and_print_queue(session, make_order):
    oid = make_order(shipping_method="InPost Paczkomat KRA01M", payment_method="cod", payment_status="unpaid")
    sid = shipping.create_shipment(session, oid, ShipmentInput(), who="t")
    detail = shipping.get_shipment(session, sid)
    assert (detail.carrier, detail.service, detail.locker_code) == ("inpost_locker", "Paczkomat", "KRA01M")
    assert detail.cod_amount == Decimal("62.98")  # order total: 49.99 + 12.99 shipping
    assert [(p.number, p.size, p.weight) for p in detail.parcels] == [(1, "B", Decimal("1.000"))]
    [row] = print_queue.waiting(session)
    assert (row.kind, row.order_id, row.shipment_id, row.carrier) == ("label", oid, sid, "inpost_locker")
    with pytest.raises(DomainError, match="already has a shipment"):
        shipping.create_shipment(session, oid, ShipmentInput(), who="t")


def test_locker_carrier_without_code_and_unknown_method_are_refused(session, make_order):
    oid = make_order(shipping_method="Paczkomat")
    with pytest.raises(DomainError, match="needs the pick-up point code"):
        shipping.create_shipment(session, oid, ShipmentInput(), who="t")
    oid2 = make_order(shipping_method="Teleport")
    with pytest.raises(DomainError, match="no carrier matches the shipping method 'Teleport'"):
        shipping.create_shipment(session, oid2, ShipmentInput(), who="t")
    with pytest.raises(DomainError, match="takes sizes A, B, C"):
        shipping.create_shipment(session, oid2, ShipmentInput("inpost_locker", locker_code="WAW1M",
                                                              parcels=(ParcelInput(size="XL"),)), who="t")


def test_typed_tracking_is_normalised_and_unique(session, make_order):
    a = shipping.create_shipment(session, make_order(), ShipmentInput("dpd", parcels=(ParcelInput(), ParcelInput())),
                                 who="t")
    b = shipping.create_shipment(session, make_order(), ShipmentInput("dpd"), who="t")
    shipping.set_tracking(session, a, 2, "  0000 1234 5678 9u\n", who="t")
    assert shipping.get_shipment(session, a).parcels[1].tracking_number == "0000123456789U"
    with pytest.raises(DomainError, match="already belongs to order"):
        shipping.set_tracking(session, b, 1, "0000123456789U", who="t")
    with pytest.raises(DomainError, match="only letters, digits"):
        shipping.set_tracking(session, b, 1, "ZAŻÓŁĆ", who="t")


def test_own_delivery_is_numbered_by_us_without_gaps(session, make_order):
    shipping.save_settings(session, ShippingSettingsData(SenderData("Sklep"), "B", Decimal("0.5"), "wl"))
    s1 = shipping.create_shipment(session, make_order(), ShipmentInput("own_delivery"), who="t")
    s2 = shipping.create_shipment(session, make_order(), ShipmentInput("pickup", parcels=(ParcelInput(),) * 2), who="t")
    assert [p.tracking_number for p in shipping.get_shipment(session, s1).parcels] == ["WL000001"]
    assert [p.tracking_number for p in shipping.get_shipment(session, s2).parcels] == ["WL000002", "WL000003"]
    assert shipping.get_shipment(session, s1).parcels[0].weight == Decimal("0.5")


def test_label_data_one_per_parcel_cod_on_the_first(session, make_order):
    shipping.save_settings(session, ShippingSettingsData(SenderData("Jan", "Żółty Kot", "Polna 1", "00-001", "Łódź")))
    oid = make_order(payment_method="cod", payment_status="unpaid")
    sid = shipping.create_shipment(session, oid, ShipmentInput("dhl", parcels=(ParcelInput(Decimal(2)),
                                                                               ParcelInput(Decimal(3)))), who="t")
    first, second = shipping.label_data(session, [sid], day=date(2026, 11, 23))
    assert first.sender.company == "Żółty Kot" and first.receiver.street == "ul. Długa 5/3"
    assert (first.parcel_no, first.parcel_count, second.parcel_no) == (1, 2, 2)
    assert first.cod_amount == Decimal("62.98") and second.cod_amount is None
    assert first.order_number == order_number(session, oid) and first.carrier == "DHL"



def test_label_of_an_orlen_point_says_pick_up_point_not_paczkomat(session, make_order):
    locker = shipping.create_shipment(session, make_order(shipping_method="InPost Paczkomat KRA01M"), ShipmentInput(),
                                      who="t")
    point = shipping.create_shipment(session, make_order(shipping_method="ORLEN Paczka WAR96M"), ShipmentInput(),
                                     who="t")
    [inpost], [orlen] = shipping.label_data(session, [locker]), shipping.label_data(session, [point])
    assert (inpost.locker_code, inpost.pickup_point) == ("KRA01M", False)
    assert (orlen.locker_code, orlen.pickup_point) == ("WAR96M", True)


def test_own_delivery_and_pickup_labels_print_their_service_in_polish(session, make_order):
    pickup = shipping.create_shipment(session, make_order(shipping_method="Odbiór osobisty"), ShipmentInput(), who="t")
    own = shipping.create_shipment(session, make_order(shipping_method="x"), ShipmentInput("own_delivery"), who="t")
    [p], [o] = shipping.label_data(session, [pickup]), shipping.label_data(session, [own])
    assert (p.carrier, p.service) == ("Odbiór osobisty", "Odbiór w sklepie")
    assert (o.carrier, o.service) == ("Dostawa własna", "Dostawa własna")
    assert shipping.get_shipment(session, pickup).service == "Pickup at the shop"  # stored as the catalogue has it

def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_tracking_numbers_imported_from_a_carrier_csv(session, make_order, tmp_path):
    a, b = make_order(shipping_method="Kurier DPD"), make_order(shipping_method="DHL")
    na, nb = order_number(session, a), order_number(session, b)
    shipping.create_shipment(session, a, ShipmentInput("dpd"), who="t")
    path = write(tmp_path, "dpd.csv", f"Numer przesyłki;Referencja;Waga\n1111U;{na};1\n2222U;{na};1\n3333X;{nb};2\n",
                 "cp1250")
    result = import_tracking_csv(session, path, who="t")
    assert (result.updated, result.orders) == (3, frozenset({a, b}))
    assert result.changes.orders == frozenset({a, b})  # what the lists refresh
    sa = shipping.get_shipment(session, shipping.shipment_id_for_order(session, a))
    assert [p.tracking_number for p in sa.parcels] == ["1111U", "2222U"]  # second row: a second parcel
    sb = shipping.get_shipment(session, shipping.shipment_id_for_order(session, b))
    assert sb.carrier == "dhl" and sb.parcels[0].tracking_number == "3333X"
    with session.begin():
        assert session.get(Order, a).tracking_number == "1111U"
    again = import_tracking_csv(session, path, who="t")
    assert (again.updated, again.unchanged) == (0, 3)


def test_tracking_csv_errors_name_rows_and_nothing_is_written(session, make_order, tmp_path):
    a = make_order(shipping_method="DPD")
    na = order_number(session, a)
    bad = write(tmp_path, "bad.csv", f"order,tracking\n{na},5555A\nZ999999,6666B\n{na},\n,7777C\n")
    with pytest.raises(FileRefused) as info:
        import_tracking_csv(session, bad, who="t")
    text = str(info.value)
    assert "row 3, column 'order': no order with the number 'Z999999'" in text
    assert "row 4, column 'tracking': empty tracking number" in text
    assert "row 5, column 'order': empty order number" in text
    assert shipping.shipment_id_for_order(session, a) is None  # the shipment made for row 2 was rolled back
    cancelled = make_order(shipping_method="DPD")
    orders.change_status(session, [cancelled], "cancelled", who="t")
    with pytest.raises(FileRefused, match="it gets no new shipment"):  # a cancelled order gets no shipment
        import_tracking_csv(session, write(tmp_path, "c.csv", f"order,tracking\n{order_number(session, cancelled)},"
                                           "8888D\n"), who="t")
    assert shipping.shipment_id_for_order(session, cancelled) is None
    with pytest.raises(FileRefused, match="row 1: no tracking number column"):
        import_tracking_csv(session, write(tmp_path, "x.csv", "order;weight\nZ1;2\n"), who="t")


class FakeInPostApi:
    """A stand-in for a carrier's web API (the real ones are not written yet); records what it was asked."""

    code = "dpd"

    def __init__(self, label: bytes) -> None:
        self.label, self.requests = label, []

    def create_shipment(self, request):
        self.requests.append(request)
        return carriers.CarrierBooking(tuple(f"API{n}" for n in range(len(request.parcels))), self.label, "dpd.pdf")


def test_carrier_api_seam_stores_tracking_and_label(session, make_order):
    from app.printing.labels.pdf import render_labels

    sid = shipping.create_shipment(session, make_order(), ShipmentInput("dpd", parcels=(ParcelInput(),) * 2), who="t")
    with pytest.raises(DomainError, match="no connection to DPD's system"):
        carrier_booking.book_with_carrier(session, sid, who="t")
    api = FakeInPostApi(render_labels(shipping.label_data(session, [sid])))
    assert isinstance(api, carriers.Carrier)
    carrier_booking.book_with_carrier(session, sid, who="t", api=api)
    detail = shipping.get_shipment(session, sid)
    assert [p.tracking_number for p in detail.parcels] == ["API0", "API1"]
    assert len(detail.carrier_label_ids) == 1 and api.requests[0].receiver.city == "Warszawa"
    assert {r.kind for r in print_queue.waiting(session)} == {"label", "carrier_label"}


def test_manifest_and_handover_ship_the_orders(session, make_order):
    oids = [make_order(payment_method="cod", payment_status="unpaid") for _ in range(3)]
    sids = [shipping.create_shipment(session, oid, ShipmentInput("dpd"), who="t") for oid in oids]
    not_packed = make_order(status=lifecycle.READY)
    shipping.create_shipment(session, not_packed, ShipmentInput("dpd", parcels=(ParcelInput(tracking_number="Q1"),)),
                             who="t")
    with pytest.raises(DomainError, match="without a tracking number"):
        dispatch.create_manifest(session, "dpd", date(2026, 11, 23), who="t")
    for n, sid in enumerate(sids):
        shipping.set_tracking(session, sid, 1, f"DPD{n}", who="t")
    assert dispatch.ready_for_manifest(session, "dpd") == sids
    made = dispatch.create_manifest(session, "dpd", date(2026, 11, 23), who="t")
    mid = made.id
    assert made.changes.orders == frozenset(oids)  # their shipments are on a manifest now
    data = dispatch.manifest_data(session, mid)
    assert data.number == "DPD-2026-11-23-1" and [r.tracking_number for r in data.rows] == ["DPD0", "DPD1", "DPD2"]
    assert data.cod_totals() == {"PLN": Decimal("188.94")}
    assert any(r.kind == "manifest" for r in print_queue.waiting(session))
    with pytest.raises(DomainError, match="on a dispatch manifest already"):
        shipping.update_shipment(session, sids[0], ShipmentInput("gls"), who="t")
    changes = dispatch.confirm_handover(session, mid, who="t")
    assert changes.orders == frozenset(oids)
    with session.begin():  # shipping issues their goods: the Stock views re-read those products
        products = {line.product_id for oid in oids for line in session.get(Order, oid).lines}
    assert changes.products == frozenset(products) and len(products) == 3
    for oid in oids:
        assert orders.get_order(session, oid).status == lifecycle.SHIPPED
    assert orders.get_order(session, not_packed).status == lifecycle.READY
    with pytest.raises(DomainError, match="handed over already"):
        dispatch.confirm_handover(session, mid, who="t")
    [summary] = dispatch.list_manifests(session)
    assert summary.parcels == 3 and summary.confirmed_at is not None
    with pytest.raises(DomainError, match="No packed DPD parcels"):
        dispatch.create_manifest(session, "dpd", date(2026, 11, 23), who="t")
    with pytest.raises(DomainError, match="needs no dispatch manifest"):
        dispatch.create_manifest(session, "pickup", date(2026, 11, 23), who="t")


def test_handover_is_all_or_none(session, make_order):
    a, b = make_order(), make_order()
    sa = shipping.create_shipment(session, a, ShipmentInput("gls", parcels=(ParcelInput(tracking_number="G1"),)), who="t")
    sb = shipping.create_shipment(session, b, ShipmentInput("gls", parcels=(ParcelInput(tracking_number="G2"),)), who="t")
    mid = dispatch.create_manifest(session, "gls", date(2026, 11, 23), who="t", shipment_ids=[sa, sb]).id
    orders.change_status(session, [b], lifecycle.ON_HOLD, who="t")
    with pytest.raises(DomainError, match="was not confirmed"):
        dispatch.confirm_handover(session, mid, who="t")
    assert orders.get_order(session, a).status == lifecycle.PACKED


def test_an_order_cancelled_after_the_manifest_leaves_it_at_the_handover(session, make_order):
    a, b = make_order(), make_order()
    sa = shipping.create_shipment(session, a, ShipmentInput("gls", parcels=(ParcelInput(tracking_number="G1"),)), who="t")
    sb = shipping.create_shipment(session, b, ShipmentInput("gls", parcels=(ParcelInput(tracking_number="G2"),)), who="t")
    mid = dispatch.create_manifest(session, "gls", date(2026, 11, 23), who="t", shipment_ids=[sa, sb]).id
    orders.change_status(session, [b], lifecycle.CANCELLED, who="t")  # the buyer cancelled; the parcel stays
    changes = dispatch.confirm_handover(session, mid, who="t")
    assert changes.orders == frozenset({a})
    assert orders.get_order(session, a).status == lifecycle.SHIPPED
    assert orders.get_order(session, b).status == lifecycle.CANCELLED
    assert [r.tracking_number for r in dispatch.manifest_data(session, mid).rows] == ["G1"]
    assert shipping.get_shipment(session, sb).manifest_id is None

def test_printer_settings_and_log(session, make_order):
    from app.services.shipping.data import PrinterSettingData

    assert print_queue.get_printer_setting(session, "label").paper == "100x150"
    print_queue.save_printer_setting(session, PrinterSettingData("label", "Zebra", "100x150", "portrait", 300, True))
    assert print_queue.get_printer_setting(session, "label").zpl is True
    with pytest.raises(DomainError, match="203 or 300 dpi"):
        print_queue.save_printer_setting(session, PrinterSettingData("label", "Zebra", "100x150", "portrait", 600, True))
    oid = make_order()
    sid = shipping.create_shipment(session, oid, ShipmentInput("dpd"), who="t")
    [row] = print_queue.waiting(session)
    print_queue.record_printed(session, [(row.id, "label", "Label", oid, sid, None, 1)], "Zebra", "anna")
    assert print_queue.waiting(session) == []
    with session.begin():
        assert session.query(PrintQueueEntry).one().done_at is not None
    [log] = print_queue.log_rows(session)
    assert (log.printer, log.who, log.reprint, log.ok) == ("Zebra", "anna", False, True)


def test_check_finds_a_duplicate_tracking_number(db, session, make_order):
    from app.services.shopfile.check import check_database

    shipping.create_shipment(session, make_order(), ShipmentInput("dpd", parcels=(ParcelInput(tracking_number="T1"),)),
                             who="t")
    shipping.create_shipment(session, make_order(), ShipmentInput("dpd", parcels=(ParcelInput(tracking_number="T2"),)),
                             who="t")
    assert check_database(db) == []
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE parcel SET tracking_number = 'T1'")
    assert check_database(db) == ["tracking number used by two parcels (tracking, parcels): T1, 2"]


def test_carrier_settings_default_service_and_switching_off(session, make_order):
    settings = {s.code: s for s in carriers.carrier_settings(session)}
    assert set(settings) == set(carriers.CARRIERS) and all(s.active for s in settings.values())
    changed = [carriers.CarrierSettingData(code, code != "gls", "Next Day" if code == "dpd" else "", "")
               for code in carriers.CARRIERS]
    carriers.save_carrier_settings(session, changed)
    assert {s.code for s in carriers.carrier_settings(session) if not s.active} == {"gls"}
    sid = shipping.create_shipment(session, make_order(), ShipmentInput("dpd"), who="t")
    assert shipping.get_shipment(session, sid).service == "Next Day"
    with pytest.raises(DomainError, match="has no service 'Warp'"):
        carriers.save_carrier_settings(session, [carriers.CarrierSettingData("dpd", True, "Warp")])
    with pytest.raises(DomainError, match="at least one carrier"):
        carriers.save_carrier_settings(session, [carriers.CarrierSettingData(c, False) for c in carriers.CARRIERS])


def count_commits(db):
    """A list that grows by one at every commit on the database (reads commit too: each is a transaction)."""
    from sqlalchemy import event

    commits: list[int] = []
    event.listen(db.engine, "commit", lambda conn: commits.append(1))
    return commits


def test_printing_all_packed_labels_makes_the_missing_shipments_in_the_same_transaction(db, session, make_order):
    with_shipment, without, unmatched = make_order(), make_order(shipping_method="GLS"), make_order(shipping_method="?")
    shipping.create_shipment(session, with_shipment, ShipmentInput("dpd"), who="t")
    make_order(status=lifecycle.READY, shipping_method="DPD")  # not packed: not printed
    commits = count_commits(db)
    packed = shipping.packed_labels_to_print(session, who="t")
    assert len(commits) == 1
    assert packed.changes.orders == frozenset({without})  # the order that got its shipment
    assert [order_number(session, unmatched) in p for p in packed.problems] == [True]
    assert [r.order_id for r in print_queue.waiting(session) if r.id in packed.queue_ids] == [with_shipment, without]


def test_manifests_are_listed_a_page_at_a_time(session, make_order):
    for n in range(3):
        sid = shipping.create_shipment(session, make_order(), ShipmentInput("dpd", parcels=(
            ParcelInput(tracking_number=f"P{n}"),)), who="t")
        dispatch.create_manifest(session, "dpd", date(2026, 11, 23), who="t", shipment_ids=[sid])
    first, second = dispatch.list_manifests(session, limit=2), dispatch.list_manifests(session, limit=2, offset=2)
    assert [m.number for m in first + second] == [f"DPD-2026-11-23-{n}" for n in (3, 2, 1)]


def test_manifest_numbers_are_read_aloud_and_older_ones_stay(session, make_order):
    """A person says the number on the phone: the carrier's name, the day, its place in the day; a manifest made
    before keeps the number printed on its signed paper."""
    from app.models import DispatchManifest

    day = date(2026, 12, 1)
    with session.begin():  # one made by an older version, the same day
        session.add(DispatchManifest(number="INPOST_LOCKER/20261201/1", carrier="inpost_locker", day=day,
                                     created_by="t"))
    numbers = []
    for n in range(2):
        oid = make_order()
        shipping.create_shipment(session, oid, ShipmentInput("inpost_locker", locker_code=f"WAW{n}M", parcels=(
            ParcelInput(tracking_number=f"6200{n}"),)), who="t")
        numbers.append(dispatch.manifest_data(session, dispatch.create_manifest(session, "inpost_locker", day,
                                                                                who="t").id).number)
    oid = make_order()
    shipping.create_shipment(session, oid, ShipmentInput("inpost_courier", parcels=(ParcelInput(tracking_number="K1"),)),
                             who="t")
    numbers.append(dispatch.create_manifest(session, "inpost_courier", day, who="t").id)
    assert numbers[:2] == ["PACZKOMAT-2026-12-01-2", "PACZKOMAT-2026-12-01-3"]
    listed = [m.number for m in dispatch.list_manifests(session)]
    assert listed == ["INPOST-2026-12-01-1", "PACZKOMAT-2026-12-01-3", "PACZKOMAT-2026-12-01-2",
                      "INPOST_LOCKER/20261201/1"]
    assert all(len(n) <= 25 and "_" not in n and "/" not in n for n in listed[:3])
