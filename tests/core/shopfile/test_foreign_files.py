"""The shop's file is the shop: files that are not ours, empty ones and damaged ones are refused, never migrated
or written; a new shop is made only where no file is, by a command that makes one; backups are verified and
never written over their source; a damaged file names its newest good backup, which restore brings back.

Every case compares the file's bytes (and the folder's listing) before and after."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from app.cli import run

COMMANDS = [  # every command that takes a shop, with the arguments after --db
    ["check"],
    ["export", "orders", "--out", "{tmp}/o.xlsx"],
    ["export", "stock", "--out", "{tmp}/s.xlsx"],
    ["backup", "--out", "{tmp}/b.db"],
    ["label", "Z000001", "--out", "{tmp}/l.pdf"],
    ["import", "products", "{products}"],
    ["import", "orders", "{orders}"],
    ["demo-data", "--orders", "10"],
]
DATA = Path(__file__).resolve().parents[2] / "data" / "import"


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def run_all(shop: Path, tmp_path: Path, capsys) -> list[tuple[list[str], int, str]]:
    out_dir = tmp_path / "out"
    out_dir.mkdir(exist_ok=True)
    products = tmp_path / "products.csv"
    products.write_text("SKU,Name,Price\nMUG-1,Kubek,19.90\n", encoding="utf-8")
    results = []
    for command in COMMANDS:
        args = [a.format(tmp=out_dir, products=products, orders=DATA / "shopify_orders.csv") for a in command]
        code = run([args[0], *args[1:], "--db", str(shop)] if args[0] != "import" else
                   [args[0], args[1], args[2], "--db", str(shop), *args[3:]])
        results.append((command, code, capsys.readouterr().err))
    assert not any(out_dir.iterdir()), "a refused shop still produced an output file"
    return results


def assert_refused_unchanged(shop: Path, tmp_path: Path, capsys, says: str) -> None:
    folder = shop.parent
    before = snapshot(folder)
    for command, code, err in run_all(shop, tmp_path, capsys):
        assert code == 1, (command, err)
        assert says in err, (command, err)
        assert "Traceback" not in err and err.count("\n") == 1, (command, err)
    assert snapshot(folder) == before  # no byte changed, no backup, journal or -wal/-shm file beside it


def test_a_zero_byte_file_is_refused_by_every_command(tmp_path, capsys):
    shop = tmp_path / "shop" / "z.db"
    shop.parent.mkdir()
    shop.touch()
    assert_refused_unchanged(shop, tmp_path, capsys, "it seems to be an empty file (0 bytes)")
    assert shop.stat().st_size == 0


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_another_programs_sqlite_file_is_refused_by_every_command(tmp_path, capsys, journal):
    shop = tmp_path / "shop" / "o.db"
    shop.parent.mkdir()
    conn = sqlite3.connect(shop)
    conn.execute(f"PRAGMA journal_mode={journal}")
    conn.execute("CREATE TABLE recipes(id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO recipes(title) VALUES ('pierogi')")
    conn.commit()
    conn.close()
    assert_refused_unchanged(shop, tmp_path, capsys, "another program's SQLite database (tables: recipes)")


@pytest.mark.parametrize("content, seems", [
    (b"%PDF-1.7\n" + b"x" * 2000, "a PDF document"),
    (b"Dear customer,\nthank you for your order.\n" * 50, "a text file"),
])
def test_a_document_given_as_the_shop_is_refused(tmp_path, capsys, content, seems):
    shop = tmp_path / "shop" / "letter.db"
    shop.parent.mkdir()
    shop.write_bytes(content)
    assert_refused_unchanged(shop, tmp_path, capsys, f"it seems to be {seems}")


def test_a_missing_folder_is_not_created_by_commands_that_read(tmp_path, capsys):
    shop = tmp_path / "no" / "such" / "folder" / "shop.db"
    for command in (["label", "X1", "--out", str(tmp_path / "l.pdf")], ["check"], ["backup", "--out",
                    str(tmp_path / "b.db")], ["export", "orders", "--out", str(tmp_path / "o.xlsx")]):
        assert run([*command, "--db", str(shop)]) == 1
        err = capsys.readouterr().err
        assert "There is no database at" in err and "does not exist" in err, err
    assert not (tmp_path / "no").exists()
    assert run(["demo-data", "--orders", "5", "--db", str(shop)]) == 0  # a command that makes a shop may
    assert shop.is_file()


def _demo_shop(path: Path) -> Path:
    assert run(["demo-data", "--orders", "300", "--db", str(path)]) == 0
    return path


def _damage(path: Path) -> None:
    """Overwrite one page in the middle of the file, as a failing disk or a crashed copy would."""
    page = 4096
    pages = path.stat().st_size // page
    with path.open("r+b") as f:
        f.seek((pages // 2) * page)
        f.write(b"\x07" * page)


def test_a_damaged_file_is_never_written_into_and_names_its_newest_good_backup(tmp_path, capsys):
    from app.db import backup_database, open_database

    shop = _demo_shop(tmp_path / "shop" / "s.db")
    db = open_database(shop, readonly=True)
    good = backup_database(db)
    db.dispose()
    capsys.readouterr()
    _damage(shop)
    before = snapshot(shop.parent)
    for command, code, err in run_all(shop, tmp_path, capsys):
        assert code == 1, (command, err)
        assert "is damaged" in err and "Traceback" not in err, (command, err)
        if command[0] != "check":
            assert f"The newest good backup is {good}" in err, (command, err)
    assert snapshot(shop.parent) == before

    assert run(["restore", "--db", str(shop)]) == 1  # no terminal to ask: it says what --yes would do
    assert "add --yes" in capsys.readouterr().err
    assert run(["restore", "--db", str(shop), "--yes"]) == 0
    said = capsys.readouterr().out
    kept = [p for p in shop.parent.iterdir() if p.name.startswith("s.db.damaged-")]
    assert len(kept) == 1 and str(kept[0]) in said
    assert hashlib.sha256(kept[0].read_bytes()).hexdigest() == before["s.db"]
    assert run(["check", "--db", str(shop)]) == 0


def test_backup_refuses_its_own_source_and_an_existing_file(tmp_path, capsys):
    shop = _demo_shop(tmp_path / "s.db")
    capsys.readouterr()
    before = snapshot(tmp_path)
    assert run(["backup", "--db", str(shop), "--out", str(shop)]) == 1
    assert "over the shop file itself" in capsys.readouterr().err
    other = tmp_path / "other.txt"
    other.write_text("keep me")
    assert run(["backup", "--db", str(shop), "--out", str(other)]) == 1
    assert "already exists" in capsys.readouterr().err and other.read_text() == "keep me"
    assert snapshot(tmp_path) == {**before, "other.txt": hashlib.sha256(b"keep me").hexdigest()}
    assert run(["backup", "--db", str(shop), "--out", str(other), "--force"]) == 0
    assert run(["check", "--db", str(other)]) == 0


def _mount(args: list[str]) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder on a file system mounted read-only (permissions alone do not stop root, who runs CI)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0 or not _mount(["-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)]):
        pytest.skip("needs root to mount a read-only file system")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_shop_in_a_read_only_folder_says_read_only(tmp_path, capsys, read_only_folder):
    shop = _demo_shop(read_only_folder / "s.db")
    assert _mount(["-o", "remount,ro", str(read_only_folder)])
    before = snapshot(read_only_folder)
    products = tmp_path / "p.csv"
    products.write_text("SKU,Name,Price\nMUG-1,Kubek,19.90\n", encoding="utf-8")
    capsys.readouterr()
    assert run(["import", "products", str(products), "--db", str(shop)]) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "unable to open" not in err, err
    assert run(["demo-data", "--orders", "5", "--db", str(read_only_folder / "new.db")]) == 1
    assert "read-only" in capsys.readouterr().err
    assert run(["check", "--db", str(shop)]) == 0  # reading is still fine
    assert snapshot(read_only_folder) == before
    shutil.rmtree(tmp_path / "out", ignore_errors=True)


def test_an_older_shop_is_upgraded_only_by_a_command_that_may_write(tmp_path, capsys):
    from alembic import command

    from app.db import make_engine
    from app.migrations import HEAD
    from app.migrations.runner import alembic_config

    shop = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{shop}")
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    before = snapshot(tmp_path)
    assert run(["check", "--db", str(shop)]) == 1  # reading commands never migrate
    assert "older version" in capsys.readouterr().err and snapshot(tmp_path) == before
    assert run(["migrate", "--db", str(shop)]) == 0
    assert f"revision {HEAD}" in capsys.readouterr().out
    assert list((tmp_path / "backups").glob("old-*-before-migration-from-0001.db"))
    assert run(["check", "--db", str(shop)]) == 0
