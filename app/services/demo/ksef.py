"""The demo shop's KSeF states: its newest invoices in every state a real shop sees, made by the same state
functions (app.services.invoicing.ksef.states) as real sends, so the Invoices tab, its filter and the status bar
show them: accepted with a KSeF number and a UPO, queued, queued offline with its deadline, rejected with KSeF's
code and reason. Only the newest few dozen are touched (ORM rows, in the demo's one transaction): it stays fast."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Invoice
from app.services.invoicing.ksef import states as st

ACCEPTED, QUEUED, OFFLINE, REJECTED = 24, 4, 3, 2
_REASON = (450, "Błąd weryfikacji semantyki dokumentu faktury", ("Nieprawidłowy NIP nabywcy",))


def _crc8(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def ksef_number(nip: str, day: datetime, serial: int) -> str:
    """A number shaped as KSeF gives them: NIP-YYYYMMDD-12 hex digits-CRC-8 of what precedes it."""
    body = f"{nip}-{day:%Y%m%d}-{serial:012X}"
    return f"{body}-{_crc8(body.encode()):02X}"


def _upo(number: str, invoice: Invoice, at: datetime) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><Potwierdzenie><NumerKSeFDokumentu>{number}'
            f'</NumerKSeFDokumentu><NumerFaktury>{invoice.number}</NumerFaktury>'
            f'<DataPrzyjeciaDokumentu>{at.isoformat()}</DataPrzyjeciaDokumentu></Potwierdzenie>').encode()


def write_ksef_states(session: Session, rng: random.Random, now: datetime, nip: str) -> dict[str, int]:
    """Give the newest invoices (by issue date) their KSeF states, in the caller's transaction; {state: how many}.
    The oldest of them were accepted minutes after they were issued, then come the rejected ones, then those still
    queued since they were issued, and the very newest were issued while KSeF was unreachable (offline, with the
    deadline of their issue day)."""
    total = ACCEPTED + QUEUED + OFFLINE + REJECTED
    rows = list(session.scalars(select(Invoice).order_by(Invoice.issue_date.desc(), Invoice.id.desc()).limit(total)))
    rows.reverse()
    digits = "".join(c for c in nip if c.isdigit()) or "0000000000"
    counts = dict.fromkeys((st.ACCEPTED, st.QUEUED, st.REJECTED), 0)
    for n, invoice in enumerate(rows):
        issued = invoice.created_at or now
        queued_at = min(issued + timedelta(minutes=rng.randrange(1, 30)), now)
        st.put_in_queue(invoice, offline=n >= ACCEPTED + REJECTED + QUEUED, now=queued_at)
        if n < ACCEPTED:
            st.mark_sending(invoice, f"demo-session-{n // 10}", f"demo-hash-{invoice.id}", now=queued_at)
            st.mark_received(invoice, f"demo-session-{n // 10}", f"demo-invoice-{invoice.id}")
            number = ksef_number(digits, queued_at, 0x0100001A0000 + invoice.id)
            st.mark_accepted(invoice, number, _upo(number, invoice, queued_at), now=queued_at + timedelta(seconds=5))
            counts[st.ACCEPTED] += 1
        elif n < ACCEPTED + REJECTED:
            st.mark_sending(invoice, "demo-session-r", f"demo-hash-{invoice.id}", now=queued_at)
            st.mark_received(invoice, "demo-session-r", f"demo-invoice-{invoice.id}")
            st.mark_rejected(invoice, *_REASON)
            counts[st.REJECTED] += 1
        else:
            counts[st.QUEUED] += 1
    session.flush()
    return counts
