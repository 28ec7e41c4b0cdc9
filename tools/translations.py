"""Update the Polish translation: collect tr() strings with pyside6-lupdate, fill them from the
glossary in resources/translations/pl.json, compile the .qm with pyside6-lrelease.

    uv run python tools/translations.py          # update .ts, fill, compile
    uv run python tools/translations.py --check  # exit 1 listing strings without a Polish translation

A translator may also edit the .ts in Qt Linguist (pyside6-linguist); the glossary only fills what is
unfinished, so Linguist's work is kept.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "zaplecze_pl.ts"
QM = TS.with_suffix(".qm")
GLOSSARY = ROOT / "resources" / "translations" / "pl.json"


def tool(name: str) -> str:
    exe = shutil.which(name) or str(Path(sys.executable).parent / name)
    return exe


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


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
    glossary = json.loads(GLOSSARY.read_text(encoding="utf-8"))
    target = TS
    if args.check:
        import tempfile

        target = Path(tempfile.mkdtemp()) / TS.name
        if TS.exists():
            shutil.copyfile(TS, target)
    lupdate(target)
    missing = fill(target, glossary)
    if missing:
        for ctx, src in missing:
            print(f"untranslated: [{ctx}] {src!r}")
        if args.check:
            return 1
    if not args.check:
        subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
        print(f"{TS.name}: {len(messages(TS))} messages, {len(missing)} untranslated; compiled {QM.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
