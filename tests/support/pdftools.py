"""Read documents back the way a person and a scanner would: pypdf text and page size, zbarimg on a 203 dpi render."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

LABEL_PT = (283.46, 425.2)  # 100 x 150 mm


def need(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (poppler-utils / zbar-tools; .ci/run installs them)")


def pdf_pages(data: bytes) -> list[tuple[float, float, str]]:
    """(width pt, height pt, text) per page."""
    reader = PdfReader(io.BytesIO(data))
    return [(float(p.mediabox.width), float(p.mediabox.height), p.extract_text()) for p in reader.pages]


def decode_barcodes(pdf: bytes | Path, tmp_path: Path, dpi: int = 203) -> list[list[str]]:
    """Every barcode zbarimg finds, per page, from a pdftoppm render at dpi."""
    need("pdftoppm")
    need("zbarimg")
    src = pdf if isinstance(pdf, Path) else tmp_path / "decode.pdf"
    if not isinstance(pdf, Path):
        src.write_bytes(pdf)
    prefix = tmp_path / f"render-{src.stem}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(prefix)], check=True,
                   capture_output=True)
    pages = []
    for png in sorted(tmp_path.glob(f"{prefix.name}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        run = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Scode128.enable", "-Sean13.enable", str(png)],
                             check=False, capture_output=True, text=True)
        pages.append([line for line in run.stdout.splitlines() if line])
    return pages
