"""`zaplecze deadlines --kind ... --from YYYY-MM-DD [--json]` run as a real process: the date on stdout, the rule
applied with --json, exit 2 on wrong arguments, and no shop file needed or made."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run(*args: str, cwd=None, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], check=False, capture_output=True, text=True,
                          timeout=120, cwd=cwd, env={**os.environ, "LANG": "en_US.UTF-8", **env})


@pytest.mark.parametrize(("kind", "start", "due"), [
    ("withdrawal", "2025-12-10", "2025-12-29"),        # 24 December 2025 and Christmas, then the weekend
    ("withdrawal", "2025-03-01", "2025-03-17"),        # ends on a Saturday
    ("liability", "2024-02-29", "2026-03-02"),         # 28 February 2026 is a Saturday
    ("complaint-answer", "2025-11-09", "2025-11-23"),  # a Sunday, not moved: it binds the shop
    ("refund", "2025-10-18", "2025-11-01"),            # All Saints' Day, not moved
])
def test_prints_the_deadline(kind, start, due, tmp_path):
    done = run("deadlines", "--kind", kind, "--from", start)
    assert (done.returncode, done.stdout, done.stderr) == (0, due + "\n", "")


def test_json_says_the_rule_applied():
    done = run("deadlines", "--kind", "withdrawal", "--from", "2025-10-18", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["due"] == "2025-11-03"
    assert (data["plain"], data["binds"], data["moved"]) == ("2025-11-01", "customer", True)
    assert [d["day"] for d in data["skipped"]] == ["2025-11-01", "2025-11-02"]
    assert "k.c. art. 115" in data["rule"] and data["estimated"] is False
    shop = json.loads(run("deadlines", "--kind", "complaint-answer", "--from", "2025-11-09", "--json").stdout)
    assert (shop["due"], shop["binds"], shop["moved"]) == ("2025-11-23", "shop", False)


@pytest.mark.parametrize("args", [
    ("--kind", "withdrawal", "--from", "2025-13-01"),
    ("--kind", "withdrawal", "--from", "10.12.2025"),
    ("--kind", "guarantee", "--from", "2025-12-01"),
    ("--kind", "withdrawal"),
    ("--from", "2025-12-01"),
    ("--kind", "liability", "--from", "9999-06-01"),
])
def test_wrong_arguments_exit_2(args):
    done = run("deadlines", *args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert "error" in done.stderr


def test_needs_no_shop_file_and_makes_none(tmp_path):
    data = tmp_path / "data"
    work = tmp_path / "work"
    work.mkdir()
    done = run("deadlines", "--kind", "refund", "--from", "2025-12-10", cwd=work, ZAPLECZE_DATA_DIR=str(data))
    assert (done.returncode, done.stdout) == (0, "2025-12-24\n")
    assert list(work.iterdir()) == []
    assert [p for p in tmp_path.rglob("*") if p.suffix in (".db", ".sqlite")] == []
