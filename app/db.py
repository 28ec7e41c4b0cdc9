"""Engine and session factory, SQLite pragmas, migrate-on-open with a backup first.

Opening a database is on the start-up path, so alembic is imported only when the
file is not already at the head revision.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from app import dbfile
from app.config import db_url
from app.core.messages import msg
from app.migrations import HEAD

log = logging.getLogger(__name__)

# One row per order (rowid = order.id): number, buyer, e-mail, phone, SKUs, EANs, tracking.
# Trigram finds any substring of 3+ characters through the index.
FTS_DDL = "CREATE VIRTUAL TABLE IF NOT EXISTS order_fts USING fts5(body, tokenize='trigram')"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    # hide_parameters: a failed statement's message (logged with its traceback) never carries the values bound to
    # it, which are often a customer's name, e-mail or address (no personal data in the log, issue 17).
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 10, "check_same_thread": False}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


@dataclass
class Database:
    """One open database: the engine, and a factory of sessions (one per use case, per thread)."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    _noted: bool = False  # counted in app.dbfile's files open in this process

    def session(self) -> Session:
        return self.session_factory()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        db = self.engine.url.database
        if db and db.startswith("file:"):  # opened as a URI (read-only media): file:/path?immutable=1
            db = db.removeprefix("file:").partition("?")[0]
        return Path(db) if self.is_sqlite and db and db != ":memory:" else None

    def dispose(self) -> None:
        self.engine.dispose()
        if self.path is not None and self._noted:
            dbfile.closed(self.path)
            self._noted = False


def open_database(db: str | Path | None = None, *, create: bool = False, migrate: bool = True,
                  readonly: bool = False, verify: bool = False) -> Database:
    """Open a shop given as a path or an SQLAlchemy URL.

    A file must be ours (app.dbfile): anything else is refused before a byte is written. A missing file becomes
    a new shop only with `create` (demo-data, import, the window after asking). `migrate` upgrades an older
    file after a verified backup. `readonly` (check, export, backup, label) writes nothing: an older file is
    refused rather than upgraded. `verify` runs SQLite's quick check first (before bulk writes and read-only
    jobs), so a damaged file is refused with its newest good backup named instead of being written into.
    """
    url = db_url(db)
    path = _sqlite_path(url)
    state = None
    if path is not None:
        state = dbfile.require_shop(path, create=create and not readonly)
        if state.kind == dbfile.MISSING:
            path.parent.mkdir(parents=True, exist_ok=True)
        else:
            if not readonly:
                dbfile.require_writable(path)
            if verify:
                dbfile.require_healthy(path)
    if readonly and path is not None and path.exists() and not os.access(path.parent, os.W_OK):
        # Read-only media: SQLite could not make the -shm file a WAL reader needs; nobody can write there anyway.
        url = f"sqlite:///file:{path.resolve()}?immutable=1&uri=true"
    engine = make_engine(url)
    database = Database(url, engine, sessionmaker(engine, expire_on_commit=False))
    if path is not None:
        dbfile.opened(path)
        database._noted = True
    try:
        if readonly:
            _require_current(database)
        elif migrate:
            ensure_schema(database)
    except BaseException:
        database.dispose()
        raise
    return database


def _sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        return Path(url.removeprefix("sqlite:///"))
    return None


def _require_current(database: Database) -> None:
    rev = current_revision(database.engine)
    if rev != HEAD:
        raise dbfile.ShopFileError(msg(
            "The shop file {file} was made by an older version of Zaplecze (revision {revision}); upgrade it first "
            "with `zaplecze migrate --db {file}` or by opening it in the app (a backup is made first), then run "
            "this again. Nothing was changed.",
            file=database.path or database.url, revision=rev))


def take_write_lock(session: Session) -> None:
    """For a bulk use case that plans from what it reads, then writes (an import): on SQLite the write lock is
    taken before the plan is read, so a second import at the same time waits for the first (busy timeout) and
    then plans from what the first wrote, instead of planning from an older snapshot and colliding with it.
    A no-op UPDATE takes SQLite's RESERVED lock; other databases lock what they write row by row."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE alembic_version SET version_num = version_num WHERE 0"))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except Exception:  # noqa: BLE001 - no table yet
            return None


def create_fts(conn) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(FTS_DDL)
        from app.models.product import PRODUCT_FTS_DDL  # products' search index and its triggers (stock issue)

        for ddl in PRODUCT_FTS_DDL:
            conn.exec_driver_sql(ddl)
        from app.models.complaint import COMPLAINT_FTS_DDL  # complaints' search index (issue 16)

        for ddl in COMPLAINT_FTS_DDL:
            conn.exec_driver_sql(ddl)
        from app.models.customer import CUSTOMER_FTS_DDL  # customers' search index (issue 17)

        for ddl in CUSTOMER_FTS_DDL:
            conn.exec_driver_sql(ddl)


def ensure_schema(database: Database) -> None:
    """A new file: create everything, mark it as ours and stamp head. Ours but older: check it, back it up
    (verified), then upgrade. Ours from before the mark: mark it."""
    engine = database.engine
    rev = current_revision(engine)
    path = database.path
    if rev is None and not inspect(engine).get_table_names():
        from app.models import Base

        with engine.begin() as conn:
            if database.is_sqlite:
                conn.exec_driver_sql(f"PRAGMA application_id = {dbfile.APPLICATION_ID}")
            Base.metadata.create_all(conn)
            create_fts(conn)
            conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
            conn.exec_driver_sql("INSERT INTO alembic_version VALUES (?)" if database.is_sqlite
                                 else "INSERT INTO alembic_version VALUES (%s)", (HEAD,))
        return
    if rev != HEAD:
        if path is not None:
            dbfile.require_healthy(path)
            backup = dbfile.backup_file(path, reason=f"before-migration-from-{rev}")
            log.info("backed up %s to %s before migrating", path, backup)
        from app.migrations.runner import upgrade_to_head

        upgrade_to_head(engine)
    if database.is_sqlite:
        with engine.begin() as conn:  # through SQLite itself: the file is open here (see app.dbfile._open_here)
            if conn.exec_driver_sql("PRAGMA application_id").scalar() != dbfile.APPLICATION_ID:
                conn.exec_driver_sql(f"PRAGMA application_id = {dbfile.APPLICATION_ID}")


def backup_database(database: Database, out: Path | None = None, *, reason: str = "manual",
                    force: bool = False) -> Path:
    """A verified copy of a live SQLite shop (app.dbfile.backup_file: never over itself, nor over a file without
    `force`, never of a damaged file)."""
    if database.path is None:
        raise dbfile.ShopFileError(msg("Only a shop in an SQLite file can be backed up this way; back up a "
                                       "PostgreSQL shop with pg_dump."))
    return dbfile.backup_file(database.path, out, reason=reason, force=force)
