"""The owner's PIN: what lets an incomplete order be packed, and a station leave station mode.

Stored as hashlib.scrypt of the PIN with a random 16-byte salt (never the PIN in clear), compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.orm import Session

from app.core.errors import DomainError
from app.core.messages import msg
from app.models import PackingSettings

_N, _R, _P, _LEN = 2**14, 8, 1, 32
MIN_LENGTH = 4


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=_LEN)


def salted_hash(pin: str) -> tuple[bytes, bytes]:
    """(salt, hash) of a PIN with a new random salt: for a caller that writes the settings row in bulk, inside its
    own transaction (the demo shop, made in one)."""
    salt = secrets.token_bytes(16)
    return salt, _hash(pin, salt)


def settings_row(session: Session) -> PackingSettings:
    """The shop's one row of packing settings, made on first use (inside the caller's transaction)."""
    row = session.get(PackingSettings, 1)
    if row is None:
        row = PackingSettings(id=1, stale_claim_minutes=15)
        session.add(row)
        session.flush()
    return row


def set_owner_pin(session: Session, pin: str, old_pin: str | None = None) -> None:
    """Set the PIN (digits, at least four); changing one that is set needs the old PIN."""
    if not (pin.isdigit() and len(pin) >= MIN_LENGTH):
        raise DomainError(msg("The PIN must be at least {count} digits.", count=MIN_LENGTH))
    with session.begin():
        row = settings_row(session)
        if row.pin_hash is not None and not _matches(row, old_pin or ""):
            raise DomainError(msg("The current PIN is wrong; the PIN was not changed."))
        row.pin_salt = secrets.token_bytes(16)
        row.pin_hash = _hash(pin, row.pin_salt)


def _matches(row: PackingSettings, pin: str) -> bool:
    if row.pin_hash is None or row.pin_salt is None:
        return False
    return hmac.compare_digest(_hash(pin, row.pin_salt), row.pin_hash)


def pin_is_set(session: Session) -> bool:
    with session.begin():
        row = session.get(PackingSettings, 1)
        return row is not None and row.pin_hash is not None


def check_owner_pin(session: Session, pin: str) -> bool:
    """Inside a caller's transaction: True when the PIN is the owner's (False when none is set)."""
    row = session.get(PackingSettings, 1)
    return row is not None and _matches(row, pin)


def verify_owner_pin(session: Session, pin: str) -> bool:
    with session.begin():
        return check_owner_pin(session, pin)
