"""Add entries to a Polish glossary file, kept sorted: uv run python tools/glossary_add.py FILE 'English=Polski' ..."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    words = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for pair in argv[1:]:
        source, _, target = pair.partition("=")
        words[source] = target
    path.write_text(json.dumps(dict(sorted(words.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
