"""ksef send, ksef status: the KSeF send queue from the command line (DESIGN.md's contract).

`send` queues the invoices named (or takes everything queued with --all-queued) and sends them in one KSeF
session through app.services.invoicing.ksef.sending: nothing is sent twice, an interrupted run is finished by the
next one. The token comes from the system's credential store (kept there by the settings window), or from the
environment variable ZAPLECZE_KSEF_TOKEN for scripts; it is never printed or logged.

Exit codes: 0 done (everything handled is accepted, or still being processed by KSeF); 1 refused (KSeF rejected
an invoice or refused the request, an unknown invoice); 2 wrong arguments or not available (no token, no seller
NIP, KSeF cannot be reached: what was not sent stays queued).
"""

from __future__ import annotations

import argparse

from app.cli import WrongArguments, add_db_arg, emit, say
from app.core.messages import msg

_ENVIRONMENTS = ("test", "demo", "prod")
_TOKEN_HELP = ("The KSeF token is read from the system's credential store (entered in the settings window), or "
               "from the environment variable ZAPLECZE_KSEF_TOKEN, which wins (for scripts).")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ksef", help="send invoices to KSeF, the national e-invoice system, and show their states",
                       description="Send invoices to KSeF and show what waits. " + _TOKEN_HELP)
    ksef = p.add_subparsers(dest="ksef_command", required=True)

    s = ksef.add_parser("send", help="send the invoices named, or everything queued, to KSeF",
                        description="Queue the invoices named and send them, or send everything queued "
                        "(--all-queued), in one KSeF session; an invoice already sent is never sent again, and one "
                        "whose answer was lost is asked for. What cannot be sent stays queued. " + _TOKEN_HELP,
                        epilog="Exit codes: 0 done (accepted, or still processed by KSeF), 1 rejected or refused, "
                        "2 wrong arguments or not available (no token, KSeF unreachable: the rest stays queued).")
    s.add_argument("invoices", nargs="*", metavar="INVOICE", help="invoice or correction numbers, e.g. FV/2026/01/1")
    add_db_arg(s)
    s.add_argument("--all-queued", action="store_true", help="send everything queued (and finish earlier runs)")
    s.add_argument("--env", choices=_ENVIRONMENTS, help="KSeF environment (default: the shop's invoice settings)")
    s.add_argument("--base-url", metavar="URL", help="another KSeF API address than the environment's (a local "
                   "stand-in in tests)")
    s.add_argument("--wait", type=float, default=30.0, metavar="SECONDS",
                   help="how long to wait for KSeF's status of each invoice (default 30); one not processed by then "
                   "is asked for by the next run")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_send)

    t = ksef.add_parser("status", help="how many invoices wait for KSeF, since when, and by which deadline",
                        description="The KSeF states of the shop's invoices and corrections; read-only.")
    add_db_arg(t)
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=cmd_status)


def _ids_by_number(session, numbers: list[str]) -> list[int]:
    from sqlalchemy import select

    from app.core.errors import NotFound
    from app.models import Invoice

    with session.begin():
        found = dict(session.execute(select(Invoice.number, Invoice.id).where(Invoice.number.in_(numbers))).all())
    missing = [n for n in numbers if n not in found]
    if missing:
        raise NotFound(msg("Unknown invoice: {numbers}", numbers=", ".join(missing)))
    return [found[n] for n in numbers]


def _numbers(session, ids) -> list[str]:
    from sqlalchemy import select

    from app.models import Invoice

    if not ids:
        return []
    with session.begin():
        found = dict(session.execute(select(Invoice.id, Invoice.number).where(Invoice.id.in_(list(ids)))).all())
    return [found[i] for i in ids]


def cmd_send(args: argparse.Namespace) -> int:
    import sys

    from app.db import open_database
    from app.services.invoicing.ksef import secrets
    from app.services.invoicing.ksef.gateway import make_gateway
    from app.services.invoicing.ksef.queue import queue
    from app.services.invoicing.ksef.sending import send_queued
    from app.services.invoicing.settings import get_settings

    if bool(args.invoices) == bool(args.all_queued):
        raise WrongArguments(msg("name the invoices to send, or give --all-queued (not both)."))
    if args.wait < 0:
        raise WrongArguments(msg("--wait is a number of seconds, 0 or more."))
    from app.config import station_name

    db = open_database(args.db, verify=True)
    try:
        session = db.session()
        settings = get_settings(session)
        session.close()
        environment = args.env or settings.ksef_environment or "test"
        nip = settings.nip
        if not nip:
            raise WrongArguments(msg("the seller's NIP is not set: fill in the invoice settings first."))
        token = secrets.ksef_token(nip, environment)
        if not token:
            raise WrongArguments(msg("no KSeF token for NIP {nip} ({environment}): enter it in the settings window "
                                     "or give it in ZAPLECZE_KSEF_TOKEN.", nip=nip, environment=environment))
        with db.session() as session:
            ids = None
            if args.invoices:
                ids = _ids_by_number(session, args.invoices)
                queue(session, ids)
            gateway = make_gateway(environment, nip, token, base_url=args.base_url)
            try:
                summary = send_queued(session, gateway, station_name(), ids=ids, wait_seconds=args.wait,
                                      poll_seconds=min(1.0, args.wait) or 1.0)
            finally:
                close = getattr(gateway, "close", None)
                if close is not None:
                    close()
            names = {k: _numbers(session, getattr(summary, k))
                     for k in ("sent", "accepted", "rejected", "awaiting", "waiting", "left")}
            rejected = _rejections(session, summary.rejected)
    finally:
        db.dispose()
    data = {**names, "rejections": rejected, "stopped": summary.stopped, "unavailable": summary.unavailable,
            "environment": environment}
    lines = [msg("KSeF ({environment}): sent {sent}, accepted {accepted}, rejected {rejected}, awaiting KSeF "
                 "{awaiting}.", environment=environment, sent=len(names["sent"]), accepted=len(names["accepted"]),
                 rejected=len(names["rejected"]), awaiting=len(names["awaiting"]))]
    lines += ["  " + msg("{invoice}: rejected, {code} {description}", invoice=r["number"], code=r["code"] or "",
                  description=r["description"]) for r in rejected]
    if names["waiting"]:
        lines.append(msg("Corrections waiting for their invoice's KSeF number: {numbers}",
                         numbers=", ".join(names["waiting"])))
    if summary.stopped:
        print(say(msg("error: {message}", message=summary.stopped)), file=sys.stderr)
        lines.append(msg("Not sent, still queued: {numbers}", numbers=", ".join(names["left"]) or "-"))
    emit(args, data, "\n".join(lines))
    if summary.unavailable:
        return 2
    return 1 if summary.stopped or summary.rejected else 0


def _rejections(session, ids) -> list[dict]:
    from sqlalchemy import select

    from app.models import Invoice

    if not ids:
        return []
    with session.begin():
        rows = session.execute(select(Invoice.number, Invoice.ksef_error_code, Invoice.ksef_error,
                                      Invoice.ksef_error_details).where(Invoice.id.in_(list(ids)))
                               .order_by(Invoice.id)).all()
    return [{"number": n, "code": c, "description": d, "details": [x for x in det.split("\n") if x]}
            for n, c, d, det in rows]


def cmd_status(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.db import open_database
    from app.models import Invoice
    from app.services.invoicing.ksef.queue import queued, state_counts
    from app.services.invoicing.ksef.states import REJECTED

    db = open_database(args.db, readonly=True)
    try:
        with db.session() as session:
            counts = state_counts(session)
            info = queued(session)
            with session.begin():
                rows = session.execute(select(Invoice.number, Invoice.ksef_error_code, Invoice.ksef_error)
                                       .where(Invoice.ksef_status == REJECTED).order_by(Invoice.id)).all()
    finally:
        db.dispose()
    data = {"states": {k or "not_sent": v for k, v in counts.items()}, "queued": info.count,
            "offline": info.offline, "queued_since": info.oldest.isoformat() if info.oldest else None,
            "deadline": info.deadline.isoformat() if info.deadline else None, "awaiting": info.awaiting,
            "rejected": [{"number": n, "code": c, "description": d} for n, c, d in rows]}
    lines = [msg("Not sent {not_sent}, queued {queued}, sent awaiting KSeF {sent}, accepted {accepted}, rejected "
                 "{rejected}.", not_sent=counts[""], queued=counts["queued"], sent=counts["sent"],
                 accepted=counts["accepted"], rejected=counts["rejected"])]
    if info.count:
        lines.append(msg("Queued since {since}, offline {offline}; to be sent by {deadline}.",
                         since=info.oldest.strftime("%Y-%m-%d %H:%M UTC") if info.oldest else "-",
                         offline=info.offline, deadline=info.deadline.isoformat() if info.deadline else "-"))
    lines += ["  " + msg("{invoice}: rejected, {code} {description}", invoice=n, code=c or "", description=d)
              for n, c, d in rows]
    emit(args, data, "\n".join(lines))
    return 0
