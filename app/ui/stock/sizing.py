"""The Stock lists' column widths: from their titles and content, the name column giving way first (the windows'
own sizes come from app.ui.kit.windows.fit_window)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from app.ui.kit.tables import ElideMiddle


def fit_columns(view: QTableView, stretch: int, *, elide_middle: tuple[int, ...] = (), widest: int = 320,
                designed: dict[int, int] | None = None) -> None:
    """Columns as wide as their title and the rows shown (within `widest`; `designed` widths at least, for lists whose
    rows come later), never narrower than the title; the `stretch` column (the name) takes what is left, or gives way
    first when the window is narrow, so the key columns stay in view without scrolling."""
    header = view.horizontalHeader()
    header.ensurePolished()
    header.setStretchLastSection(False)
    shown = header.isSortIndicatorShown()
    header.setSortIndicatorShown(True)  # room for the sort arrow beside the title
    for col in range(view.model().columnCount()):
        if col == stretch:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        content = max((designed or {}).get(col, 0), view.sizeHintForColumn(col) + 8)
        view.setColumnWidth(col, max(header.sectionSizeHint(col), min(content, widest)))
    header.setSortIndicatorShown(shown)
    for col in elide_middle:
        view.setItemDelegateForColumn(col, ElideMiddle(view))
