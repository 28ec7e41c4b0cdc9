from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from app.db import current_revision, open_database
from app.migrations import HEAD

ROOT = Path(__file__).resolve().parents[3]


def test_head_constant_matches_scripts():
    from app.migrations.runner import script_head

    assert script_head() == HEAD


def test_new_file_is_stamped_and_has_pragmas(db):
    assert current_revision(db.engine) == HEAD
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_migrations_build_the_same_schema_as_the_models(tmp_path):
    """Upgrading an empty file step by step must give exactly what the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.migrations.runner import upgrade_to_head
    from app.models import Base

    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    upgrade_to_head(engine)
    with engine.connect() as conn:
        from app.migrations import include_object

        ctx = MigrationContext.configure(conn, opts={"include_object": include_object})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_older_file_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    from alembic import command

    from app.migrations.runner import alembic_config

    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()
    if HEAD == "0001":
        # Pretend the file predates the newest revision by stamping it one step back is impossible
        # with one revision; check that a file at head is opened without a backup instead.
        open_database(path).dispose()
        assert not (tmp_path / "backups").exists()
    else:
        open_database(path).dispose()
        assert list((tmp_path / "backups").glob("old-*.db"))
        assert current_revision(create_engine(f"sqlite:///{path}")) == HEAD


def test_nothing_outside_ui_imports_qt():
    offenders = []
    for py in (ROOT / "app").rglob("*.py"):
        if "ui" in py.relative_to(ROOT / "app").parts[:1]:
            continue
        source = py.read_text(encoding="utf-8")
        if "PySide6" in source:
            offenders.append(str(py.relative_to(ROOT)))
    assert offenders == []


def test_check_command_finds_broken_totals(db, db_path, add_product, order_input):
    from app.services.orders.editing import create_order

    pid = add_product("MUG-1")
    with db.session() as s:
        create_order(s, order_input(pid), who="t")
    run = [sys.executable, "-m", "app", "check", "--db", str(db_path)]
    ok = subprocess.run(run, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    with db.engine.begin() as conn:
        conn.exec_driver_sql('UPDATE "order" SET total = total + 1')
    bad = subprocess.run(run, capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert "order total differs" in bad.stdout and "Z000001" in bad.stdout
