"""Page numbers that need the page count: "strona n z m" at the foot of every A4 page (invoices, letters, the
monthly report, which gives its own words in the reader's language).

A reportlab canvas learns how many pages there are only at the end, so each page's drawing is kept until then
and the foot is written when the document is saved."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas


def numbered_canvas(footer_left: str, font: str, *, margin: float, drop: float, size: float,
                    only_when_many: bool = False, page_of: str = "strona {n} z {total}") -> type[Canvas]:
    """A canvas class (reportlab's `canvasmaker`) that writes `footer_left` and the page number (`page_of`, Polish
    for the documents a customer gets) `drop` below the bottom margin; with `only_when_many`, a one-page document
    keeps a clean foot."""

    class _Numbered(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for n, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                if total > 1 or not only_when_many:
                    self.setFont(font, size)
                    self.setFillColor(colors.Color(0.3, 0.3, 0.3))
                    self.drawString(margin, margin - drop, footer_left)
                    self.drawRightString(self._pagesize[0] - margin, margin - drop, page_of.format(n=n, total=total))
                super().showPage()
            super().save()

    return _Numbered
