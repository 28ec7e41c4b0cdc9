"""The command line contract of DESIGN.md. Each sub-command lives in its own module and registers itself here.

A sub-command module defines `register(subparsers)` that adds its parser and sets `func=handler`;
a handler takes the parsed args and returns the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys

from app import __version__
from app.core.messages import msg

# Modules that add sub-commands (missing ones are skipped, so a half-built tree still starts).
COMMAND_MODULES = (
    "app.cli.basic",        # check, backup, demo-data
    "app.cli.importing",    # import orders|products
    "app.cli.exporting",    # export orders|stock|...
    "app.cli.documents",    # label, picklist, packing-slip
    "app.cli.invoicing",    # invoice
    "app.cli.ksef",         # ksef send|status
    "app.cli.deadlines",    # deadlines (complaints and returns)
    "app.cli.customers",    # customer export|anonymise (personal data)
    "app.cli.reports",      # report (the monthly PDF)
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zaplecze", description="Back office for small web shops.")
    parser.add_argument("--version", action="version", version=f"zaplecze {__version__}")
    parser.add_argument("--db", help="database file path or SQLAlchemy URL (default: the user data folder)")
    parser.add_argument("--demo", action="store_true", help="open a fresh demo shop in a temporary folder")
    parser.add_argument("--lang", choices=("pl", "en"), help="user interface language (default: the system's)")
    parser.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)  # smoke tests of the bundle
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


class WrongArguments(Exception):
    """Arguments the command cannot take (a label as .png, an export that is not .xlsx): exit code 2, like
    argparse's own errors; 1 is for a refusal of the data (a bad file, an unknown order, faults found)."""


def add_db_arg(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument("--db", required=required, help="database file path or SQLAlchemy URL")


_say: list = []  # the translator of the language in use (set by run); none: English as written


def say(text: str) -> str:
    """A message for people in the user's language: each line matched back to its msg() template and translated
    (app.ui.kit.domain_text, the window's own), its indentation kept. English when no translation is loaded."""
    if not _say:
        return text
    out = []
    for line in text.split("\n"):
        body = line.lstrip(" ")
        out.append(line[: len(line) - len(body)] + _say[0](body) if body else line)
    return "\n".join(out)


def cli_language(lang: str | None) -> str:
    """--lang, else the system's (LC_ALL, LC_MESSAGES, LANG), as the window follows the system."""
    import os

    if lang:
        return lang
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "pl" if value.lower().startswith("pl") else "en"
    return "en"


def _load_language(lang: str) -> None:
    """Polish: the window's own translation (app.ui.kit.i18n), loaded without a window or a display."""
    _say.clear()
    if lang == "pl":
        from app.ui.kit.i18n import text_translator

        _say.append(text_translator(lang))


def emit(args: argparse.Namespace, data: dict, text: str) -> None:
    """Print JSON with --json (the same in every language), else the human text in the user's language."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(say(text))


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from app.config import setup_logging

    setup_logging()
    if args.command is None:
        from app.ui.app import run_gui

        return run_gui(args)
    from sqlalchemy.exc import DatabaseError

    from app.core.errors import DomainError

    _load_language(cli_language(args.lang))
    try:
        return int(args.func(args) or 0)
    except WrongArguments as exc:
        print(say(msg("error: {message}", message=str(exc))), file=sys.stderr)
        return 2
    except DomainError as exc:
        print(say(msg("error: {message}", message=str(exc))), file=sys.stderr)
        return 1
    except DatabaseError as exc:
        # A damaged file or not a database at all: say so in one line (the traceback goes to the log file).
        logging.getLogger("zaplecze").exception("command %s failed", args.command)
        from app.config import db_url
        from app.dbfile import explain

        url = db_url(args.db)
        where = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else args.db
        print(say(msg("error: {message}", message=explain(exc, where))), file=sys.stderr)
        return 1
    except Exception:
        logging.getLogger("zaplecze").exception("command %s failed", args.command)
        raise
