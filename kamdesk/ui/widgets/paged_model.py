"""The one way a long list (clients, orders, products) reaches a view: a page at a time.

The records are filtered and sorted in SQL by a service; the model keeps the plain records
fetched so far and asks for the next page when the view scrolls near the end (canFetchMore /
fetchMore). A subclass says which records (`fetch_page`) and how they look (columnCount, data,
headerData).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


@dataclass(frozen=True)
class Page(Generic[R]):
    rows: Sequence[R]
    total: int | None = None  # how many match in all; None when not counted


class PagedTableModel(QAbstractTableModel, Generic[R]):
    PAGE = 100  # a screenful is ~30 rows; more are fetched as the view scrolls

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._total = 0

    def fetch_page(self, offset: int, limit: int, *, count: bool) -> Page[R]:
        """Records offset..offset+limit under the current filter and order; with count, also
        how many match in all (the first page of a refresh asks for it)."""
        raise NotImplementedError

    # --- what the views ask -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self.fetch_page(len(self._rows), self.PAGE, count=False).rows
        if not page:  # fewer than counted: the data changed underneath; stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- what the section asks ----------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many records match, whether fetched yet or not."""
        return self._total

    def refresh(self) -> None:
        """Back to the first page under the current filter and order."""
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _reload(self) -> None:
        """Inside a reset: a subclass that loads more (its columns) does it here first."""
        page = self.fetch_page(0, self.PAGE, count=True)
        self._rows = list(page.rows)
        self._total = len(self._rows) if page.total is None else page.total

    def record(self, row: int) -> R:
        return self._rows[row]

    def record_at(self, index: Index) -> R | None:
        """The record of a view's index, or None past the rows fetched."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]
