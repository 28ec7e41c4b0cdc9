"""Import of past contacts: a Polish spreadsheet (headers and values in Polish) written whole with its batch; an
English XLSX; bad rows named by row and column with nothing written; the same file twice refused."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.core.errors import FileRefused
from app.models import ImportBatch, Order
from app.models.customer import Contact
from app.services.customers.contact_import import import_contacts, preview_contacts_import
from app.services.customers.contacts import contacts_of
from app.services.orders.editing import create_order

GOOD = """Data;Godzina;E-mail;Telefon;Klient;Zamówienie;Kanał;Kierunek;Temat;Notatka;Przypomnienie
14.03.2025;10:30;ANNA@example.pl;;;;telefon;przychodzący;reklamacja;Pęknięty kubek;20.03.2025
2025-03-15 16:05;;;600-100-200;;;e-mail;wychodzący;Status zamówienia;Wysłano numer;
15.03.2025;;;;;{order};czat;;zwrot;;
"""


@pytest.fixture
def shop(session, order_input) -> dict:
    anna = create_order(session, order_input(), who="t")
    bob = create_order(session, order_input(customer_name="Bob Nowak", email="bob@example.pl", phone="501 502 503"),
                       who="t")
    with session.begin():
        return {"anna": session.get(Order, anna).customer_id, "bob": session.get(Order, bob).customer_id,
                "bob_order": bob, "bob_number": session.get(Order, bob).number}


def _count(session) -> int:
    with session.begin():
        return session.scalar(select(func.count()).select_from(Contact))


def test_a_polish_file_is_previewed_then_written_with_its_batch(session, shop, tmp_path):
    path = tmp_path / "kontakty.csv"
    path.write_text(GOOD.format(order=shop["bob_number"]), encoding="utf-8")
    preview = preview_contacts_import(session, path)
    assert preview.errors == () and preview.can_import and _count(session) == 0
    first, second, third = preview.rows
    assert (first.customer_id, first.channel, first.direction, first.topic) == (shop["anna"], "phone", "in",
                                                                               "complaint")
    assert first.at == datetime(2025, 3, 14, 9, 30, tzinfo=UTC)  # 10:30 in Warsaw (winter time)
    assert first.follow_up_on == date(2025, 3, 20) and first.note == "Pęknięty kubek"
    assert (second.customer_id, second.channel, second.direction, second.topic) == (shop["anna"], "email", "out",
                                                                                   "status")
    assert (third.customer_id, third.order_id, third.direction) == (shop["bob"], shop["bob_order"], "in")
    assert third.at == datetime(2025, 3, 15, 11, 0, tzinfo=UTC)  # a day without a time: noon

    result = import_contacts(session, path, who="ola")
    assert (result.imported, result.customers) == (3, 2) and result.changes.customers == {shop["anna"], shop["bob"]}
    with session.begin():
        batch = session.get(ImportBatch, result.batch_id)
        assert (batch.kind, batch.new_count, batch.who) == ("contacts", 3, "ola")
        assert set(session.scalars(select(Contact.import_batch_id))) == {result.batch_id}
    assert [r.note for r in contacts_of(session, customer_id=shop["anna"])] == ["Wysłano numer", "Pęknięty kubek"]

    again = preview_contacts_import(session, path)
    assert again.imported_before is not None and not again.can_import
    with pytest.raises(FileRefused, match="imported already"):
        import_contacts(session, path, who="ola")
    assert _count(session) == 3


def test_bad_rows_are_named_by_row_and_column_and_nothing_is_written(session, shop, tmp_path):
    path = tmp_path / "zle.csv"
    path.write_text("Data,E-mail,Kanał,Kierunek,Temat,Zamówienie\n"
                    "14.03.2025,anna@example.pl,telefon,in,status,\n"
                    "32.13.2025,anna@example.pl,telefon,in,status,\n"
                    "14.03.2025,nikt@example.pl,gołąb,in,status,\n"
                    "14.03.2025,,telefon,in,plotki,Z999999\n", encoding="utf-8")
    preview = preview_contacts_import(session, path)
    problems = {(e.row, e.column) for e in preview.errors}
    assert problems == {(3, "Data"), (4, "Kanał"), (5, "Temat"), (5, "Zamówienie")}
    assert len(preview.rows) == 1 and not preview.can_import
    with pytest.raises(FileRefused) as refused:
        import_contacts(session, path, who="t")
    text = str(refused.value)
    assert "row 3, column 'Data'" in text and "row 4, column 'Kanał'" in text and "Z999999" in text
    assert _count(session) == 0

    unknown = tmp_path / "nieznany.csv"
    unknown.write_text("Data,E-mail\n14.03.2025,nikt@example.pl\n", encoding="utf-8")
    [error] = preview_contacts_import(session, unknown).errors
    assert (error.row, error.column) == (2, "E-mail") and "nikt@example.pl" in error.message


def test_a_file_without_a_date_or_customer_column_is_refused(session, shop, tmp_path):
    path = tmp_path / "bez.csv"
    path.write_text("Notatka\ncoś\n", encoding="utf-8")
    preview = preview_contacts_import(session, path)
    assert len(preview.errors) == 2 and all(e.row == 1 for e in preview.errors)


def test_an_english_xlsx_with_real_dates(session, shop, tmp_path):
    path = tmp_path / "contacts.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["Date", "Phone", "Channel", "Direction", "Topic", "Note", "Follow-up"])
    sheet.append([datetime(2025, 7, 1, 14, 0), "+48 501 502 503", "Phone", "Outgoing", "Payment", "Reminded",
                  date(2025, 7, 3)])
    book.save(path)
    [row] = preview_contacts_import(session, path).rows
    assert (row.customer_id, row.channel, row.direction, row.topic) == (shop["bob"], "phone", "out", "payment")
    assert row.at == datetime(2025, 7, 1, 12, 0, tzinfo=UTC) and row.follow_up_on == date(2025, 7, 3)
    assert import_contacts(session, path, who="t").imported == 1
