"""A table model over SQL that fetches its rows in pages as the view scrolls.

The Orders and Stock lists hold only the pages the user scrolled through, find a loaded row by its id, and re-read
rows a use case changed in place (dataChanged), so a change does not lose the scroll position or the selection.
They differ only in their queries and columns, which subclasses give.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

_ROOT = QModelIndex()


class PagedModel(QAbstractTableModel):
    """Rows are plain objects with an `id`; subclasses read them with _page and _rows_by_id."""

    page_size = 256
    column_count = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.total = 0
        self._row_of: dict[int, int] = {}

    # --- what a list gives ---------------------------------------------------------------------------------
    def _page(self, offset: int, limit: int) -> list[Any]:
        """Rows offset..offset+limit of the current query, in its order."""
        raise NotImplementedError

    def _rows_by_id(self, ids: list[int]) -> dict[int, Any]:
        """The current rows of these ids (missing: no longer in the database)."""
        raise NotImplementedError

    # --- loading -------------------------------------------------------------------------------------------
    def _set_rows(self, rows: list[Any], total: int) -> None:
        """The first page of a new query; call between beginResetModel and endResetModel."""
        self.rows, self.total = rows, total
        self._row_of = {r.id: i for i, r in enumerate(rows)}

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if not parent.isValid():
            self._fetch(self.page_size)

    def fetch_up_to(self, limit: int) -> None:
        """Load rows up to `limit` in one query (select all must select what the list holds, not just what has
        been scrolled into view)."""
        if len(self.rows) < min(self.total, limit):
            self._fetch(min(self.total, limit) - len(self.rows))

    def _fetch(self, count: int) -> None:
        more = self._page(len(self.rows), count)
        if not more:  # fewer rows than counted: something was deleted or changed filter meanwhile
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.rows.extend(more)
        for i, r in enumerate(more, start=first):
            self._row_of[r.id] = i
        self.endInsertRows()

    def refresh_rows(self, ids: Iterable[int]) -> bool:
        """Re-read the changed rows that are loaded and update them in place. False if none were loaded."""
        loaded = [i for i in ids if i in self._row_of]
        if not loaded:
            return False
        fresh = self._rows_by_id(loaded)
        for row_id in loaded:
            if row_id in fresh:
                row = self._row_of[row_id]
                self.rows[row] = fresh[row_id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.column_count - 1))
        return True

    def is_loaded(self, row_id: int) -> bool:
        return row_id in self._row_of

    def row_of(self, row_id: int) -> int | None:
        return self._row_of.get(row_id)

    # --- Qt model API --------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.column_count
