"""A table model over SQL that fetches its rows in pages as the view scrolls.

The Orders, Stock and Printing lists hold only the pages the user scrolled through, find a loaded row by its id,
and re-read rows a use case changed in place (dataChanged), so a change does not lose the scroll position or the
selection. They differ only in their queries and columns, which subclasses give.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

_ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the plain row object behind a table row


Reader = Callable[..., None]  # AppContext.read: reader(fn(session), on_done=..., on_error=...)


class RowsModel(QAbstractTableModel):
    """A table of `rows` under `headers`: the row and column counts and the titles every list model shares."""

    headers: Sequence[str] = ()
    rows: list[Any]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class LazyTableModel(RowsModel):
    """The one lazy list model over SQL: pages fetched as the view scrolls, read in the background.

    Every read goes through `reader` (the context's `read`: fn(session) in a worker, the result back in the UI
    thread; synchronous in tests), so a list never opens a session on the UI thread. A subclass gives its
    queries, each with the query value captured when the read was asked for:

        query_first(session, query) -> (rows, total or None)   # a new query; None: "more while pages are full"
        query_page(session, query, offset, limit) -> rows
        query_rows(session, ids) -> {id: row}                  # rows a use case changed, re-read in place

    Rows are plain objects with an `id`. A reload bumps a generation, so a page that arrives for an older query
    (the user typed on) is dropped. `loaded` is emitted when a reload's rows are in.
    """

    page_size = 256
    headers: Sequence[str] = ()
    loaded = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.reader: Reader | None = None
        self.query: Any = None
        self.rows: list[Any] = []
        self.total: int | None = 0
        self._more = False
        self._row_of: dict[int, int] = {}
        self._generation = 0
        self._fetching = False  # a read of this list (the first rows or a page) is on its way
        self._waiting: list[Callable[[], None]] = []  # fetch_up_to requests waiting for that read

    # --- what a list gives ---------------------------------------------------------------------------------
    def query_first(self, session: Any, query: Any) -> tuple[list[Any], int | None]:
        return self.query_page(session, query, 0, self.page_size), None

    def query_page(self, session: Any, query: Any, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def query_rows(self, session: Any, ids: list[int]) -> dict[int, Any]:
        raise NotImplementedError

    # --- loading -------------------------------------------------------------------------------------------
    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Start again from the top for the current query; `then` runs when the first rows are in."""
        if self.reader is None:
            return
        self._generation += 1
        self._waiting = []  # asked of the list before: its rows are gone
        self._fetching = True
        generation, query = self._generation, self.query

        def done(result: tuple[list[Any], int | None]) -> None:
            if generation != self._generation:
                return
            rows, total = result
            self.beginResetModel()
            self._fetching = False
            self._set_rows(rows, total)
            self.endResetModel()
            self.loaded.emit()
            if then is not None:
                then()
            self._resume()

        self.reader(lambda session: self.query_first(session, query), on_done=done, on_error=self._failed)

    def _set_rows(self, rows: list[Any], total: int | None) -> None:
        self.rows, self.total = list(rows), total
        self._more = total is None and len(rows) >= self.page_size
        self._row_of = {r.id: i for i, r in enumerate(self.rows)}

    def _failed(self, exc: BaseException) -> None:
        self._fetching = False
        self._waiting = []
        from app.ui.kit.errors import show_error

        show_error(None, exc)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        if parent.isValid() or self._fetching or self.reader is None:
            return False
        return self._more if self.total is None else len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if not parent.isValid() and self.canFetchMore():
            self._fetch(self.page_size)

    def fetch_up_to(self, limit: int, then: Callable[[], None] | None = None) -> None:
        """Load rows up to `limit` in one query (select all must select what the list holds, not just what has
        been scrolled into view); `then` runs when they are in (at once when they already are).

        Asked while a read is on its way (a page the view scrolled to, or a new query's first rows), it waits for
        that read and goes on from the rows it brought, instead of answering with the rows loaded so far."""
        if self._fetching:
            self._waiting.append(lambda: self.fetch_up_to(limit, then))
            return
        wanted = limit if self.total is None else min(self.total, limit)
        if len(self.rows) < wanted and self.reader is not None and (self.total is not None or self._more):
            self._fetch(wanted - len(self.rows), then)
        elif then is not None:
            then()

    def _resume(self) -> None:
        """The read on its way is in: the requests that waited for it go on, in the order they were made."""
        while self._waiting and not self._fetching:
            self._waiting.pop(0)()

    def _fetch(self, count: int, then: Callable[[], None] | None = None) -> None:
        self._fetching = True
        generation, query, offset = self._generation, self.query, len(self.rows)

        def done(more: list[Any]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            if self.total is None:
                self._more = len(more) >= count
            elif not more:  # fewer rows than counted: something was deleted or changed meanwhile
                self.total = len(self.rows)
            if more:
                first = len(self.rows)
                self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
                self.rows.extend(more)
                for i, r in enumerate(more, start=first):
                    self._row_of[r.id] = i
                self.endInsertRows()
            if then is not None:
                then()
            self._resume()

        self.reader(lambda session: self.query_page(session, query, offset, count), on_done=done,
                    on_error=self._failed)

    def refresh_rows(self, ids: Iterable[int]) -> bool:
        """Re-read the changed rows that are loaded and update them in place. False if none were loaded."""
        loaded = [i for i in ids if i in self._row_of]
        if not loaded or self.reader is None:
            return False
        generation = self._generation

        def done(fresh: dict[int, Any]) -> None:
            if generation != self._generation:
                return
            for row_id in loaded:
                row = self._row_of.get(row_id)
                if row is not None and row_id in fresh:
                    self.rows[row] = fresh[row_id]
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

        self.reader(lambda session: self.query_rows(session, loaded), on_done=done, on_error=self._failed)
        return True

    def is_loaded(self, row_id: int) -> bool:
        return row_id in self._row_of

    def row_of(self, row_id: int) -> int | None:
        return self._row_of.get(row_id)

    # --- Qt model API --------------------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text from cell(row, column), the row itself under ROW_ROLE, a tint from background(row)."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row)
        return None

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def background(self, row: Any) -> QBrush | None:
        return None
