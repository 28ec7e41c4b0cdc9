"""Read documents back the way a person and a scanner would: pypdf text and page size, zbarimg on a 203 dpi render."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
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


def decode_barcodes(pdf: bytes | Path, tmp_path: Path, dpi: int = 203,
                    symbologies: tuple[str, ...] = ("code128", "ean13")) -> list[list[str]]:
    """Every barcode of those symbologies zbarimg finds, per page, from a pdftoppm render at dpi. Each call renders
    into a folder of its own under tmp_path, so calls on several PDFs never read each other's pages."""
    need("pdftoppm")
    need("zbarimg")
    work = Path(tempfile.mkdtemp(prefix="decode-", dir=tmp_path))
    src = pdf if isinstance(pdf, Path) else work / "decode.pdf"
    if not isinstance(pdf, Path):
        src.write_bytes(pdf)
    prefix = work / "page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(prefix)], check=True,
                   capture_output=True)
    enable = [f"-S{name}.enable" for name in symbologies]
    pages = []
    for png in sorted(work.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        run = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", *enable, str(png)],
                             check=False, capture_output=True, text=True)
        pages.append([line for line in run.stdout.splitlines() if line])
    return pages


def decode_qr(pdf: bytes | Path, tmp_path: Path) -> list[list[str]]:
    """The QR codes (an invoice's KSeF links) zbarimg reads per page of a 300 dpi render."""
    return decode_barcodes(pdf, tmp_path, dpi=300, symbologies=("qrcode",))


def qr_codes(pdf: bytes | Path, tmp_path: Path) -> list[str]:
    """The QR codes of every page, in page order."""
    return [code for page in decode_qr(pdf, tmp_path) for code in page]
