"""The Orders list's column widths: from what the columns hold, within bounds, the key columns first.

At first open (no widths remembered), once the first rows are in, each column gets the width of its longest text
among the loaded rows (and of its title), kept between a minimum and a maximum; when the list is narrower than
that, the columns that matter least give way first (the customer's name, the shipping method, the payment), and
Problems takes what is left. Tracking numbers elide in the middle, where the end that tells them apart stays.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from app.ui.orders import model as om

# column: (minimum, maximum) width in pixels
BOUNDS = {om.NUMBER: (70, 150), om.DATE: (110, 150), om.CUSTOMER: (110, 240), om.ITEMS: (40, 80),
          om.TOTAL: (80, 130), om.PAYMENT: (90, 170), om.STATUS: (100, 200), om.SHIPPING: (100, 210),
          om.TRACKING: (110, 260)}
# Who gives way first when the list is too narrow for every column's text.
GIVE_WAY = (om.CUSTOMER, om.SHIPPING, om.PAYMENT, om.TRACKING, om.DATE)
PROBLEMS_ROOM = 140  # what Problems (the last, stretching column) keeps at least
PADDING = 18  # cell margins, and room for the sort arrow in a title


def fit_columns(view: QTableView, sample: int = 300) -> None:
    model = view.model()
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    header.ensurePolished()
    widths: dict[int, int] = {}
    rows = min(model.rowCount(), sample)
    for col, (low, high) in BOUNDS.items():
        texts = [model.index(r, col).data() or "" for r in range(rows)]
        content = max((metrics.horizontalAdvance(t) for t in texts), default=0) + PADDING
        title = header.sectionSizeHint(col) + 8
        widths[col] = max(low, min(high, max(content, title)))
    # Before the window is laid out the view is still small: the window's width less the filters is the better guess.
    room = max(view.viewport().width(), view.window().width() - 260) - PROBLEMS_ROOM
    excess = sum(widths.values()) - room
    for col in GIVE_WAY:
        if excess <= 0:
            break
        low = max(BOUNDS[col][0], header.sectionSizeHint(col) if col != om.CUSTOMER else 0)
        give = min(excess, max(0, widths[col] - low))
        widths[col] -= give
        excess -= give
    for col, width in widths.items():
        view.setColumnWidth(col, width)
