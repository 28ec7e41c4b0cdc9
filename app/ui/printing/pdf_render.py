"""Our PDFs onto a QPrinter: each page rendered by QtPdf at the printer's resolution and painted full page.

Painting on a QPrinter must happen in the GUI thread; the caller's `on_page` callback lets it show
progress, keep the window alive and cancel (return False) while pages are rendered: nothing reaches
the queue then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.core.errors import DomainError


class PdfPages:
    """A PDF held in memory and opened with QtPdf (the buffer must live as long as the document)."""

    def __init__(self, data: bytes) -> None:
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.doc = QPdfDocument()
        self.doc.load(self._buffer)
        if self.doc.status() != QPdfDocument.Status.Ready or self.doc.pageCount() == 0:
            raise DomainError(QCoreApplication.translate("Printing", "The document could not be opened for printing."))

    @property
    def count(self) -> int:
        return self.doc.pageCount()

    def image(self, page: int, size: QSize) -> QImage:
        """The page fitted onto white paper of `size` pixels (QtPdf renders onto a transparent background).

        Its proportions are kept: a page of the other orientation than the paper (a portrait label on a printer
        set to landscape, a portrait manifest on landscape A4) is turned a quarter, then scaled and centred,
        as a print dialog's "fit to page" does, instead of being stretched out of shape.
        """
        source = self.doc.pagePointSize(page)
        turn = (source.width() > source.height()) != (size.width() > size.height())
        w, h = (source.height(), source.width()) if turn else (source.width(), source.height())
        scale = min(size.width() / w, size.height() / h) if w > 0 and h > 0 else 1.0
        fitted = QSize(max(1, round(w * scale)), max(1, round(h * scale)))
        rendered = self.doc.render(page, fitted.transposed() if turn else fitted)
        if turn:
            rendered = rendered.transformed(QTransform().rotate(90))
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage((size.width() - rendered.width()) // 2, (size.height() - rendered.height()) // 2, rendered)
        painter.end()
        return paper


def paint_pdf(pages: PdfPages, painter: QPainter, printer: QPrinter, first: bool) -> int:
    """Paint all pages on an active painter (print preview); returns the pages painted."""
    target = printer.pageLayout().fullRectPixels(printer.resolution())
    for n in range(pages.count):
        if not (first and n == 0) and not printer.newPage():
            raise DomainError(QCoreApplication.translate("Printing", "The printer stopped taking pages."))
        painter.drawImage(QRect(0, 0, target.width(), target.height()), pages.image(n, target.size()))
    return pages.count


def render_pages(documents: list[bytes], printer: QPrinter, on_page: Callable[[], bool] | None = None,
                 mono: bool = False) -> list[QImage] | None:
    """Every page as an image at the printer's resolution; None when on_page says stop (Cancel).

    Labels are kept 1-bit (what a thermal printer prints anyway), so a thousand of them fit in memory.
    """
    target = printer.pageLayout().fullRectPixels(printer.resolution()).size()
    images: list[QImage] = []
    for data in documents:
        pages = PdfPages(data)
        for n in range(pages.count):
            if on_page is not None and not on_page():
                return None
            image = pages.image(n, target)
            if mono:
                image = image.convertToFormat(QImage.Format.Format_Mono, Qt.ImageConversionFlag.ThresholdDither)
            images.append(image)
    return images


def print_pdfs(documents: list[bytes], printer: QPrinter, on_page: Callable[[], bool] | None = None,
               mono: bool = False) -> tuple[int, bool]:
    """All documents as ONE job on printer; returns (pages, cancelled).

    Pages are rendered first, while Cancel still works; the job is opened only when all are ready,
    because Qt cannot take back a CUPS job once its painter has started.
    """
    images = render_pages(documents, printer, on_page, mono)
    if images is None:
        return 0, True
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError(QCoreApplication.translate(
            "Printing", "The printer '{0}' could not start the job.").format(printer.printerName()))
    target = printer.pageLayout().fullRectPixels(printer.resolution())
    try:
        for n, image in enumerate(images):
            if n and not printer.newPage():
                raise DomainError(QCoreApplication.translate("Printing", "The printer stopped taking pages."))
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()
    return len(images), False
