"""Update the Polish translation: collect tr() strings with pyside6-lupdate and the services' msg()
templates (context "Domain", see app/services/messages.py), fill them from the glossary in
resources/translations/pl*.json, compile the .qm with pyside6-lrelease.

    uv run python tools/translations.py          # update .ts, fill, compile
    uv run python tools/translations.py --check  # exit 1 listing strings without a Polish translation

A translator may also edit the .ts in Qt Linguist (pyside6-linguist); the glossary only fills what is
unfinished, so Linguist's work is kept.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "zaplecze_pl.ts"
QM = TS.with_suffix(".qm")
GLOSSARIES = ROOT / "resources" / "translations"
DOMAIN_LIST = ROOT / "resources" / "translations" / "domain_messages.json"
DOMAIN_SOURCES = ("app/core", "app/services", "app/importers", "app/printing", "app/db.py", "app/dbfile.py", "app/cli")
DOMAIN_CONTEXT = "Domain"


def tool(name: str) -> str:
    exe = shutil.which(name) or str(Path(sys.executable).parent / name)
    return exe


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def domain_templates() -> list[str]:
    """Every literal first argument of msg(...) in the services and importers (the English templates)."""
    found: set[str] = set()
    for folder in DOMAIN_SOURCES:
        base = ROOT / folder
        for path in [base] if base.is_file() else sorted(base.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"
                        and node.args and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    found.add(node.args[0].value)
    return sorted(found)


def add_domain(ts: Path, templates: list[str]) -> None:
    """lupdate reads only Qt calls; put the services' templates in the .ts as context "Domain"."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for ctx in root.findall("context"):
        if ctx.findtext("name") == DOMAIN_CONTEXT:
            root.remove(ctx)
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = DOMAIN_CONTEXT
    for template in templates:
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = template
        ET.SubElement(message, "translation", type="unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def glossary() -> dict[str, str]:
    """pl.json and any pl_*.json beside it (one file per area keeps parallel work apart)."""
    merged: dict[str, str] = {}
    for path in sorted(GLOSSARIES.glob("pl*.json")):
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts)
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source") or "", msg))
    return out


def fill(ts: Path, glossary: dict[str, str]) -> list[tuple[str, str]]:
    """Fill unfinished entries from the glossary ('Context|source' beats plain 'source'); return what is missing."""
    tree = ET.parse(ts)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            done = tr.get("type") not in ("unfinished", "vanished", "obsolete") and (tr.text or "")
            text = glossary.get(f"{name}|{source}") or glossary.get(source)
            if text:
                tr.text = text
                tr.attrib.pop("type", None)
            elif not done:
                missing.append((name, source))
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    words = glossary()
    templates = domain_templates()
    listed = json.dumps(templates, ensure_ascii=False, indent=1) + "\n"
    target = TS
    if args.check:
        import tempfile

        target = Path(tempfile.mkdtemp()) / TS.name
        if TS.exists():
            shutil.copyfile(TS, target)
    lupdate(target)
    add_domain(target, templates)
    missing = fill(target, words)
    if args.check and (not DOMAIN_LIST.exists() or DOMAIN_LIST.read_text(encoding="utf-8") != listed):
        print(f"{DOMAIN_LIST.name} is out of date")
        missing.append((DOMAIN_CONTEXT, "(the list of templates)"))
    if missing:
        for ctx, src in missing:
            print(f"untranslated: [{ctx}] {src!r}")
        if args.check:
            return 1
    if not args.check:
        DOMAIN_LIST.write_text(listed, encoding="utf-8")
        subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
        extra = GLOSSARIES / "qt_extra_pl.ts"  # Qt's own strings qtbase_pl misses, written by hand
        subprocess.run([tool("pyside6-lrelease"), str(extra), "-qm", str(extra.with_suffix(".qm"))], check=True,
                       capture_output=True)
        print(f"{TS.name}: {len(messages(TS))} messages, {len(missing)} untranslated; compiled {QM.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
