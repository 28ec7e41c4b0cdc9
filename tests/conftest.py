"""Shared fixtures: Qt offscreen, a private data folder, and real SQLite files copied from one template."""

from __future__ import annotations

import os
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

# Qt offscreen, on the commonest laptop screen (1366 x 768) instead of its default 800 x 800: windows are
# tested at the size people have (DESIGN, issue 12). A platform given from outside (xvfb: "xcb") is kept.
_SCREEN = Path(__file__).resolve().parent / "support" / "screen_1366x768.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("ZAPLECZE_STATION", "test-station")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    os.environ["ZAPLECZE_DATA_DIR"] = str(folder)
    return folder


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated database made once; each test gets its own copy."""
    from app.db import open_database

    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(path, create=True)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db(db_path: Path):
    from app.db import open_database

    database = open_database(db_path, create=True)
    yield database
    database.dispose()


@pytest.fixture
def session(db):
    s = db.session()
    yield s
    s.close()


@pytest.fixture
def add_product(db):
    """Create a product; its stock is an opening movement of the ledger, so `zaplecze check` holds.

    A test-data shortcut: the EAN is stored as given (app.services.catalogue.products validates it for users)."""
    from app.models import Product
    from app.models.stock import ADJUSTMENT
    from app.services.stock.ledger import MoveLine, post_document

    def make(sku: str, name: str = "", price: str = "10.00", ean: str | None = None, on_hand: int = 10,
             vat: str = "23") -> int:
        with db.session() as s, s.begin():
            p = Product(sku=sku, name=name or sku, gross_price=Decimal(price), ean=ean, vat_rate=vat, on_hand=0)
            s.add(p)
            s.flush()
            if on_hand:
                post_document(s, ADJUSTMENT, [MoveLine(p.id, on_hand)], "test", note="Opening stock")
            return p.id

    return make


@pytest.fixture
def order_input():
    """A complete, paid order for one product; keyword arguments change any field."""
    from app.services.orders.data import AddressData, LineInput, OrderInput

    def make(product_id: int | None = None, quantity: int = 1, price: str = "49.99", **kw) -> OrderInput:
        fields = {
            "customer_name": "Anna Kowalska", "email": "anna@example.pl", "phone": "+48 600 100 200",
            "shipping_address": AddressData("Anna Kowalska", "", "ul. Długa 5/3", "00-950", "Warszawa", "PL",
                                         "+48 600 100 200"),
            "lines": (LineInput(quantity=quantity, unit_price=Decimal(price), product_id=product_id, sku="" if product_id
                             else "NOPROD", name="Kubek"),),
            "shipping_method": "InPost Paczkomat", "shipping_cost": Decimal("12.99"),
            "payment_method": "prepaid", "payment_status": "paid",
        }
        fields.update(kw)
        return OrderInput(**fields)

    return make


@pytest.fixture
def ready_order(session, add_product, order_input):
    """Make an order of (product id, quantity) lines and verify it (ready, stock reserved); returns its id.
    Keyword arguments change the order's fields (e.g. shipping_method)."""
    from app.services.orders.data import LineInput
    from app.services.orders.editing import create_order
    from app.services.orders.verification import verify_orders

    def make(*lines: tuple[int, int], **fields) -> int:
        data = order_input(**fields, lines=tuple(LineInput(quantity=q, unit_price=Decimal("10.00"), product_id=p, sku="",
                                                 name="") for p, q in lines))
        oid = create_order(session, data, who="t")
        assert verify_orders(session, [oid], who="t", accept_duplicate=True)[oid] == []
        return oid

    return make


@pytest.fixture
def ksef_standin():
    """The local KSeF 2.0 stand-in (tests/support/ksef_standin.py) on 127.0.0.1, started for the test and
    stopped after it; its base_url goes to make_gateway(..., base_url=...), its nip and token are the seller's."""
    from tests.support.ksef_standin import KsefStandin

    standin = KsefStandin().start()
    yield standin
    standin.stop()


@pytest.fixture
def credential_store(tmp_path, monkeypatch):
    """The system credential store replaced, for one test, by a file-backed keyring (tests/core/invoicing/ksef/
    test_secrets_keyring.py; subprocesses find it through its environment variable); yields the file."""
    import keyring

    from app.services.invoicing.ksef import secrets
    from tests.core.invoicing.ksef.test_secrets_keyring import FILE_ENV, FileKeyring

    monkeypatch.setenv(FILE_ENV, str(tmp_path / "keyring.json"))
    monkeypatch.delenv(secrets.TOKEN_ENV, raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield tmp_path / "keyring.json"
    keyring.set_keyring(before)
