"""The Stock dialogs' sizes: each fits the screen it opens on at first open (a 1366 x 768 laptop keeps every
button in view) and remembers the size the user gave it (an entry of app.config.Settings), kept within the screen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from app.config import Setting
from app.ui.kit import settings as remembered
from app.ui.kit.windows import fit_to_screen


def fit_and_remember(dialog: QDialog, setting: Setting, width: int, height: int) -> None:
    """The remembered size (never bigger than the screen), else (width, height) as room allows; saved on close."""
    if remembered.restore(setting, dialog.restoreGeometry):
        size = dialog.size()  # not width(): the product card has a field of that name
        fit_to_screen(dialog, size.width(), size.height())
    else:
        fit_to_screen(dialog, width, height)
    dialog.finished.connect(lambda _result: remembered.save(setting, dialog.saveGeometry()))


class _MiddleElide(QStyledItemDelegate):
    """Long codes lose their middle, not their end ("KUB-CER-…-GRA-350"): the end tells variants apart."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


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
        view.setItemDelegateForColumn(col, _MiddleElide(view))
