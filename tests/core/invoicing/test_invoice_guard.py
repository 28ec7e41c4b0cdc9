"""An issued invoice is never edited or deleted: the database refuses it (triggers), whoever writes (raw SQL
too); payment and KSeF status may change. On SQLite, and on PostgreSQL when a server is given."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.exc import DBAPIError

from app.models import Invoice
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.payments import mark_paid, mark_unpaid
from app.services.invoicing.reading import invoice_doc

REFUSED = [
    "UPDATE invoice SET gross = gross + 1 WHERE id = :id",
    "UPDATE invoice SET number = 'FV/X' WHERE id = :id",
    "UPDATE invoice SET buyer_name = 'Ktoś' WHERE id = :id",
    "UPDATE invoice SET sealed = false WHERE id = :id",
    "DELETE FROM invoice WHERE id = :id",
    "UPDATE invoice_line SET quantity = 5 WHERE invoice_id = :id",
    "DELETE FROM invoice_line WHERE invoice_id = :id",
    ("INSERT INTO invoice_line (invoice_id, position, name, sku, unit, quantity, rate, net, vat, gross, before) "
    "VALUES (:id, 9, 'Extra', '', 'szt.', 1, '23', 1, 0.23, 1.23, false)"),
    "UPDATE invoice_rate SET vat = 0 WHERE invoice_id = :id",
    "DELETE FROM invoice_rate WHERE invoice_id = :id",
]
ALLOWED = [
    "UPDATE invoice SET paid = true, paid_date = '2026-01-02' WHERE id = :id",
    "UPDATE invoice SET ksef_number = '5260250274-20260102-ABCDEF-12', ksef_status = 'sent' WHERE id = :id",
]


def _check_guard(engine, invoice_id: int) -> None:
    from sqlalchemy import text

    for sql in REFUSED:
        with pytest.raises(DBAPIError, match="never (changed|deleted)"), engine.begin() as conn:
            conn.execute(text(sql), {"id": invoice_id})
    for sql in ALLOWED:
        with engine.begin() as conn:
            assert conn.execute(text(sql), {"id": invoice_id}).rowcount == 1


def test_sqlite_refuses_edits_and_deletes(db, db_path, session, seller, make_order):
    iid = issue_invoice(session, make_order([(2, "10.00", "23")]), "t")
    before = invoice_doc(session, iid)
    engine = create_engine(f"sqlite:///{db_path}")  # another connection, as any tool would open the file
    try:
        _check_guard(engine, iid)
    finally:
        engine.dispose()
    after = invoice_doc(session, iid)
    assert (after.number, after.lines, after.rates, after.gross, after.buyer) == (
        before.number, before.lines, before.rates, before.gross, before.buyer)
    assert after.ksef_number == "5260250274-20260102-ABCDEF-12" and after.paid


def _issue_one(database, order_input) -> int:
    from app.services.invoicing.settings import SellerSettings, save_settings
    from app.services.orders.editing import create_order

    s = database.session()
    try:
        save_settings(s, SellerSettings(name="Sklep", nip="5260250274", street="ul. Prosta 51", postal_code="00-838",
                                        city="Warszawa"))
        return issue_invoice(s, create_order(s, order_input(None), "t"), "t")
    finally:
        s.close()


def test_a_migrated_file_has_the_same_guard(tmp_path, order_input):
    """A shop file upgraded by alembic step by step (not made by create_all) gets the triggers from 0008."""
    from app.db import open_database
    from app.migrations.runner import upgrade_to_head

    path = tmp_path / "m.db"
    engine = create_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    engine.dispose()
    database = open_database(path)
    try:
        _check_guard(database.engine, _issue_one(database, order_input))
    finally:
        database.dispose()


def test_payment_is_the_change_the_services_make(session, seller, make_order):
    iid = issue_invoice(session, make_order(payment_method="transfer", payment_status="unpaid"), "t")
    assert mark_paid(session, [iid], date(2026, 1, 5), "anna") == (iid,)
    assert mark_paid(session, [iid], date(2026, 1, 6), "anna") == ()  # already paid: left as it was
    doc = invoice_doc(session, iid)
    assert (doc.paid, doc.paid_date) == (True, date(2026, 1, 5))
    assert mark_unpaid(session, [iid], "anna") == (iid,)
    assert not invoice_doc(session, iid).paid


@pytest.mark.parametrize("made_by", ["create_all", "migrations"])
def test_postgresql_refuses_edits_and_deletes(pg_url, order_input, made_by):
    from app.db import open_database
    from app.migrations.runner import upgrade_to_head

    if made_by == "migrations":
        engine = create_engine(pg_url)
        upgrade_to_head(engine)
        engine.dispose()
    database = open_database(pg_url)
    try:
        iid = _issue_one(database, order_input)
        _check_guard(database.engine, iid)
        with database.session() as fresh:
            assert fresh.scalar(select(Invoice.paid).where(Invoice.id == iid)) is True
    finally:
        database.dispose()
