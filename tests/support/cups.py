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
import uuid
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


def job_tag() -> str:
    """A unique word to start a job's title with: the queue is shared with any other test run on this machine."""
    return f"t{uuid.uuid4().hex[:10]} "


def snapshot(tag: str = "") -> dict[Path, int]:
    """PDFs in cups-pdf's output folders (only those of jobs whose title starts with tag), with their mtime: a
    job titled as an earlier one (a reprint) is written over the earlier file, under the same name."""
    prefix = tag.strip()
    found = {}
    for d in output_dirs():
        if d.is_dir():
            for p in d.glob(f"{prefix}*.pdf"):
                try:
                    found[p] = p.stat().st_mtime_ns
                except FileNotFoundError:  # removed meanwhile by another test's clean-up
                    pass
    return found


def written_since(before: dict[Path, int], tag: str = "") -> list[Path]:
    """The PDFs that are new or rewritten since `before`, oldest first."""
    now = snapshot(tag)
    return sorted((p for p, mtime in now.items() if before.get(p) != mtime), key=lambda p: now[p])


def wait_for_new_pdfs(before: dict[Path, int], count: int = 1, timeout: float = 60, tag: str = "") -> list[Path]:
    """The PDFs cups-pdf wrote since `before` (of jobs titled tag...), once `count` of them are complete."""
    deadline = time.monotonic() + timeout
    sizes: dict[Path, int] = {}
    while time.monotonic() < deadline:
        new = written_since(before, tag)
        now = {p: p.stat().st_size for p in new}
        # complete: every file ends with %%EOF and kept its size since the last look (the queue is shared
        # with other test runs, so its emptiness says nothing about our job)
        if (len(new) >= count and now == sizes
                and all(p.read_bytes()[-1024:].rstrip().endswith(b"%%EOF") for p in new)):
            return new
        sizes = now
        time.sleep(0.3)
    raise AssertionError(f"cups-pdf wrote {len(written_since(before, tag))} new PDF(s) in {timeout:.0f} s, expected {count}; "
                         f"looked in {', '.join(map(str, output_dirs()))}")
