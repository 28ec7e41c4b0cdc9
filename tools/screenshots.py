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
    from PySide6.QtCore import QSettings

    QSettings().clear()  # nor those of an earlier run: every window at its first-open size
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
    for cls, name in (("TodayTab", "today"), ("OrdersTab", "orders"), ("StockTab", "stock"),
                      ("PrintingTab", "printing")):
        window.tabs.setCurrentWidget(window.tab(cls))
        grab(window, f"tab-{name}")
    invoices = window.tab("InvoicesTab")
    window.tabs.setCurrentWidget(invoices)
    rejected = next((r for r in range(invoices.model.rowCount())  # the details of one KSeF refused
                     if (invoices.model.index(r, 10).data() or "").startswith(("Odrzucona", "Rejected"))), 0)
    invoices.table.selectRow(rejected)
    grab(window, "tab-invoices")
    shots.extend(invoice_page(db, work, args.out))
    shoot_station(window, grab)
    shots.extend(shoot_complaints(window, ctx, db, work, args.out, grab))
    shoot_customers(window, ctx, db, grab)
    shots.extend(shoot_reports(window, db, work, args.out, grab))

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


def invoice_page(db, work: Path, out: Path) -> list[Path]:
    """Page 1 of a demo company's invoice as a PNG (pdftoppm, from poppler-utils), as it prints."""
    import shutil
    import subprocess

    from sqlalchemy import select

    from app.models import Invoice
    from app.services.invoicing.files import save_invoice_files

    if shutil.which("pdftoppm") is None:
        return []
    with db.session() as s:
        invoice_id = s.scalar(select(Invoice.id).where(Invoice.kind == "VAT", Invoice.buyer_nip.is_not(None))
                              .order_by(Invoice.id.desc()).limit(1))
    with db.session() as s:
        save_invoice_files(s, invoice_id, work / "invoice.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(work / "invoice.pdf"),
                    str(out / "invoice")], check=True)
    return [out / "invoice.png"]


def shoot_complaints(window, ctx, db, work: Path, out: Path, grab) -> list[Path]:
    """The Complaints tab (every case, newest first), a decided and answered case's window on each page, the registration window
    for a delivered order, and page 1 of an acceptance letter as printed."""
    import shutil
    import subprocess

    from sqlalchemy import select

    from app.models import Complaint, ComplaintLetter, Order
    from app.ui.complaints.case_window import CaseWindow
    from app.ui.complaints.register_dialog import RegisterDialog

    tab = window.tab("ComplaintsTab")
    window.tabs.setCurrentWidget(tab)
    window._status_of_current_tab(window.tabs.currentIndex())  # built while signals were blocked: its own counts
    tab.set_view("all")  # every state: the open ones coloured by days left, the decided and closed below
    tab.select_row(0)
    grab(window, "tab-complaints")
    with db.session() as s:
        decided = s.scalar(select(Complaint.id).join(ComplaintLetter, ComplaintLetter.complaint_id == Complaint.id)
                           .where(Complaint.status == "decided").limit(1)) or s.scalar(select(Complaint.id).limit(1))
        delivered = s.scalar(select(Order.id).where(Order.status == "delivered").order_by(Order.id.desc()).limit(1))
        letter = s.scalar(select(ComplaintLetter.pdf).where(ComplaintLetter.template == "accept").limit(1))
    case = CaseWindow(ctx, decided, window)
    for page, name in enumerate(("case", "case-letters", "case-remedy")):
        case.pages.setCurrentIndex(page)
        grab(case, name)
    case.close()
    register = RegisterDialog(ctx, window, order_id=delivered)
    grab(register, "complaint-register")
    register.close()
    if letter is None or shutil.which("pdftoppm") is None:
        return []
    (work / "letter.pdf").write_bytes(letter)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(work / "letter.pdf"),
                    str(out / "complaint-letter")], check=True)
    return [out / "complaint-letter.png"]


def shoot_customers(window, ctx, db, grab) -> None:
    """The Customers tab (everyone, the one who bought most selected), that customer's card, the follow-ups to do
    and the duplicates to merge."""
    from sqlalchemy import func, select

    from app.models import Order
    from app.ui.customers.follow_ups import FollowUpsView
    from app.ui.customers.merge_dialog import MergeDialog

    tab = window.tab("CustomersTab")
    window.tabs.setCurrentWidget(tab)
    window._status_of_current_tab(window.tabs.currentIndex())
    tab.set_view("all")
    with db.session() as s:
        best = s.scalar(select(Order.customer_id).where(Order.customer_id.is_not(None)).group_by(Order.customer_id)
                        .order_by(func.count(Order.id).desc(), Order.customer_id).limit(1))
    tab.model.fetch_up_to(tab.model.total or 0)
    row = tab.model.row_of(best) if best is not None else None
    tab.select_row(row if row is not None else 0)
    grab(window, "tab-customers")
    card = tab.open_current()
    if card is not None:
        grab(card, "customer-card")
        card.close()
    for name, dialog in (("customers-follow-ups", FollowUpsView(ctx, tab)), ("customers-merge", MergeDialog(ctx, tab))):
        grab(dialog, name)
        dialog.close()


def shoot_reports(window, db, work: Path, out: Path, grab) -> list[Path]:
    """The Reports tab (last month against the month before, by week) and the first page of the monthly PDF."""
    import subprocess
    from datetime import date

    from app.ui.reports.monthly import write_monthly_report

    tab = window.tab("ReportsTab")
    window.tabs.setCurrentWidget(tab)
    window._status_of_current_tab(window.tabs.currentIndex())
    tab.preset.setCurrentIndex(tab.preset.findData("last_month"))  # a whole month against the one before
    tab.refresh()
    grab(window, "tab-reports")
    today = date.today()
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    pdf = work / "report.pdf"
    with db.session() as s:
        write_monthly_report(s, year, month, pdf, "pl")
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(out / "monthly-report")], check=True)
    return [out / "monthly-report.png"]


def shoot_station(window, grab) -> None:
    """The packing station in its states: waiting (the queue), a wrong item, complete, station mode."""
    from sqlalchemy import select

    from app.models import Product

    tab = window.tab("PackingTab")
    window.tabs.setCurrentWidget(tab)
    station = tab.station
    station.sounds.enabled = False
    station.refresh_queue()
    grab(window, "packing-waiting")
    several = [e for e in station.queue if not e.station and e.items >= 3]
    if not several:
        return
    station.open_entry(several[0])
    on_order = {line.product_id for line in station.order.lines}
    with window.ctx.db.session() as s:
        other = s.scalar(select(Product.ean).where(Product.ean.is_not(None), Product.id.not_in(on_order)).limit(1))
    first = station.order.lines[0]
    station.scan(f"{first.ordered}*{first.ean or first.sku}")
    if other:
        station.scan(other)
    grab(window, "packing-wrong-item")
    for line in station.state.lines:
        if line.left:
            station.scan(f"{line.left}*{line.ean or line.sku}")
    grab(window, "packing-complete")
    tab.set_station_mode(True)
    grab(window, "packing-station-mode")
    tab.set_station_mode(False)  # the open order goes back to the queue when the window closes (save_state)
    from app.ui.packing.log_dialog import PackLogDialog
    from app.ui.packing.settings_dialog import StationSettingsDialog

    for name, dialog in (("pack-log", PackLogDialog(window.ctx, window)),
                         ("station-settings", StationSettingsDialog(window.ctx, station, window))):
        grab(dialog, name)
        dialog.close()


if __name__ == "__main__":
    sys.exit(main())
