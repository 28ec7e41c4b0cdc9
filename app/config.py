"""Paths, logging and the typed registry of application settings.

Window state lives in QSettings (UI only); shop settings live in the database.
This module stays Qt-free so the CLI and the core tests can use it.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from app.core.shop_time import SHOP_TZ_DEFAULT  # noqa: F401 - defined in the ground, known here as ever

APP_NAME = "Zaplecze"
APP_AUTHOR = "Zaplecze"


def data_dir() -> Path:
    """The user's data folder; ZAPLECZE_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("ZAPLECZE_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "zaplecze.db"


def db_url(db: str | os.PathLike[str] | None) -> str:
    """A --db value may be a path or a full SQLAlchemy URL."""
    if db is None:
        return f"sqlite:///{default_db_path()}"
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def resource_path(*parts: str) -> Path:
    """Find a bundled resource in a PyInstaller bundle, an installed wheel or the source tree."""
    candidates = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "_resources"]
    for base in candidates:
        if base.is_dir():
            return base.joinpath(*parts)
    return candidates[-1].joinpath(*parts)


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file in the data folder, so a user can send it to us after a crash."""
    log_file = data_dir() / "zaplecze.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return log_file


@dataclass(frozen=True)
class Setting:
    """One remembered value of this computer's user (QSettings, read and written by app.ui.kit.settings).

    `kind` is the type QSettings converts the stored value to (None: Qt's own state blobs, kept as they are).
    Shop settings (seller, series, carriers, printers) are not here: they live in the shop's database.
    """

    key: str
    default: object
    kind: type | None
    doc: str


class Settings:
    """The registry: every key the app remembers, with its default. No other module spells a key."""

    MAIN_GEOMETRY = Setting("main/geometry", None, None, "Main window position and size")
    MAIN_STATE = Setting("main/state", None, None, "Main window toolbars and docks")
    MAIN_TAB = Setting("main/tab", 0, int, "The tab open at the last close, opened again at start")
    ORDERS_HEADER = Setting("orders/header", None, None, "Orders list: column widths, order and sort")
    ORDERS_SPLITTER = Setting("orders/splitter", None, None, "Orders tab: filters beside the list")
    STOCK_HEADER = Setting("stock/header", None, None, "Stock list: column widths, order and sort")
    STOCK_SPLITTER = Setting("stock/splitter", None, None, "Stock tab: filters beside the list")
    STOCK_CATEGORY_SHOWN = Setting("stock/category_shown", False, bool,
                                   "Stock list: the Category column shown (the list header's right-click menu)")
    PRINTING_QUEUE_HEADER = Setting("printing/queue_header", None, None, "Printing tab: the queue's columns")
    PRINTING_LOG_HEADER = Setting("printing/log_header", None, None, "Printing tab: the print log's columns")
    PRINTING_SPLITTER = Setting("printing/splitter", None, None, "Printing tab: queue above the log")
    ORDER_GEOMETRY = Setting("order/geometry", None, None, "Order window position and size (the last one closed)")
    IMPORT_GEOMETRY = Setting("import/geometry", None, None, "Import orders window position and size")
    IMPORT_MAPPING_GEOMETRY = Setting("import/mapping_geometry", None, None, "Column mapping window position and size")
    IMPORT_COLUMNS = Setting("import/columns", None, None, "Import preview: column widths")
    IMPORT_FOLDER = Setting("import/folder", "", str, "Folder the last orders file was imported from")
    PRODUCT_CARD_GEOMETRY = Setting("product_dialog/geometry", None, None, "Product card position and size")
    SHIPMENT_GEOMETRY = Setting("shipment_dialog/geometry", None, None, "Shipment window position and size")
    DISPATCH_GEOMETRY = Setting("dispatch_dialog/geometry", None, None, "Dispatch manifests window position and size")
    PRINTER_SETTINGS_GEOMETRY = Setting("printer_settings/geometry", None, None,
                                        "Printers and shipping settings window position and size")
    RECEIPT_GEOMETRY = Setting("stock/receipt_geometry", None, None, "Goods receipt window position and size")
    ADJUST_GEOMETRY = Setting("stock/adjust_geometry", None, None, "Adjust / write off / return window size")
    REORDER_GEOMETRY = Setting("stock/reorder_geometry", None, None, "Reorder suggestions window position and size")
    STOCKTAKE_GEOMETRY = Setting("stock/stocktake_geometry", None, None, "Stocktake window position and size")
    PRODUCTS_IMPORT_GEOMETRY = Setting("stock/products_import_geometry", None, None,
                                       "Products import preview window position and size")
    REORDER_FOLDER = Setting("reorder/folder", "", str, "Folder the order sheets were last written to")
    STOCKTAKE_FOLDER = Setting("stocktake/folder", "", str, "Folder of the last count sheet")
    PACK_LOG_GEOMETRY = Setting("packing/log_geometry", None, None, "Pack log window position and size")
    PACK_LOG_FOLDER = Setting("packing/log_folder", "", str, "Folder the pack log was last exported to")
    PACKING_STATION = Setting("packing/station", "", str, "This packing station's name (empty: the computer's user)")
    PACKING_PACKER = Setting("packing/packer", "", str, "Who packs at this station (empty: the signed-in user)")
    PACKING_CARRIER = Setting("packing/carrier", "*", str, "Packing queue: the carrier filter ('*': all)")
    PACKING_LOCATION_FIRST = Setting("packing/location_first", False, bool, "Packing: scan the shelf, then its items")
    PACKING_SOUNDS = Setting("packing/sounds", True, bool, "Packing: sounds for right and wrong scans")
    PACKING_PRINT_SLIP = Setting("packing/print_slip", False, bool, "Packing: print the packing slip with the label")
    PACKING_STATION_MODE = Setting("packing/station_mode", False, bool,
                                   "Station mode: the window locked to the Packing tab (leaving needs the PIN)")
    PACKING_SCALE_PORT = Setting("packing/scale_port", "", str,
                                 "Packing: the scale's serial port (COM3, ttyUSB0; empty: no scale, weight typed)")
    PACKING_SCALE_PROTOCOL = Setting("packing/scale_protocol", "mt-sics", str,
                                     "Packing: what the scale speaks ('mt-sics' or 'continuous')")
    PACKING_SCALE_BAUD = Setting("packing/scale_baud", 9600, int, "Packing: the scale's baud rate")
    PACKING_PRINT_INVOICE = Setting("packing/print_invoice", False, bool,
                                    "Packing: issue the order's invoice (if it has none) and print it with the label")
    INVOICE_LOGO_FOLDER = Setting("invoices/logo_folder", "", str, "Folder the seller's logo was last chosen from")
    NBP_FOLDER = Setting("invoices/nbp_folder", "", str, "Folder the last NBP exchange-rate table was read from")
    INVOICES_HEADER = Setting("invoices/header", None, None, "Invoices list: column widths, order and sort")
    INVOICES_SPLITTER = Setting("invoices/splitter", None, None, "Invoices tab: the list above the invoice's details")
    INVOICES_PERIOD = Setting("invoices/period", "all", str, "Invoices tab: the period shown ('all', 'this_month', ...)")
    INVOICES_FOLDER = Setting("invoices/files_folder", "", str, "Folder invoices' PDF and XML were last saved to")
    CORRECTION_GEOMETRY = Setting("invoices/correction_geometry", None, None, "Correction invoice window size")
    KSEF_AUTO_SEND = Setting("ksef/auto_send", False, bool,
                             "KSeF: send an invoice right after it is issued (unreachable: queued offline)")
    UPO_FOLDER = Setting("ksef/upo_folder", "", str, "Folder a KSeF UPO was last exported to")
    COMPLAINTS_HEADER = Setting("complaints/header", None, None, "Complaints list: column widths, order and sort")
    COMPLAINTS_SPLITTER = Setting("complaints/splitter", None, None, "Complaints tab: the list above the case's details")
    COMPLAINTS_VIEW = Setting("complaints/view", "open", str, "Complaints tab: the view shown ('open', 'overdue', ...)")
    CASE_GEOMETRY = Setting("complaints/case_geometry", None, None, "Case window position and size")
    CUSTOMERS_HEADER = Setting("customers/header", None, None, "Customers list: column widths and order")
    CUSTOMERS_SPLITTER = Setting("customers/splitter", None, None, "Customers tab: the list above the details")
    CUSTOMERS_VIEW = Setting("customers/view", "all", str, "Customers tab: the view shown ('all', 'vip', ...)")
    REPORTS_PERIOD = Setting("reports/period", "this_month", str, "Reports tab: the period picked ('last_30', ...)")
    REPORTS_RANGE = Setting("reports/range", "", str, "Reports tab: the days of a From – to period (two ISO dates)")
    REPORTS_STEP = Setting("reports/step", "week", str, "Reports tab: the step of the charts ('day', 'week', 'month')")
    REPORTS_COMPARE = Setting("reports/compare", True, bool, "Reports tab: compared with the previous period")
    CUSTOMER_CARD_GEOMETRY = Setting("customers/card_geometry", None, None, "Customer card position and size")
    CUSTOMERS_FOLDER = Setting("customers/folder", "", str, "Folder the customers list was last exported to")

    @classmethod
    def all(cls) -> list[Setting]:
        return [v for v in vars(cls).values() if isinstance(v, Setting)]


def station_name() -> str:
    return os.environ.get("ZAPLECZE_STATION") or os.environ.get("USER") or os.environ.get("USERNAME") or "station-1"
