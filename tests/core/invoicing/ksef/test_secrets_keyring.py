"""A credential store for tests: a keyring backend that keeps its entries in a JSON file named by the environment
variable ZAPLECZE_TEST_KEYRING_FILE, so a test and the `zaplecze` processes it starts (PYTHON_KEYRING_BACKEND=
tests.core.invoicing.ksef.test_secrets_keyring.FileKeyring) share it, and nothing touches the machine's own store."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

BACKEND = "tests.core.invoicing.ksef.test_secrets_keyring.FileKeyring"
FILE_ENV = "ZAPLECZE_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _read(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text("utf-8")) if path.exists() else {}

    def _write(self, data: dict[str, str]) -> None:
        self._path().write_text(json.dumps(data), "utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}\x00{username}"] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if data.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError(username)
        self._write(data)
