"""The shop's file on disk: what a file is before we touch it, its health, verified backups, restore.

The shop's file is the shop, so nothing opens a file for writing before knowing it is ours and healthy:
- our files carry `PRAGMA application_id` = APPLICATION_ID (files made before it existed are recognised by
  our own tables and get it on their next write);
- an empty file, a file that is not SQLite (a PDF, a spreadsheet, text), another program's database and a
  damaged file are refused with a message that says what the file seems to be; nothing is written into them;
- a new shop is made only where no file exists, and only by a command that makes one;
- damage is looked for (PRAGMA quick_check) before migrations and bulk writes, and in every backup after it
  is written; the message names the newest good backup, which `zaplecze restore` brings back.

Only the standard library here (sqlite3): `examine` runs on the start-up path before SQLAlchemy is imported.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.errors import DomainError
from app.core.messages import msg

APPLICATION_ID = 0x5A61706C  # 'Zapl', in the SQLite header at offset 68
SQLITE_MAGIC = b"SQLite format 3\x00"
OUR_TABLES = {"alembic_version", "order", "product"}
BACKUP_FOLDER = "backups"

MISSING, OURS, EMPTY, NOT_SQLITE, FOREIGN, DAMAGED = "missing", "ours", "empty", "not_sqlite", "foreign", "damaged"


# Files this process has open through SQLite. Closing any descriptor of a file drops every POSIX lock the process
# holds on it (SQLite's "how to corrupt", 2.2), so a file open here is never read byte-wise again: it was
# examined when it was opened.
_open_here: dict[Path, int] = {}


def opened(path: Path) -> None:
    key = path.resolve()
    _open_here[key] = _open_here.get(key, 0) + 1


def closed(path: Path) -> None:
    key = path.resolve()
    if _open_here.get(key, 0) <= 1:
        _open_here.pop(key, None)
    else:
        _open_here[key] -= 1


class ShopFileError(DomainError):
    """The file cannot be used as a shop (not ours, empty, damaged, missing, read-only); nothing was written."""


@dataclass(frozen=True)
class FileState:
    kind: str  # MISSING, OURS, EMPTY, NOT_SQLITE, FOREIGN, DAMAGED
    path: Path
    seems: str = ""  # what the file seems to be, for the message
    stamped: bool = True  # ours and already carrying the application id (older files get it on their next write)


def examine(path: Path) -> FileState:
    """What is at `path`, read without changing a byte (no journal, no -wal/-shm files are made)."""
    if not path.exists():
        return FileState(MISSING, path)
    if path.resolve() in _open_here:
        return FileState(OURS, path)
    if path.is_dir():
        return FileState(NOT_SQLITE, path, msg("a folder"))
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except OSError as exc:
        raise ShopFileError(msg("The file {file} cannot be read: {reason}", file=path, reason=exc.strerror)) from exc
    if not head:
        return FileState(EMPTY, path, msg("an empty file (0 bytes)"))
    if not head.startswith(SQLITE_MAGIC):
        return FileState(NOT_SQLITE, path, _guess(head))
    app_id = int.from_bytes(head[68:72], "big") if len(head) >= 72 else 0
    try:
        tables = _tables(path)
    except sqlite3.DatabaseError as exc:
        return FileState(DAMAGED, path, str(exc))
    if app_id == APPLICATION_ID:
        return FileState(OURS, path)
    if app_id == 0 and OUR_TABLES <= tables:
        return FileState(OURS, path, stamped=False)
    if not tables:
        return FileState(EMPTY, path, msg("an empty SQLite database (no tables)"))
    shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
    return FileState(FOREIGN, path, msg("another program's SQLite database (tables: {tables})", tables=shown))


def _guess(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return msg("a PDF document")
    if head.startswith(b"PK\x03\x04"):
        return msg("a ZIP archive or an Excel/Word file")
    if head.startswith((b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return msg("a document or picture of another program")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return msg("a file of another program")
    return msg("a text file")


def _connect_ro(path: Path) -> sqlite3.Connection:
    """Read-only; `immutable` when the -wal/-shm pair is missing, so SQLite makes no file beside it."""
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    mode = "mode=ro" if wal.exists() and shm.exists() else "immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def _tables(path: Path) -> set[str]:
    conn = _connect_ro(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def health(path: Path) -> str | None:
    """None when SQLite's quick check finds the file sound, else its first finding."""
    try:
        conn = _connect_ro(path)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows == ["ok"]:
        return None
    lines = [line for row in rows for line in row.splitlines() if line and not line.startswith("***")]
    return "; ".join(lines)


def require_shop(path: Path, *, create: bool = False) -> FileState:
    """Refuse anything at `path` that is not our shop; a missing file is allowed only when `create` is True.

    Raises ShopFileError saying what the file seems to be, and, for a damaged file, the newest good backup.
    """
    state = examine(path)
    if state.kind == OURS:
        return state
    if state.kind == MISSING:
        if not create:
            if not path.parent.exists():
                raise ShopFileError(msg("There is no database at {file} (the folder {folder} does not exist).",
                                        file=path, folder=path.parent))
            raise ShopFileError(msg("There is no database at {file}.", file=path))
        _require_writable_folder(path.parent)
        return state
    if state.kind == DAMAGED:
        raise ShopFileError(damaged_message(path, state.seems))
    raise ShopFileError(msg("{file} is not a shop file of Zaplecze: it seems to be {what}. Nothing was written "
                            "into it.", file=path, what=state.seems))


def _require_writable_folder(folder: Path) -> None:
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not os.access(probe, os.W_OK):
        raise ShopFileError(msg("The folder {folder} is read-only: a shop file cannot be made there.", folder=probe))


def require_writable(path: Path) -> None:
    """Before a write: a read-only file or folder is said so, not 'unable to open database file'."""
    if path.exists() and not os.access(path, os.W_OK):
        raise ShopFileError(msg("The shop file {file} is read-only: nothing can be saved into it.", file=path))
    if not os.access(path.parent, os.W_OK):
        raise ShopFileError(msg("The shop file {file} is in a read-only folder: SQLite needs to write its journal "
                                "beside it, so nothing can be saved.", file=path))


def require_healthy(path: Path) -> None:
    """Before a migration, a bulk write or a backup: a damaged file is refused, never written into."""
    problem = health(path)
    if problem is not None:
        raise ShopFileError(damaged_message(path, problem))


def damaged_message(path: Path, problem: str) -> str:
    good = newest_good_backup(path)
    advice = (msg("The newest good backup is {backup}; `zaplecze restore --db {file}` brings it back (the damaged "
                  "file is kept aside).", backup=good, file=path) if good is not None
              else msg("No good backup of it was found in {folder}.", folder=path.parent / BACKUP_FOLDER))
    return msg("The shop file {file} is damaged ({problem}). Nothing was written into it. {advice}", file=path,
               problem=problem, advice=advice)


def backups_of(path: Path) -> list[Path]:
    """Backups made by the app beside the file, newest first."""
    folder = path.parent / BACKUP_FOLDER
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{path.stem}-*.db") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def newest_good_backup(path: Path) -> Path | None:
    for candidate in backups_of(path):
        if examine(candidate).kind == OURS and health(candidate) is None:
            return candidate
    return None


def backup_file(src_path: Path, out: Path | None = None, *, reason: str = "manual", force: bool = False) -> Path:
    """Copy a live shop file with SQLite's backup API, then verify the copy; refuse a damaged source.

    `out` must not be the source itself, and an existing `out` is replaced only with `force`.
    """
    if out is None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        out = src_path.parent / BACKUP_FOLDER / f"{src_path.stem}-{stamp}-{reason}.db"
    out = Path(out)
    if out.exists() and (out.resolve() == src_path.resolve() or os.path.samefile(out, src_path)):
        raise ShopFileError(msg("The backup {out} would be written over the shop file itself; choose another "
                                "file.", out=out))
    if out.exists() and not force:
        raise ShopFileError(msg("{out} already exists; nothing was written. Choose another file, or add --force to "
                                "replace it.", out=out))
    require_healthy(src_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    src = sqlite3.connect(f"{src_path.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(tmp)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()
    problem = health(tmp)
    if problem is not None:
        tmp.unlink(missing_ok=True)
        raise ShopFileError(damaged_message(src_path, problem))
    os.replace(tmp, out)
    return out


DAILY = "daily"
DAILY_KEPT = 14  # daily backups kept per shop file; the ones before migrations and by hand are never removed


def daily_backups_of(path: Path) -> list[Path]:
    """The automatic daily backups of `path`, newest first."""
    return [p for p in backups_of(path) if p.name.endswith(f"-{DAILY}.db")]


def daily_backup_due(path: Path, now: datetime | None = None) -> bool:
    """No daily backup of the file within the last 24 hours (a shop open all week gets one a day)."""
    newest = daily_backups_of(path)[:1]
    if not newest:
        return True
    age = (now or datetime.now(UTC)).timestamp() - newest[0].stat().st_mtime
    return age >= 24 * 3600 or age < 0  # a clock put back a day counts as a new day


def daily_backup(path: Path, now: datetime | None = None) -> Path | None:
    """DESIGN's daily automatic backup: a verified copy into backups/ beside the file when none was made in the
    last 24 hours, then only the newest DAILY_KEPT daily ones kept; None when one was not due."""
    if not daily_backup_due(path, now):
        return None
    try:
        made = backup_file(path, reason=DAILY)
    except OSError as exc:  # the folder cannot be made or written (a file in its place, no space, no rights)
        raise ShopFileError(msg("No backup could be written into {folder}: {reason}", folder=path.parent / BACKUP_FOLDER,
                                reason=exc.strerror or exc)) from exc
    for old in daily_backups_of(path)[DAILY_KEPT:]:
        old.unlink(missing_ok=True)
    return made


def restore_file(path: Path, backup: Path) -> Path:
    """Put a verified backup in place of `path`; the file it replaces (and its -wal/-shm) is kept aside.

    Returns where the replaced file was kept."""
    if examine(backup).kind != OURS:
        raise ShopFileError(msg("{backup} is not a backup of a shop file; nothing was changed.", backup=backup))
    problem = health(backup)
    if problem is not None:
        raise ShopFileError(msg("The backup {backup} is damaged too ({problem}); nothing was changed.",
                                backup=backup, problem=problem))
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    part = path.with_name(path.name + ".restoring")
    shutil.copy2(backup, part)
    if path.exists():
        os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    os.replace(part, path)
    return aside


def explain(exc: BaseException, where: str | Path | None) -> str:
    """One clear sentence for an error SQLite raised while a shop was in use (the CLI's and the window's)."""
    reason = str(getattr(exc, "orig", None) or exc)
    text = reason.lower()
    place = where or msg("in the data folder")
    if "locked" in text or "busy" in text:
        return msg("The shop file {file} is busy: another import or station is writing to it. Try again when it "
                   "has finished; nothing was changed.", file=place)
    if "readonly" in text or "read-only" in text:
        return msg("The shop file {file} is read-only (or its folder is): nothing can be saved into it.", file=place)
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        if where is not None and Path(where).exists():
            return damaged_message(Path(where), reason)
        return msg("The shop file {file} is damaged ({problem}).", file=place, problem=reason)
    if "unable to open" in text:
        return msg("The shop file {file} cannot be opened: check that its folder exists and may be written to.",
                   file=place)
    return msg("The database {file} cannot be used: {reason}", file=place, reason=reason)
