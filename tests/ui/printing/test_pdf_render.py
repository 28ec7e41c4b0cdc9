"""Our PDFs painted for a printer keep their proportions: a page of the other orientation than the printer's paper
is turned a quarter and fitted, not stretched (a 100 x 150 label on a label printer set to landscape)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest

from app.printing.labels.pdf import LabelData, PartyData, render_labels


def _label_pdf() -> bytes:
    return render_labels([LabelData(PartyData(name="Sklep Żółw", street="Polna 1", postal_code="00-001", city="Łódź"),
                                    PartyData(name="Gżegżółka Ąćęłńóśźż", street="Długa 5", postal_code="80-001", city="Gdańsk"), "DPD", "Classic",
                                    "0000123456789U", "Z000042", day=date(2026, 11, 23), weight_kg=Decimal("1.2"))])


def _printer(tmp_path, landscape: bool):
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    printer.setResolution(203)
    printer.setFullPage(True)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(QSizeF(100, 150), QPageSize.Unit.Millimeter, "label"), orientation,
                                      QMarginsF(0, 0, 0, 0)))
    return printer


def _barcodes(image, tmp_path) -> list[tuple[str, str]]:
    """(data, orientation) of every barcode zbarimg reads in the image."""
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg is not installed")
    png = tmp_path / "page.png"
    assert image.save(str(png))
    out = subprocess.run(["zbarimg", "--xml", "-q", str(png)], capture_output=True, text=True, check=False).stdout
    return sorted(re.findall(r"orientation='(\w+)'><data><!\[CDATA\[(.*?)\]\]>", out), key=lambda t: t[1])


@pytest.mark.parametrize(("landscape", "orientation"), [(False, "UP"), (True, "RIGHT")])
def test_label_is_turned_and_fitted_not_stretched(tmp_path, landscape, orientation):
    from app.ui.printing.pdf_render import render_pages

    printer = _printer(tmp_path, landscape)
    [image] = render_pages([_label_pdf()], printer, mono=True)
    assert (image.width() > image.height()) == landscape  # the printer's page
    found = _barcodes(image, tmp_path)
    assert sorted(data for _, data in found) == ["0000123456789U", "Z000042"]
    # Read the way the label was drawn: upright on portrait paper, a quarter turn on landscape paper.
    assert {o for o, _ in found} == {orientation}
