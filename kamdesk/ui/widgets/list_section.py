"""The scaffold of a list section (Clients, Orders, Products): a heading with the count, a row
with the search box and the section's filters and buttons, and a read-only table, one record a
row, that opens a record on double-click or Enter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.widgets.columns import fit_columns
from kamdesk.ui.widgets.rows import fit_rows
from kamdesk.ui.widgets.table_state import remember_table


def list_table(name: str, *, word_wrap: bool = True) -> QTableView:
    """A read-only table that selects one whole row: the look of every list in kamdesk."""
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(word_wrap)
    table.verticalHeader().setVisible(False)
    fit_rows(table)
    return table


class ListSection(QWidget):
    """`name` prefixes the object names: nameSearch, nameCount, nameTable. A section sets the
    heading's text and the search's placeholder, adds its filters and buttons to `filters`,
    and says in `open_row` what opening a row does."""

    def __init__(self, name: str, *, word_wrap: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.heading = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.search.setEnabled(False)  # until a database is attached
        self.count_label = QLabel(self.tr("Opening the database…"))
        self.count_label.setObjectName(f"{name}Count")
        self.table = list_table(f"{name}Table", word_wrap=word_wrap)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search, 1)
        self.main = QVBoxLayout(self)
        self.main.setContentsMargins(16, 12, 16, 12)
        self.main.addLayout(top)
        self.main.addLayout(self.filters)
        self.main.addWidget(self.table, 1)

        self._double_clicked: QPersistentModelIndex | None = None
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.activated.connect(self._on_activated)

    def show_model(
        self,
        model: QAbstractItemModel,
        *,
        widths: Sequence[int] = (),
        stretch_column: int | None = None,
        stretch_last: bool = False,
        sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
    ) -> None:
        """Put the model in the table: columns resized by hand, sorted by `sort` (the model
        sorts in SQL) until the user sorts otherwise; sort, widths and column order are kept
        on this laptop (table_state)."""
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(stretch_last)
        if stretch_column is not None:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)  # first: the widths leave its arrow room
        fit_columns(self.table, widths)
        self.table.setSortingEnabled(False)  # the sort below reads the model once, not twice
        remember_table(self.table, self.name, sort=sort)

    def open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.open_row(index.row())

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self._double_clicked = QPersistentModelIndex(index)
        QTimer.singleShot(0, self._forget_double_click)
        self.open_index(index)

    def _on_activated(self, index: QModelIndex) -> None:
        # Enter, or a double click where Qt follows `doubleClicked` with `activated` in the
        # same event: that row is open already, and a second window would stand on the first
        if self._double_clicked is not None and self._double_clicked == index:
            return
        self.open_index(index)

    def _forget_double_click(self) -> None:
        self._double_clicked = None

    def open_current(self) -> None:
        self.open_index(self.table.currentIndex())

    def open_row(self, row: int) -> None:  # pragma: no cover - every section has its own
        raise NotImplementedError

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
