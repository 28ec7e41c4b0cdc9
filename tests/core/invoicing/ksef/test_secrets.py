"""The KSeF token lives in the system's credential store (here a file-backed test backend set for the test), per
NIP and environment, with ZAPLECZE_KSEF_TOKEN for scripts; never in the shop file (the CLI tests grep the shop
file, the log and an export for it after a real send)."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from app.core.errors import DomainError
from app.services.invoicing.ksef import secrets

TOKEN = "20260105-EC-0123456789-ABCDEF0123-45|nip-5260250274|0123456789abcdef"


@pytest.fixture
def store(credential_store):
    return credential_store


def test_the_token_is_kept_per_nip_and_environment(store):
    secrets.store_secret("526-025-02-74", "test", f"  {TOKEN} ")
    assert secrets.ksef_token("5260250274", "test") == TOKEN
    assert secrets.ksef_token("5260250274", "prod") is None and not secrets.has_token("5260250274", "prod")
    assert json.loads(store.read_text("utf-8")) == {"Zaplecze KSeF\x005260250274 test": TOKEN}
    secrets.store_secret("5260250274", "test", "key-bytes", kind=secrets.OFFLINE_KEY)
    assert secrets.stored_secret("5260250274", "test", secrets.OFFLINE_KEY) == "key-bytes"
    assert secrets.ksef_token("5260250274", "test") == TOKEN
    secrets.store_secret("5260250274", "test", "")  # an empty token removes it
    assert secrets.ksef_token("5260250274", "test") is None
    secrets.delete_secret("5260250274", "test")  # nothing there: no error


def test_the_environment_variable_wins_for_scripts(store, monkeypatch):
    secrets.store_secret("5260250274", "test", TOKEN)
    monkeypatch.setenv(secrets.TOKEN_ENV, "from-the-script")
    assert secrets.ksef_token("5260250274", "test") == "from-the-script"


def test_no_credential_store_says_what_to_do(store):
    keyring.set_keyring(NoKeyring())
    with pytest.raises(DomainError, match="ZAPLECZE_KSEF_TOKEN"):
        secrets.store_secret("5260250274", "test", TOKEN)
    with pytest.raises(DomainError, match="credential store cannot be used"):
        secrets.ksef_token("5260250274", "test")
    assert not secrets.has_token("5260250274", "test")
    with pytest.raises(DomainError, match="Secret Service") as refused:  # the key has no variable to fall back on
        secrets.stored_secret("5260250274", "test", secrets.OFFLINE_KEY)
    assert "ZAPLECZE_KSEF_TOKEN" not in str(refused.value)
