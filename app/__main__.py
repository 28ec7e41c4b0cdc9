"""Entry point: `zaplecze` opens the window, `zaplecze SUBCOMMAND` runs a core job (see app.cli)."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import run

    try:
        code = run(sys.argv[1:] if argv is None else argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`zaplecze check ... | head`): what it read was right; end quietly, and keep
        # Python from complaining again while it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
