"""The real CUPS queue `Zaplecze_PDF` (cups-pdf virtual printer, set up by .ci/run): is it there, and where do its
PDFs land. cups-pdf writes to the `Out` folder of /etc/cups/cups-pdf.conf (default ${HOME}/PDF of the job's
owner), or to /var/spool/cups-pdf/ANONYMOUS for jobs it cannot map to a local user."""

from __future__ import annotations

import getpass
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

QUEUE = "Zaplecze_PDF"


def queue_ready() -> str | None:
    """None when the queue takes jobs, else the reason it does not."""
    if shutil.which("lpstat") is None:
        return "CUPS client tools (lpstat) are not installed"
    state = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True, text=True, check=False)
    if state.returncode != 0:
        return f"the CUPS queue {QUEUE} is missing or the scheduler is not running ({state.stderr.strip()})"
    if "disabled" in state.stdout:
        return f"the CUPS queue {QUEUE} is disabled: {state.stdout.strip()}"
    return None


def need_queue() -> None:
    reason = queue_ready()
    if reason:
        pytest.skip(f"{reason}; .ci/run installs cups + printer-driver-cups-pdf and creates it")


def output_dirs() -> list[Path]:
    user = getpass.getuser()
    home = Path(os.path.expanduser("~"))
    dirs = [home / "PDF", Path("/var/spool/cups-pdf") / user, Path("/var/spool/cups-pdf/ANONYMOUS")]
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.is_file():
        for line in conf.read_text(errors="replace").splitlines():
            match = re.match(r"\s*Out\s+(\S+)", line)
            if match:
                dirs.insert(0, Path(match.group(1).replace("${HOME}", str(home)).replace("${USER}", user)))
    return list(dict.fromkeys(dirs))


def snapshot() -> set[Path]:
    return {p for d in output_dirs() if d.is_dir() for p in d.glob("*.pdf")}


def wait_for_new_pdfs(before: set[Path], count: int = 1, timeout: float = 60) -> list[Path]:
    """The PDFs cups-pdf wrote since `before`, once `count` of them are complete (oldest first)."""
    deadline = time.monotonic() + timeout
    sizes: dict[Path, int] = {}
    while time.monotonic() < deadline:
        new = sorted(snapshot() - before, key=lambda p: p.stat().st_mtime)
        jobs = subprocess.run(["lpstat", "-o", QUEUE], capture_output=True, text=True, check=False).stdout.strip()
        now = {p: p.stat().st_size for p in new}
        # complete: the queue is empty, every file ends with %%EOF and kept its size since the last look
        if (len(new) >= count and not jobs and now == sizes
                and all(p.read_bytes()[-1024:].rstrip().endswith(b"%%EOF") for p in new)):
            return new
        sizes = now
        time.sleep(0.3)
    raise AssertionError(f"cups-pdf wrote {len(snapshot() - before)} new PDF(s) in {timeout:.0f} s, expected {count}; "
                         f"looked in {', '.join(map(str, output_dirs()))}")
