"""The KSeF columns of an issued invoice may change (its state moves on as KSeF answers), nothing else of it may:
on a new file (create_all), a file upgraded step by step by the migrations, and PostgreSQL made either way."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from app.services.invoicing.issuing import issue_invoice

KSEF_UPDATE = (
    "UPDATE invoice SET ksef_status = 'accepted', ksef_number = '5260250274-20260102-0123456789AB-CD', "
    "ksef_queued_at = '2026-01-02 10:00:00.000000', ksef_offline = true, ksef_deadline = '2026-01-05', "
    "ksef_session_ref = '20260102-SO-1', ksef_invoice_ref = '20260102-EE-1', ksef_hash = 'abc=', "
    "ksef_sent_at = '2026-01-02 10:00:01.000000', ksef_accepted_at = '2026-01-02 10:00:05.000000', "
    "ksef_upo = :upo, ksef_error_code = 450, ksef_error = 'x', ksef_error_details = 'y' WHERE id = :id"
)
STILL_REFUSED = (
    "UPDATE invoice SET gross = gross + 1, ksef_status = 'queued' WHERE id = :id",
    "UPDATE invoice SET buyer_name = 'Ktoś' WHERE id = :id",
    "DELETE FROM invoice WHERE id = :id",
)


def _issue(database, order_input) -> int:
    from app.services.invoicing.settings import SellerSettings, save_settings
    from app.services.orders.editing import create_order

    with database.session() as s:
        save_settings(s, SellerSettings(name="Sklep", nip="5260250274", street="ul. Prosta 51",
                                        postal_code="00-838", city="Warszawa"))
        return issue_invoice(s, create_order(s, order_input(None), "t"), "t")


def _check(engine, invoice_id: int) -> None:
    with engine.begin() as conn:
        assert conn.execute(text(KSEF_UPDATE), {"id": invoice_id, "upo": b"<UPO/>"}).rowcount == 1
    for sql in STILL_REFUSED:
        with pytest.raises(DBAPIError, match="never (changed|deleted)"), engine.begin() as conn:
            conn.execute(text(sql), {"id": invoice_id})
    with engine.connect() as conn:
        row = conn.execute(text("SELECT ksef_status, ksef_upo, ksef_error_code FROM invoice WHERE id = :id"),
                           {"id": invoice_id}).one()
    assert (row[0], bytes(row[1]), row[2]) == ("accepted", b"<UPO/>", 450)


@pytest.mark.parametrize("made_by", ["create_all", "migrations"])
def test_sqlite_lets_the_ksef_columns_change_and_nothing_else(tmp_path, order_input, made_by):
    from app.db import open_database
    from app.migrations.runner import upgrade_to_head

    path = tmp_path / "shop.db"
    if made_by == "migrations":
        engine = create_engine(f"sqlite:///{path}")
        upgrade_to_head(engine)
        engine.dispose()
    database = open_database(path, create=True)
    try:
        _check(database.engine, _issue(database, order_input))
    finally:
        database.dispose()


def test_a_file_of_0009_gets_the_columns_and_keeps_its_invoices_sealed(tmp_path, order_input):
    """An invoice issued before 0010 is upgraded with it: not sent, not offline, and still sealed."""
    from alembic import command

    from app.db import open_database
    from app.migrations.runner import alembic_config

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0009")
    with engine.begin() as conn:  # an issued invoice as 0009 stored it (the services write the current model)
        conn.exec_driver_sql("INSERT INTO invoice_series (id, code, kind, pattern, reset, is_default) "
                             "VALUES (1, 'FV', 'VAT', 'FV/{N}', 'never', 1)")
        conn.exec_driver_sql(
            "INSERT INTO invoice (id, number, series_id, kind, correction_reason, issue_date, sale_date, place, "
            "currency, exchange_table, seller_name, seller_nip, seller_street, seller_postal_code, seller_city, "
            "seller_country, seller_bank_account, seller_bank_name, buyer_name, buyer_street, buyer_postal_code, "
            "buyer_city, buyer_country, method, net, vat, gross, payment_form, paid, cash_accounting, "
            "split_payment, exemption_basis, ksef_status, created_at, who, search_text, sealed) VALUES (7, 'FV/1', "
            "1, 'VAT', '', '2026-01-02', '2026-01-02', '', 'PLN', '', 'S', '5260250274', '', '', '', 'PL', '', '', "
            "'B', '', '', '', 'PL', 'gross', 10, 2.3, 12.3, 'transfer', 0, 0, 0, '', '', "
            "'2026-01-02 10:00:00.000000', 't', '', 1)")
    engine.dispose()
    database = open_database(path)  # backs the file up, then upgrades it to head
    try:
        with database.engine.connect() as conn:
            row = conn.execute(text("SELECT ksef_status, ksef_offline, ksef_error, ksef_queued_at FROM invoice "
                                    "WHERE id = 7")).one()
        assert tuple(row) == ("", 0, "", None)
        _check(database.engine, 7)
    finally:
        database.dispose()


@pytest.mark.parametrize("made_by", ["create_all", "migrations"])
def test_postgresql_lets_the_ksef_columns_change_and_nothing_else(pg_url, order_input, made_by):
    from app.db import open_database
    from app.migrations.runner import upgrade_to_head

    if made_by == "migrations":
        engine = create_engine(pg_url)
        upgrade_to_head(engine)
        engine.dispose()
    database = open_database(pg_url)
    try:
        _check(database.engine, _issue(database, order_input))
    finally:
        database.dispose()
