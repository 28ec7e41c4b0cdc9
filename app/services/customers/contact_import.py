"""Import of past contacts (issue 17, "The contact log"): a shop moving from a spreadsheet brings its log of calls and
e-mails as CSV or XLSX, with the same rule as the other imports: a preview names every problem by row and column,
then the whole file is written in one transaction or nothing is; the same file twice is refused (its sha256).

Columns are found by their headers, Polish or English (Data / Date, Godzina / Time, E-mail, Telefon / Phone,
Klient / Customer, Zamówienie / Order, Kanał / Channel, Kierunek / Direction, Temat / Topic, Notatka / Note,
Przypomnienie / Follow-up); values too ("telefon", "e-mail", "przychodzący", "reklamacja", or the codes).
Times without a zone are the shop's (Europe/Warsaw); a date without a time is taken at noon.

The customer of a row is matched, never created: by the order's number when given, else by e-mail, phone (digits,
with or without +48) or, when exactly one customer has it, the name. A row no customer matches is an error: a
contact log is worth having only when each line belongs to someone the shop knows.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.config import SHOP_TZ_DEFAULT
from app.core.changes import Changes
from app.core.errors import FileRefused, RowError
from app.core.messages import msg
from app.core.progress import Progress
from app.db import take_write_lock
from app.importers.detect import TableError, open_table
from app.models import ImportBatch, Order
from app.models.base import utcnow
from app.models.customer import Contact, Customer
from app.services.customers import labels
from app.services.customers.contacts import NOTE_MAX
from app.services.customers.search import phone_key

KIND = "contacts"

# Field -> header names (compared without case, diacritics or punctuation).
HEADERS: dict[str, tuple[str, ...]] = {
    "at": ("data", "date", "data i godzina", "date time", "datetime", "when", "kiedy", "data kontaktu"),
    "time": ("godzina", "time", "czas"),
    "email": ("email", "e mail", "mail", "adres email", "adres e mail"),
    "phone": ("telefon", "phone", "tel", "nr telefonu", "numer telefonu"),
    "name": ("klient", "customer", "name", "imie i nazwisko", "nazwa", "customer name", "nazwa klienta"),
    "order": ("zamowienie", "order", "order number", "nr zamowienia", "numer zamowienia", "order no"),
    "channel": ("kanal", "channel"),
    "direction": ("kierunek", "direction", "in out", "przychodzacy wychodzacy"),
    "topic": ("temat", "topic", "sprawa", "subject"),
    "note": ("notatka", "note", "notes", "opis", "tresc", "uwagi", "description"),
    "follow_up": ("przypomnienie", "follow up", "follow up date", "follow up on", "data przypomnienia",
                  "termin przypomnienia", "oddzwonic"),
}

# Values (normalised as headers are) -> codes; the codes and the English names of labels.py are taken too.
_VALUES: dict[str, dict[str, str]] = {
    "channel": {"telefon": "phone", "tel": "phone", "rozmowa": "phone", "call": "phone", "mail": "email",
                "czat": "chat", "facebook": "social", "instagram": "social", "media spolecznosciowe": "social",
                "social": "social", "allegro": "marketplace", "wiadomosc allegro": "marketplace",
                "marketplace": "marketplace", "osobiscie": "in_person", "w sklepie": "in_person",
                "in person": "in_person"},
    "direction": {"przychodzacy": "in", "przychodzace": "in", "przych": "in", "od klienta": "in", "we": "in",
                  "wychodzacy": "out", "wychodzace": "out", "wych": "out", "do klienta": "out", "wy": "out",
                  "incoming": "in", "outgoing": "out"},
    "topic": {"status zamowienia": "status", "gdzie paczka": "status", "zmiana": "change",
              "zmiana zamowienia": "change", "zwrot": "return", "odstapienie": "return", "reklamacja": "complaint",
              "produkt": "product", "pytanie o produkt": "product", "platnosc": "payment", "inne": "other",
              "inny": "other"},
}
_DEFAULTS = {"channel": "phone", "direction": "in", "topic": "other"}
_LABEL_KIND = {"channel": "channel", "direction": "direction", "topic": "topic"}
_PROGRESS_EVERY = 500


@dataclass(frozen=True)
class ContactImportRow:
    """One row of the file as it would be written."""

    row: int
    at: datetime  # UTC
    customer_id: int
    customer_name: str
    order_id: int | None
    order_number: str | None
    channel: str
    direction: str
    topic: str
    note: str
    follow_up_on: date | None


@dataclass(frozen=True)
class ContactImportPreview:
    filename: str
    sha256: str
    columns: dict[str, str]  # field -> the file's header it was found in
    rows: tuple[ContactImportRow, ...]  # the rows that are right
    errors: tuple[RowError, ...]  # every problem, by row and column; any one stops the import
    total_rows: int
    imported_before: datetime | None  # this very file was imported then: refused

    @property
    def can_import(self) -> bool:
        return not self.errors and self.imported_before is None and bool(self.rows)


@dataclass(frozen=True)
class ContactImportResult:
    batch_id: int
    imported: int
    customers: int
    changes: Changes


def _norm(text: str) -> str:
    """Lower case, no diacritics (ł too), punctuation as spaces: 'Przychodzący' -> 'przychodzacy'."""
    text = text.strip().lower().replace("ł", "l")
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = _norm(name)
        for field, names in HEADERS.items():
            if key in names and field not in found:
                found[field] = index
    return found


def _code(kind: str, value: str) -> str | None:
    key = _norm(value)
    if not key:
        return _DEFAULTS[kind]
    table = _VALUES[kind]
    if key in table:
        return table[key]
    for code, english in labels.TABLES[_LABEL_KIND[kind]].items():
        if key in (_norm(code), _norm(english)):
            return code
    return None


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%Y.%m.%d", "%d.%m.%y")
_TIME_FORMATS = ("%H:%M:%S", "%H:%M", "%H.%M")


def _parse_date(text: str) -> date | None:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    return None


def _parse_time(text: str) -> time | None:
    text = text.split(".")[0] if text.count(":") == 2 else text  # 10:30:00.000 from a spreadsheet
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(text, fmt).time()
        except ValueError:
            pass
    return None


def _parse_moment(text: str, time_text: str, tz: ZoneInfo) -> datetime | None:
    """A local moment (date, date and time, ISO with or without a zone) as UTC; noon when no time is given."""
    text = text.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        day_part, _, time_part = text.partition(" ")
        day = _parse_date(day_part)
        if day is None:
            return None
        clock = _parse_time(time_part.strip()) if time_part.strip() else None
        if time_part.strip() and clock is None:
            return None
        moment = datetime.combine(day, clock or time(12, 0))
    else:
        if len(text) <= 10:  # a bare ISO date
            moment = moment.replace(hour=12)
    if time_text.strip():
        clock = _parse_time(time_text.strip())
        if clock is None:
            return None
        moment = moment.replace(hour=clock.hour, minute=clock.minute, second=clock.second)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(ZoneInfo("UTC"))


class _Customers:
    """The shop's customers looked up by e-mail, phone digits and name (merged ones followed), read once."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(Customer.id, Customer.name, Customer.email, Customer.phone,
                                      Customer.merged_into_id, Customer.anonymised_at)).all()
        merged = {r.id: r.merged_into_id for r in rows if r.merged_into_id is not None}
        self.names: dict[int, str] = {r.id: r.name for r in rows}
        self.by_email: dict[str, set[int]] = {}
        self.by_phone: dict[str, set[int]] = {}
        self.by_name: dict[str, set[int]] = {}
        for r in rows:
            if r.anonymised_at is not None:
                continue
            live = self.live(r.id, merged)
            if r.email:
                self.by_email.setdefault(r.email.strip().lower(), set()).add(live)
            if phone_key(r.phone):
                self.by_phone.setdefault(phone_key(r.phone), set()).add(live)
            if r.name.strip():
                self.by_name.setdefault(_norm(r.name), set()).add(live)
        self.merged = merged

    def live(self, cid: int, merged: dict[int, int] | None = None) -> int:
        merged = self.merged if merged is None else merged
        seen: set[int] = set()
        while cid in merged and cid not in seen:
            seen.add(cid)
            cid = merged[cid]
        return cid


def _read(session: Session, path: Path, progress: Progress | None, tz: ZoneInfo) -> ContactImportPreview:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        table = open_table(path)
    except (TableError, OSError) as exc:
        raise FileRefused(path.name, [RowError(None, None, str(exc))]) from exc
    cols = _columns(table.header)
    columns = {field: table.header[i] for field, i in cols.items()}
    errors: list[RowError] = []
    if "at" not in cols:
        errors.append(RowError(1, None, msg("no column of the contact's date (Data / Date)")))
    if not {"email", "phone", "name", "order"} & set(cols):
        errors.append(RowError(1, None, msg("no column naming the customer (E-mail, Telefon / Phone, Klient / "
                                            "Customer or Zamówienie / Order)")))
    before = session.scalar(select(ImportBatch.created_at).where(ImportBatch.kind == KIND, ImportBatch.sha256 == digest)
                            .order_by(ImportBatch.id.desc()).limit(1))
    if errors:
        return ContactImportPreview(path.name, digest, columns, (), tuple(errors), 0, before)
    people = _Customers(session)
    orders: dict[str, tuple[int, int | None] | None] = {}
    rows: list[ContactImportRow] = []
    total = 0

    def cell(values: list[str], field: str) -> str:
        return values[cols[field]].strip() if field in cols else ""

    for number, values in table:
        if not any(v.strip() for v in values):
            continue
        total += 1
        if progress is not None and total % _PROGRESS_EVERY == 0:
            progress(total, table.row_estimate or total, "")
        problems: list[RowError] = []

        def bad(field: str, message: str, row: int = number, found: list[RowError] = problems) -> None:
            found.append(RowError(row, columns.get(field), message))

        at = _parse_moment(cell(values, "at"), cell(values, "time"), tz)
        if not cell(values, "at"):
            bad("at", msg("the date is empty"))
        elif at is None:
            bad("at", msg("'{value}' is not a date (write 2025-03-14 10:30 or 14.03.2025 10:30)",
                          value=cell(values, "at")))
        codes = {}
        for kind in ("channel", "direction", "topic"):
            codes[kind] = _code(kind, cell(values, kind))
            if codes[kind] is None:
                bad(kind, msg("unknown value '{value}'", value=cell(values, kind)))
        follow_up = None
        if cell(values, "follow_up"):
            follow_up = _parse_date(cell(values, "follow_up").split(" ")[0]) or _iso_day(cell(values, "follow_up"))
            if follow_up is None:
                bad("follow_up", msg("'{value}' is not a date", value=cell(values, "follow_up")))
        note = cell(values, "note")
        if len(note) > NOTE_MAX:
            bad("note", msg("the note is too long ({n} characters; at most {max})", n=len(note), max=NOTE_MAX))
        order_id = customer_id = None
        order_number = cell(values, "order") or None
        if order_number:
            if order_number not in orders:
                found = session.execute(select(Order.id, Order.customer_id).where(
                    func.lower(Order.number) == order_number.lower())).first()
                orders[order_number] = (found[0], found[1]) if found else None
            hit = orders[order_number]
            if hit is None:
                bad("order", msg("no order {number} here", number=order_number))
            else:
                order_id, customer_id = hit[0], (people.live(hit[1]) if hit[1] is not None else None)
        if customer_id is None and not problems:
            customer_id = _match(people, cell(values, "email"), cell(values, "phone"), cell(values, "name"),
                                 bad, columns)
        if problems:
            errors.extend(problems)
            continue
        assert at is not None and customer_id is not None
        rows.append(ContactImportRow(number, at, customer_id, people.names.get(customer_id, ""), order_id,
                                     order_number, codes["channel"], codes["direction"], codes["topic"], note,
                                     follow_up))
    if total == 0:
        errors.append(RowError(None, None, msg("the file has no rows of contacts")))
    if progress is not None:
        progress(total, total, "")
    return ContactImportPreview(path.name, digest, columns, tuple(rows), tuple(errors), total, before)


def _iso_day(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text.strip()).date()
    except ValueError:
        return None


def _match(people: _Customers, email: str, phone: str, name: str, bad, columns: dict[str, str]) -> int | None:
    """The one customer the row's e-mail, phone or name names; an error on the row otherwise."""
    for field, key, table in (("email", email.lower(), people.by_email), ("phone", phone_key(phone), people.by_phone),
                              ("name", _norm(name), people.by_name)):
        if not key:
            continue
        found = table.get(key, set())
        if len(found) == 1:
            return next(iter(found))
        if len(found) > 1:
            bad(field, msg("several customers match '{value}': give the e-mail or the order's number",
                           value={"email": email, "phone": phone, "name": name}[field]))
            return None
    given = ", ".join(v for v in (email, phone, name) if v)
    field = next((f for f, v in (("email", email), ("phone", phone), ("name", name)) if v), None)
    if field is None:
        bad(next((f for f in ("email", "phone", "name", "order") if f in columns), "email"),
            msg("the row names no customer"))
    else:
        bad(field, msg("no customer matches '{value}' (customers are matched, not created: add them or their "
                       "order first)", value=given))
    return None


def preview_contacts_import(session: Session, path: str | Path, progress: Progress | None = None,
                            tz: str = SHOP_TZ_DEFAULT) -> ContactImportPreview:
    """Read the file and say what would be written and what is wrong (nothing is written)."""
    with session.begin():
        return _read(session, Path(path), progress, ZoneInfo(tz))


def import_contacts(session: Session, path: str | Path, who: str, progress: Progress | None = None,
                    tz: str = SHOP_TZ_DEFAULT) -> ContactImportResult:
    """Write every contact of the file in one transaction with its import batch, or nothing: FileRefused naming
    the rows and columns that are wrong, or saying the file was imported already."""
    path = Path(path)
    with session.begin():
        take_write_lock(session)  # a second import at once waits, then sees this one's batch
        preview = _read(session, path, progress, ZoneInfo(tz))
        if preview.errors:
            raise FileRefused(path.name, list(preview.errors))
        if preview.imported_before is not None:
            raise FileRefused(path.name, [RowError(None, None, msg(
                "this file was imported already on {when}", when=f"{preview.imported_before:%Y-%m-%d %H:%M}"))])
        now = utcnow()
        batch = ImportBatch(kind=KIND, source=path.suffix.lstrip(".").lower() or "csv", filename=path.name,
                            sha256=preview.sha256, who=who, new_count=len(preview.rows), created_at=now)
        session.add(batch)
        session.flush()
        session.execute(insert(Contact), [
            {"customer_id": r.customer_id, "order_id": r.order_id, "at": r.at, "who": who, "channel": r.channel,
             "direction": r.direction, "topic": r.topic, "note": r.note, "follow_up_on": r.follow_up_on,
             "import_batch_id": batch.id} for r in preview.rows])
        customers = {r.customer_id for r in preview.rows}
        orders = {r.order_id for r in preview.rows if r.order_id is not None}
        changes = Changes(customers=frozenset(customers), orders=frozenset(orders))
        return ContactImportResult(batch.id, len(preview.rows), len(customers), changes)

