"""Screenshots of every tab and dialog on a demo shop, in Polish (or English) at 1366 x 768, for the README and
for looking at what we built before saying it is done.

    uv run python tools/screenshots.py                 # Polish, into docs/screenshots/
    uv run python tools/screenshots.py --lang en --out /tmp/shots

Qt runs offscreen on a 1366 x 768 screen (tests/support/screen_1366x768.json); the demo shop is made in a
temporary folder and removed after.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("pl", "en"), default="pl")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'tests' / 'support' / 'screen_1366x768.json'}"
    work = Path(tempfile.mkdtemp(prefix="zaplecze-shots-"))
    os.environ["ZAPLECZE_DATA_DIR"] = str(work / "data")
    from sqlalchemy import select

    from app.config import station_name
    from app.db import open_database
    from app.models import Order, Product
    from app.services.demo.shop import fill_demo
    from app.ui.app import make_qapp
    from app.ui.kit.context import AppContext
    from app.ui.kit.i18n import install_translations
    from app.ui.kit.tasks import Tasks

    app = make_qapp()
    app.setOrganizationName("ZapleczeScreenshots")  # remembered sizes of a user's own desktop stay out of it
    install_translations(app, args.lang)
    Tasks.synchronous = True  # every read done before the picture is taken
    db = open_database(work / "demo.db", create=True)
    fill_demo(db, orders=600)
    ctx = AppContext(db=db, who=station_name())
    with db.session() as s:
        packed = s.scalar(select(Order.id).where(Order.status == "packed").limit(1))
        ready = s.scalar(select(Order.id).where(Order.status == "ready").limit(1))
        product = s.scalar(select(Product.id).limit(1))
    args.out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def grab(widget, name: str) -> None:
        widget.show()
        for _ in range(5):
            app.processEvents()
        path = args.out / f"{args.lang}-{name}.png"
        widget.grab().save(str(path))
        shots.append(path)

    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    for index, name in enumerate(("orders", "stock", "printing")):
        window.tabs.setCurrentIndex(index)
        grab(window, f"tab-{name}")

    from app.ui.importing.dialog import ImportDialog
    from app.ui.orders.dialog import OrderDialog
    from app.ui.printing.service import PrintService
    from app.ui.settings.dialog import PrinterSettingsDialog
    from app.ui.shipping.dispatch_dialog import DispatchDialog
    from app.ui.shipping.shipment_dialog import ShipmentDialog
    from app.ui.stock.product_card import ProductDialog
    from app.ui.stock.receipt_dialog import ReceiptDialog
    from app.ui.stock.reorder_dialog import ReorderDialog
    from app.ui.stock.stocktake_dialog import StocktakeDialog

    dialogs = [
        ("order-ready", lambda: OrderDialog(ctx, ready, window)),
        ("order-packed", lambda: OrderDialog(ctx, packed, window)),
        ("order-new", lambda: OrderDialog(ctx, None, window)),
        ("import-orders", lambda: ImportDialog(ctx, window)),
        ("product-card", lambda: ProductDialog(ctx, product, window)),
        ("goods-receipt", lambda: ReceiptDialog(ctx, window)),
        ("reorder", lambda: ReorderDialog(ctx, window)),
        ("stocktake", lambda: StocktakeDialog(ctx, window)),
        ("shipment", lambda: ShipmentDialog(ctx, packed, window)),
        ("dispatch", lambda: DispatchDialog(ctx, PrintService(ctx), window)),
        ("settings", lambda: PrinterSettingsDialog(ctx, window)),
    ]
    for name, make in dialogs:
        dialog = make()
        grab(dialog, name)
        dialog.close()
    window.close()
    db.dispose()
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    for path in shots:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
