"""label: an order's shipping label as a PDF (100 x 150 mm) or ZPL II file; picklist and packing-slip: the
packing documents (A4 pick list for a batch of orders, A4 or A6 packing slip), read from a file opened read-only.

(`invoice` belongs to the invoicing work and registers itself when it exists.)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import WrongArguments, add_db_arg, emit
from app.core.messages import msg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("label", help="write an order's shipping label: FILE.pdf (100 x 150 mm) or FILE.zpl (ZPL II)")
    p.add_argument("order", metavar="ORDER", help="our order number (or the shop's number)")
    add_db_arg(p)
    p.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.zpl")
    p.add_argument("--dpi", type=int, choices=(203, 300), default=203, help="label printer resolution (default 203)")
    p.add_argument("--lang", dest="label_lang", choices=("pl", "en"), default="pl", help="captions on the label (default pl)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_label)

    p = sub.add_parser("picklist", help="write the A4 pick list of a batch of orders (in bin order) to FILE.pdf")
    p.add_argument("orders", metavar="ORDER", nargs="+", help="our order numbers (or the shop's numbers)")
    add_db_arg(p)
    p.add_argument("--out", required=True, type=Path, help="FILE.pdf")
    p.add_argument("--lang", dest="doc_lang", choices=("pl", "en"), default="pl", help="captions (default pl)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_picklist)

    p = sub.add_parser("packing-slip", help="write an order's packing slip (its number as Code 128) to FILE.pdf")
    p.add_argument("order", metavar="ORDER", help="our order number (or the shop's number)")
    add_db_arg(p)
    p.add_argument("--out", required=True, type=Path, help="FILE.pdf")
    p.add_argument("--size", choices=("a4", "a6"), default="a4", help="page size (default a4)")
    p.add_argument("--lang", dest="doc_lang", choices=("pl", "en"), default="pl", help="captions (default pl)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_packing_slip)


def cmd_label(args: argparse.Namespace) -> int:
    from app.db import open_database
    from app.services.orders.editing import find_order_id
    from app.services.shipping.data import ShipmentInput
    from app.services.shipping.shipments import create_shipment, label_data, shipment_id_for_order

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".zpl"):
        raise WrongArguments(f"{args.out}: the label is written as .pdf or .zpl, not '{suffix or '(no extension)'}'.")
    db = open_database(args.db, verify=True)  # the label may add the shipment: a sound, existing shop only
    created = False
    with db.session() as session:
        order_id = find_order_id(session, args.order)
        shipment_id = shipment_id_for_order(session, order_id)
        if shipment_id is None:  # the order's shipping method decides carrier and service, as in the app
            from app.config import station_name

            shipment_id = create_shipment(session, order_id, ShipmentInput(), who=station_name())
            created = True
        labels = label_data(session, [shipment_id])
    if suffix == ".zpl":
        from app.printing.labels.zpl import render_zpl

        data = render_zpl(labels, args.dpi, args.label_lang)
    else:
        from app.printing.labels.pdf import render_labels

        data = render_labels(labels, dpi=args.dpi, lang=args.label_lang, title=f"Label {labels[0].order_number}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    first = labels[0]
    emit(args, {"order": first.order_number, "out": str(args.out), "labels": len(labels), "carrier": first.carrier,
                "service": first.service, "tracking_numbers": [lab.tracking_number for lab in labels],
                "shipment_created": created},
         msg("{file}: labels for order {number} ({count}), {carrier} {service}", file=args.out, count=len(labels),
             number=first.order_number, carrier=first.carrier, service=first.service)
         + (" (shipment created from the order's shipping method)" if created else ""))
    return 0


def _pdf_out(args: argparse.Namespace) -> None:
    if args.out.suffix.lower() != ".pdf":
        raise WrongArguments(f"{args.out}: this document is written as .pdf, not '{args.out.suffix or '(no extension)'}'.")


def _read(args: argparse.Namespace, read):
    from app.db import open_database

    db = open_database(args.db, readonly=True, verify=True)  # a mistyped path is refused, never made a new shop
    try:
        with db.session() as session:
            return read(session)
    finally:
        db.dispose()


def cmd_picklist(args: argparse.Namespace) -> int:
    from app.printing.picklist import render_picklist
    from app.services.documents.packing import picklist_data

    _pdf_out(args)
    data = _read(args, lambda session: picklist_data(session, args.orders))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    render_picklist(data, args.out, lang=args.doc_lang)
    emit(args, {"out": str(args.out), "orders": [o.number for o in data.orders], "products": len(data.lines),
                "units": data.units},
         msg("{file}: pick list; orders: {orders}, products: {products}, units: {units}", file=args.out,
             orders=len(data.orders), products=len(data.lines), units=data.units))
    return 0


def cmd_packing_slip(args: argparse.Namespace) -> int:
    from app.printing.packing_slip import render_packing_slip
    from app.services.documents.packing import packing_slip_data

    _pdf_out(args)
    data = _read(args, lambda session: packing_slip_data(session, args.order))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    render_packing_slip(data, args.out, size=args.size, lang=args.doc_lang)
    emit(args, {"out": str(args.out), "order": data.order_number, "size": args.size, "lines": len(data.lines),
                "units": data.units},
         msg("{file}: packing slip of order {number}; units: {units}", file=args.out, number=data.order_number,
             units=data.units))
    return 0
