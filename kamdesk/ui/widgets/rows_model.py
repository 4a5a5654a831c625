"""A report's rows held in memory, one per line of a table (the paged model is for lists read
a page at a time). Subclasses name their columns and say what each cell shows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kamdesk.ui.widgets.table_state import first_click, is_figure

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowsTableModel(QAbstractTableModel, Generic[R]):
    """`COLUMNS`: (field, header) per column; `RIGHT`: the fields shown right-aligned (figures).
    SORT_ROLE gives each cell's natural order to a sort proxy, KEY_ROLE the record a row stands
    for, EXPORT_ROLE the cell as a spreadsheet holds it (`export_value`). Subclasses say what a
    cell shows (`display`), how it sorts (`sort_value`), the row's key (`key`) and anything
    else a role asks (`cell`: colours, fonts, tooltips)."""

    COLUMNS: tuple[tuple[str, str], ...] = ()
    RIGHT: frozenset[str] = frozenset()
    DESCENDING: frozenset[str] = frozenset()  # other columns whose first click is Z to A
    SORT_ROLE = Qt.ItemDataRole.UserRole
    KEY_ROLE = Qt.ItemDataRole.UserRole + 1
    EXPORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def replace_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> tuple[R, ...]:
        return tuple(self._rows)

    def row_at(self, index: Index) -> R | None:
        """The row of a cell, or None for an invalid or stale index."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]

    def field(self, column: int) -> str:
        return self.COLUMNS[column][0]

    def alignment(self, field: str) -> int | None:
        return RIGHT_ALIGNED if field in self.RIGHT else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        field = self.field(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, field)
        if role == self.SORT_ROLE:
            return self._sort_value(row, field)
        if role == self.KEY_ROLE:
            return self.key(row)
        if role == self.EXPORT_ROLE:
            return self.export_value(row, field)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in self.RIGHT:
            return RIGHT_ALIGNED
        return self.cell(row, field, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The first click on a header: figures and days biggest or latest first, text from A
        (a subclass's headerData ends on this one)."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.InitialSortOrderRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return first_click(self.is_figure_column(self.field(section)))
        return None

    def is_figure_column(self, field: str) -> bool:
        """Whether a column holds amounts, counts or days: the right-aligned ones, those in
        DESCENDING, and any whose first row sorts or exports by a number or a day."""
        if field in self.RIGHT or field in self.DESCENDING:
            return True
        if not self._rows:
            return False
        first = self._rows[0]
        return is_figure(self.sort_value(first, field)) or is_figure(
            self.export_value(first, field)
        )

    def display(self, row: R, field: str) -> str:
        raise NotImplementedError

    def _sort_value(self, row: R, field: str) -> Any:
        """A day sorts by its date, not by the text shown ("05/12/2026" is the locale's)."""
        value = self.sort_value(row, field)
        if isinstance(value, str):
            exported = self.export_value(row, field)
            if isinstance(exported, date):
                return exported.isoformat()
        return value

    def sort_value(self, row: R, field: str) -> Any:
        return self.display(row, field)

    def export_value(self, row: R, field: str) -> Any:
        """The cell for an XLSX or CSV export: the row's own value of that name when it is an
        amount, a count or a day (exact, not the text shown) or None (an empty cell, not the
        "—" shown), else the text shown. Override for shares (reports.sheets.Percent) and
        derived figures."""
        if hasattr(row, field):
            value = getattr(row, field)
            if value is None or (
                isinstance(value, Decimal | int | date) and not isinstance(value, bool)
            ):
                return value
        return self.display(row, field) or None

    def key(self, row: R) -> Any:
        return None

    def cell(self, row: R, field: str, role: int) -> Any:
        """Any other role of a cell (None: Qt's default)."""
        return None
