"""The system's printers, a QPrinter set up from a printer setting, and raw spooling of ZPL.

A label printer gets a 100 x 150 mm page with no margins at its own resolution (203 or 300 dpi), so our
label lands dot for dot. A printer marked as ZPL gets the ZPL bytes as they are, through CUPS
(`lp -o raw`) on Linux and macOS, and as a RAW document through the Windows spooler (pywin32's win32print, the
way Zebra's own tools send ZPL) on Windows.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.core.errors import DomainError
from app.services.shipping.data import PrinterSettingData

_PAPERS = {
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
    "A6": QPageSize.PageSizeId.A6,
    "Letter": QPageSize.PageSizeId.Letter,
}


def printer_names() -> list[str]:
    """Names of the system's print queues, the default one first."""
    names = [p.printerName() for p in QPrinterInfo.availablePrinters()]
    default = QPrinterInfo.defaultPrinterName()
    return sorted(names, key=lambda n: (n != default, n.lower()))


def page_size(paper: str) -> QPageSize:
    if paper in _PAPERS:
        return QPageSize(_PAPERS[paper])
    if "x" in paper:  # "100x150": width x height in millimetres
        w, h = (float(v) for v in paper.lower().split("x", 1))
        return QPageSize(QSizeF(w, h), QPageSize.Unit.Millimeter, f"{paper} mm")
    raise DomainError(QCoreApplication.translate("Printing", "Unknown paper '{0}'.").format(paper))


def make_printer(setting: PrinterSettingData, title: str = "") -> QPrinter:
    """A QPrinter on the chosen queue (or the system default), paper, orientation and resolution from the setting."""
    name = setting.printer_name or QPrinterInfo.defaultPrinterName()
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo()
    if info.isNull():
        if setting.printer_name:
            raise DomainError(QCoreApplication.translate(
                "Printing", "The printer '{0}' is not installed on this computer. "
                "Choose another one in the printer settings.").format(setting.printer_name))
        raise DomainError(QCoreApplication.translate("Printing", "No printer is installed on this computer."))
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setResolution(setting.dpi)
    orientation = (QPageLayout.Orientation.Landscape if setting.orientation == "landscape"
                   else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    if not printer.setPageLayout(QPageLayout(page_size(setting.paper), orientation, QMarginsF(0, 0, 0, 0))):
        raise DomainError(QCoreApplication.translate(
            "Printing", "The printer '{0}' does not take {1} paper.").format(name, setting.paper))
    if title:
        printer.setDocName(title)
    return printer


def raw_print(printer_name: str, data: bytes, title: str = "") -> str:
    """Send bytes to a print queue untouched (ZPL); returns the system's job id."""
    if not printer_name:
        raise DomainError(QCoreApplication.translate(
            "Printing", "Choose the label printer in the printer settings first."))
    if sys.platform.startswith("win"):
        return _raw_print_windows(printer_name, data, title)
    lp = shutil.which("lp")
    if lp is None:
        raise DomainError(QCoreApplication.translate(
            "Printing", "The 'lp' command of CUPS is missing, so ZPL cannot be sent to the printer."))
    cmd = [lp, "-d", printer_name, "-o", "raw"] + (["-t", title] if title else [])
    done = subprocess.run(cmd, input=data, capture_output=True, timeout=60, check=False)
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip() or f"exit code {done.returncode}"
        raise DomainError(QCoreApplication.translate(
            "Printing", "The printer '{0}' refused the job: {1}").format(printer_name, message))
    out = done.stdout.decode(errors="replace")
    # "request id is Zebra-42 (1 file(s))"
    return out.split("request id is", 1)[1].split()[0] if "request id is" in out else out.strip()


def _raw_print_windows(printer_name: str, data: bytes, title: str) -> str:
    """The spooler's RAW datatype passes the bytes to the port untouched (the driver does not render them)."""
    try:
        import win32print  # pywin32, installed on Windows only (pyproject.toml)
    except ImportError as exc:
        raise DomainError(QCoreApplication.translate(
            "Printing", "pywin32 is missing, so ZPL cannot be sent to the printer. Turn off 'ZPL' in the printer "
            "settings to print labels through the printer's driver.")) from exc
    try:
        handle = win32print.OpenPrinter(printer_name)
        try:
            job = win32print.StartDocPrinter(handle, 1, (title or "Zaplecze", None, "RAW"))
            try:
                win32print.StartPagePrinter(handle)
                win32print.WritePrinter(handle, data)
                win32print.EndPagePrinter(handle)
            finally:
                win32print.EndDocPrinter(handle)
        finally:
            win32print.ClosePrinter(handle)
    except Exception as exc:  # pywintypes.error: the printer's name, access or port
        message = getattr(exc, "strerror", "") or str(exc)
        raise DomainError(QCoreApplication.translate(
            "Printing", "The printer '{0}' refused the job: {1}").format(printer_name, message)) from exc
    return str(job)
