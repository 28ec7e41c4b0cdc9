"""Engine and session factory, SQLite pragmas, migrate-on-open with a backup first.

Opening a database is on the start-up path, so alembic is imported only when the
file is not already at the head revision.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from app.config import db_url
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
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 10, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    """One open database: the engine, and a factory of sessions (one per use case, per thread)."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]

    def session(self) -> Session:
        return self.session_factory()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        db = self.engine.url.database
        return Path(db) if self.is_sqlite and db and db != ":memory:" else None

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(db: str | Path | None = None, *, migrate: bool = True) -> Database:
    """Open (and create or upgrade) a database given as a path or an SQLAlchemy URL."""
    url = db_url(db)
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    database = Database(url, engine, sessionmaker(engine, expire_on_commit=False))
    if migrate:
        ensure_schema(database)
    return database


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


def ensure_schema(database: Database) -> None:
    """Empty file: create everything and stamp head. Older file: back it up, then upgrade."""
    engine = database.engine
    rev = current_revision(engine)
    if rev == HEAD:
        return
    if rev is None and not inspect(engine).get_table_names():
        from app.models import Base

        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            create_fts(conn)
            conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
            conn.exec_driver_sql("INSERT INTO alembic_version VALUES (?)" if database.is_sqlite
                                 else "INSERT INTO alembic_version VALUES (%s)", (HEAD,))
        return
    if database.path is not None:
        backup = backup_database(database, reason=f"before-migration-from-{rev}")
        log.info("backed up %s to %s before migrating", database.path, backup)
    from app.migrations.runner import upgrade_to_head

    upgrade_to_head(engine)


def backup_database(database: Database, out: Path | None = None, *, reason: str = "manual") -> Path:
    """Copy a live SQLite file with the backup API (consistent even while others write)."""
    src_path = database.path
    if src_path is None:
        raise ValueError("only SQLite files can be backed up this way")
    if out is None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        folder = src_path.parent / "backups"
        folder.mkdir(exist_ok=True)
        out = folder / f"{src_path.stem}-{stamp}-{reason}.db"
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(src_path)
    dst = sqlite3.connect(out)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()
    return out
