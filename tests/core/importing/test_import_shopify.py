"""Shopify orders export into the database: real-shaped files, the bad inputs of DESIGN.md, all or nothing."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core.errors import FileRefused
from app.models import Customer, ImportBatch, Order, OrderEvent, OrderLine
from app.services.importing.orders import apply_orders_import, preview_orders_import
from app.services.shopfile.check import check_database

DATA = Path(__file__).resolve().parents[2] / "data" / "import"
FIXTURE = DATA / "shopify_orders.csv"
_spec = importlib.util.spec_from_file_location("make_fixtures", DATA / "make_fixtures.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)


@pytest.fixture
def catalogue(add_product):
    return {
        "KUB-001": add_product("KUB-001", "Kubek ceramiczny biały", "39.99", ean="5901234123464"),
        "KOSZ-M": add_product("KOSZ-M", "Koszulka lniana M", "129.00"),
        "SWIECA": add_product("SWIECA", "Świeca sojowa", "59.90", ean="5901234123457"),
        "HERB-SET": add_product("HERB-SET", "Herbaty", "24.50", vat="8"),
    }


def counts(db) -> dict[str, int]:
    with db.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Order, OrderLine, OrderEvent, Customer, ImportBatch)}


def order_by_ext(db, ext: str, source: str = "shopify") -> Order:
    s = db.session()
    return s.scalar(select(Order).where(Order.source == source, Order.external_number == ext))


def write_rows(path: Path, rows: list[dict], header=fx.SHOPIFY_HEADER, **kw) -> Path:
    fx.write_csv(rows, path, header)
    if kw:
        text = path.read_text(encoding="utf-8")
        path.write_bytes((kw.get("prefix", b"")) + text.encode(kw.get("encoding", "utf-8")))
    return path


def test_fixture_imports_with_the_decisions_a_shop_owner_wants(db, catalogue):
    preview = preview_orders_import(db.session(), FIXTURE)
    # 9 orders: 8 new, and a test order skipped
    assert (preview.format, preview.orders, preview.new, preview.updated, preview.errors) == ("shopify", 9, 8, 0, ())
    assert counts(db)["order"] == 0  # the preview writes nothing
    assert [(s.row, s.external_number) for s in preview.skipped] == [(8, "1006")]
    assert "test order" in preview.skipped[0].reason
    text = preview.summary()
    assert "1 order(s) in EUR" in text and "imported as cancelled" in text and "imported as shipped" in text
    assert any("PODK-404" in w.message and w.row == 12 and w.column == "Lineitem sku" for w in preview.warnings)
    assert any("86.49 PLN refunded" in w.message and w.row == 5 for w in preview.warnings)

    result = apply_orders_import(db.session(), FIXTURE, who="test-station")
    assert len(result.new_ids) == 8
    assert result.changes.bulk and result.changes.orders == frozenset(result.new_ids)   # what the views hear
    o = order_by_ext(db, "1001")
    assert (o.number, o.status, o.payment_status, o.payment_method) == ("1001", "new", "paid", "prepaid")
    assert o.total == Decimal("221.97") and o.items_count == 3 and o.shipping_cost == Decimal("12.99")
    assert o.customer_note == "Proszę dzwonić przed doręczeniem.\nDomofon nie działa.\nFaktura: tak"
    assert o.shipping_address.postal_code == "00-950" and o.phone == "+48 600 100 200"  # guard stripped
    assert [(ln.sku, ln.quantity, ln.unit_price, ln.product_id) for ln in o.lines] == [
        ("KUB-001", 2, Decimal("39.99"), catalogue["KUB-001"]), ("KOSZ-M", 1, Decimal("129.00"), catalogue["KOSZ-M"])]
    assert o.events[0].kind == "import" and "shopify_orders.csv" in o.events[0].why
    cod = order_by_ext(db, "1002")
    assert (cod.payment_method, cod.payment_status, cod.discount) == ("cod", "unpaid", Decimal("5.99"))
    assert "JESIEN10" in cod.internal_note
    assert cod.lines[0].product_id == catalogue["SWIECA"]  # numeric SKU '5901234123457 found by EAN
    assert order_by_ext(db, "1003").lines[0].vat_rate == "8"  # the product's rate
    assert order_by_ext(db, "1003").payment_status == "refunded"
    assert order_by_ext(db, "1004").status == "cancelled"
    assert order_by_ext(db, "1005").status == "shipped"
    assert order_by_ext(db, "1007").currency == "EUR"
    assert order_by_ext(db, "1008").shipping_address is None
    assert order_by_ext(db, "1006") is None
    assert check_database(db) == []
    with db.engine.connect() as conn:
        hits = conn.exec_driver_sql("SELECT rowid FROM order_fts WHERE order_fts MATCH ?", ('"kowalska"',)).all()
    assert hits == [(o.id,)]


def test_unknown_sku_line_is_kept_unlinked_and_verification_flags_it(db, catalogue):
    from app.services.orders.verification import verify_orders

    apply_orders_import(db.session(), FIXTURE)
    o = order_by_ext(db, "1009")
    line = next(ln for ln in o.lines if ln.sku == "PODK-404")
    assert line.product_id is None and line.quantity == 2
    problems = verify_orders(db.session(), [o.id], "test")[o.id]
    assert "Line 'PODK-404' is not linked to a product" in problems


def test_older_73_column_export_and_shuffled_columns_with_unknown_ones(db, catalogue, tmp_path):
    assert len(fx.SHOPIFY_HEADER) == 79
    a = preview_orders_import(db.session(), DATA / "shopify_orders_73cols.csv")
    assert (a.new, a.errors) == (8, ())
    header = list(reversed(fx.SHOPIFY_HEADER)) + ["Metafield: custom.gift [single_line_text]"]
    path = write_rows(tmp_path / "shuffled.csv", fx.shopify_rows(), header)
    apply_orders_import(db.session(), path)
    o = order_by_ext(db, "1001")
    assert o.total == Decimal("221.97") and o.customer_name == "Anna Kowalska"


@pytest.mark.parametrize("variant", ["bom", "cp1250", "excel_pl"])
def test_encodings_and_polish_excel(db, catalogue, tmp_path, variant):
    text = FIXTURE.read_text(encoding="utf-8")
    path = tmp_path / f"{variant}.csv"
    if variant == "bom":
        path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    elif variant == "cp1250":
        path.write_bytes(text.replace("Müller", "Muller").encode("cp1250"))
    else:  # semicolons and decimal commas, as Excel with Polish settings saves it
        rows = list(csv.reader(io.StringIO(text)))
        money = {fx.SHOPIFY_HEADER.index(h) for h in ("Subtotal", "Shipping", "Taxes", "Total", "Discount Amount",
                                                       "Lineitem price", "Refunded Amount")}
        out = io.StringIO()
        w = csv.writer(out, delimiter=";")
        w.writerow(rows[0])
        for row in rows[1:]:
            w.writerow([v.replace(".", ",") if i in money else v for i, v in enumerate(row)])
        path.write_bytes(out.getvalue().replace("Müller", "Muller").encode("cp1250"))
    preview = preview_orders_import(db.session(), path)
    assert (preview.new, preview.errors) == (8, ())
    apply_orders_import(db.session(), path)
    o = order_by_ext(db, "1002")
    assert o.customer_name == "Jan Nowak" and o.shipping_address.city == "Łódź"
    assert o.lines[0].name == "Świeca sojowa Łąka" and o.shipping_address.street == "ul. Żeromskiego 12"
    assert order_by_ext(db, "1001").total == Decimal("221.97")


def test_missing_required_column_is_named(db, tmp_path):
    header = [h for h in fx.SHOPIFY_HEADER if h != "Lineitem price"]
    path = write_rows(tmp_path / "no_price.csv", fx.shopify_rows(), header)
    preview = preview_orders_import(db.session(), path)
    assert preview.refused
    assert [(e.row, e.column) for e in preview.errors] == [(1, "Lineitem price")]
    with pytest.raises(FileRefused) as exc:
        apply_orders_import(db.session(), path)
    assert "column 'Lineitem price'" in str(exc.value) and "nothing was imported" in str(exc.value)
    assert counts(db)["order"] == 0


def test_bad_number_names_row_and_column_and_nothing_is_written(db, catalogue, tmp_path):
    rows = fx.shopify_rows()
    rows[-1]["Lineitem price"] = "15,0O"  # the last row: a letter O typed for a zero
    path = write_rows(tmp_path / "bad.csv", rows)
    before = counts(db)
    with pytest.raises(FileRefused) as exc:
        apply_orders_import(db.session(), path)
    assert [(e.row, e.column) for e in exc.value.errors] == [(len(rows) + 1, "Lineitem price")]
    assert "'15,0O' is not a number" in str(exc.value)
    assert counts(db) == before  # all or nothing: the good orders before it are not written either


def test_same_file_twice_adds_nothing(db, catalogue):
    apply_orders_import(db.session(), FIXTURE)
    first = counts(db)
    preview = preview_orders_import(db.session(), FIXTURE)
    assert (preview.new, preview.updated, preview.unchanged) == (0, 0, 8)
    assert preview.imported_before is not None and "imported already" in preview.summary()
    apply_orders_import(db.session(), FIXTURE)
    after = counts(db)
    assert after["order"] == first["order"] and after["order_line"] == first["order_line"]
    assert after["customer"] == first["customer"]


def test_overlapping_export_updates_changed_orders_and_keeps_our_edits(db, catalogue, tmp_path):
    from app.services.orders.editing import set_payment

    apply_orders_import(db.session(), FIXTURE)
    ours = order_by_ext(db, "1001")
    set_payment(db.session(), ours.id, "unpaid", "test")  # we changed #1001 here after its import
    rows = [r for r in fx.shopify_rows() if r["Name"] in ("#1001", "#1002", "#1009")]
    for r in rows:
        if r["Name"] == "#1002":
            r["Financial Status"] = "paid" if r["Financial Status"] else ""  # paid in the shop since
        if r["Name"] == "#1001" and r["Shipping"]:
            r["Shipping"] = "0.00"
    rows += fx.order("#1010", "nowy@example.pl", "2026-11-07 10:00:00 +0100",
                     [("1", "Kubek ceramiczny biały", "39.99", "KUB-001")])
    path = write_rows(tmp_path / "later.csv", rows)
    preview = preview_orders_import(db.session(), path)
    assert (preview.new, preview.updated, preview.unchanged) == (1, 1, 1)
    [skip] = preview.skipped
    assert skip.external_number == "1001" and "changed here" in skip.reason and "shipping" in skip.reason
    result = apply_orders_import(db.session(), path, who="test")
    assert len(result.updated_ids) == 1
    assert result.changes.orders == frozenset(result.new_ids + result.updated_ids) and len(result.new_ids) == 1
    paid = order_by_ext(db, "1002")
    assert paid.payment_status == "paid" and paid.import_batch_id == result.batch_id
    assert "Updated from later.csv: payment" in paid.events[-1].why
    kept = order_by_ext(db, "1001")
    assert kept.payment_status == "unpaid" and kept.shipping_cost == Decimal("12.99")
    assert order_by_ext(db, "1010").number == "1010"
    assert counts(db)["order"] == 9
    assert check_database(db) == []


def test_cancelled_in_the_shop_later_cancels_a_new_order(db, catalogue, tmp_path):
    apply_orders_import(db.session(), FIXTURE)
    rows = [r for r in fx.shopify_rows() if r["Name"] == "#1009"]
    rows[0]["Cancelled at"] = "2026-11-08 10:00:00 +0100"
    path = write_rows(tmp_path / "cancel.csv", rows)
    assert preview_orders_import(db.session(), path).updated == 1
    apply_orders_import(db.session(), path)
    o = order_by_ext(db, "1009")
    assert o.status == "cancelled"
    assert any(e.kind == "status" and e.from_status == "new" and e.to_status == "cancelled" for e in o.events)


def test_shop_number_that_clashes_gets_a_source_prefix(db, catalogue, tmp_path):
    from app.importers.mapped.orders import load_mapping

    apply_orders_import(db.session(), FIXTURE)
    mapping = load_mapping(DATA / "mapped_orders.mapping.json")
    rows = fx.mapped_rows()
    rows[1][0] = rows[2][0] = "1001"  # another shop also has an order 1001
    path = tmp_path / "other.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    apply_orders_import(db.session(), path, "mapped", mapping)
    other = order_by_ext(db, "1001", source="mapped:Sklep PL")
    assert other.number == "Sklep-PL-1001"
    assert order_by_ext(db, "1001").number == "1001"


def test_cancel_midway_leaves_the_database_untouched(db, catalogue):
    class Stop(Exception):
        pass

    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append((done, total))
        if done >= 400:  # the writing part has begun: the batch row is already flushed
            raise Stop

    before = counts(db)
    with pytest.raises(Stop):
        apply_orders_import(db.session(), FIXTURE, progress=progress)
    assert counts(db) == before
    assert all(total == 1000 for _, total in seen)


def test_cli_prints_the_summary_and_exits_1_with_row_and_column(db_path, catalogue, tmp_path, capsys):
    from app.cli import run

    rows = fx.shopify_rows()
    rows[2]["Lineitem quantity"] = "dwa"
    bad = write_rows(tmp_path / "bad.csv", rows)
    assert run(["import", "orders", str(bad), "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert "row 4, column 'Lineitem quantity': 'dwa' is not a whole number" in out and "REFUSED" in out
    assert run(["import", "orders", str(FIXTURE), "--db", str(db_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["new"], data["refused"], data["skipped"][0]["order"]) == (8, False, "1006")
    assert run(["import", "orders", str(FIXTURE), "--db", str(db_path)]) == 0
    assert "orders: new 0, to update 0, unchanged 8, skipped 1;" in capsys.readouterr().out


def test_a_products_export_is_recognised_and_refused_with_a_pointer(db, tmp_path):
    path = tmp_path / "products_export.csv"
    path.write_text("Handle,Title,Body (HTML),Vendor,Variant SKU,Variant Price,Variant Barcode\n"
                    "kubek,Kubek,<p>Biały</p>,Zaplecze,KUB-001,39.99,'5901234123457\n", encoding="utf-8")
    with pytest.raises(FileRefused, match="products export, not orders"):
        preview_orders_import(db.session(), path)


def test_rows_apart_zero_quantity_partial_fulfilment_and_high_risk_are_said(db, catalogue, tmp_path):
    rows = fx.shopify_rows()
    second_of_1001 = rows.pop(1)
    rows.append(second_of_1001)  # an order's rows not together (an export sorted by hand)
    i1009 = next(i for i, r in enumerate(rows) if r["Name"] == "#1009")
    rows[i1009 + 1]["Lineitem quantity"] = "0"  # a line removed from the order in Shopify
    rows[i1009]["Fulfillment Status"] = "partial"
    rows[i1009]["Risk Level"] = "High"
    path = write_rows(tmp_path / "edges.csv", rows)
    preview = preview_orders_import(db.session(), path)
    said = {(w.row, w.column): w.message for w in preview.warnings}
    assert "rows of this order are not together; joined" in said[(len(rows) + 1, "Name")]
    assert "quantity 0" in said[(i1009 + 3, "Lineitem quantity")]
    assert "partly fulfilled" in said[(i1009 + 2, "Fulfillment Status")]
    assert "fraud risk high" in said[(i1009 + 2, "Risk Level")]
    apply_orders_import(db.session(), path)
    assert [ln.sku for ln in order_by_ext(db, "1001").lines] == ["KUB-001", "KOSZ-M"]
    assert [ln.sku for ln in order_by_ext(db, "1009").lines] == ["KUB-001"]
    assert check_database(db) == []


def test_payment_arriving_after_verification_still_comes_in(db, catalogue, tmp_path):
    """Verification moved the order to 'awaiting payment' here (a status change, not an edit of its data):
    the shop's later export saying it is paid must update it, while an order we edited stays ours."""
    from app.services.orders.verification import verify_orders

    rows = fx.order("#2001", "ola@example.pl", "2026-11-06 10:00:00 +0100",
                    [("1", "Kubek ceramiczny biały", "39.99", "KUB-001")], financial="pending")
    first = write_rows(tmp_path / "first.csv", rows)
    apply_orders_import(db.session(), first)
    oid = order_by_ext(db, "2001").id
    assert verify_orders(db.session(), [oid], "test")[oid] == ["Not paid (and not cash on delivery)"]
    assert order_by_ext(db, "2001").status == "awaiting_payment"
    rows[0]["Financial Status"] = "paid"
    later = write_rows(tmp_path / "later.csv", rows)
    preview = preview_orders_import(db.session(), later)
    assert (preview.updated, preview.skipped) == (1, ())
    apply_orders_import(db.session(), later)
    o = order_by_ext(db, "2001")
    assert (o.payment_status, o.status) == ("paid", "awaiting_payment")  # verification takes it from here
    assert o.problems == ""                                 # and the list no longer says "Not paid"


def test_summary_lists_a_long_tail_of_problems_only_up_to_a_limit(db, tmp_path):
    rows = []
    for n in range(150):
        rows += fx.order(f"#{3000 + n}", f"x{n}@example.pl", "2026-11-06 10:00:00 +0100",
                         [("1", "Coś", "9.99", f"NOWY-{n}")])
    path = write_rows(tmp_path / "many.csv", rows)
    preview = preview_orders_import(db.session(), path)
    assert len(preview.warnings) == 150  # one per unknown SKU
    text = preview.summary()
    assert text.count("\nwarning: ") == 100 and "... and 50 more like these" in text


def test_rows_longer_than_the_header_are_refused_not_shifted(db, tmp_path):
    text = FIXTURE.read_text(encoding="utf-8")
    header, rest = text.split("\n", 1)
    path = tmp_path / "shifted.csv"
    path.write_text(header.replace("Email,", "", 1) + "\n" + rest, encoding="utf-8")  # a column cut by hand
    preview = preview_orders_import(db.session(), path)
    assert preview.refused
    first = preview.errors[0]
    assert (first.row, first.column) == (2, None)
    assert "79 values, but the header has 78 columns" in first.message
    overlong = {e.row for e in preview.errors if "header has 78 columns" in e.message}
    assert {2, 4, 5, 6, 7, 8, 9, 10, 11} <= overlong  # every order's first row (later rows end empty)
    assert all(e.row in overlong or e.column for e in preview.errors)  # fails on a named column instead


def test_a_returning_buyer_keeps_one_customer(db, catalogue, tmp_path):
    apply_orders_import(db.session(), FIXTURE)
    customers = counts(db)["customer"]
    rows = fx.order("#1011", "anna@example.pl", "2026-11-09 10:00:00 +0100",
                    [("1", "Kubek ceramiczny biały", "39.99", "KUB-001")])
    rows += fx.order("#1012", "nowa@example.pl", "2026-11-09 11:00:00 +0100",
                     [("1", "Kubek ceramiczny biały", "39.99", "KUB-001")])
    apply_orders_import(db.session(), write_rows(tmp_path / "next.csv", rows))
    assert order_by_ext(db, "1011").customer_id == order_by_ext(db, "1001").customer_id
    assert counts(db)["customer"] == customers + 1


def test_counts_add_up_and_notes_say_only_what_the_import_does(db, catalogue):
    """Issue 12: 'Orders: 8 ... skipped: 9', and 'imported as cancelled' when nothing was imported."""
    first = preview_orders_import(db.session(), FIXTURE)
    assert first.orders == first.new + first.updated + first.unchanged + len(first.skipped) == 9
    assert any("imported as cancelled" in n for n in first.notes)
    result = apply_orders_import(db.session(), FIXTURE)
    assert "Imported shopify_orders.csv: new 8, updated 0, unchanged 0, skipped 1." == result.summary()
    again = preview_orders_import(db.session(), FIXTURE)
    assert again.orders == again.unchanged + len(again.skipped) == 9 and again.new == again.updated == 0
    assert not any("imported as" in n for n in again.notes), again.notes
    assert any("test order(s) skipped" in n for n in again.notes)  # that one is still true
    lines = again.summary().split("\n")
    assert lines[0] == f"shopify_orders.csv: shopify export; rows: {again.rows}, orders: 9, lines: {again.lines}"
    assert lines[1] == f"orders: new 0, to update 0, unchanged 8, skipped 1; errors: 0, warnings: {len(again.warnings)}"


def test_the_import_summaries_are_message_templates_with_polish():
    """Every line the CLI prints for an import is a msg() template (app.cli.say translates it) with its Polish."""
    import json as _json
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[3]
    templates = set(_json.loads((root / "resources/translations/domain_messages.json").read_text(encoding="utf-8")))
    polish = {m.findtext("source"): m.findtext("translation") for c in ET.parse(
        root / "resources/translations/zaplecze_pl.ts").getroot().iter("context") if c.findtext("name") == "Domain"
        for m in c.iter("message")}
    for template in ("{file}: {format} export; rows: {rows}, orders: {orders}, lines: {lines}",
                     ("orders: new {new}, to update {updated}, unchanged {unchanged}, skipped {skipped}; errors: "
                      "{errors}, warnings: {warnings}"), "This file was imported already on {when}.",
                     "skipped: row {row} (#{number}): {reason}", "error: {error}", "warning: {warning}",
                     "... and {count} more like these (--json lists them all)",
                     "Imported {file}: new {new}, updated {updated}, unchanged {unchanged}, skipped {skipped}."):
        assert template in templates and polish.get(template), template
