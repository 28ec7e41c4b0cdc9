"""Personal data (RODO): a customer's export, their anonymisation, and the retention rule.

Export: everything the shop holds about one customer, as JSON or XLSX (one sheet per kind), written to a `.part`
file and renamed, so a file that exists is whole. The privacy log names the customer by id only.

Anonymisation replaces, in ONE transaction, every personal field of the customer and of everything pointing at
them; it cannot be undone. Every text column of app/models was looked at (the decision and why):

customer        name -> "Klient zanonimizowany #<id>"; email, phone, company, nip -> NULL; notes, tags -> "";
                anonymised_at/by/why set. Customers merged into them (merged_into_id) are anonymised with them.
customer_consent  deleted (a consent of nobody is nothing to prove).
address         every address of the customer or of their orders: name -> the anonymous name; company, phone ->
                NULL; street, postal_code, city -> "" (country kept: not personal, used by figures).
order           customer_name -> the anonymous name; email, phone, buyer_nip -> NULL (a kept invoice holds its own
                buyer NIP); customer_note, internal_note -> ""; problems: the old values cut out. Numbers, status,
                amounts, tracking numbers stay (the shop's books and the carrier's records, not the person).
order_event     why: "" for notes and edits typed by people, the old values cut out of the rest.
order_line, invoice_line, complaint_line, product: product names and SKUs, not personal: kept.
shipment        locker_code -> NULL (where the person collects parcels). carrier, service: kept.
carrier_label   deleted (the PDF is the address label; it cannot be reprinted after).
parcel_photo    deleted (a photo of the parcel shows its label).
print_log       document, message: the old values cut out. print_queue: ids only.
pack_log        override_why: the old values cut out. pack_claim: stations and users only.
complaint       customer_name -> the anonymous name; email, phone -> NULL; address, description -> "";
                decision_reason: the old values cut out. guarantor, guarantee_terms, supplier: a company, kept.
complaint_event text: "" for notes, the old values cut out of the rest.
complaint_letter  subject: the old values cut out; body -> ""; pdf -> NULL (a letter names and addresses them).
complaint_file  the files deleted from disk (data folder/complaints/<case>/) and their rows deleted.
refund          note -> "" (may hold an account number; the model has no account column).
supplier_claim  answer: the old values cut out.
contact         note -> "" (contact texts). channel/topic/dates kept for the figures.
privacy_log     kept: it names customers by id only and records the anonymisation itself.
stock_document, stock_movement  notes written by the app name case numbers, not people: kept.
invoice         buyer_* and search_text: kept AS ISSUED while the law requires (see keep_until); an invoice past it
                is anonymised too (buyer_name -> the anonymous name, nip/street/postal code/city emptied), with the
                database's guard against edits lifted for that one UPDATE and put back in the same transaction.
                Seller data, amounts, KSeF data (the UPO holds no buyer): kept.
import_batch, import_mapping, settings, templates, series, printers, carriers: the shop's own data, kept.

Nothing of the old values stays readable in the SQLite file: the connection runs with `PRAGMA secure_delete = ON`
(freed cells and pages are zeroed), the search indexes are rewritten (customer_fts and complaint_fts by their
triggers, order_fts by reindex_orders) and then merged with FTS5 'optimize' so their old segments are freed (and
zeroed), the file is VACUUMed (pages written before, whose free space may still hold older copies of a row, are
rebuilt) and the WAL is checkpointed with TRUNCATE. On PostgreSQL, VACUUM of dead rows is the server's job.

Backups made by the app beside the file (app.dbfile.backups_of) still hold the old data: the app keeps backups until
someone removes them, so their `expires_on` is None; `remove_backups` removes them when the user says so.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import LargeBinary, delete, func, select, text, update
from sqlalchemy.orm import Session

from app.core.errors import DomainError
from app.core.messages import msg
from app.models.base import utcnow
from app.models.customer import Address, Contact, Customer, CustomerConsent, CustomerSettings, PrivacyLogEntry
from app.services.customers.data import AnonymisePlan, AnonymiseResult, BackupHolding, KeptInvoice, RetentionRow

RETENTION_MIN, RETENTION_MAX = 12, 120
ANONYMOUS = "Klient zanonimizowany #{id}"
CUT = "***"
EXPORT_KINDS = ("customer", "consents", "addresses", "orders", "order_lines", "order_events", "shipments", "parcels",
                "carrier_labels", "invoices", "invoice_lines", "complaints", "complaint_lines", "complaint_events",
                "complaint_letters", "complaint_files", "refunds", "contacts", "privacy_log")


# --- the law: how long an issued invoice is kept -------------------------------------------------------------------

def keep_until(issue_date: date) -> date:
    """The last day an issued invoice must be kept as issued.

    Art. 112 of the VAT act: until the tax liability expires; art. 70 § 1 of the Ordynacja podatkowa: 5 years from
    the end of the calendar year in which the tax was due. VAT of a month is due by the 25th of the next month, so
    an invoice of January-November is kept until 31 December of issue year + 5, and one of December (its tax due in
    January) until 31 December of issue year + 6.
    """
    due_year = issue_date.year + (1 if issue_date.month == 12 else 0)
    return date(due_year + 5, 12, 31)


# --- export --------------------------------------------------------------------------------------------------------

def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _rows(session: Session, model, *where) -> list[dict]:
    """Every column but binary ones (a PDF or a photo is named, not dumped), as plain values."""
    cols = [c for c in model.__table__.columns if not isinstance(c.type, LargeBinary)]
    if not where:
        return []
    out = []
    for row in session.execute(select(*cols).where(*where).order_by(model.__table__.primary_key.columns[0])):
        out.append({c.name: _plain(v) for c, v in zip(cols, row, strict=True)})
    return out


def _customer_or_refuse(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise DomainError(msg("There is no customer #{id}.", id=customer_id))
    return customer


def collect_personal_data(session: Session, customer_id: int) -> dict[str, list[dict]]:
    """Everything the shop holds about the customer, kind by kind (read only)."""
    from app.models import Order, OrderEvent, OrderLine
    from app.models.complaint import Complaint, ComplaintEvent, ComplaintFile, ComplaintLetter, ComplaintLine, Refund
    from app.models.invoice import Invoice, InvoiceLine
    from app.models.shipping import CarrierLabel, Parcel, Shipment

    _customer_or_refuse(session, customer_id)
    ids = _family(session, [customer_id])
    order_ids = list(session.scalars(select(Order.id).where(Order.customer_id.in_(ids))))
    address_ids = _address_ids(session, ids, order_ids)
    shipment_ids = list(session.scalars(select(Shipment.id).where(Shipment.order_id.in_(order_ids))))
    invoice_ids = list(session.scalars(select(Invoice.id).where(Invoice.order_id.in_(order_ids))))
    case_ids = list(session.scalars(select(Complaint.id).where(
        (Complaint.customer_id.in_(ids)) | (Complaint.order_id.in_(order_ids)))))
    return {
        "customer": _rows(session, Customer, Customer.id.in_(ids)),
        "consents": _rows(session, CustomerConsent, CustomerConsent.customer_id.in_(ids)),
        "addresses": _rows(session, Address, Address.id.in_(address_ids)),
        "orders": _rows(session, Order, Order.id.in_(order_ids)),
        "order_lines": _rows(session, OrderLine, OrderLine.order_id.in_(order_ids)),
        "order_events": _rows(session, OrderEvent, OrderEvent.order_id.in_(order_ids)),
        "shipments": _rows(session, Shipment, Shipment.id.in_(shipment_ids)),
        "parcels": _rows(session, Parcel, Parcel.shipment_id.in_(shipment_ids)),
        "carrier_labels": _rows(session, CarrierLabel, CarrierLabel.shipment_id.in_(shipment_ids)),
        "invoices": _rows(session, Invoice, Invoice.id.in_(invoice_ids)),
        "invoice_lines": _rows(session, InvoiceLine, InvoiceLine.invoice_id.in_(invoice_ids)),
        "complaints": _rows(session, Complaint, Complaint.id.in_(case_ids)),
        "complaint_lines": _rows(session, ComplaintLine, ComplaintLine.complaint_id.in_(case_ids)),
        "complaint_events": _rows(session, ComplaintEvent, ComplaintEvent.complaint_id.in_(case_ids)),
        "complaint_letters": _rows(session, ComplaintLetter, ComplaintLetter.complaint_id.in_(case_ids)),
        "complaint_files": _rows(session, ComplaintFile, ComplaintFile.complaint_id.in_(case_ids)),
        "refunds": _rows(session, Refund, Refund.complaint_id.in_(case_ids)),
        "contacts": _rows(session, Contact, Contact.customer_id.in_(ids)),
        "privacy_log": _rows(session, PrivacyLogEntry, PrivacyLogEntry.customer_id.in_(ids)),
    }


def export_personal_data(session: Session, customer_id: int, out: Path, *, who: str) -> Path:
    """Write everything about the customer to `out` (.json or .xlsx, by its suffix); log the export (by id)."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".json", ".xlsx"):
        raise DomainError(msg("Personal data are exported to a .json or .xlsx file, not {file}.", file=out.name))
    with session.begin():
        data = collect_personal_data(session, customer_id)
        out.parent.mkdir(parents=True, exist_ok=True)
        part = out.with_name(out.name + ".part")
        try:
            if suffix == ".json":
                part.write_text(json.dumps({"customer_id": customer_id, "exported_at": utcnow().isoformat(),
                                            **data}, ensure_ascii=False, indent=2), encoding="utf-8")
            else:
                _write_xlsx(part, data)
            os.replace(part, out)
        finally:
            part.unlink(missing_ok=True)
        counts = ", ".join(f"{k}={len(v)}" for k, v in data.items() if v and k != "customer")
        session.add(PrivacyLogEntry(who=who, action="export", customer_id=customer_id,
                                    detail=f"{suffix[1:]}; {counts}"))
    return out


def _write_xlsx(path: Path, data: dict[str, list[dict]]) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for kind, rows in data.items():
        ws = wb.create_sheet(kind[:31])
        if not rows:
            continue
        header = list(rows[0])
        ws.append(header)
        for row in rows:
            ws.append([row[h] for h in header])
    with path.open("wb") as f:
        wb.save(f)


# --- anonymisation: the plan ---------------------------------------------------------------------------------------

def _family(session: Session, customer_ids: Iterable[int]) -> list[int]:
    """The customers and every customer merged into them (directly or through another), whose rows hold them too."""
    found = list(dict.fromkeys(customer_ids))
    frontier = list(found)
    while frontier:
        more = [i for i in session.scalars(select(Customer.id).where(Customer.merged_into_id.in_(frontier)))
                if i not in found]
        found += more
        frontier = more
    return found


def _address_ids(session: Session, customer_ids: Sequence[int], order_ids: Sequence[int]) -> list[int]:
    from app.models import Order

    ids = set(session.scalars(select(Address.id).where(Address.customer_id.in_(customer_ids))))
    for billing, shipping in session.execute(select(Order.billing_address_id, Order.shipping_address_id)
                                             .where(Order.id.in_(order_ids))):
        ids.update(i for i in (billing, shipping) if i is not None)
    return sorted(ids)


def _invoices(session: Session, order_ids: Sequence[int]) -> list[tuple[int, str, date]]:
    from app.models.invoice import Invoice

    return list(session.execute(select(Invoice.id, Invoice.number, Invoice.issue_date)
                                .where(Invoice.order_id.in_(order_ids)).order_by(Invoice.issue_date, Invoice.id)))


def _kept(invoices: Iterable[tuple[int, str, date]], today: date) -> tuple[KeptInvoice, ...]:
    return tuple(KeptInvoice(i, n, d, keep_until(d)) for i, n, d in invoices if keep_until(d) >= today)


def backups_holding(database_path: Path | None, since: datetime | None) -> tuple[BackupHolding, ...]:
    """The app's backups of the file made since `since` (they hold the data); kept until removed (expires None)."""
    if database_path is None:
        return ()
    from app.dbfile import backups_of

    found = []
    for path in backups_of(Path(database_path)):
        made = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        if since is None or made >= since:
            found.append(BackupHolding(str(path), made, None))
    return tuple(found)


def remove_backups(paths: Iterable[str | Path]) -> int:
    """Remove backup files the user chose to remove (they hold anonymised data); returns how many were removed."""
    removed = 0
    for p in paths:
        path = Path(p)
        if path.is_file():
            path.unlink()
            removed += 1
    return removed


def _database_path(session: Session) -> Path | None:
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return None
    db = bind.engine.url.database if hasattr(bind, "engine") else bind.url.database
    if db and db.startswith("file:"):
        db = db.removeprefix("file:").partition("?")[0]
    return Path(db) if db and db != ":memory:" else None


def _first_seen(session: Session, ids: Sequence[int]) -> datetime | None:
    from app.models import Order

    moments = [session.scalar(select(func.min(Customer.created_at)).where(Customer.id.in_(ids))),
               session.scalar(select(func.min(Order.created_at)).where(Order.customer_id.in_(ids)))]
    moments = [m if m.tzinfo else m.replace(tzinfo=UTC) for m in moments if m is not None]
    return min(moments) if moments else None


def anonymise_plan(session: Session, customer_id: int, *, today: date,
                   database_path: Path | None = None) -> AnonymisePlan:
    """What anonymising the customer changes and what remains: the kept invoices (until when) and the backups
    that still hold their data. `database_path` None: taken from the session's file (SQLite)."""
    from app.models import Order
    from app.models.complaint import Complaint

    try:
        customer = _customer_or_refuse(session, customer_id)
        _refuse_anonymised(customer)
        ids = _family(session, [customer_id])
        order_ids = list(session.scalars(select(Order.id).where(Order.customer_id.in_(ids))))
        complaints = session.scalar(select(func.count()).select_from(Complaint).where(
            Complaint.customer_id.in_(ids) | Complaint.order_id.in_(order_ids))) or 0
        contacts = session.scalar(select(func.count()).select_from(Contact).where(Contact.customer_id.in_(ids))) or 0
        path = database_path if database_path is not None else _database_path(session)
        plan = AnonymisePlan(customer_id=customer_id, name=customer.name, orders=len(order_ids), complaints=complaints,
                             contacts=contacts, kept_invoices=_kept(_invoices(session, order_ids), today),
                             backups=backups_holding(path, _first_seen(session, ids)))
        return plan
    finally:
        session.rollback()  # a read: leave no transaction open, also after a refusal


def _refuse_anonymised(customer: Customer) -> None:
    if customer.anonymised_at is not None:
        raise DomainError(msg("Customer #{id} was already anonymised on {day}; it cannot be done again.",
                              id=customer.id, day=customer.anonymised_at.date().isoformat()))


# --- anonymisation: the work ---------------------------------------------------------------------------------------

def _cutter(needles: Iterable[str | None]):
    """A function that cuts every old value (3+ characters, any case) out of a text."""
    words = sorted({n.strip() for n in needles if n and len(n.strip()) >= 3}, key=len, reverse=True)
    if not words:
        return lambda t: t
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    return lambda t: pattern.sub(CUT, t) if t else t


def anonymise_customers(session: Session, customer_ids: Sequence[int], *, who: str, why: str, today: date,
                        files_root: Path | None = None, scrub_file: bool = True,
                        action: str = "anonymise") -> AnonymiseResult:
    """Replace every personal field of these customers and of everything pointing at them, in one transaction,
    then make the file forget the old values (see the module's docstring). Cannot be undone.

    `files_root`: the data folder holding complaints' files (default app.config.data_dir()). `scrub_file` False
    leaves out secure_delete, the FTS merge and VACUUM (only for the test that shows they are needed). `action`:
    the privacy log's word ("retention" when the retention list's batch did it: the card says so)."""
    if not customer_ids:
        return AnonymiseResult((), (), ())
    if not why.strip():
        raise DomainError(msg("Say why the customer's data are anonymised."))
    sqlite = session.get_bind().dialect.name == "sqlite"
    path = _database_path(session)
    kept: list[KeptInvoice] = []
    folders: list[Path] = []
    backups: dict[str, BackupHolding] = {}
    with session.begin():
        if sqlite and scrub_file:
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        for cid in customer_ids:
            customer = _customer_or_refuse(session, cid)
            _refuse_anonymised(customer)
            ids = _family(session, [cid])
            for b in backups_holding(path, _first_seen(session, ids)):
                backups[b.path] = b
            k, f = _anonymise_one(session, cid, ids, who=who, why=why, today=today, files_root=files_root,
                                  action=action)
            kept += k
            folders += f
        if sqlite and scrub_file:
            for table in ("customer_fts", "order_fts", "complaint_fts"):
                session.execute(text(f"INSERT INTO {table}({table}) VALUES ('optimize')"))
    session.expire_all()  # the caller's session sees the new values, not the ones it had loaded
    if sqlite and scrub_file:
        _forget_old_pages(session)
    import shutil

    for folder in folders:  # after the commit: a rollback must not lose the case files
        shutil.rmtree(folder, ignore_errors=True)
    return AnonymiseResult(tuple(customer_ids), tuple(kept), tuple(backups.values()))


def _forget_old_pages(session: Session) -> None:
    """After the commit: VACUUM rebuilds every page (free space of pages written before secure_delete was on may
    still hold older copies of a row), then the WAL, which now holds old and new pages, is checkpointed and
    truncated. Both wait for other connections (busy timeout); the anonymisation is committed either way, so a
    failure here is logged (no personal data) and the next anonymisation or `VACUUM` finishes the job."""
    import logging

    from sqlalchemy.exc import OperationalError

    engine = session.get_bind().engine
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("PRAGMA secure_delete = OFF")
    except OperationalError as exc:
        logging.getLogger(__name__).warning("anonymisation committed, but the file was not compacted: %s", exc)


def _anonymise_one(session: Session, cid: int, ids: list[int], *, who: str, why: str, today: date,
                   files_root: Path | None, action: str) -> tuple[list[KeptInvoice], list[Path]]:
    from app.models import Order, OrderEvent
    from app.models.complaint import (
        Complaint,
        ComplaintEvent,
        ComplaintFile,
        ComplaintLetter,
        Refund,
        SupplierClaim,
    )
    from app.models.packing import PackLogEntry, ParcelPhoto
    from app.models.shipping import CarrierLabel, PrintLogEntry, Shipment
    from app.services.orders.search_index import reindex_orders

    anon = ANONYMOUS.format(id=cid)
    order_ids = list(session.scalars(select(Order.id).where(Order.customer_id.in_(ids))))
    case_ids = list(session.scalars(select(Complaint.id).where(
        Complaint.customer_id.in_(ids) | Complaint.order_id.in_(order_ids))))
    address_ids = _address_ids(session, ids, order_ids)
    needles: list[str | None] = []
    for row in session.execute(select(Customer.name, Customer.email, Customer.phone, Customer.company, Customer.nip)
                               .where(Customer.id.in_(ids))):
        needles += row
    for row in session.execute(select(Order.customer_name, Order.email, Order.phone, Order.buyer_nip)
                               .where(Order.id.in_(order_ids))):
        needles += row
    for row in session.execute(select(Address.name, Address.company, Address.street, Address.phone)
                               .where(Address.id.in_(address_ids))):
        needles += row
    for row in session.execute(select(Complaint.customer_name, Complaint.email, Complaint.phone, Complaint.address)
                               .where(Complaint.id.in_(case_ids))):
        needles += row
    cut = _cutter(needles)

    def scrub(model, column, where) -> None:
        pk = model.__table__.primary_key.columns[0]
        for key, value in session.execute(select(pk, column).where(where)).all():
            new = cut(value)
            if new != value:
                session.execute(update(model).where(pk == key).values({column.key: new}))

    now = utcnow()
    # the customers (and those merged into them)
    for each in ids:  # each keeps its own number; the ones merged into it are anonymised with it
        session.execute(update(Customer).where(Customer.id == each).values(
            name=ANONYMOUS.format(id=each), email=None, phone=None, company=None, nip=None, notes="", tags="",
            updated_at=now, anonymised_at=now, anonymised_by=who, anonymised_why=why))
    session.execute(delete(CustomerConsent).where(CustomerConsent.customer_id.in_(ids)))
    session.execute(update(Address).where(Address.id.in_(address_ids)).values(
        name=anon, company=None, street="", postal_code="", city="", phone=None))
    session.execute(update(Contact).where(Contact.customer_id.in_(ids)).values(note=""))
    # orders and what hangs on them
    session.execute(update(Order).where(Order.id.in_(order_ids)).values(
        customer_name=anon, email=None, phone=None, buyer_nip=None, customer_note="", internal_note=""))
    scrub(Order, Order.problems, Order.id.in_(order_ids))
    session.execute(update(OrderEvent).where(OrderEvent.order_id.in_(order_ids), OrderEvent.kind == "note")
                    .values(why=""))
    scrub(OrderEvent, OrderEvent.why, OrderEvent.order_id.in_(order_ids))
    shipment_ids = list(session.scalars(select(Shipment.id).where(Shipment.order_id.in_(order_ids))))
    session.execute(update(Shipment).where(Shipment.id.in_(shipment_ids)).values(locker_code=None))
    session.execute(delete(CarrierLabel).where(CarrierLabel.shipment_id.in_(shipment_ids)))
    session.execute(delete(ParcelPhoto).where(ParcelPhoto.order_id.in_(order_ids)))
    scrub(PrintLogEntry, PrintLogEntry.document, PrintLogEntry.order_id.in_(order_ids))
    scrub(PrintLogEntry, PrintLogEntry.message, PrintLogEntry.order_id.in_(order_ids))
    scrub(PackLogEntry, PackLogEntry.override_why, PackLogEntry.order_id.in_(order_ids))
    # complaints
    session.execute(update(Complaint).where(Complaint.id.in_(case_ids)).values(
        customer_name=anon, email=None, phone=None, address="", description=""))
    scrub(Complaint, Complaint.decision_reason, Complaint.id.in_(case_ids))
    session.execute(update(ComplaintEvent).where(ComplaintEvent.complaint_id.in_(case_ids),
                                                 ComplaintEvent.kind == "note").values(text=""))
    scrub(ComplaintEvent, ComplaintEvent.text, ComplaintEvent.complaint_id.in_(case_ids))
    session.execute(update(ComplaintLetter).where(ComplaintLetter.complaint_id.in_(case_ids)).values(
        body="", pdf=None))
    scrub(ComplaintLetter, ComplaintLetter.subject, ComplaintLetter.complaint_id.in_(case_ids))
    session.execute(update(Refund).where(Refund.complaint_id.in_(case_ids)).values(note=""))
    scrub(SupplierClaim, SupplierClaim.answer, SupplierClaim.complaint_id.in_(case_ids))
    folders = _case_folders(session, case_ids, files_root)
    session.execute(delete(ComplaintFile).where(ComplaintFile.complaint_id.in_(case_ids)))
    # invoices: kept as issued within the retention, anonymised past it
    invoices = _invoices(session, order_ids)
    kept = list(_kept(invoices, today))
    kept_ids = {k.invoice_id for k in kept}
    _anonymise_invoices(session, [i for i, _n, _d in invoices if i not in kept_ids], anon)
    # the search index of orders (customers' and complaints' are kept by their triggers)
    reindex_orders(session, order_ids)
    detail = (f"orders={len(order_ids)}; complaints={len(case_ids)}; invoices kept={len(kept)}; "
              f"merged customers={len(ids) - 1}")
    session.add(PrivacyLogEntry(who=who, action=action, customer_id=cid, why=why, detail=detail))
    session.flush()
    return kept, folders


def _case_folders(session: Session, case_ids: Sequence[int], files_root: Path | None) -> list[Path]:
    from app.models.complaint import Complaint, ComplaintFile
    from app.services.complaints.registering import case_folder

    if not case_ids:
        return []
    from app.config import data_dir

    root = files_root or data_dir()
    folders = {case_folder(n, root) for n in session.scalars(select(Complaint.number).where(
        Complaint.id.in_(case_ids)))}
    for rel in session.scalars(select(ComplaintFile.path).where(ComplaintFile.complaint_id.in_(case_ids))):
        folders.add((root / rel).parent)
    return [f for f in folders if f.is_dir() and root in f.parents]


def _anonymise_invoices(session: Session, invoice_ids: Sequence[int], anon: str) -> None:
    """Invoices past their keeping period: the buyer's data go too. The database's guard refuses any edit of an
    issued invoice, so it is lifted for this UPDATE and put back in the same transaction."""
    if not invoice_ids:
        return
    from app.models.invoice import INVOICE_GUARD_DROP, Invoice, create_invoice_guard

    conn = session.connection()
    dialect = conn.dialect.name
    for ddl in INVOICE_GUARD_DROP.get(dialect, ()):
        conn.exec_driver_sql(ddl)
    session.execute(update(Invoice).where(Invoice.id.in_(invoice_ids)).values(
        buyer_name=anon, buyer_nip=None, buyer_street="", buyer_postal_code="", buyer_city="",
        search_text=func.lower(Invoice.number)))
    create_invoice_guard(conn)


# --- retention -----------------------------------------------------------------------------------------------------

def retention_months(session: Session) -> int:
    """How long a customer's data are kept after their last order (months; the shop's setting)."""
    row = session.get(CustomerSettings, 1)
    months = row.retention_months if row is not None else 36
    session.rollback()
    return months


def set_retention_months(session: Session, months: int, *, who: str) -> int:
    if not RETENTION_MIN <= months <= RETENTION_MAX:
        raise DomainError(msg("The retention period is {min} to {max} months, not {months}.",
                              min=RETENTION_MIN, max=RETENTION_MAX, months=months))
    with session.begin():
        row = session.get(CustomerSettings, 1)
        if row is None:
            session.add(CustomerSettings(id=1, retention_months=months))
        else:
            row.retention_months = months
        session.add(PrivacyLogEntry(who=who, action="retention", detail=f"setting: months={months}"))
    return months


def _add_months(day: date, months: int) -> date:
    import calendar

    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def past_retention(session: Session, *, today: date) -> tuple[RetentionRow, ...]:
    """Customers not anonymised nor merged away whose last order (or their creation, without orders) is more than
    the retention period ago, and who have no open complaint; oldest first."""
    from app.core.shop_time import shop_day
    from app.models import Order
    from app.models.complaint import OPEN_STATUSES, Complaint

    months = retention_months(session)
    last = (select(Order.customer_id, func.max(Order.created_at).label("last"))
            .where(Order.customer_id.is_not(None)).group_by(Order.customer_id).subquery())
    open_cases = select(Complaint.customer_id).where(Complaint.status.in_(OPEN_STATUSES),
                                                     Complaint.customer_id.is_not(None))
    rows = session.execute(
        select(Customer.id, Customer.name, last.c.last, Customer.created_at)
        .outerjoin(last, last.c.customer_id == Customer.id)
        .where(Customer.anonymised_at.is_(None), Customer.merged_into_id.is_(None), Customer.id.not_in(open_cases))
    ).all()
    session.rollback()
    found = []
    for cid, name, last_at, created in rows:
        since = last_at or created
        if since is None:
            continue
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        ends = _add_months(shop_day(since), months)
        if ends < today:
            found.append(RetentionRow(cid, name, last_at, ends))
    return tuple(sorted(found, key=lambda r: (r.past_since, r.customer_id)))


def anonymise_past_retention(session: Session, customer_ids: Sequence[int], *, who: str,
                             today: date) -> AnonymiseResult:
    """The retention list's batch, after the user confirmed it."""
    return anonymise_customers(session, customer_ids, who=who, why="retencja", today=today, action="retention")


@dataclass(frozen=True)
class Match:
    """A customer found by e-mail, phone or id (the CLI's choice)."""

    customer_id: int
    name: str


def find_customers(session: Session, *, email: str | None = None, phone: str | None = None,
                   customer_id: int | None = None) -> tuple[Match, ...]:
    """Customers (not merged away) by exact e-mail (any case), phone (digits, with or without +48) or id."""
    q = select(Customer.id, Customer.name).where(Customer.merged_into_id.is_(None))
    if customer_id is not None:
        q = select(Customer.id, Customer.name).where(Customer.id == customer_id)
    elif email:
        q = q.where(func.lower(Customer.email) == email.strip().lower())
    elif phone:
        digits = re.sub(r"\D", "", phone)
        digits = digits[2:] if len(digits) == 11 and digits.startswith("48") else digits
        rows = session.execute(q.where(Customer.phone.is_not(None))
                               .add_columns(Customer.phone)).all()
        session.rollback()
        out = []
        for cid, name, ph in rows:
            d = re.sub(r"\D", "", ph or "")
            d = d[2:] if len(d) == 11 and d.startswith("48") else d
            if d and d == digits:
                out.append(Match(cid, name))
        return tuple(out)
    else:
        return ()
    found = tuple(Match(i, n) for i, n in session.execute(q.order_by(Customer.id)))
    session.rollback()
    return found
