"""`zaplecze ksef send` and `zaplecze ksef status` run as processes against the local KSeF stand-in: the invoices
arrive intact, their states and UPOs are stored, exit codes follow the contract, and the token (from a test
credential store shared through PYTHON_KEYRING_BACKEND) is nowhere in the shop file, the log or an export."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.printing.ksef_xml import invoice_xml
from app.services.invoicing.issuing import issue_invoice
from app.services.invoicing.ksef import secrets
from app.services.invoicing.ksef.queue import queue
from app.services.invoicing.reading import invoice_doc
from tests.core.invoicing.ksef.test_secrets_keyring import BACKEND, FILE_ENV
from tests.support.ksef_standin import KsefStandin

NIP = "5260250274"


@pytest.fixture
def standin():
    server = KsefStandin(nip=NIP).start()
    yield server
    server.stop()


@pytest.fixture
def env(tmp_path, standin):
    """The processes' environment: their own data folder (the log), the test keyring holding the token."""
    e = {k: v for k, v in os.environ.items() if k != secrets.TOKEN_ENV}
    e.update({"ZAPLECZE_DATA_DIR": str(tmp_path / "data"), "PYTHON_KEYRING_BACKEND": BACKEND,
              FILE_ENV: str(tmp_path / "keyring.json"), "LANG": "C"})
    (tmp_path / "data").mkdir()
    (tmp_path / "keyring.json").write_text(json.dumps({f"{secrets.SERVICE}\x00{NIP} test": standin.token}))
    return e


def run(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], check=False, capture_output=True, text=True,
                          timeout=180, env=env)


def test_send_all_queued_then_status(session, db_path, seller, make_order, standin, env, tmp_path):
    ids = [issue_invoice(session, make_order([(i + 1, "10.00", "23")]), "t") for i in range(2)]
    queue(session, ids)
    xmls = [invoice_xml(invoice_doc(session, i)) for i in ids]
    session.close()
    done = run(env, "ksef", "send", "--db", str(db_path), "--all-queued", "--base-url", standin.base_url,
               "--wait", "5", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    numbers = [invoice_doc(session, i).number for i in ids]
    assert out["accepted"] == numbers and out["sent"] == numbers and out["stopped"] is None
    assert [i.xml for i in standin.invoices] == xmls  # decrypted by the stand-in: arrived intact, once each
    status = run(env, "ksef", "status", "--db", str(db_path), "--json")
    assert status.returncode == 0, status.stderr
    data = json.loads(status.stdout)
    assert data["states"]["accepted"] == 2 and data["queued"] == 0
    again = run(env, "ksef", "send", "--db", str(db_path), "--all-queued", "--base-url", standin.base_url)
    assert again.returncode == 0 and len(standin.invoices) == 2  # nothing sent twice
    export = tmp_path / "register.xlsx"
    month = invoice_doc(session, ids[0]).issue_date.strftime("%Y-%m")
    assert run(env, "export", "invoices", "--db", str(db_path), "--out", str(export), "--month", month
               ).returncode == 0
    token = standin.token.encode()
    for path in (db_path, export, *(tmp_path / "data").glob("*.log*")):
        assert token not in path.read_bytes(), path
    for part in token.split(b"|"):
        assert part not in db_path.read_bytes()
    assert list((tmp_path / "data").glob("*.log"))  # the log was written and checked


def test_named_invoice_rejected_is_exit_1(session, db_path, seller, make_order, standin, env):
    iid = issue_invoice(session, make_order(), "t")
    number = invoice_doc(session, iid).number
    session.close()
    standin.reject_next(450, details=("P_2: wrong number",))
    done = run(env, "ksef", "send", number, "--db", str(db_path), "--base-url", standin.base_url, "--wait", "5")
    assert done.returncode == 1, done.stderr
    assert "rejected" in done.stdout and "450" in done.stdout
    assert run(env, "ksef", "send", "FV/NONE", "--db", str(db_path), "--base-url", standin.base_url).returncode == 1


def test_not_available_is_exit_2(session, db_path, seller, make_order, standin, env, tmp_path):
    queue(session, [issue_invoice(session, make_order(), "t")])
    session.close()
    assert run(env, "ksef", "send", "--db", str(db_path)).returncode == 2  # neither names nor --all-queued
    standin.go_down("503")
    down = run(env, "ksef", "send", "--db", str(db_path), "--all-queued", "--base-url", standin.base_url)
    assert down.returncode == 2 and "still queued" in down.stdout
    standin.come_up()
    (tmp_path / "keyring.json").write_text("{}")
    no_token = run(env, "ksef", "send", "--db", str(db_path), "--all-queued", "--base-url", standin.base_url)
    assert no_token.returncode == 2 and "ZAPLECZE_KSEF_TOKEN" in no_token.stderr
    with_env = run({**env, secrets.TOKEN_ENV: standin.token}, "ksef", "send", "--db", str(db_path),
                   "--all-queued", "--base-url", standin.base_url, "--wait", "5")
    assert with_env.returncode == 0, with_env.stderr
    assert len(standin.invoices) == 1
