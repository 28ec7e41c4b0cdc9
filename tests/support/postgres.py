"""A throwaway database on the PostgreSQL server `.ci/run` starts (ZAPLECZE_TEST_POSTGRES), and a `session`
fixture that runs a test module on the shop file and on that server: import it into the module
(`from tests.support.postgres import session_on_both_databases  # noqa: F401`)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

POSTGRES = os.environ.get("ZAPLECZE_TEST_POSTGRES", "")


@contextmanager
def fresh_postgres_url() -> Iterator[str]:
    """The URL of a new, empty database, dropped afterwards; the test is skipped when no server is given."""
    if not POSTGRES:
        pytest.skip("no PostgreSQL server: set ZAPLECZE_TEST_POSTGRES (.ci/run does)")
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = "zaplecze_" + uuid.uuid4().hex[:12]
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(POSTGRES).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"], name="session")
def session_on_both_databases(request):
    """A session on the shop file, and (a second run) on a fresh PostgreSQL database when a server is given."""
    if request.param == "sqlite":
        s = request.getfixturevalue("db").session()
        yield s
        s.close()
        return
    from app.db import open_database

    with fresh_postgres_url() as url:
        database = open_database(url)
        s = database.session()
        yield s
        s.close()
        database.dispose()
